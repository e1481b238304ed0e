"""Layout rules found in the tenth round's real pages (questions and speakers: school papers
in German, Polish, English, Spanish and French), each with a document it must catch and one
it must not."""

from __future__ import annotations

from reader.document.structure.text.cues import Cues

from .test_structure_layouts import CORPUS, asked, doc


def corpus(name: str):
    return doc(CORPUS.joinpath(f"{name}.txt").read_text(encoding="utf-8"))


NBSP = "\u00a0"

# --- A line of non-breaking spaces between paragraphs ---------------------------------------


def test_a_line_of_non_breaking_spaces_is_a_blank_line_not_a_paragraph():
    gap = f"\n\n{NBSP}\n\n"
    document = doc(
        "Besuch in der Redaktion" + gap
        + "Jonas Berger: Mira, wie bist du zu dem Projekt gekommen?" + gap
        + "Mira Okonkwo: Unsere Lehrerin hat es betreut, und so habe ich davon gehört." + gap
        + "Worum geht es in deinem Artikel?" + gap
        + "Ich habe darüber geschrieben, wie man für andere ein Vorbild sein kann." + gap
        + "Haben viele mitgemacht?" + gap
        + "Insgesamt waren es 120 Schüler, von unserer Schule aber nur ein paar.\n"
    )
    assert asked(document) == [
        ("Jonas Berger", "Mira, wie bist du zu dem Projekt gekommen?"),
        ("", "Worum geht es in deinem Artikel?"),
        ("", "Haben viele mitgemacht?"),
    ]
    assert all(block.text.strip() for block in document.blocks)


def test_an_article_with_non_breaking_space_lines_keeps_its_paragraphs_and_asks_nothing():
    gap = f"\n\n{NBSP}\n\n"
    document = doc(
        "Schwimmbad bleibt geschlossen" + gap
        + "Das Hallenbad bleibt den ganzen Sommer über geschlossen, teilte die Stadt mit." + gap
        + "Grund sind Schäden am Dach, die erst im Herbst behoben werden können." + gap
        + "Der Verein trainiert bis dahin im Nachbarort.\n"
    )
    assert not document.questions
    assert [block.text for block in document.blocks][1:] == [
        "Das Hallenbad bleibt den ganzen Sommer über geschlossen, teilte die Stadt mit.",
        "Grund sind Schäden am Dach, die erst im Herbst behoben werden können.",
        "Der Verein trainiert bis dahin im Nachbarort.",
    ]


# --- A question on its line, the answer in single quotes below it ------------------------------

QUOTED_PAIRS = (
    ("What made you want to become a teacher?", "‘I had a brilliant English teacher.’"),
    ("What is the best part of your day?", "‘Walking round the classrooms in the morning.’"),
    ("What would you change about the school?", "‘A bigger dining hall! Lunch is busy.’"),
)


def test_answers_in_single_quotes_below_their_questions_are_answers():
    document = doc(
        "Meet our Head Teacher\n\nOur reporters sat down with Mrs Campbell.\n\n"
        + "\n\n".join(f"{q}\n{a}" for q, a in QUOTED_PAIRS) + "\n"
    )
    assert asked(document) == [("", q) for q, _ in QUOTED_PAIRS]


def test_two_quoted_replies_under_questions_make_no_interview():
    document = doc(
        "Letters to the editor\n\nTwo readers wrote to us this week.\n\n"
        + "\n\n".join(f"{q}\n{a}" for q, a in QUOTED_PAIRS[:2]) + "\n"
    )
    assert not document.questions


# --- Only the guest named, the interviewer chatting before each question ------------------------

CHATTY = (
    "Interview\n\nToday I talk with Zofia, who is twelve.\n\n"
    "Hi Zofia, thanks for agreeing to talk with me. How are you feeling this Friday? Tired?\n\n"
    "Z.M: No, I feel fine.\n\n"
    "You have two weeks at your new school behind you, with new friends and new teachers. "
    "Tell me, do you feel at home there?\n\n"
    "Z.M: Yes, I like it.\n\n"
    "I know you went on a trip with your new class last week. We never had that. "
    "Tell me how it was?\n\n"
    "Z.M: It was great.\n\n"
    "Your biggest passion is programming, and you have classes twice a week. "
    "Do you think your future will be connected with computers?\n\n"
    "Z.M: Yes, I think so.\n"
)


def test_longer_questions_before_a_named_guest_who_never_asks_are_the_questions():
    document = doc(CHATTY)
    assert [text[:22] for _, text in asked(document)] == [
        "Hi Zofia, thanks for a", "You have two weeks at ", "I know you went on a t",
        "Your biggest passion i",
    ]


def test_long_asking_paragraphs_before_named_replies_that_ask_too_are_no_questions():
    # A reading circle's notes: each book's long summary ends on a rhetorical question, and a
    # reader's short reply follows, one of them asking back: no interviewer chats here.
    document = doc(
        "Reading circle\n\n"
        "The first book took us to a village by the sea, where a fisherman loses his boat in a "
        "storm and has to start again with nothing but his hands. Who would not read on?\n\n"
        "Anna: A lovely book.\n\n"
        "The second book was about a town that decides to grow all its food in its streets, "
        "from potatoes on the roundabouts to apples in the car parks. Who would have thought?\n\n"
        "Anna: Why not?\n\n"
        "The third book followed a letter that travels round the world for forty years before "
        "it reaches the woman it was written to. Can a letter wait that long?\n\n"
        "Anna: I cried.\n"
    )
    assert not document.questions


# --- A page's number glued before a speaker's label ---------------------------------------------


def test_a_page_number_glued_before_the_guests_label_leaves_the_turn_hers():
    document = doc(CHATTY.replace("Z.M: It was great.", "51Z.M: It was great."))
    assert len(document.questions) == 4


def test_a_number_glued_before_a_name_nobody_else_uses_is_text():
    document = doc(CHATTY.replace("Z.M: It was great.", "51Q.R: It was great."))
    # Q.R is no speaker of this interview: the paragraph is the answer's text, and the
    # question above it still asks, answered by it.
    answers = [block.text for block in document.blocks if block.text.startswith("51")]
    assert answers == ["51Q.R: It was great."]
    assert all(q.speaker == "" for q in document.questions)
    assert not any(q.heading.startswith("51") for q in document.questions)


# --- Spanish dialogue dashes, set apart or stuck to the answer -----------------------------------

def test_dashes_set_apart_or_stuck_to_the_answer_open_the_questions():
    # "-.- ¿Por qué …?", "… algo más.- ¿Cuál …?", ".¿Recuerdas …?", "… allí.- Si te dieran …,
    # ¿con qué …?", and "-" items in a row, a question and its longer reply.
    assert asked(corpus("es-blog-guiones-pregunta-pegada-a-respuesta")) == [
        ("", "¿Cuántos años llevas dando clase?"),
        ("", "¿Por qué elegiste este trabajo?"),
        ("", "¿Qué es lo que más te gusta de la enseñanza?"),
        ("", "¿Cuál es tu mayor virtud?"),
        ("", "¿Recuerdas alguna anécdota divertida de los años que llevas siendo profe?"),
        ("", "Si te dieran a elegir entre enseñar a niños pequeños o a adolescentes, ¿con qué te "
             "quedarías y por qué?"),
        ("", "Cuando eras niña, ¿tenías idea de que querías ser maestra?"),
        ("", "¿Tenías alguna asignatura favorita en el colegio?"),
    ]


def test_a_p_label_then_a_dash_is_a_label_not_an_answers_end():
    document = doc(
        "Lucía Arrieta es periodista y autora de un libro sobre la crisis.\n\n"
        "P.- Han pasado muchos meses. ¿Por qué sintió la necesidad de escribirlo?\n\n"
        "R.- Creo que los periodistas tenemos un compromiso con la democracia.\n\n"
        "P.- ¿Fue difícil tomar la decisión?\n\n"
        "R.- Mucho. Lo pensé durante semanas.\n\n"
        "P.- ¿Qué le ha sorprendido de los lectores?\n\n"
        "R.- Que me escriban para contarme cómo vivieron ellos esos días.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Han pasado muchos meses. ¿Por qué sintió la necesidad de escribirlo?",
        "¿Fue difícil tomar la decisión?",
        "¿Qué le ha sorprendido de los lectores?",
    ]


def test_a_hyphen_before_a_sentence_that_does_not_ask_with_an_inverted_mark_is_no_dash():
    document = doc(
        "Notas del pleno\n\n"
        "El pleno aprobó tres puntos.\n"
        "- Madrid tendrá más autobuses nocturnos.\n"
        "- Las bibliotecas abrirán los domingos.\n"
        "- El mercado central cambia de horario.\n"
    )
    assert not document.questions


# --- A dialogue's "-" items in a row -------------------------------------------------------------


def test_a_checklist_of_dashed_questions_is_no_dialogue():
    document = doc(
        "Interviews führen\n\nWas du vor dem Interview klären solltest:\n\n"
        "- Worüber soll es gehen? (Thema klar festlegen)\n"
        "- Welche Fragen sind für eure Leser wichtig?\n"
        "- Wie viel Zeit habt ihr?\n"
        "- Wer führt das Interview? Wer schreibt mit?\n"
        "- Braucht ihr eine Aufnahme?\n\n"
        "Je besser du vorbereitet bist, desto entspannter läuft das Gespräch.\n"
    )
    assert not document.questions


# --- A name, a period and a dash -----------------------------------------------------------------


def test_a_name_then_a_period_and_a_dash_opens_each_turn():
    document = doc(
        "Se découvrir au contact de l'autre\n\nCette année, des lettres vont circuler.\n\n"
        "Sophie. – Claire, peux-tu expliquer en quoi consiste ce projet ?\n\n"
        "Claire. – L'idée est de créer du lien, par un échange de trois lettres.\n\n"
        "Sophie. – Comment as-tu présenté le projet ? Pour ma part, je l'ai présenté en AP.\n\n"
        "Claire. – En cours de français, dans le cadre de l'objet d'étude sur soi.\n\n"
        "Sophie. – Et qu'attends-tu de cet échange ?\n\n"
        "Claire. – Qu'ils prennent confiance à l'écrit.\n"
    )
    assert asked(document) == [
        ("Sophie", "Claire, peux-tu expliquer en quoi consiste ce projet ?"),
        ("Sophie", "Comment as-tu présenté le projet ? Pour ma part, je l'ai présenté en AP."),
        ("Sophie", "Et qu'attends-tu de cet échange ?"),
    ]


def test_places_then_a_period_and_a_dash_in_a_news_digest_are_no_speakers():
    document = doc(
        "Brèves du jour\n\n"
        "Paris. – La ville ouvre trois piscines de plus cet été, a annoncé la mairie.\n\n"
        "Lyon. – Le festival des lumières attend deux millions de visiteurs en décembre.\n\n"
        "Nantes. – Une nouvelle ligne de tramway sera mise en service à la rentrée.\n"
    )
    assert not document.questions
    assert document.blocks[1].text.startswith("Paris. – ")


# --- The first exchange named in full, then by first names or cut words -------------------------

SHORTENED = (
    "Wywiad z tancerzem\n\n"
    "Redakcja postanowiła przeprowadzić z młodym tancerzem wywiad.\n\n"
    "Redakcja Gim4: Jak długo tańczysz?\n\n"
    "Kacper Wiśniewski: Tańczę od 6 lat.\n\n"
    "Red.: Jak zaczęła się Twoja przygoda z tańcem?\n\n"
    "Kacper: Mama zapisała mnie na zajęcia i tak zostało.\n\n"
    "Red.: Jakie jest Twoje największe osiągnięcie?\n\n"
    "Kacper: Finał Mistrzostw Polski.\n"
)


def test_a_name_given_in_full_once_then_cut_short_is_one_speaker():
    assert asked(doc(SHORTENED)) == [
        ("Redakcja Gim4", "Jak długo tańczysz?"),
        ("Red", "Jak zaczęła się Twoja przygoda z tańcem?"),
        ("Red", "Jakie jest Twoje największe osiągnięcie?"),
    ]


def test_a_lead_in_after_the_short_forms_began_is_no_shortened_name():
    document = doc(SHORTENED + "\nRedakcja szkolna: dziękujemy za rozmowę!\n")
    assert [speaker for speaker, _ in asked(document)] == ["Redakcja Gim4", "Red", "Red"]
    assert document.blocks[-1].text == "Redakcja szkolna: dziękujemy za rozmowę!"


# --- "-" items holding a question and its answer -------------------------------------------------

HELD = (
    ("Jakie przedmioty zdawałyście na maturze?", "Obie pisały angielski i chemię."),
    ("Zdałyście?", "Obie zdały i są zadowolone z wyników."),
    ("Jak długo się przygotowywałyście?", "Dziewczyny uczyły się intensywnie przez miesiąc."),
    ("Czy będziecie tęsknić za szkołą?", "Na pewno zabraknie im poukładanego dnia."),
)


def test_dashed_items_each_holding_a_question_and_its_answer_are_cut_after_the_question():
    document = doc(
        "Rozmowa z maturzystkami\n\nPorozmawialiśmy z Leną i Mają.\n\n"
        + "\n\n".join(f"- {q} {a}" for q, a in HELD) + "\n"
    )
    assert asked(document) == [("", q) for q, _ in HELD]


def test_a_checklist_whose_items_explain_a_question_that_asks_again_is_no_interview():
    document = doc(
        "Before the interview\n\nThink about these:\n\n"
        "- Who is your reader? Who else might read it?\n"
        "- What do you want to know? Write it down.\n"
        "- How long do you have? Ask before you start.\n"
        "- Where will you meet?\n"
    )
    assert not document.questions


# --- A speaker's handle in lower case, on the line above each turn -------------------------------

HANDLES = (
    "インタビュアーに逆に聞いてみた\n\n"
    "話し手:ゆき\n聞き手:tomo\n編集:森田\n\n"
    "tomo:\nゆきさんは今、どんなインタビューをしていますか?\n\n"
    "ゆき:\nカナダに住んでいるので、同じタイムゾーンの人たちに話を聞いています。\n\n"
    "tomo:\nそれ以外に、インタビューに近いことはしていますか?\n\n"
    "ゆき:\n友だちと話すときも質問が増えた気がします。\n\n"
    "tomo:\nインタビューを始めて、何が変わりましたか?\n\n"
    "ゆき:\n自分が経験していない人生にも厚みが増す感じがあります。\n"
)


def test_a_handle_in_lower_case_answered_by_a_named_guest_asks():
    assert asked(doc(HANDLES)) == [
        ("tomo", "ゆきさんは今、どんなインタビューをしていますか?"),
        ("tomo", "それ以外に、インタビューに近いことはしていますか?"),
        ("tomo", "インタビューを始めて、何が変わりましたか?"),
    ]
    # The first turn stands apart from the credits above it, though it opens in lower case.
    assert not any(block.text.endswith("tomo: ゆきさんは今、どんなインタビューをしていますか?")
                   and block.text != "tomo: ゆきさんは今、どんなインタビューをしていますか?"
                   for block in doc(HANDLES).blocks)


def test_a_recurring_word_in_lower_case_before_a_colon_is_a_label_of_the_text():
    document = doc(
        "Release notes\n\n"
        "Version 2.1 came out on Monday.\n\n"
        "note: the old settings file is read once and then renamed.\n\n"
        "Mara: Does the update keep my bookmarks?\n\n"
        "note: bookmarks move to the new folder on first start.\n\n"
        "Mara: And the themes?\n\n"
        "They stay as they were.\n"
    )
    blocks = list(document.blocks)
    assert "note" not in Cues(blocks, 0, len(blocks)).speakers
    assert [q for _, q in asked(document)] == [
        "Does the update keep my bookmarks?", "And the themes?",
    ]


# --- A vox pop: one question, passers-by named with their age ----------------------------------


def test_one_question_put_to_passers_by_named_with_their_age_is_the_pages_question():
    document = doc(
        "La question de la semaine\n\n"
        "Chaque semaine, nous posons la même question à quelques habitants.\n\n"
        "Partirez-vous en vacances en France cet été ?\n\n"
        "Marie, 34 ans, Lyon : « Oui, nous louons une maison en Ardèche. Avec deux enfants, "
        "je ne veux pas passer la journée en voiture. »\n\n"
        "Henri, 67 ans, Villeurbanne : « Nous restons chez nous. Pourquoi partir quand le jardin "
        "est si beau ? »\n\n"
        "Samia, 22 ans, Lyon : « Non, je pars au Portugal avec des amies. »\n\n"
        "La semaine prochaine : que pensez-vous des nouveaux tarifs du stationnement ?\n"
    )
    assert asked(document) == [("", "Partirez-vous en vacances en France cet été ?")]


def test_people_named_with_their_age_under_a_statement_are_quoted_in_an_article():
    document = doc(
        "Le marché du samedi déménage\n\n"
        "Le marché quittera la place de l'Église le mois prochain pour le parking du stade.\n\n"
        "Marie, 34 ans, Lyon : « C'est plus loin, mais on pourra enfin se garer. »\n\n"
        "Henri, 67 ans, Villeurbanne : « Je regretterai la place, c'était plus joli. »\n\n"
        "Samia, 22 ans, Lyon : « Tant que le fromager vient, ça me va. »\n"
    )
    assert not document.questions


# --- A numbered word label numbers the question, it names nobody ---------------------------------


def test_a_numbered_label_is_no_speaker():
    document = doc(
        "Progettare luoghi autentici\n\nLe abbiamo fatto tre domande.\n\n"
        "Domanda 1: In quale contesto applichi il management?\n"
        "Risposta: “Nella mia vita, prima di tutto.”\n"
        "Domanda 2: Come promuovi l'autenticità dei luoghi?\n"
        "Risposta: “Cerco di capire chi ci vive.”\n"
        "Domanda 3: Quali strumenti usi di più?\n"
        "Risposta: “L'immaginazione.”\n"
    )
    assert asked(document) == [
        ("", "In quale contesto applichi il management?"),
        ("", "Come promuovi l'autenticità dei luoghi?"),
        ("", "Quali strumenti usi di più?"),
    ]


def test_a_word_label_without_a_number_still_shows_who_asks():
    document = doc(
        "Nachgefragt\n\n"
        "Frage: Muss ich meine alte Gasheizung jetzt austauschen?\n\n"
        "Antwort: Nein, funktionierende Heizungen dürfen weiterlaufen.\n\n"
        "Frage: Welche Förderung gibt es?\n\n"
        "Antwort: Bis zu 70 Prozent der Kosten.\n"
    )
    assert [speaker for speaker, _ in asked(document)] == ["Frage", "Frage"]


# --- A guide's two labels, joined into one paragraph by a list item ------------------------------

GUIDE_ITEMS = (
    ("Would you like a coffee?", "Whether you want a coffee.", "Say yes, if you drink it."),
    ("Tell me about yourself!", "What you can offer the firm.", "Keep three minutes ready."),
    ("Why did you apply for this job?", "What you know about the firm.", "Say what drew you."),
    ("What are your strengths?", "How you see yourself.", "Give an example of each."),
)


def test_a_guides_labels_joined_into_each_items_paragraph_make_its_questions_advice():
    document = doc(
        "Ten common interview questions and how to answer them\n\n"
        "Here are some of the commonest questions and what you might say:\n\n"
        + "\n\n".join(
            f"  {n}. {q}\n    The interviewer wants to know: {w}\n    How to answer: {a}"
            for n, (q, w, a) in enumerate(GUIDE_ITEMS, 1)
        ) + "\n"
    )
    assert not document.questions


def test_one_recurring_label_inside_an_interviews_answers_is_no_guide():
    document = doc(
        "Three questions for the gardener\n\n"
        "How do you keep slugs away?\n\n"
        "I go out at night with a torch. My tip for readers: beer traps work too.\n\n"
        "When do you sow beans?\n\n"
        "In late April, under fleece. My tip for readers: soak them overnight first.\n\n"
        "What is your favourite tool?\n\n"
        "An old hoe from my grandfather. My tip for readers: keep it sharp.\n"
    )
    assert [text for _, text in asked(document)] == [
        "How do you keep slugs away?", "When do you sow beans?", "What is your favourite tool?",
    ]


# --- The guest's first answer named in full, the later ones dashed -------------------------------

NAMED_THEN_DASHED = (
    "Kowalczyk podsumowuje turniej\n\n"
    "Od meczu z Czechami minęło kilka tygodni. W poniedziałek selekcjoner podsumował turniej.\n\n"
    "{first}\n\n"
    "Marek Kowalczyk, selekcjoner reprezentacji: Wnioski przychodzą cały czas. Najpierw "
    "przeanalizowaliśmy każdy mecz, potem zespół.\n\n"
    "Spotykaliście się całym sztabem?\n\n"
    "- Ze sztabem spotykamy się regularnie, czasem w siedzibie związku.\n\n"
    "Co było największym błędem?\n\n"
    "- Za późno zmieniłem ustawienie w drugim meczu.\n\n"
    "Zostaje pan na kolejne eliminacje?\n\n"
    "- Mam kontrakt i plan.\n"
)


def test_the_question_above_the_guests_first_answer_named_in_full_is_the_first():
    document = doc(NAMED_THEN_DASHED.format(first="Jak u pana wyglądało trawienie turnieju?"))
    assert [text for _, text in asked(document)] == [
        "Jak u pana wyglądało trawienie turnieju?", "Spotykaliście się całym sztabem?",
        "Co było największym błędem?", "Zostaje pan na kolejne eliminacje?",
    ]


def test_a_lead_that_asks_nothing_above_the_named_answer_stays_the_introduction():
    document = doc(NAMED_THEN_DASHED.format(first="Rozmawiali Piotr Zając i Adam Lis."))
    assert [text for _, text in asked(document)] == [
        "Spotykaliście się całym sztabem?", "Co było największym błędem?",
        "Zostaje pan na kolejne eliminacje?",
    ]
