"""Transcript rules of the twentieth transcripts round (podcasts, radio, oral history as
people copy them): what an interviewer says that is no question — a welcome or thanks, a yes
or no to the guest, the guest's words said back — and what stays one: a prompt after an
answer, a question the guest cut short. Each with a document it must catch and one it must
not."""

from __future__ import annotations

from .test_structure_layouts import asked, doc


def _transcript(*turns: tuple[str, str]) -> str:
    return "Episode 12 – Bees on the Roof\n\n" + "".join(
        f"{name}: {said}\n\n" for name, said in turns
    )


# --- A welcome or thanks that asks nothing -------------------------------------------------

def test_a_welcome_that_asks_nothing_is_no_question():
    text = _transcript(
        ("Lena", "Hello and welcome to Rooftops, the show about city gardens. I'm Lena Park."),
        ("Tom", "Glad to be here."),
        ("Lena", "Welcome back after the break, everyone, and thanks for all your letters."),
        ("Tom", "There were a lot of letters this week, most of them about wasps."),
        ("Lena", "How did you get your first hive up there?"),
        ("Tom", "With a crane, a borrowed one, on a Sunday morning."),
        ("Lena", "And what do the neighbours say?"),
        ("Tom", "They mostly ask for honey."),
    )
    assert asked(doc(text)) == [
        ("Lena", "How did you get your first hive up there?"),
        ("Lena", "And what do the neighbours say?"),
    ]


def test_a_welcome_that_hands_the_guest_the_word_stays():
    # Must not: "… Tom, welcome." names the guest, who speaks next: the host's first prompt.
    text = _transcript(
        ("Lena", "Welcome back to Rooftops. My guest keeps six hives on a roof. Tom, welcome."),
        ("Tom", "Thanks, Lena. Six and a half, if you count the swarm box."),
        ("Lena", "How did you get your first hive up there?"),
        ("Tom", "With a crane, a borrowed one, on a Sunday morning."),
        ("Lena", "And what do the neighbours say?"),
        ("Tom", "They mostly ask for honey."),
    )
    assert [question for _, question in asked(doc(text))][0].endswith("Tom, welcome.")


# --- A yes or no to the guest, then a prompt -----------------------------------------------

_STREET = (
    "The Street Interview\n\n"
    "INTERVIEWER - So Derek is not your real name, is that correct?\n\n"
    "DEREK - Correct. My real name is Alan Finch.\n\n"
    "INTERVIEWER - And you saw what happened here this morning?\n\n"
    "DEREK - Hang on, you've just said my name on the radio.\n\n"
    "INTERVIEWER - No I haven't.\n\n"
    "DEREK - Is this live?\n\n"
    "INTERVIEWER - Yes ... Tell our listeners what you saw.\n\n"
    "DEREK - A goat came running out of the churchyard and into the baker's.\n"
)


def test_a_yes_or_no_is_a_reply_and_a_prompt_after_an_answer_asks():
    assert asked(doc(_STREET)) == [
        ("INTERVIEWER", "So Derek is not your real name, is that correct?"),
        ("INTERVIEWER", "And you saw what happened here this morning?"),
        ("INTERVIEWER", "Yes ... Tell our listeners what you saw."),
    ]


def test_a_host_answering_the_guests_question_is_still_no_question():
    # Must not: the host answers the guest's question and asks nothing of them.
    text = _transcript(
        ("Lena", "How did you get your first hive up there?"),
        ("Tom", "With a crane. Have you ever kept bees yourself?"),
        ("Lena", "Once, as a child, at my grandmother's farm in the hills."),
        ("Tom", "Then you know the smell of a hive in August."),
        ("Lena", "And what do the neighbours say?"),
        ("Tom", "They mostly ask for honey."),
    )
    assert asked(doc(text)) == [
        ("Lena", "How did you get your first hive up there?"),
        ("Lena", "And what do the neighbours say?"),
    ]


# --- A question the guest cut short --------------------------------------------------------

_ORAL = (
    "An interview with Ruth Anders\n\n"
    "PIEHLER: Where were you born?\n\n"
    "ANDERS: On a farm outside the town, but I'm not sure what you'd call it now.\n\n"
    "PIEHLER: I know it was Blount County, but which town was\n\n"
    "ANDERS: Maryville.\n\n"
    "PIEHLER: Maryville, in Blount County.\n\n"
    "ANDERS: Yes, that's it.\n\n"
    "PIEHLER: What did your father do?\n\n"
    "ANDERS: He farmed, and cut timber in the winters.\n"
)


def test_a_question_cut_short_asks():
    # "… but which town was" / "Maryville.": the guest ends the question; the answer said
    # back and confirmed ("Maryville, in Blount County." / "Yes, that's it.") is a remark.
    assert asked(doc(_ORAL)) == [
        ("PIEHLER", "Where were you born?"),
        ("PIEHLER", "I know it was Blount County, but which town was"),
        ("PIEHLER", "What did your father do?"),
    ]


def test_an_answer_said_back_and_told_at_length_stays_a_prompt():
    # Must not: "Maryville, in Blount County." answered at length draws the story out: a prompt.
    text = _ORAL.replace("ANDERS: Yes, that's it.", "ANDERS: " + "The farm lay out toward "
                         "the mountains, a long way from the square, past the mill.")
    assert ("PIEHLER", "Maryville, in Blount County.") in asked(doc(text))


# --- A welcome over the question's own paragraph -------------------------------------------

_WELCOME_OVER = (
    "Episode 9 - Keeping Bees in Town\n\n"
    "MARA LOPEZ: Welcome to \"Small Wings\", where we talk about the insects that feed us. "
    "I'm your host, Mara Lopez. Our guest today is Ben Hart, who keeps bees on six roofs.\n"
    "So, Ben, last time we talked about wasps. What made you start with bees?\n"
    "BEN HART: A swarm landed on my balcony, and nobody else would deal with it.\n"
    "MARA LOPEZ: And where do you keep them now?\n"
    "BEN HART: On school roofs, mostly, where the children can watch.\n"
)


def test_a_welcome_over_the_questions_paragraph_is_left_out_of_the_question():
    assert asked(doc(_WELCOME_OVER)) == [
        ("MARA LOPEZ", "So, Ben, last time we talked about wasps. What made you start with bees?"),
        ("MARA LOPEZ", "And where do you keep them now?"),
    ]


def test_a_welcome_over_a_paragraph_that_asks_nothing_stays_whole():
    # Must not: the paragraph under the welcome asks nothing; the turn is read as before.
    text = _WELCOME_OVER.replace(
        "So, Ben, last time we talked about wasps. What made you start with bees?",
        "So, Ben, last time we talked about wasps, and today it is bees.",
    )
    assert not any(q.startswith("So, Ben") for _, q in asked(doc(text)))


# --- A video's index of its questions, each at its minute ----------------------------------

_INDEX = (
    "Entrevista a la alcaldesa\n\n"
    "La alcaldesa responde a las preguntas de los vecinos en este vídeo.\n\n"
    "[Vídeo: entrevista - duración 12:40]\n\n"
    "Índice de preguntas\n\n"
    "- 0:05'' Presentación\n"
    "- 0:31'' ¿Cuántos años lleva en el cargo?\n"
    "- 1:48'' ¿Qué es lo más difícil de ser alcaldesa?\n"
    "- 3:20'' Hablemos del nuevo polideportivo... ¿cuándo abrirá?\n"
    "- 5:02'' ¿Qué pasará con el mercado de los sábados?\n"
    "- 8:15'' ¿Volvería a presentarse?\n"
    "- 11:50'' Un saludo final\n\n"
    "Última actualización: 04/03/2021\n"
)


def test_a_videos_index_of_questions_with_minutes_is_the_interview():
    assert [q for _, q in asked(doc(_INDEX))] == [
        "Presentación",
        "¿Cuántos años lleva en el cargo?",
        "¿Qué es lo más difícil de ser alcaldesa?",
        "Hablemos del nuevo polideportivo... ¿cuándo abrirá?",
        "¿Qué pasará con el mercado de los sábados?",
        "¿Volvería a presentarse?",
        "Un saludo final",
    ]


def test_a_talks_chapter_list_is_no_interview():
    # Must not: a lecture's chapters, one of six asking, name its parts.
    text = (
        "How Rivers Shape Cities\n\n"
        "A talk given at the spring lecture series.\n\n"
        "Chapters\n\n"
        "- 0:00 Introduction\n"
        "- 2:14 The first bridges\n"
        "- 7:40 Why build on a floodplain?\n"
        "- 12:03 Mills and canals\n"
        "- 18:55 Covering the rivers\n"
        "- 25:30 Letting them back out\n"
    )
    assert asked(doc(text)) == []


def test_thanks_then_a_prompt_further_on_stays_a_question():
    # Must not: past the first question, thanks followed by a prompt ("And now, your …")
    # asks the guest to go on.
    text = _transcript(
        ("Lena", "How did you get your first hive up there?"),
        ("Tom", "With a crane, a borrowed one, on a Sunday morning."),
        ("Lena", "Thank you. And now, your book is about the winter hives."),
        ("Tom", "It is, because nobody writes about what bees do when it is cold."),
        ("Lena", "And what do the neighbours say?"),
        ("Tom", "They mostly ask for honey."),
    )
    assert ("Lena", "Thank you. And now, your book is about the winter hives.") in asked(doc(text))
