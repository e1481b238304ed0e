"""What the start-up leaves for later must stay invisible to the user: the modules that only
serve later actions are not imported on the way to the first paint (so a new import cannot
slow every start silently), and every key works from the start, the parts it needs made on
its first use (reader.ui.shell.first_use)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reader import messages
from reader.app import build_main_window
from reader.document.cache import DocumentCache
from reader.document.pipeline import open_document
from reader.speech.memory_sink import MemorySink
from reader.speech.scripted_engine import ScriptedEngine
from reader.ui.actions import ACTIONS, CORRECTION_ACTIONS, Scope
from reader.ui.context import ActionId
from reader.ui.speech import speech_settings
from reader.ui.speech.announcer import SETTING as ANNOUNCE_SETTING

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "interview-pedocriminalite.txt"

# Imported by nothing that the first paint needs: dialogs, presenting, exporting, finding,
# correcting the outline, speech's engine and settings dialog, building dialogs ahead; and the
# parts made in the turn after it (reader.app's ReaderWindow.finish) or when first used: the
# speech controller, its settings and loader, the presenter's link.
LATER = (
    "reader.ui.presenter.presenter",
    "reader.ui.presenter.slides",
    "reader.ui.presenter.presenter_wiring",
    "reader.ui.speech.speech_controller",
    "reader.ui.speech.speech_settings",
    "reader.speech.options",
    "reader.speech.loader",
    "reader.export",
    "reader.ui.export.export_controller",
    "reader.ui.export.export_dialog",
    "reader.ui.appearance.preferences_dialog",
    "reader.ui.appearance.dialog_fit",
    "reader.ui.keyboard.shortcuts_dialog",
    "reader.ui.keyboard.key_dialog",
    "reader.ui.speech.speech_settings_dialog",
    "reader.ui.places.find_controller",
    "reader.ui.places.find_bar",
    "reader.ui.places.go_to_dialog",
    "reader.ui.places.bookmarks_dialog",
    "reader.ui.shell.quiet_choices",
    "reader.ui.shell.unheard",
    "reader.ui.text.outline_corrections",
    "reader.document.corrections",
    "reader.speech.engine",
    "reader.speech.session",
    "reader.document.language",
    "numpy",
    # Imported where first used, which no start needs before its first paint (docs/
    # performance.md, "Start-up (session 20)"): help and About, links and drops, File > Open's
    # dialog, the dialogs built ahead for a screen reader, a reading font chosen, line focus,
    # the context menu, notes' marks, the reading's highlights, a session's states.
    "reader.ui.shell.help",
    "reader.ui.shell.links",
    "reader.ui.opening.file_chooser",
    "reader.ui.shell.kept_dialogs",
    "reader.ui.appearance.reading_fonts",
    "reader.ui.text.line_focus",
    "reader.ui.text.text_links",
    "reader.ui.text.note_marks",
    "reader.ui.text.reading_marks",
    "reader.speech.session_types",
    # The words of those no start says before it (reader.messages imports them when asked).
    "reader.messages.desktop",
    "reader.messages.export",
    "reader.messages.fonts",
    "reader.messages.interface",
    "reader.messages.saved_settings",
    # A language's syllables for long words (pyphen: some 80 ms, on a thread that takes the
    # window's CPU): loaded ahead once the window has painted (reader.ui.text.syllables_ahead).
    "pyphen",
    # Qt classes whose Python enums PySide makes when first touched (QAccessible: 2 ms; QStyle:
    # 15-20 ms): asked whether a screen reader listens (as the window gets the focus, a
    # QWindow), a note's icon.
    "PySide6.QtGui.QAccessible",
    "PySide6.QtGui.QWindow",
    "PySide6.QtWidgets.QStyle",
)
# Also not needed to show a document from the cache of parsed documents: the parsers, and
# reading a file (its limits, its errors and their words).
PARSERS = ("reader.document.pipeline", "reader.document.structure.analysis", "markdown_it",
           "reader.document.loading")
# Nor a child process (a large file's parse apart): subprocess brings locale, signal, selectors.
CHILD_PROCESSES = ("subprocess",)

# The real start-up (reader.app.run_gui), stopped just after the first paint; then what it
# imported, and the Qt classes it touched (PySide makes a class, and its enums, on first use).
START = """
import sys
from reader.app import run_gui
run_gui([sys.argv[1]])
from PySide6 import QtGui, QtWidgets
touched = [f"{module.__name__}.{name}" for module in (QtGui, QtWidgets) for name in vars(module)]
print("\\n".join(sorted(sys.modules) + touched))
"""


def _imported_at_first_paint(home: Path) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_FIRST_PAINT_PROBE="1",
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_DATA_HOME=str(home / "data"))
    result = subprocess.run([sys.executable, "-c", START, str(SEED)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    modules = {line for line in result.stdout.splitlines() if line and " " not in line}
    assert "reader.ui.shell.main_window" in modules  # the list is the window's
    return modules


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules for name in names if m == name or m.startswith(name + "."))


def test_the_first_paint_imports_nothing_that_serves_later_actions(tmp_path):
    first_open = _imported_at_first_paint(tmp_path)
    assert _loaded(first_open, LATER) == []
    reopen = _imported_at_first_paint(tmp_path)  # the document now comes from the cache
    assert _loaded(reopen, LATER + PARSERS + CHILD_PROCESSES) == []
    # Once the cache knows the document's language (detected after the first paint), a
    # re-open shows it in that language from the start: its syllables still wait.
    DocumentCache(next((tmp_path / "cache").rglob("documents"))).remember_language(SEED, "fr")
    known = _imported_at_first_paint(tmp_path)
    assert _loaded(known, LATER + PARSERS + CHILD_PROCESSES) == []


# The real start-up again, counting who filters events in Python before the first paint: each
# filter runs Python for every event of the object it watches (docs/performance.md, "Start-up
# (session 21)").
FILTERS_AT_FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget
from reader.ui.shell import first_paint, message_banner
after_paint, window_events = set(), []
def counting(cls, note):
    original = cls.eventFilter
    def eventFilter(self, watched, event):
        note(self, watched)
        return original(self, watched, event)
    cls.eventFilter = eventFilter
counting(first_paint.AfterFirstPaint, lambda filter, _watched: after_paint.add(id(filter)))
counting(message_banner.MessageBanner, lambda _banner, watched: isinstance(watched, QWidget)
         and watched.isWindow() and window_events.append(watched))
probe = first_paint.FirstPaintProbe.eventFilter
def at_first_paint(self, watched, event):
    if event.type() == QEvent.Type.Paint:
        print("filters", len(after_paint), len(window_events), flush=True)
    return probe(self, watched, event)
first_paint.FirstPaintProbe.eventFilter = at_first_paint
from reader.app import run_gui
run_gui([sys.argv[1]])
"""


def test_the_first_paint_is_waited_for_by_one_filter_and_the_hidden_banner_by_none(tmp_path):
    """The work left for after the first paint waits in one filter on the text's viewport, not
    one each (ten before session 21), and the banner, hidden, does not watch the window's
    events (some 200 before the first paint; the seed has a note to show, this one none)."""
    document = tmp_path / "interview.txt"
    document.write_text("An interview\n\nWhy read aloud?\n\nBecause it is heard.\n",
                        encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_FIRST_PAINT_PROBE="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", FILTERS_AT_FIRST_PAINT, str(document)], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    counts = next(line for line in result.stdout.splitlines() if line.startswith("filters "))
    assert counts == "filters 1 0"


class ShortcutsSeen(QObject):
    """Takes every shortcut Qt delivers to an action (without running it: some open dialogs)
    and notes which action it reached."""

    def __init__(self) -> None:
        super().__init__()
        self.reached: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            self.reached.append(watched.objectName())
            return True
        return False


@pytest.fixture
def started(not_finished):
    """A window as ``reader`` starts it: the later parts not made yet."""
    return not_finished()


def _keys(item) -> str:
    return (item.shortcuts or item.window_shortcuts)[0]


# Not the text view's own keys (Ctrl+Home): the menu only shows them.
@pytest.mark.parametrize("item", [a for a in ACTIONS if (a.shortcuts or a.window_shortcuts)
                                  and a.scope is not Scope.NATIVE], ids=lambda item: item.id)
def test_every_key_reaches_its_action_from_the_start(started, qtbot, item):
    action = started.context.action(item.id)
    if not action.isEnabled():
        pytest.skip("disabled while nothing is read: its key goes to the widget, as it should")
    seen = ShortcutsSeen()
    QApplication.instance().installEventFilter(seen)
    try:
        sequence = QKeySequence(_keys(item))[0]  # type: ignore[index]
        qtbot.keyClick(started.text, sequence.key(), sequence.keyboardModifiers())
    finally:
        QApplication.instance().removeEventFilter(seen)
    assert seen.reached[:1] in ([f"action_{item.id}"], [f"action_{item.id}_keys"])


def test_find_answers_its_first_key(started, qtbot):
    qtbot.keyClick(started.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: started.keyboard.find.bar.isVisible())
    assert started.keyboard.find.bar.field.hasFocus()


def test_correcting_the_outline_answers_its_first_key(started, qtbot):
    document = started.context.document
    before = len(document.questions)
    answer = document.blocks[document.questions[0].answer_block]
    started.text.go_to(answer.start)  # an answer, which the reader says is a question
    qtbot.keyClick(started.text, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(started.context.document.questions) == before + 1)


@pytest.fixture
def not_finished(qtbot, tmp_path, monkeypatch):
    """A window as ``reader`` starts it, speech through the scripted engine into memory, made
    by ``make(settings)``: the parts made after the first paint (``finish``) not made yet."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    made = []

    def make(settings=None):
        settings = settings or QSettings(str(tmp_path / "settings.ini"),
                                         QSettings.Format.IniFormat)
        window = build_main_window(settings, load=open_document, deferred=True,
                                   engine_factory=ScriptedEngine, open_sink=MemorySink)
        qtbot.addWidget(window)
        made.append(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.open_path(SEED, in_background=False) == ""
        window.text.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
        return window

    yield make
    for window in made:
        window.close()  # ends the speech worker thread


def _heard(window) -> list[tuple]:
    """What the speech controls and every action say: names, states, texts."""
    toolbar = window.speech_toolbar
    buttons = [(b.accessibleName(), b.toolTip(), b.isEnabled(), b.text())
               for b in (toolbar.play_button, toolbar.stop_button)]
    actions = [(a.id, window.context.action(a.id).text(), window.context.action(a.id).isEnabled(),
                window.context.action(a.id).isChecked()) for a in ACTIONS]
    return [toolbar.accessibleName(), toolbar.isVisible(), *buttons, *actions]


# Speak the app's messages, and Read this section only (saved as speech_settings saves it),
# as saved: each check box shows its state from the start.
@pytest.mark.parametrize("announce, section_only", [(True, False), (False, True)])
def test_the_window_sounds_the_same_before_its_later_parts_are_made(not_finished, tmp_path,
                                                                    announce, section_only):
    settings = QSettings(str(tmp_path / "saved.ini"), QSettings.Format.IniFormat)
    settings.setValue(ANNOUNCE_SETTING, announce)
    saved = speech_settings.SpeechPreferences()
    speech_settings.save(settings, saved._replace(
        reading=replace(saved.reading, section_only=section_only)))
    window = not_finished(settings)
    before = _heard(window)
    window.finish()
    assert _heard(window) == before
    assert window.context.action(ActionId.ANNOUNCE_MESSAGES).isChecked() is announce
    assert window.context.action(ActionId.SECTION_ONLY).isChecked() is section_only
    assert window.speech_toolbar.play_button.accessibleName() == messages.play_button_name(
        False, False)
    assert not window.context.action(ActionId.STOP).isEnabled()


def test_play_pressed_before_speech_is_wired_reads_once_it_is(not_finished, qtbot):
    window = not_finished()
    qtbot.keyClick(window.text, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.speech_toolbar.play_button.accessibleName()
                    == messages.play_button_name(True, False), timeout=10_000)
    assert window.context.action(ActionId.STOP).isEnabled()


def test_the_later_parts_are_made_after_the_first_paint(started):
    started.finish()
    for action_id in CORRECTION_ACTIONS:
        assert started.context.action(action_id).receivers(
            "2triggered(bool)") >= 1, action_id


def test_the_corrections_action_list_is_the_corrections_own():
    from reader.ui.text.outline_corrections import _STEPS, COMMANDS

    assert set(CORRECTION_ACTIONS) == set(COMMANDS) | set(_STEPS)


# PySide6 reads the source of each module imported after it, unless told ahead (reader.__main__).
SOURCES_READ = """
import linecache
from reader.__main__ import spare_pyside_its_source_reading
spare_pyside_its_source_reading()
import reader.app, markdown_it
print("\\n".join(name for name in linecache.cache if "reader" in name or "markdown_it" in name))
"""


def test_pyside_reads_no_source_of_the_reader_at_start_up():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SOURCES_READ], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == []
