"""Layout rules found in the fourth round's real pages (transcripts, quizzes, questionnaires,
questions and answers sharing a paragraph), each with a document it must catch and one it must
not."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

LONG = (
    "We started with one boat and a folding table on the quay, and for two summers we sold "
    "tickets from a biscuit tin before the council gave us a proper office by the pier."
)


# --- Labels ------------------------------------------------------------------------------------


def test_dutch_v_and_a_labels_mark_questions_and_a_numbered_reader_line_is_not_one():
    document = doc(
        "Vraag en antwoord\n\n60. Sanne K., 3 maart 2001\n\n"
        "V: Schrijft u met de hand? Ik volg een cursus.\n\nA: Op de computer, al jaren.\n\n"
        "59. Bram D., 28 februari 2001\n\nV: Waarom geen vragen van scholieren?\n\n"
        "A: Omdat ik anders hun werkstuk schrijf.\n"
    )
    assert asked(document) == [
        ("V", "Schrijft u met de hand? Ik volg een cursus."),
        ("V", "Waarom geen vragen van scholieren?"),
    ]


def test_a_label_may_touch_the_quotation_after_it():
    document = doc(
        "Ein Besuch im Rathaus\n\nFrage 1:,,Sind Sie den ganzen Tag im Rathaus?''\n\n"
        ",,Nein, nur drei Stunden am Tag.''\n\nFrage 2:,,Wollten Sie das als Kind schon?''\n\n"
        ",,Nein, ich wollte Tierärztin werden.''\n"
    )
    assert [q.heading for q in document.questions] == [
        ",,Sind Sie den ganzen Tag im Rathaus?''", ",,Wollten Sie das als Kind schon?''",
    ]


def test_an_initial_before_a_surname_is_a_speaker_not_a_question_label():
    document = doc(
        "The ferry question\n\nDEREK HOLM, ANCHOR: Paul and Ann Reyes join me.\n\n"
        "HOLM: Can the ferries carry everyone?\n\nP. REYES: No, not everyone, maybe a tenth.\n\n"
        "HOLM: So what should people do?\n\nA. REYES: Leave early and check the timetable.\n\n"
        "HOLM: Will tickets cost more?\n\nP. REYES: No, the city pays for the extra boats.\n"
    )
    assert asked(document) == [
        ("HOLM", "Can the ferries carry everyone?"), ("HOLM", "So what should people do?"),
        ("HOLM", "Will tickets cost more?"),
    ]
    # "P." alone before a question is still the label of a Spanish "pregunta".
    spanish = doc(f"Entrevista\n\nP. ¿Cuándo empezó?\n\nR. {LONG}\n\nP. ¿Y ahora?\n\nR. {LONG}\n")
    assert asked(spanish) == [("P", "¿Cuándo empezó?"), ("P", "¿Y ahora?")]


def test_a_verb_of_asking_after_the_name_is_no_part_of_it():
    document = doc(
        "Perguntas e respostas\n\nRenata pergunta: Em que vocês nunca trabalhariam?\n"
        "Caio responde: Em escritório, sentado o dia inteiro.\nRenata pergunta: Uma cor?\n"
        "Caio: Verde.\nRenata pergunta: Uma mania?\nCaio: Roer a tampa da caneta.\n"
    )
    assert asked(document) == [
        ("Renata", "Em que vocês nunca trabalhariam?"), ("Renata", "Uma cor?"),
        ("Renata", "Uma mania?"),
    ]
    # Any other lower-case word after a name makes no speaker.
    told = doc(
        "Notes\n\nRenata escreve: Uma cor?\n\nVerde.\n\nRenata escreve: Uma mania?\n\nNão.\n"
    )
    assert all(q.speaker != "Renata" for q in told.questions)


def test_numbers_right_against_the_question_still_number_it():
    document = doc(
        "Interview\n\n1)What is cooking?\n\nChemistry you are allowed to eat.\n\n"
        "2)Salt or pepper?\n\nSalt, always.\n\n3_Breakfast or dinner?\n\nSecond breakfast.\n\n"
        "4.Comment suivre ma commande ?\n\nSur la page de suivi.\n"
    )
    assert [q.heading for q in document.questions] == [
        "What is cooking?", "Salt or pepper?", "Breakfast or dinner?",
        "Comment suivre ma commande ?",
    ]
    # A number that runs on in digits is a quantity, not a question's number.
    counted = doc(
        "Facts\n\n1_000 people came?\n\nYes.\n\n2.5 litres?\n\nNo.\n\n3.x or 4.0?\n\nBoth.\n"
    )
    assert not counted.questions or all(
        not q.heading[:1].isdigit() for q in counted.questions
    )


# --- Who asks ----------------------------------------------------------------------------------


def test_two_interviewers_ask_and_a_remark_before_the_other_ones_question_is_no_question():
    document = doc(
        "Interview mit Lena\n\nJonas: Wann bist du zur Schülerzeitung gekommen?\n\n"
        f"Lena: In der achten Klasse. {LONG}\n\nEmil: Was magst du am meisten?\n\n"
        f"Lena: Die Gruppe. {LONG}\n\nEmil: Wie sehr wirst du sie vermissen?\n\n"
        "Lena: Acht von zehn, würde ich sagen.\n\nEmil: Das ist gut.\n\n"
        f"Jonas: Fällt dir ein lustiger Moment ein?\n\nLena: Der Landespreis. {LONG}\n"
    )
    assert asked(document) == [
        ("Jonas", "Wann bist du zur Schülerzeitung gekommen?"),
        ("Emil", "Was magst du am meisten?"),
        ("Emil", "Wie sehr wirst du sie vermissen?"),
        ("Jonas", "Fällt dir ein lustiger Moment ein?"),
    ]
    # A remark the guest answers is the interviewer's turn like any other.
    answered = doc(
        "Interview\n\nJonas: Wann bist du gekommen?\n\nLena: Im Herbst.\n\n"
        "Jonas: Das ist gut.\n\nLena: Finde ich auch.\n\nJonas: Und dann?\n\nLena: Blieb ich.\n"
    )
    assert ("Jonas", "Das ist gut.") in asked(answered)


# --- Not interviews ----------------------------------------------------------------------------


def test_a_quiz_whose_questions_offer_lettered_options_is_no_interview():
    quiz = doc(
        "Homework for grown-ups\n\n1. Cardiff is the capital of which country?\n\n"
        "a) Scotland b) Ireland c) Wales d) Cornwall\n\n2. What is a puffball?\n\n"
        "a) A bird b) A fungus c) A pastry d) A knot\n\n3. How many sides has an octagon?\n\n"
        "a) Six b) Seven c) Eight d) Ten\n\nAnswers: 1 c; 2 b; 3 c\n"
    )
    assert not quiz.questions
    # One answer opening with "a)" among ordinary ones leaves an interview one.
    interview = doc(
        f"Interview\n\n1. Why boats?\n\na) because my father sailed, b) because I can't swim. "
        f"{LONG}\n\n2. And the ferries?\n\n{LONG}\n\n3. What next?\n\n{LONG}\n"
    )
    assert [q.heading for q in interview.questions] == ["Why boats?", "And the ferries?",
                                                        "What next?"]


def test_a_guides_examples_after_a_one_word_label_are_no_questions():
    guide = doc(
        "Soorten interviewvragen\n\nEr zijn verschillende soorten vragen.\n\n"
        "Feitvragen\nBij een feitvraag is het antwoord te controleren.\n\n"
        "Voorbeelden:\nWanneer bent u begonnen?\nHoeveel mensen werken er?\n\n"
        "Meningvragen\nBij een meningvraag vraag je wat iemand zelf vindt.\n\n"
        "Voorbeelden:\nWat vindt u van het plan?\nWaarom denkt u dat?\n\n"
        "Gesloten vragen\nEen gesloten vraag heeft maar een paar antwoorden.\n\n"
        "Voorbeelden:\nHeeft u een rijbewijs?\nVond u het leuk?\n"
    )
    assert not guide.questions
    # Named turns answered by a named guest stay an interview, whatever they talk about.
    interview = doc(
        "Over vragen\n\nKrant: Welke vraag hoort u het vaakst? En welke nooit?\n\n"
        f"Marin: Waarom ik schrijf. Vragen over vragen krijg ik nooit. {LONG}\n\n"
        "Krant: Welke vraag zou u willen krijgen? Of liever niet?\n\n"
        f"Marin: Geen enkele vraag, eigenlijk. {LONG}\n"
    )
    assert len(interview.questions) == 2


# --- Turns glued into one paragraph ------------------------------------------------------------


def test_a_transcripts_q_and_a_glued_into_paragraphs_are_split_again():
    document = doc(
        "Overheard in court\n\n“Tea party”\nQ. What was going to happen at the inn?\n"
        "A. There was a party.\nQ. What's that?\nA. A tea party for girls.\n"
        "Q. Was there a scarf?\nTHE COURT: Was there a what?\nMS. GRANT: A feather scarf.\n\n"
        "“House rules”\nQ. Do you understand the instructions?\nA. Yes.\n"
    )
    assert [q.heading for q in document.questions] == [
        "What was going to happen at the inn?", "What's that?", "Was there a scarf?",
        "Do you understand the instructions?",
    ]
    assert "MS. GRANT: A feather scarf." in [b.text for b in document.blocks]
    # "Plan A. Then…" and a lone "Q." in prose are no turns.
    prose = doc(
        "Plans\n\nWe had a plan A. Then plan B failed too, and the manager asked what\n"
        "the Q. stood for in the old reports. Nobody knew. A. Smith said it meant quarter.\n"
    )
    assert len(prose.blocks) == 2 and not prose.questions


def test_a_question_and_its_answer_in_one_paragraph_are_told_apart():
    bold = doc(
        "# Entretien\n\n**Pourquoi continuer ?** Ma commune, je la connais par cœur.\n\n"
        "**Ce rôle est-il plus ingrat ?** Il est plus difficile, en tout cas.\n\n"
        "**Vous vous êtes plaint de votre traitement...** Je maintiens ce que j'ai dit.\n",
        markdown=True,
    )
    assert [q.heading for q in bold.questions] == [
        "Pourquoi continuer ?", "Ce rôle est-il plus ingrat ?",
        "Vous vous êtes plaint de votre traitement...",
    ]
    quoted = doc(
        "Interviste\n\nCome nasce il disco? ''Da un anno in campagna, lontano da tutto''.\n\n"
        "C'è un filo tra i brani? ''Sì, il ritorno a casa''.\n\n"
        "Hai dei concerti? ''Sì, in primavera''.\n"
    )
    assert [q.heading for q in quoted.questions] == [
        "Come nasce il disco?", "C'è un filo tra i brani?", "Hai dei concerti?",
    ]
    # A reporter's quotation the narrative goes on after is no answer to split off.
    reported = doc(
        "Flood wall\n\nWhy now? \"Because the river rises,\" said the mayor on the quay.\n\n"
        "Will it be ready? \"Nobody can promise that,\" the engineer admitted.\n\n"
        "In time? \"Maybe,\" said the clerk.\n"
    )
    assert len(reported.blocks) == 4 and not reported.questions
    # A single bold opening is an article's lead-in, not a question.
    article = doc(
        f"# Le port\n\n**Pourquoi un port ?** {LONG}\n\n{LONG}\n\n{LONG}\n", markdown=True
    )
    assert not article.questions


def test_a_question_and_its_answer_on_the_next_line_are_told_apart():
    document = doc(
        "Bate-bola com a Lia\n\nLia respondeu às nossas perguntas.\n\n"
        "O que nunca falta na sua bolsa?\nUm caderno.\n\n"
        "Qual o seu truque para acalmar a sobrinha?\nCanto desafinado.\n\n"
        "Em qual esporte você se sai melhor?\nNenhum.\n\n"
        "Para onde gostaria de viajar agora?\nPara casa.\n\n"
        "Qual a melhor companhia no estúdio?\nO técnico de som.\n"
    )
    assert [q.heading for q in document.questions] == [
        "O que nunca falta na sua bolsa?", "Qual o seu truque para acalmar a sobrinha?",
        "Em qual esporte você se sai melhor?", "Para onde gostaria de viajar agora?",
        "Qual a melhor companhia no estúdio?",
    ]
    # A line break inside one paragraph (a web page's <br>, Markdown's hard break) too.
    broken = doc(
        "# Bate-bola\n\nPerguntas rápidas.\n\nQual o truque?  \nCanto.\n\nUma cor?  \nVerde.\n\n"
        "Uma mania?  \nRoer a caneta.\n\nUm livro?  \nO Alienista.\n\nUm lugar?  \nLisboa.\n",
        markdown=True,
    )
    assert [q.heading for q in broken.questions] == [
        "Qual o truque?", "Uma cor?", "Uma mania?", "Um livro?", "Um lugar?",
    ]
    # Hard-wrapped prose whose paragraphs hold a question mid-way stays prose.
    prose = doc(
        "The harbour\n\nWhy would anyone build there? Nobody in the village could say,\n"
        "and the council never answered the letters.\n\nWhat did the fishermen think? They\n"
        "said nothing at all, as fishermen do.\n"
    )
    assert not prose.questions


def test_a_questionnaire_answered_line_by_line_to_the_end_is_an_interview():
    document = doc(
        "Preguntes molt personals\n\nQuin és el seu racó preferit?\n\nEl pont vell.\n\n"
        "Què canviaria del poble?\n\nLes presses.\n\nQui li agradaria conèixer?\n\n"
        "Cap en concret.\n\nDéu existeix?\n\nNo ho sé.\n\nEl millor viatge?\n\nIslàndia.\n"
    )
    assert len(document.questions) == 5
    # One answer running to a second paragraph does not break the rhythm.
    longer = doc(
        "Perguntas\n\nPraia ou serra?\n\nSerra.\n\nUma cor?\n\nVerde.\n\nUma mania?\n\n"
        "Roer a caneta.\n\nNão conto a ninguém.\n\nUm livro?\n\nO Alienista.\n\n"
        "Um lugar?\n\nLisboa.\n"
    )
    assert len(longer.questions) == 5
    # Four such pairs, answered in no person, are not enough to tell a questionnaire.
    short = doc(
        "Quiz\n\nQuin és el riu més llarg?\n\nEl Nil.\n\nQuina és la capital?\n\nRoma.\n\n"
        "Quants ossos tenim?\n\nDos-cents sis.\n\nQuin planeta és més a prop?\n\nMercuri.\n"
    )
    assert not short.questions


# --- Titles ------------------------------------------------------------------------------------


def test_a_date_split_over_lines_under_the_headline_is_no_title():
    document = doc(
        "Bate-bola com a Lia\n\nJul\n\n19\n\nComo vocês sabem, a Lia está gravando um disco.\n"
    )
    assert document.title == "Bate-bola com a Lia"
    assert doc("1984\n\nA novel in three parts, and the film after it.\n").title == "1984"


def test_previous_and_next_links_and_a_dated_reader_line_stand_above_no_headline():
    document = doc(
        "VRAAG EN ANTWOORD 31-60\n\nVorige V&A (1-30)\n\nVolgende V&A (61-90)\n\n"
        "60. Sanne K., 3 maart 2001\n\nV: Schrijft u met de hand?\n\nA: Op de computer.\n\n"
        "V: Leest u recensies?\n\nA: Niet meer.\n"
    )
    assert document.title == "VRAAG EN ANTWOORD 31-60"
    # A short line that is no link, above the headline, is the site's name as before.
    site = doc("Vorig jaar\n\nDe haven van Andijk\n\nDe veerboot vaart weer sinds maart.\n")
    assert site.title == "De haven van Andijk"


def test_a_papers_name_above_a_headline_with_its_byline_is_not_the_title():
    document = doc(
        "# The Eastside Echo\n\n## A conversation with our new librarian\n\n"
        "By Sam Whitaker, staff writer\n\n**Echo:** Where did you work before?\n\n"
        "**Mr. Adeyemi:** At the public library downtown.\n",
        markdown=True,
    )
    assert document.title == "A conversation with our new librarian"
    # Without a byline under it, the second heading is the first section of the document.
    report = doc("# Annual report\n\n## Introduction\n\nThe year began well.\n", markdown=True)
    assert report.title == "Annual report"


def test_a_dash_turn_glued_under_the_one_before_it_is_a_turn_of_its_own():
    document = doc(
        "Punto y seguido\n\n—Vaya, trae usted un cuestionario. Lo prefiero así, "
        "porque así uno sólo tiene que pensar la mitad de lo que dice.\n\n—¿Por qué?\n\n"
        "—Porque cuando el entrevistador no sabe qué preguntar, el entrevistado piensa por "
        "los dos, y eso cansa mucho más que escribir un cuento entero.\n\n"
        "—La entrevista que le hizo Ortiz en\nla Revista del Sur es extraordinaria...\n"
        "—Sí, lo es. Pocas veces uno puede pensar su propio trabajo con un lector atento, "
        "que además sabe escuchar lo que uno no dice.\n"
    )
    assert "—Sí, lo es." in [b.text[:11] for b in document.blocks]
    # A dash inside a sentence of such a text ("… el pueblo — Ortiz lo sabe — …") stays.
    inside = doc(
        "Notas\n\n—Primero.\n\n—Segundo.\n\n—Tercero, y el pueblo — Ortiz lo sabe — calla.\n"
    )
    assert inside.blocks[-1].text == "—Tercero, y el pueblo — Ortiz lo sabe — calla."
