"""Making a screen reader say what the app did by itself (N, Ctrl+PgDown, "no next question").

Orca 43 says nothing when the app moves the caret (it presents caret moves only after its own
navigation keys: arrows, Page Down…), ignores Qt's announcement events and the status bar
(docs/architecture.md#accessibility). It does present a change of the focused object's accessible
*description* (orca/scripts/default.py, ``onDescriptionChanged``: the new description is spoken with
``presentMessage`` when the object is Orca's locus of focus), and it says nothing when the new
description is empty (``if event.any_data``).

So a notice is the focused widget's description for an instant: set to the text, then at once
back to empty. Qt sends each change over AT-SPI synchronously with the value of the moment, so
Orca speaks the first and ignores the second whatever its timing, and no stale description
is left for Orca to read again when focus comes back. The accessible *name* would work too
(the presenter uses it for slides, whose name is their content), but restoring a text view's
name would make Orca say "Document text" after every notice.

A widget used this way must have no standing description of its own: restoring a non-empty
one would be spoken too (the notes below are dropped first).

The notes about a document just opened ("2 paragraphs … were joined", a script no font can
show) are such a notice when the text has the focus in the active window (Open Recent, a
drop). Otherwise (at start-up, after File > Open's dialog) they stand as the text view's
description until the reader has heard them: Orca reads a focused text's description after
its current line, so they are heard when Orca presents the window and its text, whenever
that is (Orca started before the app, or after it, when a notice would have gone to
nobody). They go at the first key pressed in the text or when the focus leaves it for
another control, so they are not said again at every return to the text (docs/messages.md).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QWidget

from reader import messages
from reader.document.model import Document, SectionKind
from reader.ui.shell.application import running_application

# Sections whose outline label ("Introduction") is not their text: the notice adds their
# first sentence, which Orca would otherwise have said (its own line echo gets interrupted).
_LABELLED_KINDS = frozenset({SectionKind.FRONT_MATTER, SectionKind.INTRODUCTION,
                             SectionKind.BACK_MATTER})
# A widget's dynamic property: its description is notes standing (``NotesUntilHeard``), which a
# notice must not restore after it (Orca would say them again).
_NOTES_STANDING = "notes_standing"
# What was told in this turn of the event loop: Orca cuts a message short with the next one,
# so notes told after it ("Reopened where you left off…", then an open's notes) say it again.
_TOLD_THIS_TURN: list[str] = []
# Losing the focus to these is not leaving the text: the window deactivated while it starts
# (before Orca has presented it), or a menu opened over it.
_STAYING = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
# How often to ask whether a screen reader listens (a static call: nothing to measure)
_POLL_MS = 500


def screen_reader_listening() -> bool:
    """Whether an assistive technology is connected (Qt turns its accessibility on for one)."""
    from PySide6.QtGui import QAccessible  # its Python enums take a moment: not at start-up

    return QAccessible.isActive()


class ScreenReaderWatch(QObject):
    """Calls ``changed`` when a screen reader may have started or stopped listening: when a
    window gets the focus, and twice a second, for a screen reader started while the window
    already has the focus (Qt tells Python nothing when its bridge to one opens, and Orca reads
    the focused line as it starts). Not before ``release``: asking before the first paint
    would cost Qt's accessibility enums and PySide's QWindow class (2.5 ms)."""

    def __init__(self, parent: QObject, changed: Callable[[], object]) -> None:
        super().__init__(parent)
        self._changed = changed
        self._poll = QTimer(self, interval=_POLL_MS)
        self._poll.timeout.connect(self._ask)
        self._held = True
        self.release()

    def _ask(self, *_window: object) -> None:
        # In a turn of its own, and only if this watch still exists then: Qt says the focus
        # window changed while a window is being destroyed, its widgets already gone.
        QTimer.singleShot(0, self, self._asked)

    def _asked(self) -> None:
        if not self._held:  # (held meanwhile: asked again on release)
            self._changed()

    def hold(self) -> None:
        if not self._held:
            self._held = True
            self._poll.stop()
            running_application().focusWindowChanged.disconnect(self._ask)

    def release(self) -> None:
        if self._held:
            self._held = False
            running_application().focusWindowChanged.connect(self._ask)
            self._poll.start()


def tell_screen_reader(widget: QWidget, text: str) -> bool:
    """Have a screen reader speak ``text``, if ``widget`` has the keyboard focus. Returns
    whether one heard it (then the app's own voice need not say it too)."""
    if not text or not widget.hasFocus():
        return False  # Orca presents description changes of its locus of focus only
    standing = "" if widget.property(_NOTES_STANDING) else widget.accessibleDescription()
    widget.setProperty(_NOTES_STANDING, False)
    widget.setAccessibleDescription(text)
    widget.setAccessibleDescription(standing)
    if not _TOLD_THIS_TURN:
        QTimer.singleShot(0, _TOLD_THIS_TURN.clear)
    _TOLD_THIS_TURN.append(text)
    return screen_reader_listening()


class NoticeOnFocus(QObject):
    """Tells the screen reader through ``widget`` now, or, if it has not the focus yet, once it
    gets it back: arriving from a dialog (Go to question, Bookmarks), the window is active
    again only after the dialog has closed, and Orca hears nothing said before that."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._pending = ""
        widget.installEventFilter(self)

    def tell(self, text: str) -> None:
        # Only the latest arrival is kept: an older one is no longer where the caret is.
        self._pending = "" if self._widget.hasFocus() else text
        tell_screen_reader(self._widget, text)  # nothing without the focus

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and self._pending:
            # After the event: Qt tells the screen reader about the focus only once the
            # widget has received it, and Orca speaks a description only of its focus.
            QTimer.singleShot(0, self._tell_pending)
        return False

    def _tell_pending(self) -> None:
        pending, self._pending = self._pending, ""
        tell_screen_reader(self._widget, pending)


class NotesUntilHeard(QObject):
    """The notes shown about the document just opened, told to the screen reader through
    ``widget`` (the text view), once (see the module's docstring). Only the latest open's
    notes are told."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget

    def tell(self, notes: str) -> None:
        """Have ``notes`` heard ("" drops those not heard yet). With the focus in the text of
        the active window, Orca's focus already is, or is about to be, the text: a notice
        (said at once; Orca reads the description when it presents the focus, and finds it
        empty again). Otherwise they stand until Orca presents the text: a notice would go to
        nobody, and a description set now, and still there when Orca presents the text, is
        said then only (Orca is told of the change while its focus is elsewhere)."""
        self.drop()
        if notes and self._widget.hasFocus() and self._widget.isActiveWindow():
            tell_screen_reader(self._widget, "\n".join([*_TOLD_THIS_TURN, notes]))
        elif notes:
            self._widget.setProperty(_NOTES_STANDING, True)
            self._widget.setAccessibleDescription(notes)
            # Watched only while they stand: the text view's every event would call Python.
            self._widget.installEventFilter(self)

    def drop(self, *_closed: object) -> None:
        self._widget.removeEventFilter(self)
        if self._widget.property(_NOTES_STANDING):
            self._widget.setProperty(_NOTES_STANDING, False)
            self._widget.setAccessibleDescription("")  # Orca says nothing of an empty one

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or (
                kind == QEvent.Type.FocusOut and isinstance(event, QFocusEvent)
                and event.reason() not in _STAYING):
            self.drop()  # heard: Orca presented the text before the key (its notice next)
        return False


def arrival_words(document: Document, offset: int) -> str:
    """What to say on arriving at ``offset`` with N or Ctrl+PgDown: "Question 3 of 7: Why…?",
    a heading's text, or "Introduction: <its first sentence>"; "" with no sections."""
    index = document.section_index_at(offset)
    if index < 0:
        return ""
    section = document.sections[index]
    spoken = messages.section_spoken(section, len(document.questions))
    if section.kind in _LABELLED_KINDS:
        # Imported here: sentence splitting (sentencex) must not load before the first paint.
        from reader.document.segmentation import sentence_at

        sentence = sentence_at(document, section.start)
        if sentence is not None and sentence.start < section.end:
            spoken = messages.section_opening(spoken, document.text[sentence.start:sentence.end])
    return spoken
