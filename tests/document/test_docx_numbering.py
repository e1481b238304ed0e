"""Word's list numbering, whose number is not in the text: a list numbered with words of its
own ("Q%1.", as an interview numbers its questions) shows them, and its questions are found
as the text's "Q1. Why…?" are."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import BlockKind
from reader.document.pipeline import open_document
from tests.document.test_docx_real_files import _p, _r, _set_numbering, _word_file

TURNS = [("Why did you start painting so late?", "Because I was afraid of it for years."),
         ("What changed in the end?", "My daughter gave me a box of brushes."),
         ("Do you paint every day now?", "Every morning, before the light goes.")]
INTRO = (_p(_r("A painter at sixty")) + _p(_r("She sold her first canvas last year. We met "
                                               "her in her studio by the sea.")))


def _numbered_file(folder: Path, body: str, levels: list[tuple[str, str]]) -> Path:
    """A Word file whose list 1 numbers its levels as ``levels`` say: (format, text)."""
    path = _word_file(folder, body)
    defined = "".join(f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="{kind}"/>'
                      f'<w:lvlText w:val="{text}"/></w:lvl>'
                      for n, (kind, text) in enumerate(levels))
    _set_numbering(path, f'<w:abstractNum w:abstractNumId="7">{defined}</w:abstractNum>'
                         '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>')
    return path


def _item(text: str, level: int = 0) -> str:
    return _p(f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>'
              f"</w:pPr>{_r(text)}")


def test_questions_numbered_with_words_of_their_own_show_them(tmp_path):
    body = INTRO + "".join(_item(q) + _p(_r(a)) for q, a in TURNS)
    document = open_document(_numbered_file(tmp_path, body, [("decimal", "Q%1.")]),
                             with_language=False)
    assert [b.text for b in document.blocks[2::2]] == [
        f"Q{n}. {q}" for n, (q, _) in enumerate(TURNS, 1)]
    assert [document.question_text(q) for q in document.questions] == [
        f"Q{n}. {q}" for n, (q, _) in enumerate(TURNS, 1)]


def test_a_plain_numbered_list_stays_a_list_whose_numbers_are_text_as_word_shows_them(
        tmp_path):
    body = INTRO + _item("Brushes") + _item("Hog hair", 1) + _item("Sable", 1) + _item("Paper")
    document = open_document(
        _numbered_file(tmp_path, body, [("decimal", "%1."), ("lowerLetter", "%2)")]),
        with_language=False)
    items = [(b.kind, b.level, b.ordinal, b.text) for b in document.blocks[2:]]
    assert items == [(BlockKind.LIST_ITEM, 1, "1.", "1. Brushes"),
                     (BlockKind.LIST_ITEM, 2, "a)", "a) Hog hair"),
                     (BlockKind.LIST_ITEM, 2, "b)", "b) Sable"),
                     (BlockKind.LIST_ITEM, 1, "2.", "2. Paper")]


def test_words_around_every_levels_number_are_written_as_its_format_says(tmp_path):
    body = INTRO + _item("Before the sea") + _item("Why Brest?", 1) + _item("Why boats?", 1)
    document = open_document(
        _numbered_file(tmp_path, body, [("upperRoman", "Part %1:"),
                                        ("lowerLetter", "Question %1.%2")]),
        with_language=False)
    assert [b.text for b in document.blocks[2:]] == [
        "Part I: Before the sea", "Question I.a Why Brest?", "Question I.b Why boats?"]
