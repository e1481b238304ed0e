"""What a screen reader hears of the document's places. (See ``reader.messages``.)"""

from __future__ import annotations

from ..document.model import Section, SectionKind
from .documents import section_label
from .translate import tr
from .window import question_accessible


def section_spoken(section: Section, question_count: int) -> str:
    """A section as a screen reader says it, in the outline and on arriving there with N or
    Ctrl+PgDown: "Question 3 of 7: Why…?", else the outline's label ("Introduction")."""
    if section.kind is SectionKind.QUESTION:
        return question_accessible(section.number, question_count, section.heading)
    return section_label(section)


def section_opening(label: str, first_sentence: str) -> str:
    """A section named by its kind, then how it begins: "Introduction: For years, …"."""
    return tr("{label}: {opening}").format(label=label, opening=first_sentence)


def toolbar_more_name() -> str:
    """The button a toolbar shows when the window is too narrow for all its buttons."""
    return tr("More controls")


def menubar_more_name() -> str:
    """The button a menu bar shows when the window is too narrow for all its menus."""
    return tr("More menus")
