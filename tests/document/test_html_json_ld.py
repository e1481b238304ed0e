"""Web pages whose article is in their JSON-LD (schema.org's articleBody) more than on the
page: drawn by scripts, or behind a paywall that shows its first lines."""

from __future__ import annotations

import json

from reader.document.model import InlineStyle
from reader.document.pipeline import open_document

TURNS = [("Where did you grow up?", "In Brest, by the harbour, where my father mended nets."),
         ("When did you start to paint?", "At sixty, after I retired from the post office."),
         ("Who taught you?", "Nobody. Books, the museum in Quimper and the sea."),
         ("What do you paint now?", "Boats, mostly, and the light on them.")]
LEDE = ("She sold her first canvas last year, at an age when most painters look back. We met "
        "her in her studio by the sea.")
BODY = LEDE + "\n\n" + "\n\n".join(f"{q}\n\n{a}" for q, a in TURNS)


def _page(tmp_path, shown: str, article: object) -> object:
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Le Quotidien"},
        {"@type": "NewsArticle", "headline": "A painter at sixty", "articleBody": article}]}
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html lang='en'><head><title>Le Quotidien</title><script "
        f"type='application/ld+json'>{json.dumps(data)}</script></head><body>"
        f"<header><nav><a href='/'>Home</a></nav></header>{shown}</body></html>", "utf-8")
    return open_document(path, with_language=False)


def test_a_page_drawn_by_scripts_reads_the_article_its_json_ld_carries(tmp_path):
    document = _page(tmp_path, "<div id='app'><p>Loading…</p></div>", BODY)
    assert document.title == "A painter at sixty"
    assert [document.question_text(q) for q in document.questions] == [q for q, _ in TURNS]
    assert "Loading" not in document.text


def test_a_paywall_shows_its_first_lines_once_and_the_article_whole(tmp_path):
    document = _page(tmp_path, f"<article><h1>A painter at sixty</h1><p>{LEDE}</p>"
                               "<p>Subscribe to read on.</p></article>", BODY)
    assert document.text.count("She sold her first canvas") == 1
    assert [document.question_text(q) for q in document.questions] == [q for q, _ in TURNS]


def test_a_page_that_shows_its_whole_article_keeps_its_own_markup(tmp_path):
    shown = f"<article><h1>A painter at sixty</h1><p>{LEDE}</p>" + "".join(
        f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in TURNS) + "</article>"
    document = _page(tmp_path, shown, BODY)
    assert any(i.style is InlineStyle.STRONG for b in document.blocks for i in b.inlines)
    assert [document.question_text(q) for q in document.questions] == [q for q, _ in TURNS]


def test_a_broken_or_odd_json_ld_leaves_the_page_as_it_shows(tmp_path):
    for article in ({"not": "text"}, 12, ""):
        document = _page(tmp_path, "<article><p>Only this.</p></article>", article)
        assert document.text == "Only this."
    path = tmp_path / "broken.html"
    path.write_text("<html><head><script type='application/ld+json'>{\"articleBody\": "
                    "</script></head><body><p>Only this.</p></body></html>", "utf-8")
    assert open_document(path, with_language=False).text == "Only this."


def test_an_article_body_written_as_html_is_read_as_its_paragraphs(tmp_path):
    marked = f"<p>{LEDE}</p>" + "".join(f"<p><b>{q}</b></p><p>{a}</p>" for q, a in TURNS)
    document = _page(tmp_path, "<div id='app'></div>", marked)
    assert "<" not in document.text
    assert [document.question_text(q) for q in document.questions] == [q for q, _ in TURNS]
