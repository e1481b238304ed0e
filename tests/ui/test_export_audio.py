"""File > Export audio… as a user meets it: the dialog (folder, format, sections), the files
made on a worker thread while the window stays usable, the progress heard now and then,
Cancel, and a failure explained with what was finished. The scripted engine speaks."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.app import build_main_window
from reader.export.encoding import AudioFormat
from reader.speech.memory_sink import MemorySink
from reader.speech.scripted_engine import ScriptedEngine
from reader.ui.context import ActionId

WAIT_MS = 20_000


def _ask(window, qtbot, folder: Path, audio_format=AudioFormat.WAV):
    qtbot.keyClick(window.text, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.export.dialog is not None and window.export.dialog.isVisible(),
                    timeout=WAIT_MS)
    dialog = window.export.dialog
    dialog.folder.setText(str(folder))
    dialog.format.setCurrentIndex(list(AudioFormat).index(audio_format))
    return dialog


def _finish(window, qtbot, dialog) -> str:
    with qtbot.waitSignal(window.export.finished, timeout=WAIT_MS) as ended:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return ended.args[0]


def _made(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_dialog_offers_every_section_and_format_with_names(speaking_window, qtbot, tmp_path):
    window = speaking_window()
    dialog = _ask(window, qtbot, tmp_path)
    assert window.named_actions[ActionId.EXPORT_AUDIO].text() == "&Export audio…"
    assert dialog.all_sections.isChecked()
    assert dialog.all_sections.text() == "&All sections (4)"  # the opening, then 3 questions
    assert [dialog.first.itemText(i) for i in range(dialog.first.count())] == [
        "1. Opening", "2. Question 1 – Qu'est-ce qu'une question ?",
        "3. Question 2 – Pourquoi lire ?", "4. Question 3 – Et la dernière question ?"]
    assert not dialog.first.isEnabled()  # until "Only these sections" is chosen
    assert [dialog.format.itemText(i).split(":")[0] for i in range(dialog.format.count())] == [
        "Opus", "MP3", "WAV"]
    for field in (dialog.folder, dialog.format, dialog.first, dialog.last):
        assert field.accessibleName()
    dialog.reject()


def test_export_writes_every_section_and_says_so(speaking_window, qtbot, tmp_path):
    window = speaking_window()
    folder = tmp_path / "interview audio"  # made by the export: its parent exists
    told = _finish(window, qtbot, _ask(window, qtbot, folder))
    made = _made(folder)
    assert [name for name in made if name.endswith(".wav")] == [
        "00 – Complete – Une interview de test.wav", "01 – Opening.wav",
        "02 – Question 1 – Qu'est-ce qu'une question.wav", "03 – Question 2 – Pourquoi lire.wav",
        "04 – Question 3 – Et la dernière question.wav"]
    assert "Une interview de test.m3u8" in made
    assert not [name for name in made if name.endswith(".part")]
    assert told.startswith("Audio export finished: 5 files in")
    assert window.banner.isVisible() and told in window.banner.text()
    assert window.export.progress_dialog is None  # the progress window has gone


def test_only_the_chosen_sections_are_exported(speaking_window, qtbot, tmp_path):
    window = speaking_window()
    dialog = _ask(window, qtbot, tmp_path)
    dialog.some_sections.setChecked(True)
    dialog.first.setCurrentIndex(1)
    dialog.last.setCurrentIndex(2)
    _finish(window, qtbot, dialog)
    parts = [name for name in _made(tmp_path) if name.endswith(".wav")
             and not name.startswith("00")]
    assert parts == ["02 – Question 1 – Qu'est-ce qu'une question.wav",
                     "03 – Question 2 – Pourquoi lire.wav"]


def test_to_never_goes_before_from(speaking_window, qtbot, tmp_path):
    dialog = _ask(speaking_window(), qtbot, tmp_path)
    dialog.some_sections.setChecked(True)
    dialog.last.setCurrentIndex(1)
    dialog.first.setCurrentIndex(3)
    assert dialog.last.currentIndex() == 3
    dialog.reject()


class Gate:
    """A scripted engine that stops before the second sentence until let through."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.go = threading.Event()
        self.count = 0
        self.engine = ScriptedEngine(before_synthesis=self._before)

    def _before(self, _text: str) -> None:
        self.count += 1
        if self.count == 2:
            self.reached.set()
            self.go.wait(10)


def test_the_window_stays_usable_and_cancel_keeps_what_was_finished(
    speaking_window, qtbot, tmp_path
):
    gate = Gate()
    window = speaking_window(gate.engine)
    heard: list[str] = []
    window.statusBar().messageChanged.connect(heard.append)
    dialog = _ask(window, qtbot, tmp_path)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.reached.is_set, timeout=WAIT_MS)
    progress = window.export.progress_dialog
    assert progress is not None and progress.isVisible()
    assert not progress.isModal()
    qtbot.waitUntil(lambda: progress.part.text().startswith("Making section 1 of 4: Opening"),
                    timeout=WAIT_MS)
    assert any(text.startswith("Export 0%: section 1 of 4, Opening") for text in heard)
    # Meanwhile the reader goes on reading.
    window.activateWindow()
    window.text.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text, timeout=WAIT_MS)
    qtbot.keyClick(window.text, Qt.Key.Key_N)
    assert window.text.caret_offset() == window.document.questions[0].start
    with qtbot.waitSignal(window.export.finished, timeout=WAIT_MS) as ended:
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
        assert not progress.cancel_button.isEnabled()
        gate.go.set()
    assert ended.args[0].startswith("Audio export cancelled; the 0 sections finished are kept")
    assert not [name for name in _made(tmp_path) if name.endswith((".part", ".wav"))]


def test_a_speech_failure_is_explained_with_what_was_finished(speaking_window, qtbot, tmp_path):
    engine = ScriptedEngine(fail_on=lambda text: text.startswith("Pour apprendre"))
    window = speaking_window(engine)
    told = _finish(window, qtbot, _ask(window, qtbot, tmp_path))
    assert told.startswith("Speech failed, so the export stopped: in “Question 2")
    assert told.endswith("Sections finished: 2.")
    assert window.banner.is_error()
    made = _made(tmp_path)
    assert "01 – Opening.wav" in made and "02 – Question 1 – Qu'est-ce qu'une question.wav" in made
    assert not [name for name in made if name.startswith(("00", "03")) or ".part" in name]


def test_export_remembers_the_format_and_folder(speaking_window, qtbot, tmp_path, settings):
    window = speaking_window()
    _finish(window, qtbot, _ask(window, qtbot, tmp_path / "first", AudioFormat.MP3))
    again = window.export.ask()
    assert again is not None
    assert again.format.currentData() is AudioFormat.MP3
    assert Path(again.folder.text()).parent == tmp_path
    again.reject()


def test_without_speech_the_export_says_why(qtbot, settings, interview):
    from reader.speech.engine import EngineUnavailable, Unavailability

    def no_engine():
        raise EngineUnavailable(Unavailability.LIBRARY_MISSING, "libespeak-ng.so.1")

    window = build_main_window(settings, engine_factory=no_engine, open_sink=MemorySink)
    qtbot.addWidget(window)
    window.show()
    window.show_document(interview)
    dialog = window.export.ask()
    dialog.folder.setText(str(Path(settings.fileName()).parent))
    dialog.accept()
    assert window.export.running is None
    assert window.banner.is_error()
    assert window.banner.text().startswith("Audio export needs speech: ")


def test_the_dialog_reopens_as_new_for_the_document_shown(speaking_window, qtbot, tmp_path):
    """Kept between openings (a fresh one floods a screen reader), it forgets what was chosen
    and cancelled, and offers the sections of the document now shown."""
    from reader.document.pipeline import parse_text
    from reader.export.parts import outline_parts

    window = speaking_window()
    dialog = _ask(window, qtbot, tmp_path)
    dialog.some_sections.setChecked(True)
    dialog.first.setCurrentIndex(2)
    dialog.reject()
    notes = parse_text("Notes\n\nA single paragraph of notes.\n",
                       path=str(tmp_path / "notes.txt"), plain_text=True)
    window.show_document(notes)
    again = _ask(window, qtbot, tmp_path)
    assert again is dialog
    assert again.all_sections.isChecked() and not again.first.isEnabled()
    parts = outline_parts(notes)
    assert len(parts) != 4  # the interview's
    assert again.all_sections.text() == f"&All sections ({len(parts)})"
    assert [again.last.itemText(i) for i in range(again.last.count())] == [
        f"{p.number}. {p.title}" for p in parts]
    assert again.last.currentIndex() == len(parts) - 1 and again.first.currentIndex() == 0
    assert again.focusWidget() is again.folder
    again.reject()
