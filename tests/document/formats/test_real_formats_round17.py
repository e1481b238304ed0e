"""Real files' traps, round 17 (session 18; tests/document/fixtures/real_formats): a press
office's Word file whose headline stands under its dateline and intro table, Notion's
Markdown export (its callouts as ``<aside>`` lines, its properties under the title), a
news page's byline losing its reading time. Each rule has a test that catches it and one
that keeps it from reaching too far."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import BlockKind
from reader.document.pipeline import open_document
from scripts.score_real_formats import DEFAULT, built

_PROSE = ("Vom 14. bis 16. Juni feiert die Stadt ihr Fest, zum ersten Mal mit den Stadtwerken "
          "als Gastgeber, und die Geschäftsführerin erklärt, was geplant ist.")


def _document(path: Path):
    return open_document(path, with_language=False)


def _texts(document) -> list[str]:
    return [block.text for block in document.blocks]


def _word_file(tmp_path: Path, opening: list[str], headline: str, body: list[str]) -> Path:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Stadtwerke Lindenau · Kommunikation"
    for line in opening:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    for row, (label, value) in zip(table.rows, [("Interview mit", "Katrin Bartels"),
                                                ("Zeichen", "2.140")], strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    if headline:
        run = document.add_paragraph().add_run(headline)
        run.bold, run.font.size = True, Pt(16)
    for line in body:
        document.add_paragraph(line)
    path = tmp_path / "press.docx"
    document.save(str(path))
    return path


# --- A Word file's headline under its dateline and intro table --------------------------------

def test_a_press_releases_headline_under_its_dateline_and_table_is_its_title(tmp_path):
    path = _word_file(tmp_path, ["Pressemitteilung", "Lindenau, 23. Mai 2024"],
                      "Stadtwerke laden zum Stadtfest ein", [_PROSE, "Wo wird gefeiert?"])
    document = _document(path)
    assert document.title == "Stadtwerke laden zum Stadtfest ein"
    assert "Stadtwerke Lindenau · Kommunikation" not in _texts(document)  # the letterhead
    press = _document(built("docx-press-office-intro-table-bold-questions-de", DEFAULT,
                            tmp_path))
    assert press.title == "Stadtwerke laden zum Stadtfest ein"


def test_a_heading_only_below_the_first_prose_leaves_the_header_the_title(tmp_path):
    path = _word_file(tmp_path, ["Pressemitteilung", _PROSE], "Zum Programm",
                      ["Wo wird gefeiert?"])
    document = _document(path)
    assert _texts(document)[0] == "Stadtwerke Lindenau · Kommunikation"
    assert document.title == "Stadtwerke Lindenau · Kommunikation"


# --- Notion's Markdown export ----------------------------------------------------------------

def test_notions_callout_is_heard_without_its_aside_tags(tmp_path):
    path = tmp_path / "Page 6f1c2a9e3b7d4e58a0c1d2e3f4a5b6c7.md"
    path.write_text("# Page\n\n<aside>\n💡 Check the names before it goes out.\n\n</aside>\n\n"
                    "Text.\n", "utf-8")
    assert _texts(_document(path)) == ["Page", "💡 Check the names before it goes out.",
                                       "Text."]
    notion = _document(built("md-notion-export-properties-toggles-en", DEFAULT, tmp_path))
    assert not any("aside>" in text for text in _texts(notion))


def test_an_aside_tag_in_code_or_within_a_line_stays_as_written(tmp_path):
    path = tmp_path / "page.md"
    path.write_text("# Page\n\n```\n<aside>kept</aside>\n```\n\nWrite <aside> for a "
                    "callout.\n", "utf-8")
    texts = _texts(_document(path))
    assert "<aside>kept</aside>" in texts
    assert "Write <aside> for a callout." in texts


def test_notions_properties_under_the_title_are_a_paragraph_each(tmp_path):
    path = tmp_path / "page.md"
    path.write_text("# Meet the volunteers\n\nCreated: 11 April 2024 09:32\nStatus: Ready\n"
                    "Tags: Community, Newsletter\n\nEvery Thursday the hut fills with bikes.\n",
                    "utf-8")
    assert _texts(_document(path)) == [
        "Meet the volunteers", "Created: 11 April 2024 09:32", "Status: Ready",
        "Tags: Community, Newsletter", "Every Thursday the hut fills with bikes."]


def test_prose_under_the_title_or_fields_further_down_stay_one_paragraph(tmp_path):
    prose = tmp_path / "prose.md"
    prose.write_text("# Title\n\nEvery Thursday the hut\nfills with bikes: all of them\n",
                     "utf-8")
    assert _texts(_document(prose))[1:] == [
        "Every Thursday the hut fills with bikes: all of them"]
    later = tmp_path / "later.md"
    later.write_text("# Title\n\nText.\n\nStatus: Ready\nTags: Community\n", "utf-8")
    assert _texts(_document(later))[2:] == ["Status: Ready Tags: Community"]


# --- A byline's reading time --------------------------------------------------------------------

def _news_page(tmp_path: Path, meta: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(f'<html lang="pt"><body><article><h1>As livrarias são casas</h1><div '
                    f'class="meta">{meta}</div><p>A porta está sempre aberta, mesmo quando o '
                    "dono não está, e um gato dorme em cima da poesia.</p></article></body>"
                    "</html>", "utf-8")
    return path


def test_a_bylines_separator_goes_with_the_reading_time_after_it(tmp_path):
    meta = ('<span>Por Sofia Rebelo</span> · <time>08/06/2023</time> · '
            '<span class="reading-time">6 min de leitura</span>')
    assert _texts(_document(_news_page(tmp_path, meta)))[1] == "Por Sofia Rebelo · 08/06/2023"
    page = _document(built("html-news-saved-page-jsonld-comments-pt", DEFAULT, tmp_path))
    assert "Por Sofia Matos Rebelo · 08/06/2023, 09:14" in _texts(page)


def test_a_separator_with_words_after_it_stays(tmp_path):
    meta = ('<span>Por Sofia Rebelo</span> · <span>6 min de leitura</span> · '
            "<span>Cultura</span>")
    byline = _texts(_document(_news_page(tmp_path, meta)))[1]
    assert byline.startswith("Por Sofia Rebelo ·") and byline.endswith("· Cultura")


def test_the_new_files_are_read_as_interviews(tmp_path):
    for name in ("epub3-pandoc-book-of-interviews-toc-it",
                 "rtf-wordpad-bold-questions-line-breaks-nl",
                 "docx-review-moves-formatting-deleted-turn-en"):
        document = _document(built(name, DEFAULT, tmp_path))
        assert document.questions, name
        assert all(block.kind is not BlockKind.CODE for block in document.blocks), name
