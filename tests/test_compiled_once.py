"""Regular expressions and Qt's embedded code kept compiled between starts
(reader.compiled_once): a kept pattern is the one Python compiles, kept code runs as Python's,
a damaged file changes nothing, and a start that finds the files parses no pattern and compiles
no source of Qt's again, in the window or in the child parsing a first open."""

from __future__ import annotations

import _sre
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from re import _compiler

import pytest

from reader import compiled_once
from reader.compiled_once import MIN_NEW, PatternCache, embedded_code_kept, install

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "interview-pedocriminalite.txt"

PATTERNS = [
    (r"(?P<speaker>[A-ZÉ][\w'’-]+)\s*:\s*(?P<said>.+)", 0),
    (r"^\s*(?:Q|Question)\s*[.:–—-]\s*", re.IGNORECASE | re.MULTILINE),
    (r"(?<=[.!?])\s+(?=[«\"A-Z])", 0),
    (r"[\u0600-\u06FF\u0750-\u077F]+[؟?]", 0),
    (r"\b(\w+)\s+\1\b", re.UNICODE),
    (r"(?x) \d{1,2} [/.] \d{1,2} [/.] \d{2,4}  # a date", 0),
    (r"[^\W\d_]{3,}", re.ASCII),
    (rb"\r?\n\r?\n", 0),
    (r"(?s)<!--.*?-->", 0),
]


def _cache(path: Path) -> PatternCache:
    kept = {}
    if path.exists():
        import marshal

        kept = marshal.loads(path.read_bytes())
    return PatternCache(path, kept, _compiler, _sre)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_kept_pattern_is_the_one_python_compiles(tmp_path, monkeypatch, pattern, flags):
    path = tmp_path / "patterns.marshal"
    first = _cache(path)
    compiled = first.compile(pattern, int(flags))
    for padding in range(MIN_NEW):  # fewer are not worth writing the file for
        first.compile(f"padding{padding}", 0)
    first.save()
    expected = re.compile(pattern, flags)
    assert compiled == expected  # the engine's code, flags and pattern alike

    def no_parse(*_args, **_kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(_compiler._parser, "parse", no_parse)
    kept = _cache(path).compile(pattern, int(flags))
    assert kept == expected
    assert (kept.groups, dict(kept.groupindex), kept.flags) == (
        expected.groups, dict(expected.groupindex), expected.flags)
    sample = "Marie : Bonjour. Q. encore encore 12/05/2024 <!-- x --> مرحبا؟"
    if isinstance(pattern, str):
        assert [m.group(0) for m in kept.finditer(sample)] == [
            m.group(0) for m in expected.finditer(sample)]


def test_a_damaged_file_or_entry_compiles_as_before(tmp_path):
    path = tmp_path / "patterns.marshal"
    path.write_bytes(b"\x00 not marshal")
    assert _cache(tmp_path / "missing.marshal").compile("a+b", 0) == re.compile("a+b")
    cache = PatternCache(path, {("a+b", 0): (0, b"\x01\x02\x03\x04", 0, {}, (None,))},
                         _compiler, _sre)
    assert cache.compile("a+b", 0) == re.compile("a+b")  # the engine refused the bad code
    for padding in range(MIN_NEW):
        cache.compile(f"padding{padding}", 0)
    cache.save()
    assert _cache(path).compile("a+b", 0) == re.compile("a+b")


def test_install_needs_a_known_compiler(tmp_path, monkeypatch):
    monkeypatch.setattr("reader.compiled_once._installed", None)
    monkeypatch.delattr(_compiler, "_code")
    original = _compiler.compile
    assert install(tmp_path) is None
    assert _compiler.compile is original


# Run as Qt's bindings run their embedded modules; this file's `from __future__ import
# annotations` is passed on to the code compiled, as compile() does for its caller.
EMBEDDED = (b"def said(name: Undefined) -> Unknown:\n    return 'hello ' + name\n"
            b"SAID = said('Ana')\n")


def _run_embedded(folder: Path) -> dict:
    with embedded_code_kept():
        code = compile(EMBEDDED, "embedded/said.py", "exec")
    space: dict = {}
    exec(code, space)
    return {"said": space["SAID"], "annotations": space["said"].__annotations__,
            "names": code.co_names, "file": code.co_filename}


def test_embedded_code_kept_runs_as_compiled(tmp_path, monkeypatch):
    monkeypatch.setattr(compiled_once, "_code_path", tmp_path / "code.marshal")
    first = _run_embedded(tmp_path)
    assert (tmp_path / "code.marshal").exists()
    assert first["annotations"] == {"name": "Undefined", "return": "Unknown"}  # not evaluated
    original = compile

    def no_compile(*args, **kwargs):
        if kwargs.get("mode", args[2] if len(args) > 2 else "") == "exec":
            raise AssertionError("compiled again")
        return original(*args, **kwargs)

    monkeypatch.setattr("builtins.compile", no_compile)
    assert _run_embedded(tmp_path) == first
    assert compile is no_compile  # given back after the import


# `reader FILE` stopped at its first paint, counting the patterns Python parsed before it, in
# the window and in the child that parses a first open (which leaves through os._exit).
START = """
import os, sys, builtins
from re import _parser
parsed = [0]
parse = _parser.parse
def counting(*args, **kwargs):
    parsed[0] += 1
    return parse(*args, **kwargs)
_parser.parse = counting
compiled = [0]
compile_ = builtins.compile
def counting_compile(source, filename, mode, *args, **kwargs):
    compiled[0] += str(filename).startswith("shibokensupport")  # not a file: embedded
    return compile_(source, filename, mode, *args, **kwargs)
builtins.compile = counting_compile
leave = os._exit
def child_exit(status):
    print("child-parsed", parsed[0], flush=True)
    leave(status)
os._exit = child_exit
say = print
def probe(*args, **kwargs):
    if args and args[0] == "first-paint":
        say("window-parsed", parsed[0], flush=True)
        say("window-compiled", compiled[0], flush=True)
        from reader import compiled_once
        say("window-kept", len(compiled_once._installed._kept), flush=True)
    say(*args, **kwargs)
builtins.print = probe
from reader.__main__ import main
sys.exit(main([sys.argv[1]]))
"""


def _parsed_at_first_paint(home: Path, document: Path) -> dict[str, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_FIRST_PAINT_PROBE="1",
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_DATA_HOME=str(home / "data"))
    result = subprocess.run([sys.executable, "-c", START, str(document)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    counts = dict(line.split() for line in result.stdout.splitlines()
                  if line.split(" ")[0] in (
                      "window-parsed", "child-parsed", "window-compiled", "window-kept"))
    return {name: int(count) for name, count in counts.items()}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the cache folder is told ahead")
def test_a_later_start_parses_no_pattern_again(tmp_path):
    first = _parsed_at_first_paint(tmp_path, SEED)
    assert first["window-parsed"] > 10 and first["child-parsed"] > 300
    assert first["window-compiled"] > 10  # Qt's embedded modules
    other = tmp_path / "other.txt"  # another document: a first open again, parsed by a child
    shutil.copyfile(SEED, other)
    later = _parsed_at_first_paint(tmp_path, other)
    # markdown-it makes one pattern from a set, in an order each process draws anew
    assert later["window-parsed"] == 0 and later["child-parsed"] <= 1
    assert later["window-compiled"] == 0
    assert later["window-kept"] < 150  # its own patterns, not the parser's ~650
