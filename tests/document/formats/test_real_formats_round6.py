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
    assert "Gracias por tantas noches" not in news  # its readers' comments, not the author's
    assert "Dormir de noche, que no lo hago desde 1990." in news
    faq = _said(_opened("faq-microdata-de", tmp_path))
    assert "hilfreich" not in faq and "Eine zweite Tonne kostet 38 Euro" in faq


# --- A page's view counter ------------------------------------------------------------------

def _counted_page(tmp_path: Path, inner: str) -> str:
    return _said(_open_page(tmp_path, f"""<html lang="pt"><head><title>Entrevista</title>
</head><body><article><h1>A última fabricante de sombrinhas</h1>{inner}
<h3>Como a senhora começou?</h3><p>Com a minha mãe, que fazia sombrinha de chuva.</p>
</article></body></html>"""))


def test_a_view_counter_is_not_read_in_any_of_its_shapes(tmp_path):
    said = _counted_page(tmp_path, '<div class="post-views content-post entry-meta"><span '
                         'class="post-views-label">Visualizações:</span> <span class="post-'
                         'views-count">1.204</span></div><dl class="article-info"><dd '
                         'class="hits">Hits: 836</dd></dl><span class="view-count">2,381 '
                         "views</span>")
    assert "1.204" not in said and "836" not in said and "2,381" not in said
    assert "Com a minha mãe" in said


def test_counts_in_sentences_tables_and_view_named_boxes_of_words_are_read(tmp_path):
    said = _counted_page(tmp_path, '<div class="views-row"><p>Three views of the harbour, '
                         "painted in 1998.</p></div><p>O vídeo da oficina teve 836 visitas."
                         '</p><table><tr><td class="hits">836</td></tr></table>')
    assert "Three views of the harbour, painted in 1998." in said
    assert "O vídeo da oficina teve 836 visitas." in said
    assert said.count("836") == 2


def test_the_wordpress_post_and_the_joomla_page_lose_their_counters(tmp_path):
    wordpress = _said(_opened("wp-post-views-counter-pt", tmp_path))
    assert "Visualizações" not in wordpress and "Minha neta aprendeu" in wordpress
    joomla = _said(_opened("joomla-d-r-labels-it", tmp_path))
    assert "Visite: 836" not in joomla and "143 voti" in joomla


def test_a_year_in_a_short_line_of_a_view_named_box_is_read(tmp_path):
    said = _counted_page(tmp_path, '<div class="views-field"><span>Painted in 1998.</span>'
                         "</div>")
    assert "Painted in 1998." in said


# --- A link card: a preview of another page -------------------------------------------------

_CARD = ('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="'
         'https://kvartersbladet.example/skomakaren/"><div class="kg-bookmark-content"><div '
         'class="kg-bookmark-title">Skomakaren på hörnet</div><div class="kg-bookmark-'
         'description">Elsa Berg har sulat om stadens skor i trettio år.</div><div class="kg-'
         'bookmark-metadata"><span class="kg-bookmark-author">Kvartersbladet</span></div></div>'
         "</a></figure>")


def _ghost_page(tmp_path: Path, inner: str) -> str:
    return _said(_open_page(tmp_path, f"""<html lang="sv"><head><title>Urmakaren</title>
</head><body><article><h1>Fem frågor till stadens sista urmakare</h1>
<h4>Hur blev du urmakare?</h4><p>Min morfar hade en verkstad i Gävle.</p>{inner}
<h4>Varför stänger du nu?</h4><p>Ögonen. Jag ser inte de minsta hjulen längre.</p>
</article></body></html>"""))


def test_a_link_card_and_a_call_to_action_between_answers_are_not_read(tmp_path):
    said = _ghost_page(tmp_path, _CARD + '<div class="kg-card kg-cta-card"><p>Bli medlem för '
                       '49 kronor i månaden.</p><a href="#/portal/signup">Bli medlem</a></div>')
    assert "Skomakaren" not in said and "trettio år" not in said and "49 kronor" not in said
    assert "Min morfar" in said and "Ögonen." in said


def test_a_link_in_a_sentence_and_a_page_of_teasers_are_read(tmp_path):
    said = _ghost_page(tmp_path, '<p>Läs också <a href="/skomakaren/"><span>om</span> '
                       "<span>skomakaren</span></a> på hörnet, sa han.</p>")
    assert "Läs också om skomakaren på hörnet, sa han." in said
    teasers = "".join(f'<article><a href="/post/{n}/"><h2>Inlägg {n}</h2><p>Ett kort utdrag ur '
                      f"inlägg nummer {n} om klockor och urverk.</p></a></article>"
                      for n in range(3))
    listed = _said(_open_page(tmp_path, f"<html><head><title>Bloggen</title></head><body>"
                                        f"<main>{teasers}</main></body></html>"))
    assert "Ett kort utdrag ur inlägg nummer 2" in listed


def test_the_ghost_post_loses_its_cards_only(tmp_path):
    said = _said(_opened("ghost-toggle-bookmark-sv", tmp_path))
    assert "Skomakaren" not in said and "Bli medlem" not in said
    assert "De som ingen hämtat skänker jag till hembygdsmuseet." in said


def test_a_posters_card_linking_to_their_profile_is_read(tmp_path):
    said = _ghost_page(tmp_path, '<div class="post"><a href="/u/elsa"><div class="name">Elsa '
                       'Berg</div><div class="rank">Stammgast</div></a><p>Jag har också en '
                       "klocka från morfar.</p></div>")
    assert "Elsa Berg" in said and "Stammgast" in said


def test_a_spanish_ama_answered_by_its_author_in_comentarios_keeps_its_comments(tmp_path):
    said = _said(_open_page(tmp_path, """<html lang="es"><head><title>Pregúntame</title>
</head><body><article><h1>Soy farera, preguntadme lo que queráis</h1><p>Llevo 34 años en el
faro del cabo Peñas.</p></article><section class="comentarios"><div class="comentario">
<p>¿Qué haces en las noches de temporal?</p><div class="comentario"><span class="autor
submitter">farera</span><p>Subo a la linterna cada dos horas y rezo un poco.</p></div></div>
</section></body></html>"""))
    assert "Subo a la linterna cada dos horas" in said
