"""Fuzz the document pipeline: generated documents must open whole, damaged ones must be
refused with a message, and nothing may hang, crash, fetch or grow without bound.

    python scripts/fuzz.py                               # 10,000 documents, seed 0
    python scripts/fuzz.py 1000000 --seed 7 --minutes 60 --jobs 2
    python scripts/fuzz.py 20000 --generators files,damaged --save /tmp/failing
    python scripts/fuzz.py --generators docx --seed 3 --replay 1234 --save /tmp/failing

For each generated document it checks that opening raises nothing; that every letter and
symbol of the input (Unicode categories L*, So, and N* but ASCII digits, which Markdown may
take as a list number) is in the document's text, in the same order (markup such as ``#``,
``*``, ``>`` or ``1.`` may go, words may not; character references such as ``&amp;`` are
decoded, as Markdown does); that nothing a file hides (deleted, hidden, a field's
instruction) is shown; and that every offset is inside the text and in order (blocks one
after another, inline runs inside their block, sections in order). A damaged file may be
refused, with a ``LoadError`` the window can put in words, and nothing else. Each document
has a time limit and the workers a memory bound; a local address and a local file that
hostile files name must be neither connected to nor read. It prints the first failures with
the seed and number that reproduce each, and exits 1 if there was any.

Generators (scripts/fuzzing): random Unicode, random Markdown constructs (read as Markdown
and as text), interview-like text, web pages, Word, OpenDocument, EPUB and PDF files, and the
same four formats damaged. Another joins by adding a ``Generator`` to fuzzing/generators.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

from fuzzing import runner  # noqa: E402 (after the path is set)
from fuzzing.checks import problems, readable, without_references  # noqa: E402, F401
from fuzzing.generators import (  # noqa: E402, F401
    ALL_GENERATORS,
    DAMAGED_GENERATORS,
    FILE_GENERATORS,
    GENERATORS,
    Generator,
    named,
)
from fuzzing.runner import Batch, Result, check, fuzz_batch, run, save  # noqa: E402, F401
from fuzzing.text import random_markdown  # noqa: E402, F401 (tests/document/test_pieces.py)

from reader.document.pipeline import parse_text  # noqa: E402, F401


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--minutes", type=float, help="stop after this long")
    parser.add_argument("--jobs", type=int, default=1, help="processes to fuzz in (default 1)")
    parser.add_argument("--generators", default="all",
                        help="all (default), text, files, damaged, or names: docx,pdf")
    parser.add_argument("--limit", type=float, default=runner.DOCUMENT_SECONDS,
                        help="seconds a document may take before it counts as a hang")
    parser.add_argument("--memory", type=int, default=runner.MEMORY_MB,
                        help="MB a worker's peak memory may reach")
    parser.add_argument("--save", type=Path, help="write each failing input to this folder")
    parser.add_argument("--replay", type=int, metavar="NUMBER",
                        help="open only document NUMBER, in this process, and say what it found")
    args = parser.parse_args(argv)
    try:
        generators = named(args.generators)
    except ValueError as error:
        parser.error(str(error))
    if args.replay is not None:
        return _replay(generators, args.seed, args.replay, args.save)
    result = run(args.count, args.seed, minutes=args.minutes, jobs=max(1, args.jobs),
                 generators=generators, limit=args.limit, memory_mb=args.memory,
                 saved=args.save, report=lambda line: print(line, flush=True))
    print(f"{result.documents:,} documents, {result.failures} failing, "
          f"{result.seconds:.0f} s ({result.documents / max(result.seconds, 1e-9):.0f}/s)",
          flush=True)
    for kind, number in sorted(result.kinds.items()):
        print(f"  {kind}: {number}")
    if result.refused:
        print("damaged files refused: " + ", ".join(
            f"{why} {number}" for why, number in result.refused.most_common()))
    return 1 if result.failures else 0


def _replay(generators: tuple[Generator, ...], seed: int, number: int,
            folder: Path | None) -> int:
    generator = generators[number % len(generators)]
    source = runner.source_of(generator, seed, number)
    found, why = check(generator, source)
    print(f"{generator.name} #{number} (seed {seed}): "
          + ("; ".join(found) if found else f"opens whole{f' (refused: {why})' if why else ''}"))
    if folder is not None:
        print(f"saved as {save(folder, generator, seed, number, source)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
