"""Parsing a large plain-text document whole or a piece at a time (reader.document.chunks):
peak memory of each against the text's size, and the time ratio. Each runs in a process of
its own (peak memory is per process). Run: ``python -m benchmarks.parse_pieces [MB]``."""

from __future__ import annotations

import subprocess
import sys

from .corpus import interview_like

_CHILD = """
import resource, sys, time
from benchmarks.corpus import interview_like
from reader.document import pipeline
text = interview_like(int(sys.argv[1]))
pipeline.CHUNKED_CHARS = 1 if sys.argv[2] == "pieces" else 1 << 62
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.process_time()
pipeline.parse_text(text, plain_text=True, with_language=False)
seconds = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print((peak - before) * 1024, seconds)
"""


def measure(size_bytes: int) -> list[tuple[str, float, str]]:
    results = {}
    for how in ("whole", "pieces"):
        out = subprocess.run([sys.executable, "-c", _CHILD, str(size_bytes), how],
                             capture_output=True, text=True, check=True).stdout.split()
        results[how] = (float(out[0]), float(out[1]))
    size = len(interview_like(size_bytes))
    return [
        ("parse_whole_extra_memory_vs_text", results["whole"][0] / size, "markdown-it at once"),
        ("parse_pieces_extra_memory_vs_text", results["pieces"][0] / size, "a piece at a time"),
        ("parse_pieces_time_vs_whole", results["pieces"][1] / results["whole"][1], "≈ 1"),
    ]


if __name__ == "__main__":
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    for name, value, note in measure(int(megabytes * 2**20)):
        print(f"{name}\t{value:.2f}\t{note}")
