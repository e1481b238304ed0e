"""Title rules found among the titles still wrong after round 18 (a section named in one
capitalised word above a headline shaped as one, a vBulletin archive's "View Full Version :"
link before the thread's name and its "PDA" link above it), each with a document it must
catch and one it must not."""

from __future__ import annotations

from reader.document.model import Role
from reader.document.structure.titles.sectionlabels import after_section_label

from .test_structure_layouts import doc
from .test_titles_round14 import BODY

# --- A section named in one word above the headline --------------------------------------------


def test_a_one_word_section_over_a_quoted_headline_and_its_dateline_is_not_the_title():
    page = doc(
        "Empresas\n\nValverde: “La Administración sigue siendo muy lenta en este sector”\n\n"
        "Ramón Valverde, uno de los editores más influyentes, repasa su vida en los periódicos\n\n"
        f"Lucía Prieto | 21/03/2017\n\n{BODY}\n"
    )
    assert page.title == "Valverde: “La Administración sigue siendo muy lenta en este sector”"
    assert page.blocks[0].role is Role.SHARE  # the section's name, hidden from reading
    page = doc(
        "Leserbriefe\n\nKolumne Leserforum: Liebe Leserinnen und Leser\n\n"
        f"Stand: 14.06.2023, 05:00 Uhr\n\n{BODY}\n"
    )
    assert page.title == "Kolumne Leserforum: Liebe Leserinnen und Leser"


def _section_label_ends(text: str) -> int:
    """Where the headline starts by the section-label rule alone (0: no label found)."""
    return after_section_label(doc(text).blocks, 0, len(doc(text).blocks), {})


def test_a_one_word_title_over_its_subtitle_or_undated_is_no_section_label():
    # A subtitle neither quoted nor "Rubric: words" under the word: the word may be the title.
    assert _section_label_ends(f"Hope\n\nA novel in three parts\n\nBy Sam Lee\n\n{BODY}\n") == 0
    # A headline in the right shape, but nothing dated or signed under it.
    assert _section_label_ends(f"Epitafium\n\nEpitafium: napis na nagrobku\n\n{BODY}\n") == 0
    # A word in capitals may be the title itself ("BIBLIOTEKAR").
    assert _section_label_ends(
        f"LIBRARIAN\n\n“Every shelf is a promise”\n\nBy Sam Whitaker\n\n{BODY}\n"
    ) == 0
    # The same page in lower case on top is a section: the rule's positive, for contrast.
    assert _section_label_ends(
        f"Librarian\n\n“Every shelf is a promise”\n\nBy Sam Whitaker\n\n{BODY}\n"
    ) == 1


def test_a_section_in_capitals_under_the_menu_over_a_headline_that_asks_is_not_the_title():
    # A page's menu, its section in capitals, then a headline that asks, signed and dated: an
    # article about interviews, not one (its one rhetorical question later is no interview).
    page = doc(
        "Home  Basics  Podcast  Newsletter\n\nBASICS\n\n"
        "What is the difference between a profile and a Q&A?\n\nDana Whitfield\n4 June 2024\n\n"
        "Editors use the two words as if they meant the same thing. They do not.\n\n"
        "So which one should you choose?\n\n"
        "If the person's words are the story, a Q&A. If the person is the story, a profile.\n"
    )
    assert page.title == "What is the difference between a profile and a Q&A?"
    assert [b.role for b in page.blocks[:2]] == [Role.SHARE, Role.SHARE]
    assert page.questions == ()


def test_a_word_in_capitals_under_the_menu_over_a_subtitle_stays_the_title():
    # The same top over a subtitle that does not ask: the word may be the title itself.
    assert _section_label_ends(
        f"Home  Books  Events\n\nHOPE\n\nA novel in three parts\n\nBy Sam Lee\n\n{BODY}\n"
    ) == 0


# --- A vBulletin archive's thread ----------------------------------------------------------------


def test_a_forum_archives_link_and_pda_link_are_left_out_of_the_title():
    page = doc(
        "Wolf Den Forums > Members' Corner > The Interview Room\nPDA\n\n"
        "View Full Version : Ground rules for the Interview Room\n\n"
        f"GreyFang\n04-12-2009, 09:15 PM\n{BODY}\n"
    )
    assert page.title == "Ground rules for the Interview Room"
    assert any("View Full Version : Ground rules" in b.text for b in page.blocks)  # text keeps it


def test_a_headline_that_only_speaks_of_a_full_version_keeps_its_words():
    page = doc(f"View the full version: our new catalogue explained\n\n{BODY}\n")
    assert page.title == "View the full version: our new catalogue explained"
    page = doc(f"PDA and the pocket computers we loved\n\n{BODY}\n")
    assert page.title == "PDA and the pocket computers we loved"


# --- Zero-width characters pasted before a line ------------------------------------------------

ZW = "\u200b"


def test_a_zero_width_space_does_not_keep_a_repeated_word_apart_from_its_line():
    plain = doc(f"tutte le interviste\n\n\ninterviste\n\n{BODY}\n")
    pasted = doc(f"{ZW}tutte le interviste\n\n\n{ZW}interviste\n\n{ZW}{BODY}\n")
    assert [b.text.replace(ZW, "") for b in pasted.blocks] == [b.text for b in plain.blocks]
    assert pasted.title.replace(ZW, "") != "interviste"


def test_a_zero_width_space_does_not_glue_a_credit_or_a_lone_word_to_the_headline():
    for line in ("redakcja", "il. Maren Holt, CC BY-NC 2.0"):
        pasted = doc(f"{ZW}Ktoś zawsze zagląda\n\n{ZW}{line}\n\n{ZW}{BODY}\n")
        texts = [b.text.replace(ZW, "") for b in pasted.blocks]
        assert texts[:2] == ["Ktoś zawsze zagląda", line]  # two lines still, as typed
