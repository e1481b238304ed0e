"""The window's side of formats and audio export: File > Open, the format named with the
file, the reading choices of web pages and books, the Export audio dialog and its progress.
(See ``reader.messages``.)"""

from __future__ import annotations

from .documents import format_name
from .translate import tr

_PLAIN_FORMATS = frozenset({"text", "markdown"})


def titled_with_format(title: str, format_value: str) -> str:
    """The document's title and, unless it is plain text or Markdown, its format:
    "Annual report (Word document)"."""
    if not title or format_value in _PLAIN_FORMATS:
        return title
    return tr("{title} ({format})").format(title=title, format=format_name(format_value))


# --- Reading choices (View menu) -----------------------------------------------------------


def action_whole_page() -> str:
    return tr("Show the w&hole page")


def action_read_notes() -> str:
    return tr("Read notes an&d page numbers")


def whole_page_on() -> str:
    return tr("Showing the whole page, with the site's menus and side columns.")


def whole_page_off() -> str:
    return tr("Showing the article only.")


def whole_page_not_a_web_page() -> str:
    return tr("Only a web page has a whole page to show: this document is shown whole.")


def notes_on() -> str:
    return tr("Notes and page numbers are read in books and web pages.")


def notes_off() -> str:
    return tr("Notes and page numbers are left out of books and web pages.")


# --- Export audio ----------------------------------------------------------------------------


def action_export_audio() -> str:
    return tr("&Export audio…")


def export_dialog_title() -> str:
    return tr("Export audio")


def export_dialog_intro(title: str) -> str:
    return tr("“{title}” read aloud into audio files: one per section, one whole file with "
              "chapters, captions and a playlist.").format(title=title)


def export_folder_label() -> str:
    return tr("&Folder:")


def export_folder_choose() -> str:
    return tr("C&hoose…")


def export_folder_choose_name() -> str:
    return tr("Choose the folder for the audio files")


def export_folder_dialog_title() -> str:
    return tr("Folder for the audio files")


def export_format_label() -> str:
    return tr("F&ormat:")


def export_format_choice(extension: str) -> str:
    return {
        "opus": tr("Opus: small, for phones and podcast apps"),
        "mp3": tr("MP3: for older players and car radios"),
        "wav": tr("WAV: uncompressed, for editing"),
    }.get(extension, extension)


def export_sections_group() -> str:
    return tr("Sections")


def export_all_sections(count: int) -> str:
    return tr("&All sections ({count})").format(count=count)


def export_some_sections() -> str:
    return tr("&Only these sections:")


def export_from_label() -> str:
    return tr("Fro&m:")


def export_to_label() -> str:
    return tr("&To:")


def export_part_choice(number: int, title: str) -> str:
    return tr("{number}. {title}").format(number=number, title=title)


def export_start() -> str:
    return tr("&Export")


def export_no_engine(reason: str) -> str:
    return tr("Audio export needs speech: {reason}").format(reason=reason)


def export_busy() -> str:
    return tr("An audio export is already running: its progress window shows how far it is.")


def export_progress_title(title: str) -> str:
    return tr("Exporting “{title}”").format(title=title)


def export_progress_name() -> str:
    return tr("Export progress")


def export_progress_starting() -> str:
    return tr("Starting…")


def export_making(number: int, total: int, title: str) -> str:
    return tr("Making section {number} of {total}: {title}").format(
        number=number, total=total, title=title)


def export_announced(percent: int, number: int, total: int, label: str) -> str:
    """What a screen reader hears now and then while exporting."""
    return tr("Export {percent}%: section {number} of {total}, {label}.").format(
        percent=percent, number=number, total=total, label=label)


def export_cancel() -> str:
    return tr("&Cancel export")


def export_cancelling() -> str:
    return tr("Cancelling: the section being made is thrown away…")


def export_finished(files: int, folder: str, minutes: float) -> str:
    return tr("Audio export finished: {files} files in “{folder}” ({minutes} min of "
              "speech).").format(files=files, folder=folder, minutes=minutes)


def export_stopped(message: str, finished: int) -> str:
    return tr("{message} Sections finished: {finished}.").format(message=message,
                                                                 finished=finished)


def export_cancelled_in_window(finished: int, folder: str) -> str:
    return tr("Audio export cancelled; the {finished} sections finished are kept in "
              "“{folder}”.").format(finished=finished, folder=folder)
