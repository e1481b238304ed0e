"""Rules mended when round 11's two sets of real layouts (titles and questions) were scored
together: each with a document it must catch and one it must not."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- A labelled question in capitals under the title -------------------------------------------


def test_a_labelled_question_in_capitals_is_the_first_question_not_the_title():
    # A club's paper: its interviewer's initials before each question set in capitals.
    paper = doc(
        "Drei Fragen an Lena Brandt\n\n"
        "KM: WIE LANGE SPIELST DU SCHON HANDBALL?\n"
        "LB: Seit der dritten Klasse, damals noch in der alten Turnhalle.\n"
        "KM: WAS MAGST DU AM TEAM?\n"
        "LB: Dass alle füreinander laufen, auch wenn es nicht gut steht.\n"
        "KM: UND WAS WÜNSCHST DU DIR FÜR DIE SAISON?\n"
        "LB: Den Aufstieg, was sonst!\n"
    )
    assert paper.title == "Drei Fragen an Lena Brandt"
    assert asked(paper) == [
        ("KM", "WIE LANGE SPIELST DU SCHON HANDBALL?"),
        ("KM", "WAS MAGST DU AM TEAM?"),
        ("KM", "UND WAS WÜNSCHST DU DIR FÜR DIE SAISON?"),
    ]


def test_a_headline_in_capitals_that_asks_without_a_label_stays_the_headline():
    paper = doc(
        "Lindenblatt 4/2022 Nr. 18 | Seite 12\n\n15 Jahre Lindenblatt 2007-2022\n\n"
        "WARUM HEISST DIE ZEITUNG SO ?\n\nWie sind Sie zur Zeitung gekommen?\n\n"
        "Ich kam 2006 an die Schule.\n\nWer hatte die Idee?\n\nEine Schülerin.\n\n"
        "Was mögen Sie nicht?\n\nDas Geld für den Druck.\n"
    )
    assert paper.title == "WARUM HEISST DIE ZEITUNG SO ?"
    assert asked(paper)[0] == ("", "Wie sind Sie zur Zeitung gekommen?")


# --- A short news interview: two dashed questions, brief answers ------------------------------


def test_two_dashed_questions_answered_in_a_sentence_each_are_an_interview():
    item = doc(
        "Мосты закроют на ремонт весной - Павел Орлов\n\n"
        "Павел Орлов второй год отвечает за дороги города. О том, какие мосты закроют и надолго "
        "ли, он рассказал нашему изданию.\n\n"
        "- Какие мосты закроют первыми?\n\n"
        "- Сначала северный, потом старый мост у рынка, если позволит погода.\n\n"
        "- Как долго продлится ремонт?\n\n"
        "- Около двух месяцев на каждый мост, а объезд будет по набережной.\n"
    )
    assert asked(item) == [
        ("", "Какие мосты закроют первыми?"),
        ("", "Как долго продлится ремонт?"),
    ]


def test_a_packing_list_with_questions_and_a_storys_dialogue_ask_nothing():
    packing = doc(
        "Before the hike\n\n"
        "Check these the evening before you leave, and pack the rest in the morning.\n\n"
        "- Is the water safe?\n\n- Dry socks.\n\n- Is the hut open?\n\n- Cash.\n"
    )
    assert asked(packing) == []
    # A story's exchange: the other side asks back.
    story = doc(
        "The ferry\n\n"
        "The rain had not stopped since noon, and the harbour was almost empty.\n\n"
        "- Where are you going so late?\n\n"
        "- Home, if the ferry still runs tonight. Why do you ask me that?\n\n"
        "- Are you sure it runs?\n\n"
        "- The man at the ticket office said so, and he has never lied to me.\n"
    )
    assert asked(story) == []


# --- The last top line heads the first of a page's lists --------------------------------------


def test_a_line_heading_the_first_of_several_lists_is_not_the_pages_title():
    page = doc(
        "Fieldwork Guide\n\nWhat This Guide Covers\n\nChecklists\n\nBefore the Visit\n\n"
        "1. Phone the school to agree a day and an hour\n2. Send the consent letter\n"
        "3. Pack a spare recorder\n\n"
        "During the Visit\n\n"
        "1. Sign in at the office\n2. Introduce yourself to the class\n"
        "3. Ask before you take any photograph\n"
    )
    assert page.title == "Fieldwork Guide"


def test_a_headline_over_a_single_list_stays_the_headline():
    # One list under the last line, then prose: that line is the page's headline.
    page = doc(
        "Garden Club\n\nNews\n\nSpring\n\nWhat to sow in March\n\n"
        "1. Broad beans under a cloche\n2. Early peas\n3. Sweet peas in pots\n\n"
        "The soil is still cold in most gardens this month, so start the tender plants "
        "indoors and wait for the frosts to pass before planting them out.\n"
    )
    assert page.title == "What to sow in March"


# --- A French caption credited "(DR)", rights reserved ----------------------------------------

_INTERVIEW_BELOW = (
    "Les élèves de CE2 ont rencontré le boulanger du quartier, qui leur a parlé de son métier.\n\n"
    "Q : À quelle heure vous levez-vous ?\n\nR : À trois heures, tous les jours sauf le lundi.\n\n"
    "Q : Quel pain préférez-vous ?\n\nR : La baguette de tradition, sans hésiter.\n"
)


def test_a_caption_credited_dr_above_the_headline_is_a_caption_not_the_title():
    page = doc(
        "ce2\n\nLes CE2 devant le fournil avec Marc Lenoir. (DR)\n\n"
        "Article précédent «\n\nArticle suivant »\n\n"
        "Une nuit au fournil\n\n" + _INTERVIEW_BELOW
    )
    assert page.title == "Une nuit au fournil"


def test_a_headline_naming_dr_without_a_sentence_before_it_stays_the_headline():
    page = doc(
        "ce2\n\nArticle précédent «\n\nArticle suivant »\n\n"
        "Une journée avec le docteur Roux (DR)\n\n" + _INTERVIEW_BELOW
    )
    assert page.title == "Une journée avec le docteur Roux (DR)"
