"""Misses earlier rounds named and left (session 17): each class with a page it must catch
(each fails on the code before this round) and one it must not."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- A question's line over its answer's, in a script with no capitals ----------------------

ARABIC_PAIRS = (
    "حوار مع مدرب الفريق\n\n"
    "أجرى الحوار: سامي\n\n"
    "كيف بدأت قصتك مع كرة القدم؟\n"
    "في حي صغير، كنا نلعب كل مساء بعد المدرسة.\n\n"
    "ومتى أصبحت مدربا؟\n"
    "بعد إصابة أنهت مسيرتي لاعبا، فاخترت أن أبقى قريبا من الملعب.\n\n"
    "ما الذي تطلبه من لاعبيك؟\n"
    "الانضباط أولا، ثم المتعة في اللعب.\n"
)


def test_arabic_question_lines_over_their_answers_are_questions() -> None:
    assert [q for _, q in asked(doc(ARABIC_PAIRS))] == [
        "كيف بدأت قصتك مع كرة القدم؟",
        "ومتى أصبحت مدربا؟",
        "ما الذي تطلبه من لاعبيك؟",
    ]


def test_arabic_prose_of_two_line_paragraphs_asking_once_gets_no_questions() -> None:
    essay = (
        "ذكريات من المدرسة\n\n"
        "كان اليوم الأخير في المدرسة مليئا بالفرح والحزن معا؟ هكذا شعرنا جميعا\n"
        "حين ودعنا المعلمات وتبادلنا الدفاتر والصور.\n\n"
        "رتبنا الكراسي في الساحة وغنينا معا\n"
        "ثم وقفت المديرة لتشكر الأمهات على الحضور.\n\n"
        "وبعد الحفل عدنا إلى الصفوف\n"
        "نجمع أشياءنا الأخيرة ونكتب أسماءنا على السبورة.\n\n"
        "ولن ننسى تلك الأيام الجميلة\n"
        "مهما طال بنا الزمن وتفرقت بنا الطرق.\n"
    )
    assert asked(doc(essay)) == []


# --- Turns run on in one hard-wrapped paragraph, each opened by the same sign ----------------

RUN_ON_SIGNS = (
    "Intervista alla bibliotecaria\n"
    "Siamo andati in biblioteca con la classe e la signora Bruni ci ha accolti con un sorriso.\n"
    "Alla fine siamo tornati a scuola molto contenti. * DA QUANTO TEMPO\n"
    "LAVORA QUI? * Da dodici anni, e non mi sono mai annoiata. * QUAL E' IL LIBRO\n"
    "PIU' PRESTATO? * Un giallo per ragazzi, lo chiedono tutti. * LEGGE ANCHE A\n"
    "CASA? * Ogni sera, prima di dormire. * COSA CONSIGLIA A NOI RAGAZZI? * Di\n"
    "venire spesso e di chiedere sempre.\n"
)


def test_turns_each_opened_by_the_same_sign_in_one_paragraph_are_cut_apart() -> None:
    assert [q for _, q in asked(doc(RUN_ON_SIGNS))] == [
        "DA QUANTO TEMPO LAVORA QUI?",
        "QUAL E' IL LIBRO PIU' PRESTATO?",
        "LEGGE ANCHE A CASA?",
        "COSA CONSIGLIA A NOI RAGAZZI?",
    ]


def test_signs_between_questions_only_make_no_turns() -> None:
    quiz = (
        "Il quiz della settimana\n"
        "Mettete alla prova la vostra memoria con le domande della redazione. * Chi ha scritto\n"
        "il Decameron? * In che anno cadde Costantinopoli? * Qual e' il fiume piu' lungo\n"
        "d'Italia? * Quante sono le regioni italiane? * Chi dipinse la Gioconda? Le risposte\n"
        "nel prossimo numero del giornalino, non sbirciate.\n"
    )
    assert asked(doc(quiz)) == []


# --- Speakers named in full once, then by initials that are also label letters ---------------

INITIALS = (
    "Imparare l'italiano con le canzoni\n\n"
    "Trascrizione dell'episodio 12\n\n"
    "Diego: Ciao a tutti e benvenuti a un nuovo episodio. Oggi ho qui con me Carla.\n\n"
    "Carla: Ciao a tutti, grazie per l'invito.\n\n"
    "D: Grazie a te di essere venuta, è bello non parlare da solo al microfono.\n\n"
    "C: Vero, anche io preparo delle interviste per il mio canale.\n\n"
    "D: Allora, subito una domanda: secondo te le canzoni aiutano a imparare una lingua?\n\n"
    "C: Secondo me moltissimo, perché le ripeti cento volte senza accorgertene e le parole "
    "restano in testa per anni.\n\n"
    "D: Esatto, direi.\n\n"
    "C: Sei d'accordo?\n\n"
    "D: Sono d'accordo, anche se molti studenti mi dicono che i testi sono difficili.\n\n"
    "C: Sì, ma si parte da quelli lenti, le ballate, i cantautori.\n\n"
    "D: Un po' come la radio di una volta, no?\n\n"
    "C: Proprio così, mia nonna cantava tutto il giorno mentre cucinava.\n\n"
    "D: Bene, e adesso raccontaci chi sei e cosa fai.\n\n"
    "C: Insegno italiano da dieci anni, prima in una scuola di Torino e adesso soprattutto "
    "online, con studenti di tutto il mondo.\n"
)


def test_initials_of_the_names_that_opened_the_page_are_their_turns() -> None:
    assert [q for _, q in asked(doc(INITIALS))] == [
        "Allora, subito una domanda: secondo te le canzoni aiutano a imparare una lingua?",
        "Un po' come la radio di una volta, no?",
        "Bene, e adesso raccontaci chi sei e cosa fai.",
    ]


def test_d_and_r_with_no_names_before_them_are_still_question_and_answer() -> None:
    labelled = (
        "Intervista al sindaco\n\n"
        "D: Quando ha deciso di candidarsi?\n\n"
        "R: Due anni fa, dopo la chiusura della scuola del paese.\n\n"
        "D: Qual è la prima cosa che farà?\n\n"
        "R: Riaprire la scuola, con un accordo con il comune vicino.\n\n"
        "D: E il traffico in centro?\n\n"
        "R: Una zona pedonale la domenica, per cominciare.\n"
    )
    assert [q for _, q in asked(doc(labelled))] == [
        "Quando ha deciso di candidarsi?",
        "Qual è la prima cosa che farà?",
        "E il traffico in centro?",
    ]


# --- A host's question typed with a period, a guest's go-ahead in short words -----------------

PERIOD_PROMPT = (
    "Buzzing Back: the allotment hour\n\n"
    "SAM: Morning, Jo.\n"
    "JO: Morning.\n"
    "SAM: We have a visitor today, our own sound engineer and weekend gardener, Ray Okafor!\n"
    "RAY: Hi all!\n"
    "JO: OK, I have two questions right away.\n"
    "RAY: Go on.\n"
    "JO: First: why grow vegetables on a railway allotment?\n"
    "RAY: Because the plot was free and the soil is better than anyone thinks. The trains "
    "don't bother the beans at all, and the foxes keep the rabbits away.\n"
    "JO: Second question: how many slugs have you picked off this year.\n"
    "RAY: This year? Hundreds. I stopped counting in June, after the wet week.\n"
    "SAM: And what got you started?\n"
    "RAY: My aunt had a plot by the canal and gave me half of it when I was twelve.\n"
    "JO: Ray, thank you.\n"
    "RAY: Thanks for having me.\n"
)


def test_a_hosts_question_ending_in_a_period_is_asked_and_an_announcement_is_not() -> None:
    assert [q for _, q in asked(doc(PERIOD_PROMPT))] == [
        "First: why grow vegetables on a railway allotment?",
        "Second question: how many slugs have you picked off this year.",
        "And what got you started?",
    ]


# --- A rubric's name glued to the first question ---------------------------------------------

def test_a_rubrics_name_glued_to_the_first_question_is_cut_from_it() -> None:
    page = (
        "Três perguntas a um leitor\n\n"
        "Três perguntas a um leitorQue livro leu este verão? Um romance de Eça, relido na praia."
        "\n\n"
        "Onde gosta de ler? No comboio, a caminho do trabalho, todos os dias.\n\n"
        "Que livro ofereceria a um amigo? Um de contos, que se lê aos bocadinhos.\n"
    )
    assert [q for _, q in asked(doc(page))] == [
        "Que livro leu este verão?",
        "Onde gosta de ler?",
        "Que livro ofereceria a um amigo?",
    ]


def test_a_numbered_part_after_its_first_is_no_glued_name() -> None:
    page = (
        "Rencontre avec Lina, peintre\n\n"
        "Partie I\n\n"
        "Quand avez-vous commencé ? En 2010, après mes études.\n\n"
        "Partie II\n\n"
        "Pourquoi la peinture ? Parce que mon père peignait.\n"
    )
    assert "Partie II" in [block.text for block in doc(page).blocks]


# --- A question's line glued under a profile's fields or an answer, over a dashed answer ------

PROFILE = (
    "Entrevista à professora Rita Alves\n\n"
    "Nome: Rita Sofia Alves\n"
    "Idade: 41 anos\n"
    "Naturalidade: Braga\n"
    "Porque escolheu ensinar música?\n"
    "- Porque cresci numa banda filarmónica e nunca mais parei de tocar.\n"
    "Há quanto tempo dá aulas?\n"
    "- Há quinze anos, sempre nesta escola.\n"
    "Qual é o instrumento mais difícil?\n"
    "- O oboé, sem dúvida nenhuma.\n"
)


def test_a_question_under_a_profiles_fields_over_a_dashed_answer_is_asked() -> None:
    assert [q for _, q in asked(doc(PROFILE))] == [
        "Porque escolheu ensinar música?",
        "Há quanto tempo dá aulas?",
        "Qual é o instrumento mais difícil?",
    ]


def test_a_cyrillic_question_after_a_dashed_answer_is_no_part_of_it() -> None:
    page = (
        "Вопросы молодому учителю\n\n"
        "Любимая книга?\n"
        "- «Мастер и Маргарита», перечитываю каждый год.\n"
        "Любимый фильм?\n"
        "- «Покровские ворота».\n"
        "Что бы вы посоветовали начинающим учителям?\n"
        "- Не бояться учеников и не пытаться им понравиться.\n"
    )
    assert [q for _, q in asked(doc(page))] == [
        "Любимая книга?",
        "Любимый фильм?",
        "Что бы вы посоветовали начинающим учителям?",
    ]


def test_an_articles_last_line_asking_over_a_shopping_list_makes_no_interview() -> None:
    article = (
        "Baking bread at home\n\n"
        "The shops were closed on Sunday, so we baked our own.\n"
        "What do you need?\n"
        "- Flour, five hundred grams.\n"
        "- Water, warm but not hot.\n"
        "- Salt and a little yeast.\n\n"
        "Mix everything, wait an hour, and bake it for forty minutes.\n"
    )
    assert asked(doc(article)) == []


# --- A question printed twice by the page's template, the copy glued to the answer's label ----

TWICE = (
    "ENTREVISTA CON LA ENTRENADORA\n"
    "Marta Gil: 'Volver a casa fue lo mejor que me pasó'\n"
    "La técnica repasa su carrera en una larga charla con este diario.\n"
    "PREGUNTA.- ¿Cómo empezó a entrenar?\n"
    "PREGUNTA.- ¿Cómo empezó a entrenar?RESPUESTA.- Por casualidad, cuando faltó el técnico "
    "del equipo de mi hermano.\n"
    "PREGUNTA.- ¿Por qué se fue a Italia?\n"
    "PREGUNTA.- ¿Por qué se fue a Italia?RESPUESTA.- Me llamaron de Bérgamo y no lo dudé.\n"
    "PREGUNTA.- ¿Qué le pide a su equipo?\n"
    "PREGUNTA.- ¿Qué le pide a su equipo?RESPUESTA.- Que disfrute y que no deje de correr.\n"
)


def test_a_question_printed_twice_is_asked_once() -> None:
    assert [q for _, q in asked(doc(TWICE))] == [
        "¿Cómo empezó a entrenar?",
        "¿Por qué se fue a Italia?",
        "¿Qué le pide a su equipo?",
    ]


def test_an_answer_echoing_its_question_adds_no_question() -> None:
    page = (
        "Three questions for a ferryman\n\n"
        "Why the river?\n\n"
        "Why the river? Because my father ran this ferry, and his father too.\n\n"
        "What is the hardest crossing?\n\n"
        "The winter ones, when the fog sits on the water all morning.\n\n"
        "Will you retire?\n\n"
        "Not while my knees hold out, and they are holding.\n"
    )
    assert [q for _, q in asked(doc(page))] == [
        "Why the river?",
        "What is the hardest crossing?",
        "Will you retire?",
    ]
