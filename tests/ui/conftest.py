"""Fixtures for the window tests: a settings file per test, a hand-made interview, a window."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QTextEdit

from reader.app import build_main_window
from reader.document.model import Document, DocumentKind, Role, Section, SectionKind
from reader.document.pipeline import open_document, parse_text
from reader.speech.memory_sink import MemorySink
from reader.speech.scripted_engine import ScriptedEngine
from reader.ui.text.text_view import TextView

# Markdown-it itself drops javascript: and file: links (they stay text); the links here
# are the kinds that do reach the model.
# A small interview in the shape the structure detector produces (it lands in parallel; the
# window is tested against sections made by hand).
INTERVIEW_TEXT = """\
Une interview de test

INTERVIEW Le chapeau qui résume l'entretien.

- [Twitter](#)

Le premier paragraphe d'introduction, avec <b>du HTML</b> brut.

Qu'est-ce qu'une question ?

C'est une phrase qui demande.

Une deuxième phrase de réponse.

Pourquoi lire ?

Pour apprendre, voir [le site](https://example.org/a), [un serveur](ftp://example.org/f) et
[un fichier](notes.md).

Et la dernière question ?

La dernière réponse.
"""

# (section kind, first block, end block, answer block)
_LAYOUT = [
    (SectionKind.FRONT_MATTER, 0, 3, -1),
    (SectionKind.INTRODUCTION, 3, 4, -1),
    (SectionKind.QUESTION, 4, 7, 5),
    (SectionKind.QUESTION, 7, 9, 8),
    (SectionKind.QUESTION, 9, 11, 10),
]
_ROLES = [Role.TITLE, Role.LEAD, Role.SHARE, Role.INTRO,
          Role.QUESTION, Role.ANSWER, Role.ANSWER,
          Role.QUESTION, Role.ANSWER,
          Role.QUESTION, Role.ANSWER]


def make_interview(path: str = "/tmp/interview-test.txt") -> Document:
    parsed = parse_text(INTERVIEW_TEXT, path=path, plain_text=True)
    blocks = tuple(replace(b, role=r) for b, r in zip(parsed.blocks, _ROLES, strict=True))
    sections, number = [], 0
    for kind, first, end, answer in _LAYOUT:
        heading = ""
        if kind is SectionKind.QUESTION:
            number += 1
            heading = " ".join(b.text for b in blocks[first:answer])
        sections.append(Section(kind, first, end, blocks[first].start, blocks[end - 1].end,
                                heading, 1, number, answer))
    return Document(
        title=blocks[0].text, kind=DocumentKind.INTERVIEW, language="fr", blocks=blocks,
        sections=tuple(sections), source=parsed.source, path=path,
    )


@pytest.fixture(autouse=True)
def restore_application_look(qapp):
    """Themes and menu fonts are application-wide (any test that changes the appearance sets
    them): give the next test what this one found."""
    app = qapp
    palette, font = QPalette(app.palette()), QFont(app.font())
    explicit = app.testAttribute(Qt.ApplicationAttribute.AA_SetPalette)
    yield
    app.setPalette(palette if explicit else QPalette())  # an empty one: the platform's again
    app.setFont(font)
    app.setStyleSheet("")


@pytest.fixture
def interview() -> Document:
    return make_interview()


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings):
    """Build a shown main window; ``load`` replaces the file loader when given."""

    def make(load=open_document, settings_=None):
        window = build_main_window(settings_ or settings, load=load)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window, interview):
    window = make_window()
    window.show_document(interview)
    return window


@pytest.fixture
def speaking_window(qtbot, settings, interview):
    """Makes a shown window with the interview and the caret in the text, speech through
    ``engine`` (a scripted one unless given) into memory."""

    def make(engine=None):
        engine = engine or ScriptedEngine()
        settings.setValue("speech/announce_messages", False)
        window = build_main_window(settings, engine_factory=lambda: engine,
                                   open_sink=MemorySink)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.show_document(interview)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text, timeout=20_000)
        return window

    return make


@pytest.fixture
def told(monkeypatch):
    """Every accessible description the text view is given (what Orca hears), in order."""
    descriptions: list[str] = []

    def record(self, text):
        descriptions.append(text)
        QTextEdit.setAccessibleDescription(self, text)

    monkeypatch.setattr(TextView, "setAccessibleDescription", record)
    return descriptions


@pytest.fixture
def focused(window, qtbot):
    """The window, with the keyboard focus in its text."""
    window.text.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    return window
