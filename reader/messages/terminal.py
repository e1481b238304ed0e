"""The terminal commands' help. (See ``reader.messages``.)"""

from __future__ import annotations

from .translate import tr


def outline_command_description() -> str:
    return tr("Print a document's outline: its questions or sections.")


def outline_command_file_help() -> str:
    return tr("a document: text, Markdown, web page, Word, OpenDocument, RTF, EPUB, PDF or "
              "transcript")


def text_command_description() -> str:
    return tr(
        "Print a document's text as the reader shows it: one paragraph after another, a "
        "blank line between them."
    )


def outline_command_json_help() -> str:
    return tr("print one JSON object instead of text")


# --- argparse's own words (reader.translated_argparse) -------------------------------------


def usage_prefix() -> str:
    return tr("usage: ")


def positional_arguments_title() -> str:
    return tr("positional arguments")


def options_title() -> str:
    return tr("options")


def help_option() -> str:
    return tr("show this help message and exit")


def usage_error(prog: str, message: str) -> str:
    return tr("{prog}: error: {message}").format(prog=prog, message=message)


# --- The desktop install, for ``reader --help`` -----------------------------------------------


def usage_install_desktop() -> str:
    return tr("add the reader to the applications menu and to “Open with”, then exit")


def usage_uninstall_desktop() -> str:
    return tr("take the reader out of the applications menu and “Open with”, then exit")


# --- Every command, for ``reader --help`` ----------------------------------------------------


def usage_commands_title() -> str:
    return tr("commands")


def usage_commands() -> list[tuple[str, str]]:
    """(what to type, what it does): every way to start the reader, one line each."""
    return [
        ("reader [FILE]", tr("open FILE in the window (the options above)")),
        ("reader outline FILE [--json]", tr("print the document's questions or sections")),
        ("reader text FILE", tr("print the document's text")),
        ("reader speak FILE …", tr("read the document aloud, or into a WAV file")),
        ("reader export-audio FILE …", tr("write audio files to take away, one per question")),
        ("reader --install-desktop", usage_install_desktop()),
        ("reader --uninstall-desktop", usage_uninstall_desktop()),
        ("reader COMMAND --help", tr("the options of one command")),
    ]
