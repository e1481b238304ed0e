"""The app as assistive technology sees it: its accessibility tree over AT-SPI, on a real
(virtual) X screen, with the app running as a user starts it.

Checks every focusable control, and every visible interactive one, of the main window and of
every window an action of the table opens (found by ``windows.actions_opening_windows``):
each has a role and a name. The text view must expose the document's text and its caret.

Needs Xvfb, D-Bus, the AT-SPI bus, xdotool and the system Python's pyatspi (Debian: xvfb
dbus-x11 at-spi2-core xdotool python3-pyatspi; ``scripts/test`` installs them when it can).
Skipped, naming what is missing, where they are not installed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reader import messages
from reader.app import APP_NAME, build_main_window
from reader.document.pipeline import open_document
from reader.speech.memory_sink import MemorySink
from reader.speech.scripted_engine import ScriptedEngine
from reader.window_documents import default_document_path
from tests.accessibility.desktop import SYSTEM_PYTHON, DesktopSession, missing_tools, wait_for
from tests.accessibility.windows import actions_showing_controls

WALKER = str(Path(__file__).with_name("atspi_walk.py"))
ROOT = Path(__file__).resolve().parents[2]
# Roles a user operates: named whenever shown, focusable or not (toolbar buttons are not).
INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "slider",
               "spin button", "combo box", "text", "entry", "password text", "page tab",
               "list", "tree", "table", "tree table", "link", "menu item", "check menu item",
               "radio menu item", "list item", "table cell", "tree item", "dial"}
ITEMS = {"list item", "tree item", "menu item", "check menu item", "radio menu item"}
NO_ROLE = {"", "unknown", "invalid"}

pytestmark = pytest.mark.skipif(
    bool(missing_tools()),
    reason=f"the AT-SPI tests need these Debian packages: {' '.join(missing_tools())} "
           "(scripts/test installs them as root or with password-less sudo)")


def unnamed_controls(node: dict, path: str = "") -> list[str]:
    """"role at path" for each control a screen-reader user would meet without a name/role."""
    here = f"{path}/{node['role']}" + (f"[{node['name'][:30]}]" if node["name"] else "")
    problems = []
    states = node["states"]
    role = node["role"]
    if "focusable" in states or (role in INTERACTIVE and "showing" in states):
        if role in NO_ROLE:
            problems.append(f"no role: {here}")
        # A table cell is content: an empty one is read as "blank", which is true. An item that
        # can be neither focused nor selected is a separator (a combo box's, a menu's).
        separator = role in ITEMS and not {"focusable", "selectable"} & set(states)
        if not node["name"].strip() and role != "table cell" and not separator:
            problems.append(f"no name: {here}")
    for child in node["children"]:
        problems += unnamed_controls(child, here)
    return problems


def find(node: dict, role: str, name: str | None = None) -> dict | None:
    if node["role"] == role and (name is None or node["name"] == name):
        return node
    for child in node["children"]:
        hit = find(child, role, name)
        if hit is not None:
            return hit
    return None


class App:
    """The reader running on the desktop, and its accessibility tree."""

    def __init__(self, desktop: DesktopSession, document: Path) -> None:
        self.desktop = desktop
        self.process = desktop.spawn([sys.executable, "-m", "reader", str(document)], "app.log",
                                     cwd=ROOT)

    def windows(self, timeout: float = 20) -> list[dict]:
        result = self.desktop.run([SYSTEM_PYTHON, WALKER, APP_NAME, "--timeout", str(timeout)],
                                  timeout=timeout + 60)
        if result.returncode != 0:
            log = (self.desktop.dir / "app.log").read_text(errors="replace")
            pytest.fail(f"the app's accessibility tree is not readable: {result.stderr}\n{log}")
        return json.loads(result.stdout)["windows"]

    def text_view(self) -> dict | None:
        frames = [w for w in self.windows() if w["role"] == "frame"]
        return find(frames[0], "text", "Document text") if frames else None


@pytest.fixture(scope="module")
def desktop():
    session = DesktopSession().start()
    session.has_audio = session.start_audio()  # before the app starts: it looks once
    yield session
    session.stop()


@pytest.fixture(scope="module")
def seed() -> Path:
    path = default_document_path()
    assert path is not None, "the embedded interview (seeds/) is missing"
    return path


@pytest.fixture(scope="module")
def app(desktop, seed):
    app = App(desktop, seed)
    # Loaded: the text view exposes the document (speech loads just after the first paint).
    assert wait_for(lambda: (app.text_view() or {}).get("text", {}).get("count"), 30), \
        "the text view never exposed the document"
    assert wait_for(lambda: desktop.activate(messages.app_display_name()), 10)
    assert wait_for(lambda: "focused" in app.text_view()["states"], 10), \
        "the text view does not have the keyboard focus"
    yield app
    app.process.terminate()
    app.process.wait(timeout=10)


def test_main_window_controls_all_have_a_role_and_a_name(app):
    windows = app.windows()
    assert [w["role"] for w in windows] == ["frame"]
    problems = unnamed_controls(windows[0])
    assert problems == []


def test_outline_items_say_question_3_of_7(app, seed):
    document = open_document(str(seed))
    tree = find(app.windows()[0], "tree", "Outline")
    cells = [c["name"] for c in tree["children"] if c["role"] == "table cell"]
    questions = [messages.section_spoken(s, len(document.questions)) for s in document.questions]
    assert questions and [c for c in cells if c in questions] == questions


def test_text_view_is_read_only_text_with_the_document_and_a_caret(app, desktop, seed):
    document = open_document(str(seed))
    view = app.text_view()
    assert "editable" not in view["states"]
    assert {"focusable", "focused"} <= set(view["states"])
    assert view["text"]["count"] == len(document.text)
    assert view["text"]["start"] == document.text[:len(view["text"]["start"])]
    assert view["text"]["caret"] == 0
    desktop.key("n")  # the caret goes to question 1, in the model's offsets
    first = document.questions[0].start
    moved = wait_for(lambda: app.text_view()["text"]["caret"] == first, 10)
    assert moved, f"caret at {app.text_view()['text']['caret']}, question 1 starts at {first}"


def test_play_pause_button_is_named_for_what_it_will_do(app, desktop):
    if not desktop.has_audio:
        pytest.skip("PulseAudio could not start here: nothing can play")

    def button_name() -> str:
        frame = app.windows()[0]
        bar = find(frame, "tool bar")
        buttons = [c for c in bar["children"] if c["role"] == "push button"] if bar else []
        return buttons[0]["name"] if buttons else ""

    assert button_name() == "Play"
    desktop.key("space")  # in the text: read aloud
    assert wait_for(lambda: button_name() == "Pause", 15), button_name()
    desktop.key("space")
    assert wait_for(lambda: button_name() == "Resume", 10), button_name()
    desktop.key("Escape")
    assert wait_for(lambda: button_name() == "Play", 10), button_name()


@pytest.fixture(scope="module")
def window_actions(qapp, tmp_path_factory, seed):
    """The actions that open a window or show hidden controls, found offscreen here."""
    from pytestqt.qtbot import QtBot

    class _Request:  # QtBot wants a request only to register widgets for closing
        node = None

    qtbot = QtBot(_Request())
    settings = QSettings(str(tmp_path_factory.mktemp("discover") / "s.ini"),
                         QSettings.Format.IniFormat)
    document = open_document(str(seed))

    def make_window():
        window = build_main_window(settings, engine_factory=ScriptedEngine,
                                   open_sink=lambda: MemorySink())
        window.show()
        window.show_document(document)
        window.speech.load()
        window.speech.wait_until_loaded()
        return window

    found = actions_showing_controls(make_window, qtbot)
    QApplication.processEvents()
    return found


def test_the_table_has_dialogs_to_walk(window_actions):
    """If this fails the discovery is broken (F1 opens the shortcuts list, at least)."""
    assert window_actions["shortcuts"].window and window_actions["about"].window


def _controls(node: dict) -> list[tuple[str, str]]:
    here = [(node["role"], node["name"])] if "showing" in node["states"] else []
    return here + [c for child in node["children"] for c in _controls(child)]


def test_every_window_an_action_opens_has_named_controls(app, desktop, window_actions):
    main = app.windows()[0]["name"]
    problems: dict[str, list[str]] = {}
    for action_id, opener in window_actions.items():
        pressed = " ".join(k.xdotool() for k in opener.keys)
        if opener.window:
            desktop.key(*pressed.split())
            windows = wait_for(lambda: [w for w in app.windows() if w["name"] != main], 10)
            assert windows, f"{action_id} ({pressed}) opened no window"
        else:
            # Controls shown inside the main window (a bar): walk it once they appear. Not
            # asserted: offscreen, an action may show something the real app shows elsewhere.
            before = _controls(app.windows()[0])
            desktop.key(*pressed.split())
            windows = wait_for(
                lambda before=before: [w for w in app.windows()[:1] if _controls(w) != before], 5
            ) or app.windows()[:1]
        for window in windows:
            found = unnamed_controls(window)
            if found:
                problems[f"{action_id} ({pressed}): {window['role']} {window['name']!r}"] = found
        desktop.key("Escape")
        assert wait_for(lambda: len(app.windows()) == 1, 10), \
            f"Escape did not close what {action_id} opened"
        # The window manager gives the keyboard back to the main window in its own time (slow
        # under load): the next action's keys must not go to nowhere meanwhile.
        desktop.activate(messages.app_display_name())
    # A combo box's drop-down list needs reader.ui.shell.accessible_names.name_combo_lists(dialog).
    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)
