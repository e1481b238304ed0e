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
