"""What the session's rounds left to the questions' and the text's rules (round 36): each
class with a text it must catch (each fails on the code before this round) and one it must
not."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- Numbered questions over dashed answers, one list of two markers -------------------------

NUMBERED_OVER_DASHED = (
    "Sommarintervju med en ny författare\n\n"
    "I sommar ställer jag snabba frågor till författare, korta som en getings stick. I dag "
    "är det Lina Berg, som skriver på sin första roman.\n"
    "1. Fjällen eller solresa?\n"
    "- Fjällen, helst i augusti när myggen har gett sig.\n"
    "2. Penna eller dator på tåget?\n"
    "2. Penna eller dator på tåget?\n"
    "- Penna, alltid.\n"
    "3. Serietidning eller dagstidning på stranden?\n"
    "- Serietidning. Nyheterna får vänta.\n"
    "4. Glass eller kaffe?\n"
    "- Kaffe.\n"
    "4. Glass eller kaffe?\n"
    "- Kaffe. Inga kommentarer:\n"
)


def test_numbered_questions_each_over_a_dashed_answer_are_questions() -> None:
    assert [q for _, q in asked(doc(NUMBERED_OVER_DASHED))] == [
        "Fjällen eller solresa?",
        "Penna eller dator på tåget?",
        "Serietidning eller dagstidning på stranden?",
        "Glass eller kaffe?",
    ]


def test_numbered_steps_with_dashed_notes_get_no_questions() -> None:
    recipe = (
        "Så bakar du kanelbullar\n\n"
        "Det tar ungefär två timmar, jäsningen inräknad.\n"
        "1. Värm mjölken och smöret.\n"
        "- Högst 37 grader, annars dör jästen.\n"
        "2. Blanda i jäst, socker och mjöl.\n"
        "- Knåda i tio minuter.\n"
        "3. Låt degen jäsa under en bakduk.\n"
        "- En timme räcker.\n"
        "4. Varför kavla tunt?\n"
        "- Då blir bullarna saftigare.\n"
    )
    assert asked(doc(recipe)) == []


def test_a_numbered_list_of_questions_with_dashed_sub_questions_gets_none() -> None:
    checklist = (
        "Frågor att ställa före köpet\n\n"
        "Gå igenom listan innan du skriver på.\n"
        "1. Vem äger huset i dag?\n"
        "- Finns det fler ägare?\n"
        "2. När byttes taket?\n"
        "- Finns kvitton?\n"
        "3. Hur gammal är pannan?\n"
        "- Vem servar den?\n"
    )
    assert asked(doc(checklist)) == []


# --- A speaker's label naming the outlet after a spaced dash ---------------------------------

OUTLET_AFTER_DASH = (
    "Bộ trưởng: Giáo dục nghề cần thêm đầu tư\n\n"
    "Lời Toà Soạn: Nhân dịp khai giảng, phóng viên Minh Thư có cuộc trao đổi ngắn với bộ "
    "trưởng.\n\n"
    "Minh Thư – VOA: Xin chào bộ trưởng. Năm học này có gì mới?\n\n"
    "Bộ trưởng Hòa: Chúng tôi mở thêm hai mươi trường nghề ở các tỉnh miền núi, và tăng học "
    "bổng cho học sinh nghèo.\n\n"
    "Minh Thư – VOA: Kinh phí lấy từ đâu?\n\n"
    "Bộ trưởng Hòa: Phần lớn từ ngân sách, một phần từ các doanh nghiệp đối tác trong vùng.\n\n"
    "Minh Thư – VOA: Khi nào học sinh được hưởng lợi?\n\n"
    "Bộ trưởng Hòa: Ngay từ học kỳ này, với các em đã đăng ký trước tháng chín.\n"
)


def test_a_label_naming_the_outlet_after_a_dash_is_cut_at_its_colon() -> None:
    assert asked(doc(OUTLET_AFTER_DASH)) == [
        ("Minh Thư", "Xin chào bộ trưởng. Năm học này có gì mới?"),
        ("Minh Thư", "Kinh phí lấy từ đâu?"),
        ("Minh Thư", "Khi nào học sinh được hưởng lợi?"),
    ]


def test_a_dateline_before_a_dash_and_a_colon_opens_no_turn() -> None:
    article = (
        "Thị trưởng họp báo về ngân sách\n\n"
        "Hà Nội – Thông báo: ngân sách năm nay tăng mười phần trăm so với năm ngoái.\n\n"
        "Thị trưởng cho biết phần lớn dành cho trường học và bệnh viện. Ai sẽ trả?\n\n"
        "Câu hỏi này chưa có lời đáp, theo các nhà báo có mặt.\n"
    )
    assert asked(doc(article)) == []


def test_a_turns_opening_words_before_a_colon_stay_the_turns() -> None:
    page = (
        "Sabatina com os candidatos\n\n"
        "Os leitores enviaram perguntas aos candidatos, lidas pelos nossos repórteres.\n\n"
        "Alan Ferreira - O que os senhores vão fazer pela escola pública?\n\n"
        "Fátima Bezerril - Vamos pagar o piso aos professores e reformar as escolas.\n\n"
        "Renata Lima - E a segurança no interior?\n\n"
        "Fátima Bezerril - Vamos defender um fundo para os municípios pequenos.\n\n"
        "Alan Ferreira - Para terminar: por que votar em quem nunca teve mandato?\n\n"
        "Fátima Bezerril - Porque conhecemos a sala de aula por dentro.\n"
    )
    assert [q for _, q in asked(doc(page))][-1:] == [
        "Para terminar: por que votar em quem nunca teve mandato?"
    ]


# --- A book of interviews: a chapter with two dashed exchanges --------------------------------

BOOK = (
    "# Gens du port\n\n"
    "## La poissonnière\n\n"
    "Elle tient l'étal depuis vingt ans.\n\n"
    "**À quelle heure arrivez-vous ?**\n\n"
    "À quatre heures, avant les bateaux.\n\n"
    "**Quel poisson se vend le mieux ?**\n\n"
    "Le bar, surtout le vendredi.\n\n"
    "## Le passeur\n\n"
    "Trente ans sur le bac de la rivière.\n\n"
    "— Combien de traversées par jour ?\n\n"
    "— Une quarantaine, l'été davantage.\n\n"
    "— Qu'est-ce qui a changé ?\n\n"
    "— Les voitures sont plus larges.\n"
)


def test_a_chapters_two_dashed_exchanges_in_a_book_of_interviews_are_questions() -> None:
    assert [q for _, q in asked(doc(BOOK, markdown=True))] == [
        "À quelle heure arrivez-vous ?",
        "Quel poisson se vend le mieux ?",
        "Combien de traversées par jour ?",
        "Qu'est-ce qui a changé ?",
    ]


def test_a_storys_chapter_of_dashed_dialogue_in_a_book_of_interviews_stays_text() -> None:
    story = BOOK.replace(
        "— Une quarantaine, l'été davantage.", "— Tu viens ? demanda-t-il.\n\n— Oui, j'arrive."
    )
    assert [q for _, q in asked(doc(story, markdown=True))] == [
        "À quelle heure arrivez-vous ?",
        "Quel poisson se vend le mieux ?",
    ]


# --- Japanese turns in corner brackets ---------------------------------------------------------

BRACKETED_TURNS = (
    "新しい部長にインタビュー\n\n"
    "こんにちは、広報係のミドリだよ。今日は新しい部長に話を聞いてきたよ!\n\n"
    "「部長就任おめでとう!」\n"
    "高橋君「ありがとうございます。」\n\n"
    "「部活を始めたきっかけは?」\n"
    "高橋君「兄が同じ部にいて、試合を見に行ったのがきっかけです。」\n\n"
    "「練習はどれくらいしているの?」\n"
    "高橋君「平日は毎日、二時間くらいです。」\n\n"
    "「今年の目標は?」\n"
    "高橋君「県大会でベスト8に入ることです。」\n"
)


def test_a_question_in_corner_brackets_over_a_named_answer_is_a_question() -> None:
    assert [q for _, q in asked(doc(BRACKETED_TURNS))][-3:] == [
        "部活を始めたきっかけは?",
        "練習はどれくらいしているの?",
        "今年の目標は?",
    ]


def test_questions_in_corner_brackets_on_their_own_lines_over_answers_are_questions() -> None:
    page = (
        "生徒インタビュー\n\n"
        "今回は、図書委員長の佐藤さんに話を聞いてみました。\n\n"
        "「図書委員になったきっかけは?」\n\n"
        " 本が好きで、友達にすすめられて立候補しました。\n\n"
        "「おすすめの本は?」\n\n"
        " 「銀河鉄道の夜」です。何度読んでも新しい発見があります。\n\n"
        "「図書室をどう変えたい?」\n\n"
        " 昼休みにもっと多くの人が来てくれる場所にしたいです。\n"
    )
    assert [q for _, q in asked(doc(page))] == [
        "図書委員になったきっかけは?",
        "おすすめの本は?",
        "図書室をどう変えたい?",
    ]


def test_an_articles_quoted_questions_in_corner_brackets_get_no_questions() -> None:
    article = (
        "市長が会見、再開時期は未定\n\n"
        "市長は十日、市役所で記者会見を開いた。会見では、次のような質問が相次いだ。\n\n"
        "「再開はいつになるのか?」\n"
        "「補償はあるのか?」\n"
        "「原因は何だったのか?」\n\n"
        "市長はいずれの質問にも「現在調査中だ」と繰り返し、詳しい説明を避けた。\n\n"
        "記者から「責任をどう取るのか?」と問われると、市長は「結果が出てから判断する」と"
        "述べた。\n"
    )
    assert asked(doc(article)) == []


# --- A video's index of its questions, answered only in the video ------------------------------

VIDEO_INDEX = (
    "Two mayors, one valley\n\n"
    "A double interview with the mayors of Alder and Brook.\n\n"
    "[Video: Double interview - 12:40]\n\n"
    "Questions in this video\n"
    "- 0:05 Name and town\n"
    "- 0:20 How long have you been mayor?\n"
    "- 1:45 What is the hardest part of the job?\n"
    "- 3:10 Why merge the two towns?\n"
    "- 5:02 What changes for the schools?\n"
    "- 7:30 From 0 to 10, how much do you believe in it?\n"
    "- 11:58 A last word to the citizens\n\n"
    "Last updated: 3 February 2016\n"
)


def test_a_videos_index_of_its_questions_lists_the_questions() -> None:
    assert [q for _, q in asked(doc(VIDEO_INDEX))] == [
        "Name and town",
        "How long have you been mayor?",
        "What is the hardest part of the job?",
        "Why merge the two towns?",
        "What changes for the schools?",
        "From 0 to 10, how much do you believe in it?",
        "A last word to the citizens",
    ]


def test_a_videos_chapters_under_no_name_of_questions_get_none() -> None:
    chapters = VIDEO_INDEX.replace("Questions in this video", "Chapters")
    assert asked(doc(chapters)) == []


def test_a_how_to_videos_chapters_asking_little_get_none() -> None:
    how_to = (
        "Fixing a puncture\n\n"
        "Questions about this video? Leave a comment.\n"
        "- 0:00 Intro\n"
        "- 0:40 Tools you need\n"
        "- 1:30 Taking the wheel off\n"
        "- 3:05 Where is the hole?\n"
        "- 4:20 Patching the tube\n"
        "- 6:10 Putting it back\n"
    )
    assert asked(doc(how_to)) == []


# --- A reader's handle signing the question ----------------------------------------------------

READERS_HANDLES = (
    "读者问编辑:关于写作的三个问题\n\n"
    "2018-03-02 来源:本刊\n\n"
    "Q 写不出开头的时候怎么办?@小林\n"
    "王芳:先写中间。开头往往是最后才想清楚的。\n"
    "李明:我会先去散步,回来再写。\n"
    "Q 采访录音要不要全部整理?@阿木\n"
    "王芳:要。整理的时候常常会发现当时没听出来的话。\n"
    "李明:我只整理用得上的部分。\n"
    "Q 稿子被退回以后,你会怎么调整心情?@一只猫\n"
    "王芳:睡一觉,第二天再看编辑的意见。\n"
)


def test_a_labelled_question_signed_by_a_readers_handle_is_a_question() -> None:
    assert [q for _, q in asked(doc(READERS_HANDLES))] == [
        "写不出开头的时候怎么办?",
        "采访录音要不要全部整理?",
        "稿子被退回以后,你会怎么调整心情?",
    ]


def test_an_articles_quoted_posts_signed_by_handles_get_no_questions() -> None:
    article = (
        "Readers react to the new timetable\n\n"
        "The new bus timetable started on Monday, and readers were quick to reply online.\n\n"
        "Why does the last bus leave at ten now?@nightowl\n\n"
        "The council said the change follows a drop in evening passengers since 2020, and that "
        "it will look at the figures again in the spring.\n\n"
        "Some riders welcomed the earlier morning service, which now starts at half past five.\n"
    )
    assert asked(doc(article)) == []


# --- A request printed without a number between numbered questions -----------------------------

UNNUMBERED_REQUEST = (
    "Ana Popa, directoarea bibliotecii: „Cărţile sunt pentru toţi”\n\n"
    "Publicat: 3 iunie 2021 | Autor: Redacţia\n\n"
    "1. Ce vă motivează în fiecare zi?\n\n"
    "– Copiii care vin după şcoală şi întreabă de cărţi noi.\n\n"
    "2. Care este cartea dvs. preferată?\n\n"
    "– Un roman de aventuri, citit de zece ori în copilărie.\n\n"
    "Descrieţi biblioteca în două cuvinte!\n\n"
    "– Linişte. Poveşti.\n\n"
    "3. Ce vă lipseşte cel mai mult?\n\n"
    "– Spaţiul. Avem cărţi în cutii pe hol.\n\n"
    "4. Ce mesaj aveţi pentru cititori?\n\n"
    "– Să vină mai des, uşa e deschisă.\n"
)


def test_a_request_without_a_number_between_numbered_questions_is_a_question() -> None:
    assert [q for _, q in asked(doc(UNNUMBERED_REQUEST))] == [
        "Ce vă motivează în fiecare zi?",
        "Care este cartea dvs. preferată?",
        "Descrieţi biblioteca în două cuvinte!",
        "Ce vă lipseşte cel mai mult?",
        "Ce mesaj aveţi pentru cititori?",
    ]


def test_an_answers_last_exclamation_over_the_next_numbered_question_stays_the_answers() -> None:
    answered_on = UNNUMBERED_REQUEST.replace(
        "Descrieţi biblioteca în două cuvinte!\n\n– Linişte. Poveşti.\n\n",
        "– Iar la sfârşit de săptămână citesc tot.\n\nCe bucurie!\n\n",
    )
    assert len(asked(doc(answered_on))) == 4


# --- A guide named so, its intertitles asking what it explains ---------------------------------

GUIDE = (
    "Гайд із першого робочого дня: що варто знати\n\n"
    "Якщо ти читаєш цей текст, то вже скоро почнеш працювати. Ось що допоможе тобі.\n\n"
    "Що взяти з собою?\n"
    "Документи, ручку і трохи терпіння: перший день завжди довгий.\n\n"
    "Хто тебе зустріне?\n"
    "Зазвичай це наставник або керівник відділу, який покаже робоче місце.\n\n"
    "Як поводитися на нараді?\n"
    "Слухай уважно і записуй, а питання став наприкінці.\n\n"
    "А що робити, якщо нічого не зрозуміло?\n"
    "Питай. Ніхто не чекає, що ти знатимеш усе в перший день.\n"
)


def test_a_guides_asking_intertitles_get_no_questions() -> None:
    assert asked(doc(GUIDE)) == []


def test_an_interview_with_a_mountain_guide_keeps_its_questions() -> None:
    interview = (
        "Guide de montagne : rencontre avec Paul Arnaud\n\n"
        "Il accompagne des cordées dans le massif depuis vingt ans.\n\n"
        "Comment êtes-vous devenu guide ?\n\n"
        "Par mon oncle, qui m'emmenait grimper chaque été quand j'étais enfant.\n\n"
        "Quelle course préférez-vous ?\n\n"
        "L'arête des Cosmiques, courte mais très belle, surtout à l'aube en juillet.\n\n"
        "Avez-vous déjà eu peur ?\n\n"
        "Souvent. La peur garde en vie, à condition de ne pas la laisser décider.\n"
    )
    assert [q for _, q in asked(doc(interview))] == [
        "Comment êtes-vous devenu guide ?",
        "Quelle course préférez-vous ?",
        "Avez-vous déjà eu peur ?",
    ]
