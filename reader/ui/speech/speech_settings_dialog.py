"""Speech settings: voice (by language), the interviewer's and interviewee's voices, speed,
pitch, volume, pauses, question announcements, section-only reading and the highlight.

A form of labelled controls: each label is the control's buddy (its mnemonic moves focus there)
and its accessible name, Tab goes down the form in reading order, OK/Cancel close it (Enter and
Esc too). The voice is chosen in two steps (language, then voice) rather than in one list of
130 voices with headings a screen reader would read as voices.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader import messages
from reader.speech.engine import Voice, voice_for_language
from reader.speech.options import TIMBRES, ReadingOptions
from reader.ui.actions import plain_text
from reader.ui.appearance.dialog_fit import fit_dialog
from reader.ui.shell.kept_dialogs import BuiltInParts
from reader.ui.shell.quiet_choices import set_choices, set_up_spin_box
from reader.ui.speech.speech_settings import (
    PAUSE_RANGE,
    PITCH_RANGE,
    RATE_RANGE,
    VOLUME_RANGE,
    SpeechPreferences,
)
from reader.ui.text.highlights import HIGHLIGHT_STYLES


def language_of(voice: Voice) -> str:
    return voice.languages[0].split("-")[0] if voice.languages else ""


def language_name(code: str) -> str:
    locale = QLocale(code)
    if not code or locale.language() == QLocale.Language.C:
        return code
    name = QLocale.languageToString(locale.language())
    return name or code


class SpeechSettingsDialog(QDialog, BuiltInParts):
    """Built whole, or, given ``in_parts``, in the parts ``build_part`` adds one at a time:
    built ahead for a screen reader, each part sends it few enough events that it keeps up
    (reader.ui.shell.kept_dialogs)."""

    def __init__(self, preferences: SpeechPreferences, voices: list[Voice],
                 parent: QWidget | None = None, *, in_parts: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("speech_settings")
        self.setWindowTitle(messages.speech_settings_title())
        self._preferences = preferences
        self._voices = sorted(voices, key=lambda v: (language_name(language_of(v)), v.name))
        self.language = QComboBox(self)
        self.voice = QComboBox(self)
        self.interviewer = QComboBox(self)
        self.interviewee = QComboBox(self)
        self.rate, self.pitch, self.volume = QSpinBox(self), QSpinBox(self), QSpinBox(self)
        self.sentence_pause, self.paragraph_pause = QSpinBox(self), QSpinBox(self)
        self.highlight = QComboBox(self)
        self.announce = QCheckBox(messages.setting_announce(), self)
        self.section_only = QCheckBox(messages.setting_section_only(), self)
        self._parts = self._build(preferences)
        if not in_parts:
            self.finish()

    def _build(self, preferences: SpeechPreferences) -> Iterator[bool]:
        codes = sorted({language_of(v) for v in self._voices} - {""}, key=language_name)
        set_choices(self.language, [(messages.setting_language_automatic(), ""),
                                    *((language_name(code), code) for code in codes)])
        for box in (self.interviewer, self.interviewee):
            set_choices(box, ((messages.timbre_name(t), t) for t in ("", *TIMBRES)))
        set_choices(self.highlight,
                    ((messages.highlight_style_name(s), s) for s in HIGHLIGHT_STYLES))
        yield True
        reading = preferences.reading
        set_up_spin_box(self.rate, RATE_RANGE, 5, messages.setting_rate_suffix(),
                        reading.rate_wpm)
        set_up_spin_box(self.pitch, PITCH_RANGE, 5, "", reading.pitch)
        self.pitch.setToolTip(messages.setting_pitch_hint())
        self.pitch.setAccessibleDescription(messages.setting_pitch_hint())
        set_up_spin_box(self.volume, VOLUME_RANGE, 5, messages.setting_percent_suffix(),
                        reading.volume)
        for pause, value in ((self.sentence_pause, reading.sentence_pause_ms),
                             (self.paragraph_pause, reading.paragraph_pause_ms)):
            set_up_spin_box(pause, PAUSE_RANGE, 50, messages.setting_ms_suffix(), value)
        yield True
        self._lay_out()
        yield True
        self._fill_voices()
        self.language.currentIndexChanged.connect(self._fill_voices)
        self.reopen(preferences)

    def _lay_out(self) -> None:
        form = QFormLayout()
        for text, widget in (
            (messages.setting_language(), self.language),
            (messages.setting_voice(), self.voice),
            (messages.setting_interviewer(), self.interviewer),
            (messages.setting_interviewee(), self.interviewee),
            (messages.setting_rate(), self.rate),
            (messages.setting_pitch(), self.pitch),
            (messages.setting_volume(), self.volume),
            (messages.setting_sentence_pause(), self.sentence_pause),
            (messages.setting_paragraph_pause(), self.paragraph_pause),
            (messages.setting_highlight(), self.highlight),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(plain_text(text).rstrip(":"))
            form.addRow(label, widget)
        form.addRow(self.announce)
        form.addRow(self.section_only)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_dialog(self)

    def reopen(self, preferences: SpeechPreferences) -> None:
        """Show ``preferences``, the first control focused. The dialog is kept between openings
        (reader.ui.speech.speech_controller says why): only the values that differ change."""
        self._preferences = preferences
        reading = preferences.reading
        chosen = reading.voice.split("+")[0]
        voice = next((v for v in self._voices if v.id == chosen), None)
        self.language.setCurrentIndex(
            max(0, self.language.findData(language_of(voice))) if voice else 0)
        self.voice.setCurrentIndex(max(0, self.voice.findData(voice.id)) if voice else 0)
        for box, timbre in ((self.interviewer, reading.interviewer_timbre),
                            (self.interviewee, reading.interviewee_timbre)):
            box.setCurrentIndex(max(0, box.findData(timbre)))
        for spin, value in ((self.rate, reading.rate_wpm), (self.pitch, reading.pitch),
                            (self.volume, reading.volume),
                            (self.sentence_pause, reading.sentence_pause_ms),
                            (self.paragraph_pause, reading.paragraph_pause_ms)):
            spin.setValue(value)
        self.highlight.setCurrentIndex(max(0, self.highlight.findData(preferences.highlight)))
        self.announce.setChecked(reading.announce_questions)
        self.section_only.setChecked(reading.section_only)
        self.language.setFocus()

    def preferences(self) -> SpeechPreferences:
        voice = self.voice.currentData() or ""
        code = self.language.currentData()
        if not voice and code:  # a language chosen, its voice left automatic: its best voice
            best = voice_for_language(self._voices, code)
            voice = best.id if best is not None else ""
        reading: ReadingOptions = replace(
            self._preferences.reading,
            voice=voice,
            interviewer_timbre=self.interviewer.currentData() or "",
            interviewee_timbre=self.interviewee.currentData() or "",
            rate_wpm=self.rate.value(),
            pitch=self.pitch.value(),
            volume=self.volume.value(),
            sentence_pause_ms=self.sentence_pause.value(),
            paragraph_pause_ms=self.paragraph_pause.value(),
            announce_questions=self.announce.isChecked(),
            section_only=self.section_only.isChecked(),
        )
        return SpeechPreferences(reading, self.highlight.currentData())

    def _fill_voices(self) -> None:
        code = self.language.currentData()
        set_choices(self.voice, [(messages.setting_voice_automatic(), ""),
                                 *((messages.voice_entry(v.name, v.id), v.id)
                                   for v in self._voices if code and language_of(v) == code)])
        self.voice.setEnabled(bool(code))
