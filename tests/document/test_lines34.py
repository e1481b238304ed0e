"""Lines, round 34: a page copied without blank lines but for one or two left by chance.
The whole page's test (``lines_look_like_paragraphs``) turns off at the first blank line, so
such a page's body stayed one paragraph and its questions were never seen. Each layout is
reworded (no text of the third fresh set is pasted); the must-catch tests fail on the code
before this round, the must-not tests pass on both."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# A local news site: menu, headline, date, one stray blank line, then the intro and the
# questions each on its own line with its answer under it, no blank line between them.
STRAY_BLANK = (
    "Valley Courier\n"
    "Politics\n"
    "Local elections\n"
    "Menu\n"
    "Sign in\n"
    "“The harbour cannot wait another winter”, says Mayor Lindqvist\n"
    "The mayor was the second guest of our live series on the town's next four years\n"
    "14/09/2024 - 18h10\n"
    "\n"
    "The second episode of the Courier's live series heard the mayor of Eastport, who is "
    "standing again, on Wednesday evening in front of an audience of readers and students.\n"
    "Next week it is the challenger's turn. Guests were invited in the order of the last "
    "poll published by the paper at the start of the month, and each answered the same questions.\n"
    "Mayor Lindqvist during the live interview\n"
    "Photo: Courier\n"
    "Why do you want a second term?\n"
    "Because the work on the harbour is only half done, and I would rather finish it myself "
    "than leave it to someone who has to learn the file from the first page.\n"
    "What would be your first decision?\n"
    "Name the team. Then publish the harbour's budget so everyone can read it.\n"
    "About the council. You face a vote of no confidence, and when it comes to the floor "
    "everyone knows you will be short of votes. Did you fail to build a majority?\n"
    "On some points, no. On others I surely did. But nothing is much or little until you "
    "compare it, and the council should look at its own record before it judges mine.\n"
    "And the schools?\n"
    "They come right after. Two roofs leak and we know which ones.\n"
    "READ MORE\n"
    "Candidates present their transport plans\n"
)


def test_lines_under_one_stray_blank_line_are_paragraphs_and_the_questions_are_found() -> None:
    assert [q for _, q in asked(doc(STRAY_BLANK))] == [
        "Why do you want a second term?",
        "What would be your first decision?",
        "About the council. You face a vote of no confidence, and when it comes to the floor "
        "everyone knows you will be short of votes. Did you fail to build a majority?",
        "And the schools?",
    ]


def test_the_answer_under_a_question_is_its_own_paragraph() -> None:
    texts = [block.text for block in doc(STRAY_BLANK).blocks]
    assert "Name the team. Then publish the harbour's budget so everyone can read it." in texts


# Three stray blank lines: a small town's site, its menu apart, a question with a space
# before its mark, two questions and answers run together in one block.
THREE_STRAY = (
    "ELMWOOD VILLAGE\n"
    "Home\n"
    "History\n"
    "A Conversation\n"
    "Photos\n"
    "\n"
    "A Conversation\n"
    "\n"
    "Could you tell us about your years as village head ?\n"
    "Although I stand for no party, I try to help everyone in the village with the council's "
    "services. I never ask anyone how they vote, and I have kept to that for eleven years now.\n"
    "How does the county see you ? Do you find it hard to be an independent ?\n"
    "We are left out a little. Not everyone can think alike, and each of us has his own view "
    "of the world, but the roads get mended all the same, only later than elsewhere.\n"
    "\n"
    "What are the village's problems ?\n"
    "The villages live on what the county sends them. Where there is no industry there is no "
    "other income, and here we have only the water bills and a small market on Saturdays.\n"
    "What do you do for the young ?\n"
    "We opened a library and a small gym. In summer we show films in the school yard.\n"
)


def test_questions_run_together_between_stray_blank_lines_are_found() -> None:
    assert [q for _, q in asked(doc(THREE_STRAY))] == [
        "Could you tell us about your years as village head ?",
        "How does the county see you ? Do you find it hard to be an independent ?",
        "What are the village's problems ?",
        "What do you do for the young ?",
    ]


# --- must not ---------------------------------------------------------------------------------

WRAPPED = (
    "Notes from the field\n"
    "Spring report\n"
    "Anna Berg\n"
    "\n"
    "We walked the northern transect twice this spring. The first time the\n"
    "river was still high and most of the lower meadow was under water, so\n"
    "we counted from the dyke. The second time the water had gone down.\n"
    "Lapwings were back on the wet patches and two pairs had nests there.\n"
    "\n"
    "Next year we will start a week earlier.\n"
)


def test_a_hard_wrapped_paragraph_below_the_top_stays_one_paragraph() -> None:
    texts = [block.text for block in doc(WRAPPED).blocks]
    assert any(text.startswith("We walked the northern transect") and text.endswith(
        "two pairs had nests there.") for text in texts)


INDENTED_LIST = (
    "How to run an interview\n"
    "A guide for the school paper\n"
    "Our editors\n"
    "\n"
    "Why interview anyone at all?\n"
    "To learn as much as you can about a person and to let your readers meet them too.\n"
    "\n"
    "  • Prepare: write down what you want to know, read about your guest, and ask your "
    "teachers and friends what they would like to hear from them before the day comes.\n"
    "  • Avoid questions answered by yes or no.\n"
    "  • Remember the six questions: who? what? how? where? when? why?\n"
    "  • Be polite and patient.\n"
)


def test_an_indented_bullet_list_is_not_taken_for_pasted_paragraphs() -> None:
    document = doc(INDENTED_LIST)
    assert asked(document) == []
    assert any(block.text.startswith("• Prepare") and "Be polite" in block.text
               for block in document.blocks)


SHORT_LINES = (
    "The village choir\n"
    "Concert notes\n"
    "Spring\n"
    "\n"
    "Programme.\n"
    "Opening hymn.\n"
    "Two songs from the valley.\n"
    "A reading by the youngest singer.\n"
    "Closing round.\n"
)


def test_short_lines_with_no_line_too_long_to_wrap_are_left_to_the_page_rules() -> None:
    texts = [block.text for block in doc(SHORT_LINES).blocks]
    assert "Programme. Opening hymn. Two songs from the valley. A reading by the youngest " \
        "singer. Closing round." in texts
