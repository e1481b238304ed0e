"""Real files' traps, round 19 (session 20; tests/document/fixtures/real_formats): subtitles
whose interviewer is yellow beside the default white, Google Docs' Markdown carrying its
pictures as base64, an Elementor page saved whole, a Substack e-mail's subtitle left out
with its headline, Apple Pages' EPUB bold only by its linked stylesheet. Each rule has a
test that catches it and one that keeps it from reaching too far; the round's other new
files are read right already, and a test says what the readers get from them now."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree, html

from reader.document.formats.epub import _stylesheet
from reader.document.formats.html_class_styles import linked_css, with_class_styles
from reader.document.formats.html_deck import deck_under
from reader.document.formats.safety import SafeZip
from reader.document.markdown_images import embedded_images_blanked
from reader.document.pipeline import open_document
from scripts.score_real_formats import DEFAULT, built


def _document(path: Path):
    return open_document(path, with_language=False)


def _texts(document) -> list[str]:
    return [block.text for block in document.blocks]


def _said(document) -> str:
    return " ".join(_texts(document))


# --- Subtitles: one colour beside the default white is a second voice -------------------------

def _srt(tmp_path: Path, cues: list[str]) -> Path:
    path = tmp_path / "report.srt"
    path.write_text("\n".join(f"{n}\n00:00:{2 * n:02},000 --> 00:00:{2 * n + 1:02},500\n{cue}\n"
                              for n, cue in enumerate(cues, start=1)), "utf-8")
    return path


_Y = '<font color="#ffff00">'


def test_a_yellow_interviewer_beside_white_answers_asks_the_questions(tmp_path):
    document = _document(built("srt-subtitle-edit-font-colour-speakers-sv", DEFAULT, tmp_path))
    assert [q.heading for q in document.questions] == [
        "Hur länge har du haft bageriet här i Ljusnäs?",
        "Och hur ser en vanlig dag ut för dig när du inte står vid ugnen?",
        "Även på söndagar?", "Har bygden förändrats under de här åren?"]
    assert "<font" not in _said(document)
    path = _srt(tmp_path, [f"{_Y}Where did you learn to bake</font>",
                           f"{_Y}bread like this?</font>", "From my grandmother, in Lund.",
                           f"{_Y}Do you still use her oven?</font>", "Every single morning."])
    assert [q.heading for q in _document(path).questions] == [
        "Where did you learn to bake bread like this?", "Do you still use her oven?"]


def test_a_file_all_in_one_colour_or_music_in_colour_tells_no_voices(tmp_path):
    # every line yellow: the broadcaster's styling, one paragraph as before
    whole = _srt(tmp_path, [f"{_Y}We bake at four.</font>", f"{_Y}Then we drive out.</font>",
                            f"{_Y}Four villages a day.</font>"])
    assert _texts(_document(whole)) == ["We bake at four. Then we drive out. Four villages a day."]
    # the music in a colour of its own beside plain speech: no second voice
    sung = _srt(tmp_path, [f"{_Y}♪ la la la ♪</font>", "We bake at four.",
                           f"{_Y}♪ la la ♪</font>", "Then we drive out."])
    assert len(_document(sung).blocks) == 1


# --- Google Docs' Markdown: pictures as data, never read --------------------------------------

def test_google_docs_markdown_pictures_carried_as_data_are_not_read(tmp_path):
    document = _document(built("md-google-docs-download-escapes-es", DEFAULT, tmp_path))
    said = _said(document)
    assert "base64" not in said and "image1" not in said and "![]" not in said
    assert len(document.questions) == 4
    source = "Intro\n\n![Rosa at the oven][image2]\n\n[image2]: <data:image/png;base64,AAAA>\n"
    blanked = embedded_images_blanked(source)
    assert len(blanked) == len(source)  # lines and offsets stay where they were
    assert blanked.split("\n")[2].rstrip() == "Rosa at the oven"  # the alt text stands


def test_a_reference_to_an_address_stays_as_written():
    source = "See the map ![map][1].\n\n[1]: https://example.org/map.png\n"
    assert embedded_images_blanked(source) == source
    other = "![x][pic]\n\n[other]: <data:image/png;base64,AAAA>\n"  # names another label
    assert embedded_images_blanked(other).startswith("![x][pic]")


# --- An Elementor page saved whole: the site's parts ------------------------------------------

def test_elementors_site_parts_and_a_read_also_label_left_alone_go(tmp_path):
    document = _document(built("elementor-saved-page-heading-widgets-pt", DEFAULT, tmp_path))
    said = _said(document)
    for gone in ("Saltar para o conteúdo", "Quem vem à feira do livro", "Leia também",
                 "Todos os direitos reservados"):
        assert gone not in said
    assert len(document.questions) == 4


def test_a_read_also_heading_over_the_articles_own_words_stays(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><article><h1>Uma conversa</h1><p>Primeiro parágrafo da "
                    "conversa com a bibliotecária.</p><h3>Leia também</h3><p>O livro que ela "
                    "recomenda é O Principezinho, que leu aos doze anos.</p></article>"
                    "</body></html>", "utf-8")
    assert "Leia também" in _texts(_document(path))
    kept = tmp_path / "kept.html"  # a class that only holds "location" is no builder's part
    kept.write_text("<html><body><article><h1>Onde</h1><div class='location'><p>Em Braga, "
                    "na biblioteca municipal, desde 2011.</p></div></article></body></html>",
                    "utf-8")
    assert "Em Braga, na biblioteca municipal, desde 2011." in _texts(_document(kept))


# --- A subtitle under the headline, left out by readability with it ---------------------------

def test_a_substack_emails_subtitle_comes_back_under_its_headline(tmp_path):
    document = _document(DEFAULT / "substack-email-saved-html-it.html")
    assert _texts(document)[:2] == ["Remare a cinquant'anni: tre domande a Fabio Moretti",
                                    "Il campionato master cambia sede, e il presidente ci "
                                    "spiega perché"]
    assert _said(document).count("Il campionato master cambia sede") == 1  # preview hidden


def test_a_byline_or_a_link_under_the_headline_is_no_subtitle():
    page = html.fromstring("<div><h1>Title</h1><p>By Ana Lopes, 3 May</p></div>")
    assert deck_under(page.find("h1")) is None  # a paragraph its class names no subtitle
    page = html.fromstring("<div><h1>Title</h1><h2><a href='/next'>Next story</a></h2></div>")
    assert deck_under(page.find("h1")) is None  # a link alone: a teaser
    page = html.fromstring("<div><h1>Title</h1><p class='post-subtitle'>Why it moved</p></div>")
    assert deck_under(page.find("h1")) is not None


# --- Apple Pages' EPUB: bold by the book's linked stylesheet ---------------------------------

def test_apple_pages_bold_set_by_the_linked_stylesheet_is_read(tmp_path):
    document = _document(built("epub-apple-pages-linked-css-bold-fr", DEFAULT, tmp_path))
    question = next(b for b in document.blocks
                    if b.text == "Comment le club a-t-il traversé l’hiver ?")
    assert [i.style.name for i in question.inlines] == ["STRONG"]
    assert len(document.questions) == 3


def test_a_stylesheet_outside_the_book_is_never_read(tmp_path):
    path = tmp_path / "b.epub"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("OPS/css/book.css", ".s2 { font-weight: bold }")
    archive = SafeZip(path.read_bytes(), str(path))
    sheets: dict[str, str] = {}
    assert _stylesheet(archive, "OPS/ch1.xhtml", sheets, "css/book.css") is not None
    assert _stylesheet(archive, "OPS/ch1.xhtml", sheets, "https://example.org/book.css") is None
    assert _stylesheet(archive, "OPS/ch1.xhtml", sheets, "missing.css") is None
    root = etree.fromstring('<html><head><link rel="icon" href="css/book.css"/></head><body>'
                            '<span class="s2">Plain</span></body></html>')
    assert linked_css(root, lambda href: ".s2 { font-weight: bold }") == ""  # an icon
    with_class_styles(root, "p .s2 { font-weight: bold }")  # a rule reaching further
    assert root.find(".//span").get("style") is None


# --- What the round's other files read right now ----------------------------------------------

def test_the_rounds_other_files_are_read_right(tmp_path):
    expected = {
        "mht-ie-windows-1250-news-interview-pl": 4,  # windows-1250 in quoted-printable
        "odt-word-saved-as-odt-bold-labels-pl": 3,  # Word's ODF: labels, header left out
        "docx-google-docs-question-table-merged-rows-cs": 4,  # a merged row, a header row
        "pdf-tagged-artifacts-running-heads-nl": 4,  # artifacts: head and folio not read
    }
    for name, questions in expected.items():
        document = _document(built(name, DEFAULT, tmp_path))
        assert len(document.questions) == questions, name
    said = _said(_document(built("pdf-tagged-artifacts-running-heads-nl", DEFAULT, tmp_path)))
    assert "Pagina 1 van" not in said and "wijkkrant voor Oost" not in said
    said = _said(_document(built("mht-ie-windows-1250-news-interview-pl", DEFAULT, tmp_path)))
    assert "Latarki i rozsądku" in said and "Korek na zakopiance" not in said


# --- A "Rate this article" row: the site's --------------------------------------------------

def test_a_rate_this_article_row_is_the_sites(tmp_path):
    said = _said(_document(built("mht-ie-windows-1250-news-interview-pl", DEFAULT, tmp_path)))
    assert "Oceń artykuł" not in said


def test_a_sentence_about_a_rating_is_read(tmp_path):
    path = tmp_path / "page.html"  # the word in the text, and inside a class's word
    path.write_text("<html><body><article><h1>Film</h1><p class='operating-hours'>Open "
                    "from nine to five every day.</p><p>We gave the film four stars out of "
                    "five, as the rating says.</p></article></body></html>", "utf-8")
    texts = _texts(_document(path))
    assert "Open from nine to five every day." in texts
    assert "We gave the film four stars out of five, as the rating says." in texts
