"""Real files' traps, round 6 (session 13; tests/document/fixtures/real_formats): a post's
title linking to the post itself, the site's boxes named in the site's own language, a
"was this page helpful" widget. Each rule has a test that catches it and one that keeps it
from reaching too far."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import BlockKind
from reader.document.pipeline import open_document
from tests.document.formats.test_real_formats_pages import _opened, _said


def _open_page(tmp_path: Path, page: str):
    path = tmp_path / "page.html"
    path.write_text(page, "utf-8")
    return open_document(path, with_language=False)


def _posts(heading: str) -> str:
    """A blog's page of several posts (no lone article): the blog's name linking home, the
    first post's title in ``heading``."""
    post = ('<article class="post"><p class="asker">Anonymous asked:</p><p>How do you glaze a '
            "mug without drips on the foot?</p><p>Wax the foot first, then dip it quickly and "
            "wipe what runs. A damp sponge does the rest before it dries.</p></article>")
    return (f"""<html lang="en"><head><title>Kiln &amp; Crackle — Glazing questions answered
</title></head><body><header><h1><a href="/">Kiln &amp; Crackle</a></h1></header>
<section><article class="post"><h2 class="title">{heading}</h2><p>Here are the asks about
glazes that kept coming up after the video, with my answers below.</p></article>"""
            + post * 3 + "</section></body></html>")


# --- A post's title that links to the post --------------------------------------------------

def test_a_posts_title_linking_to_the_post_is_kept_heard_and_is_the_title(tmp_path):
    document = _open_page(tmp_path, _posts(
        '<a href="/post/742118/glazing-questions">Glazing questions answered</a>'))
    headings = [b.text for b in document.blocks if b.kind is BlockKind.HEADING]
    assert headings[:1] == ["Glazing questions answered"]
    assert document.title == "Glazing questions answered"


def test_a_heading_that_only_links_home_is_still_the_sites_name_not_the_headline(tmp_path):
    page = _posts('<a href="https://kiln.example/">Glazing questions answered</a>')
    document = _open_page(tmp_path, page)
    assert "Glazing questions answered" not in [
        b.text for b in document.blocks if b.kind is BlockKind.HEADING]


def test_the_tumblr_page_keeps_its_posts_title(tmp_path):
    document = _opened("tumblr-ask-answers-en", tmp_path)
    assert document.title == "Answered your asks about starting pottery"
    assert "Answered your asks about starting pottery" in _said(document)


# --- The site's boxes named in the site's language -----------------------------------------

def _article(tmp_path: Path, inner: str) -> str:
    return _said(_open_page(tmp_path, f"""<html lang="es"><head>
<title>Entrevista</title></head><body><article><h1>Entrevista a la farera</h1>
<p>La última torrera del cabo se jubila tras 34 años subiendo cada noche los escalones.</p>
{inner}<p><strong>¿Qué echará de menos?</strong></p><p>El silencio de las cuatro de la
mañana.</p></article></body></html>"""))


def test_spanish_related_links_share_bar_and_feedback_widget_are_the_sites(tmp_path):
    said = _article(tmp_path, '<div class="relacionadas"><p>Ver</p><ul><li><a href="/a">Asturias '
                    'automatiza sus faros</a></li></ul></div><div class="compartir"><a '
                    'href="#">WhatsApp</a><a href="#c">17 comentarios</a></div>'
                    '<div class="feedback"><p>¿Le ha sido útil esta página?</p><button>Sí'
                    "</button></div>")
    assert "Asturias" not in said and "17 comentarios" not in said
    assert "útil esta página" not in said
    assert "El silencio de las cuatro" in said


def test_a_noticias_relacionadas_label_with_links_goes_but_a_sentence_using_it_stays(tmp_path):
    said = _article(tmp_path, '<p>Noticias relacionadas: <a href="/b">El museo reabre</a></p>'
                    "<p>Las noticias relacionadas con el faro llegan cada invierno, dice.</p>")
    assert "El museo reabre" not in said
    assert "Las noticias relacionadas con el faro llegan cada invierno" in said


def test_words_that_only_contain_the_class_words_do_not_make_a_box_the_sites(tmp_path):
    said = _article(tmp_path, '<div class="modelen-compartirse"><p>Amparo sube con una linterna de '
                    "mano.</p></div>")
    assert "Amparo sube con una linterna de mano." in said


def test_the_spanish_news_page_and_the_faq_lose_their_sites_boxes_only(tmp_path):
    news = _said(_opened("news-interview-comments-rail-es", tmp_path))
    assert "Asturias automatiza" not in news and "17 comentarios" not in news
    assert "Dormir de noche, que no lo hago desde 1990." in news
    faq = _said(_opened("faq-microdata-de", tmp_path))
    assert "hilfreich" not in faq and "Eine zweite Tonne kostet 38 Euro" in faq
