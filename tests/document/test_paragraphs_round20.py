"""Paragraphs of round 20: where a copied text's paragraphs begin and end when the copy
hard-wrapped it and lost its blank lines (a narrow column, a mail at 72 columns). A line the
writer set apart stays apart whatever the width says: a headline over a lower-case picture
text the wrap broke itself, or over a picture's file name or a credit; a whole question after
a full line that ends a sentence; a speaker's label opening a line on a page of labelled
turns. Each with pages it must catch (they fail on the code before this round) and pages it
must not break; no character is lost or moved."""

from __future__ import annotations

import textwrap

from .test_structure_layouts import asked, doc


def _copied(paragraphs: list[str], width: int) -> str:
    """The paragraphs hard-wrapped at ``width``, their blank lines lost, as a copy leaves them."""
    return "\n".join(
        textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False)
        for p in paragraphs) + "\n"


def _kept(text: str, document) -> bool:
    """Whether every character of ``text`` but white space is in the document, in order."""
    shown = "".join(b.text for b in document.blocks)
    return "".join(text.split()) == "".join(shown.split())


_ANSWERS = [
    "Do you get paid for being the mayor of the town?",
    "No. I get my travel paid, but the job itself is a voluntary one for the year.",
    "What is the best part of the job for you?",
    "Meeting young people like you. The visits from schools are always the best part of "
    "my week, and I keep every letter the children send me afterwards.",
    "How long do you stay the mayor?",
    "Just one year. In May I hand the chain over to the next one, as every mayor does.",
]


# --- must catch ---------------------------------------------------------------------------


def test_a_headline_over_a_wrapped_lower_case_picture_text_is_the_title_alone():
    text = _copied([
        "Pupils put their questions to the mayor",
        "the mayor, Cllr Janet Morrow, with Year 5 pupils in the council chamber on Friday",
        "Pupils from the primary school visited the town hall last week and interviewed the "
        "mayor for their newspaper.",
        *_ANSWERS], 62)
    page = doc(text)
    assert page.title == "Pupils put their questions to the mayor"
    assert _kept(text, page)


def test_a_pictures_file_name_under_a_wrapped_headline_is_no_part_of_it():
    text = _copied([
        "Die 3b zu Besuch bei der Bürgermeisterin", "besuch_rathaus_3b",
        "Am Dienstag besuchte die Klasse 3b die Bürgermeisterin von Kirchdorf, Frau Hallmann, "
        "und stellte ihr im großen Saal des Rathauses ihre Fragen.",
        "Was plant die Gemeinde für die nächsten Jahre?",
        "Unter anderem soll auf dem Platz der alten Molkerei ein neues Haus gebaut werden, in "
        "dem die Bücherei und mehrere Wohnungen Platz finden.",
        "Was tut die Gemeinde für uns Kinder?",
        "Sie kümmert sich um Kindergarten, Hort, Schule, Sportplätze und Spielplätze im Ort.",
    ], 72)
    page = doc(text)
    assert page.title == "Die 3b zu Besuch bei der Bürgermeisterin"
    assert _kept(text, page)


def test_a_whole_question_after_a_full_line_ending_a_sentence_is_its_own_paragraph():
    text = _copied([
        "Pupils put their questions to the mayor",
        "Year 5 pupils from St Aidan's Primary visited the town hall last week and "
        "interviewed the mayor for the school newspaper.",
        "What does a mayor actually do all day?",
        "Mostly I go to meetings, open new buildings and meet people from every part of the "
        "town. No two days are the same.",
        *_ANSWERS], 63)
    assert "newspaper.\nWhat" in text  # the full line ends a sentence; no room for "What"
    page = doc(text)
    assert ("", "What does a mayor actually do all day?") in asked(page)
    assert _kept(text, page)


def test_a_speakers_label_under_a_full_headline_line_opens_a_turn():
    text = _copied([
        "Entrevista com Tomás Ferreira, presidente da Associação de Estudantes",
        "Rui Almeida - Como surgiu a oportunidade de te candidatares à presidência da "
        "Associação de Estudantes do Colégio?",
        "Tomás Ferreira - A ideia começou a ganhar forma no verão, mas já a tinha há muito "
        "tempo, desde o básico.",
        "RA – Quais eram as tuas principais ideias?",
        "TF – Primeiro, mudar a associação, porque havia falhas nas contas e nas atividades.",
        "RA – Que lacunas encontraram na associação?",
        "TF – Encontrámos a associação com 40 € na conta, e organizar uma festa ficou difícil.",
    ], 72)
    page = doc(text)
    assert page.title == "Entrevista com Tomás Ferreira, presidente da Associação de Estudantes"
    assert asked(page)[0] == ("Rui Almeida", "Como surgiu a oportunidade de te candidatares à "
                              "presidência da Associação de Estudantes do Colégio?")
    assert _kept(text, page)


# --- must not break -----------------------------------------------------------------------


def test_a_headline_broken_by_hand_over_a_short_lower_case_line_is_still_one_title():
    text = (
        "Interview\nmit Markus Schönfeld und Jens Jordan\n"
        + _copied([
            "Bevor Ihre Zeitung erschien, gab es bereits sieben Zeitschriften zum Thema in "
            "Deutschland. Weshalb brauchte es noch eine weitere auf dem Markt?",
            "Wir wollten eine Zeitung machen, die wir selbst gern lesen würden, und keine, die "
            "nur Ergebnisse und Tabellen abdruckt. Das gab es so noch nicht.",
            "Wie viele Leser haben Sie heute?",
            "Etwa dreitausend, und jeden Monat kommen ein paar Dutzend dazu, vor allem junge "
            "Spieler aus den Vereinen.",
        ], 80))
    page = doc(text)
    assert page.title == "Interview mit Markus Schönfeld und Jens Jordan"


def test_a_wrapped_sentence_going_on_after_a_full_lines_sentence_end_stays_one_paragraph():
    paragraph = (
        "Wir haben am Samstag lange über die neue Halle gesprochen und wollten danach noch "
        "ein wenig auf der Bank vor dem Rathaus zu sitzen. Das haben wir dann auch getan, "
        "bis es dunkel wurde und die Laternen angingen."
    )
    text = _copied(["Ein Abend im Juni", paragraph, paragraph.replace("Samstag", "Sonntag")], 72)
    page = doc(text)
    assert any(b.text.startswith("Wir haben am Samstag") and b.text.endswith("angingen.")
               for b in page.blocks)


def test_a_name_and_a_dash_opening_a_wrapped_line_of_prose_is_no_turn():
    text = _copied([
        "Ein Abend im Juni",
        "Am Samstag trafen sich die Nachbarn im Hof. Zuerst sprach Frau Keller über den "
        "Garten, dann erzählte Maria – wie jedes Jahr – von ihrer Reise an die See, und "
        "alle hörten zu, bis es dunkel wurde und die Laternen angingen.",
    ], 60)
    page = doc(text)
    assert not page.questions
    assert any("Maria – wie jedes Jahr" in b.text.replace("\n", " ") for b in page.blocks)


def test_a_poems_short_lines_and_its_credit_are_no_headline_run_together():
    text = ("La neve\ndi Marta, classe 4ª\nScende piano la neve\nsui tetti del paese,\n"
            "copre l'orto e la strada,\nle panchine e le siepi.\nIl cane la annusa,\n"
            "il gatto resta in casa,\ne noi con le mani rosse\nfacciamo un pupazzo grande.\n")
    page = doc(text)
    assert page.blocks[0].text == "La neve"
    assert not page.questions
    assert _kept(text, page)


def test_an_address_block_keeps_every_line_and_asks_nothing():
    text = ("Impressum\nFörderverein der Grundschule Kirchdorf e. V.\nSchulstraße 12\n"
            "84375 Kirchdorf am Inn\nVertreten durch:\nMaria Lechner (1. Vorsitzende)\n"
            "Telefon: 08571 12345\nE-Mail: info@foerderverein-kirchdorf.de\n")
    page = doc(text)
    assert not page.questions
    assert _kept(text, page)
