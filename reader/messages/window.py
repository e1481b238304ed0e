"""The main window: menus, actions, messages, dialogs. (See ``reader.messages``.)"""

from __future__ import annotations

from .documents import document_kind, question_position
from .translate import tr

# --- Main window -----------------------------------------------------------------------------


def app_display_name() -> str:
    return tr("Accessible Reader")


def window_title(document_title: str, format_value: str = "") -> str:
    """Ends with the display name, so Qt does not append it a second time on X11/Wayland;
    names the format unless it is text (``titled_with_format``)."""
    if not document_title:
        return app_display_name()
    from .reading_and_export import titled_with_format

    return tr("{title} — {app}").format(
        title=titled_with_format(document_title, format_value), app=app_display_name())


def menu_file() -> str:
    return tr("&File")


def menu_navigate() -> str:
    return tr("&Navigate")


def menu_view() -> str:
    return tr("&View")


def menu_help() -> str:
    return tr("&Help")


def menu_recent() -> str:
    return tr("Open &Recent")


def action_open() -> str:
    return tr("&Open…")


def action_quit() -> str:
    return tr("&Quit")


def action_outline() -> str:
    return tr("Go to the &outline")


def action_text() -> str:
    return tr("Go to the te&xt")


def action_next_question() -> str:
    return tr("&Next question")


def action_previous_question() -> str:
    return tr("&Previous question")


def action_next_section() -> str:
    return tr("Next &section")


def action_previous_section() -> str:
    return tr("Pre&vious section")


def action_document_start() -> str:
    return tr("Go to s&tart of document")


def action_document_end() -> str:
    return tr("Go to &end of document")


def action_open_link() -> str:
    return tr("Open &link at the caret")


def action_show_outline() -> str:
    return tr("Show the &outline panel")


def action_show_status() -> str:
    return tr("Show the &status line")


def action_wider_outline() -> str:
    return tr("&Wider outline")


def action_narrower_outline() -> str:
    return tr("Narrower ou&tline")


def outline_width_now(percent: int) -> str:
    """Said after Wider/Narrower outline: how much of the window the outline now takes."""
    return tr("Outline: {percent} % of the window's width").format(percent=percent)


def outline_width_limit(wider: bool) -> str:
    if wider:
        return tr("The outline is as wide as it can be: the text needs the rest")
    return tr("The outline is as narrow as it can be")


def action_shortcuts() -> str:
    return tr("&Keyboard shortcuts")


def action_about() -> str:
    return tr("&About Accessible Reader")


def keys_in_text(keys: str) -> str:
    """A shortcut that works only while the text has focus, as the shortcut list shows it."""
    return tr("{keys} (in the text)").format(keys=keys)


def keys_in_outline(keys: str) -> str:
    return tr("{keys} (in the outline)").format(keys=keys)


def keys_in_message(keys: str) -> str:
    return tr("{keys} (in a message)").format(keys=keys)


def hint_read_section() -> str:
    return tr("Read the selected section")


def hint_close_message() -> str:
    return tr("Close the message")


def recent_entry(number: int, name: str, folder: str) -> str:
    """A recent file's menu entry; ``number`` 1-10 becomes its mnemonic (10 is "0")."""
    name = name.replace("&", "&&")
    folder = folder.replace("&", "&&")
    return tr("&{number} {name}   ({folder})").format(number=number % 10, name=name, folder=folder)


def recent_empty() -> str:
    return tr("No recent files")


def recent_clear() -> str:
    return tr("&Clear the list")


def recent_missing(path: str) -> str:
    return tr(
        "“{path}” is no longer there (moved or deleted); it was removed from the recent files."
    ).format(path=path)


def open_dialog_title() -> str:
    return tr("Open a document")


def open_dialog_filters() -> str:
    """Every format the reader opens, "All documents" first (``document_filters``)."""
    from .documents import document_filters

    return document_filters()


def open_failed_unexpectedly(path: str, detail: str) -> str:
    return tr("“{path}” could not be opened because of an internal error ({detail}). The "
              "document you had open is still open.").format(path=path, detail=detail)


def no_document() -> str:
    return tr("No document is open. Open one with File > Open (Ctrl+O), or drop a file here.")


# Accessible names and descriptions of the window's parts.
def outline_name() -> str:
    return tr("Outline")


def outline_description() -> str:
    return tr("The document's sections. Press Enter to read the selected one.")


def outline_empty() -> str:
    return tr("(This document has no sections)")


def text_view_name() -> str:
    return tr("Document text")


def status_name() -> str:
    return tr("Position in the document")


def message_kind_error() -> str:
    return tr("Error")


def message_kind_note() -> str:
    return tr("Note")


def message_spoken(kind: str, text: str) -> str:
    """What a screen reader says for the message banner: "Error: The file … does not exist."
    (``kind`` is ``message_kind_error`` or ``message_kind_note``)."""
    return tr("{kind}: {text}").format(kind=kind, text=text)


def message_close() -> str:
    return tr("&Close message")


def message_close_name() -> str:
    return tr("Close message")


def shortcuts_table_name() -> str:
    return tr("Keyboard shortcuts")


def shortcuts_column_action() -> str:
    return tr("Action")


def shortcuts_column_keys() -> str:
    return tr("Keys")


def question_accessible(number: int, total: int, text: str) -> str:
    return tr("{position}: {text}").format(position=question_position(number, total), text=text)


# Status line and navigation.
def status_line(where: str, kind_value: str) -> str:
    return tr("{where} · {kind}").format(where=where, kind=document_kind(kind_value))


def no_next_question() -> str:
    return tr("No next question: this is the last one.")


def no_previous_question() -> str:
    return tr("No previous question: this is the first one.")


def no_questions() -> str:
    return tr("This document has no questions.")


def no_next_section() -> str:
    return tr("No next section: this is the last one.")


def no_previous_section() -> str:
    return tr("No previous section: this is the first one.")


def going_to_end() -> str:
    """Ctrl+End in a long document whose end is still being laid out: said at once, the
    caret follows in a moment."""
    return tr("Going to the end…")


def going_there() -> str:
    """A jump (a question, a section, a match) into a part of a long document still being
    laid out."""
    return tr("Going there…")


# Links.
def no_link_at_caret() -> str:
    return tr("There is no link at the caret.")


def link_refused(target: str) -> str:
    return tr("The link “{target}” was not opened: only web addresses (http or https) can be "
              "opened.").format(target=target or tr("(empty)"))


def link_failed(target: str) -> str:
    return tr("The link “{target}” could not be opened: no web browser answered.").format(
        target=target
    )


def link_opening(target: str) -> str:
    return tr("Opening {target} in your web browser…").format(target=target)


def link_tooltip(target: str) -> str:
    return tr("Link to {target} (Ctrl+Enter opens it)").format(target=target)


def image_tooltip(target: str) -> str:
    return tr("Image (not loaded): {target}").format(target=target)


# Help.
def shortcuts_title() -> str:
    return tr("Keyboard shortcuts")


def about_title() -> str:
    return tr("About Accessible Reader")


def about_text(version: str) -> str:
    return tr(
        "Accessible Reader {version}\n\nA document reader for everyone: an outline of an "
        "interview's questions and answers, typography you control, and offline speech.\n\n"
        "Licence: GPL 3.0 or later."
    ).format(version=version)


# Errors that escape everything else.
def internal_error_title() -> str:
    return tr("Something went wrong")


def internal_error(detail: str) -> str:
    return tr(
        "Accessible Reader met an internal error and could not finish what you asked: {detail}\n\n"
        "Your document is still open. Details were written to the terminal (standard error)."
    ).format(detail=detail)


def usage_description() -> str:
    return tr("Open a text or Markdown document in Accessible Reader.")


def usage_file() -> str:
    return tr("the document to open (default: the embedded interview)")
