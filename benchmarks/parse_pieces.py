"""Parsing a large document whole or a piece at a time (reader.document.chunks), as plain text
and as Markdown: peak memory of each against the text's size, the time ratio, and where the
time of a parse in pieces goes. Each parse runs in a process of its own (peak memory is per
process, counted from the interpreter's own). Run: ``python -m benchmarks.parse_pieces [MB]``."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .corpus import interview_like

_CHILD = """
import gc, json, sys, time
from pathlib import Path
from reader.document.chunks import split_long_blocks
from reader.document.loading import normalize
from reader.document.markdown import make_parser, parse_blocks
from reader.document.structure.lines.repair import join_broken_paragraphs
from reader.document.structure.analysis import analyze
def peak():  # this process's own high-water mark (ru_maxrss keeps the parent's across exec)
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) * 1024
before = peak()  # the interpreter and modules
text = Path(sys.argv[1]).read_text(encoding="utf-8")  # not generated here: that peaks higher
plain = sys.argv[3] == "text"
in_pieces = sys.argv[2] == "pieces"
stages = {}
def timed(name, work):
    start = time.process_time()
    result = work()
    stages[name] = time.process_time() - start
    return result
gc.disable()  # as the pipeline does while it parses
source = timed("normalise", lambda: normalize(text))
blocks = timed("markdown", lambda: parse_blocks(
    source, parser=make_parser(indented_code=not plain), in_pieces=in_pieces))
blocks, _ = timed("repair", lambda: join_broken_paragraphs(blocks))
blocks = timed("long blocks", lambda: split_long_blocks(blocks))
timed("structure", lambda: analyze(blocks))
gc.enable()
print(json.dumps({"memory": peak() - before, "stages": stages}))
"""


def _parse(path: Path, how: str, kind: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path), how, kind],
                         capture_output=True, text=True, check=True).stdout
    result: dict[str, Any] = json.loads(out)
    return result


def measure(size_bytes: int) -> list[tuple[str, float, str]]:
    text = interview_like(size_bytes)
    size = len(text)
    rows = []
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as folder:
        path = Path(folder) / "large.md"
        path.write_text(text, encoding="utf-8")
        runs = {(how, kind): _parse(path, how, kind)
                for kind in ("text", "markdown") for how in ("whole", "pieces")}
    for kind in ("text", "markdown"):
        whole, pieces = runs["whole", kind], runs["pieces", kind]
        seconds = {how: sum(run["stages"].values()) for how, run in
                   (("whole", whole), ("pieces", pieces))}
        rows += [
            (f"{kind}_whole_peak_memory_vs_text", whole["memory"] / size,
             "markdown-it at once; the text, read from a file, included"),
            (f"{kind}_pieces_peak_memory_vs_text", pieces["memory"] / size, "a piece at a time"),
            (f"{kind}_pieces_time_vs_whole", seconds["pieces"] / seconds["whole"], "≈ 1"),
        ]
        for stage, spent in pieces["stages"].items():
            rows.append((f"{kind}_pieces_{stage.replace(' ', '_')}_share",
                         spent / seconds["pieces"], f"{spent:.2f} s of {seconds['pieces']:.2f}"))
    return rows


if __name__ == "__main__":
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    for name, value, note in measure(int(megabytes * 2**20)):
        print(f"{name}\t{value:.2f}\t{note}")
