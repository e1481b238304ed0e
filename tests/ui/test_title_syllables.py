"""A title set smaller to fit (heading_sizes) breaks its overwide words at their syllables.

At 96 pt the title of a French .docx, "Trois questions au maire…", showed "questio-" / "ns": the
syllables' widths were judged at the title's usual size (twice the text), where even "tions"
is wider than the line, so every letter was a break point; the title is drawn at 1.2 times
the text, where "ques-" / "tions" fit."""

from __future__ import annotations

from dataclasses import replace

from reader.appearance.hyphenation import hyphenation_points
from reader.document.model import Document, DocumentKind, Role
from reader.document.pipeline import parse_text
from tests.ui.test_long_words import page, set_size

TEXT = ("Trois questions au maire sur la nouvelle médiathèque\n\n"
        "Le conseil municipal a voté jeudi le projet de médiathèque.")


def _document() -> Document:
    parsed = parse_text(TEXT, path="/tmp/titre.txt", plain_text=True)
    blocks = (replace(parsed.blocks[0], role=Role.TITLE), *parsed.blocks[1:])
    return Document(title=blocks[0].text, kind=DocumentKind.ARTICLE, language="fr",
                    blocks=blocks, sections=(), source=parsed.source, path=parsed.path)


def test_at_96_pt_the_titles_words_break_at_their_syllables(make_window):
    window = make_window()
    window.resize(1100, 760)
    window.show_document(_document())
    set_size(window, 96.0)
    lines, breaks = page(window.text)
    title = [b for b in breaks if b.word in TEXT.split("\n\n")[0].split()]
    assert title, lines[0]  # at 96 pt some word of the title is wider than its line
    for broken in title:
        assert broken.hyphen, broken
        if broken.word.startswith(broken.piece):  # the word's first piece
            assert len(broken.piece) in hyphenation_points(broken.word, "fr"), lines[0]
