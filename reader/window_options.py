"""The window command's options (``reader [FILE] [--present] [--theme NAME] …``): its parser,
whose help ends with every command of ``reader``, and the options answered before Qt starts.
(``reader.app`` runs the window with them.)"""

from __future__ import annotations

import argparse
import contextlib
import io
from collections.abc import Sequence

from . import messages
from .appearance.preferences import LIMITS, AppearanceValues
from .appearance.themes import THEME_IDS
from .messages.languages import translate_terminal
from .translated_argparse import TranslatedArgumentParser, TranslatedHelpFormatter


class _HelpWithCommands(TranslatedHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """The options, then the list of commands as written (one line each)."""


def commands_help() -> str:
    """Every command of ``reader``, one line each, aligned (the end of ``reader --help``)."""
    commands = messages.usage_commands()
    width = max(len(typed) for typed, _does in commands) + 2
    lines = [f"  {typed.ljust(width)}{does}" for typed, does in commands]
    return f"{messages.usage_commands_title()}:\n" + "\n".join(lines)


def argument_parser() -> argparse.ArgumentParser:
    parser = TranslatedArgumentParser(prog="reader", description=messages.usage_description(),
                                      epilog=commands_help(), formatter_class=_HelpWithCommands)
    parser.add_argument("file", nargs="?", metavar="FILE", help=messages.usage_file())
    parser.add_argument("--present", action="store_true", help=messages.usage_present())
    parser.add_argument("--question", type=int, metavar="N", help=messages.usage_question())
    parser.add_argument("--theme", choices=THEME_IDS, metavar="NAME",
                        help=messages.usage_theme())
    parser.add_argument("--font-size", type=float, metavar="PT",
                        help=messages.usage_font_size())
    parser.add_argument("--list-themes", action="store_true",
                        help=messages.usage_list_themes())
    return parser


def appearance_overrides(parser: argparse.ArgumentParser,
                         args: argparse.Namespace) -> AppearanceValues:
    """--theme and --font-size, for this run only (never saved)."""
    overrides: AppearanceValues = {}
    if args.theme:
        overrides["theme"] = args.theme
        overrides["custom_colours"] = False
    if args.font_size is not None:
        low, high = LIMITS["font_size"]
        if not low <= args.font_size <= high:
            parser.error(messages.font_size_out_of_range(low, high))
        overrides["font_size"] = args.font_size
    return overrides


def list_themes() -> int:
    for theme_id in THEME_IDS:
        print(f"{theme_id}\t{messages.theme_name(theme_id)}")
    return 0


def early_options(argv: Sequence[str]) -> tuple[argparse.Namespace, AppearanceValues]:
    """The options answered before Qt starts (--help needs no display). Qt's own options
    (-platform…) are still in ``argv`` here, so only the strict parse after may reject them.

    A usage error found here is said again in the desktop's language: translations need an
    application, which cannot be made before that parse without taking the window's place."""

    def parse() -> tuple[argparse.Namespace, AppearanceValues]:
        parser = argument_parser()
        known, _qt_options = parser.parse_known_args(list(argv))
        return known, appearance_overrides(parser, known)

    try:
        with contextlib.redirect_stderr(io.StringIO()):
            return parse()
    except SystemExit as stop:
        if not stop.code:
            raise  # --help: already in the desktop's language (reader.__main__)
    translate_terminal()
    return parse()  # the same error, translated: exits
