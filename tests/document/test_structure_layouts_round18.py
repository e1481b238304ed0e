"""Layout rules found in the eighteenth round's real pages (a Tumblr blog's "<sender> asked:"
lines over lower-case asks, a newspaper's dashed question and dashed answer on one line), each
with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- "<sender> asked:" over a reader's ask ------------------------------------------------------

_ASKS = (
    "Kiln and Crackle\n\n"
    "Answered your asks about starting pottery\n\n"
    "Anonymous asked:\n\n"
    "do you need a wheel to start?? they're so expensive\n\n"
    "No! Hand-building with a rolling pin and a kitchen knife is how I started.\n\n"
    "#pottery #asks\n\n"
    "moss-and-mugs asked:\n\n"
    "What clay would you recommend for a beginner\n\n"
    "A smooth buff stoneware that fires around cone 6. It forgives a lot.\n\n"
    "318 notes Anonymous asked:\n\n"
    "how do you stop your mugs cracking in the kiln\n\n"
    "Dry them slowly, under a loose bag, for a week.\n"
)


def test_a_senders_line_marks_the_ask_below_it_as_a_question():
    document = doc(_ASKS)
    assert document.kind is DocumentKind.INTERVIEW
    assert asked(document) == [
        ("Anonymous", "do you need a wheel to start?? they're so expensive"),
        ("moss-and-mugs", "What clay would you recommend for a beginner"),
        ("Anonymous", "how do you stop your mugs cracking in the kiln"),
    ]


def test_a_report_of_what_people_asked_lists_no_asks():
    # Prose ending "… a parent asked:" over a quoted question reports a meeting; a sentence
    # closed before the label ("… late. Then a parent asked:") is prose too.
    document = doc(
        "Parents press the school board on transport\n\n"
        "At the meeting on Tuesday a parent asked:\n\n"
        "“Why are the buses late again this term?”\n\n"
        "The chair said the contractor had lost two drivers since September.\n\n"
        "A grandmother then asked:\n\n"
        "“Will the late bus run in winter too?”\n\n"
        "It will, from November, the chair promised.\n\n"
        "Roofing came next. Then another parent asked:\n\n"
        "who pays for the new roof\n\n"
        "The council will, the chair said, out of this year's repairs budget.\n\n"
        "It went quiet. A pupil asked:\n\n"
        "can we have the gym back before the summer\n\n"
        "Not before September, the head said.\n"
    )
    assert not document.questions


# --- A dashed question and its dashed answer on one line ----------------------------------------

_SAME_LINE = (
    "«Las redes no enganchan más que los periódicos»\n\n"
    "Marta Cabrera contesta a nuestro cuestionario\n\n"
    "-¿Qué ha pasado en su sindicato? ¿Sigue siendo útil? -Sí, lo dicen los miles de afiliados y "
    "los trabajadores que nos votan. Sin sindicatos nadie defendería nuestros derechos.\n"
    "-¿Qué resistencias se encuentra? -Las de la Administración, que va más despacio de lo que "
    "quisiéramos en casi todo.\n"
    "-¿Qué poder tiene Twitter? -El de opinar y debatir. Es la plaza del pueblo digital, donde "
    "todos pueden hablar.\n"
)


def test_a_dashed_answer_on_the_questions_line_is_split_from_it():
    document = doc(_SAME_LINE)
    assert asked(document) == [
        ("", "¿Qué ha pasado en su sindicato? ¿Sigue siendo útil?"),
        ("", "¿Qué resistencias se encuentra?"),
        ("", "¿Qué poder tiene Twitter?"),
    ]


def test_one_dashed_exchange_in_an_article_stays_whole():
    # One line of dialogue quoted in a report is no questionnaire: the line is not split and
    # the report asks nothing.
    document = doc(
        "El mercado vuelve a la plaza\n\n"
        "Los puestos regresaron el sábado tras dos años de obras en el centro.\n\n"
        "-¿Vuelven ustedes para quedarse? -Sí, eso esperamos, dijo una frutera.\n\n"
        "El ayuntamiento calcula que acudieron unas tres mil personas durante la mañana.\n"
    )
    assert not document.questions
    assert any("quedarse? -Sí, eso esperamos" in block.text for block in document.blocks)


# --- A closing note after the last answer --------------------------------------------------------


def _beekeeper(closing: str, last: str) -> str:
    return (
        "Ask the beekeeper: your questions about swarms, answered\n\n"
        "Every May the phone rings with the same worries, so we put them to Maggie.\n\n"
        "Why do bees swarm at all?\n\n"
        "A swarm is how a colony has children: the old queen leaves with half the workers.\n\n"
        "Is a swarm dangerous?\n\n"
        "Hardly ever. Swarming bees are full of honey and have no home to defend.\n\n"
        "What should I do if bees move into my chimney?\n\n"
        "Light nothing. Smoke will not shift them, and a fire can melt the comb into the flue.\n\n"
        "Can I keep the swarm myself?\n\n"
        "If you have a hive, a veil and a mentor, yes. Join your local association first.\n\n"
        f"{closing}\n\n{last}\n"
    )


def test_a_closing_note_over_a_shorter_last_line_asks_nothing():
    document = doc(_beekeeper(
        "Maggie runs a swarm-collecting course in June. Places are limited.",
        "Posted in Interviews, tagged swarms",
    ))
    assert [heading for _, heading in asked(document)] == [
        "Why do bees swarm at all?",
        "Is a swarm dangerous?",
        "What should I do if bees move into my chimney?",
        "Can I keep the swarm myself?",
    ]


def test_a_last_request_answered_at_length_still_asks():
    document = doc(_beekeeper(
        "Tell us about the course you run in June.",
        "It is one Saturday at the apiary: we collect a real swarm if one turns up, and "
        "everyone goes home with a skep, a veil and a phone number to ring in a panic.",
    ))
    assert asked(document)[-1] == ("", "Tell us about the course you run in June.")


# --- "¿…?" and the guest's answer in one paragraph ----------------------------------------------

_ONE_PARAGRAPH = (
    "Tomás Herrera, escritor: \"Del cine hay que aprender\"\n\n"
    "Lo conocí en una charla sobre castillos en el Ateneo; así empezó la entrevista que sigue.\n\n"
    "Leo en su biografía que tiene dos hijas, ¿no le parecen bastantes mujeres en su vida? "
    "En realidad estoy divorciado, así que contando la literatura solo hay tres en mi vida.\n\n"
    "¿Qué es para usted escribir? Escribir me permite vivir por encima de las posibilidades "
    "de este señor bajito que soy.\n\n"
    "¿Y el cine? Del cine hay que aprenderlo todo: el ritmo, el corte, la elipsis.\n"
)


def test_a_question_and_the_guests_answer_in_one_paragraph_are_split():
    assert [heading for _, heading in asked(doc(_ONE_PARAGRAPH))] == [
        "Leo en su biografía que tiene dos hijas, ¿no le parecen bastantes mujeres en su vida?",
        "¿Qué es para usted escribir?",
        "¿Y el cine?",
    ]


def test_an_article_answering_its_own_questions_is_not_split():
    # Not in the first person: the article answers its rhetorical questions itself.
    document = doc(
        "¿Qué pasa si en la empresa no hay representantes?\n\n"
        "Muchos trabajadores se lo preguntan cuando cambian de empleo o de convenio.\n\n"
        "¿Quedan los empleados desprotegidos? La respuesta, muy resumida, es que no: la ley "
        "reconoce a cada trabajador el derecho a reclamar por su cuenta.\n\n"
        "¿Y en las empresas pequeñas? Con menos de seis empleados no se pueden elegir "
        "delegados, así que la situación es la habitual.\n\n"
        "¿Qué cambia entonces? Cambia la fuerza con la que se negocia cada año el convenio.\n"
    )
    assert not document.questions
    assert any(block.text.startswith("¿Quedan los empleados desprotegidos? La respuesta")
               for block in document.blocks)
