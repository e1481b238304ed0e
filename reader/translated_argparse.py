"""An ``argparse.ArgumentParser`` whose help speaks the interface language.

argparse takes its own words ("usage:", "options", "show this help message and exit") from
gettext, for which Python ships no translations; they come from ``reader.messages`` instead.
argparse's rarer errors ("the following arguments are required") stay in English.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

from . import messages


class TranslatedHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, messages.usage_prefix() if prefix is None
                          else prefix)


class TranslatedArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False  # added below, with a translated help
        super().__init__(*args, **kwargs)
        # The group titles are set when the parser is built, in the language of that moment.
        self._positionals.title = messages.positional_arguments_title()
        self._optionals.title = messages.options_title()
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=messages.help_option())

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, messages.usage_error(self.prog, message) + "\n")
