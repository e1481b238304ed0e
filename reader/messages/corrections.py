"""Correcting the outline by hand: the commands' names, what a screen reader is told after each,
and the notices about saved corrections. (See ``reader.messages``.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .translate import tr

if TYPE_CHECKING:
    from ..document.corrections import CorrectionKind


def correction_command(kind: CorrectionKind, speaker: str = "") -> str:
    """The menu and context-menu name of a correction."""
    # Imported here: the corrections load the structure rules, not needed before a correction.
    from ..document.corrections import CorrectionKind

    if kind is CorrectionKind.QUESTION:
        return tr("This is a question")
    if kind is CorrectionKind.NOT_QUESTION:
        return tr("Not a question")
    if kind is CorrectionKind.TITLE:
        return tr("This is the title")
    if kind is CorrectionKind.SECTION:
        return tr("Start a section here")
    return tr("Every turn by {speaker} is a question").format(speaker=speaker)


def restore_automatic_structure() -> str:
    return tr("Restore the automatic structure")


def question_added(number: int, total: int) -> str:
    return tr("Question {number} of {total} added").format(number=number, total=total)


def question_removed(total: int) -> str:
    return tr("Question removed; %n questions now", None, total)


def title_set(title: str) -> str:
    return tr("Title set: {title}").format(title=title)


def section_started(label: str) -> str:
    return tr("Section started: {label}").format(label=label)


def speaker_asks(speaker: str, total: int) -> str:
    return tr("Every turn by {speaker} is a question; %n questions now", None, total).format(
        speaker=speaker
    )


def correction_undone() -> str:
    return tr("Correction undone")


def correction_redone() -> str:
    return tr("Correction redone")


def automatic_structure_restored() -> str:
    return tr("Automatic structure restored")


def corrections_dropped(count: int) -> str:
    return tr(
        "The document has changed: %n of your outline corrections no longer apply and were "
        "dropped.", None, count
    )


def corrections_unreadable(file: str) -> str:
    return tr(
        "Your saved outline corrections could not be read and were ignored ({file})."
    ).format(file=file)


def corrections_unsaved() -> str:
    return tr(
        "Your outline corrections could not be saved: check that your data folder is writable."
    )


# --- In the window: the Navigate menu's entries and what the commands say --------------------
# (Their mnemonics avoid the other entries of the Navigate menu.)


def action_mark_question() -> str:
    return tr("This is a &question")


def action_not_question() -> str:
    return tr("Not &a question")


def action_mark_title() -> str:
    return tr("T&his is the title")


def action_start_section() -> str:
    return tr("Sta&rt a section here")


def action_speaker_asks(speaker: str = "") -> str:
    """The menu entry; it names the speaker of the paragraph it would act on, when known."""
    if not speaker:
        return tr("Ever&y turn by this speaker is a question")
    return tr("Ever&y turn by {speaker} is a question").format(speaker=speaker.replace("&", "&&"))


def action_undo_correction() -> str:
    return tr("Undo the last &correction")


def action_redo_correction() -> str:
    return tr("Redo the correction &just undone")


def action_restore_structure() -> str:
    return tr("Restore the auto&matic structure")


def outline_unchanged() -> str:
    return tr("The outline is unchanged")


def no_speaker_here() -> str:
    return tr("This paragraph does not begin with a speaker's name")


def nothing_to_undo() -> str:
    return tr("No correction to undo")


def nothing_to_redo() -> str:
    return tr("No correction to redo")


def no_corrections() -> str:
    return tr("The outline has no corrections: it is the automatic structure")
