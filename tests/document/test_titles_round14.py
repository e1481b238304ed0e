"""Title rules found in the fourteenth round's real layouts (a page's widgets copied as words,
a blog's label banner, a show's header, a journal's authors, a title inside copies of its
standfirst, a picture's credit under the headline), each with a document it must catch and one
it must not."""

from __future__ import annotations

from reader.document.model import Role

from .test_structure_layouts import doc

BODY = (
    "The library reopened its reading room on Monday after six months of work, with new lamps, "
    "quieter heating and twice as many seats by the windows as before."
)
ANSWER = (
    "Almost six years now. I started during the winter appeal, sorting tins in the back room, "
    "and I have come every Saturday since, even the snowy ones."
)


# --- A page widget's words ---------------------------------------------------------------------


def test_an_icons_name_and_a_text_size_toolbar_are_never_the_headline():
    icon = doc(
        f"Upload Button Icon Add office photos\n\nNorvik Data Analyst Interview Tips\n\n{BODY}\n"
    )
    assert icon.title == "Norvik Data Analyst Interview Tips"
    assert icon.blocks[0].role is Role.SHARE
    toolbar = doc(
        "Intervista all'autore Stefano Lauri\n\nScritto da Redazione Lunedì, 14 Marzo 2016\n\n"
        "dimensione font riduci dimensione font aumenta la dimensione del font Stampa Email\n\n"
        "1. Che cos'è per Lei scrivere?\nUn modo per passare il tempo.\n\n"
        "2. Ebook o cartaceo?\nCartaceo.\n"
    )
    assert toolbar.title == "Intervista all'autore Stefano Lauri"


def test_a_headline_about_icons_or_font_sizes_stays_the_title():
    assert doc(f"Why every button icon needs a text label\n\n{BODY}\n").title == (
        "Why every button icon needs a text label"
    )
    assert doc(f"Font size matters for readers with low vision\n\n{BODY}\n").title == (
        "Font size matters for readers with low vision"
    )


def test_an_issn_line_and_an_indexs_all_articles_line_are_never_the_headline():
    index = doc(
        "Entretiens\n\nTOUS NOS ARTICLES SUR CE SUJET\n\nEntretiens - Tous les articles\n\n"
        "Marc Vautrin : « L'autorité se nourrit de la surveillance »\n\nEn débat\n\n"
        "Publié le 21.02.23 à 00:00\n"
    )
    assert index.title == "Entretiens"
    assert doc(f"Journal of Reading Rooms ISSN 2083-7321\n\nThe quiet room\n\n{BODY}\n").title == (
        "The quiet room"
    )


def test_a_headline_that_says_all_our_articles_goes_on_stays_the_title():
    title = "All our articles are now free to read for a month"
    assert doc(f"{title}\n\n{BODY}\n").title == title


# --- A blog's label banner ----------------------------------------------------------------------


def test_a_blogs_label_banner_closes_the_blogs_name_above_the_post():
    document = doc(
        "Palácio das Letras\n\n"
        "Mostrando postagens com marcador entrevista. Mostrar todas as postagens\n\n"
        "quinta-feira, 12 de março de 2015\n\nEntrevista com a autora Claire Whitmore\n\n"
        f"{BODY}\n"
    )
    assert document.title == "Entrevista com a autora Claire Whitmore"
    assert [b.role for b in document.blocks[:3]] == [Role.SHARE, Role.SHARE, Role.DATELINE]
    swedish = doc(
        "Visar inlägg med etikett Intervju. Visa alla inlägg\n\nonsdag 20 december 2017\n\n"
        f"Intervju med Ada Berg\n\n{BODY}\n"
    )
    assert swedish.title == "Intervju med Ada Berg"


def test_a_blog_without_a_label_banner_keeps_its_posts_title_search():
    document = doc(f"Showing the posts we loved in March\n\n{BODY}\n")
    assert document.title == "Showing the posts we loved in March"


# --- A show's header ----------------------------------------------------------------------------

BLURB = (
    "Hivecast is a round-table chat about podcasting from the team at Hivehost. We cover the news, "
    "podcast strategy and the tools we use."
)


def test_a_shows_name_blurb_and_links_stand_above_the_episodes_title():
    document = doc(
        f"Hivecast\n\n{BLURB}\n\nhttps://hivecast.example.com/\n\nsubscribe\nshare\n\n\n\n"
        f"episode 4: Does Your Podcast Need a Trailer? [transcript]\n\n{BODY}\n\n{BODY}\n\n"
        f"{BODY}\n"
    )
    assert document.title == "episode 4: Does Your Podcast Need a Trailer? [transcript]"
    assert document.blocks[0].role is Role.SHARE


def test_a_name_over_its_blurb_and_the_text_is_an_articles_title():
    document = doc(f"Hivecast\n\n{BLURB}\n\n{BODY}\n\n{BODY}\n")
    assert document.title == "Hivecast"


# --- A journal's authors ------------------------------------------------------------------------


def test_authors_over_their_affiliations_stand_above_a_quoted_title():
    document = doc(
        "Nr 2/2019 (LXV) ISSN 2083-7321\nAgnieszka Rudnicka\n"
        "Dział Informacji i Promocji WBP w Kielcach\nBeata Sowa\nDział Udostępniania WBP w Kielcach"
        "\n\n„Nie ja wybrałam bibliotekę, to biblioteka wybrała mnie”.\n\n"
        f"Co wtedy powiedziałaś?\n{ANSWER}\n\nCo było najtrudniejsze?\n{ANSWER}\n"
    )
    assert document.title == "„Nie ja wybrałam bibliotekę, to biblioteka wybrała mnie”."
    assert [b.role for b in document.blocks[1:5]] == [Role.BYLINE] * 4


def test_a_quoted_motto_at_the_very_top_is_not_the_title():
    document = doc(
        "„Cine seamănă vânt culege furtună”.\n\n"
        f"Interviu cu doamna profesoară Ioana Pop\n\n{BODY}\n"
    )
    assert document.title != "„Cine seamănă vânt culege furtună”."


# --- A title inside copies of its standfirst ----------------------------------------------------

GLUED = (
    "Top 25 Network Engineer Interview Questions You Should Prepare For Getting the job takes "
    "more than knowing your routers; you have to explain your choices calmly."
)


def test_a_title_given_alone_below_copies_of_it_run_into_its_standfirst_is_the_title():
    document = doc(
        f"{GLUED}\n\n{GLUED}\n\n{GLUED}\n\nWritten by\n\nPriya Nandakumar, Career Coach\n\n"
        f"Top 25 Network Engineer Interview Questions You Should Prepare For\n\n{BODY}\n"
    )
    assert document.title == "Top 25 Network Engineer Interview Questions You Should Prepare For"
    assert document.blocks[0].role is Role.SHARE


def test_a_paragraph_said_twice_with_no_title_alone_below_changes_nothing():
    document = doc(f"The reading room\n\n{BODY}\n\n{BODY}\n\nThe lamps are new.\n")
    assert document.title == "The reading room"


# --- A picture's credit under the headline ------------------------------------------------------


def test_a_pictures_credit_is_not_joined_to_the_headline_above_it():
    document = doc(
        "Ktoś zawsze zagląda\n\nil. Maren Holt, CC BY-NC 2.0\n\n18 minut czytania\n\n"
        f"Rozmowa z Piotrem Zawadą\n\n{BODY}\n"
    )
    assert document.title == "Ktoś zawsze zagląda"


def test_a_headline_broken_before_its_lower_case_end_is_still_joined():
    document = doc(f"Wywiad z dyrektorką o nowej\n\nczytelni i lampach\n\n{BODY}\n")
    assert document.title == "Wywiad z dyrektorką o nowej czytelni i lampach"


# --- A page's controls above a dated headline ---------------------------------------------------


def test_a_headline_over_its_date_below_a_pages_controls_is_the_title():
    document = doc(
        "Upload Button Icon Add office photos\n\nPremium Employer\n\ni\n\n"
        "Compare button icon Compare\n\nFilter interviews by\n\nClear (1)\n\n"
        f"Norvik Data Analyst Interview Tips\n\nUpdated 9 Feb 2025\n\n{BODY}\n\n{BODY}\n"
    )
    assert document.title == "Norvik Data Analyst Interview Tips"
    assert {b.role for b in document.blocks[:6]} == {Role.SHARE}


def test_a_sentence_between_the_controls_and_a_dated_line_keeps_the_rule_out():
    document = doc(
        "Upload Button Icon Add office photos\n\nCompare button icon Compare\n\n"
        "We moved the reading room to the second floor.\n\n"
        f"Norvik Data Analyst Interview Tips\n\nUpdated 9 Feb 2025\n\n{BODY}\n\n{BODY}\n"
    )
    assert document.title != "Norvik Data Analyst Interview Tips"


def test_a_pictures_file_name_run_into_the_lead_is_not_joined_to_the_headline():
    document = doc(
        "Öğretmenle Söyleşi\n\nogretmenle-soylesi24 Kasım Öğretmenler Günü'nü kutladık. Biz de "
        "gönüllülerimizden Selma Aktepe ile bir söyleşi yaptık.\n\nBranşınız nedir?\n\n"
        "Ben Matematik öğretmeniyim.\n\nHangi okuldan mezun oldunuz?\n\nEge Üniversitesi.\n"
    )
    assert document.title == "Öğretmenle Söyleşi"


def test_a_headline_broken_before_a_hyphenated_word_in_lower_case_is_still_joined():
    document = doc(f"Wir fahren mit dem Rad zur\n\nselbst-gebauten Hütte am See\n\n{BODY}\n")
    assert document.title == "Wir fahren mit dem Rad zur selbst-gebauten Hütte am See"
