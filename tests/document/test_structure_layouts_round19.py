"""Layout rules found in the nineteenth round's real pages (a blog chain's numbered questions
answered on the next line after a dash, a page's sample questions in bullets run into one
paragraph, a chat reader's nickname), each with a document it must catch and one it must
not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- Numbered questions, each answered on the next line after a dash ---------------------------

_CHAIN = (
    "Got tagged by Mia, so here goes.\n"
    "1. Who would you trust to write your life story?\n"
    "– My grandmother, if she were still here.\n"
    "2. Why her?\n"
    "– She never left out the embarrassing parts.\n"
    "3. Which book goes in the time capsule?\n"
    "– A road atlas from 1986.\n"
    "4. Describe the library of your dreams.\n"
    "– Tall, quiet, with a ladder on wheels.\n"
    "Pass it on to anyone who wants it.\n"
)


def test_numbered_questions_answered_after_a_dash_each_ask_even_without_a_mark():
    document = doc(_CHAIN)
    assert document.kind is DocumentKind.INTERVIEW
    assert asked(document) == [
        ("", "Who would you trust to write your life story?"),
        ("", "Why her?"),
        ("", "Which book goes in the time capsule?"),
        ("", "Describe the library of your dreams."),
    ]


def test_numbered_steps_with_a_dashed_note_ask_nothing():
    # A how-to's numbered steps, each with a dashed note on its next line: no "?" before the
    # dashes, no questions.
    document = doc(
        "Before you repot\n"
        "1. Water the plant the day before.\n"
        "– Dry roots tear more easily.\n"
        "2. Choose a pot one size up.\n"
        "– Larger pots stay wet too long.\n"
        "3. Loosen the root ball gently.\n"
        "– Never pull it by the stem.\n"
        "4. Fill in with fresh compost.\n"
        "– Press it down lightly.\n"
    )
    assert not document.questions


# --- Sample questions in bullets run into one paragraph ----------------------------------------


def test_bulleted_sample_questions_run_together_are_no_interview():
    document = doc(
        "Interview Questions\n\n"
        "Committees usually cover three areas: your research, your teaching, and why you want "
        "this department. Here are some sample questions to get you started.\n\n"
        "Questions about Research\n\n"
        "  • Tell us about your research.Where will it go next?\n"
        "  • Have you supervised undergraduates in research?\n\n"
        "Questions about Teaching\n\n"
        "  • What is your teaching philosophy?\n"
        "  • Which of our courses could you teach?\n\n"
        "Questions to Ask Them\n\n"
        "  • How are new faculty mentored here?\n"
        "  • What support is there for grant writing?\n"
    )
    assert not document.questions


def test_a_question_answered_in_its_paragraph_after_one_bullet_still_asks():
    # One bullet opening each question, no second bullet inside: the interview's own layout.
    document = doc(
        "Five minutes with our new caretaker\n\n"
        "• How long have you worked in schools?\n\n"
        "Twenty-two years, the last nine at a primary school across town.\n\n"
        "• What is the first thing you fixed here?\n\n"
        "The gate to the infant playground, which had not shut properly since spring.\n\n"
        "• What do pupils not know about your job?\n\n"
        "That I start at six, before the heating has come on.\n"
    )
    assert [text for _, text in asked(document)] == [
        "How long have you worked in schools?",
        "What is the first thing you fixed here?",
        "What do pupils not know about your job?",
    ]


# --- A chat reader's nickname asking once ---------------------------------------------------

_CHAT = (
    "Chat: Ask our pensions expert\n\n"
    "Moderator: Welcome to today's chat with Ruth Abara. Shall we start?\n\n"
    "Ruth Abara: Hello everyone, happy to.\n\n"
    "Moderator: What changes for pensioners this April?\n\n"
    "Ruth Abara: The state pension rises by just over four per cent.\n\n"
    "{label}: Do I need to claim the rise myself?\n\n"
    "Ruth Abara: No, it is paid automatically from your first payment after April.\n\n"
    "Moderator: Thank you, Ruth Abara, that is all for today.\n\n"
    "Ruth Abara: Thank you for the questions.\n"
)


def test_a_chat_readers_nickname_asking_once_is_a_speaker():
    document = doc(_CHAT.format(label="Reader_Tom"))
    assert ("reader_tom", "Do I need to claim the rise myself?") in [
        (speaker.casefold(), text) for speaker, text in asked(document)
    ]


def test_a_plain_word_asking_once_is_no_nickname():
    # "Question:" is a lead-in, not someone: it names no speaker.
    document = doc(_CHAT.format(label="Question"))
    assert all(speaker.casefold() != "question" for speaker, _ in asked(document))
