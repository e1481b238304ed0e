"""Layout rules found in the twenty-first round's pages (the pages held out by earlier rounds,
released, and new questionnaires): prompts left unfinished, a questionnaire typed with two
spaces after "?", answers in guillemets with the period outside them, a guide's numbered
questions, Czech address forms, a question narrowed by a short sentence, a question-like title
over the first question. Each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- Numbered prompts left unfinished, answered after a dash on the next line ----------------


def test_unfinished_numbered_prompts_answered_after_a_dash_are_asked():
    document = doc(
        "I would pick sailing\n"
        "\n"
        "The weekly questionnaire: a retired football coach.\n"
        "\n"
        "1. When did you feel grown up?\n"
        "– Not before I turned thirty, to be honest.\n"
        "2. What do you have too much of…\n"
        "– Nothing I could give away.\n"
        "3. Nothing in life beats…\n"
        "– …a good friend.\n"
        "4. I lack confidence when…\n"
        "– I cannot finish that sentence any more.\n"
        "5. Who taught you the most?\n"
        "– Many people. I watch others closely.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "When did you feel grown up?",
        "What do you have too much of…",
        "Nothing in life beats…",
        "I lack confidence when…",
        "Who taught you the most?",
    ]


def test_numbered_steps_with_dashed_notes_stay_steps():
    # Steps end with a period, never "…" nor "?": a programme, not a questionnaire.
    document = doc(
        "Open day\n"
        "\n"
        "The doors open at nine.\n"
        "\n"
        "1. Collect your badge at the desk.\n"
        "– It has your group's colour.\n"
        "2. Walk to the main hall.\n"
        "– Seats are not numbered.\n"
        "3. Join your group's guide.\n"
        "– Guides wear green jackets.\n"
    )
    assert document.questions == ()


# --- A questionnaire typed with two spaces between the question and its answer ---------------


def test_numbered_questionnaire_with_two_spaces_after_the_mark_is_cut_there():
    document = doc(
        "Proust's questionnaire\n"
        "\n"
        "1. The chief trait of my character ?  Stubbornness\n"
        "\n"
        "2. My favourite occupation ?  Walking by the canal\n"
        "\n"
        "3. My idea of misery ?  Losing my hearing\n"
        "\n"
        "4. My present state of mind ?  Calm\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "The chief trait of my character ?",
        "My favourite occupation ?",
        "My idea of misery ?",
        "My present state of mind ?",
    ]


def test_a_numbered_list_of_questions_with_no_answers_gets_none():
    document = doc(
        "Questions for the writing group\n"
        "\n"
        "Answer these at home; we read them aloud on Tuesday.\n"
        "\n"
        "1. What is your idea of perfect happiness?\n"
        "\n"
        "2. What is your greatest fear?\n"
        "\n"
        "3. Which living person do you most admire?\n"
    )
    assert document.questions == ()


# --- Answers in guillemets, the period after the closing mark ---------------------------------

_QUOTED = (
    "Grandi elettori (1/3). Anna Rizzo: «Serve una figura di garanzia»\n"
    "\n"
    "Che cosa rappresenta per lei il Presidente?\n"
    "\n"
    "«La persona che tiene insieme lo Stato, anche quando i partiti litigano e il Paese è "
    "stanco di sentirli».\n"
    "\n"
    "C'è un Presidente del passato a cui è legata?\n"
    "\n"
    "«Sì, a uno che sapeva ascoltare gli italiani come un padre, e che non alzava mai la "
    "voce».\n"
    "\n"
    "A proposito del Presidente uscente. Se il Parlamento glielo chiedesse, dovrebbe restare.\n"
    "\n"
    "«Non lo so. È stato chiarissimo, vuole fermarsi, e va rispettato, anche da chi lo "
    "stima moltissimo».\n"
    "\n"
    "E lei chi voterà?\n"
    "\n"
    "«Lo deciderò con il mio gruppo, ma spero in una scelta condivisa da tutti».\n"
)


def test_a_statement_between_answers_in_guillemets_is_a_question():
    document = doc(_QUOTED)
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Che cosa rappresenta per lei il Presidente?",
        "C'è un Presidente del passato a cui è legata?",
        "A proposito del Presidente uscente. Se il Parlamento glielo chiedesse, dovrebbe "
        "restare.",
        "E lei chi voterà?",
    ]


def test_a_statement_between_unquoted_answers_stays_an_answer():
    # The same page with its answers unquoted: the statement may be the answer going on.
    plain = _QUOTED.replace("«", "").replace("».", ".")
    questions = [text for _, text in asked(doc(plain))]
    assert "A proposito del Presidente uscente. Se il Parlamento glielo chiedesse, dovrebbe " \
        "restare." not in questions


# --- A guide's numbered questions, announced and explained ------------------------------------


def test_numbered_questions_a_guide_announces_and_explains_are_no_interview():
    document = doc(
        "Failures in a job interview: how to talk about them\n"
        "\n"
        "Why recruiters ask about failure\n"
        "\n"
        "The question is no trap but a chance. Recruiters want to know three things:\n"
        "\n"
        "1. Can you admit a mistake?\n"
        "\n"
        "Nobody is flawless. Whoever claims to be seems to lack insight.\n"
        "\n"
        "2. Do you learn from setbacks?\n"
        "\n"
        "A mistake alone says little; what matters is what you made of it.\n"
        "\n"
        "3. How do you handle pressure?\n"
        "\n"
        "Speaking calmly about a failure shows you can still act in a crisis.\n"
    )
    assert document.questions == ()


def test_a_mailed_questionnaire_with_short_answers_stays_an_interview():
    document = doc(
        "Questions for the May newsletter\n"
        "\n"
        "Here are the questions for the newsletter:\n"
        "\n"
        "1. How did the community garden start?\n"
        "\n"
        "With an empty lot behind the market and a letter signed by forty neighbours.\n"
        "\n"
        "2. How many families grow food there now?\n"
        "\n"
        "Twenty-two, and ten more are waiting.\n"
        "\n"
        "3. What do you need from the neighbours?\n"
        "\n"
        "Compost, old tools and hands on Saturday mornings.\n"
    )
    assert len(document.questions) == 3


# --- Czech address forms ----------------------------------------------------------------------


def test_two_questions_put_to_a_czech_guest_after_a_lead_are_asked():
    document = doc(
        "Žena, která přežila blokádu\n"
        "\n"
        "Text: Jan Novák\n"
        "\n"
        "Spisovatelka napsala přes čtyři sta povídek a vydala na čtyřicet knih, mezi nimi i "
        "detektivky, za které získala několik cen.\n"
        "\n"
        "Jak to bylo s původem vaší rodiny?\n"
        "\n"
        "Můj otec se narodil v Libni roku 1900. Jeho předkové žili v Praze už v patnáctém "
        "století.\n"
        "\n"
        "Kdy jste začala psát vy sama?\n"
        "\n"
        "Až v padesáti, když děti odešly z domu a najednou bylo ticho.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert len(document.questions) == 2


def test_two_rhetorical_czech_questions_in_an_essay_ask_no_one():
    document = doc(
        "Proč čteme méně\n"
        "\n"
        "Knihovny hlásí méně výpůjček než před deseti lety, ale více návštěvníků.\n"
        "\n"
        "Čtou tedy lidé méně?\n"
        "\n"
        "Spíše čtou jinak: kratší texty, častěji na obrazovce, a knihy si kupují.\n"
        "\n"
        "Je to špatně?\n"
        "\n"
        "Odpověď nechme na čtenářích, kteří chodí do knihoven dodnes a rádi.\n"
    )
    assert document.questions == ()


# --- A question narrowed by one short sentence ------------------------------------------------

_NARROWED = (
    "Teaching in Manchester\n"
    "\n"
    "-What brought you to teach the subject you teach now at this school?\n"
    "\n"
    "I always wanted to be a teacher, and English seemed the best subject I could offer.\n"
    "\n"
    "-What has been the most rewarding experience you have had as a teacher?\n"
    "\n"
    "-Walking into the classroom every day and seeing the pupils listen is rewarding enough.\n"
    "\n"
    "-How was your time in Manchester and what changes from there to here? Whether in daily "
    "life or at school.\n"
    "\n"
    "-Life there was wonderful. Eight happy years; it is still my second home, and the "
    "weather, the food and the school day all differ.\n"
    "\n"
    "-Where would you rather be, here or in Manchester?\n"
    "\n"
    "-Right now, here, but you never know what happens next.\n"
)


def test_a_question_narrowed_by_a_short_sentence_is_asked():
    questions = [text for _, text in asked(doc(_NARROWED))]
    assert "How was your time in Manchester and what changes from there to here? Whether in " \
        "daily life or at school." in questions


def test_an_answer_taking_up_its_own_short_question_stays_an_answer():
    text = _NARROWED.replace(
        "-Life there was wonderful.", "-My secret? Working hard.\n\n-Life there was wonderful."
    )
    questions = [text for _, text in asked(doc(text))]
    assert "My secret? Working hard." not in questions


# --- A question-like title right above the first question -------------------------------------


def test_a_question_like_title_over_the_first_question_stays_the_title():
    # A school magazine's lines: the greeting and the first question under one dash, no blank
    # line after the title; the title asks too, but nothing answers it.
    document = doc(
        "¿Cómo es enseñar en Manchester?\n"
        "\n"
        "-Buenos días, vamos a hacerte unas preguntas: ¿Qué te llevó a enseñar tu asignatura?\n"
        "Desde pequeña quise ser profesora, y el inglés me pareció lo mejor que podía enseñar.\n"
        "– ¿Cuál ha sido la experiencia más gratificante como profesora?\n"
        "-Entrar en el aula cada día y que los alumnos me escuchen ya es bastante gratificante.\n"
        "-¿Cuáles son los mayores desafíos de este curso?\n"
        "-Pasar de primaria a secundaria fue un cambio al principio, pero te acostumbras.\n"
        "–¿Dónde prefieres estar, aquí o en Manchester?\n"
        "-Ahora mismo aquí, pero nunca se sabe.\n"
    )
    assert document.title == "¿Cómo es enseñar en Manchester?"
    assert [text for _, text in asked(document)][0].startswith("Buenos días")
    assert len(document.questions) == 4


def test_a_question_like_title_answered_at_once_is_the_first_question():
    document = doc(
        "What brought you to teaching?\n"
        "\n"
        "I always wanted to teach, since I was a child, and languages came easily to me.\n"
        "\n"
        "What has been the hardest part of this year?\n"
        "\n"
        "Moving from primary to secondary; the pupils are older and it took some getting "
        "used to.\n"
        "\n"
        "Where would you rather be?\n"
        "\n"
        "Here, for now, though you never know what happens next in a school.\n"
    )
    assert asked(document)[0][1] == "What brought you to teaching?"
