"""The QTextDocument built from a Document: same coordinates, visible structure, nothing
rendered."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QFont, QTextCursor, QTextFormat
from PySide6.QtWidgets import QApplication

from reader.document.model import Document, place_blocks
from reader.document.pipeline import parse_text
from reader.ui.text.renderer import PageStyle, PositionMap, reading_font, render

MARKDOWN = """\
# Title heading

Some *emphasis*, **strong**, `code` and a [link](https://example.org/x "t").

## Second level

- one
- two with **bold**
  - nested a
  - nested b
- three

  continued paragraph of three

3. third
4. fourth

> a quote
> > a nested quote

```
code line 1
code line 2
```

---

<b>raw html</b> & <script>alert(1)</script>

![an image](http://example.org/i.png)
"""


@pytest.fixture
def rendered(qapp):
    document = parse_text(MARKDOWN)
    return document, render(document, reading_font(QApplication.font()), qapp.palette())


def _block_positions_match(document: Document, text_document) -> None:
    positions = PositionMap.for_text(document.text)
    assert text_document.blockCount() == max(1, len(document.blocks))
    for index, block in enumerate(document.blocks):
        qt_block = text_document.findBlockByNumber(index)
        assert qt_block.position() == positions.to_qt(block.start), (index, block.text)
        assert qt_block.text().replace("\u2028", "\n") == block.text.replace("\u2028", "\n")


def test_every_block_is_one_qt_block_at_the_model_offset(rendered):
    document, result = rendered
    _block_positions_match(document, result.text_document)
    assert result.text_document.toPlainText().replace("\u2028", "\n") == document.text.replace(
        "\u2028", "\n"
    )


def test_seed_interview_offsets_equal_cursor_positions(qapp):
    from reader.document.pipeline import open_document
    from reader.window_documents import default_document_path

    document = open_document(default_document_path())
    result = render(document, reading_font(qapp.font()), qapp.palette())
    _block_positions_match(document, result.text_document)
    assert result.positions.astral == ()  # the identity map: no conversion cost


def test_characters_outside_the_bmp_are_mapped_both_ways(qapp):
    document = parse_text("An emoji 😀 here.\n\nAnd 𝕏 then *end*.")
    result = render(document, reading_font(qapp.font()), qapp.palette())
    _block_positions_match(document, result.text_document)
    positions = result.positions
    end_offset = document.text.index("end")
    cursor = QTextCursor(result.text_document)
    cursor.setPosition(positions.to_qt(end_offset))
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 3)
    assert cursor.selectedText() == "end"
    for offset in range(len(document.text) + 1):
        assert positions.to_model(positions.to_qt(offset)) == offset


def test_characters_qt_would_split_blocks_on_are_neutralised(qapp):
    document = parse_text("one\u2029two and \ufdd0 three\n\nnext")
    result = render(document, reading_font(qapp.font()), qapp.palette())
    lengths = [
        result.text_document.findBlockByNumber(i).length() - 1 for i in range(len(document.blocks))
    ]
    assert result.text_document.blockCount() == len(document.blocks)
    assert lengths == [len(b.text) for b in document.blocks]


def test_raw_html_is_shown_as_text(rendered):
    document, result = rendered
    plain = result.text_document.toPlainText()
    assert "<b>raw html</b> & <script>alert(1)</script>" in plain


def _format_at(result, document, needle: str):
    offset = document.text.index(needle)
    cursor = QTextCursor(result.text_document)
    cursor.setPosition(result.positions.to_qt(offset) + 1)
    return cursor.charFormat(), cursor.blockFormat(), cursor


def test_inline_styles(rendered):
    document, result = rendered
    assert _format_at(result, document, "emphasis")[0].fontItalic()
    assert _format_at(result, document, "strong")[0].fontWeight() == QFont.Weight.Bold
    assert _format_at(result, document, "code and")[0].fontFixedPitch()
    link = _format_at(result, document, "link")[0]
    assert link.isAnchor() and link.anchorHref() == "https://example.org/x"
    assert link.fontUnderline()
    assert "https://example.org/x" in link.toolTip()
    image = _format_at(result, document, "an image")[0]
    assert image.fontItalic() and "i.png" in image.toolTip()


def test_headings_are_bold_and_larger_by_level(rendered):
    document, result = rendered
    h1, h1_block, _ = _format_at(result, document, "Title heading")
    h2, h2_block, _ = _format_at(result, document, "Second level")
    body, _, _ = _format_at(result, document, "Some")
    size = lambda f: f.intProperty(QTextFormat.Property.FontSizeAdjustment)  # noqa: E731
    assert h1.fontWeight() == QFont.Weight.Bold and h2.fontWeight() == QFont.Weight.Bold
    assert size(h1) > size(h2) > size(body)
    assert (h1_block.headingLevel(), h2_block.headingLevel()) == (1, 2)
    # The adjustment scales the default font: the laid-out heading line really is taller.
    layout = result.text_document.documentLayout()
    height = lambda needle: layout.blockBoundingRect(  # noqa: E731
        _format_at(result, document, needle)[2].block()
    ).height()
    assert height("Title heading") > height("Second level") > height("one")


def test_lists_have_markers_drawn_by_qt_not_inserted(rendered):
    document, result = rendered
    _, _, cursor = _format_at(result, document, "one")
    bullets = cursor.currentList()
    assert bullets is not None and bullets.count() == 3  # one, two, three
    assert cursor.block().text() == "one"  # no marker in the text
    _, _, nested = _format_at(result, document, "nested a")
    assert nested.currentList() is not None and nested.currentList() != bullets
    assert nested.currentList().count() == 2
    _, continued_format, continued = _format_at(result, document, "continued paragraph")
    assert continued.currentList() is None and continued_format.indent() >= 1
    # A Markdown list's numbers are text (seen, heard, found): drawn once, not again by Qt.
    _, ordered_format, ordered = _format_at(result, document, "3. third")
    assert ordered.block().text() == "3. third"
    assert ordered.currentList() is None and ordered_format.indent() >= 1


def test_numbers_a_format_gives_as_markers_are_drawn_by_qt(qapp):
    # Every format now writes its numbers in the text (issue 17); a number left out of
    # it would still be drawn by Qt rather than lost.
    document = parse_text("Intro.\n\n3. third\n4. fourth\n", with_language=False)
    blocks = place_blocks([replace(block, text=block.text[3:]) if block.ordinal else block
                           for block in document.blocks])
    document = replace(document, blocks=tuple(blocks))
    assert document.text == "Intro.\nthird\nfourth"
    result = render(document, reading_font(QApplication.font()), qapp.palette())
    cursor = QTextCursor(result.text_document.findBlockByNumber(1))
    numbers = cursor.currentList()
    assert cursor.block().text() == "third"
    assert numbers.format().start() == 3 and numbers.count() == 2
    assert numbers.itemText(cursor.block()) == "3."


def test_quotes_are_indented_and_italic(rendered):
    document, result = rendered
    char, block, _ = _format_at(result, document, "a quote")
    nested_char, nested_block, _ = _format_at(result, document, "a nested quote")
    assert char.fontItalic() and block.indent() == 1 and nested_block.indent() == 2


def test_code_blocks_are_monospace_one_block(rendered):
    document, result = rendered
    char, _, cursor = _format_at(result, document, "code line 1")
    assert char.fontFixedPitch()
    assert "code line 2" in cursor.block().text()


def test_questions_differ_from_answers_not_by_colour_alone(qapp):
    from tests.ui.conftest import make_interview

    document = make_interview()
    result = render(document, reading_font(qapp.font()), qapp.palette())
    question, question_block, _ = _format_at(result, document, "Qu'est-ce")
    answer, answer_block, _ = _format_at(result, document, "C'est une")
    size = lambda f: f.intProperty(QTextFormat.Property.FontSizeAdjustment)  # noqa: E731
    assert question.fontWeight() == QFont.Weight.Bold != answer.fontWeight()
    assert size(question) > size(answer)
    assert question_block.topMargin() > answer_block.topMargin()
    title, _, _ = _format_at(result, document, "Une interview")
    assert size(title) > size(question)  # the title is the largest text
    share, _, _ = _format_at(result, document, "Twitter")
    assert size(share) < size(answer)  # share links: visible but subdued


def test_empty_document_renders_to_one_empty_block(qapp):
    document = parse_text("")
    result = render(document, reading_font(qapp.font()), qapp.palette())
    assert result.text_document.isEmpty()


def test_reading_font_is_at_least_fourteen_points():
    small = QFont("Sans", 9)
    assert reading_font(small).pointSizeF() == 14
    big = QFont("Sans", 20)
    assert reading_font(big).pointSizeF() == 20


JUSTIFIED = PageStyle(alignment="justify")


def _justified(qapp, text: str, language: str = "fr"):
    document = replace(parse_text(text), language=language)
    return document, render(document, reading_font(qapp.font()), qapp.palette(),
                            style=JUSTIFIED)


def test_justified_text_is_hyphenated_on_the_page_only(qapp):
    document, result = _justified(
        qapp, "L'exploitation sexuelle des *mineurs* 😀 sur Internet.\n\nUne autre phrase.")
    page = result.text_document.toPlainText()
    assert "ex\u00adploi\u00adta\u00adtion" in page and "mi\u00adneurs" in page
    assert page.replace("\u00ad", "") == document.text  # the words themselves are untouched
    assert "\u00ad" not in document.text
    positions = result.positions
    for index, block in enumerate(document.blocks):
        assert result.text_document.findBlockByNumber(index).position() == \
            positions.to_qt(block.start)
    for offset in range(len(document.text) + 1):
        assert positions.to_model(positions.to_qt(offset)) == offset
    cursor = QTextCursor(result.text_document)
    start = document.text.index("mineurs")
    cursor.setPosition(positions.to_qt(start))
    cursor.setPosition(positions.to_qt(start + len("mineurs")), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText().replace("\u00ad", "") == "mineurs"
    assert cursor.charFormat().fontItalic()  # the emphasis kept across the hyphen


def test_a_position_just_before_a_soft_hyphen_is_the_offset_after_the_letter(qapp):
    document, result = _justified(qapp, "exploitation")
    positions = result.positions
    assert positions.hyphens == (2, 6, 8)
    assert [positions.to_qt(offset) for offset in (0, 2, 3, 6, 12)] == [0, 3, 4, 8, 15]
    assert positions.to_model(2) == 2  # "ex|­ploi…": before the invisible hyphen
    assert positions.to_model(3) == 2  # after it


def test_left_aligned_or_unknown_language_text_is_not_hyphenated(qapp):
    document = replace(parse_text("L'exploitation sexuelle des mineurs."), language="fr")
    left = render(document, reading_font(qapp.font()), qapp.palette())
    assert "\u00ad" not in left.text_document.toPlainText()
    _, unknown = _justified(qapp, "L'exploitation sexuelle des mineurs.", language="")
    assert "\u00ad" not in unknown.text_document.toPlainText()
