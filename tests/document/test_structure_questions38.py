"""Whole interviews missed, read by the page's own evidence (round 38): each rule with a text it
must catch (each fails on the code before this round) and one it must not. The layouts are
reworded: no text of a fixture page is pasted here."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- Labelled turns run together in one paragraph ("س: … ج: … س: …") ---------------------

RUN_TOGETHER = (
    "حوارات\n\n"
    "الرسامة ليلى: اللون يسبق الفكرة\n\n"
    "حاورتها: هدى سالم\n\n"
    "س: متى بدأت الرسم؟ ج: في السابعة، على جدران بيتنا، وعاقبتني أمي ثم اشترت لي دفتراً. "
    "س: ومن علمك؟ ج: لم يعلمني أحد، كنت أقلد الصور في المجلات القديمة. "
    "س: ما الذي تعملين عليه الآن؟ ج: معرض صغير عن البحر سيفتتح في الربيع.\n\n"
    "جميع الحقوق محفوظة\n"
)


def test_question_and_answer_labels_inside_one_paragraph_are_turns() -> None:
    assert [q for _, q in asked(doc(RUN_TOGETHER))] == [
        "متى بدأت الرسم؟",
        "ومن علمك؟",
        "ما الذي تعملين عليه الآن؟",
    ]


def test_a_paragraph_naming_two_people_twice_each_is_no_labelled_run() -> None:
    # Names before colons in a story's paragraph, no question label among them: the rules
    # of named turns (``lines.namedturns``) decide, not the labelled run.
    story = (
        "Lokales\n\n"
        "Der Streit um den Marktplatz\n\n"
        "Die Sitzung dauerte lange. Protokoll: Die Anträge wurden verlesen. Beschluss: Die "
        "Sache wird vertagt. Protokoll: Der Bürgermeister dankte. Beschluss: Die nächste "
        "Sitzung ist im Mai. Es gab keinen Applaus.\n\n"
        "Mehr dazu lesen Sie am Montag.\n"
    )
    assert asked(doc(story)) == []


# --- A labelled question and its unlabelled answer in one paragraph ("Q. …? answer") ------

Q_THEN_ANSWER = (
    "인터뷰\n\n"
    "바리스타 민호 \"커피는 기다림\"\n\n"
    "동네탐방 2019. 5. 2. 10:15\n\n"
    "Q. 이름과 하는 일을 말씀해주세요. 동네에서 작은 카페를 하는 민호입니다. "
    "문을 연 지는 삼 년 됐어요.\n\n"
    "Q. 카페 이름이 특이해요. 무슨 뜻이에요? 할머니 댁 골목 이름이에요. 어릴 때 거기서 "
    "자랐거든요.\n\n"
    "Q. 가장 바쁜 시간은 언제예요? 아침 여덟 시요. 출근하는 손님들이 한꺼번에 와요.\n\n"
    "Q. 커피를 처음 배운 건 언제인가요? 스무 살 때 아르바이트하면서요.\n\n"
    "공감\n"
)


def test_a_labelled_question_running_into_its_answer_is_cut_after_the_question() -> None:
    assert [q for _, q in asked(doc(Q_THEN_ANSWER))] == [
        "이름과 하는 일을 말씀해주세요.",
        "카페 이름이 특이해요. 무슨 뜻이에요?",
        "가장 바쁜 시간은 언제예요?",
        "커피를 처음 배운 건 언제인가요?",
    ]


def test_labelled_questions_alone_on_their_paragraphs_are_not_cut() -> None:
    # "Q." paragraphs that ask to their end, unlabelled answers below: nothing to cut, and a
    # question of two sentences stays whole.
    interview = (
        "Interview\n\n"
        "The baker who gets up at three\n\n"
        "Q. You took over the shop from your father. Was that the plan?\n\n"
        "Not at all. I studied chemistry and came back for one summer.\n\n"
        "Q. What changed your mind?\n\n"
        "The regulars. They would not let me go.\n\n"
        "Q. What is the hardest part?\n\n"
        "The hours, and the flour in everything.\n"
    )
    assert [q for _, q in asked(doc(interview))] == [
        "You took over the shop from your father. Was that the plan?",
        "What changed your mind?",
        "What is the hardest part?",
    ]


def test_a_help_pages_labelled_questions_running_into_answers_get_none() -> None:
    # The readers' questions in the first person, put to no one: an FAQ.
    faq = (
        "Help Centre\n\n"
        "Returns and refunds\n\n"
        "Q. How do I return an item? Fill in the form in your account and print the label. "
        "Parcels go back free of charge.\n\n"
        "Q. When will I get my money back? Refunds reach your card within five working days "
        "of our receiving the parcel.\n\n"
        "Q. Can I exchange a size? Yes. Choose the new size in the form and we send it when "
        "the return arrives.\n\n"
        "Q. What if my item is damaged? Send us a photo first. We decide case by case.\n\n"
        "Contact us\n"
    )
    assert asked(doc(faq)) == []


# --- Questions set in brackets before the answer, the interview named nowhere -------------

BRACKETED = (
    "La Librairie du Port\n\n"
    "[ENTRE NOUS] #3\n\n"
    "Lucie tient la bibliothèque du village depuis dix ans. Nous lui avons posé nos petites "
    "questions rituelles.\n\n"
    "[Un livre qui t'a fait rire ?] Un vieux roman anglais, relu trois fois cet hiver.\n\n"
    "[Une odeur d'enfance ?] La confiture de coings chez ma grand-mère.\n\n"
    "[Un endroit pour lire ?] Le banc devant l'église, au soleil.\n\n"
    "[Et le livre que tu offres à tout le monde…] Un recueil de nouvelles sur la mer.\n\n"
    "Merci Lucie !\n"
)


def test_bracketed_questions_before_their_answers_are_questions_unnamed() -> None:
    assert [q for _, q in asked(doc(BRACKETED))] == [
        "Un livre qui t'a fait rire ?",
        "Une odeur d'enfance ?",
        "Un endroit pour lire ?",
        "Et le livre que tu offres à tout le monde…",
    ]


def test_bracketed_notes_that_ask_nothing_are_no_questions() -> None:
    article = (
        "Ville\n\n"
        "Le marché couvert rouvre\n\n"
        "[Photo] Les étals ont été repeints pendant l'été.\n\n"
        "[Vidéo] Le maire a coupé le ruban samedi matin.\n\n"
        "[Infographie] Les horaires changent dès lundi.\n"
    )
    assert asked(doc(article)) == []


# --- Answers wholly quoted, a share bar and a "read also" list under the last -------------

QUOTED_UNDER_SHARE_BAR = (
    "Nieuws\n\n"
    "'Ik fiets elke dag naar het stadhuis'\n\n"
    "Door: Anne de Wit\n\n"
    "U woont al twintig jaar in de stad. Waarom nu pas de politiek in?\n\n"
    ",,Omdat mijn kinderen het huis uit zijn. Nu heb ik eindelijk de avonden vrij voor "
    "vergaderingen.''\n\n"
    "Uw voorganger vertrekt na één jaar.\n\n"
    ",,Dat is jammer, maar hij heeft goede redenen en ik neem zijn dossiers graag over.''\n\n"
    "Wat gaat u als eerste aanpakken?\n\n"
    ",,De fietspaden in het centrum. Die zijn al jaren een schande voor de stad.''\n\n"
    "Deel dit artikel\n\nFacebook\n\nTwitter\n\nWhatsApp\n\nLees ook\n\n"
    "Raad kiest nieuwe voorzitter\n"
)


def test_a_statement_between_quoted_answers_is_a_prompt_above_a_long_share_bar() -> None:
    assert [q for _, q in asked(doc(QUOTED_UNDER_SHARE_BAR))] == [
        "U woont al twintig jaar in de stad. Waarom nu pas de politiek in?",
        "Uw voorganger vertrekt na één jaar.",
        "Wat gaat u als eerste aanpakken?",
    ]


def test_quoted_paragraphs_with_their_speaker_in_an_article_get_none() -> None:
    article = (
        "Nieuws\n\n"
        "Nieuwe fietspaden in het centrum\n\n"
        "De gemeente legt dit jaar vier kilometer nieuw fietspad aan.\n\n"
        "Wie betaalt dat?\n\n"
        ",,De provincie betaalt de helft,'' zegt wethouder De Wit.\n\n"
        "En de rest?\n\n"
        ",,Die komt uit de reserve,'' aldus De Wit.\n\n"
        "Deel dit artikel\n\nFacebook\n\nTwitter\n\nWhatsApp\n\nLees ook\n"
    )
    assert asked(doc(article)) == []


# --- Initials ended by periods in a script without capitals ("दि. सि. - …") ---------------

INITIALS = (
    "साक्षात्कार\n\n"
    "लेखक से बातचीत\n\n"
    "क. ख. - आपने लिखना कब शुरू किया ?\n\n"
    "म. न. - कॉलेज के दिनों में, एक पत्रिका के लिए।\n\n"
    "क. ख. - आपकी पहली किताब किस बारे में थी ?\n\n"
    "म. न. - अपने गाँव के बारे में, जहाँ मैं बड़ा हुआ।\n\n"
    "क. ख. - अब आप क्या लिख रहे हैं ?\n\n"
    "म. न. - एक उपन्यास, जो अगले साल आएगा।\n"
)


def test_initials_with_periods_before_a_dash_name_the_speakers() -> None:
    assert asked(doc(INITIALS)) == [
        ("क. ख", "आपने लिखना कब शुरू किया ?"),
        ("क. ख", "आपकी पहली किताब किस बारे में थी ?"),
        ("क. ख", "अब आप क्या लिख रहे हैं ?"),
    ]


# --- A job interview's questions, the headline under the site's name ----------------------


def test_interview_questions_and_answers_named_above_the_questions_get_none() -> None:
    # The site's name is taken for the title; the headline under it names the guide.
    guide = (
        "Code Corner\n\n"
        "Home » Tag Archives: python interview questions\n\n"
        "Python Interview Questions & Answers\n\n"
        "I have collected the questions asked most often. Go through them before your "
        "interview. Best of luck!\n\n"
        "Questions about the language\n\n"
        "What is a list comprehension?\n\n"
        "Ans. A short way to build a list from another iterable, in one expression.\n\n"
        "What is a decorator?\n\n"
        "Ans. A function that takes a function and returns another one that wraps it.\n\n"
        "What is the GIL?\n\n"
        "Ans. A lock that lets one thread run Python code at a time.\n"
    )
    assert asked(doc(guide)) == []


def test_an_interview_named_above_its_questions_stays_one() -> None:
    interview = (
        "Code Corner\n\n"
        "Ten questions for our new maintainer\n\n"
        "We asked Dana, who joined the core team this spring, about her first months.\n\n"
        "How did you start contributing?\n\n"
        "I fixed a typo in the docs, then a small bug, and I never stopped.\n\n"
        "What surprised you most?\n\n"
        "How kind the reviews were. I expected to be torn apart.\n\n"
        "What would you tell a newcomer?\n\n"
        "Pick one small issue and ask questions in the open.\n"
    )
    assert len(asked(doc(interview))) == 3


def test_russian_job_interview_questions_under_their_title_get_none() -> None:
    guide = (
        "Вопросы на собеседовании аналитика\n\n"
        "Собрали вопросы, которые задают чаще всего.\n\n"
        "Вопрос 1. Что такое нормализация?\n\n"
        "Ответ: Приведение таблиц к виду без избыточных данных.\n\n"
        "Вопрос 2. Что такое индекс?\n\n"
        "Ответ: Структура, которая ускоряет поиск строк.\n\n"
        "Вопрос 3. Что такое транзакция?\n\n"
        "Ответ: Группа операций, которая выполняется целиком или никак.\n"
    )
    assert asked(doc(guide)) == []
