"""Layout rules found in the twentieth round's real pages (a school blog's dashed questions over
answers under the guest's initial, with no blank lines; an article quoting one "Q." / "A."
exchange as its example), each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- Dashed questions over answers under one initial, no blank lines --------------------------
# The blog's footer is set apart by blank lines, so the interview's lines reach the rules as one
# paragraph, its heading and a question's second line glued in.

_SCHOOL_BLOG = (
    "INTERVIEW WITH MRS DALE\n"
    "-This is the third year of the school fair; is it a good idea to make it our project?\n"
    "D: I love it. It teaches you to share the work, and it is a very original idea.\n"
    "-Will it go better than last year?\n"
    "D: I was not here last year, but I know it went well, and this year will be better.\n"
    "-You have been on stage a lot.\n"
    " Do you get nervous?\n"
    "D: A little, at the start, when nothing seems to move, but now it is going well.\n"
    "-How do you feel on stage?\n"
    "D: Nervous, always, but it passes and I enjoy it more every time.\n"
    "-That is all, thank you.\n"
    "\n"
    "Comments\n"
    "\n"
    "Popular posts from this blog\n"
    "\n"
    "We talk to the winner of the logo contest, Ana Ruiz.\n"
)


def test_dashed_questions_over_answers_under_one_initial_are_the_questions():
    document = doc(_SCHOOL_BLOG)
    assert document.kind is DocumentKind.INTERVIEW
    assert document.title == "INTERVIEW WITH MRS DALE"
    assert asked(document) == [
        ("", "This is the third year of the school fair; is it a good idea to make it our "
             "project?"),
        ("", "Will it go better than last year?"),
        ("", "You have been on stage a lot. Do you get nervous?"),
        ("", "How do you feel on stage?"),
    ]


def test_dashed_notes_each_under_a_note_label_stay_one_paragraph():
    # A trip's programme: dashed lines, each with a "Note:" under it; none asks, so they are
    # no turns, and the paragraph is not cut into an interview.
    document = doc(
        "School trip to the coast\n"
        "\n"
        "The bus leaves from the gym at eight.\n"
        "-Bring a packed lunch and a coat.\n"
        "Note: the café on the pier is closed on Mondays.\n"
        "-Wear shoes you can walk in.\n"
        "Note: the path to the lighthouse is steep.\n"
        "-Phones stay in bags during the boat trip.\n"
        "Note: the boat leaves at noon sharp.\n"
        "-Parents collect at five.\n"
    )
    assert document.kind is not DocumentKind.INTERVIEW
    assert asked(document) == []


# --- One labelled exchange quoted in an article ------------------------------------------------

_QUOTED_EXCHANGE = (
    "The line that opens every job meeting\n"
    "\n"
    "Updated 30 March\n"
    "\n"
    "Everyone dreads it, and everyone hears it. What do you say?\n"
    "\n"
    "Recruiters say it sets the tone of the whole meeting.\n"
    "\n"
    "Q.\n"
    "\n"
    "Tell me about yourself.\n"
    "\n"
    "A.\n"
    "\n"
    "Er?\n"
    "\n"
    "(It is all in my CV already. Where do I start?)\n"
    "\n"
    "It is the most common opening line there is.\n"
    "\n"
    "Why would a recruiter say it when your CV lies on the desk?\n"
    "\n"
    "A head of recruiting at a bank explained it to us this way.\n"
    "\n"
    "She wants to hear whether you can say who you are clearly and briefly.\n"
)


def test_one_labelled_exchange_quoted_after_prose_is_an_example_not_a_question():
    document = doc(_QUOTED_EXCHANGE)
    assert document.kind is not DocumentKind.INTERVIEW
    assert asked(document) == []


def test_one_labelled_exchange_that_opens_the_page_is_its_question():
    # A short page that is one reader's question and its answer, the labels on lines of their
    # own: that question is the page's.
    document = doc(
        "Ask the librarian\n"
        "\n"
        "Q.\n"
        "\n"
        "Can I renew a book that someone else has reserved?\n"
        "\n"
        "A.\n"
        "\n"
        "No. Once a reservation is placed, the book goes back to the desk when it is due, and "
        "the reader who reserved it is told it is waiting. You can reserve it again after "
        "them.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert asked(document) == [("Q", "Can I renew a book that someone else has reserved?")]


def test_an_interview_that_labels_only_its_first_exchange_keeps_its_questions():
    # The intro, then "Q:" / "A:" once, then the questions as bare paragraphs: the lone
    # labelled exchange is no article's example, as its unlabelled questions show.
    document = doc(
        "Five minutes with the harbour master\n"
        "\n"
        "She has run the port for eleven years.\n"
        "\n"
        "We met her on the quay on a windy Tuesday morning.\n"
        "\n"
        "Q: How did you start?\n"
        "\n"
        "A: As a deckhand on the ferry, the summer I turned sixteen.\n"
        "\n"
        "What does a normal day look like?\n"
        "\n"
        "There is no normal day. The tide decides, and the weather, and then the fishermen.\n"
        "\n"
        "Which season do you like best?\n"
        "\n"
        "Autumn, when the yachts are gone and the harbour is ours again.\n"
        "\n"
        "What would you change here?\n"
        "\n"
        "A proper shelter for the people who wait for the ferry in the rain.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "How did you start?",
        "What does a normal day look like?",
        "Which season do you like best?",
        "What would you change here?",
    ]
