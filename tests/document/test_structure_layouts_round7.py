"""Layout rules found in the seventh round's real pages (hearings, radio and podcast
transcripts, written interviews, FAQs, worksheets, recipes), each with a document it must
catch and one it must not."""

from __future__ import annotations

from reader.document.model import BlockKind, DocumentKind

from .test_structure_layouts import CORPUS, asked, doc

LONG = (
    "We started with one boat and a folding table on the quay, and for two summers we sold "
    "tickets from a biscuit tin before the council gave us a proper office by the pier."
)
LARGO = (
    "Empecé en un teatro de barrio con doce años, y desde entonces no he dejado de subir a un "
    "escenario, aunque fuera para barrer las tablas antes de la función."
)


# --- Labels on every line of a paragraph -------------------------------------------------------


def test_a_label_on_every_line_of_a_paragraph_splits_it_into_turns():
    document = doc(
        "Lina Reyes vuelve a Lorca\n\nPor Marta Gil\n\n"
        "ENTREVISTADORA. ¿Qué recuerda de su primera función?\n"
        f"LINA REYES. {LARGO}\n"
        "ENTREVISTADORA. ¿Y por qué tardó tanto en volver?\n"
        "LINA REYES. Por respeto. O por miedo, que a veces es lo mismo.\n"
    )
    assert asked(document) == [
        ("ENTREVISTADORA", "¿Qué recuerda de su primera función?"),
        ("ENTREVISTADORA", "¿Y por qué tardó tanto en volver?"),
    ]
    # A label inside one line of prose is no turn: the paragraph stays whole.
    prose = doc(
        "Notes from the quay\n\nThe ferry left at nine. BOATS. That was the sign.\n"
        "We waited anyway, and nobody asked why.\nThe harbour master shrugged.\n"
    )
    assert prose.questions == ()
    assert any("BOATS. That was the sign." in block.text for block in prose.blocks)


def test_a_transcripts_padded_labels_on_every_line_are_turns():
    document = doc(
        "A transcript, with our notes\n\nBelow is part of a direct examination.\n\n"
        "WITNESS   :       My son and my wife were at home.\n"
        "Q      :       What were you and your son doing then?\n"
        "A      :       Watching the television.\n"
        "Q      :       Where was your son seated?\n"
        "A      :       At the far end of the sofa.\n"
    )
    assert asked(document) == [
        ("Q", "What were you and your son doing then?"), ("Q", "Where was your son seated?"),
    ]


def test_a_question_label_and_an_answer_label_on_two_lines_split_even_without_a_question_mark():
    document = doc(
        "Intervista via mail\n\nD. Come è nato il romanzo?\nR. Da una fotografia di mia nonna.\n\n"
        "D. Un consiglio a chi comincia.\nR. Finire le cose, anche quelle brutte.\n"
    )
    assert asked(document) == [
        ("D", "Come è nato il romanzo?"), ("D", "Un consiglio a chi comincia."),
    ]
    # A single initial before a name in an article is no question label.
    article = doc(
        f"Il premio\n\nD. Ferraris ha vinto il premio.\n\n{LONG}\n\nD. Ferraris ringrazia.\n\n"
        f"{LONG}\n"
    )
    assert article.questions == ()


# --- Speakers ----------------------------------------------------------------------------------


def test_titled_names_closed_by_a_period_are_a_hearings_speakers():
    document = doc(
        "Hearing of the Subcommittee\n\nMr. Lindqvist. The meeting will come to order.\n\n"
        "Ms. Harlow. Thank you, Mr. Chairman.\n\n"
        "Mr. Santos. How many members would sit on the committee?\n\n"
        f"Ms. Harlow. Twelve. {LONG}\n\nMr. Santos. And who appoints them?\n\n"
        f"Ms. Harlow. The leaders of both parties. {LONG}\n"
    )
    assert ("Mr. Santos", "How many members would sit on the committee?") in asked(document)
    # A title and a name closing a sentence once is prose.
    article = doc(
        f"The new clerk\n\nWe met the new clerk, Mr. Santos. He had questions too?\n\n{LONG}\n"
    )
    assert all(q.speaker == "" for q in article.questions)


def test_a_role_closed_by_a_period_before_a_quoted_turn_is_a_trial_records_speaker():
    document = doc(
        'THE ART OF CROSS-EXAMINATION\n\nCounsel. "Are you sure you said it?"\n\n'
        f'Witness. "I am not sure. {LONG}"\n\nCounsel. "At what hour did it happen?"\n\n'
        f'Witness. "About six o\'clock. {LONG}"\n'
    )
    assert asked(document) == [
        ("Counsel", '"Are you sure you said it?"'), ("Counsel", '"At what hour did it happen?"'),
    ]
    # A word closing a sentence before a quotation, once, is prose.
    article = doc(f'Notes\n\nWe went home. "Why?" she asked.\n\n{LONG}\n')
    assert all(q.speaker == "" for q in article.questions)


def test_a_role_with_the_speakers_name_in_brackets_is_shown_by_the_role():
    document = doc(
        "Radio Vecinal\n\nLOCUTOR (Andrés Pino): ¿Qué cambia en la biblioteca?\n\n"
        f"INVITADA (Rosa Campos): {LARGO}\n\nLOCUTOR (Andrés Pino): ¿Y hace falta carné?\n\n"
        f"INVITADA (Rosa Campos): No. {LARGO}\n"
    )
    assert asked(document) == [
        ("LOCUTOR", "¿Qué cambia en la biblioteca?"), ("LOCUTOR", "¿Y hace falta carné?"),
    ]
    # A bracket before a colon once is a line of the article, not a speaker.
    article = doc(f"Horario\n\nBiblioteca (planta baja): abierta los sábados.\n\n{LARGO}\n")
    assert article.questions == ()


def test_a_name_with_a_timestamp_on_the_line_above_the_turn_is_the_speaker():
    document = doc(
        "Guest List\n\nRob Keller 00:00:46\nHow do you choose a guest?\n\n"
        f"Carla Nunes 00:00:52\n{LONG}\n\nRob Keller 00:01:10\nWhat do you send them?\n\n"
        f"Carla Nunes 00:01:14\nA one-page sheet. {LONG}\n"
    )
    assert asked(document) == [
        ("Rob Keller", "How do you choose a guest?"), ("Rob Keller", "What do you send them?"),
    ]
    # A time after a capitalised phrase, once, is no speaker.
    article = doc(f"Timetable\n\nFirst Ferry 06:40\nThen every hour.\n\n{LONG}\n")
    assert all(q.speaker == "" for q in article.questions)


def test_a_group_named_in_lower_case_words_asks_when_it_recurs():
    document = doc(
        "Miniteste ao Coordenador\n\nClube de leitura: Há quanto tempo coordena a biblioteca?\n\n"
        "Prof. Augusto: Coordeno há seis anos e comecei a feira do livro.\n\n"
        "Clube de leitura: Então, gosta da iniciativa?\n\n"
        "Prof. Augusto: Gosto muito, traz as famílias à escola.\n"
    )
    assert asked(document) == [
        ("Clube de leitura", "Há quanto tempo coordena a biblioteca?"),
        ("Clube de leitura", "Então, gosta da iniciativa?"),
    ]
    # Once, such a line is a headline: "Intervista all'autore: Italo Rinaldi".
    headline = doc((CORPUS / "it-domande-senza-numeri-righe.txt").read_text(encoding="utf-8"))
    assert headline.title == "Intervista all'autore: Italo Rinaldi"


def test_a_turn_number_set_apart_from_its_period_is_no_part_of_the_name():
    document = doc(
        "Intervista alla sindaca\n\n3. Giornalista: Quali sono le tue proposte?\n\n"
        "Sindaca: Un orto e una biblioteca di classe.\n\n4. Giornalista: Come le realizzerai?\n\n"
        "Sindaca: Con l'aiuto di tutti.\n\n5 . Giornalista: Chi è il vicesindaco?\n\n"
        "Sindaca: Marco, della quinta B.\n"
    )
    assert [q.speaker for q in document.questions] == ["Giornalista"] * 3
    assert document.questions[-1].heading == "Chi è il vicesindaco?"


# --- What opens and what is no answer ----------------------------------------------------------


def test_a_hosts_welcome_presenting_the_guest_is_no_question_but_one_handing_over_is():
    opening = doc(
        "Episode 42\n\n[00:00:04] Hannah: Welcome back to Small Plots. Today I'm on a roof with "
        "Tom, who keeps six hives above a car park.\n\n[00:00:15] Tom: Seven now, actually. One "
        "swarmed into a new box last week.\n\n"
        f"[00:00:20] Hannah: How did you get started?\n\n[00:00:26] Tom: {LONG}\n\n"
        f"[00:01:02] Hannah: Do the bees find enough to eat?\n\n[00:01:07] Tom: {LONG}\n"
    )
    assert [q.heading for q in opening.questions] == [
        "How did you get started?", "Do the bees find enough to eat?",
    ]
    handing_over = doc(
        "Episode 31\n\nDana: Welcome back to Small Plots. My guest grows her vegetables on a "
        f"balcony. Ruth, welcome.\n\nRuth: Thanks. {LONG}\n\nDana: Where does somebody start?\n\n"
        f"Ruth: {LONG}\n\nDana: And the containers?\n\nRuth: {LONG}\n"
    )
    assert len(handing_over.questions) == 3


def test_questions_over_lines_to_write_on_are_a_worksheet():
    worksheet = doc(
        "Worksheet 4\n\nRead the interview on page 12, then answer in full sentences.\n\n"
        "1. Who is the lighthouse keeper?\n\n______________________\n\n"
        "2. Why did she choose this job?\n\n______________________\n\n"
        "3. What does she miss most?\n\n______________________\n"
    )
    assert worksheet.questions == ()
    # Its lines to write on lost (a Word file has no rule), the numbered questions follow
    # each other: none answers the one before it.
    lost = doc(
        "Worksheet 4\n\nRead the interview on page 12, then answer in full sentences.\n\n"
        "1- Who is the lighthouse keeper?\n\n2- Why did she choose this job?\n\n"
        "3- What does she miss most?\n\n4- Would you do her job? Why or why not?\n\n"
        "Extension: write two more questions you would like to ask her.\n"
    )
    assert lost.questions == ()
    answered = doc(
        "Five questions\n\n1. Who is the lighthouse keeper?\n\n"
        f"{LONG}\n\n2. Why did she choose this job?\n\n{LONG}\n\n"
        f"3. What does she miss most?\n\n{LONG}\n"
    )
    assert len(answered.questions) == 3


def test_an_advert_marker_between_a_question_and_its_answer_stands_aside():
    document = doc(
        "Realschüler reisen nach Hamburg\n\nFährt die ganze Redaktion mit?\n\nANZEIGE\n\n"
        "Petra Wendt: Nur sechs dürfen mit, mehr Plätze gibt es nicht.\n\n"
        "Wie haben die Schüler reagiert?\n\nWendt: Sie haben sich riesig gefreut.\n\n"
        "Sind sie nervös?\n\nWendt: Ein bisschen wohl schon, wie jedes Jahr.\n"
    )
    assert [q.heading for q in document.questions] == [
        "Fährt die ganze Redaktion mit?", "Wie haben die Schüler reagiert?", "Sind sie nervös?",
    ]
    # "Anzeige" in a sentence is a word like any other.
    line = doc(f"Die Anzeige\n\nDie Anzeige erschien am Montag. Wer hat sie bezahlt?\n\n{LONG}\n")
    assert all(block.text != "ANZEIGE" for block in line.blocks)


# --- FAQs, recipes, numbered lists -------------------------------------------------------------


def test_a_plain_text_faqs_group_name_above_its_first_question_is_a_heading():
    document = doc(
        (CORPUS / "de-faq-versand-gruppen.txt").read_text(encoding="utf-8")
    )
    headings = [q.heading for q in document.questions]
    assert "Welche Versandarten gibt es? Gibt es Express?" in headings
    assert any(b.kind is BlockKind.HEADING and b.text == "Versand" for b in document.blocks)
    # A question's number on the line above it is no group: "Question 2".
    numbered = doc(
        "A painter at sixty\n\nQuestion 1\nWhat did you do before?\nI kept the books.\n\n"
        "Question 2\nWhen did you start to paint?\nAt sixty, after I retired.\n"
    )
    assert not any(b.kind is BlockKind.HEADING for b in numbered.blocks)


def test_a_numbered_topic_among_numbered_faq_questions_is_no_question():
    faq = doc(
        "FAQ\n\n1.Comment ouvrir un compte ?\n\nCliquez sur « Créer un compte ».\n\n"
        "2.Peut-on commander sans compte ?\n\nOui, en invité.\n\n"
        "3.Délais de préparation\n\nUn à trois jours ouvrés.\n\n"
        "4.Puis-je annuler une commande ?\n\nTant qu'elle n'est pas partie, oui.\n"
    )
    assert "Délais de préparation" not in [q.heading for q in faq.questions]
    assert len(faq.questions) == 3
    # A numbered request with its punctuation is a question put as a statement.
    interview = doc(
        "Dieci domande\n\n1- Chi sei?\n\nUn cantante.\n\n2- Dimmi il primo motivo…\n\n"
        "La musica.\n\n3- E il secondo?\n\nGli amici.\n"
    )
    assert "Dimmi il primo motivo…" in [q.heading for q in interview.questions]


def test_a_count_above_question_one_is_no_part_of_it():
    document = doc(
        "Um pouco de tudo\n\n20 Perguntas\n\n1- Por que você abandonou o blog?\n"
        "R: Ah, vou contar. Fui meditar numa casa na serra com um grupo.\n\n"
        "2- Não, agora fala sério.\nR: Tá bom, fui ao Nepal procurar o segredo dos livros.\n\n"
        "3- Qual é a sensação de voltar?\nR: Muito boa, eu estava com saudade de escrever aqui.\n"
    )
    assert document.questions[0].heading == "Por que você abandonou o blog?"
    # A numbered line that asks above question 1 stays a question of its own.
    asking = doc(
        "Quiz night\n\n0. Ready?\n\nYes, always.\n\n1. Who won?\n\nThe blue team.\n\n"
        "2. By how much?\n\nTwo points.\n"
    )
    assert "Ready?" in [q.heading for q in asking.questions]


def test_a_recipes_question_headings_among_its_lists_are_no_interview():
    recipe = doc(
        "# Slow-roast turkey\n\nA dry brine is the easiest way.\n\n## Ingredients\n\n"
        "- 1 turkey\n- 60 g salt\n- zest of 2 oranges\n\n## Why dry-brine?\n\n"
        "Salt on the skin does the work of a bucket.\n\n## Method\n\n1. Rub in the salt.\n"
        "2. Leave it uncovered.\n3. Roast slowly.\n\n## Can I stuff it?\n\nYou can.\n",
        markdown=True,
    )
    assert recipe.questions == ()
    assert recipe.kind is not DocumentKind.INTERVIEW
    # A PDF keeps the ingredients as the lines of one item, and leaves a stray number.
    as_pdf = doc(
        "# Slow-roast turkey\n\nA dry brine is the easiest way.\n\n## Ingredients\n\n"
        "- 1 turkey\\\n60 g salt\\\nzest of 2 oranges\n\n## Why dry-brine?\n\n"
        "Salt on the skin does the work of a bucket.\n\n## Method\n\n1. Rub in the salt.\n"
        "2. Leave it uncovered.\n\n3.\n\n- Roast slowly.\n\n## Can I stuff it?\n\nYou can.\n",
        markdown=True,
    )
    assert as_pdf.questions == ()
    # Question headings over prose stay an interview's questions.
    interview = doc(
        f"# The baker\n\n## Why bread?\n\n{LONG}\n\n## Why so early?\n\n{LONG}\n\n"
        f"## What next?\n\n{LONG}\n",
        markdown=True,
    )
    assert len(interview.questions) == 3


# --- Tables, several guests, interviews on interviewing ----------------------------------------


def test_a_table_rows_turn_is_the_cell_after_the_name_not_the_legend_it_ran_into():
    document = doc(
        "Kinderverslaggever Noor\n\nNoor | Hoe lang waren jullie onderweg? | |\n\n"
        f"AJ | {LONG} | |\n\nNoor | Hoe vaak trainen jullie? | |\n\nAJ | Drie keer per week, "
        "altijd anderhalf uur. | |\n\nNoor | Super, heel erg bedankt voor het interview! | "
        "AJ Ajax O13 In het interview: teamleden van de O13\n"
    )
    assert [q.heading for q in document.questions] == [
        "Hoe lang waren jullie onderweg?", "Hoe vaak trainen jullie?",
    ]


def test_guests_each_named_once_answer_the_unlabelled_questions():
    document = doc(
        "Q&A with the cast\n\nHow did the two of you meet?\n\n"
        f"Dana Whitfield: {LONG}\n\nOmar, what drew you to the role?\n\n"
        f"Omar Seddik: The silence. {LONG}\n\nWas the ending always this open?\n\n"
        "Dana Whitfield: No. We shot three endings and kept the quietest.\n"
    )
    assert [q.heading for q in document.questions] == [
        "How did the two of you meet?", "Omar, what drew you to the role?",
        "Was the ending always this open?",
    ]
    # Names used once in an article's quotes are no guests.
    article = doc(
        "The festival\n\nWho came this year?\n\nSam Reyes: the director, for one evening.\n\n"
        f"{LONG}\n\nAnd the weather?\n\n{LONG}\n"
    )
    assert all(q.speaker == "" for q in article.questions)
    assert "Sam Reyes: the director, for one evening." not in [
        q.heading for q in article.questions
    ]


def test_an_interview_on_interviewing_whose_guest_tells_her_own_way_is_no_guide():
    interview = doc(
        "Ulrike Sandmann über das Fragen\n\nWas macht ein Interview aus?\n\n"
        "Im Interview stellt einer die Fragen, und ich höre vor allem zu.\n\n"
        "Was ist die Aufgabe eines guten Interviews?\n\n"
        "Es soll Nachrichten liefern. Meine Fragen bereite ich zwei Tage vorher vor.\n\n"
        "Wann haken Sie nach?\n\nWenn eine Antwort an der Frage vorbeigeht, frage ich noch "
        "einmal.\n"
    )
    assert len(interview.questions) == 3
    # A guide talking its reader through the questions stays a guide ("je" is the reader).
    guide = doc(
        "# De vragen van elk sollicitatiegesprek\n\n## Waarom solliciteer je bij ons?\n\n"
        "Waarom ze dit vragen: weet je wat het bedrijf doet?\n\n## Wat zijn je zwakke punten?\n\n"
        "Waarom ze dit vragen: ken je jezelf?\n\n## Waar zie je jezelf over vijf jaar?\n\n"
        "Waarom ze dit vragen: wil je groeien?\n",
        markdown=True,
    )
    assert guide.questions == ()


def test_two_plain_questions_after_an_introduction_announcing_the_interview_are_questions():
    document = doc(
        "Anna Ferraro: i ragazzi chiedono esempi\n\n"
        "Il settimanale intervista la figlia del sindacalista ucciso nel porto di Genova.\n\n"
        "Ogni anno la ricorrenza è diventata un momento di incontro.\n\n"
        "Che cosa significa parlare di coraggio ai ragazzi?\n\n"
        "Moltissima fiducia. Vedo ogni anno studenti che vogliono capire e non solo ricordare, "
        "e questo mi dà speranza.\n\nCome li incontra?\n\n"
        "Nelle scuole, soprattutto. Portiamo le lettere di mio padre e le leggiamo insieme.\n"
    )
    assert [q.heading for q in document.questions] == [
        "Che cosa significa parlare di coraggio ai ragazzi?", "Come li incontra?",
    ]
    # Without the announcement, two questions put to nobody are an essay's.
    essay = doc(
        "Il coraggio\n\nOgni anno la ricorrenza è diventata un momento di incontro.\n\n"
        "Che cosa significa parlare di coraggio ai ragazzi?\n\n"
        "Significa dare loro esempi, non prediche, e lasciare che trovino le parole da soli, "
        "come abbiamo fatto noi.\n\nCome si incontrano?\n\n"
        "Nelle scuole, soprattutto, dove le lettere si leggono insieme.\n"
    )
    assert essay.questions == ()


def test_a_standfirst_that_asks_right_above_the_first_question_is_the_introduction():
    document = doc(
        "Hana Kořínková: Raději se ptám\n\n15. listopadu 2024\n\n"
        "Třicet let hraje v divadle. Pět let vede živý pořad. Jak se jí sedí na druhé straně?\n\n"
        "V jaké roli je vám lépe, v té, která se ptá?\n\n"
        "Upřímně? Nejraději bych si to s vámi vyměnila, rozhovorů jsem dala hodně.\n\n"
        "Máte způsob, jak se hostovi dostat pod kůži?\n\n"
        "V rozhlase mám výhodu: pořad běží živě a host se otevře jinak.\n\n"
        "Kdo by byl váš vysněný host?\n\nMoje babička, na mnoho věcí jsem se nezeptala.\n"
    )
    assert [q.heading for q in document.questions] == [
        "V jaké roli je vám lépe, v té, která se ptá?",
        "Máte způsob, jak se hostovi dostat pod kůži?", "Kdo by byl váš vysněný host?",
    ]
    # A question left unanswered inside the interview stays one.
    inside = doc(
        "Entrevista\n\n¿Dónde nació?\n\nEn Cádiz, junto al mar, en una casa blanca.\n\n"
        "¿Con qué personaje se quedó?\n\n¿Recuerda el primero?\n\n"
        "Paulina y las estrellas, un cuento que leí cien veces.\n\n¿Y hoy?\n\n"
        "Hoy escribo menos y leo más, por las mañanas.\n"
    )
    assert "¿Con qué personaje se quedó?" in [q.heading for q in inside.questions]


def test_a_speakers_initials_keep_their_periods_but_a_single_letter_does_not():
    document = doc(
        "À conversa com o guarda da escola\n\nJ.E.: Há quanto tempo trabalha na escola?\n\n"
        f"J.M.: Vinte e dois anos. {LARGO}\n\nJ.E.: O que mudou desde então?\n\n"
        f"J.M.: Os telemóveis. {LARGO}\n"
    )
    assert {speaker for speaker, _ in asked(document)} == {"J.E."}
    single = doc(
        f"Fieldwork\n\nH.: Do you know them?\n\nA.: {LONG}\n\nH.: And at the chapel?\n\n"
        f"A.: {LONG}\n"
    )
    assert {speaker for speaker, _ in asked(single)} == {"H"}
