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
    """The fastest of ``runs`` timings: the least disturbed by the rest of the machine."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(size_bytes: int = 10 * 1024 * 1024, runs: int = 3) -> list[tuple[str, float, str]]:
    text = interview_like(size_bytes)
    markdown_it = MarkdownIt("commonmark", {"html": False})
    baseline = best_of(runs, lambda: markdown_it.parse(text))
    pipeline = best_of(runs, lambda: parse_text(text, plain_text=True))
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
        ("pipeline_vs_markdown_it_without_gc", pipeline / baseline_no_gc,
         "for information: both with the cycle collector paused"),
        ("structure_analysis_vs_markdown_it", analysis / baseline, "for information; linear"),
        ("language_10mb_ms", language * 1000, "for information; samples ≤ 20 000 chars"),
        ("pipeline_10mb_seconds", pipeline, f"for information; markdown-it {baseline:.2f} s"),
        ("pipeline_questions_in_first_200kb", float(questions), "for information, > 0"),
    ]
