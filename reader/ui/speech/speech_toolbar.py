"""The speech toolbar: Play/Pause and Stop, with names that say what a press will do.

Qt's toolbar buttons are not reachable with Tab (docs/architecture.md#accessibility): both actions
are also in the Speech menu with their shortcuts (Space, Esc, the media keys). The buttons show text
beside the icon, so the controls do not rely on recognising an icon either.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from PySide6.QtCore import QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from reader import messages
from reader.ui.actions import plain_text
from reader.ui.context import ActionId
from reader.ui.settings_values import read_value
from reader.ui.shell.accessible_names import name_overflow_buttons
from reader.ui.speech.media_icons import MediaIcon, media_icon

_SPACE = QKeySequence(Qt.Key.Key_Space).toString(QKeySequence.SequenceFormat.NativeText)
_ESCAPE = QKeySequence(Qt.Key.Key_Escape).toString(QKeySequence.SequenceFormat.NativeText)

# Enabled while reading aloud; once the engine is there.
WHILE_READING = (ActionId.STOP, ActionId.PREVIOUS_SENTENCE, ActionId.NEXT_SENTENCE,
                 ActionId.PREVIOUS_PARAGRAPH, ActionId.NEXT_PARAGRAPH)
NEED_ENGINE = (ActionId.READ_SELECTION, ActionId.FASTER, ActionId.SLOWER,
               ActionId.SECTION_ONLY, ActionId.SPEECH_SETTINGS)
# Every action the speech controller answers: until it is made (after the first paint), the
# first trigger of one makes it (reader.ui.shell.first_use).
SPEECH_ACTIONS = (ActionId.PLAY_PAUSE, *WHILE_READING, *NEED_ENGINE)
# Where speech_settings keeps ReadingOptions.section_only (read here without importing them).
SECTION_ONLY_SETTING = "speech/section_only"


def before_speech(actions: Mapping[ActionId, QAction], settings: QSettings) -> None:
    """The Speech actions as they are until the speech controller is made (after the first
    paint, reader.app): what needs reading or the engine is dimmed, as the controller has it
    until the engine loads, and Read this section only is checked as saved, so that the
    menus and the tool bar say the same from the start."""
    for name in (*WHILE_READING, *NEED_ENGINE):
        actions[name].setEnabled(False)
    actions[ActionId.SECTION_ONLY].setChecked(read_value(settings, SECTION_ONLY_SETTING, False))


class SpeechToolbar(QToolBar):
    def __init__(self, play_pause: QAction, stop: QAction, parent: QWidget | None = None) -> None:
        super().__init__(messages.speech_toolbar_name(), parent)
        self.setObjectName("speech_toolbar")
        self.setAccessibleName(messages.speech_toolbar_name())
        self.setMovable(False)
        self.setFloatable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(24, 24))
        self._play_pause, self._stop = play_pause, stop
        self.addAction(play_pause)
        self.addAction(stop)
        # A tool bar shows each action it holds as a QToolButton.
        self.play_button = cast(QToolButton, self.widgetForAction(play_pause))
        self.play_button.setObjectName("play_pause_button")
        self.stop_button = cast(QToolButton, self.widgetForAction(stop))
        self.stop_button.setObjectName("stop_button")
        self._playing = False
        self.stop_button.setAccessibleName(messages.stop_button_name())
        self.stop_button.setToolTip(messages.button_tip(messages.stop_button_name(), _ESCAPE))
        name_overflow_buttons(self)  # Qt's "»" button, for a narrow window: no name
        for action in (play_pause, stop):
            action.enabledChanged.connect(self._draw_icons)
        self.show_state(playing=False, paused=False)

    def show_state(self, *, playing: bool, paused: bool) -> None:
        """Name, text and icon of Play/Pause say what pressing it does now."""
        if playing:
            text = messages.action_pause()
        else:
            text = messages.action_resume() if paused else messages.action_play()
        self._playing = playing
        self._play_pause.setText(text)
        self._draw_icons()
        self.play_button.setAccessibleName(messages.play_button_name(playing, paused))
        # Also its accessible description: the name, then the key that does the same.
        self.play_button.setToolTip(messages.button_tip(plain_text(text), _SPACE))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a new theme: icons in its colours
            self._draw_icons()

    def _draw_icons(self) -> None:
        # In the button's own text colour: dimmed while it is disabled (a disabled Stop in the
        # enabled colour looked as if it would stop something).
        palette = self.palette()
        dimmed = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        for action, kind in ((self._play_pause,
                              MediaIcon.PAUSE if self._playing else MediaIcon.PLAY),
                             (self._stop, MediaIcon.STOP)):
            group = QPalette.ColorGroup.Active if action.isEnabled() \
                else QPalette.ColorGroup.Disabled
            colour = palette.color(group, QPalette.ColorRole.ButtonText)
            action.setIcon(media_icon(kind, colour, dimmed))
