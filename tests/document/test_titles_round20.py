"""Title rules of round 20 (a site's buttons and a menu run into one line, a column's month
under its headline, a two-sentence headline over its authors, a kicker over a signed headline,
a French paper's "RÉCIT." headline, an agency's credit after a caption, a banner ending with
its "learn more" link), each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import Role
from reader.document.structure.titles.aboveheadline import asks_under_genre, section_over_explainer

from .test_structure_layouts import doc
from .test_titles_round14 import BODY

# --- A site's buttons above the headline --------------------------------------------------------


def test_a_donate_button_and_the_reading_time_run_into_share_are_not_the_title():
    page = doc(
        "Zum Inhalt springen\n\nSuche\n\nJetzt spenden\n\n"
        "Interview: „Die Illusion ist, dass alles so weitergehen kann“\n\n"
        f"Lesezeit: 6 Minuten Teilen\n\n{BODY}\n"
    )
    assert page.title == "Interview: „Die Illusion ist, dass alles so weitergehen kann“"
    assert page.blocks[2].role is Role.SHARE
    assert "Jetzt spenden" in page.text  # nothing lost: the text keeps the button


def test_a_headline_about_giving_is_still_a_headline():
    title = "Spenden für die Tafel: wie die Stadt im Winter hilft"
    assert doc(f"{title}\n\n{BODY}\n").title == title


def test_a_menu_run_into_one_line_that_ends_with_follow_us_is_not_the_title():
    page = doc(
        "Ressources numériques Carnets Nos plateformes Revues Livres Agenda Abonnement "
        "Suivez-nous\n\n"
        "Derrière la collecte du web. Entretien sur le travail des correspondants régionaux "
        "du dépôt légal.\n\n"
        f"Par Hélène Marchal et Julien Fabre\n\n{BODY}\n"
    )
    assert page.title == (
        "Derrière la collecte du web. Entretien sur le travail des correspondants régionaux "
        "du dépôt légal."
    )


def test_a_long_headline_without_punctuation_that_names_no_menu_link_stays():
    title = "Les bibliothécaires de la région racontent leur nouveau métier au quotidien"
    assert doc(f"{title}\n\n{BODY}\n").title == title


def test_a_first_sentence_of_twenty_words_over_a_date_is_no_headline():
    # The longer headline is allowed over its authors' "Par …" line only.
    sentence = (
        "Les correspondants régionaux ont repéré pendant la crise près de quatre mille contenus "
        "que la collecte ordinaire aurait manqués."
    )
    page = doc(f"{sentence}\n\n12 mars 2020\n\n{BODY}\n")
    assert page.title != sentence


# --- A column's month under its headline --------------------------------------------------------


def test_a_month_and_year_under_the_headline_is_its_date_not_the_title():
    page = doc(
        "Newsletter - sign up here\n\nSearch Hartley\n\nHartley's pieces from The Gazette\n\n"
        f"Hartley's Netwatch\n\nGrief in the Age of the Inbox\n\nMarch 2014\n\n{BODY}\n"
    )
    assert page.title == "Grief in the Age of the Inbox"


def test_a_newsletter_titled_by_its_month_under_its_date_keeps_that_title():
    page = doc(f"Apr 30 2015\n\nApril 2015\n\nHello everyone,\n\n{BODY}\n")
    assert page.title == "April 2015"


def test_short_spanish_and_italian_months_make_a_byline_dated():
    page = doc(
        "Ir al contenido\n\nUn café con Aurelio\n\n"
        "«Con la excusa de protegernos se han cruzado demasiadas líneas rojas»\n\n"
        f"Aurelio Padrón | 13 dic 2020\n\n{BODY}\n"
    )
    assert page.blocks[3].role is Role.DATELINE


# --- A kicker over a signed headline ------------------------------------------------------------


def test_a_series_name_over_a_quoted_headline_and_its_byline_is_not_the_title():
    page = doc(
        "Ir al contenido\n\nUn café con Aurelio\n\n"
        "«Con la excusa de protegernos se han cruzado demasiadas líneas rojas»\n\n"
        f"Aurelio Padrón | 13 dic 2020\n\n{BODY}\n"
    )
    assert page.title == "«Con la excusa de protegernos se han cruzado demasiadas líneas rojas»"
    assert page.blocks[1].role is Role.SHARE


def test_a_title_over_its_plain_subtitle_and_byline_keeps_its_title():
    page = doc(
        "Welcoming a new team member\n\n"
        "A simple team exercise to help them feel part of the team quickly\n\n"
        f"Alex Moreno\n5 min read · Apr 3, 2023\n\n{BODY}\n"
    )
    assert page.title == "Welcoming a new team member"


# --- A French paper's "RÉCIT." headline, and an agency's credit ---------------------------------


def test_a_genre_and_a_period_before_a_headline_make_no_lead():
    headline = (
        'RÉCIT. "Je choisis mes sujets" : comment la présidente de région verrouille sa '
        "communication"
    )
    page = doc(
        f"Grand format\n\n{headline}\n\nLucie Barral, Mathieu Roche le samedi 9 septembre "
        "2017\n\nLa présidente de région arrive à la tribune du congrès, à Lyon. (AFP)\n\n"
        f"{BODY}\n"
    )
    assert page.title == headline
    assert page.blocks[3].role is Role.CAPTION  # "… (AFP)": the picture's caption


def test_a_genre_opening_a_standfirst_that_ends_with_a_period_is_still_a_lead():
    page = doc(
        "La nouvelle médiathèque\n\nENTRETIEN. La directrice raconte deux ans de travaux et "
        f"les premiers mois d'ouverture au public.\n\nPar Anne Roy\n\n{BODY}\n"
    )
    assert page.title == "La nouvelle médiathèque"
    assert page.blocks[1].role is Role.LEAD


def test_an_agency_named_inside_a_sentence_makes_no_caption():
    page = doc(f"La dépêche\n\nLe texte cite une dépêche (AFP) reprise partout.\n\n{BODY}\n")
    assert page.blocks[1].role is not Role.CAPTION


# --- A banner ending with its "learn more" link -------------------------------------------------


def test_a_banner_over_the_page_ending_with_learn_more_is_not_the_title():
    page = doc(
        "Olá\n\n712kWh poupados com a\ni\n\nO modo escuro permite-lhe gastar até 30% menos "
        "bateria.\n\nDiminua a sua pegada ecológica.\nSaiba mais\n\n"
        "Para onde vão os antigos secretários de Estado quando o telemóvel deixa de tocar\n\n"
        f"{BODY}\n"
    )
    assert page.title == (
        "Para onde vão os antigos secretários de Estado quando o telemóvel deixa de tocar"
    )
    assert page.blocks[0].role is Role.SHARE
    assert "Saiba mais" in page.text


def test_teasers_each_with_a_learn_more_link_are_no_banner():
    page = doc(
        "Notícias da escola\n\nA feira do livro\nSaiba mais\n\nO torneio de xadrez\n"
        f"Saiba mais\n\n{BODY}\n"
    )
    assert page.title == "Notícias da escola"


# --- A widget's error, and a section over an explainer that asks --------------------------------


def test_a_section_over_an_explainer_that_asks_is_not_the_title_nor_a_question():
    page = doc(
        "Obituaries\n\nExplained: what is an obituary, and why do we still write them?\n\n"
        f"An error occurred. Please try again.\n\n{BODY}\n\nWhat is an obituary?\n\n{BODY}\n"
    )
    assert page.title == "Explained: what is an obituary, and why do we still write them?"
    assert page.blocks[2].role is Role.SHARE  # the widget's error, hidden from reading
    assert "An error occurred" in page.text


def test_a_labelled_question_is_no_explainer():
    # "Sam Reed: what made you start the club?" is a turn, maybe an interview's first.
    page = doc("Sam Reed: what made you start the club?\n\nMy neighbour asked me to.\n")
    section = page.blocks[0]
    assert not section_over_explainer(doc("Obituaries\n").blocks[0], section)
    explainer = doc("Explained: what is an obituary, and why do we still write them?\n")
    assert section_over_explainer(doc("Obituaries\n").blocks[0], explainer.blocks[0])


def test_a_sentence_about_an_error_in_the_text_is_no_widget():
    sentence = "An error occurred in the council's accounts, the auditor said on Monday."
    page = doc(f"The audit\n\n{sentence}\n\n{BODY}\n")
    assert page.blocks[1].role is not Role.SHARE


# --- A site's section named alone ---------------------------------------------------------------


def test_a_sites_section_word_under_the_headline_is_not_the_title():
    page = doc(f"Écoute – Bienveillance & Rigueur\n\nActualités\n\n{BODY}\n")
    assert page.title == "Écoute – Bienveillance & Rigueur"


def test_a_headline_that_opens_with_a_section_word_stays_a_headline():
    assert doc(f"News from the allotment\n\n{BODY}\n").title == "News from the allotment"


# --- A shop's author and edition after a book's name ---------------------------------------------


def test_a_shops_author_and_format_after_the_books_name_are_left_out_of_the_title():
    page = doc(f"Reporterki. Ich najtrudniejsze tematy - Anna Wolska - ebook\n\n{BODY}\n")
    assert page.title == "Reporterki. Ich najtrudniejsze tematy"
    assert "Anna Wolska - ebook" in page.text  # nothing lost


def test_a_headline_about_ebooks_keeps_its_words():
    title = "Why I went back to paper - and gave away my e-book reader"
    assert doc(f"{title}\n\n{BODY}\n").title == title


# --- A headline that asks after its genre and a colon -------------------------------------------


def test_a_headline_that_asks_after_interview_and_a_colon_is_the_title_not_a_question():
    page = doc(
        "Interview: Wie gut berät Ihre Bank?\n\nInterview Meldung\n\n"
        "Dr. Jana Riedel, Referentin beim Landesverband, über Anlageberatung.\n\n"
        "Sind die Unterschiede so groß?\n\nJa. Seit die Zinsen überall ähnlich sind, "
        "konkurrieren die Banken über die Beratung.\n\n"
        "Worauf sollten Kunden achten?\n\nAuf die Kosten, und darauf, ob der Berater zuhört.\n"
    )
    assert page.title == "Interview: Wie gut berät Ihre Bank?"
    assert [q.heading for q in page.questions] == [
        "Sind die Unterschiede so groß?", "Worauf sollten Kunden achten?",
    ]


def test_an_interviewers_label_before_a_question_is_no_genre():
    assert not asks_under_genre("Interviewer: Wie sind Sie zur Bank gekommen?")
    assert not asks_under_genre("Q: How did you start the club?")
    assert asks_under_genre("Entretien : faut-il encore prêter des livres ?")
