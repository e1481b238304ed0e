"""Web pages as sites and blogs really set them: interviews in layout tables, soft hyphens."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import BlockKind
from reader.document.pipeline import open_document

TURNS = [("Why did you start painting so late?", "Because I was afraid of it for years."),
         ("What changed in the end?", "My daughter gave me a box of brushes."),
         ("Do you paint every day now?", "Every morning, before the light goes."),
         ("What will you show next spring?", "Twelve small harbours, all in grey.")]
INTRO = ("<h1>A painter at sixty</h1><p>She sold her first canvas last year. We met her in "
         "her studio by the sea, where she works every morning.</p>")


def _page(folder: Path, body: str, wrapper: str = "div") -> Path:
    path = folder / "page.html"
    path.write_text(f"<html lang='en'><head><title>Blog</title></head><body><{wrapper}>"
                    f"{INTRO}{body}</{wrapper}></body></html>", encoding="utf-8")
    return path


def test_an_interview_set_in_a_table_has_its_questions(tmp_path):
    # An old blog's layout: each turn a row, the question beside its answer.
    rows = "".join(f"<tr><td>{q}</td><td>{a}</td></tr>" for q, a in TURNS)
    document = open_document(_page(tmp_path, f"<table>{rows}</table>"), with_language=False)
    assert [document.question_text(q) for q in document.questions] == [q for q, _ in TURNS]
    assert not any(b.kind in (BlockKind.TABLE_ROW, BlockKind.TABLE_HEADER)
                   for b in document.blocks)


def test_a_presentation_table_is_read_cell_by_cell(tmp_path):
    rows = "".join(f"<tr><td><b>{q}</b></td></tr><tr><td>{a}</td></tr>" for q, a in TURNS)
    page = _page(tmp_path, f"<table role='presentation'>{rows}</table>")
    document = open_document(page, with_language=False)
    assert [document.question_text(q) for q in document.questions] == [q for q, _ in TURNS]


def test_a_data_table_is_still_read_row_by_row(tmp_path):
    rows = "".join(f"<tr><td>{city}</td><td>{count}</td></tr>"
                   for city, count in (("Brest", "12"), ("Lorient", "9"), ("Vannes", "4")))
    page = _page(tmp_path, f"<table><tr><th>Town</th><th>Paintings</th></tr>{rows}</table>")
    document = open_document(page, with_language=False)
    rows_read = [b for b in document.blocks if b.kind is BlockKind.TABLE_ROW]
    assert len(rows_read) == 3
    # And a table of short values with no header row at all is data too.
    page = _page(tmp_path, f"<table>{rows}</table>", wrapper="article")
    document = open_document(page, with_language=False)
    assert sum(b.kind in (BlockKind.TABLE_ROW, BlockKind.TABLE_HEADER)
               for b in document.blocks) == 3


def test_a_soft_hyphen_leaves_the_word_whole(tmp_path):
    # German and Dutch news sites put &shy; in long words so that headlines can break.
    page = _page(tmp_path, "<p>Die Bundes&shy;regierung hat die Wärme&shy;pumpen&shy;förderung "
                           "verlängert.</p>")
    text = open_document(page, with_language=False).text
    assert "Die Bundesregierung hat die Wärmepumpenförderung verlängert." in text


def test_ligature_characters_read_as_their_letters(tmp_path):
    # Text copied out of a PDF keeps its ligatures as single characters: find, speech and the
    # structure must see the letters.
    page = _page(tmp_path, "<p>Le \ufb01lm est \ufb01ni ; il re\ufb02ète une e\ufb00royable "
                           "a\ufb04uence.</p>")
    assert "Le film est fini ; il reflète une effroyable affluence." in open_document(
        page, with_language=False).text


def test_a_page_saved_by_word_keeps_its_title_and_numbered_questions(tmp_path):
    # Word's "Save as web page": the Title style as <p class=MsoTitle>, list numbers as text
    # in conditional comments' spans, empty <o:p> everywhere.
    item = ("<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
            "<b><span>{n}.<span style='font:7.0pt'>&nbsp;&nbsp; </span></span></b><![endif]>"
            "<b>{q}<o:p></o:p></b></p><p class=MsoNormal>{a}<o:p></o:p></p>")
    body = "".join(item.format(n=n, q=q, a=a) for n, (q, a) in enumerate(TURNS, 1))
    path = tmp_path / "word.htm"
    path.write_text("<html xmlns:o='urn:schemas-microsoft-com:office:office'><body lang=EN-GB>"
                    "<div class=WordSection1><p class=MsoTitle>A painter at sixty<o:p></o:p>"
                    "</p><p class=MsoNormal>She sold her first canvas last year, in her studio "
                    f"by the sea.<o:p></o:p></p>{body}</div></body></html>", encoding="utf-8")
    document = open_document(path, with_language=False)
    assert document.blocks[0].kind is BlockKind.HEADING
    assert document.title == "A painter at sixty"
    assert len(document.questions) == len(TURNS)


def test_the_pages_own_title_stands_when_its_text_names_none(tmp_path):
    # A page whose text has no headline: its title is the one it shares (Open Graph), else
    # its <title> without the site's name.
    body = "<p>Q: Why now?</p><p>A: Because.</p>"
    shared = tmp_path / "shared.html"
    shared.write_text("<html><head><title>Why now | The Daily</title><meta property='og:title' "
                      "content='Why now, at last'></head><body>" + body + "</body></html>",
                      encoding="utf-8")
    plain = tmp_path / "plain.html"
    plain.write_text("<html><head><title>Entretien : pourquoi maintenant - 20 Minutes</title>"
                     "</head><body>" + body + "</body></html>", encoding="utf-8")
    assert open_document(shared, with_language=False).title == "Why now, at last"
    assert open_document(plain, with_language=False).title == "Entretien : pourquoi maintenant"
