"""Entry point: ``reader [FILE]`` opens the window; ``reader outline FILE [--json]`` prints the
outline; ``reader text FILE`` prints the text; ``reader speak FILE [...]`` reads aloud (or
into a WAV file); ``reader export-audio FILE [...]`` writes audio files to take away."""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .parse_ahead import ParseAhead


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] in (["outline"], ["speak"], ["--install-desktop"], ["--uninstall-desktop"]) or (
        "-h" in argv or "--help" in argv
    ):
        # Terminal output speaks the desktop's language; the window installs its own.
        from .messages.languages import translate_terminal

        translate_terminal()
    if argv[:1] in (["--install-desktop"], ["--uninstall-desktop"]):
        from .desktop import desktop_command

        return desktop_command(argv[0])
    if argv and argv[0] == "outline":
        from .cli import outline_command

        return outline_command(argv[1:])
    if argv and argv[0] == "text":
        from .cli import text_command

        return text_command(argv[1:])
    if argv and argv[0] == "speak":
        from .speech.cli import speak_command

        return speak_command(argv[1:])
    if argv and argv[0] == "export-audio":
        from .export.cli import export_audio_command

        return export_audio_command(argv[1:])
    # Start-up makes many objects and almost no garbage: the cyclic collector would spend
    # ~25 ms going over them before the first paint. Automatic collection stays off: from the
    # first paint on, run_gui collects on the window's thread only (reader.ui.shell.collector).
    gc.disable()
    keep_compiled_patterns()
    named = _only_a_file(argv)
    if named is not None:  # `reader FILE`: forked before PySide is even imported
        from .parse_ahead import ParseAhead

        ahead = ParseAhead.start(named)
    spare_pyside_its_source_reading()
    if named is None:
        try:
            ahead = _parse_ahead(argv)  # before Qt starts a thread: a process with one can fork
        except SystemExit as stop:  # a usage error, said (as run_gui would say it)
            return int(stop.code or 0)
    from .app import run_gui

    # Should the window end before it needed the child's parse, the child finishes on its
    # own: its entry serves the next start.
    return run_gui(argv, ahead=ahead)


def keep_compiled_patterns() -> None:
    """The structure rules' regular expressions compiled once, not at every start
    (``reader.compiled_once``, kept beside the reader's bytecode): before the child that parses
    a first open is forked (the rules compile ~650 patterns, which it inherits). Never in the
    cache folder: a file planted there would run (docs/reliability.md)."""
    from .compiled_once import install

    install()


def _only_a_file(argv: list[str]) -> str | None:
    """The file of a command line that names nothing else (``reader FILE``, as the desktop
    opens one), known without parsing the options: its parse can start before PySide is
    imported, which a parse of the options needs (their help is translated). The child then
    starts about 150 ms earlier, and the window's process, smaller when it forks, copies fewer
    of the memory pages both share as it writes to them."""
    if len(argv) == 1 and not argv[0].startswith("-"):
        return argv[0]
    return None


def _parse_ahead(argv: list[str]) -> ParseAhead | None:
    """The file named on the command line (else the seed), parsed in a child process while the
    window starts if the cache does not hold it (``reader.parse_ahead``)."""
    from .window_options import early_options

    known, _overrides = early_options(argv)
    if known.list_themes:
        return None
    path = known.file
    if not path:  # the seed: its place is the window's to say, after its modules are imported
        from .window_documents import default_document_path

        seed = default_document_path()
        if seed is None:
            return None
        path = str(seed)
    from .parse_ahead import ParseAhead

    return ParseAhead.start(path)


def spare_pyside_its_source_reading() -> None:
    """Imports PySide6, and takes out the import hook it adds for its ``__feature__`` options
    (snake_case names, true properties, selected module by module), which the reader never
    selects.

    Once imported, PySide6 sends every ``import`` statement through a Python function of its
    own (about 15 us each, and some 900 run before the first paint, with the imports inside
    functions), and reads the source of every module imported after it, the first time an
    ``import`` statement names it, to see whether it mentions PySide6 (PYSIDE-2029: 35 ms of
    start-up for the reader's modules and the standard library's). PySide keeps the import it
    replaced as ``builtins.__orig_import__`` (feature.py, PYSIDE-1019): put back, no import
    pays for a feature nobody selects, and no source is read. Qt's names stay as they are: with
    no feature selected, every module sees Qt's usual names.

    Another PySide6 without it is told ahead instead: the names of the reader's modules, of
    its parser's and of the standard library's go into the dictionary its source check reads
    first (the check skips a module found there), with the values the check itself would
    give them: 0 (Qt's usual names) for the reader's, -1 ("ignore this module") for the rest.
    """
    import builtins
    from importlib.util import find_spec

    try:
        from PySide6.support.feature import pyside_feature_dict
    except (ImportError, AttributeError):  # another PySide6: start as before, a little slower
        return
    original_import = getattr(builtins, "__orig_import__", None)
    if original_import is not None:
        builtins.__import__ = original_import
        return
    for name in sys.stdlib_module_names:
        pyside_feature_dict.setdefault(name, -1)
    _name_modules_ahead(pyside_feature_dict, __package__, os.path.dirname(__file__), 0)
    for parser in ("markdown_it", "mdurl"):
        spec = find_spec(parser)
        if spec is not None and spec.origin is not None:
            _name_modules_ahead(pyside_feature_dict, parser, os.path.dirname(spec.origin), -1)


def _name_modules_ahead(names: dict[str, int], package: str, root: str, value: int) -> None:
    """Puts the name of every module of ``package`` (found in ``root``) into ``names``."""
    for folder, subfolders, files in os.walk(root):
        if "__init__.py" not in files:  # resources or bytecode, not a package
            subfolders.clear()
            continue
        inside = os.path.relpath(folder, root)
        prefix = package if inside == "." else f"{package}.{inside.replace(os.sep, '.')}"
        names.setdefault(prefix, value)
        for file in files:
            if file.endswith(".py"):
                names.setdefault(f"{prefix}.{file[:-3]}", value)


if __name__ == "__main__":
    sys.exit(main())
