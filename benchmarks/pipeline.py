"""The whole structure pipeline against markdown-it-py's own parse of the same text."""

from __future__ import annotations

import gc
import time

from markdown_it import MarkdownIt

from reader.document import parse_text
from reader.document.language import detect_language
from reader.document.markdown import make_parser, parse_blocks
from reader.document.structure.analysis import analyze

from .corpus import interview_like


def best_of(runs: int, work) -> float:
    """The fastest of ``runs`` timings in CPU time (this process's: every measure here runs in
    it), so that other programs sharing the machine's cores do not count: the least disturbed."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def measure(size_bytes: int = 10 * 1024 * 1024, runs: int = 3) -> list[tuple[str, float, str]]:
    text = interview_like(size_bytes)
    markdown_it = MarkdownIt("commonmark", {"html": False})
    baseline = best_of(runs, lambda: markdown_it.parse(text))
    pipeline = best_of(runs, lambda: parse_text(text, plain_text=True))
    # The same text opened as Markdown (.md): its own paths through the parse (a paragraph
    # check that read every block above each paragraph once made it quadratic).
    as_markdown = best_of(runs, lambda: parse_text(text, plain_text=False))
    # The pipeline pauses Python's cycle collector while it parses (long_lived.collection_paused);
    # for transparency, also compare with markdown-it given the same advantage.
    gc.disable()
    try:
        baseline_no_gc = best_of(runs, lambda: markdown_it.parse(text))
    finally:
        gc.enable()
    questions = len(parse_text(text[:200_000], plain_text=True).questions)
    blocks = parse_blocks(text, parser=make_parser(indented_code=False))
    analysis = best_of(runs, lambda: analyze(blocks))
    detect_language("warm the model up")
    language = best_of(runs, lambda: detect_language(text))
    return [
        ("pipeline_vs_markdown_it", pipeline / baseline, "≤ 1.5"),
        ("pipeline_markdown_vs_markdown_it", as_markdown / baseline, "≤ 1.5, as the plain text"),
        ("pipeline_vs_markdown_it_without_gc", pipeline / baseline_no_gc,
         "for information: both with the cycle collector paused"),
        ("structure_analysis_vs_markdown_it", analysis / baseline, "for information; linear"),
        ("language_10mb_ms", language * 1000, "for information; samples ≤ 20 000 chars"),
        ("pipeline_10mb_seconds", pipeline, f"for information; markdown-it {baseline:.2f} s"),
        ("pipeline_questions_in_first_200kb", float(questions), "for information, > 0"),
    ]


if __name__ == "__main__":  # .venv/bin/python -m benchmarks.pipeline: these lines alone
    for name, value, target in measure():
        print(f"{name}: {value:.2f} (target {target})", flush=True)
