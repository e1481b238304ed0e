"""Regular expressions, and the Python Qt's bindings carry inside them, compiled once for each
Python, not once for each start.

The structure rules compile about 650 regular expressions when they are imported: some 270 ms
of CPU in a first open's child process (``reader.parse_ahead``), more than the parse itself;
Qt's bindings, the standard library and the window compile about 40 more (15 ms) before the
first paint. Python compiles a pattern in two steps written in Python (it parses the pattern,
then writes the code of its matching engine) and hands that code to the engine, in C, which is
fast. The code depends only on the pattern, its flags and the Python that wrote it: kept in
the reader's cache folder under the Python's version and the engine's, a later start hands the
kept code to the engine and skips both steps, as compiled bytecode spares Python the source.

Each process reads the patterns it uses: the window's ~40 (its file read at every start,
about 0.1 MB) apart from the parser's ~650 (1.3 MB, read by the child that parses a first
open, ``for_parsing``, or by the window on a pattern its own file lacks).

Nothing else changes: the engine checks every code it is given (a damaged file fails that
check, or reading it fails, and the pattern is compiled as before), and the pattern it makes is
the one Python makes (patterns compare equal only when their code does). Patterns compiled for
the first time are added to the file when the process says so (``save_new_patterns``: the
child after its parse, the window after its first paint and when it quits).

Qt's bindings (shiboken's ``signature_bootstrap``) carry the source of 13 modules of their
own inside their library and compile it at every import: about 20 ms of CPU at every start,
before anything else Qt does (the Qt floor's window pays it too). Compiled once, their code is
kept beside the patterns, under the source's checksum and length (``embedded_code_kept``).
"""

from __future__ import annotations

import builtins
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Above this many kept patterns (other versions of the rules left theirs), only those this
# process used are kept.
MAX_KEPT = 4000
# Fewer new patterns than this are compiled again next time rather than the file written again
# (about 1.4 MB): markdown-it makes one pattern from a set, in an order that differs in every
# process, so every parse would write the file for it.
MIN_NEW = 8

# What the engine is given: the flags, the code (kept as bytes, 32-bit words: a list of ints
# only for the patterns a start uses, the window's 40 of 700), the groups and their names.
Made = tuple[int, bytes, int, dict[Any, int], tuple[Any, ...]]


class PatternCache:
    """Stands in for ``re._compiler.compile``: kept code if it has it, else Python's two steps,
    whose code it keeps."""

    def __init__(self, path: Path, kept: dict[tuple[str | bytes, int], Made],
                 compiler: Any, engine: Any, more: Path | None = None) -> None:
        self.path = path
        self._kept = kept
        self._more = more  # read on the first pattern ``path`` lacks
        self._compiler, self._engine = compiler, engine
        self._original = compiler.compile
        self._used: set[tuple[str | bytes, int]] = set()
        self._added = 0

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & self._compiler.SRE_FLAG_DEBUG:
            return self._original(pattern, flags)
        key = (pattern, int(flags))
        self._used.add(key)
        made = self._kept.get(key)
        if made is None and self._more is not None:
            more, self._more = self._more, None
            self._kept = {**_read(more), **self._kept}
            made = self._kept.get(key)
        if made is not None:
            try:
                return _engine_compile(self._engine, pattern, made)
            except Exception:  # noqa: BLE001 - a damaged entry: compiled as Python does
                del self._kept[key]
        made = self._made(pattern, int(flags))
        compiled = _engine_compile(self._engine, pattern, made)
        self._kept[key] = made
        self._added += 1
        return compiled

    def _made(self, pattern: str | bytes, flags: int) -> Made:
        """What ``re._compiler.compile`` hands the engine (CPython 3.11 to 3.13)."""
        parsed = self._compiler._parser.parse(pattern, flags)
        code = array("I", self._compiler._code(parsed, flags)).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[Any] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
                tuple(indexgroup))

    def save(self) -> None:
        """Adds the patterns compiled for the first time to the file (with those another
        process added meanwhile)."""
        if self._added < MIN_NEW:
            return
        self._added = 0
        kept = {**_read(self.path), **{key: made for key, made in list(self._kept.items())
                                       if key in self._used}}
        if len(kept) > MAX_KEPT:
            kept = {key: made for key, made in kept.items() if key in self._used}
        _write(self.path, kept)


    def read_instead(self, path: Path) -> None:
        """From now on this process keeps its patterns in ``path`` (read now)."""
        self.path, self._more = path, None
        self._kept = {**_read(path), **self._kept}
        self._used, self._added = set(), 0


_installed: PatternCache | None = None


def install(folder: Path) -> PatternCache | None:
    """Regular expressions compiled from then on come from the file in ``folder`` when it
    holds them; nothing is done where Python's compiler is not the one this module knows."""
    global _installed
    if _installed is not None:
        return _installed
    try:
        import _sre
    except ImportError:
        return None
    _compiler: Any = getattr(re, "_compiler", None)  # CPython 3.11 on (sre_compile before)
    if not all(hasattr(_compiler, name) for name in ("compile", "_code", "_parser")) or (
            array("I").itemsize != getattr(_sre, "CODESIZE", 0)):
        return None
    global _code_path
    _code_path = folder / f"code-{_python_version()}.marshal"
    path = _patterns_path(folder, "window")
    _installed = PatternCache(path, _read(path), _compiler, _sre,
                              more=_patterns_path(folder, "parser"))
    _compiler.compile = _installed.compile
    return _installed


def for_parsing() -> None:
    """This process parses a document (the child of ``reader.parse_ahead``): it reads and
    keeps the parser's patterns."""
    if _installed is not None:
        _installed.read_instead(_patterns_path(_installed.path.parent, "parser"))


def _patterns_path(folder: Path, role: str) -> Path:
    import _sre

    return folder / f"patterns-{role}-{_python_version()}-{_sre.MAGIC}.marshal"


def save_new_patterns() -> None:
    """Keeps what this process compiled for the first time (if the cache is installed)."""
    if _installed is not None:
        _installed.save()


_code_path: Path | None = None
# The flags of ``from __future__`` statements, which compile() takes from the code calling it.
_FUTURE_FLAGS = 0x1FE0000


@contextmanager
def embedded_code_kept() -> Iterator[None]:
    """While Qt's bindings are imported: the modules they compile from the source they carry
    (``compile(source, name, "exec")``) come from the file when it holds that source's code.
    Nothing is done if the pattern cache was not installed (its folder is this file's)."""
    path = _code_path
    if path is None:
        yield
        return
    kept = _read(path)
    added = []
    original = builtins.compile

    def compile_kept(source: Any, filename: Any, mode: str, flags: int = 0,
                     dont_inherit: bool = False, optimize: int = -1, **more: Any) -> Any:
        if (mode != "exec" or flags or dont_inherit or optimize != -1 or more
                or not isinstance(source, bytes) or not isinstance(filename, str)):
            return original(source, filename, mode, flags, dont_inherit, optimize, **more)
        future = sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS  # the caller's, as compile
        key = (filename, future, len(source), zlib.crc32(source))
        code = kept.get(key)
        if isinstance(code, bytes):
            try:
                return marshal.loads(code)
            except (EOFError, ValueError, TypeError):
                pass
        made = original(source, filename, mode, future, True)
        kept[key] = marshal.dumps(made)
        added.append(key)
        return made

    builtins.compile = compile_kept
    try:
        yield
    finally:
        builtins.compile = original
        if added:
            _write(path, kept)


def _python_version() -> str:
    return f"{sys.implementation.cache_tag}-{sys.hexversion:x}"


def _write(path: Path, kept: dict[Any, Any]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_bytes(marshal.dumps(kept))
        os.replace(partial, path)
    except (OSError, ValueError):  # a full disk, a read-only cache: compiled next time
        pass


def _engine_compile(engine: Any, pattern: str | bytes, made: Made) -> Any:
    flags, code, groups, groupindex, indexgroup = made
    return engine.compile(pattern, flags, array("I", code).tolist(), groups, groupindex,
                          indexgroup)


def _read(path: Path) -> dict[Any, Any]:
    try:
        kept = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}
