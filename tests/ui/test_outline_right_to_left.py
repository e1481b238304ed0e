"""A right-to-left question in the outline reads as it does in the text: its question mark at
its end, on the left, not on the right after the words of a left-to-right "Question 1: "."""

from __future__ import annotations

from PySide6.QtGui import QTextLayout

from reader.document.pipeline import parse_text
from reader.ui.text.outline_view import OutlineView

HEBREW = """# ראיון עם מדריכת הצלילה

## איך הגעת לצלילה?

גדלתי בבאר שבע, רחוק מהים.

## מה השתנה בשונית מאז?

יש פחות דגים גדולים.
"""


def _x_of(text: str, position: int, font) -> float:
    """Where the character at ``position`` is drawn, laid out as the outline lays its rows."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    x, _trailing = line.cursorToX(position)
    return x


def test_a_hebrew_questions_mark_is_on_its_left_in_the_outline(qtbot):
    outline = OutlineView()
    qtbot.addWidget(outline)
    document = parse_text(HEBREW)
    outline.show_document(document)
    questions = [i for i, s in enumerate(document.sections) if s.number]
    assert len(questions) == 2
    for index in questions:
        label = outline.item_for(index).text(0)
        first_word = label.index("איך" if "איך" in label else "מה")
        mark = label.rindex("?")
        # The mark is drawn left of the question's first word (its start, on the right):
        # the caret before the mark stands left of the caret inside the first word.
        assert _x_of(label, mark, outline.font()) < _x_of(label, first_word + 1, outline.font())
    # What "where am I" and tests read are the words only.
    assert "Question 1: איך הגעת לצלילה?" in outline.row_texts()
