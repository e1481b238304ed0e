"""The structure rules' regular expressions kept compiled between starts (reader.compiled_once):
a kept pattern is the one Python compiles, a damaged file or any failure compiles as before,
only what a module's import compiles is kept (never a Find query, never a document's names),
where Python keeps the reader's bytecode and only where it writes bytecode, no code planted in
the cache folder ever runs, and a start that finds the files parses no rule's pattern again."""

from __future__ import annotations

import _sre
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from re import _compiler
from types import SimpleNamespace

import pytest

from reader import compiled_once
from reader.compiled_once import MIN_NEW, PatternCache, install

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


def _imported(cache: PatternCache, pattern, flags=0):
    """``cache.compile`` called from a module's body, as the rules' imports call it."""
    space = {"cache": cache, "pattern": pattern, "flags": flags}
    exec("compiled = cache.compile(pattern, flags)", space)  # noqa: S102 - a module's body
    return space["compiled"]


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
    compiled = _imported(first, pattern, int(flags))
    for padding in range(MIN_NEW):  # fewer are not worth writing the file for
        _imported(first, f"padding{padding}")
    first.save()
    expected = re.compile(pattern, flags)
    assert compiled == expected  # the engine's code, flags and pattern alike

    def no_parse(*_args, **_kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(_compiler._parser, "parse", no_parse)
    kept = _cache(path).compile(pattern, int(flags))  # kept: read whoever compiles it
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
        _imported(cache, f"padding{padding}")
    cache.save()
    assert _cache(path).compile("a+b", 0) == re.compile("a+b")
    with pytest.raises(re.error, match="missing \\)") as raised:  # re's own error, as before
        _imported(_cache(path), "(a", 0)
    assert str(raised.value) == "missing ), unterminated subpattern at position 0"


def test_any_failure_to_make_the_code_compiles_as_re_does(tmp_path, monkeypatch):
    cache = _cache(tmp_path / "patterns.marshal")

    def broken(*_args, **_kwargs):
        raise RuntimeError("a Python whose compiler changed")

    # A Python whose compiler writes its code otherwise (only this cache's view of it)
    monkeypatch.setattr(cache, "_compiler", SimpleNamespace(
        _parser=_compiler._parser, _code=broken, SRE_FLAG_DEBUG=_compiler.SRE_FLAG_DEBUG))
    monkeypatch.setattr(cache, "_original", lambda pattern, flags: ("re's own", pattern, flags))
    assert _imported(cache, "made*", 0) == ("re's own", "made*", 0)
    monkeypatch.setattr(cache, "_engine", None)  # handing the code over fails too
    cache._kept[("kept+", 0)] = (0, b"\x00" * 4, 0, {}, (None,))
    assert _imported(cache, "kept+", 0) == ("re's own", "kept+", 0)


def test_install_needs_a_known_compiler(tmp_path, monkeypatch):
    monkeypatch.setattr("reader.compiled_once._installed", None)
    monkeypatch.delattr(_compiler, "_code")
    original = _compiler.compile
    assert install(tmp_path) is None
    assert _compiler.compile is original


def _saved_keys(path: Path) -> set:
    import marshal

    return set(marshal.loads(path.read_bytes())) if path.exists() else set()


def test_a_find_query_and_a_documents_names_are_never_written(tmp_path, monkeypatch):
    from reader.document.pipeline import parse_text
    from reader.document.search import FoldedText

    path = tmp_path / "patterns.marshal"
    cache = _cache(path)
    asked = []
    monkeypatch.setattr(_compiler, "compile", lambda p, f=0: asked.append(p) or cache.compile(p, f))
    monkeypatch.setattr(compiled_once, "MIN_NEW", 0)  # written whatever was added
    re.purge()  # so that re asks the compiler again
    (tmp_path / "rules_of_a_module.py").write_text(
        "import re\nCONSTANT = re.compile(r'a rule of its own: \\d+')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import rules_of_a_module  # noqa: F401 - its body compiles a constant: kept

    text = ("Ein Gespräch mit Carsten Schäfer über das Theater\n\n"
            "Das Magazin sprach mit Kijk über die Bühne.\n\n"
            "KIJK Wie hat alles angefangen?\n\nCarsten: Mit einem kleinen Saal.\n\n"
            "KIJK Und heute?\n\nCarsten: Heute spielen wir jede Woche.\n")
    parse_text(text, plain_text=True)
    assert FoldedText.of("Where is Zyxwvut Quorra? Here: zyxwvut quorra.").find_all(
        "Zyxwvut Quorra") == [(9, 23), (31, 45)]
    assert r"\bKijk\b" in asked  # the document's name (capsnames)
    assert re.escape("zyxwvut quorra") in asked  # the query, folded
    cache.save()
    saved = {pattern for pattern, _flags in _saved_keys(path)}
    assert r"a rule of its own: \d+" in saved
    assert not [p for p in saved if "Kijk" in p or "Carsten" in p or "zyxwvut" in p]


PLANT = """
import builtins, marshal, os, sys, zlib
from pathlib import Path
# Qt's embedded modules' keys, as a cache of their compiled code would name them, each given
# code that leaves a mark.
keys, compile_ = [], builtins.compile
def spy(source, filename, mode, flags=0, *args, **kwargs):
    if mode == "exec" and isinstance(source, bytes) and isinstance(filename, str):
        future = sys._getframe(1).f_code.co_flags & 0x1FE0000
        keys.append((filename, future, len(source), zlib.crc32(source)))
    return compile_(source, filename, mode, flags, *args, **kwargs)
builtins.compile = spy
import PySide6.support.feature
builtins.compile = compile_
mark = compile_("open(__import__('os').environ['PLANTED_MARK'], 'w').write('ran')", "planted",
                "exec")
folder = Path(sys.argv[1])
folder.mkdir(parents=True)
name = f"{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal"
(folder / f"code-{name}").write_bytes(marshal.dumps({key: marshal.dumps(mark) for key in keys}))
(folder / f"patterns-window-{name}").write_bytes(marshal.dumps({("a query", 0): 1}))
print(len(keys))
"""

START_TO_PYSIDE = """
from reader.__main__ import keep_compiled_patterns, spare_pyside_its_source_reading
keep_compiled_patterns()
spare_pyside_its_source_reading()
import PySide6.QtWidgets
"""


def test_code_planted_in_the_cache_folder_never_runs(tmp_path):
    folder = tmp_path / "cache" / "accessible-reader" / "compiled"
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"),
               PLANTED_MARK=str(tmp_path / "mark"), QT_QPA_PLATFORM="offscreen")
    planted = subprocess.run([sys.executable, "-c", PLANT, str(folder)], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert planted.returncode == 0, planted.stderr[-2000:]
    assert int(planted.stdout) > 5  # Qt's embedded modules
    started = subprocess.run([sys.executable, "-c", START_TO_PYSIDE], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert not (tmp_path / "mark").exists()
    assert started.returncode == 0, started.stderr[-2000:]


WRITE = """
import sys
from reader.__main__ import keep_compiled_patterns
keep_compiled_patterns()
from reader.parse_ahead import parse
from reader import compiled_once
compiled_once.for_parsing()
parse(sys.argv[1])
compiled_once.save_new_patterns()
"""


@pytest.mark.parametrize("no_bytecode", [False, True])
def test_patterns_are_kept_only_beside_the_bytecode_python_writes(tmp_path, no_bytecode):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"),
               PYTHONPYCACHEPREFIX=str(tmp_path / "bytecode"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    flags = ["-B"] if no_bytecode else []
    result = subprocess.run([sys.executable, *flags, "-c", WRITE, str(SEED)], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    written = [path for path in tmp_path.rglob("*") if path.is_file()]
    kept = [path for path in written if "patterns" in path.name]
    if no_bytecode:
        assert written == []
        return
    bytecode = Path(tmp_path / "bytecode" / ROOT.relative_to("/") / "reader")
    assert [path.parent for path in kept] == [bytecode]
    assert (bytecode / Path(compiled_once.__file__).with_suffix(
        f".{sys.implementation.cache_tag}.pyc").name).exists()  # Python's own beside it
    assert len(_saved_keys(kept[0])) > 300


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
leave = os._exit
def child_exit(status):
    print("child-parsed", parsed[0], flush=True)
    leave(status)
os._exit = child_exit
say = print
def probe(*args, **kwargs):
    if args and args[0] == "first-paint":
        say("window-parsed", parsed[0], flush=True)
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
               XDG_DATA_HOME=str(home / "data"), PYTHONPYCACHEPREFIX=str(home / "bytecode"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the patterns are kept beside the bytecode
    result = subprocess.run([sys.executable, "-c", START, str(document)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    counts = dict(line.split() for line in result.stdout.splitlines()
                  if line.split(" ")[0] in (
                      "window-parsed", "child-parsed", "window-kept"))
    return {name: int(count) for name, count in counts.items()}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the cache folder is told ahead")
def test_a_later_start_parses_no_pattern_again(tmp_path):
    first = _parsed_at_first_paint(tmp_path, SEED)
    assert first["window-parsed"] > 10 and first["child-parsed"] > 300
    other = tmp_path / "other.txt"  # another document: a first open again, parsed by a child
    shutil.copyfile(SEED, other)
    later = _parsed_at_first_paint(tmp_path, other)
    # Left to compile: what functions compile (never kept), in the window argparse's, a glob's
    # and two of the reader's (7), in the child a document's names and the like (9 for the
    # seed; markdown-it makes one pattern from a set, in an order each process draws anew).
    assert later["window-parsed"] <= 10 and later["child-parsed"] <= 15
    assert later["window-kept"] < 150  # its own patterns, not the parser's ~650


def test_the_folder_is_the_bytecodes_only_where_python_writes_it(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    folder = tmp_path / Path(compiled_once.__file__).parent.relative_to("/")
    assert compiled_once.bytecode_folder() is None  # Python made no folder: it wrote nothing
    folder.mkdir(parents=True)
    assert compiled_once.bytecode_folder() == folder
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert compiled_once.bytecode_folder() is None
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(os, "access", lambda *_args, **_kwargs: False)  # not the user's to write
    assert compiled_once.bytecode_folder() is None
