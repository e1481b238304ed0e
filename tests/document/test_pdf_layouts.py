"""PDF pages as magazines and word processors set them: two columns, a running header on a
page of its own."""

from __future__ import annotations

from reader.document.model import BlockKind
from reader.document.pipeline import open_document, parse_text

from .formats.makers import write_pdf

TURNS = [("Where did you grow up?", "In Brest, by the harbour, where my father mended nets "
          "for the boats that came in every morning."),
         ("When did you start to paint?", "At sixty, after I retired from the post office, "
          "with a box of colours my granddaughter gave me."),
         ("Who taught you?", "Nobody. Books, the museum in Quimper and the sea, which changes "
          "its colour every hour of the day."),
         ("What do you paint now?", "Boats, mostly, and the light on them, which is never "
          "the same two days running in this part of the coast.")]
INTRO = ("She sold her first canvas last year, at an age when most painters look back. We met "
         "her in her studio by the sea, where she works every morning before the light goes "
         "flat.")


def _text_questions(turns: list[tuple[str, str]]) -> list[str]:
    lines = "".join(f"\n\n{q}\n\n{a}" for q, a in turns)
    text = parse_text(f"A painter at sixty\n\n{INTRO}{lines}", plain_text=True,
                      with_language=False)
    return [text.question_text(q) for q in text.questions]


def test_a_two_column_page_has_no_list_in_its_right_column(qapp, tmp_path):
    # The right column's lines start half a page in from the page's margin: they are its
    # paragraphs, not a list's items, even the four lines a paragraph carries over to it.
    for name, turns in (("full", TURNS * 3), ("carried", TURNS[:3])):
        body = f"<h1>A painter at sixty</h1><p>{INTRO}</p>" + "".join(
            f"<p>{q}</p><p>{a}</p>" for q, a in turns)
        path = write_pdf(tmp_path / f"{name}.pdf", body, page_size="A5", columns=2)
        document = open_document(path, with_language=False)
        assert not [b.text for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
        assert [document.question_text(q) for q in document.questions] == _text_questions(
            turns)

def test_a_one_page_files_running_header_is_left_out_when_the_page_is_numbered(qapp,
                                                                               tmp_path):
    body = f"<h1>A painter at sixty</h1><p>{INTRO}</p>" + "".join(
        f"<p>{q}</p><p>{a}</p>" for q, a in TURNS)
    path = write_pdf(tmp_path / "one.pdf", body, header="Le Quotidien — 12 mars 2024")
    document = open_document(path, with_language=False)
    assert "Le Quotidien" not in document.text
    assert document.blocks[0].text == "A painter at sixty"
    assert document.title == "A painter at sixty"
    assert [document.question_text(q) for q in document.questions] == _text_questions(TURNS)


def test_pages_set_further_right_by_the_spine_have_no_list(qapp, tmp_path):
    # A magazine's margin by the spine is wider: every other page's text starts 10 mm
    # further right, which is no list's indent.
    turns = TURNS * 3
    body = f"<h1>A painter at sixty</h1><p>{INTRO}</p>" + "".join(
        f"<p>{q}</p><p>{a}</p>" for q, a in turns)
    path = write_pdf(tmp_path / "mirrored.pdf", body, page_size="A5", mirrored=10)
    document = open_document(path, with_language=False)
    assert not [b.text for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [document.question_text(q) for q in document.questions] == _text_questions(turns)


def test_running_headers_that_alternate_between_left_and_right_pages_are_left_out(qapp,
                                                                                  tmp_path):
    # Five pages: the left pages' header is on two of them, the right pages' on three.
    turns = TURNS * 8
    body = f"<h1>A painter at sixty</h1><p>{INTRO}</p>" + "".join(
        f"<p>{q}</p><p>{a}</p>" for q, a in turns)
    path = write_pdf(tmp_path / "alternate.pdf", body, page_size="A5",
                     header=("Le Quotidien — 12 mars 2024", "Portrait — A painter at sixty"))
    document = open_document(path, with_language=False)
    assert len(document.text.split("Le Quotidien")) == 1
    assert "Portrait —" not in document.text
    assert [document.question_text(q) for q in document.questions] == _text_questions(turns)


def test_a_drop_cap_opens_its_word_again(qapp, tmp_path):
    # A magazine sets the first letter of the text three lines tall: it is no heading, and
    # "She" is one word.
    body = (f"<h1>A painter at sixty</h1><table><tr><td style='font-size:36pt'>{INTRO[0]}"
            f"</td></tr></table><p>{INTRO[1:]}</p>"
            + "".join(f"<p>{q}</p><p>{a}</p>" for q, a in TURNS))
    document = open_document(write_pdf(tmp_path / "cap.pdf", body, page_size="A5"),
                             with_language=False)
    assert [(b.kind, b.text) for b in document.blocks[:2]] == [
        (BlockKind.HEADING, "A painter at sixty"), (BlockKind.PARAGRAPH, INTRO)]
    assert [document.question_text(q) for q in document.questions] == _text_questions(TURNS)
