"""Title rules found in the eleventh round's real layouts (a stack of a page's short top lines
with no blank line between them, a standfirst repeated as its picture's caption, a share
button that quotes the headline, a link's words said twice, a news site's tagline), each with
a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import Role

from .test_structure_layouts import doc
from .test_titles_round10 import BODY, MORE

HEADLINE = "Sunday hours for every library in town"
STANDFIRST = "Six branches will share the extra shifts between them"


# --- A stack of the page's short top lines, and a standfirst given again as a caption ---------


def test_a_stack_of_top_lines_and_a_captioned_standfirst_leave_the_headline_the_title():
    document = doc(
        "RU  UA  EN\n\nчетверг, 14 марта\n  • НБУ:USD 39.10\n  • НБУ:EUR 42.60\nОбщество\n\n"
        f"{HEADLINE}\n\n{STANDFIRST}\n\n{STANDFIRST} Anna Berg Фото: Пресс-служба\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    assert document.title == HEADLINE
    texts = [b.text for b in document.blocks]
    assert "Общество" in texts  # the stack's lines stand apart, none lost
    caption = texts.index(f"{STANDFIRST} Anna Berg Фото: Пресс-служба")
    assert document.blocks[caption].role is Role.SHARE


def test_a_search_forms_short_lines_without_bullets_stay_one_paragraph():
    # No bullet opens its lines: an archive's search form, which leaves its title on top.
    document = doc(
        "Tutte le interviste\n\nNome Cognome Dal Al\nArgomento Dal Al\nRicerca Dal Al\n\n"
        "Le interviste dell'ultimo numero\n\nLE CARTE IN TAVOLA\n"
        f"Intervista a Renato Ferri di Lucia Bassani\n{BODY}\n\nIL TEMPO DELLE VIGNE\n"
        f"Intervista a Carla Mori di Lucia Bassani\n{MORE}\n"
    )
    assert document.title == "Tutte le interviste"
    assert "Nome Cognome Dal Al Argomento Dal Al Ricerca Dal Al" in [
        b.text for b in document.blocks]


def test_a_standfirst_quoted_in_the_text_is_no_caption():
    # The text opens with the standfirst's words and goes on: no credit, no caption.
    document = doc(
        f"{HEADLINE}\n\n{STANDFIRST}\n\n{STANDFIRST}, the council said on Monday, "
        f"and the photos of the new hours are online.\n\n{BODY}\n"
    )
    assert document.title == HEADLINE
    said = next(b for b in document.blocks if "the council said" in b.text)
    assert said.role is not Role.SHARE  # read aloud, as the text it is


# --- A share button that quotes the headline ---------------------------------------------------


def test_the_headline_a_share_button_quotes_is_the_title():
    document = doc(
        f"• Ei tuloksia\n\n{HEADLINE}\n\nN/A\nN/A\nInfo\nLataa\n\nAcademic year: 2021\n\n"
        f'Jaa "{HEADLINE}"\n\nCopied!\n41\n\n{BODY}\n\n{MORE}\n'
    )
    assert document.title == HEADLINE
    assert document.blocks[0].role is Role.SHARE


def test_a_line_quoting_something_else_leaves_the_first_line_the_title():
    document = doc(f'{HEADLINE}\n\nNews\n\nShe said "{STANDFIRST}"\n\n{BODY}\n\n{MORE}\n')
    assert document.title == HEADLINE


# --- A link's words said twice, a news site's tagline -----------------------------------------


def test_a_column_said_twice_under_a_news_sites_tagline_is_the_sites():
    document = doc(
        "Şehrin en hızlı haber sitesi\nOKUR TEMSİLCİSİ OKUR TEMSİLCİSİ - SELİM KAYA\n\n"
        f"Sorular, yanıtlar\n\n{BODY}\n\n{MORE}\n"
    )
    assert document.title == "Sorular, yanıtlar"


def test_a_headline_about_a_news_site_or_saying_a_name_twice_stays_the_title():
    for headline in (
        "How our town built its own news site",
        "Duran Duran: forty years on the road",
    ):
        assert doc(f"{headline}\n\nCulture\n\n{BODY}\n\n{MORE}\n").title == headline
