"""Title rules found in the ninth round's real layouts (e-mails, press releases, chat logs,
pages copied from a browser or a proxy, kickers above the headline), each with a document it
must catch and one it must not."""

from __future__ import annotations

from reader.document.model import Role

from .test_structure_layouts import asked, doc

ANSWER = (
    "Almost six years now. I started during the winter appeal, sorting tins in the back room, "
    "and I have come every Saturday since, even the snowy ones."
)
BODY = (
    "The company will open every plant to independent inspectors without notice, and it will "
    "publish the results of each inspection on its customer line from next month."
)


# --- An e-mail's header ------------------------------------------------------------------------


def test_an_e_mails_subject_is_its_title_and_its_header_is_hidden():
    document = doc(
        "From: Priya Natarajan <priya@example.org>\nSent: Thursday, 9 May 2024 16:42\n"
        "To: Owen Clarke <owen@example.org>\nSubject: RE: Questions for the volunteer profile\n\n"
        "Hi Owen,\n\nMy answers are below each question.\n\n"
        f"1. How long have you been volunteering at the food bank?\n{ANSWER}\n\n"
        f"2. What would you say to someone thinking of joining?\n{ANSWER}\n"
    )
    assert document.title == "Questions for the volunteer profile"  # without RE:
    assert [b.role for b in document.blocks[:3]] == [Role.SHARE, Role.DATELINE, Role.SHARE]


def test_a_line_opened_by_from_without_a_subject_below_is_no_e_mail_header():
    document = doc(
        "From: our reporter at the harbour\n\nThe ferry was late again this morning.\n\n"
        f"{BODY}\n"
    )
    assert document.title == "From: our reporter at the harbour"


# --- A press release's marker -----------------------------------------------------------------


def test_a_press_releases_marker_is_never_its_title():
    without_headline = doc(
        "For Immediate Release Contact: Carla Benning\n\nTuesday, March 3, 1992\n\n"
        f"COLUMBUS, March 3 – Northway Foods today announced new inspections. {BODY}\n\n{BODY}\n"
    )
    assert without_headline.title == ""
    with_headline = doc(
        "COMMUNIQUÉ DE PRESSE\n\nLa coopérative ouvre ses ateliers au public\n\n"
        f"Lyon, le 3 mars 2024 – {BODY}\n\n{BODY}\n"
    )
    assert with_headline.title == "La coopérative ouvre ses ateliers au public"


def test_a_headline_that_names_a_press_release_stays_the_title():
    document = doc(f"Press release: Club opens its new stadium\n\n{BODY}\n\n{BODY}\n")
    assert document.title == "Press release: Club opens its new stadium"


# --- A chat program's log ---------------------------------------------------------------------


def test_a_chat_logs_header_is_no_title():
    document = doc(
        "**** BEGIN LOGGING AT Tue Jun 10 19:02:11 2008\n\n"
        "Jun 10 19:03:40 <fern>\tevening all\nJun 10 19:04:05 <hazel>\thi fern\n"
        "Jun 10 19:04:31 <fern>\ttwo of them survived the frost, the rest are compost\n"
    )
    assert document.title == ""


def test_a_headline_about_logging_stays_the_title():
    document = doc(f"Logging at the mill: a day with the foresters\n\n{BODY}\n\n{BODY}\n")
    assert document.title == "Logging at the mill: a day with the foresters"


# --- A page copied through a proxy or from a blog's archive -----------------------------------


def test_a_proxys_bar_an_archives_heading_and_a_tags_name_stand_above_the_headline():
    document = doc(
        "www.mirror.example   »   [go: up one dir, main page]\n\nArchive for April, 2018\n\n"
        "h1\n\nHollis Press: Serving Collectors Through A Family Of Print Titles\n\n"
        f"April 27, 2018\n\n{BODY}\n\n{BODY}\n"
    )
    assert document.title == "Hollis Press: Serving Collectors Through A Family Of Print Titles"
    assert [b.role for b in document.blocks[:3]] == [Role.SHARE] * 3


def test_headlines_that_mention_an_address_an_archive_or_h1n1_stay_titles():
    for headline in (
        "Why example.org closed its forum after twenty years",
        "Archives for the future: how libraries keep the web",
        "H1N1: what parents should know this winter",
    ):
        assert doc(f"{headline}\n\n{BODY}\n\n{BODY}\n").title == headline


# --- A kicker in capitals above the headline ---------------------------------------------------


def test_a_rubric_in_capitals_above_a_headline_in_sentence_case_is_its_kicker():
    document = doc(
        "ENTREVISTA A LA PERIODISTA INÉS BARRAGÁN\n"
        "Estas son las claves que convierten una noticia en el próximo fenómeno viral\n"
        "El programa conversa con Inés Barragán para entender por qué algunos contenidos se "
        "extienden como una epidemia. Pero no es la única clave.\n\n"
        "Barragán lleva años observando qué historias saltan de una pantalla a miles de ellas.\n"
    )
    assert document.title == (
        "Estas son las claves que convierten una noticia en el próximo fenómeno viral"
    )
    assert document.blocks[0].role is Role.SHARE


def test_a_headline_in_capitals_above_its_standfirst_stays_the_title():
    document = doc(
        "INTERVIEW WITH THE NEW HEAD TEACHER\n\n"
        "She talks about her first year at the school and what comes next.\n\n"
        f"What surprised you most?\n\n{ANSWER}\n\nWhat comes next?\n\n{ANSWER}\n"
    )
    assert document.title == "INTERVIEW WITH THE NEW HEAD TEACHER"
    assert asked(document) == [("", "What surprised you most?"), ("", "What comes next?")]


# --- A title above a date, the first section's heading below it ------------------------------

TEKST = (
    "Når du jobber som journalist, må du få fram fakta, og derfor snakker vi om de seks "
    "hjelpeordene som en god tekst alltid gir leseren svar på."
)


def test_the_line_above_a_date_is_the_title_when_the_line_below_heads_the_first_section():
    document = doc(
        "Intervjuteknikk\n\nPublisert: 09.03.2016, Oppdatert: 06.03.2017\n\n"
        f"Journalistens seks hjelpeord\n\n{TEKST}\n\nÅpne og lukkede spørsmål\n\n{TEKST}\n"
    )
    assert document.title == "Intervjuteknikk"


def test_under_a_rubric_and_a_date_or_with_no_later_section_the_line_below_is_the_title():
    under_rubric = doc(
        "Intervju\n\nPublisert: 09.03.2016\n\n"
        f"Journalistens seks hjelpeord\n\n{TEKST}\n\nÅpne og lukkede spørsmål\n\n{TEKST}\n"
    )
    assert under_rubric.title == "Journalistens seks hjelpeord"
    under_a_bare_date = doc(
        "Radio Nord\n\n12.03.2024\n\n"
        f"Journalistens seks hjelpeord\n\n{TEKST}\n\nÅpne og lukkede spørsmål\n\n{TEKST}\n"
    )
    assert under_a_bare_date.title == "Journalistens seks hjelpeord"
    no_section = doc(
        f"Skoleavisen\n\nPublisert: 09.03.2016\n\nJournalistens seks hjelpeord\n\n{TEKST}\n\n"
        f"{TEKST}\n"
    )
    assert no_section.title == "Journalistens seks hjelpeord"


# --- A byline split over two lines under the headline -------------------------------------------

TEXTO = (
    "Helena Prates é uma repórter com nove livros publicados, que hoje trabalha numa emissora "
    "de televisão em São Paulo e ficou conhecida por entrevistar quem pensa o contrário dela."
)


def test_a_byline_word_alone_closes_the_head_and_the_headline_is_above_it():
    document = doc(
        "Entrevistas\n|\n12 de maio de 2016\n|\n09:40\n\n"
        "Helena Prates fala das duas memórias e do ofício da reportagem\n\n"
        f"Por\nFolha do Sul\nredacao@folha.example\n\nMarta Quintela*\n\n{TEXTO}\n\n{TEXTO}\n"
    )
    assert document.title == "Helena Prates fala das duas memórias e do ofício da reportagem"


def test_a_headline_opened_by_a_byline_word_or_under_a_sites_name_and_a_byline_stays_the_title():
    document = doc(f"By the sea, a school without walls\n\n{TEXTO}\n\n{TEXTO}\n")
    assert document.title == "By the sea, a school without walls"
    under_byline = doc(f"Kultur\n\nVon Anna Berg\n\nDie Bäckerin vom Markt erzählt\n\n{TEXTO}\n")
    assert under_byline.title == "Die Bäckerin vom Markt erzählt"


# --- The name of the one who asks above the headline ---------------------------------------------


def test_a_name_whose_initials_ask_the_questions_stands_above_the_headline():
    document = doc(
        "Book Club Corner\n\nReading Guide: The Salt Jar\n\nTuesday, November 18th, 2014\n\n"
        f"BCC: What do you love most about writing?\n\nHW: {ANSWER}\n\n"
        f"BCC: Which authors do you return to?\n\nHW: {ANSWER}\n"
    )
    assert document.title == "Reading Guide: The Salt Jar"


def test_a_name_that_asks_above_a_standfirst_stays_the_title():
    document = doc(
        "Book Club Corner\n\nWe talked to Hannah Wells about her new novel.\n\n"
        f"BCC: What do you love most about writing?\n\nHW: {ANSWER}\n\n"
        f"BCC: Which authors do you return to?\n\nHW: {ANSWER}\n"
    )
    assert document.title == "Book Club Corner"


# --- A headline in sentence case above the date -------------------------------------------------


def test_a_short_headline_in_sentence_case_above_the_date_is_the_title():
    document = doc(
        "Nearly a perfect night\n\nWednesday, March 4\n\n|\n\n"
        "Press conference of Harbor City head coach Rui Albano after the win\n\n"
        f"- Rui, what would you promise the fans?\n- {ANSWER}\n"
        f"- Which team would you rather avoid?\n- {ANSWER}\n"
    )
    assert document.title == "Nearly a perfect night"


def test_a_sites_name_above_the_date_is_still_no_title():
    document = doc(
        "The Eastside Echo\n\nWednesday, March 4\n\n"
        "Press conference of Harbor City head coach Rui Albano after the win\n\n"
        f"- Rui, what would you promise the fans?\n- {ANSWER}\n"
        f"- Which team would you rather avoid?\n- {ANSWER}\n"
    )
    assert document.title == "Press conference of Harbor City head coach Rui Albano after the win"


# --- A journal entry's header above its title ---------------------------------------------------


def test_a_journal_entrys_header_stands_above_the_title():
    document = doc(
        "pagewright (pagewright.example.net) wrote in volunteers_news2009-03-14 08:15 pm\n"
        "Entry tags:\n\nVolunteer Chat Transcript\n\n"
        f"Last night we held our first open volunteer chat. {BODY}\n\n{BODY}\n"
    )
    assert document.title == "Volunteer Chat Transcript"
    assert document.blocks[0].role is Role.SHARE


def test_a_headline_saying_what_someone_wrote_stays_the_title():
    headline = "What my grandmother wrote in her diary in 1944"
    assert doc(f"{headline}\n\n{BODY}\n\n{BODY}\n").title == headline


def test_an_e_mail_printed_with_its_subject_first_or_forwarded_is_titled_by_its_subject():
    printed = doc(
        "Subject: Questions for the volunteer profile\nFrom: Owen Clarke <owen@example.org>\n"
        "Date: 6 May 2024 10:15\nTo: Priya Natarajan\n\nHi Priya, here are the questions.\n\n"
        f"1. How long have you been volunteering?\n{ANSWER}\n"
    )
    assert printed.title == "Questions for the volunteer profile"
    assert [b.role for b in printed.blocks[1:4]] == [Role.SHARE, Role.DATELINE, Role.SHARE]
    # one paragraph a line, as a Word file or a web page gives them
    forwarded = doc(
        "---------- Forwarded message ---------\n\nFrom: Owen Clarke <owen@example.org>\n\n"
        "Date: 6 May 2024 10:15\n\nSubject: Fwd: The profile\n\nTo: Priya Natarajan\n\n"
        f"Hi Priya, see below.\n\n{ANSWER}\n"
    )
    assert forwarded.title == "The profile"  # without Fwd:
