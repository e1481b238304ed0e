"""Lines, round 35: pages whose turns are not in paragraphs of their own. A caseless script's
page copied without blank lines (its sentences end with "؟", "।", "。", which the page test did
not read), an answer's lines broken by hand at commas, a single-letter Arabic label glued
into a paragraph ("س: …؟ يونسي: …"), a question's line a list item swallowed in Arabic,
"Q. …? answer" run on in one paragraph, and two marks alternating inside paragraphs ("- …؟ *
…"). Each layout is reworded; the must-catch tests fail on the code before this round, the
must-not tests pass on both. Every test checks that no character is lost."""

from __future__ import annotations

from .test_structure_layouts import asked, doc


def _kept_whole(document, source: str) -> None:
    """Every word of the source is in the document's blocks: nothing was lost by a cut."""
    words = " ".join(block.text for block in document.blocks).split()
    for word in source.split():
        assert word in words or any(word in w for w in words), word


# An Arabic blog copied with no blank line: menu, date, numbered questions ending with "؟"
# at their lines' ends, each answer on the next line, one answer broken by hand at commas.
ARABIC_NUMBERED = (
    "أقلام حرة\n"
    "الرئيسية\n"
    "حوارات\n"
    "الأحد، 12 مارس 2023\n"
    "حوار مع الرسامة ليلى منصور\n"
    "أهلاً بك، هل تسمحين لنا بهذا الحوار القصير؟\n"
    "بكل سرور.\n"
    "1-الاسم؟\n"
    "ليلى منصور\n"
    "2-المدينة؟\n"
    "طنجة.\n"
    "3-متى بدأتِ الرسم؟\n"
    "في العاشرة، على جدران غرفتي.\n"
    "4-هل واجهتك صعوبات في البداية؟\n"
    "نعم واجهت صعوبات كثيرة،\n"
    "تجاوزتها بالصبر والعمل،\n"
    "ونصيحتي: ارسم كل يوم.\n"
    "5-ما مشروعك القادم؟\n"
    "معرض صغير في الصيف.\n"
    "6-كلمة أخيرة لقراء المدونة؟\n"
    "شكراً لكم على هذه المساحة الجميلة.\n"
)


def test_a_caseless_page_without_blank_lines_has_its_numbered_questions_found() -> None:
    document = doc(ARABIC_NUMBERED)
    questions = [q for _, q in asked(document)]
    for question in ("الاسم؟", "المدينة؟", "متى بدأتِ الرسم؟", "هل واجهتك صعوبات في البداية؟",
                     "ما مشروعك القادم؟"):
        assert question in questions
    _kept_whole(document, ARABIC_NUMBERED)


def test_an_answer_broken_by_hand_at_commas_stays_one_paragraph() -> None:
    document = doc(ARABIC_NUMBERED)
    texts = [block.text for block in document.blocks]
    assert "نعم واجهت صعوبات كثيرة، تجاوزتها بالصبر والعمل، ونصيحتي: ارسم كل يوم." in texts
    assert not any(q.startswith("تجاوزتها") for _, q in asked(document))


# A satirical site's interview kept in one paragraph: the paper's "س:" (one letter) and the
# guest's name before each turn, glued after the introduction.
ARABIC_GLUED = (
    "حوار ساخر مع مدير السوق البلدي\n\n"
    "بعد طول انتظار قبل المدير الإجابة عن أسئلتنا. س: مرحبا أسي كريم، كيف حالك؟ "
    "كريم: بخير والحمد لله، غير الصحافة كتعطلنا س: علاش السوق مازال مسدود؟ "
    "كريم: كنصلحو السقف، شهر وكيتحل س: وشنو غادي تزيدو فيه؟ "
    "كريم: محلات جداد للخضارة والحوت س: وامتى غادي يتحل بالضبط؟ "
    "كريم: قلت ليك شهر، صافي\n"
)


def test_a_single_letter_arabic_label_glued_in_a_paragraph_opens_its_turns() -> None:
    document = doc(ARABIC_GLUED)
    assert [q for _, q in asked(document)] == [
        "مرحبا أسي كريم، كيف حالك؟",
        "علاش السوق مازال مسدود؟",
        "وشنو غادي تزيدو فيه؟",
        "وامتى غادي يتحل بالضبط؟",
    ]
    _kept_whole(document, ARABIC_GLUED)


# An Egyptian daily's interview: the questions behind "■", the answers behind "- ", no blank
# line between them, so Markdown ran each next question into the answer's list item.
ARABIC_BULLETS = (
    "عادل فهمي: القصة القصيرة لا تموت\n\n"
    "حوار- سلوى رشدي\n\n"
    "في الجزء الثاني من الحوار نعود مع القاص إلى سنوات البدايات وإلى ما يكتبه الآن.\n"
    "■ بدأت بالشعر ثم تركته، فلماذا اخترت القصة القصيرة دون غيرها؟\n"
    "- لأنها تشبه الحياة في قريتنا: قصيرة وحادة ولا تحتمل الثرثرة.\n"
    "■ وهل ما زلت تكتب بالقلم؟\n"
    "- نعم، ولا أعرف الكتابة على الشاشة.\n"
    "■ ما الذي تكتبه هذه الأيام؟\n"
    "- مجموعة عن باعة الصحف في وسط البلد.\n"
)


def test_a_caseless_question_line_is_not_swallowed_by_the_answer_item_above() -> None:
    document = doc(ARABIC_BULLETS)
    assert [q for _, q in asked(document)] == [
        "بدأت بالشعر ثم تركته، فلماذا اخترت القصة القصيرة دون غيرها؟",
        "وهل ما زلت تكتب بالقلم؟",
        "ما الذي تكتبه هذه الأيام؟",
    ]
    _kept_whole(document, ARABIC_BULLETS)


# "Q." opens each paragraph, the answer runs on after the question with no label.
Q_RUN_ON = (
    "Talking to the baker on Mill Street\n\n"
    "Q. How did it start? It was 2010 and I had just lost my job at the mill.\n\n"
    "Q. Why bread? My grandmother baked every Sunday, so I knew the smell before the word.\n\n"
    "Q. You open at five. Is that hard? Not any more. The dough does not wait, so neither do I.\n\n"
    "Q. What comes next? A second shop, if the bank agrees.\n"
)
KOREAN_RUN_ON = (
    "래퍼 도윤 \"#그냥해\"\n\n"
    "Q. 요즘 어떻게 지내세요? 오는 버스에서도 계속 가사를 썼어요. 다음 달에 싱글이 나와요.\n\n"
    "Q. 이 동네를 인터뷰 장소로 고른 이유가 궁금해요. 어떤 의미가 있나요? 제가 처음 랩을 "
    "녹음한 곳이 바로 이 골목이에요.\n\n"
    "Q. 음악을 시작한 계기는 무엇인가요? 형이 빌려준 CD 한 장이요.\n"
)


def test_a_labelled_question_run_on_with_its_answer_is_cut_after_the_question() -> None:
    assert [q for _, q in asked(doc(Q_RUN_ON))] == [
        "How did it start?",
        "Why bread?",
        "You open at five. Is that hard?",
        "What comes next?",
    ]
    korean = doc(KOREAN_RUN_ON)
    assert [q for _, q in asked(korean)] == [
        "요즘 어떻게 지내세요?",
        "이 동네를 인터뷰 장소로 고른 이유가 궁금해요. 어떤 의미가 있나요?",
        "음악을 시작한 계기는 무엇인가요?",
    ]
    _kept_whole(korean, KOREAN_RUN_ON)


# A festival report whose turns, "- question؟" and "* answer", all run in one paragraph.
ALTERNATING = (
    "المخرج سامي بن علي: السينما تبدأ من الحي\n\n"
    "التقيناه في بهو قاعة العرض بعد نهاية الفيلم، وكان الجمهور ما يزال يحيط به، فكان هذا "
    "الحديث السريع. - هل توقعت هذا الإقبال على فيلمك الأول؟ * أبداً، كنت أخاف أن تبقى "
    "القاعة فارغة. - لماذا صورت كل المشاهد في حيك القديم؟ * لأنني أعرف كل زاوية فيه، "
    "والناس هناك يعرفونني. - وما مشروعك القادم؟ * فيلم قصير عن بائع الخبز في الحي نفسه.\n"
)


def test_two_marks_alternating_in_a_paragraph_open_its_turns() -> None:
    document = doc(ALTERNATING)
    assert [q for _, q in asked(document)] == [
        "هل توقعت هذا الإقبال على فيلمك الأول؟",
        "لماذا صورت كل المشاهد في حيك القديم؟",
        "وما مشروعك القادم؟",
    ]
    _kept_whole(document, ALTERNATING)


# --- must not ---------------------------------------------------------------------------------

# A question wrapped across two lines inside a dashed item: the line above does not end its
# sentence, so the asking line goes on with it.
WRAPPED_ITEM_QUESTION = (
    "حوار قصير مع مدرب الفريق\n\n"
    "- ما الذي جعلك تعود إلى\n"
    "الملعب بعد عشر سنين من الغياب؟\n"
    "- الحنين، ولا شيء غيره.\n"
)


def test_a_question_wrapped_across_two_lines_stays_one() -> None:
    texts = [block.text for block in doc(WRAPPED_ITEM_QUESTION).blocks]
    assert not any(text.strip() == "الملعب بعد عشر سنين من الغياب؟" for text in texts)


# An article's paragraph hard-wrapped at 70 columns, a question asked inside it.
WRAPPED_ARTICLE = (
    "Why the market hall stays closed\n\n"
    "The council met on Tuesday to decide the future of the old market hall,\n"
    "which has been closed since the roof gave way in March. Why does it\n"
    "matter? Because forty traders lost their stalls, and the temporary tents\n"
    "on the square will not last another winter. The vote was postponed.\n\n"
    "A report on the roof is due in May, and the traders have asked to see it\n"
    "before the council decides anything else about the building.\n"
)
ARABIC_ARTICLE = (
    "لماذا تبقى المقابلات التلفزيونية فارغة\n\n"
    "تمتلئ الشاشات بالمقابلات الترفيهية مع الفنانين والكتّاب، ولهذه المقابلات أهداف عدة، "
    "لكنها صارت فارغة حتى في ترفيهها.\n"
    "لماذا يسأل المذيع إذن ما يعرف جوابه مسبقاً؟\n"
    "لأن الإعداد صار يتم قبل الحلقة بدقائق، ولأن الإدارة تطلب ثلاث حلقات في اليوم.\n"
)


def test_an_article_with_a_question_inside_gets_no_questions() -> None:
    assert asked(doc(WRAPPED_ARTICLE)) == []
    assert asked(doc(ARABIC_ARTICLE)) == []


# Labelled answers: the "Q." / "A." turns are the labels' rules to cut, not the run-on rule's.
LABELLED_ANSWERS = (
    "Talking to the baker\n\n"
    "Q. How did it start? A. In 2010, after the mill closed.\n\n"
    "A. I should add: my grandmother baked every Sunday.\n\n"
    "Q. Why bread? Because I knew the smell.\n\n"
    "Q. What next? A second shop.\n"
)


def test_a_page_with_labelled_answers_is_left_to_the_labels() -> None:
    texts = [block.text for block in doc(LABELLED_ANSWERS).blocks]
    assert "Why bread?" not in texts


# A letter opens with a salutation: it stays apart from the line under it, which goes on.
SALUTATION = (
    "Dear Anna,\n"
    "thank you for the photographs, they arrived on Monday.\n"
    "We are all well here, and the garden is finally green.\n"
    "The children ask when you will visit again.\n"
)


def test_a_salutation_ending_with_a_comma_stays_apart() -> None:
    texts = [block.text for block in doc(SALUTATION).blocks]
    assert texts[0] == "Dear Anna,"


# "Q." paragraphs whose questions run over several sentences, the answers in paragraphs of
# their own: no question is cut short at its first "?".
LONG_QUESTIONS = (
    "Talking to the mayor\n\n"
    "Q. Is it true? I heard the harbour plan was dropped. Why?\n\n"
    "It was postponed, not dropped.\n\n"
    "Q. The budget? The council has not seen it. When will it?\n\n"
    "In May, with the report on the roof.\n\n"
    "Q. And the schools? Two roofs leak. Which comes first?\n\n"
    "The schools, always.\n"
)


def test_a_labelled_question_of_several_sentences_is_not_cut_short() -> None:
    assert [q for _, q in asked(doc(LONG_QUESTIONS))] == [
        "Is it true? I heard the harbour plan was dropped. Why?",
        "The budget? The council has not seen it. When will it?",
        "And the schools? Two roofs leak. Which comes first?",
    ]
