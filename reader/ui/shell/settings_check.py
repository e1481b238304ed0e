"""The settings file checked both ways: values that cannot be used are reset before anything
reads them, and a file that cannot be written is told to the user, once.

A settings file is text anyone can edit (or a crash can cut): "max_line_length=inf" or
"window/geometry=garbage" stopped every start-up until the file was deleted by hand, and an
unwritable configuration folder lost every change in silence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal

from reader import messages
from reader.appearance.preferences import from_mapping_with_resets
from reader.settings_values import byte_value, json_value
from reader.ui.context import ReaderContext
from reader.ui.places.reading_places import STORED_KEYS as PLACES_KEYS
from reader.ui.shell.geometry import STORED_KEYS as GEOMETRY_KEYS
from reader.ui.shell.message_banner import MessageBanner

APPEARANCE_GROUP = "appearance"
# Qt's own writes (what is set without a sync(), such as the reading place of the document
# left) wait until no key or button was pressed for this long, and for this long at most.
WRITE_WHEN_QUIET_MS = 1500
WRITE_AT_LATEST_MS = 15000
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride,
                    QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})


def reset_unusable_settings(settings: QSettings) -> list[str]:
    """Remove every value that cannot be used (its default applies) and name them."""
    reset: list[str] = []
    settings.beginGroup(APPEARANCE_GROUP)
    try:
        values = {key: settings.value(key) for key in settings.childKeys()}
        _appearance, names = from_mapping_with_resets(
            {k: v for k, v in values.items() if v is not None})
        for name in names:
            settings.remove(name)
        reset += names
    finally:
        settings.endGroup()
    for key in GEOMETRY_KEYS:
        raw = settings.value(key)
        if raw is not None and byte_value(raw) is None:
            settings.remove(key)
            reset.append(key)
    for key in PLACES_KEYS:
        _value, usable = json_value(settings.value(key), None)
        if not usable:
            settings.remove(key)
            reset.append(key)
    if reset:
        settings.sync()
    return reset


class CheckedSettings(QSettings):
    """The app's settings file: ``unwritable`` is emitted the first time writing it fails
    (every write ends with ``sync()``), with the file's name.

    ``hold_writes`` keeps what is set in memory, where every read sees it, until
    ``release_writes`` writes it: the start-up sets the recent files and the reading place
    before the first paint, and each write to the disk waited 15–30 ms for it.

    What is set without a ``sync()`` Qt writes itself at the next turn of the event loop, on
    the window's thread (9 ms on a quiet disk, 5–316 ms on a busy one, in PySide with Python's
    lock held: no other thread can write it meanwhile). Those writes wait instead until no key
    or button was pressed for ``WRITE_WHEN_QUIET_MS`` (``WRITE_AT_LATEST_MS`` at most), and are
    checked as every other.
    """

    unwritable = Signal(str)

    def __init__(self, file_name: str) -> None:
        super().__init__(file_name, QSettings.Format.IniFormat)
        self._told = False
        self._held = False
        self._unwritten = False
        self._when_quiet = QTimer(self, singleShot=True, interval=WRITE_WHEN_QUIET_MS)
        self._when_quiet.timeout.connect(self.sync)
        self._at_latest = QTimer(self, singleShot=True, interval=WRITE_AT_LATEST_MS)
        self._at_latest.timeout.connect(self.sync)

    def hold_writes(self) -> None:
        self._held = True

    def release_writes(self) -> None:
        """Write what waits (held, or for a quiet moment) now."""
        self._held = False
        if self._unwritten or self._at_latest.isActive():
            self._unwritten = False
            self.sync()

    def sync(self) -> None:
        if self._held:
            self._unwritten = True
            return
        self._stop_waiting()
        super().sync()
        if self.status() is not QSettings.Status.NoError and not self._told:
            self._told = True
            self.unwritable.emit(self.fileName())

    def event(self, event: QEvent) -> bool:
        # Qt writes changes itself at the next turn of the event loop: held too, or written
        # once the reader is quiet.
        if event.type() == QEvent.Type.UpdateRequest:
            if self._held:
                self._unwritten = True
            else:
                self._write_when_quiet()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._when_quiet.start()  # the wait starts again
        return False

    def _write_when_quiet(self) -> None:
        app = QCoreApplication.instance()
        if not self._at_latest.isActive():
            self._at_latest.start()
            if app is not None:
                app.installEventFilter(self)  # the keys and buttons pressed anywhere
        self._when_quiet.start()

    def _stop_waiting(self) -> None:
        if self._at_latest.isActive() or self._when_quiet.isActive():
            self._at_latest.stop()
            self._when_quiet.stop()
            if (app := QCoreApplication.instance()) is not None:
                app.removeEventFilter(self)


class SettingsNotes(QObject):
    """Tells the user about the settings in the message area, and keeps the message there when
    the first document shows its own notes (or it would vanish before anyone read it)."""

    def __init__(self, banner: MessageBanner, context: ReaderContext,
                 settings: QSettings) -> None:
        super().__init__(banner)
        self._banner = banner
        self._pending: list[str] = []
        context.document_changed.connect(self._again_with_document)
        if isinstance(settings, CheckedSettings):
            settings.unwritable.connect(
                lambda file_name: self.tell(messages.settings_not_saved(file_name)))

    def tell_reset(self, names: list[str]) -> None:
        if names:
            self.tell(messages.settings_reset(names))

    def tell(self, text: str) -> None:
        self._pending.append(text)
        self._show(self._banner.text())

    def _show(self, document_notes: str) -> None:
        texts = [*self._pending, *([document_notes] if document_notes else [])]
        self._banner.show_messages(texts, error=False)

    def _again_with_document(self) -> None:
        if self._pending:
            self._show(self._banner.text())
            self._pending.clear()  # told; the next document has only its own notes
