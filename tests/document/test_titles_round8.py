"""The title a reader expects, FAQ groups as sections, no page chrome (round 8): each rule with a
document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import BlockKind, Role

from .test_structure_layouts import doc

LONG = (
    "We started with one boat and a folding table on the quay, and for two summers we sold "
    "tickets from a biscuit tin before the council gave us a proper office by the pier."
)
QA = (
    "Why did you open the shop?\n\nBecause the village had none, and my grandmother said "
    "somebody had to.\n\nWhat do you sell most?\n\nBread in the morning and stamps after "
    "lunch, every day of the week.\n\nWhat would you change?\n\nThe opening hours, now that "
    "the school bus stops at the door.\n"
)


def role_of(document, start: str) -> Role:
    return next(b.role for b in document.blocks if b.text.startswith(start))


def asked(document) -> list[str]:
    return [q.heading for q in document.questions]


# --- The bottom of a page: a link back to the top, the site's name above it ------------------


def test_a_link_back_to_the_top_and_the_sites_name_above_it_are_no_question():
    page = doc(f"La botiga del poble\n\n{QA}\nBOTIGA DE SANT PERE\n\nDesplaça cap amunt\n")
    assert asked(page) == [
        "Why did you open the shop?", "What do you sell most?", "What would you change?",
    ]
    assert role_of(page, "BOTIGA DE SANT PERE") is Role.FOOTER
    assert role_of(page, "Desplaça cap amunt") is Role.FOOTER
    # A headline that speaks of the top is no link to it.
    climb = doc(f"Back to the top of the world\n\n{LONG}\n")
    assert climb.title == "Back to the top of the world"


# --- A line announcing the guest with a colon -----------------------------------------------


def test_a_colon_line_announcing_the_guest_above_the_first_question_is_the_introduction():
    blog = doc(
        f"Conociendo a Marta\n\n{LONG}\n\nY ahora sí, conozcamos a nuestra autora invitada:\n\n"
        f"Marta nació en Elche y trabaja como traductora técnica desde hace años. {LONG}\n\n{QA}"
    )
    assert "Y ahora sí, conozcamos a nuestra autora invitada:" not in asked(blog)
    assert role_of(blog, "Y ahora sí") is Role.INTRO
    # Between the questions, a request ending with a colon still asks.
    colon = doc(
        f"The shop\n\n{QA}\nTell us about a day in the shop:\n\nI open at six, I bake, and by "
        "seven the first neighbours are at the door asking for the paper and the news.\n"
    )
    assert "Tell us about a day in the shop:" in asked(colon)


# --- A paper's or a school's name above the headline ----------------------------------------


def test_a_papers_name_of_six_words_above_the_headline_is_the_sites():
    paper = doc(
        "Jornal da Escola Básica de Alvalade\n\nÀ conversa com o senhor Joaquim, o guarda da "
        f"escola\n\n{LONG}\n\n{QA}"
    )
    assert paper.title == "À conversa com o senhor Joaquim, o guarda da escola"
    # A headline opened by an indefinite article names no paper, even when it names a school.
    visit = doc(f"Ein Besuch in der Schule am Markt\n\nUnser Interview mit der Rektorin\n\n{QA}")
    assert visit.title == "Ein Besuch in der Schule am Markt"


# --- A rubric naming the piece above the headline -------------------------------------------


def test_a_rubric_and_a_caption_above_a_headline_that_asks_are_the_sites():
    page = doc(
        "Lena spricht mit Jungredakteurinnen und Jungredakteuren\n\nInterview\n\n"
        f"Schülerzeitung: Warum schreiben Jugendliche in ihrer Freizeit?\n\n{LONG}\n"
    )
    assert page.title == "Schülerzeitung: Warum schreiben Jugendliche in ihrer Freizeit?"
    assert role_of(page, "Interview") is Role.SHARE
    editorial = doc(
        f"Beliebte Themen\n\nEditorial\n\nFragen über Fragen ...\n\n08. Juli 2019\n\n{LONG}\n"
    )
    assert editorial.title == "Fragen über Fragen ..."


def test_a_rubric_alone_above_the_first_question_stays_the_title():
    alone = doc(f"Interview\n\n{QA}")
    assert alone.title == "Interview"
    assert asked(alone)[0] == "Why did you open the shop?"
    # Nor is a rubric's line above a speaker's first turn a rubric over a headline.
    turns = doc(
        "Gespräch\n\nSPIEGEL: Sind Sie vorbereitet?\n\nMaurer: Ja, seit Wochen schon.\n\n"
        "SPIEGEL: Was fehlt noch?\n\nMaurer: Ein wenig Glück, und gutes Wetter.\n"
    )
    assert turns.title == "Gespräch"


# --- A FAQ page's title, and its first group ------------------------------------------------


def test_a_faqs_own_title_is_the_headline_above_its_blurb():
    faq = doc(
        "FAQ\n\nCustomer FAQ • Answers before and after you check out\n\nHow do I place an "
        "order?\n\nPut the product in your cart and go to checkout, then pay.\n\nWhere do you "
        "ship?\n\nWithin the United States only, for now.\n"
    )
    assert faq.title == "FAQ"
    # A section's name above a headline is still the site's.
    news = doc(f"Cultura\n\nThe library opens on Sundays\n\n{LONG}\n")
    assert news.title == "The library opens on Sundays"


def test_a_faqs_first_group_under_its_title_is_a_section_and_its_question_is_found():
    faq = doc(
        "Häufig gestellte Fragen\n\nZahlungsarten\nWelche Zahlungsarten werden akzeptiert?\n"
        "Wir akzeptieren Kreditkarten und Überweisung.\n\nIst Ratenkauf möglich?\n\n"
        "In einigen Regionen, für einige Zahlungsarten.\n\nVersand\nWie lange dauert es?\n"
        "Zwei bis drei Werktage.\n"
    )
    assert faq.title == "Häufig gestellte Fragen"
    assert asked(faq) == [
        "Welche Zahlungsarten werden akzeptiert?", "Ist Ratenkauf möglich?",
        "Wie lange dauert es?",
    ]
    groups = [b.text for b in faq.blocks if b.kind is BlockKind.HEADING]
    assert groups == ["Zahlungsarten", "Versand"]
    # Under a title that names no FAQ, the short line stays with its paragraph.
    news = doc(
        "Neuigkeiten\n\nZahlungsarten\nWelche Zahlungsarten werden akzeptiert?\n"
        "Wir akzeptieren Kreditkarten und Überweisung.\n"
    )
    assert not any(b.kind is BlockKind.HEADING for b in news.blocks)


# --- A byline opened in lower case ----------------------------------------------------------


def test_a_byline_opened_in_lower_case_is_no_headline():
    page = doc(
        "Intervista\ndi Chiara Benedetti e Sofia Marino\nAbbiamo seguito questo percorso "
        "dall'inizio e abbiamo visto il giornale nascere dal nulla e cambiare negli anni.\n"
    )
    assert page.title == "Intervista"
    assert role_of(page, "di Chiara") is Role.BYLINE
    # "da" is where a reader's letter comes from; a phrase in lower case is no byline.
    letter = doc(f"da Paolo Serra\n{LONG}\n")
    assert letter.title == "da Paolo Serra"
    phrase = doc(f"de la mer au sommet\n\n{LONG}\n")
    assert phrase.title == "de la mer au sommet"


# --- A post's title above the same name in capitals -----------------------------------------


def test_a_posts_title_above_its_name_again_in_capitals_is_the_title():
    post = doc(
        "viernes, 23 de noviembre de 2007\n\nENTREVISTA: Lucía Carrasco\n\nLUCÍA CARRASCO\n"
        f"“UN AÑO QUE NO VOY A OLVIDAR NUNCA”\n\n{LONG}\n"
    )
    assert post.title == "ENTREVISTA: Lucía Carrasco"
    # Another name in capitals below a blog's name is the headline.
    other = doc(
        "viernes, 23 de noviembre de 2007\n\nLetras del Sur\n\nLUCÍA CARRASCO\n"
        f"“UN AÑO QUE NO VOY A OLVIDAR NUNCA”\n\n{LONG}\n"
    )
    assert other.title.startswith("LUCÍA CARRASCO")


# --- A headline that asks under a section's name --------------------------------------------


def test_a_headline_that_asks_under_a_sections_name_is_the_title_of_an_article():
    article = doc(
        f"Science\n\nWhy do cats purr?\n\n{LONG} Nobody in the village could say why.\n\n{LONG}\n"
    )
    assert article.title == "Why do cats purr?"
    assert article.questions == ()
    assert role_of(article, "Science") is Role.SHARE
    # Above an interview, the line that asks is its first question.
    interview = doc(f"Die Bäckerin vom Markt\n\n{QA}")
    assert interview.title == "Die Bäckerin vom Markt"
    assert asked(interview)[0] == "Why did you open the shop?"


# --- How long the piece takes to read -------------------------------------------------------


def test_a_reading_time_under_the_headline_is_the_pages_and_no_headline():
    page = doc(f"Culture\n\nLa boulangère du marché\n\nTemps de lecture : 3 min\n\n{LONG}\n")
    assert page.title == "La boulangère du marché"
    assert role_of(page, "Temps de lecture") is Role.SHARE
    german = doc(f"Die Bäckerin vom Markt\n\nLesezeit: 4 Min.\n\n{LONG}\n\n{QA}")
    assert role_of(german, "Lesezeit") is Role.SHARE
    # A headline about reading is no reading time.
    essay = doc(f"Lesezeit: Warum Kinder weniger lesen\n\n{LONG}\n")
    assert essay.title == "Lesezeit: Warum Kinder weniger lesen"
