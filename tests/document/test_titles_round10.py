"""Title rules found in the tenth round's real layouts (a site's notices, a skip link below a
newsletter's box, a link to listen under the headline, a site's name given twice, an archive
of teasers, a slug or a column's name above the headline, an interview's announcing line),
each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import Role

from .test_structure_layouts import asked, doc

BODY = (
    "The council will open every library on Sundays from next month, and it will publish the "
    "visitor numbers of each branch on its website at the end of the year."
)
MORE = (
    "Readers asked for longer hours in a survey last spring, and the librarians agreed to "
    "share the extra shifts between the six branches."
)


# --- A site's notices: an advert's place, an old article, views, text size ---------------------


def test_an_old_articles_notice_and_adverts_places_are_not_the_title():
    document = doc(
        "Este artículo se publicó hace 15 años.\n\n\"Escuchar poesía en la radio engancha\"\n\n"
        f"Publicidad\n\n{BODY}\n\nPublicidad\n\n{MORE}\n"
    )
    assert document.title == '"Escuchar poesía en la radio engancha"'
    assert document.blocks[0].role is Role.SHARE


def test_a_headline_about_adverts_or_old_articles_stays_the_title():
    for headline in (
        "Werbung für das Ehrenamt: Vereine suchen Helfer",
        "This article is about the years we lost",
    ):
        assert doc(f"{headline}\n\n{BODY}\n\n{MORE}\n").title == headline


def test_a_view_counter_and_the_text_size_buttons_are_the_sites():
    document = doc(
        "4843просмотра\n\n+T -\n\nПочему библиотеки открываются по воскресеньям\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    assert document.title == "Почему библиотеки открываются по воскресеньям"


def test_a_headline_that_counts_views_stays_the_title():
    headline = "10,000 views and counting: how a town video went round the world"
    assert doc(f"{headline}\n\n{BODY}\n\n{MORE}\n").title == headline


# --- A skip link below a newsletter's box ------------------------------------------------------


def test_the_lines_above_a_skip_link_are_the_sites():
    document = doc(
        "Kvartalets nyhetsbrev\n\nTack!\n\nVälkommen som prenumerant på nyhetsbrevet.\n\n"
        "Skip to content\n\nBiblioteken öppnar på söndagar\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    assert document.title == "Biblioteken öppnar på söndagar"
    assert [b.role for b in document.blocks[:4]] == [Role.SHARE] * 4


def test_a_skip_link_with_text_under_it_hides_nothing_above():
    document = doc(f"Libraries open on Sundays\n\nSkip to content\n\n{BODY}\n\n{MORE}\n")
    assert document.title == "Libraries open on Sundays"
    assert document.blocks[0].role is Role.TITLE


# --- A link to listen to the article under the headline ----------------------------------------


def test_the_headline_is_the_line_above_the_link_to_listen():
    document = doc(
        "Interview: a conversation in questions and answers, or by topics with the guest's "
        "answers in quotes.\n\nOpinion: the author's view, not necessarily the paper's, "
        "written by journalists or by experts.\n\n"
        "Libraries open on Sundays; the unions ask for more staff\n\n"
        f"Listen to this article\n\n{BODY}\n\n{MORE}\n"
    )
    assert document.title == "Libraries open on Sundays; the unions ask for more staff"
    assert document.blocks[3].role is Role.SHARE


def test_a_subtitle_above_the_link_to_listen_is_not_the_title():
    document = doc(
        "# Libraries open on Sundays\n\nThe unions ask for more staff\n\n"
        f"Listen to this article\n\n{BODY}\n\n{MORE}\n",
        markdown=True,
    )
    assert document.title == "Libraries open on Sundays"
    assert document.blocks[1].role is not Role.TITLE


# --- A site's name given twice -----------------------------------------------------------------


def test_a_shows_name_given_twice_around_its_blurb_is_not_the_title():
    document = doc(
        "Buzzline\n\nBuzzline is a round table about podcasting from the team at Hivecast, "
        "with the news, the tools we use and your questions from the mailbag.\n\n"
        f"Buzzline\n\nGetting Your Guests Ready for a Great Interview\n\n{BODY}\n\n{MORE}\n"
    )
    assert document.title == "Getting Your Guests Ready for a Great Interview"
    assert [b.role for b in document.blocks[:3]] == [Role.SHARE] * 3


def test_a_blogs_name_twice_above_a_signed_post_is_not_the_title():
    document = doc(
        "Blog des écoles du Val\n\nBlog des écoles du Val\n\n"
        "N'hésitez pas à nous contacter : ecoles.val@example.fr\n\n"
        "Compte-rendu du conseil d'école\n\nPublié par Écoles du Val le 20 avril 2016\n\n"
        f"Catégories : #Conseils d'école\n\n{BODY}\n\n{MORE}\n"
    )
    assert document.title == "Compte-rendu du conseil d'école"


def test_a_headline_given_twice_over_its_text_stays_the_title():
    side_by_side = doc(
        "Libraries open on Sundays\n\nLibraries open on Sundays\n\nA new timetable\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    assert side_by_side.title == "Libraries open on Sundays"
    over_its_byline = doc(
        "Libraries open on Sundays\n\nRead on\n\nPhoto: Anna Berg\n\nTom Weller\n\n"
        f"Libraries open on Sundays\n\nTom Weller\n\n{BODY}\n\n{MORE}\n"
    )
    assert over_its_byline.title == "Libraries open on Sundays"


# --- An archive of teasers ---------------------------------------------------------------------


def test_an_archive_whose_teasers_each_end_with_read_more_is_titled_on_top():
    document = doc(
        "Interview\n\nAchtergrond\n\nRick Bosman: ‘Mijn beperking is een manier van leven’\n\n"
        "Rick Bosman is bijna een jaar minister.\n\nLees meer\n\nAchtergrond\n\n"
        "Nick Schouten: ‘Muziek troost’\n\nNick Schouten reist zijn helden achterna.\n\n"
        "Lees meer\n"
    )
    assert document.title == "Interview"


def test_an_article_with_one_read_on_link_keeps_its_headline():
    document = doc(
        "Opinie\n\nDe bibliotheek gaat op zondag open\n\nLees meer\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    assert document.title == "De bibliotheek gaat op zondag open"


# --- A slug, or a column's name, above the headline --------------------------------------------


def test_a_slug_and_a_columns_name_the_headline_repeats_are_not_the_title():
    slug = doc(
        "how to run a podcast interview\n\nHow to run a podcast interview, step by step\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    assert slug.title == "How to run a podcast interview, step by step"
    column = doc(
        "Médianapló\n\nMédianapló - Amikor az interjúalany nem vállalja önmagát\n\n"
        f"2015. augusztus 23. 10:46 - Zöldy László\n\n{BODY}\n\n{MORE}\n"
    )
    assert column.title == "Médianapló - Amikor az interjúalany nem vállalja önmagát"
    assert column.blocks[2].role is Role.DATELINE  # a Hungarian date writes the year first


def test_a_lower_case_line_that_is_no_slug_is_not_taken_for_one():
    document = doc(
        f"the weekly column\n\nWe read less in summer, and that is fine.\n\n{BODY}\n\n{MORE}\n"
    )
    assert document.blocks[0].role is not Role.SHARE  # not the headline's words: no slug
    # Over a headline, a section's name in lower case is hidden with the page's lines (round
    # 16), and the headline is the title.
    column = doc(f"the weekly column\n\nWhy we read less in summer\n\n{BODY}\n\n{MORE}\n")
    assert column.title == "Why we read less in summer"
    headline = "2015. A year of change for the libraries"
    assert doc(f"{headline}\n\n{BODY}\n\n{MORE}\n").title == headline


# --- An interview's announcing line ------------------------------------------------------------


def test_a_line_announcing_the_interview_above_its_first_question_is_the_title():
    document = doc(
        "Entrevista a Camila, una niña que estaba (cuando se hicieron las preguntas) en "
        "segundo.\nPregunta: ¿Te gusta que decoremos el colegio?\nRespuesta: Sí, mucho.\n"
        "Pregunta: ¿Te parece bien tener 30 minutos de recreo?\nRespuesta: Sí, es mucho.\n"
    )
    assert document.title.startswith("Entrevista a Camila")
    assert len(asked(document)) == 2


def test_a_first_sentence_that_names_an_interview_over_text_is_no_title():
    document = doc(f"Entrevista a Camila, hoy en la radio.\n\n{BODY}\n\n{MORE}\n")
    assert document.title != "Entrevista a Camila, hoy en la radio."


# --- A headline above its byline in a text of lines --------------------------------------------


def test_a_long_headline_stands_apart_from_the_byline_under_it():
    document = doc(
        "Procès-verbal du conseil de la médiathèque de la commune\n"
        "Par Louis Morel • Publié le 04/03/2016\nPersonnes présentes :\n"
        "M. MOREL (directeur), Mmes MARTIN et VIGNOT (adjointes), et les parents élus.\n"
    )
    assert document.blocks[0].text == "Procès-verbal du conseil de la médiathèque de la commune"
    assert document.title == "Procès-verbal du conseil de la médiathèque de la commune"


def test_a_long_first_line_of_prose_stays_in_its_paragraph():
    document = doc(
        "Procès-verbal du conseil de la médiathèque de la commune, réuni\n"
        "le 4 mars en présence des parents élus et du maire de la commune.\n"
    )
    assert len(document.blocks) == 1


# --- The author's name twice under the headline, a word alone under it ------------------------


def test_the_authors_name_twice_under_the_headline_is_not_the_title():
    document = doc(
        "Prof. Nowicki: W Europie brakuje dziś polityków wielkiego formatu\n\n"
        f"Tomasz Rybka\nTomasz Rybka\n\n{BODY}\n\n{MORE}\n"
    )
    assert document.title == "Prof. Nowicki: W Europie brakuje dziś polityków wielkiego formatu"


def test_a_headline_given_twice_side_by_side_under_the_shows_name_stays_the_title():
    document = doc(
        "ShowTalk\n\nEpisode 37. Priya Nair of Night Shift\n\n"
        f"Episode 37. Priya Nair of Night Shift\n\n{BODY}\n\n{MORE}\n"
    )
    assert document.title == "Episode 37. Priya Nair of Night Shift"


def test_a_word_alone_under_the_headline_is_its_credit_not_the_headlines_end():
    document = doc(
        "Lubię jazz, ale w samochodzie słucham rapu\n\nredakcja\n\n"
        f"12 maja 2021, 12:00\n\n{BODY}\n\n{MORE}\n"
    )
    assert document.title == "Lubię jazz, ale w samochodzie słucham rapu"


def test_a_sentence_broken_before_its_last_words_is_still_joined():
    document = doc(
        "Le maire a expliqué à la presse, pendant une heure, tout l'enjeu du\n\nséminaire.\n"
    )
    assert len(document.blocks) == 1


# --- A headline that ends with a period, under a view counter and over the site's buttons -----


def test_a_headline_with_a_period_over_the_text_size_and_share_buttons_is_the_title():
    document = doc(
        "Все записи\n\n27.12.11\n\n4843просмотра\n\n"
        "Сергей Минин о блогосфере и большой политике.\n\n+T -\nПоделиться:\n\n"
        "Зейман: Как тебе удаётся всё это совмещать?\n\nМинин: Никак не удаётся.\n\n"
        "Зейман: И какие книги ты бы читал?\n\nМинин: Английскую прозу.\n"
    )
    assert document.title == "Сергей Минин о блогосфере и большой политике."
    assert document.blocks[0].role is Role.SHARE


def test_a_first_sentence_under_a_view_counter_over_text_is_no_title():
    document = doc(f"4843 views\n\nThe library opens on Sundays.\n\n{BODY}\n\n{MORE}\n")
    assert document.title != "The library opens on Sundays."


# --- A headline that names the day of what it reports ------------------------------------------


def test_a_headline_that_names_its_days_date_above_its_byline_is_the_title():
    document = doc(
        "4\nMars\nProcès-verbal du conseil d'école du 11 février 2016\n"
        "Par Louis Morel • Publié le 04/03/2016\nPersonnes présentes :\n"
        "M. MOREL (directeur), Mmes MARTIN et VIGNOT (adjointes), et les parents élus.\n"
    )
    assert document.title == "Procès-verbal du conseil d'école du 11 février 2016"


def test_a_line_that_publishes_on_a_day_stays_a_dateline():
    document = doc(
        "La médiathèque ouvre le dimanche\n\nDernière mise à jour du 3 mars 2024\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    assert document.title == "La médiathèque ouvre le dimanche"
    assert document.blocks[1].role is Role.DATELINE


# --- A plea to allow the site's adverts --------------------------------------------------------


def test_a_plea_to_allow_adverts_above_the_headline_is_the_sites():
    document = doc(
        "It looks like you are using an ad blocker\n\nWe rely on adverts and subscriptions. "
        "Please allow adverts or subscribe.\n\nThank you for reading. Would you like to "
        f"support us?\n\nLibraries open on Sundays\n\n{BODY}\n\n{MORE}\n"
    )
    assert document.title == "Libraries open on Sundays"
    assert [b.role for b in document.blocks[:3]] == [Role.SHARE] * 3


def test_a_headline_about_ad_blockers_stays_the_title():
    headline = "Why one in three readers now uses an ad blocker"
    assert doc(f"{headline}\n\n{BODY}\n\n{MORE}\n").title == headline
    subtitled = doc(f"{headline}\n\nAnd what it costs the papers\n\n{BODY}\n\n{MORE}\n")
    assert subtitled.blocks[0].role is not Role.SHARE


# --- A reading time after a separator ----------------------------------------------------------


def test_a_reading_time_after_a_pipe_is_the_sites_and_the_kicker_above_the_headline_too():
    document = doc(
        "125 Jahre Stadtbad\n\nDas Stadtbad war „ein Ort für alle“\n\n| Lesedauer: 18 Minuten"
        f"\n\n{BODY}\n\n{MORE}\n"
    )
    assert document.title == "Das Stadtbad war „ein Ort für alle“"


def test_a_headline_that_speaks_of_reading_time_stays_the_title():
    headline = "| 18 Minuten Lesezeit am Tag: was Kinder davon haben"
    assert doc(f"{headline}\n\n{BODY}\n\n{MORE}\n").title == headline
