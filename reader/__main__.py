"""Entry point: ``reader [FILE]`` opens the window; ``reader outline FILE [--json]`` prints."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "outline":
        from .cli import outline_command

        return outline_command(argv[1:])
    from .app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
