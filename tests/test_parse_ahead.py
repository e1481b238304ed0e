"""A document opened for the first time from the command line is parsed by a child process
while the window starts (reader.parse_ahead): what the window then reads is what it would have
parsed itself, and a file the child cannot parse is parsed (and explained) by the window.

Each case runs in a process of its own, as the app forks: before Qt or any thread exists."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "interview-pedocriminalite.txt"

AHEAD_THEN_LOADED = """
import sys
from reader.parse_ahead import ParseAhead, expected_cache_folder, parse
from reader.document.cache import DocumentCache
path = sys.argv[1]
ahead = ParseAhead.start(path)
assert ahead is not None
ahead.wait_for(path)
stored = DocumentCache(expected_cache_folder()).load(path)
parsed = parse(path)
assert stored is not None
assert stored.text == parsed.text
assert stored.sections == parsed.sections
assert stored.blocks == parsed.blocks
assert ParseAhead.start(path) is None  # held by the cache now: nothing to parse ahead
print("same")
"""

LOADED_THROUGH_THE_CACHE = """
import sys
from reader.parse_ahead import ParseAhead, expected_cache_folder
path = sys.argv[1]
ahead = ParseAhead.start(path)
from reader.document.cache import DocumentCache
from reader.window_documents import open_without_language, through_cache
from reader.document.loading import LoadError
load = through_cache(open_without_language, DocumentCache(expected_cache_folder()), ahead)
try:
    document = load(path)
except LoadError as error:
    print("load error:", error.problem.name)
else:
    print("questions:", len(document.questions))
"""


def _run(code: str, path: Path, cache: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_childs_parse_is_the_one_the_window_would_make(tmp_path):
    result = _run(AHEAD_THEN_LOADED, SEED, tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "same"


def test_the_window_reads_the_document_parsed_ahead(tmp_path):
    result = _run(LOADED_THROUGH_THE_CACHE, SEED, tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "questions: 7"


def test_a_file_the_child_cannot_parse_is_explained_by_the_window(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip file at all")
    result = _run(LOADED_THROUGH_THE_CACHE, broken, tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("load error:"), result.stdout
    assert "Traceback" not in result.stderr


STARTED_FROM_THE_COMMAND_LINE = """
import linecache, sys
from reader.__main__ import main
main([sys.argv[1]])
print("\\n".join(name for name in linecache.cache if "reader" in name or "markdown_it" in name))
"""


def test_parsing_ahead_keeps_pyside_from_reading_the_readers_sources(tmp_path):
    """Looking at the command line before Qt starts imports PySide (the messages): the
    reader's names must be given to its source check first (reader.__main__)."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen",
               READER_FIRST_PAINT_PROBE="1")
    result = subprocess.run([sys.executable, "-c", STARTED_FROM_THE_COMMAND_LINE, str(SEED)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "first-paint" in result.stdout
    assert [line for line in result.stdout.split() if "reader" in line] == []
