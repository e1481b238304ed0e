"""Correcting the outline by hand, in the window: the Navigate menu, the context menus of the
text and of the outline, their keys (reader.ui.actions), undo, redo and "Restore the automatic
structure".

The corrections are reader.document.corrections': each command adds one to the document's
history, and the document *as parsed* is shown with the history's current corrections applied
(never a corrected document corrected again). ``ReaderContext.show_structure`` puts the result
everywhere at once: the outline, N and Ctrl+G, the status line, reading aloud, the presenter,
where am I; the caret, focus and the document's identity stay. Each change is saved
(reader.document.correction_store) and said (``context.say``: the screen reader, else the app's
voice). A document being opened gets its saved corrections before it is first shown, and the
reader is told about those that no longer apply.

A key or the Navigate menu acts on the outline's selected row when the outline was the last of
the two panes to have focus, else on the paragraph at the caret; a context menu acts on what it
was opened on.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMenu

from reader import messages
from reader.document.correction_store import CorrectionStore, StoreProblem, content_key
from reader.document.corrections import (
    Correction,
    CorrectionHistory,
    CorrectionKind,
    apply_corrections,
    correction_at,
    speaker_of,
)
from reader.document.model import Document
from reader.ui.context import ActionId, ReaderContext

if TYPE_CHECKING:
    from reader.ui.shell.main_window import MainWindow

COMMANDS: dict[ActionId, CorrectionKind] = {
    ActionId.MARK_QUESTION: CorrectionKind.QUESTION,
    ActionId.NOT_QUESTION: CorrectionKind.NOT_QUESTION,
    ActionId.MARK_TITLE: CorrectionKind.TITLE,
    ActionId.START_SECTION: CorrectionKind.SECTION,
    ActionId.SPEAKER_ASKS: CorrectionKind.SPEAKER_ASKS,
}
_STEPS = (ActionId.UNDO_CORRECTION, ActionId.REDO_CORRECTION, ActionId.RESTORE_STRUCTURE)


class OutlineCorrections(QObject):
    def __init__(self, window: MainWindow, context: ReaderContext,
                 store: CorrectionStore | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._store = store if store is not None else CorrectionStore()
        # The document shown, as parsed: one shown before this was made had no corrections.
        self._parsed: Document | None = context.document
        self._history = CorrectionHistory()
        self._notices: list[str] = []  # about the saved corrections, told once it shows
        self._from_outline = window.outline.hasFocus()  # it, not the text, had focus last
        actions = context.actions
        for action_id, kind in COMMANDS.items():
            actions[action_id].triggered.connect(
                lambda _checked=False, kind=kind: self.correct(kind))
        actions[ActionId.UNDO_CORRECTION].triggered.connect(self.undo)
        actions[ActionId.REDO_CORRECTION].triggered.connect(self.redo)
        actions[ActionId.RESTORE_STRUCTURE].triggered.connect(self.restore_automatic)
        for menu in actions[ActionId.SPEAKER_ASKS].associatedObjects():
            if isinstance(menu, QMenu):  # the menu names the speaker it would use
                menu.aboutToShow.connect(self._name_speaker)
        context.set_outline_corrections(self._opened)
        context.document_changed.connect(self._tell_notices)
        context.structure_changed.connect(window.follow_structure)  # first: show_place uses it
        context.structure_changed.connect(self._show)
        window.text.menu_opening.connect(self._fill_text_menu)
        window.outline.menu_opening.connect(self._fill_outline_menu)
        window.text.installEventFilter(self)
        window.outline.installEventFilter(self)

    @property
    def history(self) -> CorrectionHistory:
        return self._history

    # --- Commands ---------------------------------------------------------------------------

    def correct(self, kind: CorrectionKind, block: int | None = None, *,
                in_outline: bool | None = None) -> None:
        """Correct the outline at ``block`` (an index into the document's blocks), by default
        the outline's selected row or the paragraph at the caret (see the module's note)."""
        document = self._context.document
        if document is None or self._parsed is None:
            self._context.say(messages.where_no_document())
            return
        in_outline = self._from_outline if in_outline is None else in_outline
        target = self._target(document, in_outline) if block is None else block
        if not 0 <= target < len(document.blocks):
            return
        correction = correction_at(document, kind, target)
        if kind is CorrectionKind.SPEAKER_ASKS and not correction.anchor:
            self._context.say(messages.no_speaker_here())
            return
        history = self._history.add(correction)
        corrected = self._corrected(history.current)
        if _same_outline(corrected, document):
            self._context.say(messages.outline_unchanged())
            return
        self._change(history, corrected, _told(correction, target, corrected))
        if in_outline:  # the row the user acted on, as the outline now has it
            self._window.outline.follow(corrected.section_index_at(corrected.blocks[target].start))

    def undo(self) -> None:
        if not self._history.can_undo:
            self._context.say(messages.nothing_to_undo())
            return
        history = self._history.undo()
        self._change(history, self._corrected(history.current), messages.correction_undone())

    def redo(self) -> None:
        if not self._history.can_redo:
            self._context.say(messages.nothing_to_redo())
            return
        history = self._history.redo()
        self._change(history, self._corrected(history.current), messages.correction_redone())

    def restore_automatic(self) -> None:
        if not self._history.current or self._parsed is None:
            self._context.say(messages.no_corrections())
            return
        history = self._history.restore_automatic()
        self._change(history, self._corrected(()), messages.automatic_structure_restored())

    def _target(self, document: Document, in_outline: bool) -> int:
        if in_outline:
            index = self._window.outline.current_section()
            return document.sections[index].first_block if 0 <= index < len(
                document.sections) else -1
        return document.block_index_at(self._window.text.caret_offset())

    def _corrected(self, corrections: tuple[Correction, ...]) -> Document:
        assert self._parsed is not None
        corrected = apply_corrections(self._parsed, corrections).document
        shown = self._context.document
        if shown is not None and shown.language and not corrected.language:
            corrected = replace(corrected, language=shown.language)  # learned since it opened
        return corrected

    def _change(self, history: CorrectionHistory, corrected: Document, told: str) -> None:
        self._history = history
        self._context.show_structure(corrected)
        problem = self._save()
        self._context.say(told if problem is None else f"{told}. {messages.corrections_unsaved()}")

    def _save(self) -> StoreProblem | None:
        if self._parsed is None:
            return None
        problem = self._store.save(self._parsed, self._history.current)
        if problem is not None:
            self._window.banner.show_messages([messages.corrections_unsaved()], error=True)
        return problem

    # --- Showing ----------------------------------------------------------------------------

    def _show(self, document: Document) -> None:
        """What the window shows of the outline, after a correction (the window itself keeps
        N's positions): the text laid out again (questions are set apart), the outline, the
        title, the status line."""
        window = self._window
        rendered = window.fonts.render_in_worker()(document)
        window.text.replace_rendering(rendered)
        window.show_layout_and_outline(document, rendered)
        if self._context.reading_position() is None:  # else reading shows its own place
            window.show_place(window.text.caret_offset())

    # --- Opening ----------------------------------------------------------------------------

    def _opened(self, document: Document) -> Document:
        """``document``, about to be shown, with its saved corrections."""
        self._parsed = document
        stored = self._store.load(document)
        result = apply_corrections(document, stored.corrections)
        kept = tuple(c for c in stored.corrections if c not in result.dropped)
        self._history = CorrectionHistory.starting_with(kept)
        self._notices = []
        if stored.problem is StoreProblem.CORRUPT:
            self._notices.append(messages.corrections_unreadable(stored.file))
        if result.dropped:
            self._notices.append(messages.corrections_dropped(len(result.dropped)))
        if stored.corrections and (result.dropped or Path(stored.file).stem != content_key(
                document)):
            self._save()  # kept for the document as it is now, without the dropped ones
        return result.document

    def _tell_notices(self, _document: Document) -> None:
        notices, self._notices = self._notices, []
        if notices:
            shown = self._window.banner.text()  # the document's own notes stay
            self._window.banner.show_messages([t for t in (shown, *notices) if t], error=False)
            self._context.say(" ".join(notices))

    # --- Menus ------------------------------------------------------------------------------

    def _fill_text_menu(self, menu: QMenu, offset: int) -> None:
        document = self._context.document
        if document is not None and document.blocks:
            self._fill(menu, document, document.block_index_at(offset), in_outline=False)

    def _fill_outline_menu(self, menu: QMenu, section_index: int) -> None:
        document = self._context.document
        if document is not None and 0 <= section_index < len(document.sections):
            block = document.sections[section_index].first_block
            self._fill(menu, document, block, in_outline=True)

    def _fill(self, menu: QMenu, document: Document, block: int, *, in_outline: bool) -> None:
        """The commands about ``block`` (the table's keys shown beside them), then undo, redo
        and restore."""
        actions = self._context.actions
        if not menu.isEmpty():
            menu.addSeparator()
        speaker = speaker_of(document.blocks[block].text)
        for action_id, kind in COMMANDS.items():
            if kind is CorrectionKind.SPEAKER_ASKS and not speaker:
                continue
            text = (messages.action_speaker_asks(speaker) if kind is CorrectionKind.SPEAKER_ASKS
                    else actions[action_id].text())
            item = menu.addAction(text)
            item.setObjectName(f"context_{action_id}")
            item.setShortcuts(actions[action_id].shortcuts())
            item.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the menu's only
            item.triggered.connect(lambda _checked=False, kind=kind: self.correct(
                kind, block, in_outline=in_outline))
        menu.addSeparator()
        menu.addActions([actions[action_id] for action_id in _STEPS])

    def _name_speaker(self) -> None:
        document = self._context.document
        speaker = ""
        if document is not None and document.blocks:
            target = self._target(document, self._from_outline)
            if 0 <= target < len(document.blocks):
                speaker = speaker_of(document.blocks[target].text)
        self._context.action(ActionId.SPEAKER_ASKS).setText(messages.action_speaker_asks(speaker))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._from_outline = watched is self._window.outline
        return False


def _same_outline(first: Document, second: Document) -> bool:
    return (first.title, first.sections, first.blocks) == (
        second.title, second.sections, second.blocks)


def _told(correction: Correction, block: int, document: Document) -> str:
    """What a screen reader is told after ``correction`` of ``block`` gave ``document``."""
    kind, questions = correction.kind, document.questions
    if kind is CorrectionKind.QUESTION:
        number = next((q.number for q in questions if q.first_block == block), 0)
        return messages.question_added(number, len(questions))
    if kind is CorrectionKind.NOT_QUESTION:
        return messages.question_removed(len(questions))
    if kind is CorrectionKind.TITLE:
        return messages.title_set(document.title)
    if kind is CorrectionKind.SECTION:
        section = document.sections[document.section_index_at(document.blocks[block].start)]
        return messages.section_started(messages.section_label(section))
    return messages.speaker_asks(correction.anchor, len(questions))
