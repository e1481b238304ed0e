"""Layout rules found in the sixth round's real pages (school papers, podcasts, film Q&As,
Polish sports interviews, guides), each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import BlockKind, DocumentKind

from .test_structure_layouts import asked, doc

LONG = (
    "We started with one boat and a folding table on the quay, and for two summers we sold "
    "tickets from a biscuit tin before the council gave us a proper office by the pier."
)
LANG = (
    "Od lipca nadzoruję kursy trenerskie w całym województwie i jeżdżę na zajęcia w "
    "każdym okręgu, żeby zobaczyć, jak pracują młodzi trenerzy."
)


# --- A question for a title ----------------------------------------------------------------------


def test_a_guide_titled_with_a_question_is_no_interview_for_its_one_example_exchange():
    guide = doc(
        "¿Cómo transcribir las preguntas?\n\n"
        + "\n\n".join([LONG] * 4)
        + "\n\nVeamos un ejemplo:\n\nENTREVISTADORA. ¿Qué momento recuerda con más cariño?\n\n"
        f"MARINA SOTO. {LONG}\n\n{LONG}\n"
    )
    assert guide.questions == ()
    # A question for a title answered like the questions after it still opens the interview.
    interview = doc(f"Pourquoi ce métier ?\n\n{LONG}\n\nEt ensuite ?\n\n{LONG}\n")
    assert [q.heading for q in interview.questions] == ["Pourquoi ce métier ?", "Et ensuite ?"]


# --- Labels ------------------------------------------------------------------------------------


def test_initials_set_straight_against_the_turn_label_it_on_lines_of_one_paragraph():
    document = doc(
        "Intervista alle nuove direttrici\n\nCominciamo da Giulia.\nI:Che sport pratichi?\n"
        "G:Gioco a basket da cinque anni e mi diverte molto.\nI:Dove ti alleni?\n"
        "G:Con la mia squadra, nella palestra comunale.\nI:Perché scrivi?\n"
        "G:Mi è sempre piaciuto.\n"
    )
    assert asked(document) == [
        ("I", "Che sport pratichi?"), ("I", "Dove ti alleni?"), ("I", "Perché scrivi?"),
    ]
    # A word against a colon is no label: an address, a ratio, a time.
    prose = doc(
        "Notes\n\nWrite to Info:Desk about it. The score was 3:1, so why not?\n\n"
        f"{LONG}\n\nThe meeting is at 10:30. Who comes?\n\n{LONG}\n"
    )
    assert all(q.speaker == "" for q in prose.questions)


def test_a_name_with_what_they_are_after_a_comma_is_the_same_speaker():
    document = doc(
        "Trener opowiada\n\nMarek Wolny, Sport24: Jak pan przyjmuje pochwały?\n\n"
        f"Adam Nowicki, trener Olimpii: - {LANG}\n\nMarek Wolny: A kogo pan szanuje?\n\n"
        f"Adam Nowicki: - {LANG}\n\nMarek Wolny: Ile kosztował punkt?\n\nAdam Nowicki: - {LANG}\n"
    )
    assert asked(document) == [
        ("Marek Wolny, Sport24", "Jak pan przyjmuje pochwały?"),
        ("Marek Wolny", "A kogo pan szanuje?"),
        ("Marek Wolny", "Ile kosztował punkt?"),
    ]
    # A dateline's place and date before a colon opens no turn.
    article = doc(
        f"Notes\n\nParis, le 3 mai: {LONG} Why?\n\n{LONG}\n\nLyon, le 4 mai: {LONG}\n"
    )
    assert article.questions == ()


def test_a_timestamp_in_brackets_stays_with_its_speaker_and_a_hosts_welcome_asks_nothing():
    document = doc(
        "Les voix du marché\n\n"
        "(00:00:03) Camille : Bonjour, bienvenue dans Les voix du marché. Aujourd'hui je suis "
        "avec Joseph, maraîcher depuis trente ans.\n\n(00:00:12) Joseph : Trente-deux. Bonjour.\n\n"
        "(00:00:15) Camille : Qu'est-ce qui a changé ?\n\n"
        f"(00:00:19) Joseph : {LONG}\n\n(00:01:05) Camille : Vous en vivez ?\n\n"
        f"(00:01:09) Joseph : {LONG}\n"
    )
    assert asked(document) == [
        ("Camille", "Qu'est-ce qui a changé ?"), ("Camille", "Vous en vivez ?"),
    ]
    # A host's opening that asks is a question, welcome or not.
    asking = doc(
        "Show\n\nCamille : Bienvenue ! Vous êtes prêt ?\n\nJoseph : Oui.\n\n"
        f"Camille : Qu'est-ce qui a changé ?\n\nJoseph : {LONG}\n\nCamille : Et demain ?\n\n"
        f"Joseph : {LONG}\n"
    )
    assert asked(asking)[0] == ("Camille", "Bienvenue ! Vous êtes prêt ?")


# --- Answers marked, questions not -------------------------------------------------------------


def test_dashed_answers_make_the_paragraphs_before_them_questions_even_without_a_mark():
    document = doc(
        "Szkolenie młodzieży\n\nJest pan koordynatorem. Co jeszcze pan robi?\n\n"
        f"– {LANG}\n\nProszę wyjaśnić, co znaczy ten nadzór.\n\n– {LANG}\n\n"
        f"Czy kadry są potrzebne?\n\n– {LANG}\n"
    )
    assert [q.heading for q in document.questions] == [
        "Jest pan koordynatorem. Co jeszcze pan robi?",
        "Proszę wyjaśnić, co znaczy ten nadzór.",
        "Czy kadry są potrzebne?",
    ]
    # Dashed quotes in an article, the paragraphs before them statements: no interview.
    article = doc(
        f"Mecz\n\nTrener był zadowolony po meczu.\n\n– {LANG}\n\nKapitan mówił podobnie.\n\n"
        f"– {LANG}\n\nKibice czekali do końca.\n\n– {LANG}\n"
    )
    assert article.questions == ()
    assert article.kind is not DocumentKind.INTERVIEW


# --- Numbers glued to the answer before them ----------------------------------------------------


def test_a_next_questions_number_glued_after_an_answers_period_opens_that_question():
    document = doc(
        "Otto domande\n\nEcco le domande:\n1) Qual e' stata la piu' lunga?\n"
        "Sei ore in cucina.\n2) E quella piu' breve?\n"
        "Quattro minuti in ascensore.3) Il personaggio piu' divertente?\n"
        "Un attore che rispondeva in rima.4) Quello piu' noioso?\nPreferisco non dirlo.\n"
        "5) Quella da rifare?\nQuella alla mia maestra.\n6)quella da non rifare?\nNessuna.\n"
    )
    assert [q.heading for q in document.questions] == [
        "Qual e' stata la piu' lunga?", "E quella piu' breve?", "Il personaggio piu' divertente?",
        "Quello piu' noioso?", "Quella da rifare?", "quella da non rifare?",
    ]
    # The answer keeps its period: nothing is lost at the cut.
    assert document.answer_text(document.questions[1]) == "Quattro minuti in ascensore."
    # A number after a sentence that is not the next question's stays in the answer.
    counted = doc(
        "Tre domande\n\n1) Quanto dura?\nSei ore.10) Non so.\n2) E poi?\nPoco.\n"
        "3) Perche'?\nPerche' si.\n"
    )
    assert [q.heading for q in counted.questions] == ["Quanto dura?", "E poi?", "Perche'?"]


# --- A numbered question on the line above its answer --------------------------------------------


def test_numbered_lines_above_longer_answers_are_questions_even_when_they_ask_nothing():
    document = doc(
        "Interview Bram\n\nVorige week is het eindelijk gelukt.\n\n"
        f"1. Stel jezelf eens voor\nIk ben Bram. {LONG}\n\n"
        f"2. Vertel eens over je voetbalverleden.\nEven nadenken. {LONG}\n\n"
        "3. Wat is je mooiste moment?\nMijn eerste doelpunt, thuis tegen de buren.\n\n"
        "4. Wie is de grappigste speler?\nDat ben ik zelf natuurlijk!\n"
    )
    assert [q.heading for q in document.questions] == [
        "Stel jezelf eens voor", "Vertel eens over je voetbalverleden.",
        "Wat is je mooiste moment?", "Wie is de grappigste speler?",
    ]
    # Steps whose lines wrap evenly are a list, whatever their first line says.
    steps = doc(
        "Recipe\n\n1. Heat the oven to two hundred degrees and butter a deep dish\n"
        "while the potatoes boil in salted water for twenty minutes.\n\n"
        "2. Slice the potatoes thinly and lay them in the dish in rows\n"
        "with cream, garlic and a little nutmeg between the layers.\n\n"
        "3. Bake for forty minutes until the top is golden and crisp\n"
        "and the cream has thickened around the edges of the dish.\n"
    )
    assert steps.questions == ()
    assert [b.kind for b in steps.blocks].count(BlockKind.LIST_ITEM) == 3


# --- Several interviewers, names shortened -----------------------------------------------------


def test_each_short_interview_of_a_page_is_asked_by_its_own_reporter():
    document = doc(
        "Die Redaktion stellt sich vor\n\nKurzinterview mit Deniz (geführt von Ella)\n\n"
        "Ella: Wie gefällt dir das Wahlfach?\n\nDeniz: Sehr gut, besonders das Schreiben.\n\n"
        "Ella: Welche Sprachen sprichst du?\n\nDeniz: Deutsch und Kurdisch.\n\n"
        "Kurzinterview mit Mara (geführt von Tom)\n\n"
        "Tom: Wie findest du die Zeitung?\n\nMara: Spannend, nur die Farben sind grell.\n\n"
        "Tom: Welche Fremdsprache hast du?\n\nMara: Französisch, wegen des Klangs.\n"
    )
    assert asked(document) == [
        ("Ella", "Wie gefällt dir das Wahlfach?"), ("Ella", "Welche Sprachen sprichst du?"),
        ("Tom", "Wie findest du die Zeitung?"), ("Tom", "Welche Fremdsprache hast du?"),
    ]
    # A guest who asks back is answered by the interviewer, who asks: no second interviewer.
    back = doc(
        "Gespräch\n\nElla: Wie gefällt dir das Wahlfach?\n\nDeniz: Gut. Und dir?\n\n"
        "Ella: Auch. Welche Sprachen sprichst du?\n\nDeniz: Deutsch und Kurdisch.\n\n"
        "Ella: Was liest du gerade?\n\nDeniz: Einen Krimi aus Schweden.\n"
    )
    assert [speaker for speaker, _ in asked(back)] == ["Ella", "Ella", "Ella"]


def test_a_first_turn_named_in_full_is_the_speaker_of_its_initials_without_title_or_and():
    document = doc(
        "Nachwuchsreporter\n\nJakob und Emir: Haben Sie Lieblingsschüler?\n\n"
        "Prof. Weidinger: Ich bemühe mich, niemanden vorzuziehen.\n\n"
        "J & E: Welche Klasse mögen Sie am liebsten?\n\nW: Die 1C.\n\n"
        "J & E: Gibt es eine Sauna?\n\nW: Schön wäre es.\n\nJ & E: Und Ferien?\n\nW: Immer.\n"
    )
    assert asked(document)[0] == ("Jakob und Emir", "Haben Sie Lieblingsschüler?")
    # A lead-in used once whose initials no speaker uses stays part of the text.
    lead = doc(
        "Gespräch\n\nZum Schluss: Was bleibt?\n\nViel.\n\nJ & E: Welche Klasse?\n\nW: Die 1C.\n\n"
        "J & E: Eine Sauna?\n\nW: Schön wäre es.\n"
    )
    assert ("", "Zum Schluss: Was bleibt?") not in asked(lead)


def test_a_question_mark_on_a_line_of_its_own_ends_the_question_above_it():
    document = doc(
        "Bate-bola com a Lia\n\nA cantora respondeu a perguntas fora do comum.\n\n"
        "Qual o seu truque para acalmar a sobrinha?\nCanto desafinado, e ela ri na hora.\n\n"
        "Em qual esporte você se sai melhor?\nNenhum, sou péssima em todos eles.\n\n"
        "Praia ou serra\n?\nSerra, sempre! Gosto do frio e do silêncio.\n\n"
        "Para onde gostaria de viajar agora?\nPara o Japão, para ver as cerejeiras.\n"
    )
    assert "Praia ou serra ?" in [q.heading for q in document.questions]
    # A question mark inside a sentence of a hard-wrapped paragraph cuts nothing.
    prose = doc(
        "Notes\n\nWe asked ourselves whether it was worth it ? and went on\n"
        f"with the work anyway, as we always do.\n\n{LONG}\n"
    )
    assert prose.questions == ()


def test_a_transcripts_name_and_role_in_capitals_is_left_as_a_caption():
    document = doc(
        "Transcript\n\nDEREK HOLM, NEWS ANCHOR: Thousands will look for another way to work. "
        "Ann Reyes joins me from the port.\n\nANN REYES, FERRY OPERATOR: Thank you.\n\n"
        f"HOLM: Can the ferries carry everyone?\n\nREYES: {LONG}\n\n"
        f"HOLM: What should people do?\n\nREYES: {LONG}\n"
    )
    assert [q.heading for q in document.questions] == [
        "Can the ferries carry everyone?", "What should people do?",
    ]


# --- Plain "Question" and "Answer" words inside one paragraph -----------------------------------


def test_plain_question_and_answer_words_where_lines_broke_separate_the_turns():
    lines = doc(
        "Title\n\nSome words before we begin.\n\n"
        f"Question 1\nWhy did you start?\nAnswer\n{LONG}\n\n"
        f"Question 2\nHow did it go?\nAnswer\n{LONG}\n\nQuestion 3\nAnd now?\nAnswer\n{LONG}\n"
    )
    assert [q.heading for q in lines.questions] == [
        "Why did you start?", "How did it go?", "And now?",
    ]
    inline = doc(
        "Op het bankje\n\nDoor: Redactie\n\n"
        f"Fris weertje, hè? Waarom begon je? Antwoord: “{LONG}”\n\n"
        f"Hoe ging het? Antwoord: “{LONG}”\n\nEn nu? Antwoord: “{LONG}”\n"
    )
    assert [q.heading for q in inline.questions] == [
        "Fris weertje, hè? Waarom begon je?", "Hoe ging het?", "En nu?",
    ]
    # A quiz whose key follows each question in a few words is no interview.
    quiz = doc(
        "Pub quiz\n\nTen questions for the brave.\n\nWhat is a capybara? Answer: A rodent.\n\n"
        "Which river flows through Prague? Answer: The Vltava.\n\n"
        "Who wrote The Go-Between? Answer: L. P. Hartley.\n"
    )
    assert quiz.questions == ()


def test_an_answers_label_under_a_numbered_question_marks_the_turn_asking_or_not():
    answer = (
        "Costumo escrever de manhã cedo, antes de todo mundo acordar, com um café forte ao lado."
    )
    for mark in ("-", "."):
        document = doc(
            "Dez perguntas\n\nUma conversa rápida com a autora.\n\n"
            f"1{mark} Quando você escreve?\nR: {answer}\n\n"
            f"2{mark} Onde você escreve?\nR: {answer}\n\n"
            f"3{mark} Conta mais.\nR: {answer}\n\n4{mark} Por quê?\nR: {answer}\n"
        )
        assert [q.heading for q in document.questions] == [
            "Quando você escreve?", "Onde você escreve?", "Conta mais.", "Por quê?",
        ]
    # A numbered quiz with its key in a few words under each question is no interview.
    quiz = doc(
        "Quiz\n\nTest yourself.\n\n1. What is a capybara?\nAnswer: A large rodent.\n\n"
        "2. Name the river of Prague.\nAnswer: The Vltava.\n\n"
        "3. Who wrote The Go-Between?\nAnswer: L. P. Hartley.\n"
    )
    assert quiz.questions == ()


def test_a_numbered_question_that_does_not_ask_fills_the_gap_in_the_numbers():
    document = doc(
        "Il Falco compie 45 anni\n\n1- CHE REGALO VORRESTI DALLA SQUADRA ?\n"
        "1. Una vittoria, anche senza meritarla, visto che la fortuna ci deve parecchio.\n"
        "2- COSA TI ASPETTI DA QUESTA STAGIONE ?\n"
        "2. Di cominciarla. Finora ho avuto un problema alla caviglia, parto adesso.\n"
        "3- DIMMI IL PRIMO MOTIVO CHE TI SPINGE AD ALLENARTI\n"
        "3. Che la fatica della settimana venga ripagata la domenica.\n"
        "4 – LA PARTITA LA VINCE IL MISTER, IL SINGOLO O IL GRUPPO ?\n"
        "4. Dopo tanti anni di calcio non l'ho ancora capito, e forse e' meglio cosi'.\n"
        "5- COSA TI FA PIU' ARRABBIARE IN CAMPO ?\n"
        "5. Un po' tutto, ma dopo trenta secondi trovo il modo di non pensarci piu'.\n"
    )
    headings = [q.heading for q in document.questions]
    assert "DIMMI IL PRIMO MOTIVO CHE TI SPINGE AD ALLENARTI" in headings
    assert len(headings) == 5
    # Without a gap in the questions' numbers, an answer's numbered line stays in the answer.
    complete = doc(
        "Il Falco compie 45 anni\n\n1- CHE REGALO VORRESTI DALLA SQUADRA ?\n"
        "1. Una vittoria, anche senza meritarla, visto che la fortuna ci deve parecchio.\n"
        "2- COSA TI ASPETTI DA QUESTA STAGIONE ?\n"
        "2. Di cominciarla. Finora ho avuto un problema alla caviglia, parto adesso.\n"
        "3- LA PARTITA LA VINCE IL MISTER, IL SINGOLO O IL GRUPPO ?\n"
        "3. Dopo tanti anni di calcio non l'ho ancora capito, e forse e' meglio cosi'.\n"
    )
    assert len(complete.questions) == 3


# --- Speakers as written -----------------------------------------------------------------------


def test_a_surnames_initial_keeps_its_period_and_a_numbered_turn_drops_its_number():
    children = doc(
        "Les enfants interrogent le maire\n\nRomane O.: Les conseillers sont-ils là ?\n\n"
        f"Jean Blanchard: {LONG}\n\nLola S.: Travaillez-vous tous les jours ?\n\n"
        f"Jean Blanchard: {LONG}\n\nEnzo L.: Combien de véhicules ?\n\nJean Blanchard: {LONG}\n"
    )
    assert [speaker for speaker, _ in asked(children)] == ["Romane O.", "Lola S.", "Enzo L."]
    numbered = doc(
        "Intervista\n\n3. Giornalista: Puoi raccontarci le proposte?\n\nSindaca: Certo, tante.\n\n"
        "4. Giornalista: Come pensi di realizzarle?\n\nSindaca: Con il consiglio.\n\n"
        "6. Giornalista: E il vicesindaco?\n\nSindaca: Davide.\n"
    )
    assert {speaker for speaker, _ in asked(numbered)} == {"Giornalista"}
    # A label of initials alone ("H.:") and the letters of "Q." stay as they were shown.
    initials = doc(
        f"Fieldwork\n\nH.: Do you know them?\n\nA.: {LONG}\n\nS.: Do you see them often?\n\n"
        f"A.: {LONG}\n\nH.: And at the chapel?\n\nA.: {LONG}\n"
    )
    assert asked(initials)[0] == ("H", "Do you know them?")
