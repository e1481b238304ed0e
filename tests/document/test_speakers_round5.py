"""Named-speaker rules of the fifth speakers round: interviews written in the scripts and
conventions the rules knew least (Thai, Hindi, Chinese, Japanese, Korean, Arabic, Hebrew,
Greek), each with a document it must catch and one it must not."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- Names in scripts with no capitals; Thai asks with no question mark ------------------------

_THAI_LINES = (
    "สัมภาษณ์น้องข้าว ที่ 1 O-NET ภาษาไทย\n\n"
    "พี่มิ้นท์ : แนะนำตัวให้น้องๆ รู้จักหน่อยค่ะ\n"
    "น้องข้าว: ค่ะ ชื่อข้าว จบจากโรงเรียนสตรีวิทยา สายศิลป์-ภาษาจีนค่ะ\n"
    "พี่มิ้นท์ : อยากเข้าคณะอะไร\n"
    "น้องข้าว: ตอนนี้สอบตรงติดคณะอักษรศาสตร์แล้วค่ะ\n"
    "พี่มิ้นท์ : ตั้งความหวังไว้แค่ไหน\n"
    "น้องข้าว: ไม่ได้หวังที่ 1 เลยค่ะ แค่อยากได้เกินครึ่ง\n"
    "พี่มิ้นท์ : เก่งมากเลยค่ะ\n"
    "น้องข้าว: ขอบคุณค่ะ\n"
    "พี่มิ้นท์ : มีเทคนิคอะไรฝากรุ่นน้องบ้าง\n"
    "น้องข้าว: อ่านข่าวทุกวันค่ะ แล้วลองเขียนสรุปสั้นๆ ด้วยภาษาของตัวเอง\n"
)


def test_thai_labels_with_no_blank_line_name_questions_asked_with_no_question_mark():
    # A tutoring school's page: Thai names before a colon, one turn a line, no blank line;
    # Thai writes no "?" (it asks with "อะไร", "แค่ไหน", "บ้าง"), nor a full stop. The host's
    # compliment, thanked for ("ขอบคุณค่ะ"), asks nothing.
    host = "พี่มิ้นท์"
    assert asked(doc(_THAI_LINES)) == [
        (host, "แนะนำตัวให้น้องๆ รู้จักหน่อยค่ะ"),
        (host, "อยากเข้าคณะอะไร"),
        (host, "ตั้งความหวังไว้แค่ไหน"),
        (host, "มีเทคนิคอะไรฝากรุ่นน้องบ้าง"),
    ]


def test_thai_prose_lines_ask_nothing():
    # A Thai article's lines, no label, no question word at their end: no interview.
    document = doc(
        "ครูเคมีพานักเรียนไปเรียนที่สนามบาส\n"
        "ห้องเรียนของครูโบว์มีตั้งแต่ห้องเคมีไปจนถึงโรงยิมและสนามบาส\n"
        "นักเรียนชอบขอลงมาเรียนข้างล่างเพราะในห้องอึดอัด\n"
        "ครูโบว์เปิดคาบด้วยคำถามปลายเปิดที่ไม่เกี่ยวกับวิชาเคมี\n"
    )
    assert asked(document) == []


_HINDI_TABLE = (
    "पत्रवाला का साक्षात्कार\n\n"
    "बतियाना | सबसे पहले यह बताइए कि आप ब्लॉग-लेखन में कब से हैं ? |\n\n"
    "पत्रवाला | बस यूँ समझिए कि जन्म से पहले से। माँ दिन भर चिट्ठियाँ पढ़ा करती थीं। |\n\n"
    "बतियाना | वाह, क्या बात है । |\n\n"
    "पत्रवाला | जी, यह तो बस शुरुआत थी। |\n\n"
    "बतियाना | आपकी पहली पोस्ट पर कितनी टिप्पणियाँ आई थीं ? |\n\n"
    "पत्रवाला | गिनती तो याद नहीं, पर उनमें से आधी मेरी अपनी थीं। |\n\n"
    "बतियाना | नए ब्लॉगरों को आप क्या सलाह देंगे ? |\n\n"
    "पत्रवाला | लिखते रहिए, और दूसरों के ब्लॉग पर टिप्पणी करते रहिए। |\n"
)


def test_a_table_row_names_its_speaker_in_devanagari():
    # A Hindi blog's satire pasted from an HTML table: "name | turn |". The host's "वाह, क्या
    # बात है ।" (a remark, answered in six words) asks nothing.
    host = "बतियाना"
    assert asked(doc(_HINDI_TABLE)) == [
        (host, "सबसे पहले यह बताइए कि आप ब्लॉग-लेखन में कब से हैं ?"),
        (host, "आपकी पहली पोस्ट पर कितनी टिप्पणियाँ आई थीं ?"),
        (host, "नए ब्लॉगरों को आप क्या सलाह देंगे ?"),
    ]


# --- Names glued into a paragraph: full-width colons, a reader's @handle -----------------------

_READERS_ASK = (
    "读者来问，记者来答\n\n"
    "Q 如果自己调一款鸡尾酒，你会给它起什么名字？\n@薄荷地铁\n"
    "周一鸣：我想了好几天，最后定下了一个很长的名字。\n钟晓婷：就叫咕噜吧，那是我家猫的名字。\n\n"
    "Q 入行这么多年，还有特别想采访的人吗？\n@闲人一枚\n"
    "周一鸣：最想采的人还没采到。\n钟晓婷：一切让我好奇的人，我都想采访。\n\n"
    "Q 做记者最难忘的一次经历是什么？\n@南方的风\n"
    "钟晓婷：在暴雨里等了六个小时。\n周一鸣：第一次出差就把手机丢了。\n"
)


def test_a_readers_question_over_its_handle_and_named_answers_is_one_question():
    # A magazine's page: "Q " before each reader's question, the reader's @handle on the line
    # under it, then the reporters' answers, each after a name and a full-width colon, with
    # no blank line between them.
    assert asked(doc(_READERS_ASK)) == [
        ("Q", "如果自己调一款鸡尾酒，你会给它起什么名字？"),
        ("Q", "入行这么多年，还有特别想采访的人吗？"),
        ("Q", "做记者最难忘的一次经历是什么？"),
    ]


def test_a_chinese_article_with_a_colon_in_its_paragraphs_is_no_interview():
    document = doc(
        "小记者采访校长\n\n"
        "编者按：这是我们的第一次采访。\n\n"
        "五月十三日下午，二十名小记者围着校长，一场别开生面的采访开始了。\n\n"
        "校长说：学校的变化很大，这是全体师生一起努力的结果。\n\n"
        "通过这次采访，我们懂得了校长和老师们的良苦用心。\n"
    )
    assert asked(document) == []


_GUEST_ASKS_BACK = (
    "老校长重访校园\n\n"
    "小记者:李校长好，我是校记者社的，这是您第一次来我们学校吗?\n\n"
    "老校长:是的，我以前一直在县一中。\n\n"
    "小记者:原来是这样。那您一定要好好看看，我们马上要进生物标本馆了，全市也没几个学校有。\n\n"
    "老校长:听你这么一说，我更想进去看看了。你们平时常来吗?\n\n"
    "小记者:对呀，我们都很喜欢这里。里面有各种动物和植物的标本，都很珍贵。\n\n"
    "老校长:现在的教学条件真是好，我们那时候可没有这些。\n\n"
    "小记者:您对我们有什么希望?\n\n"
    "老校长:好好学习，多读书。\n"
)


def test_the_hosts_turns_around_the_guests_own_question_ask_nothing():
    # A school paper's walk with a former headmaster: he asks back ("你们平时常来吗?"); the
    # pupil's remark that drew it and the answer to it are no questions.
    assert asked(doc(_GUEST_ASKS_BACK)) == [
        ("小记者", "李校长好，我是校记者社的，这是您第一次来我们学校吗?"),
        ("小记者", "您对我们有什么希望?"),
    ]


# --- Turns marked by a sign, run on in one paragraph ---------------------------------------------

_KOREAN_RUN_ON = (
    "[독자와 함께] 고3 독자를 만나다\n\n"
    "-요즘 어떤 기사를 가장 재미있게 읽었나요. =‘청년 일자리 리포트’요. 남 일 같지 않더라고요. "
    "-주로 어떤 주제로 이야기해요. =최근엔 교과서 이야기를 했어요. "
    "-생각이 꽤 분명한 편인가 봐요. =네, 너무 분명해서 조금 숨기면서 지내요. (웃음) "
    "-교육감에게 하고 싶은 말이 있다면요. =입시 부담을 줄여 주셨으면 해요.\n"
)


def test_a_korean_papers_dashed_questions_and_signed_answers_run_on_are_cut():
    # "-question. =answer." in one paragraph: each dashed turn answered by "=" asks, though
    # Korean's "…해요." does not end like a question.
    assert asked(doc(_KOREAN_RUN_ON)) == [
        ("", "요즘 어떤 기사를 가장 재미있게 읽었나요."),
        ("", "주로 어떤 주제로 이야기해요."),
        ("", "생각이 꽤 분명한 편인가 봐요."),
        ("", "교육감에게 하고 싶은 말이 있다면요."),
    ]


_ARABIC_BRACES = (
    "# الروائية مريم العلي: الكتابة صلاة\n\n"
    "حاورتها: سلمى بنعيسى\n\n"
    "{ ماذا تكتبين هذه الأيام..? أكتب سيرة ذاتية سردية، فهل أنجح..? ربما.. "
    "{ أي الفصول يلهمك أكثر..? الفكرة تطرق الرأس متى شاءت. "
    "{ بماذا تشعرين حين تنهين نصاً..? خوف وخشية لا ثالث لهما. "
    "{ هل تستحضرين القارئ وأنت تكتبين..? أحترم وقته وعقله.. فقط.\n"
)


def test_an_arabic_papers_bullet_glyph_opens_each_question_run_on():
    # The paper's bullet, mapped to "{" by its font, opens each question; "..?" ends it.
    assert asked(doc(_ARABIC_BRACES, markdown=True)) == [
        ("", "ماذا تكتبين هذه الأيام..?"),
        ("", "أي الفصول يلهمك أكثر..?"),
        ("", "بماذا تشعرين حين تنهين نصاً..?"),
        ("", "هل تستحضرين القارئ وأنت تكتبين..?"),
    ]


def test_a_korean_paragraph_with_two_dashes_in_its_prose_is_no_interview():
    document = doc(
        "학교 소식\n\n"
        "지난 9월 2일 -토요일- 신문제작 동아리 학생을 만났다. 학생은 \"방학 때와 달리 일찍 "
        "일어나야 하는 게 힘들어요.\"라고 답했다. -이어 진로를 물었다. 학생은 미디어학과에 "
        "가고 싶다고 했다.\n"
    )
    assert asked(document) == []


# --- Labelled lines in Arabic, Persian and Hebrew; a Japanese single dash ----------------------

_ARABIC_LINES = (
    "حوار مع مديرة المكتبة\n\n"
    "سؤال: كم عدد القراء الآن؟\n"
    "جواب: حوالي ثلاثمئة قارئ يومياً.\n"
    "سؤال: ما الكتب الأكثر طلباً؟\n"
    "جواب: الروايات وكتب التاريخ.\n"
    "سؤال: ما خططكم للعام القادم؟\n"
    "جواب: افتتاح قاعة للأطفال.\n"
)


def test_arabic_labelled_lines_with_no_blank_line_are_turns():
    # "سؤال:" (question) / "جواب:" (answer) on every line, no blank line between them.
    asker = "سؤال"
    assert asked(doc(_ARABIC_LINES)) == [
        (asker, "كم عدد القراء الآن؟"),
        (asker, "ما الكتب الأكثر طلباً؟"),
        (asker, "ما خططكم للعام القادم؟"),
    ]


def test_an_arabic_paragraph_of_prose_with_a_colon_stays_whole():
    document = doc(
        "المكتبة في رمضان\n\n"
        "قالت المديرة: إن عدد القراء زاد هذا العام.\n"
        "وأضافت أن الأطفال يأتون بعد المدرسة لقراءة القصص.\n"
        "وقالت: نحتاج إلى قاعة جديدة للأطفال.\n"
        "وختمت بأن المكتبة ستفتح حتى منتصف الليل.\n"
    )
    assert asked(document) == []


_JAPANESE_DASH = (
    "図書館長インタビュー\n\n"
    "―利用者は増えていますか?\n"
    "はい、毎年少しずつ増えています。特に夕方の学生が多いです。\n"
    "―人気のある本は何ですか?\n"
    "推理小説と郷土史の本がよく借りられます。\n"
    "―来年の計画を教えてください。\n"
    "子ども向けの閲覧室を新しく作る予定です。\n"
)


def test_a_japanese_interviewers_single_dash_opens_each_question_line():
    assert asked(doc(_JAPANESE_DASH)) == [
        ("", "利用者は増えていますか?"),
        ("", "人気のある本は何ですか?"),
        ("", "来年の計画を教えてください。"),
    ]


def test_a_japanese_essays_single_dash_asides_ask_nothing():
    document = doc(
        "インタビューの宿命\n\n"
        "インタビューは、するほうより、されるほうが難しいように思います。\n"
        "―少し、しゃべりすぎたな。\n"
        "と思うか、\n"
        "―ぜんぜん話したりなかった。\n"
        "と思うかのどちらかであって、\n"
        "―程よく話せた。\n"
        "と思えることは、ほとんどないのではないでしょうか。\n"
    )
    assert asked(document) == []


# --- A group's number as its label -------------------------------------------------------------

_SCHOOL_GROUP = (
    "Συνέντευξη του κυρίου Μ.Π. στην ομάδα σύνταξης\n\n"
    "Μ. Π.: Το 1927, αλλά στα χαρτιά είμαι του ’28.\n"
    "41ο: Τι θυμάστε από την κήρυξη του πολέμου;\n"
    "Μ. Π.: Ήμουν στο κέντρο εκπαίδευσης στη Λάρισα.\n"
    "41ο: Και μετά πού σας έστειλαν;\n"
    "Μ. Π.: Στα σύνορα, με το πρώτο τάγμα.\n"
    "41ο: Φοβόσασταν;\n"
    "Μ. Π.: Όλοι φοβόμασταν, παιδί μου.\n"
)


def test_a_school_groups_number_names_its_turns():
    # A Greek school's transcript: the class asks as "41ο" (the 41st school), Greek asks with ";".
    assert asked(doc(_SCHOOL_GROUP)) == [
        ("41ο", "Τι θυμάστε από την κήρυξη του πολέμου;"),
        ("41ο", "Και μετά πού σας έστειλαν;"),
        ("41ο", "Φοβόσασταν;"),
    ]


# --- A dashed question over its answer's line, in a script with no case --------------------------


def test_an_arabic_dashed_question_over_its_answers_line_is_no_list_item():
    # "- كم …؟" over the answer's line, no blank line: the answer, in a script with no capital
    # to open it, was read as the bullet's text going on.
    document = doc(
        "حوار مع مديرة المكتبة\n\n"
        "- كم عدد القراء الآن؟\n"
        "حوالي ثلاثمئة قارئ يومياً، والعدد يزيد كل عام.\n"
        "- ما الكتب الأكثر طلباً؟\n"
        "الروايات وكتب التاريخ المحلي.\n"
        "- ما خططكم للعام القادم؟\n"
        "افتتاح قاعة جديدة للأطفال.\n"
    )
    assert [text for _, text in asked(document)] == [
        "كم عدد القراء الآن؟", "ما الكتب الأكثر طلباً؟", "ما خططكم للعام القادم؟",
    ]


def test_a_bullets_line_wrapped_before_a_small_letter_goes_on():
    # "- Do you know what?" / "nothing": still one bullet (a lower-case word goes on).
    document = doc(
        "Shopping list\n\n"
        "- Can we get the red apples or the green ones?\n"
        "whichever is cheaper this week\n"
        "- Bread\n"
        "- Milk\n"
    )
    assert asked(document) == []


def test_thai_ask_and_answer_labels_and_a_question_word_mid_way():
    # "ถาม:" / "ตอบ:" (ask / answer) label the turns; "ประเภทไหน…" asks mid-way, with no mark.
    document = doc(
        "สัมภาษณ์ผู้อำนวยการห้องสมุด\n\n"
        "ถาม: แต่ละวันมีผู้ใช้บริการกี่คน\n\nตอบ: ประมาณสามร้อยคนค่ะ\n\n"
        "ถาม: หนังสือประเภทไหนที่คนยืมมากที่สุด\n\nตอบ: นวนิยายและหนังสือประวัติศาสตร์ค่ะ\n\n"
        "ถาม: ปีหน้ามีแผนอะไรบ้าง\n\nตอบ: เปิดห้องอ่านหนังสือสำหรับเด็กค่ะ\n"
    )
    assert [text for _, text in asked(document)] == [
        "แต่ละวันมีผู้ใช้บริการกี่คน", "หนังสือประเภทไหนที่คนยืมมากที่สุด", "ปีหน้ามีแผนอะไรบ้าง",
    ]


def test_a_thai_abbreviated_title_before_a_name_labels_the_guest():
    # "ผอ.สมศรี:" (the director, shortened, and her name): the guest's label, so the reporter,
    # asking, is the interviewer.
    reporter = "ผู้สื่อข่าว"
    document = doc(
        "สัมภาษณ์ผู้อำนวยการห้องสมุด\n\n"
        "ผู้สื่อข่าว: แต่ละวันมีผู้ใช้บริการกี่คนครับ\n\nผอ.สมศรี: ประมาณสามร้อยคนค่ะ\n\n"
        "ผู้สื่อข่าว: หนังสือประเภทไหนที่คนยืมมากที่สุดครับ\n\nผอ.สมศรี: นวนิยายค่ะ\n\n"
        "ผู้สื่อข่าว: ปีหน้ามีแผนอะไรบ้างครับ\n\nผอ.สมศรี: เปิดห้องอ่านหนังสือสำหรับเด็กค่ะ\n"
    )
    assert asked(document) == [
        (reporter, "แต่ละวันมีผู้ใช้บริการกี่คนครับ"),
        (reporter, "หนังสือประเภทไหนที่คนยืมมากที่สุดครับ"),
        (reporter, "ปีหน้ามีแผนอะไรบ้างครับ"),
    ]


def test_the_hosts_last_word_before_a_section_letter_is_no_question():
    # Two walks, "A" and "B": the pupil's parting words close the first, unanswered.
    document = doc(
        "老校长重访校园\n\nA\n\n"
        "小记者:李校长好，这是您第一次回来吗?\n\n老校长:不是，这是第二次了。\n\n"
        "小记者:您觉得现在的学校怎么样?\n\n老校长:校园真漂亮，绿化做得很到位。\n\n"
        "小记者:那李校长您慢慢参观，学校里还有很多好玩的地方哟。\n\nB\n\n"
        "小记者:李校长好，您以前在哪所学校?\n\n老校长:我以前一直在县一中。\n"
    )
    assert [text for _, text in asked(document)] == [
        "李校长好，这是您第一次回来吗?", "您觉得现在的学校怎么样?", "李校长好，您以前在哪所学校?",
    ]


def test_a_hosts_prompt_answered_under_a_heading_stays_a_question():
    document = doc(
        "# On the farm\n\n"
        "Host: How long have you kept bees?\n\nAnna: Twelve years now.\n\n"
        "Host: Tell us about the first hive.\n\n## The first hive\n\n"
        "Anna: It was a gift from my uncle, and it nearly died that winter.\n\n"
        "Host: What would you tell a beginner?\n\nAnna: Start with two hives, not one.\n",
        markdown=True,
    )
    # (The heading under the prompt is read into it, as before this round.)
    texts = [text for _, text in asked(document)]
    assert len(texts) == 3 and texts[1].startswith("Tell us about the first hive.")


# --- Dialogue narrated in quotation marks ------------------------------------------------------

_ESSAY = (
    "I was a reporter for a day\n\n"
    "A few days ago our teacher gave us a task: to interview Mrs Zhou, the head teacher. I was "
    "surprised and excited, because it was my first time as a reporter.\n\n"
    "The interview was at four. I stood beside her and plucked up the courage to ask first: "
    "“Mrs Zhou, the school has won many honours. How do you feel about them?”\n\n"
    "“The school has changed a lot. It is the result of everyone's hard work.”\n\n"
    "“What are your plans for the school?”\n\n"
    "“Next term we will open another class, and build a playground on the roof.”\n\n"
    "“So what would you most like to say to the pupils now?”\n\n"
    "“Today I am proud of the school; tomorrow the school will be proud of me.”\n\n"
    "The twenty minutes passed quickly. Through this interview I understood how much our "
    "teachers care, and I love our school even more.\n"
)


def test_an_essay_narrating_its_interview_in_quotation_marks_has_no_outline():
    # A pupil's essay (its Chinese original: "我也当了一回小记者"): both speakers' words in
    # quotation marks, the narrator's tale around them.
    assert asked(doc(_ESSAY)) == []


def test_plain_questions_over_quoted_answers_stay_an_interview():
    # A magazine's portrait prints only the answers in quotation marks: an interview still.
    document = doc(
        "Five questions for the head teacher\n\n"
        "Mrs Zhou has led the school for twelve years. We met her in her office.\n\n"
        "How do you feel about the school's honours?\n\n"
        "“The school has changed a lot. It is the result of everyone's hard work, and it was "
        "not easy, believe me.”\n\n"
        "What are your plans for the school?\n\n"
        "“Next term we will open another class, and build a playground on the roof.”\n\n"
        "What would you most like to say to the pupils now?\n\n"
        "“Today I am proud of the school; tomorrow the school will be proud of me.”\n"
    )
    assert [text for _, text in asked(document)] == [
        "How do you feel about the school's honours?",
        "What are your plans for the school?",
        "What would you most like to say to the pupils now?",
    ]
