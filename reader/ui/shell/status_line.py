"""The status line: the app's latest message beside the reader's place, both always visible.

QStatusBar's own temporary message is painted in the room its permanent widgets leave, and the
place label takes all of it (the place must show at any size): a message such as "Bookmark
added" or "No next question" changed nothing on screen. Here the message is a label of its
own, left of the place, that wraps rather than being cut. It stays for as long as a slow
reader needs to read it (``display_seconds``) and until the next message replaces it; the place
label never writes over it.

``showMessage``, ``currentMessage``, ``clearMessage`` and ``messageChanged`` keep QStatusBar's
meaning for Python callers (the window's ``say``, tests): the message shown, in this label. A
message may hold the document's words isolated (``messages.isolated``: a right-to-left
sentence's end mark on its left); they are drawn so, and heard and given back without them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from reader import messages

MINIMUM_SECONDS = 6.0
# A slow reader (low vision, large print, reading in a second language): 100 words a minute,
# plus a moment to notice that a message appeared.
SECONDS_PER_WORD = 0.6
NOTICE_SECONDS = 2.0


def display_seconds(text: str) -> float:
    """How long ``text`` stays on screen: six seconds, longer when it has more to read."""
    return max(MINIMUM_SECONDS, NOTICE_SECONDS + SECONDS_PER_WORD * len(text.split()))


class StatusLine(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_line")
        self.setAccessibleName(messages.status_name())
        self.message_label = QLabel(self)
        self.message_label.setObjectName("status_message")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name may hold "<b>"
        self.message_label.setWordWrap(True)
        # Wrapping, it may shrink to any width: the place keeps what it needs.
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)
        self.message_label.hide()
        self.place_label = QLabel(self)
        self.place_label.setObjectName("position_label")
        self.place_label.setTextFormat(Qt.TextFormat.PlainText)  # a heading may be "<img …>"
        self.place_label.setAccessibleDescription(messages.status_name())
        self.place_label.setWordWrap(True)  # large print in a narrow window: lines, not width
        # Alone, the place takes the whole line, as it always did; beside a message, a third.
        self.addPermanentWidget(self.message_label, 2)
        self.addPermanentWidget(self.place_label, 1)
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.clearMessage)

    def forget(self, text: str) -> None:
        """``text`` no longer holds ("Going to the end…" once there): gone, if still shown."""
        if self.currentMessage() == text:
            self.clearMessage()

    def changeEvent(self, event: QEvent) -> None:
        # Low-vision readers need the messages as legible as the text: the labels follow the
        # line's font (under a theme's style sheet they would stop inheriting it).
        if event.type() == QEvent.Type.FontChange:
            for label in (self.message_label, self.place_label):
                label.setFont(self.font())
        super().changeEvent(event)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:  # noqa: N802 (Qt's name)
        """Show ``text`` for ``timeout`` ms, or for as long as it takes to read (0, None)."""
        self._expiry.stop()
        self.message_label.setText(text)  # the document's words isolated, if any (drawn)
        # heard as words: a fixed name would hide the text, an isolate slow espeak-ng down
        self.message_label.setAccessibleName(messages.without_isolates(text))
        self.message_label.setVisible(bool(text))
        if text:
            self._expiry.start(timeout or round(display_seconds(text) * 1000))
        # QStatusBar emits it from its own showMessage, which this one replaces.
        self.messageChanged.emit(messages.without_isolates(text))

    def currentMessage(self) -> str:  # noqa: N802 (Qt's name)
        shown = self.message_label.isVisibleTo(self)
        return messages.without_isolates(self.message_label.text()) if shown else ""

    def clearMessage(self) -> None:  # noqa: N802 (Qt's name)
        self._expiry.stop()
        had_message = bool(self.message_label.text())
        self.message_label.clear()
        self.message_label.hide()
        if had_message:
            self.messageChanged.emit("")

    def remaining_ms(self) -> int:
        """How much longer the message stays (0: none shown)."""
        return max(0, self._expiry.remainingTime()) if self._expiry.isActive() else 0
