"""Audio export, in ``reader export-audio`` and the window's Export audio. (See
``reader.messages``.)"""

from __future__ import annotations

from .translate import tr


def export_opening() -> str:
    """The first file of an interview: its front matter and introduction."""
    return tr("Opening")


def export_question(number: int) -> str:
    """The part of a question's file name and title before its text."""
    return tr("Question {number}").format(number=number)


def export_complete() -> str:
    """The whole-document file's name, before the document's title."""
    return tr("Complete")


def export_contents() -> str:
    """The title of the chapter list inside an MP3 or WAV file."""
    return tr("Contents")


def export_fault(kind_value: str, detail: str) -> str:
    """Why an export stopped (``ExportFault.value``), in words the user can act on."""
    return {
        "no_folder": tr("The folder “{detail}” does not exist. Choose or create a folder "
                        "for the audio files."),
        "not_a_folder": tr("“{detail}” is a file, not a folder. Choose a folder for the "
                           "audio files."),
        "unwritable": tr("The folder “{detail}” cannot be written to. Choose another folder "
                         "or change its permissions."),
        "disk_full": tr("The disk is full: “{detail}” could not be finished. Free some space "
                        "and export again; the files already finished are kept."),
        "cannot_write": tr("An audio file could not be written: {detail}. The files already "
                           "finished are kept."),
        "nothing_to_read": tr("This document has nothing to read aloud, so there is no audio "
                              "to export."),
        "engine_failed": tr("Speech failed, so the export stopped: {detail}. The files "
                            "already finished are kept."),
    }[kind_value].format(detail=detail)


def export_engine_failed(section: str, text: str, error: str) -> str:
    return tr("in “{section}”, on “{text}” ({error})").format(
        section=section, text=text, error=error)


def export_description() -> str:
    return tr("Export a document as audio files: one per section (the opening, then each "
              "question with its answer), one whole file with chapters, a playlist and "
              "captions.")


def export_file() -> str:
    return tr("the document to export")


def export_out() -> str:
    return tr("the folder to write into (default: a new folder named after the document, "
              "in the current folder)")


def export_format() -> str:
    return tr("opus (small, the default), mp3 (for older players) or wav (for editing)")


def export_sections() -> str:
    return tr("which sections: all (the default), one number (3) or a range (3-5), as "
              "numbered in the file names")


def export_bad_sections(spec: str, total: int) -> str:
    return tr("--sections {spec}: the document has sections 1 to {total}; give all, a number "
              "or a range such as 2-4").format(spec=spec, total=total)


def export_progress(percent: int, number: int, total: int, label: str, left: str) -> str:
    return tr("{percent}% · section {number} of {total}: {label} · {left}").format(
        percent=percent, number=number, total=total, label=label, left=left)


def export_time_left(seconds: int) -> str:
    if seconds >= 60:
        return tr("about {minutes} min left").format(minutes=round(seconds / 60))
    return tr("about {seconds} s left").format(seconds=max(seconds, 1))


def export_time_unknown() -> str:
    return tr("estimating time left")


def export_done(files: int, folder: str, minutes: float) -> str:
    return tr("Wrote {files} files to {folder} ({minutes} min of speech).").format(
        files=files, folder=folder, minutes=minutes)


def export_cancelled(files: int) -> str:
    return tr("Export cancelled; %n finished file(s) kept.", None, files)
