"""The message banner as a screen reader meets it: the message once, with its kind.

Orca presents a *named* panel around the focused label as context, with every label inside it,
then the label itself: "Message panel. <text>. <text> label." The banner is therefore unnamed
(layout only to Orca) and its message label is named "Error: <text>" / "Note: <text>", which
Orca says instead of the label's text (tests/accessibility/test_orca.py hears it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from reader import messages
from reader.ui.shell.message_banner import MessageBanner


def _message_label(window) -> QLabel:
    return window.banner.findChild(QLabel, "message_text")


def _accessible(widget) -> tuple[str, str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)


def test_a_failed_open_is_said_once_with_its_kind(window, tmp_path, qtbot):
    message = window.open_path(tmp_path / "absent.txt")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is _message_label(window))
    name, description = _accessible(_message_label(window))
    assert name == f"Error: {message}" == messages.message_spoken("Error", message)
    assert message not in description  # a description equal to the text is said again
    # The panel adds nothing a screen reader would say before the focused message.
    assert _accessible(window.banner) == ("", "")


def test_a_note_says_note(window, qtbot):
    window.banner.show_messages(["Une note.", "Une autre."], error=False, take_focus=True)
    assert _accessible(_message_label(window))[0] == "Note: Une note.\nUne autre."
    assert _message_label(window).text() == "Une note.\nUne autre."  # as seen: no kind added


def test_closing_the_banner_leaves_no_stale_name(window, qtbot):
    window.banner.show_messages(["Une note."], error=False)
    window.banner.dismiss()
    assert _accessible(_message_label(window))[0] == ""
    window.banner.show_messages(["Encore une."], error=True)
    assert _accessible(_message_label(window))[0] == "Error: Encore une."


def test_a_note_shown_while_icons_are_held_gets_its_icon_once_released(window):
    icon = window.banner.findChild(QLabel, "message_icon")
    window.banner.hold_icons()  # as at start-up, until the first paint
    window.banner.show_messages(["Une note."], error=False)
    assert _message_label(window).text() == "Une note."
    assert _accessible(_message_label(window))[0] == "Note: Une note."
    assert icon.pixmap().isNull()
    held_size = icon.size()
    window.banner.release_icons()
    assert not icon.pixmap().isNull()
    assert icon.size() == held_size  # the message does not move when its icon comes
    window.banner.show_messages(["Une autre."], error=True)
    assert not icon.pixmap().isNull()


def test_a_hidden_banner_leaves_the_window_s_events_alone(qtbot):
    """The banner follows the window's height while it shows a message; hidden, none of the
    window's events go through it (some 200 before the first paint of a document without a
    note: docs/performance.md, "Start-up (session 21)")."""
    window = QWidget()
    qtbot.addWidget(window)
    seen: list[QEvent.Type] = []

    class Watching(MessageBanner):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window:
                seen.append(event.type())
            return super().eventFilter(watched, event)

    banner = Watching(window)

    def window_event_seen() -> bool:
        seen.clear()
        QApplication.sendEvent(window, QEvent(QEvent.Type.User))
        return seen == [QEvent.Type.User]

    assert not window_event_seen()
    banner.show_messages(["Une note."], error=False)
    assert window_event_seen()
    banner.show_messages(["Une autre."], error=False)  # shown again: watched once, not twice
    assert window_event_seen()
    banner.dismiss()
    assert not window_event_seen()
