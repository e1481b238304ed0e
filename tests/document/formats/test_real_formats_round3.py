"""Real files' traps, round 3 (session 12; tests/document/fixtures/real_formats): what a CMS,
a forum or a layout program puts around an interview, and what the reader shows of it. Each
rule has a test that catches it and one that keeps it from reaching too far."""

from __future__ import annotations

from pathlib import Path

from reader.document.pipeline import open_document

from .test_real_formats_pages import _opened, _said


def _page(tmp_path: Path, body: str) -> str:
    page = tmp_path / "page.html"
    page.write_text(f"""<html lang="fr"><head><title>Entretien</title></head><body>
<main><article><h1>Entretien avec l'éleveuse</h1>{body}</article></main>
<footer>Mentions légales</footer></body></html>""", "utf-8")
    return _said(open_document(page, with_language=False))


_ANSWER = "<p>Pour le revenu, je ne vais pas mentir, et pour l'herbe de mes bêtes.</p>"


# --- A box of facts among the article's paragraphs ---------------------------------------------

def test_a_box_of_key_figures_among_the_articles_paragraphs_is_read(qapp, tmp_path):
    said = _said(_opened("news-aside-paywall-fr", tmp_path))
    assert "Repères" in said and "21 000 panneaux" in said
    assert "Cet article est réservé aux abonnés" not in said  # the paywall teaser still goes


def test_an_aside_of_links_or_outside_the_article_is_still_not_read(tmp_path):
    said = _page(tmp_path, _ANSWER + '<aside><h3>À lire aussi</h3><ul><li><a href="/a">La '
                 'foire aux bestiaux revient</a></li></ul></aside>'
                 '<aside class="encadre related-box"><p>Un encadré nommé comme le site</p></aside>')
    assert "La foire aux bestiaux" not in said and "Un encadré nommé" not in said
    page = tmp_path / "outside.html"
    page.write_text("<html><body><article><h1>Titre</h1>" + _ANSWER + "</article><aside><p>"
                    "Notre journal existe depuis 1944 et vit de ses lecteurs.</p></aside>"
                    "</body></html>", "utf-8")
    assert "depuis 1944" not in _said(open_document(page, with_language=False))


def test_a_forums_quote_of_an_earlier_post_is_not_read_again(qapp, tmp_path):
    said = _said(_opened("forum-ama-discourse", tmp_path))
    assert said.count("Don't you get lonely out there?") == 1


# --- Links to the previous and next post, "Read more" ---------------------------------------

def test_the_links_to_the_previous_and_next_post_and_read_more_are_not_read(qapp, tmp_path):
    assert "Raku night" not in _said(_opened("squarespace-span-soup", tmp_path))
    assert "Weiterlesen" not in _said(_opened("drupal-field-body-de", tmp_path))


def test_words_about_pagination_and_a_class_that_only_begins_like_pager_are_read(tmp_path):
    said = _page(tmp_path, '<p class="pagerank-study">Mon père faisait la pagination des '
                 "registres à la poste.</p><p>Il disait : lisez la suite, readmore en "
                 "anglais.</p>" + _ANSWER)
    assert "pagination des registres" in said and "lisez la suite" in said


# --- A picture's description that a caption beside it says again ----------------------------

def test_a_pictures_description_that_the_caption_beside_it_extends_is_heard_once(qapp, tmp_path):
    said = _said(_opened("rtl-arabic-s-j-labels", tmp_path))
    assert said.count("هدى النجار في قاعة الأطفال") == 1
    assert "هدى النجار في قاعة الأطفال بالمكتبة" in said  # the caption stays


def test_a_description_that_no_caption_beside_its_picture_says_is_read(tmp_path):
    said = _page(tmp_path, '<div class="photo"><img src="a.jpg" alt="Gaëlle Morvan et ses '
                 'vaches"><p class="img-caption">Le parc photovoltaïque vu du ciel</p></div>'
                 + _ANSWER + '<div><img src="b.jpg" alt="Les panneaux au lever du soleil"></div>'
                 '<p class="caption">Les panneaux au lever du soleil</p>')
    assert "Gaëlle Morvan et ses vaches" in said and "Le parc photovoltaïque vu du ciel" in said
    # a caption outside the picture's own box is another picture's, or none
    assert said.count("Les panneaux au lever du soleil") == 2


# --- Letter-spaced capitals in a PDF -----------------------------------------------------------

class _Spaced:
    """Characters laid out left to right: each letter 6 points wide and ``gap`` points from
    the next, ``wide`` points after the letters at ``word_ends``; a space is a zero-width
    mark in the gap, as PDFium reports the spaces it adds."""

    def __init__(self, text: str, gap: float, wide: float, word_ends: frozenset[int],
                 size: float = 10) -> None:
        self.size, self.boxes, x = size, [], 0.0
        for index, char in enumerate(text):
            width = 0.0 if char == " " else 6.0
            self.boxes.append((x, 0.0, x + width, size))
            if char != " ":
                x += width + (wide if index in word_ends else gap)

    def box(self, index: int) -> tuple[float, float, float, float]:
        return self.boxes[index]

    def font_size(self, index: int) -> float:
        return self.size


def _closed(text: str, gap: float, wide: float = 0.0, word_ends: frozenset[int] = frozenset()
            ) -> str:
    from reader.document.formats.pdf_tracking import tracking_closed

    chars = _Spaced(text, gap, wide, word_ends)
    return tracking_closed(text, 0, chars, ((0, len(text), True, False),))[0]


def test_a_pdfs_letter_spaced_word_is_read_as_one_word(qapp, tmp_path):
    assert _closed("S TA D T L E B E N", gap=1.8) == "STADTLEBEN"
    document = _opened("pdf-indesign-hyphens-header-de", tmp_path)
    assert _said(document).startswith("STADTLEBEN ")
    assert document.title == "Schrauben statt wegwerfen"


def test_letters_set_a_space_apart_and_a_tracked_lines_word_ends_stay(qapp):
    assert _closed("A B C D E", gap=3.2) == "A B C D E"  # a space's width apart: five letters
    assert _closed("J R R Tolkien", gap=1.0) == "J R R Tolkien"
    assert _closed("K U N S T U N D", gap=1.5, wide=6, word_ends=frozenset({8})) == "KUNST UND"


# --- "Read also" lines among the paragraphs --------------------------------------------------

def test_a_read_also_line_among_the_paragraphs_is_not_read(qapp, tmp_path):
    said = _said(_opened("news-jsonld-kicker-readalso", tmp_path))
    assert "Lire aussi" not in said and "réservations explosent" not in said
    said = _page(tmp_path, _ANSWER + '<p><strong>Leggi anche:</strong> <a href="/a">La fiera '
                 'del bestiame torna in piazza</a></p>' + _ANSWER)
    assert "Leggi anche" not in said and "fiera del bestiame" not in said


def test_a_sentence_that_says_read_also_or_a_label_without_a_link_is_read(tmp_path):
    said = _page(tmp_path, '<p>Lire aussi <a href="/rapport">le rapport de la chambre '
                 "d'agriculture</a>, qui chiffre la perte de prairies.</p><p>Voir aussi :</p>"
                 + _ANSWER)
    assert "qui chiffre la perte de prairies" in said and "Voir aussi" in said


# --- A download button ---------------------------------------------------------------------

def test_a_podcasts_download_button_is_not_read(qapp, tmp_path):
    assert "Download MP3" not in _said(_opened("podcast-show-notes-transcript", tmp_path))
    said = _page(tmp_path, _ANSWER + '<p><a class="btn btn-download" href="/r.pdf">Télécharger'
                 " le PDF</a></p>")
    assert "Télécharger" not in said


def test_words_about_downloads_in_the_article_are_read(tmp_path):
    said = _page(tmp_path, '<p class="downloaded-from">Les chiffres, téléchargés sur le site '
                 "de la chambre, datent de mars.</p><p>Download the app? Non, jamais.</p>"
                 + _ANSWER)
    assert "téléchargés sur le site" in said and "Download the app" in said
