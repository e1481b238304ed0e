"""Web pages: the article without the site around it, with the structure the text has."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document.formats.reading import ReadingOptions
from reader.document.model import BlockKind, InlineStyle
from reader.document.pipeline import open_document

from .makers import SEED_INTERVIEW, news_page, seed_blocks


def _questions(document):
    return [document.question_text(q) for q in document.questions]


@pytest.fixture(scope="module")
def text_version():
    return open_document(SEED_INTERVIEW)


@pytest.mark.parametrize("article", [True, False], ids=["article", "readability"])
def test_the_seed_as_a_news_page_has_the_texts_title_and_questions(tmp_path, text_version,
                                                                    article):
    page = tmp_path / "interview.html"
    page.write_text(news_page(seed_blocks(), article=article), encoding="utf-8")
    document = open_document(page)
    assert document.format == "html"
    assert document.language == "fr"
    assert document.title == text_version.title
    assert len(document.questions) == 7
    assert _questions(document) == _questions(text_version)
    for chrome in ("cookies", "Monde", "Partager", "Sur le même sujet", "Commentaires",
                   "Mentions légales", "never run", "color"):
        assert chrome not in document.text


def test_the_whole_page_keeps_the_sites_chrome(tmp_path):
    page = tmp_path / "interview.html"
    page.write_text(news_page(seed_blocks()), encoding="utf-8")
    document = open_document(page, options=ReadingOptions(whole_page=True))
    assert "Nous utilisons des cookies" in document.text
    assert "Commentaires" in document.text
    assert "never run" not in document.text  # scripts are never text


def test_headings_lists_quotes_styles_links_and_tables_are_kept(tmp_path):
    page = tmp_path / "page.htm"
    page.write_text(
        '<html lang="de"><body><main><h1>Titel</h1><h3>Unter</h3>'
        '<p>Ein <b>fetter</b> und <i>kursiver</i> <a href="https://x.example">Link</a> '
        '<img src="p.png" alt="Ein Foto"></p>'
        '<ol start="4"><li>vier</li><li>fünf</li></ol><blockquote><p>Zitat</p></blockquote>'
        '<figure><img src="q.png" alt=""><figcaption>Die Bildunterschrift</figcaption></figure>'
        '<table><thead><tr><th>Name</th><th>Alter</th></tr></thead>'
        '<tbody><tr><td>Ann</td><td>30</td></tr></tbody></table></main></body></html>',
        encoding="utf-8",
    )
    document = open_document(page)
    kinds = [(b.kind, b.level, b.ordinal, b.text) for b in document.blocks]
    assert kinds == [
        (BlockKind.HEADING, 1, "", "Titel"),
        (BlockKind.HEADING, 3, "", "Unter"),
        (BlockKind.PARAGRAPH, 0, "", "Ein fetter und kursiver Link Ein Foto"),
        (BlockKind.LIST_ITEM, 1, "4.", "4. vier"),  # the number is text: seen, heard, found
        (BlockKind.LIST_ITEM, 1, "5.", "5. fünf"),
        (BlockKind.QUOTE, 1, "", "Zitat"),
        (BlockKind.PARAGRAPH, 0, "", "Die Bildunterschrift"),
        (BlockKind.TABLE_HEADER, 0, "", "Name\tAlter"),
        (BlockKind.TABLE_ROW, 0, "", "Ann\t30"),
    ]
    paragraph = document.blocks[2]
    styled = {(document.text[i.start:i.end], i.style, i.target) for i in paragraph.inlines}
    assert styled == {
        ("fetter", InlineStyle.STRONG, ""), ("kursiver", InlineStyle.EMPHASIS, ""),
        ("Link", InlineStyle.LINK, "https://x.example"), ("Ein Foto", InlineStyle.IMAGE, "p.png"),
    }
    assert document.language == "de"


def test_a_bold_paragraph_is_a_strong_run_over_the_block_as_from_markdown(tmp_path):
    page = tmp_path / "q.html"
    page.write_text("<article><p><strong>Pourquoi ?</strong></p><p>Parce que.</p></article>",
                    encoding="utf-8")
    block = open_document(page).blocks[0]
    assert [(i.start, i.end, i.style) for i in block.inlines] == [(0, 10, InlineStyle.STRONG)]


def test_absurd_nesting_opens_without_a_traceback(tmp_path):
    page = tmp_path / "deep.html"
    page.write_text("<div>" * 100_000 + "fond" + "</div>" * 100_000, encoding="utf-8")
    document = open_document(page, options=ReadingOptions(whole_page=True))
    assert document.format == "html"


def test_entities_are_not_expanded_and_nothing_else_is_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    page = tmp_path / "xxe.xhtml"
    page.write_text(
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY s SYSTEM "file://{secret}">'
        '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        "<html><body><article><p>Texte &s; &b;</p></article></body></html>",
        encoding="utf-8",
    )
    document = open_document(page)
    assert "SECRET" not in document.text
    assert "aaaaaaaaaa" not in document.text


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéàç", min_size=1, max_size=8)
_TAGS = ["p", "div", "li", "h2", "blockquote", "b", "em", "a", "span", "td", "pre"]


@st.composite
def _fragments(draw):
    words = draw(st.lists(_WORD, min_size=1, max_size=30))
    tags = draw(st.lists(st.sampled_from(_TAGS), min_size=len(words), max_size=len(words)))
    return words, "".join(f"<{t}>{w}</{t}> " for t, w in zip(tags, words, strict=True))


@settings(max_examples=60, deadline=None)
@given(_fragments())
def test_no_text_is_lost_from_a_whole_page(tmp_path_factory, fragment):
    words, body = fragment
    page = Path(tmp_path_factory.mktemp("p")) / "page.html"
    page.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    text = open_document(page, options=ReadingOptions(whole_page=True),
                         with_language=False).text
    assert text.split() == words


def test_a_saved_web_archive_opens_as_its_page(tmp_path):
    import quopri

    page = ('<html lang="fr"><body><nav>Menu</nav><article><h1>Titre</h1>'
            '<p>Un texte accentué, assez long pour être encodé.</p></article></body></html>')
    encoded = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    archive = tmp_path / "page.mhtml"
    archive.write_text(
        "From: <Saved by Blink>\nSubject: Titre\nMIME-Version: 1.0\n"
        'Content-Type: multipart/related; type="text/html"; boundary="XYZ"\n\n'
        "--XYZ\nContent-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\nContent-Location: https://x.example/\n\n"
        f"{encoded}\n--XYZ\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\n"
        "iVBORw0KGgo=\n--XYZ--\n",
        encoding="ascii",
    )
    document = open_document(archive)
    assert document.text == "Titre\nUn texte accentué, assez long pour être encodé."
    assert document.language == "fr"


def test_a_teaser_article_beside_the_text_does_not_hide_the_text(tmp_path):
    story = "".join(f"<p>Paragraphe {n} du vrai texte, assez long pour compter.</p>"
                    for n in range(12))
    page = tmp_path / "teaser.html"
    page.write_text(
        "<html><body><div class='story'><h1>Le vrai titre</h1>" + story + "</div>"
        "<div><article><p>Un autre article à lire</p></article></div>"
        "<script>window.state = {" + '"x": 1, ' * 5000 + "}</script></body></html>",
        encoding="utf-8",
    )
    document = open_document(page)
    assert "Paragraphe 11 du vrai texte" in document.text
    assert "window.state" not in document.text


def test_a_page_wrapped_in_one_form_keeps_its_article(tmp_path):
    story = "".join(f"<p>Paragraphe {n} du texte, une phrase assez longue pour être lue "
                    "comme le corps d'un article, avec des virgules, des mots.</p>"
                    for n in range(8))
    page = tmp_path / "aspnet.html"
    page.write_text('<html><body><form role="search"><input name="q"><p>Rechercher</p>'
                    f'</form><form id="aspnetForm"><h1>Titre</h1>{story}</form></body></html>',
                    encoding="utf-8")
    document = open_document(page)
    assert document.blocks[0].text == "Titre"
    assert "Paragraphe 7 du texte" in document.text
    assert "Rechercher" not in document.text


def test_a_page_whose_text_is_mostly_marked_french_is_read_in_french(tmp_path):
    # A CMS template says English; the article's blocks say French.
    page = ('<html lang="en"><body><nav>Home News</nav><article lang="fr-FR"><h1>Le titre</h1>'
            '<p>Un long paragraphe écrit en français, qui raconte la journée.</p>'
            '<blockquote lang="en">A short quote.</blockquote></article></body></html>')
    path = tmp_path / "article.html"
    path.write_text(page, encoding="utf-8")
    assert open_document(path, with_language=False).language == "fr"


def test_a_page_with_one_foreign_quote_keeps_its_declared_language(tmp_path):
    page = ('<html lang="de"><body><p>Ein langer Absatz auf Deutsch, der den Tag erzählt.</p>'
            '<blockquote lang="fr">Une citation.</blockquote></body></html>')
    path = tmp_path / "artikel.html"
    path.write_text(page, encoding="utf-8")
    assert open_document(path, with_language=False).language == "de"
