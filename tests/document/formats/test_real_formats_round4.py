"""Real files' traps, round 4 (session 12; tests/document/fixtures/real_formats): what round 3
left in the web page reader, and what the new files brought (a Google Docs export, a wiki,
a Reddit thread, a Pandoc book). Each rule has a test that catches it and one that keeps it
from reaching too far."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import BlockKind
from reader.document.pipeline import open_document

from .test_real_formats_pages import _opened, _said


def _blocks(tmp_path: Path, body: str, head: str = ""):
    page = tmp_path / "page.html"
    page.write_text(f"""<html lang="es"><head><title>Entrevista</title>{head}</head><body>
<main><article><h1>Diez preguntas a la partera</h1>{body}</article></main>
<footer>Aviso legal</footer></body></html>""", "utf-8")
    return open_document(page, with_language=False).blocks


def _page(tmp_path: Path, body: str) -> str:
    return " ".join(block.text for block in _blocks(tmp_path, body))


_ANSWER = "<p>De mi abuela, que me llevaba con ella desde los nueve años a cada parto.</p>"


# --- A numbered list item opened by a heading -------------------------------------------------

def test_a_numbered_items_number_goes_with_the_heading_that_opens_it(tmp_path):
    blocks = _blocks(tmp_path, "<ol><li><h4>¿Cómo aprendió el oficio?</h4>" + _ANSWER
                     + "</li><li><h4>¿Qué lleva en su bolsa?</h4><p>Tijeras e hilo.</p></li></ol>")
    texts = [block.text for block in blocks]
    assert "1. ¿Cómo aprendió el oficio?" in texts and "2. ¿Qué lleva en su bolsa?" in texts
    assert not any(text.startswith(("1. De mi", "2. Tijeras")) for text in texts)
    assert all(b.kind is BlockKind.HEADING for b in blocks if b.text.endswith("?"))


def test_a_bullet_or_an_item_that_opens_with_a_paragraph_keeps_its_marker_as_before(tmp_path):
    blocks = _blocks(tmp_path, "<ol><li><p>Primero, la bolsa.</p><h4>¿Y después?</h4>"
                     + _ANSWER + "</li></ol><ul><li><h4>¿Quién sigue?</h4><p>Mi sobrina.</p>"
                     "</li></ul>")
    texts = [block.text for block in blocks]
    assert "1. Primero, la bolsa." in texts and "¿Y después?" in texts
    assert "¿Quién sigue?" in texts and "Mi sobrina." in texts


# --- Labels set side by side, a date before the writer ------------------------------------------

def test_a_notes_tags_and_a_date_before_the_writer_are_separate_words(qapp, tmp_path):
    assert "portrait à relire" in _said(_opened("notion-export-h3", tmp_path))
    assert "2024.01.20 取材・文" in _said(_opened("cjk-japanese-dash-questions", tmp_path))


def test_runs_of_one_word_in_a_paragraph_are_not_cut_apart(tmp_path):
    said = _page(tmp_path, '<p><span class="c1">anti</span><span class="c1">cuerpos</span> y '
                 '<span class="tag">vacunas</span><span class="tag">gratis</span>.</p>' + _ANSWER)
    assert "anticuerpos" in said and "vacunasgratis" in said


# --- Icons, a note's way back, a post's tags, a wiki's [edit] links ---------------------------

def test_an_icon_a_notes_back_link_tags_and_edit_links_are_not_read(qapp, tmp_path):
    said = _page(tmp_path, '<figure class="callout"><div><span class="icon">💡</span></div>'
                 "<div>Pedir la foto.</div></figure>" + _ANSWER.replace(
                     "parto.", 'parto.<a href="#fn1" role="doc-noteref"><sup>1</sup></a>')
                 + '<ol><li id="fn1"><p>En 1998.<a href="#fnref1" class="footnote-back" '
                 'role="doc-backlink">↩︎</a></p></li></ol>'
                 '<h2>Parteras<span class="mw-editsection">[<a href="#e">editar</a>]</span></h2>'
                 '<div class="field--name-field-tags"><a href="/t/1">Salud</a></div>')
    assert "💡" not in said and "↩" not in said and "editar" not in said
    assert "Salud" not in said
    assert "Pedir la foto." in said and "En 1998." in said and "Parteras" in said
    said = _said(_opened("drupal-field-body-de", tmp_path))
    assert "Schlagworte" not in said and "Stadtbibliothek am Marktplatz" in said


def test_an_icon_with_words_a_note_with_words_back_and_words_about_tags_are_read(tmp_path):
    said = _page(tmp_path, '<p><span class="icon-label">Nota</span> Los tags del blog, '
                 'las etiquetas.</p><p>Ver la nota <a href="#fnref2" class="footnote-back">'
                 "volver al texto</a>.</p><p class=\"vintages\">Cosechas de 1990.</p>" + _ANSWER)
    assert "Nota Los tags del blog" in said and "volver al texto" in said
    assert "Cosechas de 1990." in said


# --- A Google Docs export ---------------------------------------------------------------------

def test_a_google_docs_exports_comments_are_not_read_and_its_title_is_the_title(qapp, tmp_path):
    document = _opened("google-docs-html-export-en", tmp_path)
    said = _said(document)
    assert document.title == "The lock keeper of Marsworth"
    assert "[a]" not in said and "photo of him with the mower" not in said
    assert "4,100 boats with no home mooring" in said  # a footnote is the text's own
    assert "Will there still be keepers in twenty years?" in [q.heading for q in document.questions]


def test_a_paragraph_classed_title_elsewhere_is_no_heading_and_other_anchors_stay(tmp_path):
    blocks = _blocks(tmp_path, '<p class="title">Una partera de la sierra</p>' + _ANSWER
                     + '<p>Véase <a href="#cmnt-policy">las normas</a> del foro.</p>')
    assert [b.kind for b in blocks if b.text == "Una partera de la sierra"] == [
        BlockKind.PARAGRAPH]
    assert any(b.text == "Véase las normas del foro." for b in blocks)


# --- A thread its author answers (an AMA) -------------------------------------------------------

def test_a_thread_whose_author_answers_in_the_comments_is_read_as_the_interview(qapp, tmp_path):
    document = _opened("reddit-ama-old-en", tmp_path)
    said = _said(document)
    assert "How do you get groceries out there?" in [q.heading for q in document.questions]
    assert "tinned mackerel" in said and "Hi Reddit!" in said  # the post's text, in a form
    assert "permalink" not in said and "[–]" not in said


def test_comments_under_an_article_and_a_form_to_fill_in_are_still_not_read(tmp_path):
    said = _page(tmp_path, _ANSWER + '<section id="comments" class="comments-area"><ol>'
                 '<li class="comment"><b class="author">Yosi</b><p>¡Qué bonita nota!</p></li>'
                 '</ol></section><form><input type="hidden" name="t"><input type="text" '
                 'name="q"><p>Busque en el sitio</p></form>'
                 '<p><a href="javascript:void(0)">Lea la historia completa</a></p>')
    assert "Qué bonita nota" not in said and "Busque en el sitio" not in said
    assert "Lea la historia completa" in said  # a control with words is read


# --- A live blog's time stamps, a Chinese page's editor on duty, the notes' line ---------------

def _entry(hour: int, words: str) -> str:
    return (f'<div class="block"><p class="block-time"><time datetime="2024-01-09T{hour}:00:00Z">'
            f"{hour}.00 GMT</time></p><p>{words}</p></div>")


def test_a_live_blogs_time_stamps_and_the_editor_on_duty_are_not_read(qapp, tmp_path):
    said = _page(tmp_path, _entry(12, "¿Sirven los sacos?") + _entry(11, "Sí, un rato.")
                 + _entry(10, "Bienvenidos.") + "<div class=\"edit\">(责任编辑：王蕾、张磊)</div>")
    assert "GMT" not in said and "责任编辑" not in said
    assert "¿Sirven los sacos? Sí, un rato. Bienvenidos." in said
    assert "12.41 GMT" not in _said(_opened("news-liveblog-timestamps", tmp_path))


def test_a_lone_time_a_timelines_years_and_a_sentence_about_the_editor_are_read(tmp_path):
    said = _page(tmp_path, _entry(12, "Una sola entrada.") + "".join(
        f'<p><time datetime="{year}">{year}</time></p><p>Pasó algo.</p>'
        for year in (1990, 1995, 2001)) + "<p>责任编辑：王蕾说，这篇报道写了三个月。</p>")
    assert "12.00 GMT" in said and "1990" in said and "2001" in said
    assert "这篇报道写了三个月" in said


def test_the_line_above_a_chapters_notes_is_no_break_in_the_text(tmp_path):
    blocks = _blocks(tmp_path, _ANSWER + '<hr><p>Segunda parte.</p><section role="doc-endnotes">'
                     "<hr><ol><li><p>En 1998.</p></li></ol></section>")
    assert [b.kind for b in blocks].count(BlockKind.RULE) == 1


# --- A headline drawn by a class, in a page with no heading -------------------------------------

def _headless(tmp_path: Path, body: str) -> list:
    page = tmp_path / "headless.html"
    page.write_text("<html><head><title>I keep the lighthouse on a rock. AMA! : r/IAmA</title>"
                    f"</head><body><main>{body}</main></body></html>", "utf-8")
    return open_document(page, with_language=False).blocks


def test_a_headline_classed_as_the_title_in_a_page_with_no_heading_is_its_heading(tmp_path):
    blocks = _headless(tmp_path, '<p class="title"><a class="title" href="#">I keep the '
                       'lighthouse on a rock. AMA!</a> <span>(self.IAmA)</span></p>' + _ANSWER)
    assert (blocks[0].kind, blocks[0].text) == (BlockKind.HEADING, "I keep the lighthouse on "
                                                "a rock. AMA!")


def test_a_title_class_the_page_title_does_not_name_or_beside_a_heading_stays_text(tmp_path):
    blocks = _headless(tmp_path, '<p class="title">Related</p>' + _ANSWER)
    assert BlockKind.HEADING not in [b.kind for b in blocks]
    blocks = _headless(tmp_path, '<h2>Ask me anything</h2><p class="title">I keep the '
                       'lighthouse on a rock. AMA!</p>' + _ANSWER)
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == ["Ask me anything"]


def test_a_wikis_banner_categories_and_edit_links_are_not_read(qapp, tmp_path):
    said = _said(_opened("mediawiki-wikinews-pl", tmp_path))
    assert "Wspieraj wolne media" not in said and "Kategorie" not in said
    assert "Z Wikinews, wolnego źródła informacji" not in said
    assert "edytuj" not in said and "Przejdź do nawigacji" not in said
    assert "Jak zaczęła Pani przygodę z bartnictwem?" in said and "Wywiad" in said


def test_words_about_a_site_notice_or_categories_are_read(tmp_path):
    said = _page(tmp_path, '<p class="notice-board">El aviso del sitio y las categorías del '
                 "catálogo, catlinks incluidos.</p>" + _ANSWER)
    assert "El aviso del sitio y las categorías del catálogo" in said


def test_a_lone_comment_goes_alone_and_the_text_around_it_stays(tmp_path):
    said = _page(tmp_path, '<p>Desde 1979.<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>'
                 '</p><div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a>¿Foto?</p></div>' + _ANSWER)
    assert "Desde 1979." in said and "De mi abuela" in said
    assert "[a]" not in said and "¿Foto?" not in said
