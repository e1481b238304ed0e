"""Layout rules found in the ninth round's real pages (questions and speakers: interviews in
Russian, Ukrainian, Japanese, Polish, Portuguese and Spanish, questionnaires, transcripts),
each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.structure.text.textcues import Ending, Prefix, ending, split_prefix

from .test_structure_layouts import CORPUS, asked, doc


def corpus(name: str):
    return doc(CORPUS.joinpath(f"{name}.txt").read_text(encoding="utf-8"))

# --- Questions and answers on consecutive lines, blank lines only elsewhere -------------------

LINES = (
    "Айгуль Сеитова: «Слушать себя»\n\nАрхитектор о профессии и о доме.\n\n"
    "Что вдохновило вас выбрать профессию?\nЯ её не выбирала, так получилось.\n"
    "С какими вызовами вы сталкивались?\nЯ вижу в вызовах возможности.\n"
    "Какой совет вы бы дали молодым девушкам?\nСлушать себя.\n"
    "Как вам удаётся сочетать работу с личной жизнью?\nЯ не делю себя на две части.\n"
)


def test_lines_each_asking_and_answered_by_the_next_are_turns():
    assert asked(doc(LINES)) == [
        ("", "Что вдохновило вас выбрать профессию?"),
        ("", "С какими вызовами вы сталкивались?"),
        ("", "Какой совет вы бы дали молодым девушкам?"),
        ("", "Как вам удаётся сочетать работу с личной жизнью?"),
    ]


def test_a_machine_transcripts_timed_lines_are_no_turns():
    document = doc(
        "Making the Podcast: We booked our first guest!\n\n"
        "Whisper Transcript | Transcript Only Page\n\n"
        "00:00:02.580 | Folks, we did it.\n"
        "00:00:21.180 | So, basically exactly who we were looking for, right?\n"
        "00:00:24.640 | Should be a lot of fun.\n"
        "00:00:37.560 | Is there anything he really wants me to bring up?\n"
        "00:00:40.080 | And he gave me a few things, which is great.\n"
        "00:00:46.260 | What about the lighting?\n"
        "00:00:48.320 | No idea. I can't control that.\n"
    )
    assert not document.questions


def test_hard_wrapped_prose_whose_lines_end_mid_sentence_stays_one_paragraph():
    document = doc(
        "Notes from the harbour\n\nThe ferry was late again, and who could blame the crew\n"
        "when the wind turned the way it did? Nobody on the quay said a word about it\n"
        "until the harbour master asked what we were all waiting for, and was there\n"
        "really no other boat? There was not, and we went home.\n"
    )
    assert not document.questions


# --- A speaker's name, then a dash --------------------------------------------------------------


def test_a_name_then_a_dash_opens_each_turn():
    document = doc(
        "Entrevista com Larissa Prado\n\nMais uma entrevista no ar!\n\n"
        "Segunda Descida - Como conheceu o futebol americano?\n"
        "Larissa - Pelo meu irmão, que joga há uns cinco anos.\n"
        "Segunda Descida - Em qual posição você joga?\nLarissa - Sou running back.\n"
        "Segunda Descida - Você já praticou outro esporte?\nLarissa - Sim, handebol.\n"
    )
    assert asked(document) == [
        ("Segunda Descida", "Como conheceu o futebol americano?"),
        ("Segunda Descida", "Em qual posição você joga?"),
        ("Segunda Descida", "Você já praticou outro esporte?"),
    ]


def test_a_place_then_a_dash_opening_one_paragraph_is_no_speaker():
    document = doc(
        "Brèves du jour\n\nParis - La ville ouvre trois piscines de plus cet été, "
        "du 1er juillet au 31 août, avec des horaires élargis le soir.\n\n"
        "Lyon - Les quais du Rhône seront fermés aux voitures le dimanche. Pourquoi ? "
        "Pour laisser la place aux vélos et aux promeneurs.\n"
    )
    assert not document.questions


# --- A photo's credit line between a question and its named answer -----------------------------


def test_a_photo_credit_under_a_question_is_no_part_of_it():
    document = corpus("pt-resenha-nomes-depois-iniciais-credito")
    first = document.questions[0]
    assert first.heading.endswith("Conte um pouco sobre o começo da sua carreira.")
    assert document.answer_text(first).startswith("Pedro Lima/AE")


def test_a_questions_second_line_before_a_named_answer_stays_in_the_question():
    text = CORPUS.joinpath("pt-resenha-nomes-depois-iniciais-credito.txt").read_text()
    document = doc(text.replace("Pedro Lima/AE", "Fale da sua infância também."))
    assert document.questions[0].heading.endswith("Fale da sua infância também.")


# --- A short line in a question's place, in a long rhythm ---------------------------------------

RAPID = (
    '"La diplomacia remata a la televisión"\n\nRespondió a nuestras preguntas.\n\n'
    "¿Cómo se enteró?\nDe casualidad.\n¿Qué pasará con sus programas?\nSe acaban.\n"
    "¿Qué le ha enseñado la televisión?\nA conversar mejor.\n"
    "¿Qué disco escucha por estos días?\nUno de canto gregoriano.\n"
    "{line}\nLo estoy esperando todavía.\n"
    "¿A quién se quedó con ganas de entrevistar?\nA Gabriel García Márquez.\n"
    "¿Qué se necesita para ser embajador?\nSi les cuento, los nombran a ustedes.\n"
)


def test_a_short_line_in_a_questions_place_in_a_long_rhythm_asks():
    document = doc(RAPID.format(line="El mejor negocio de su vida."))
    headings = [heading for _, heading in asked(document)]
    assert "El mejor negocio de su vida." in headings


def test_a_line_in_the_first_person_in_a_questions_place_stays_an_answer():
    headings = [heading for _, heading in asked(doc(RAPID.format(line="Me gusta mucho.")))]
    assert "Me gusta mucho." not in headings


# --- Sentences left open for the guest to finish ------------------------------------------------

PROMPTS = (
    "Cuestionario a la alcaldesa\n\nLe pedí que respondiera a la manera de Proust.\n\n"
    "La noticia del año en el mundo...\n\nEl regreso a la Luna.\n\n"
    "La peor noticia del año...\n\nLas inundaciones de abril.\n\n"
    "Un libro que regalaría...\n\nCien años de soledad, siempre.\n\n"
    "Su mayor miedo...\n\nNo estar a la altura.\n"
)


def test_sentences_left_open_each_answered_are_a_questionnaire():
    assert [heading for _, heading in asked(doc(PROMPTS))] == [
        "La noticia del año en el mundo...", "La peor noticia del año...",
        "Un libro que regalaría...", "Su mayor miedo...",
    ]


def test_an_articles_paragraphs_trailing_off_are_no_prompts():
    document = doc(
        "Un verano en el pueblo\n\nLlegamos en julio, con las maletas llenas de libros...\n\n"
        "Nadie nos esperaba en la estación, y el calor apretaba desde temprano. Caminamos "
        "hasta la plaza, donde la fuente seguía seca, como cada verano desde hacía años.\n\n"
        "Mi abuela decía que el agua volvería algún día...\n\n"
        "Y aquel agosto, por fin, volvió.\n\nPero esa es otra historia...\n"
    )
    assert not document.questions


# --- Scripts other than Latin ---------------------------------------------------------------------


def test_cyrillic_and_greek_names_are_speakers_and_greek_asks_with_a_semicolon():
    assert split_prefix("Журналист: Как вы пришли в профессию?")[:2] == (
        Prefix.SPEAKER, "журналист",
    )
    assert split_prefix("Δημοσιογράφος: Πώς ξεκινήσατε;")[0] is Prefix.SPEAKER
    assert ending("Πώς ξεκινήσατε;") is Ending.QUESTION
    assert ending("كيف بدأت؟") is Ending.QUESTION
    assert ending("ですか。") is Ending.QUESTION
    # A semicolon after Latin letters ends a clause, not a question.
    assert ending("We stayed; they left;") is Ending.NONE


def test_a_cyrillic_interviewers_name_opens_each_question():
    document = doc(
        "Интервью с тренером\n\nЖурналист: Как вы пришли в профессию?\n\n"
        "Петров: Случайно, после травмы в юности.\n\n"
        "Журналист: Что самое трудное в вашей работе?\n\nПетров: Терпение.\n\n"
        "Журналист: Чего вы ждёте от сезона?\n\nПетров: Только побед.\n"
    )
    assert asked(document) == [
        ("Журналист", "Как вы пришли в профессию?"),
        ("Журналист", "Что самое трудное в вашей работе?"),
        ("Журналист", "Чего вы ждёте от сезона?"),
    ]


def test_a_japanese_interviewers_double_dash_opens_each_question():
    document = doc(
        "インタビューとは何か\n\n編集部のA氏に話を聞いた。\n\n"
        "――さっそくですが、インタビューとはどういうものなのでしょうか。\n\n"
        "一方が他方に質問を続ける会話のことです。英語の意味から来ています。\n\n"
        "――そんなに多くの意味があるのですか。\n\n"
        "そうなんです。スポーツにも就職の面接にも使われます。\n\n"
        "――上手に進めるこつはありますか。\n\n相手の答えから次の質問を見つけることです。\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "さっそくですが、インタビューとはどういうものなのでしょうか。",
        "そんなに多くの意味があるのですか。",
        "上手に進めるこつはありますか。",
    ]


def test_japanese_prose_asking_in_passing_gets_no_questions():
    document = doc(
        "秋の京都\n\n紅葉の季節になると、京都の寺はどこも人でいっぱいになる。"
        "なぜこれほど多くの人が同じ景色を見に来るのだろうか。\n\n"
        "朝早く出かければ、静かな庭を楽しむこともできる。観光客が少ない時間を選ぶのがこつだ。\n"
    )
    assert not document.questions


# --- A paper's name in quotes, a dash after the colon, then only dashes --------------------------


def test_a_papers_quoted_name_once_then_dashed_turns():
    assert asked(corpus("pl-gazeta-cudzyslow-myslnik-po-dwukropku"))[:3] == [
        ("Kurier Sportowy", "Jak wyglądały twoje pierwsze tygodnie w radiu? Trudno było "
         "przestawić się z roli rzecznika?"),
        ("", "Trudno jednak odciąć się od tego, co było. Przed meczem z Estonią wszyscy "
         "piłkarze serdecznie się z tobą witali."),
        ("", "Co jest teraz najtrudniejsze w twojej pracy?"),
    ]


def test_two_named_lines_above_a_bulleted_list_are_no_interview():
    document = doc(
        "Lista zakupów na obóz\n\nOrganizator: Zabierzcie wszystko z listy.\n\n"
        "Kierownik: Sprawdzimy to przy wejściu.\n\n- Śpiwór.\n\n- Latarka.\n\n- Czapka.\n\n"
        "- Kubek.\n"
    )
    assert not document.questions


# --- The first exchange named in full, the later turns not named at all -------------------------


def test_a_first_exchange_named_in_full_opens_unnamed_turns():
    document = corpus("pl-wywiad-wersaliki-raz-potem-akapity")
    assert asked(document)[0] == (
        "PAWEŁ GRABOWSKI",
        "Za nami Wimbledon, wcześniej mączka w Paryżu. Czy przygotowanie zmienia się przy "
        "takich przeskokach między nawierzchniami?",
    )
    assert len(document.questions) == 4


def test_two_named_statements_under_a_title_are_no_first_question():
    document = doc(
        "Zebranie rady osiedla\n\nPrzewodniczący: Otwieram zebranie i witam wszystkich.\n\n"
        "Sekretarz: Protokół z poprzedniego zebrania został przyjęty.\n\n"
        "Najpierw omówiono remont placu zabaw, który ma się zakończyć w czerwcu.\n\n"
        "Potem mieszkańcy pytali o nowe miejsca parkingowe przy szkole.\n"
    )
    assert not document.questions


# --- One question labelled in words, answered by several people ---------------------------------


def test_one_labelled_question_at_the_top_answered_by_several_people():
    document = corpus("en-engineer-zone-one-question-many-answers")
    assert asked(document) == [("Question", "What is the best part of your working day, and why?")]


def test_one_labelled_question_inside_an_articles_prose_is_no_interview():
    document = doc(
        "The bridge that nobody wanted\n\nThe council voted on Tuesday night to go ahead with "
        "the footbridge, after three years of debate and two public consultations.\n\n"
        "Residents on both banks had objected to the cost, and to the loss of the old ferry.\n\n"
        "Question: who will pay for the upkeep?\n\nThe council says the county will; the "
        "county has not said so yet, and the budget for next year is already stretched.\n"
    )
    assert not document.questions


# --- One named question put to several people, each named once over an answer -------------------


def test_one_named_question_answered_by_several_people_each_named_once():
    document = corpus("de-bildunterschrift-rubrik-titel-frage")
    assert asked(document) == [("Wellenreiter", "Warum macht ihr eine Schülerzeitung?")]


def test_people_quoted_once_each_under_a_named_remark_are_no_interview():
    document = doc(
        "Stimmen zum Stadtfest\n\nBürgermeisterin: Das Fest war ein voller Erfolg.\n\n"
        "Tobias: „Die Musik war zu laut, aber das Essen war gut.“\n\n"
        "Mira: „Wir kommen nächstes Jahr wieder.“\n\n"
        "Jonas: „Mehr Bänke im Schatten wären schön gewesen.“\n"
    )
    assert not document.questions


def test_cyrillic_questions_each_with_its_answer_on_the_next_line_are_cut_apart():
    document = doc(
        "Интервью с тренером\n\nМы поговорили с тренером о сезоне.\n\n"
        "Как вы пришли в профессию?\nСлучайно, после травмы в юности.\n\n"
        "Что самое трудное в работе?\nТерпение и долгие поездки.\n\n"
        "Чего вы ждёте от сезона?\nТолько побед и здоровья команды.\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "Как вы пришли в профессию?", "Что самое трудное в работе?", "Чего вы ждёте от сезона?",
    ]


def test_cyrillic_prose_asking_mid_line_keeps_its_paragraphs():
    document = doc(
        "Осень в городе\n\nКто не любит осень? Листья падают, и парк становится\n"
        "золотым, а дети собирают каштаны по дороге в школу.\n\n"
        "Можно пройти через набережную после работы\n"
        "и посмотреть, как над рекой садится солнце.\n\n"
        "Нужны только тёплый шарф и немного времени,\nчтобы никуда не торопиться.\n"
    )
    assert not document.questions


def test_cyrillic_named_turns_glued_into_one_paragraph_are_parted():
    document = doc(
        "Интервью с тренером\n\nЖурналист: Как вы пришли в профессию? Петров: Случайно, после "
        "травмы в юности. Журналист: Что самое трудное в работе? Петров: Терпение. Журналист: "
        "Чего вы ждёте от сезона? Петров: Только побед.\n\nСпасибо за беседу.\n"
    )
    assert asked(document) == [
        ("Журналист", "Как вы пришли в профессию?"),
        ("Журналист", "Что самое трудное в работе?"),
        ("Журналист", "Чего вы ждёте от сезона?"),
    ]


def test_a_cyrillic_name_used_once_in_a_paragraph_is_no_turn():
    document = doc(
        "Новости района\n\nВнимание: в субботу закроют мост. Петров, глава района, сказал, что "
        "ремонт займёт неделю. Почему так долго? Ответа пока нет.\n\nАвтобусы пойдут в объезд.\n"
    )
    assert not document.questions


def test_a_web_pages_broken_lines_each_asking_and_answered_are_turns():
    document = doc(
        "# Айгуль Сеитова\n\nАрхитектор о профессии.\n\n"
        "Что вдохновило вас выбрать профессию?  \nЯ её не выбирала, так получилось.  \n"
        "С какими вызовами вы сталкивались?  \nЯ вижу в вызовах возможности.  \n"
        "Какой совет вы бы дали молодым?  \nСлушать себя.\n",
        markdown=True,
    )
    assert [heading for _, heading in asked(document)] == [
        "Что вдохновило вас выбрать профессию?", "С какими вызовами вы сталкивались?",
        "Какой совет вы бы дали молодым?",
    ]


def test_a_web_pages_broken_lines_of_a_timed_transcript_are_no_turns():
    document = doc(
        "# Episode 12\n\nAuto-generated transcript.\n\n"
        "00:00:21 | So, basically exactly who we were looking for, right?  \n"
        "00:00:24 | Should be a lot of fun.  \n"
        "00:00:37 | Is there anything he wants to bring up?  \n"
        "00:00:40 | And he gave me a few things.  \n00:00:46 | What about the lighting?  \n"
        "00:00:48 | No idea.\n",
        markdown=True,
    )
    assert not document.questions


# --- "1.- ¿…?": a number, its period and a dash, as Spanish school blogs number questions --------


def test_questions_numbered_with_a_period_and_a_dash():
    document = doc(
        "Entrevista al alcalde\n\nEstamos aquí con el alcalde de Villanueva.\n\n"
        "1.- ¿Por qué decidió ser alcalde?\n\n-Porque quiero a mi pueblo y tengo ideas.\n\n"
        "2.- ¿Cuándo empezó?\n\n-En 1999, con 26 años, y desde entonces no he parado.\n\n"
        "3.- ¿Qué proyectos ha realizado?\n\n-Calles nuevas, un consultorio y un centro social.\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "¿Por qué decidió ser alcalde?", "¿Cuándo empezó?", "¿Qué proyectos ha realizado?",
    ]


def test_sections_numbered_with_a_period_and_a_dash_are_no_questions():
    document = doc(
        "Memoria del curso\n\n1.- Introducción\n\nEl curso empezó en septiembre con veinte "
        "alumnos y terminó en junio con dieciocho.\n\n2.- Actividades\n\nVisitamos el museo, "
        "el ayuntamiento y la biblioteca municipal.\n\n3.- Conclusiones\n\nRepetiremos.\n"
    )
    assert not document.questions
