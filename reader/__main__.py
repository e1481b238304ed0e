"""Entry point: ``reader [FILE]`` opens the window; ``reader outline FILE [--json]`` prints the
outline; ``reader text FILE`` prints the text; ``reader speak FILE [...]`` reads aloud (or
into a WAV file); ``reader export-audio FILE [...]`` writes audio files to take away."""

from __future__ import annotations

import gc
import sys


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
    # ~25 ms going over them before the first paint. run_gui turns it on again once painted.
    gc.disable()
    from .app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
