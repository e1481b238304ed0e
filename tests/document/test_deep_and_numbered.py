"""Deep nesting loses nothing; numbers that open a line are text the reader sees and hears."""

from __future__ import annotations

import re

import pytest

from reader import messages
from reader.document.markdown_nesting import KEPT_LEVELS
from reader.document.model import BlockKind, Notice, NoticeKind
from reader.document.pipeline import parse_text
from reader.document.search import FoldedText

WORDS = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    return WORDS.findall(text)


def nested_list(levels: int, indent: str = "  ") -> str:
    return "".join(f"{indent * level}- mot{level}\n" for level in range(levels))


@pytest.mark.parametrize(("source", "expected"), [
    # markdown-it stopped at its nesting limit and dropped the rest without a word.
    (nested_list(13) + "\nAprès la liste.\n",
     [f"mot{n}" for n in range(13)] + ["Après", "la", "liste"]),
    (">" * 25 + " profond\n\nAprès.\n", ["profond", "Après"]),
    (">" * 10_000 + " profond\n\nAprès.\n", ["profond", "Après"]),
    ("- " * 10_000 + "feuille\n\nAprès.\n", ["feuille", "Après"]),
    (nested_list(400) + "\nAprès.\n", [f"mot{n}" for n in range(400)] + ["Après"]),
])
def test_deep_nesting_keeps_every_word_in_order(source, expected):
    document = parse_text(source, plain_text=False)
    assert words(document.text) == expected
    assert document.text == "\n".join(block.text for block in document.blocks)


def test_flattening_is_told_and_levels_stop_at_the_kept_depth():
    document = parse_text(">" * 10_000 + " profond\n\nAprès.\n")
    assert Notice(NoticeKind.FLATTENED, str(KEPT_LEVELS)) in document.notices
    assert max(block.level for block in document.blocks) <= KEPT_LEVELS
    assert str(KEPT_LEVELS) in messages.notice(Notice(NoticeKind.FLATTENED, str(KEPT_LEVELS)))


def test_ordinary_nesting_is_not_flattened_nor_told():
    document = parse_text(nested_list(13) + "\n> > > cité\n")
    assert [block.level for block in document.blocks][:13] == list(range(1, 14))
    assert all(notice.kind is not NoticeKind.FLATTENED for notice in document.notices)


def test_a_number_alone_under_a_title_is_seen_heard_and_found():
    document = parse_text("Chapitre\n\n1.\n\nIl faisait nuit.\n")
    assert document.text == "Chapitre\n1.\nIl faisait nuit."
    assert document.blocks[1].kind is BlockKind.PARAGRAPH
    assert FoldedText.of(document.text).find_all("1.")


def test_a_sentence_opening_with_a_number_keeps_it():
    document = parse_text("La veille.\n\n20. Minutes plus tard, il *revint*.\n\nFin.\n")
    block = document.blocks[1]
    assert block.text == "20. Minutes plus tard, il revint."
    assert document.text[block.inlines[0].start : block.inlines[0].end] == "revint"
    assert FoldedText.of(document.text).find_all("20")


def test_a_real_numbered_list_keeps_its_numbers_in_the_text():
    # Issue 17: list numbers are part of the text a reader sees and hears, and finds.
    document = parse_text("Étapes :\n\n1. Ouvrir.\n2) Lire.\n20. *Fermer*.\n\n- Puce.\n")
    assert [(b.kind, b.ordinal, b.text) for b in document.blocks[1:]] == [
        (BlockKind.LIST_ITEM, "1.", "1. Ouvrir."), (BlockKind.LIST_ITEM, "2)", "2) Lire."),
        (BlockKind.LIST_ITEM, "20.", "20. Fermer."), (BlockKind.LIST_ITEM, "-", "Puce.")]
    assert document.text == "Étapes :\n1. Ouvrir.\n2) Lire.\n20. Fermer.\nPuce."
    emphasis = document.blocks[3].inlines[0]
    assert document.text[emphasis.start:emphasis.end] == "Fermer"
    assert FoldedText.of(document.text).find_all("20")


def test_questions_numbered_in_a_list_are_asked_without_their_number():
    source = ("Entretien avec Zoé.\n\n1. Pourquoi ce choix ?\n\nParce que le réseau était lent "
              "et que personne ne voulait attendre plus longtemps.\n\n2. Et ensuite ?\n\n"
              "Nous avons tout recommencé, avec une équipe plus petite et plus patiente.\n\n"
              "3. Et demain ?\n\nOn verra bien, mais sans se presser cette fois-ci.\n")
    # Three questions: two numbered ones after a line of prose may be an article's intertitles.
    document = parse_text(source, with_language=False)
    assert [s.heading for s in document.questions] == [
        "Pourquoi ce choix ?", "Et ensuite ?", "Et demain ?"]
    assert "1. Pourquoi ce choix ?" in document.text


def test_a_hard_line_break_keeps_its_lines_in_the_block():
    # Web text with one paragraph per line: a hard break used to shift every later block's
    # line range by one (the block missed its second line). A backslash makes it: two spaces
    # at a plain text's line end are left out as a copy's (plainsource), no break.
    long = "x" * 120
    source = f"{long} un.\n{long} deux.\\\n{long} trois.\n{long} quatre.\n"
    document = parse_text(source, plain_text=True, with_language=False)
    assert [block.source_lines for block in document.blocks] == [(0, 1), (1, 3), (3, 4)]
    lines = document.source.split("\n")
    assert lines[3].endswith("quatre.") and document.blocks[2].text.endswith("quatre.")


def test_words_after_a_code_fence_are_kept_a_language_name_is_not():
    # Found by the fuzz campaign: everything after ``` on its line vanished.
    document = parse_text("```Voici le code écrit\nx = 1\n```\n\n```python\ny = 2\n```\n")
    assert document.blocks[0].text == "Voici le code écrit\u2028x = 1"
    assert document.blocks[1].text == "y = 2"


def test_a_link_without_words_shows_its_address():
    # Found by the fuzz campaign: "[](address)" showed nothing at all.
    document = parse_text("Voir [](https://example.org/page) ici.\n", with_language=False)
    assert document.text == "Voir https://example.org/page ici."
    (run,) = document.blocks[0].inlines
    assert document.text[run.start : run.end] == "https://example.org/page"


def test_a_footnote_line_in_a_text_file_is_text_not_a_hidden_link_definition():
    # Markdown would take "[1]: address" for a link definition and show nothing of it; in a
    # .txt file it is a footnote the reader must see, hear and find.
    document = parse_text("Un article.\n\n[1]: http://example.org \"Le site\"\n", plain_text=True)
    assert document.text == 'Un article.\n[1]: http://example.org "Le site"'


def test_reader_text_writes_a_list_number_once():
    from reader.cli import plain_text

    document = parse_text("1. Ouvrir.\n2. Lire.\n\n- Puce.\n", with_language=False)
    assert plain_text(document) == "1. Ouvrir.\n\n2. Lire.\n\n- Puce.\n"


def test_a_link_reference_definition_line_is_text_in_markdown_too():
    # Found by the fuzz campaign: markdown-it took the line for a definition and hid it.
    source = 'Voir [le site][1].\n\n[1]: http://example.org "Le site"\n[note]: /a\n'
    document = parse_text(source, with_language=False)
    assert document.text == ('Voir [le site][1].\n'
                             '[1]: http://example.org "Le site" [note]: /a')
    assert FoldedText.of(document.text).find_all("example.org")


def test_a_link_whose_words_have_no_letter_shows_its_address_too():
    # Found by the fuzz campaign: "[&](x.org)" showed "&" alone, the address nowhere.
    # The million-document run: "[5](address)" showed "5" alone.
    document = parse_text("Voir [&](https://x.org/é), [5](https://z.org) et "
                          "[ici](https://y.org).\n", with_language=False)
    assert document.text == "Voir & https://x.org/é, 5 https://z.org et ici."
    first, number, second = document.blocks[0].inlines
    assert document.text[first.start:first.end] == "& https://x.org/é"
    assert document.text[number.start:number.end] == "5 https://z.org"
    assert document.text[second.start:second.end] == "ici"


@pytest.mark.parametrize(("source", "text"), [
    ("1. # Titre\n2. b\n", "1.\nTitre\n2. b"),
    ("1. ```\n   code\n   ```\n2. b\n", "1.\ncode\n2. b"),
    ("1. - a\n   - b\n2. c\n", "1.\na\nb\n2. c"),
])
def test_a_number_before_a_heading_code_or_list_stays_before_it(source, text):
    # The number of an item that opens with no paragraph comes where it was written.
    assert parse_text(source, with_language=False).text == text
