"""The structure rules' regular expressions compiled once for each Python, not once for each
start, and kept where Python keeps the reader's own bytecode.

The structure rules compile about 650 regular expressions when they are imported: some 270 ms
of CPU in a first open's child process (``reader.parse_ahead``), more than the parse itself.
Python compiles a pattern in two steps written in Python (it parses the pattern, then writes
the code of its matching engine) and hands that code to the engine, in C, which is fast. The
code depends only on the pattern, its flags and the Python that wrote it: kept under the
Python's version and the engine's, a later start hands the kept code to the engine and skips
both steps, as compiled bytecode spares Python the source.

**Where, and with what trust.** The engine runs the code it is given, and its checks of that
code are no security boundary: the files are kept in the folder of the reader's own bytecode
(``importlib.util.cache_from_source`` of the package, which honours PYTHONPYCACHEPREFIX), whose
``.pyc`` files Python already runs at every start: whoever can write there can already run
code as the reader. Nothing is read or written where Python writes no bytecode
(``sys.dont_write_bytecode``, a folder Python did not make or cannot write): patterns are then
compiled as before. Never the user's cache folder, which the reader treats as untrusted (its
entries are JSON, checked before use: docs/reliability.md): a planted file would run.

**Only the rules' own constants.** A pattern is kept only when it is compiled while a module is
imported (``_compiled_by_an_import``): going out from ``re``, the calling frames reach a
module's body (a ``<module>`` code object) before any function of the reader's package. A
module's body compiles what its source says, never what a document, a Find query or a
setting holds (those are compiled in the reader's functions, which run after the import);
other libraries' functions and comprehensions are walked through, so a pattern a library
builds for a module being imported is kept, and one it builds for a reader's function is not.
Anything else is compiled as before and never written.

Each process reads the patterns it uses: the window's (its file read at every start) apart
from the parser's ~650 (1.3 MB, read by the child that parses a first open, ``for_parsing``,
or by the window on a pattern its own file lacks). Nothing else changes: a damaged file or
entry, or any failure to make or hand the code to the engine, compiles the pattern as ``re``
does, and the pattern made is the one Python makes (patterns compare equal only when their
code does). Patterns compiled for the first time are added to the file when the process says
so (``save_new_patterns``: the child after its parse, the window after its first paint and
when it quits).
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from array import array
from contextlib import suppress
from pathlib import Path
from typing import Any

# Above this many kept patterns (other versions of the rules left theirs), only those this
# process used are kept.
MAX_KEPT = 4000
# Fewer new patterns than this are compiled again next time rather than the file written again
# (about 1.4 MB): a pattern made in a different order in every process would write it at
# every parse.
MIN_NEW = 8

# What the engine is given: the flags, the code (kept as bytes, 32-bit words: a list of ints
# only for the patterns a start uses), the groups and their names.
Made = tuple[int, bytes, int, dict[Any, int], tuple[Any, ...]]

# Code objects that are not a function of their own for this purpose: a comprehension runs
# inside the body or function that holds it (Python 3.11 gives it a frame of its own).
_INSIDE = frozenset({"<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>"})
_READER_FOLDER = os.path.dirname(os.path.abspath(__file__)) + os.sep
_THIS_FILE = __file__


def _compiled_by_an_import(frame: Any) -> bool:
    """Whether the frames calling ``frame`` reach a module's body before any function of the
    reader's package (see the module's text)."""
    while frame is not None:
        code = frame.f_code
        if code.co_filename == _THIS_FILE:  # the cache's own frames
            frame = frame.f_back
            continue
        if code.co_name == "<module>":
            return True
        if code.co_name not in _INSIDE and code.co_filename.startswith(_READER_FOLDER):
            return False
        frame = frame.f_back
    return False


class PatternCache:
    """Stands in for ``re._compiler.compile``: kept code if it has it, else Python's two steps,
    whose code it keeps when a module's import compiled the pattern."""

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
        if not isinstance(pattern, (str, bytes)) or not isinstance(flags, int) or (
                flags & self._compiler.SRE_FLAG_DEBUG):
            return self._original(pattern, flags)
        try:
            compiled = self._compile(pattern, int(flags))
        except Exception:  # noqa: BLE001 - any failure here: compiled as re does (its errors)
            compiled = None
        return self._original(pattern, flags) if compiled is None else compiled

    def _compile(self, pattern: str | bytes, flags: int) -> Any:
        key = (pattern, flags)
        compiled = self._kept_pattern(key)
        if compiled is not None:
            return compiled
        if not _compiled_by_an_import(sys._getframe()):
            return None  # a document's, a query's, a setting's: compiled as before, not kept
        if self._more is not None:  # (never read for those: the window's would read it always)
            more, self._more = self._more, None
            self._kept = {**_read(more), **self._kept}
            compiled = self._kept_pattern(key)
            if compiled is not None:
                return compiled
        made = self._made(pattern, flags)
        compiled = _engine_compile(self._engine, pattern, made)
        self._kept[key] = made
        self._used.add(key)
        self._added += 1
        return compiled

    def _kept_pattern(self, key: tuple[str | bytes, int]) -> Any:
        """The pattern made from the kept code, if there is any and the engine takes it."""
        made = self._kept.get(key)
        if made is None:
            return None
        try:
            compiled = _engine_compile(self._engine, key[0], made)
        except Exception:  # noqa: BLE001 - a damaged entry: compiled as Python does
            del self._kept[key]
            return None
        self._used.add(key)
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


def bytecode_folder() -> Path | None:
    """The folder of the reader's own bytecode, if Python writes bytecode there."""
    if sys.dont_write_bytecode:
        return None
    try:
        from importlib.util import cache_from_source

        folder = Path(cache_from_source(os.path.join(_READER_FOLDER, "__init__.py"))).parent
    except (NotImplementedError, ValueError, OSError):  # no cache tag: no bytecode either
        return None
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        return None
    return folder


def install(folder: Path | None = None) -> PatternCache | None:
    """Regular expressions compiled from then on come from the file in ``folder`` (the
    reader's bytecode folder unless told) when it holds them; nothing is done where Python
    writes no bytecode, or its compiler is not the one this module knows."""
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
    folder = bytecode_folder() if folder is None else folder
    if folder is None:
        return None
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

    return folder / f"reader-patterns-{role}.{_python_version()}-{_sre.MAGIC}.marshal"


def save_new_patterns() -> None:
    """Keeps what this process's imports compiled for the first time (if installed)."""
    if _installed is not None:
        _installed.save()


def _python_version() -> str:
    return f"{sys.implementation.cache_tag}-{sys.hexversion:x}"


def _write(path: Path, kept: dict[Any, Any]) -> None:
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        partial.write_bytes(marshal.dumps(kept))
        os.replace(partial, path)
    except (OSError, ValueError):  # a full disk, a folder made read-only: compiled next time
        with suppress(OSError):
            partial.unlink(missing_ok=True)


def _engine_compile(engine: Any, pattern: str | bytes, made: Made) -> Any:
    flags, code, groups, groupindex, indexgroup = made
    return engine.compile(pattern, flags, array("I", code).tolist(), groups, groupindex,
                          indexgroup)


def _read(path: Path) -> dict[Any, Any]:
    try:
        kept = marshal.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - unreadable or damaged: compiled as before
        return {}
    return kept if isinstance(kept, dict) else {}
