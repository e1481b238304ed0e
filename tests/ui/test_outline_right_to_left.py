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


def _lines(text: str, font, width: int) -> list[str]:
    """``text`` broken into lines as the outline's rows break it."""
    from reader.ui.text.outline_drawing import _wrapping

    layout = QTextLayout(text, font)
    layout.setTextOption(_wrapping())
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


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


def test_at_96_pt_the_interface_words_of_a_row_break_at_their_own_syllables(qtbot):
    """"Question 1:" is the interface's (English here), the question the document's (Hebrew,
    which has no syllable dictionary): at 96 pt the row showed "Qu-esti-on", broken between
    letters, where the interface's syllables give "Ques-tion"."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from reader.appearance.hyphenation import SOFT_HYPHEN, hyphenation_points

    outline = OutlineView()
    qtbot.addWidget(outline)
    document = parse_text(HEBREW)
    outline.show_document(document)
    with qtbot.waitExposed(outline):  # a hidden view's rows are measured whole (start-up)
        outline.show()
    index = next(i for i, s in enumerate(document.sections) if s.number == 1)
    label = outline.item_for(index).text(0)
    font = QFont(outline.font())
    font.setPointSizeF(96.0)
    # a row where "Ques-" fits and "Question" does not (the default is narrower still)
    width = round(QFontMetricsF(font).horizontalAdvance("Quest-")) + 2
    shown, _height = outline.itemDelegate().wrapped(label, font, width)
    word = shown[:shown.index(" ")]
    assert word.replace(SOFT_HYPHEN, "") == "Question"
    layout_lines = _lines(shown, font, width)
    assert layout_lines[0] == "Ques\u00ad", layout_lines  # not "Qu-e-s-t-" / "i-on"
    assert layout_lines[1].startswith("tion "), layout_lines
    assert hyphenation_points("Question", "en") == (4,)
