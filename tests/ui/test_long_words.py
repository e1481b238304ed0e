"""Words whole at every text size: a line breaks between words, or, in a word wider than the
whole line, at a syllable with a visible hyphen; the hyphen is on the page only (copied text,
the caret's place and what is read stay the document's own words)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextCursor, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from reader.appearance.hyphenation import hyphenation_points
from reader.document.model import Document, DocumentKind, Role
from reader.document.pipeline import parse_text

SOFT_HYPHEN = "\u00ad"
TEXT = ("Pédocriminalité\n\n"
        "La directrice divisionnaire explique la situation aux journalistes présents.\n\n"
        "Voir https://www.example.org/pedocriminalite/rapport-2019-version-complete.pdf "
        "et le numéro 33123456789012345678901234 du dossier.")


def french_document() -> Document:
    parsed = parse_text(TEXT, path="/tmp/long-words.txt", plain_text=True)
    blocks = (replace(parsed.blocks[0], role=Role.TITLE), *parsed.blocks[1:])
    return Document(title=blocks[0].text, kind=DocumentKind.ARTICLE, language="fr",
                    blocks=blocks, sections=(), source=parsed.source, path=parsed.path)


def set_size(window, points: float) -> None:
    controller = window.appearance
    controller.apply(replace(controller.appearance, font_size=points))
    QApplication.processEvents()
    QApplication.processEvents()


class Break(NamedTuple):
    word: str  # the whole word (the run of text with no space) the line ends inside
    width: float  # of that word on the page, in pixels (its pieces on their lines)
    line_width: float
    hyphen: bool  # the line ends at a soft hyphen: Qt draws a hyphen there
    piece: str  # the word's part on the line
    syllable_inside: bool  # the part has a syllable break in it


def page(view) -> tuple[list[list[str]], list[Break]]:
    """Each block's lines as the page shows them (a line ending at a soft hyphen shows "-"),
    and every break inside a word."""
    document = view.document()
    document.documentLayout().blockBoundingRect(document.lastBlock())  # laid out to the end
    shown, breaks = [], []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        lines = [layout.lineAt(n) for n in range(layout.lineCount())]
        pieces = []
        for number, line in enumerate(lines):
            start, end = line.textStart(), line.textStart() + line.textLength()
            piece = text[start:end]
            hyphen = piece.endswith(SOFT_HYPHEN)
            pieces.append((piece[:-1] + "-" if hyphen else piece).replace(SOFT_HYPHEN, ""))
            if number + 1 < len(lines) and not piece[-1:].isspace():
                breaks.append(_break(lines, text, start, end, hyphen))
        shown.append(pieces)
        block = block.next()
    return shown, breaks


def _break(lines, text: str, start: int, end: int, hyphen: bool) -> Break:
    first = text.rfind(" ", 0, end) + 1
    last = text.find(" ", end)
    last = len(text) if last < 0 else last
    clean = text[first:last].replace(SOFT_HYPHEN, "")
    width = sum(_width_on(line, text, first, last) for line in lines)
    piece_start = len(text[first:max(first, start)].replace(SOFT_HYPHEN, ""))
    piece_end = len(text[first:end].replace(SOFT_HYPHEN, ""))
    inside = any(piece_start < p < piece_end for p in hyphenation_points(clean, "fr"))
    return Break(clean, width, lines[0].width(), hyphen, clean[piece_start:piece_end], inside)


def _width_on(line, text: str, first: int, last: int) -> float:
    """The width of ``text[first:last]``'s part on ``line`` (0 when it has none)."""
    start = max(first, line.textStart())
    end = min(last, line.textStart() + line.textLength())
    if start >= end:
        return 0.0
    return abs(line.cursorToX(end)[0] - line.cursorToX(start)[0])


@pytest.fixture
def french(make_window):
    window = make_window()
    window.resize(900, 700)
    window.show_document(french_document())
    return window


@pytest.mark.parametrize("points", [8.0, 48.0, 96.0])
def test_a_word_is_cut_only_when_wider_than_the_line_and_then_at_a_syllable(french, points):
    set_size(french, points)
    lines, breaks = page(french.text)
    for broken in breaks:
        if broken.piece[-1] in "-/" and not broken.hyphen:
            continue  # at the word's own "-" or "/", as in print ("Sud-|Est")
        assert broken.width > broken.line_width, broken  # it could not fit whole on a line
        # At a syllable, with a hyphen; anywhere only in a part with no syllable break left
        # (or after the word's own "-" or "/").
        assert broken.hyphen or broken.piece[-1] in "-/" or not broken.syllable_inside, broken
    if points == 8.0:
        assert not breaks
        assert lines[1] == ["La directrice divisionnaire explique la situation aux "
                            "journalistes présents."]
    else:
        assert any(b.hyphen for b in breaks)  # the pane is too narrow for some words
        assert all(" " not in b.word for b in breaks)
    assert all("".join(block).replace("-", "") == text.replace("-", "")
               for block, text in zip(lines, TEXT.split("\n\n"), strict=True))


def test_the_title_grows_less_rather_than_break_its_word(french):
    set_size(french, 8.0)
    title = french.text.document().begin()
    small = title.layout().lineAt(0).height()
    assert title.layout().lineCount() == 1
    set_size(french, 48.0)
    lines, _breaks = page(french.text)
    body = french.text.document().begin().next().layout().lineAt(0).height()
    heading = title.layout().lineAt(0).height()
    assert heading > body > small  # still larger than the text: still a heading
    assert lines[0][0].startswith("Pédocrimi")  # not "Pé-do-cri-mi-na-lité", a syllable a line
    set_size(french, 8.0)
    assert title.layout().lineAt(0).height() == small  # back to its full size


def test_a_hyphenated_word_fits_whole_again_when_the_pane_widens(french, qtbot):
    set_size(french, 48.0)
    assert any(b.hyphen for b in page(french.text)[1])
    french.resize(2600, 700)
    qtbot.waitUntil(lambda: french.text.viewport().width() > 2000)
    title = french.text.document().begin()
    qtbot.waitUntil(lambda: SOFT_HYPHEN not in title.text())  # it fits: no hyphen is left in it
    assert title.text() == "Pédocriminalité"
    assert page(french.text)[0][0] == ["Pédocriminalité"]


@pytest.mark.parametrize("points", [8.0, 48.0, 96.0])
def test_copy_caret_and_find_see_the_documents_own_words(french, qtbot, points):
    set_size(french, points)
    view, text = french.text, french.document.text
    view.selectAll()
    assert view.createMimeDataFromSelection().text() == text  # copied unchanged
    word = text.index("divisionnaire")
    view.go_to(word)
    for step in range(1, len("divisionnaire") + 1):  # the caret steps letter by letter
        qtbot.keyClick(view, Qt.Key.Key_Right)
        assert view.caret_offset() == word + step
    cursor = view.textCursor()
    cursor.setPosition(view.positions.to_qt(word))
    cursor.setPosition(view.positions.to_qt(word + len("divisionnaire")),
                       QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.createMimeDataFromSelection().text() == "divisionnaire"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = french.keyboard.find.bar
    qtbot.waitUntil(lambda: bar.field.hasFocus())
    qtbot.keyClicks(bar.field, "pedocriminalite")  # accents are ignored
    expected = [m.span() for m in re.finditer("(?i)p[ée]docriminalit[ée]", text)]
    assert len(expected) > 1  # the title's and the URL's, hyphenated on the page at 96 pt
    qtbot.waitUntil(lambda: french.keyboard.find.matches == expected)
    shown = set(view.highlights.ranges("find"))  # those near the screen
    assert shown and shown <= set(expected)  # drawn over those words, not beside them


def test_the_reading_highlight_covers_the_words_read(french):
    set_size(french, 96.0)
    text = french.document.text
    sentence = (text.index("La directrice"), text.index("présents.") + len("présents."))
    french.text.show_reading(sentence, (text.index("divisionnaire"),
                                        text.index("divisionnaire") + len("divisionnaire")))
    assert [text[a:b] for a, b in french.text.highlights.reading_ranges()] == [
        text[sentence[0]:sentence[1]], "divisionnaire"]
    set_size(french, 8.0)  # the hyphens leave the page: the highlight stays on its words
    assert [text[a:b] for a, b in french.text.highlights.reading_ranges()] == [
        text[sentence[0]:sentence[1]], "divisionnaire"]


LONG_QUESTION = "Qu'est-ce que la pédocriminalité transfrontalière ?"


@pytest.mark.parametrize("points", [8.0, 48.0, 96.0])
def test_outline_rows_keep_words_whole_and_hyphenate_only_words_wider_than_the_row(
        make_window, interview, points):
    sections = tuple(replace(s, heading=LONG_QUESTION) if s.number == 1 else s
                     for s in interview.sections)
    window = make_window()
    window.resize(1280, 800)
    window.show_document(replace(interview, sections=sections))
    set_size(window, points)
    outline = window.outline
    item = next(outline.item_for(i) for i, s in enumerate(sections) if s.number == 1)
    outline.scrollToItem(item)
    QApplication.processEvents()
    label = item.text(0)
    assert LONG_QUESTION in label and SOFT_HYPHEN not in label  # what Orca and copy get
    assert SOFT_HYPHEN not in str(item.data(0, Qt.ItemDataRole.AccessibleTextRole))
    width = outline.visualItemRect(item).width() - 6  # the row's text margins
    shown, height = outline.itemDelegate().wrapped(label, outline.font(), width)
    assert height <= outline.visualItemRect(item).height()  # the row shows all of its lines
    layout = QTextLayout(shown, outline.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    ends = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        ends.append(line.textStart() + line.textLength())
    layout.endLayout()
    metrics = QFontMetricsF(outline.font())
    for start, end in zip([0, *ends], ends[:-1], strict=False):
        if shown[end - 1].isspace():
            continue  # between words
        word = re.findall(r"\S+", shown[:end])[-1] + re.findall(r"^\S*", shown[end:])[0]
        assert metrics.horizontalAdvance(word.replace(SOFT_HYPHEN, "")) > width, word
        # At a syllable or the word's own "-"; anywhere only when no syllable is left in the
        # part on the line (at 96 pt a narrow outline holds two or three letters a line).
        piece = shown[max(start, shown.rfind(" ", 0, end) + 1):end]
        assert shown[end - 1] in SOFT_HYPHEN + "-/" or SOFT_HYPHEN not in piece, word
    if points == 96.0:
        assert SOFT_HYPHEN in shown  # "pédocriminalité" is wider than the outline
    if points == 8.0:
        assert shown == label


def test_a_language_learned_after_opening_hyphenates_the_long_words(make_window, qtbot):
    from reader.window_documents import default_document_path, open_without_language

    window = make_window(load=open_without_language)
    window.resize(900, 700)
    set_size(window, 96.0)
    assert window.open_path(default_document_path()) == ""
    QApplication.processEvents()
    assert not window.document.language  # no language yet: no guess, no hyphen
    assert SOFT_HYPHEN not in window.text.toPlainText()
    qtbot.waitUntil(lambda: window.document.language == "fr", timeout=20000)
    qtbot.waitUntil(lambda: SOFT_HYPHEN in window.text.toPlainText())
    assert window.text.toPlainText().replace(SOFT_HYPHEN, "") == window.document.text
    window.typesetter.layout.finish()  # the page laid out again around the new hyphens
    breaks = [b for b in page(window.text)[1] if b.piece[-1] not in "-/"]  # not "Sud-|Est"
    assert any(b.hyphen for b in breaks)
    assert [b for b in breaks if b.width <= b.line_width] == []
    assert [b for b in breaks if not b.hyphen and b.syllable_inside] == []


def test_a_bookmarks_label_ends_after_a_whole_word(make_window, interview, settings, qtbot):
    from reader.ui.places.reading_places import ReadingPlaces

    question = ("Cela veut-il dire qu'il y a de moins en moins de pédophiles qui se rendent "
                "en Asie du Sud-Est ?")
    sections = tuple(replace(s, heading=question) if s.number == 1 else s
                     for s in interview.sections)
    window = make_window()
    window.show_document(replace(interview, sections=sections))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    window.jump_to(window.document.questions[0].start)
    qtbot.keyClick(window.text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    [mark] = ReadingPlaces(settings).bookmarks(window.document.path)
    assert mark.label.endswith("…")
    words = mark.label.removesuffix("…").split()
    assert words and words == ("Question 1 of 3: " + question).split()[:len(words)]


def test_the_line_read_stays_in_view_when_words_above_it_get_hyphens(make_window, qtbot):
    from reader.window_documents import default_document_path, open_without_language

    window = make_window(load=open_without_language)
    window.resize(900, 700)
    set_size(window, 96.0)
    assert window.open_path(default_document_path()) == ""
    question = window.document.questions[0].start
    window.jump_to(question)
    pacer = window.typesetter.layout
    pacer.finish()  # the jump is made once its target is laid out
    qtbot.waitUntil(lambda: pacer.waiting_for() is None)
    qtbot.waitUntil(lambda: window.text.caret_offset() == question)
    QApplication.processEvents()
    view = window.text
    before = view.cursorRect().top()
    assert 0 <= before < view.viewport().height()
    qtbot.waitUntil(lambda: window.document.language == "fr", timeout=20000)
    qtbot.waitUntil(lambda: SOFT_HYPHEN in view.toPlainText())  # the title's words above
    assert view.caret_offset() == question
    assert view.cursorRect().top() == before  # the question's line has not moved


def test_justified_text_at_96_pt_breaks_words_the_same_way(french):
    controller = french.appearance
    controller.apply(replace(controller.appearance, alignment="justify", font_size=96.0))
    QApplication.processEvents()
    _lines, breaks = page(french.text)
    assert any(b.hyphen for b in breaks)
    for broken in breaks:
        if broken.piece[-1] in "-/" and not broken.hyphen:
            continue  # at the word's own "-" or "/"
        assert broken.hyphen or not broken.syllable_inside, broken
    french.text.selectAll()
    assert french.text.createMimeDataFromSelection().text() == french.document.text


LONG_TEXT = "\n\n".join(f"Paragraphe {n} : la pédocriminalité transfrontalière est examinée."
                        for n in range(600))


def long_french_document() -> Document:
    parsed = parse_text(LONG_TEXT, path="/tmp/long-words-long.txt", plain_text=True)
    return replace(parsed, language="fr")


def wrongly_cut(view) -> list[Break]:
    """The breaks inside a word that a reader would see as wrong: a word that fits its line
    cut, or one cut with no hyphen where a syllable could have taken it."""
    return [b for b in page(view)[1] if not (b.piece[-1] in "-/" and not b.hyphen)
            and (b.width <= b.line_width or (not b.hyphen and b.syllable_inside))]


@pytest.fixture
def long_french(make_window, qtbot):
    window = make_window()
    window.resize(900, 700)
    window.show_document(long_french_document())
    set_size(window, 8.0)
    middle = window.document.text.index("Paragraphe 300 ")
    window.jump_to(middle)
    window.typesetter.layout.finish()
    qtbot.waitUntil(lambda: window.text.caret_offset() == middle)
    return window


def test_at_96_pt_the_words_in_sight_break_at_once_and_the_others_soon_after(long_french,
                                                                             qtbot):
    view = long_french.text
    set_size(long_french, 96.0)
    in_sight = view.textCursor().block()  # the reader's paragraph, kept in sight
    assert in_sight.text().replace(SOFT_HYPHEN, "").startswith("Paragraphe 300 ")
    assert SOFT_HYPHEN in in_sight.text()  # "pédo-cri-mi-na-lité" breaks right away
    first = view.document().begin()  # far above: on idle turns
    qtbot.waitUntil(lambda: SOFT_HYPHEN in first.text() and not long_french.typesetter
                    .fitting_words(), timeout=20000)
    assert view.toPlainText().count(SOFT_HYPHEN) >= 600 * 2  # every paragraph's long words
    assert view.toPlainText().replace(SOFT_HYPHEN, "") == long_french.document.text
    assert wrongly_cut(view) == []
    assert view.caret_offset() == long_french.document.text.index("Paragraphe 300 ")

    set_size(long_french, 8.0)  # they all fit again: the hyphens go, those in sight first
    assert SOFT_HYPHEN not in view.textCursor().block().text()
    qtbot.waitUntil(lambda: SOFT_HYPHEN not in view.toPlainText(), timeout=20000)
    view.selectAll()
    assert view.createMimeDataFromSelection().text() == long_french.document.text


def test_a_size_changed_again_before_the_idle_work_ends_is_fitted_to_the_new_size(
        long_french, qtbot):
    controller, view = long_french.appearance, long_french.text
    controller.apply(replace(controller.appearance, font_size=96.0))
    assert SOFT_HYPHEN in view.textCursor().block().text()  # those in sight, at once
    controller.apply(replace(controller.appearance, font_size=24.0))  # before the rest
    qtbot.waitUntil(lambda: not long_french.typesetter.fitting_words(), timeout=20000)
    assert SOFT_HYPHEN not in view.toPlainText()  # at 24 pt every word fits: none is left
    assert page(view)[1] == []  # and none is cut
    set_size(long_french, 96.0)
    qtbot.waitUntil(lambda: not long_french.typesetter.fitting_words(), timeout=20000)
    assert view.toPlainText().count(SOFT_HYPHEN) >= 600 * 2  # all of them, from 24 pt too
    assert wrongly_cut(view) == []
