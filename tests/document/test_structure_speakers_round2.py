"""Named-speaker rules of the second speakers round (podcasts, radio, hearings, panels, chat
logs, plays), each with a document it must catch and one it must not."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- The interviewer's asides: a remark, a welcome answered in kind, the closing thanks --------

_RADIO = (
    "Morning guest: a bookseller from Nantes\n\n"
    "Léa: Bonjour à tous, il est 7 h 50, et notre invité tient depuis trente ans une "
    "librairie au centre de Nantes. Marc Dupuy, bonjour.\n\n"
    "Marc: Bonjour Léa, bonjour à tous.\n\n"
    "Léa: On entend partout que les gens ne lisent plus. C'est ce que vous voyez ?\n\n"
    "Marc: Pas du tout. Ils lisent autrement, ils achètent plus de livres d'occasion, mais "
    "ils lisent.\n\n"
    "Léa: Moi, je l'avoue, je lis surtout dans le train. Et l'été, un peu plus.\n\n"
    "Marc: Comme beaucoup de nos clients.\n\n"
    "Léa: Qu'est-ce qui a le plus changé en trente ans ?\n\n"
    "Marc: Le rythme. Un livre avait six mois pour trouver ses lecteurs, il a trois "
    "semaines.\n\n"
    "Léa: Tack så mycket, Marc.\n"
)


def test_a_hosts_remark_welcome_and_thanks_answered_in_a_line_are_no_questions():
    assert asked(doc(_RADIO)) == [
        ("Léa", "On entend partout que les gens ne lisent plus. C'est ce que vous voyez ?"),
        ("Léa", "Qu'est-ce qui a le plus changé en trente ans ?"),
    ]


def test_a_prompt_that_asks_nothing_stays_a_question_when_answered_at_length_or_laughed_at():
    # "Tell me about …" asks without a "?" and is answered at length; a prompt answered only
    # by laughter is answered later; a welcome answered in other words was a prompt too.
    document = doc(
        "Oral history: the harbour\n\n"
        "Ann: Welcome, and tell us first what your name is.\n\n"
        "Ben: As the sign on my boat says, really.\n\n"
        "Ann: Where did you grow up?\n\n"
        "Ben: On the quay, in the house with the blue door, next to the net loft.\n\n"
        "Ann: Tell me about the winter of the big storm, when the pier went.\n\n"
        "Ben: [laughs]\n\n"
        "Ben: We lost three boats that night and my father's shed, and nobody slept.\n\n"
        "Ann: Who rebuilt the pier?\n\n"
        "Ben: The whole village, over two summers, with stones from the old mill.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Welcome, and tell us first what your name is.",
        "Where did you grow up?",
        "Tell me about the winter of the big storm, when the pier went.",
        "Who rebuilt the pier?",
    ]
