"""The third fresh set's classes of failure (round 37): each with a text it must catch (each
fails on the code before this round) and one it must not. The layouts are reworded: no text
of the set's pages is pasted here."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- An interview about asking: unmarked questions, dashed answers that speak of questions --

ABOUT_ASKING = (
    "Menu\n\nCity\n\nPeople\n\n"
    "Asking is a craft, says the woman who hosts the late radio talk\n\n"
    "Our guest, Irina Volkova, has hosted the late talk on a city station for eleven years "
    "and now teaches reporting at the college.\n\n"
    "How should a beginner prepare for a talk with a famous guest?\n\n"
    "— Read what they said before, so you never ask the question they have answered fifty "
    "times. Then know why you are asking at all.\n\n"
    "Is there a question you regret?\n\n"
    "— Plenty. Once I asked a widower about his wife on air, and the silence was the worst "
    "minute of my career.\n\n"
    "What makes a good follow-up?\n\n"
    "— Listening. The next question is usually hidden in the last answer.\n\n"
    "What do you tell your students on the first day?\n\n"
    "— That the guest is not a quiz. You are there to hear them, not to tick off questions.\n"
)


def test_unmarked_questions_over_dashed_answers_about_asking_are_questions() -> None:
    assert [q for _, q in asked(doc(ABOUT_ASKING))] == [
        "How should a beginner prepare for a talk with a famous guest?",
        "Is there a question you regret?",
        "What makes a good follow-up?",
        "What do you tell your students on the first day?",
    ]


def test_a_guide_to_interview_questions_without_dashed_turns_gets_none() -> None:
    guide = (
        "Questions you will hear at a job interview\n\n"
        "Recruiters ask much the same things everywhere. Here is what lies behind them.\n\n"
        "Why do you want this job?\n\n"
        "This question tests whether you know the company. Answer with what you have read "
        "about it.\n\n"
        "What is your greatest weakness?\n\n"
        "A classic question: name a real weakness and what you do about it.\n\n"
        "Where do you see yourself in five years?\n\n"
        "The recruiter asks this question to see whether you will stay.\n\n"
        "Do you have questions for us?\n\n"
        "Always have two questions ready about the team and the work.\n"
    )
    assert asked(doc(guide)) == []


# --- Japanese questions after a run of bars ("―――…?"), the bars no part of the question ----

BARRED = (
    "社長インタビュー\n\n"
    "新しく就任した社長に、これからの会社について聞いた。\n\n"
    "―――就任の知らせはいつ聞きましたか?\n\n"
    "先月の終わりです。会長室に呼ばれて、いきなり言われました。\n\n"
    "―――迷いはなかったのですか?\n\n"
    "少しはありました。でも、すぐに引き受けると決めました。\n\n"
    "―――最初に取り組むことは?\n\n"
    "工場の安全です。それがすべての土台ですから。\n"
)


def test_questions_after_three_bars_are_questions_without_the_bars() -> None:
    assert [q for _, q in asked(doc(BARRED))] == [
        "就任の知らせはいつ聞きましたか?",
        "迷いはなかったのですか?",
        "最初に取り組むことは?",
    ]


def test_a_line_of_three_bars_between_sections_is_no_dash() -> None:
    essay = (
        "春の庭\n\n"
        "庭の梅がようやく咲いた。毎年この時期になると、祖母のことを思い出す。\n\n"
        "―――\n\n"
        "祖母はいつも、花は急がせてはいけないと言っていた。\n\n"
        "―――\n\n"
        "今年は桜も早いらしい。\n"
    )
    assert asked(doc(essay)) == []


# --- A guide to asking, in a script the guide test did not read ("質問", "вопрос") ---------

def test_a_japanese_guide_whose_asking_intertitles_speak_of_questions_gets_none() -> None:
    guide = (
        "取材の質問リストの作り方\n\n"
        "社内報や採用サイトの記事のために、取材を任されて困っている方も多いのではないでしょうか?\n\n"
        "この記事では、質問リストの作り方と、当日の進め方を紹介します。\n\n"
        "なぜ質問リストが必要なのか?\n\n"
        "リストがないと、聞きたい質問を聞き忘れたまま取材が終わってしまいます。\n\n"
        "どんな質問を避けるべきか?\n\n"
        "「はい」か「いいえ」で終わる質問や、答えを決めつける質問は避けましょう。\n\n"
        "当日はどう進めるとよいか?\n\n"
        "最初に趣旨を伝え、簡単な質問から始めると、相手も話しやすくなります。\n"
    )
    assert asked(doc(guide)) == []


def test_a_dashed_japanese_interview_on_what_an_interview_is_keeps_its_questions() -> None:
    talk = (
        "質問のプロに聞く\n\n"
        "ラジオで二十年、聞き手を務めてきたC氏に、質問について話を聞いた。\n\n"
        "――質問を考えるとき、最初に何をしますか?\n\n"
        "相手が過去にどんな質問に答えてきたかを調べます。同じ質問はしたくないですから。\n\n"
        "――うまくいかなかった質問はありますか?\n\n"
        "たくさんあります。長すぎる質問は、だいたい失敗しますね。\n\n"
        "――よい質問とは何でしょうか?\n\n"
        "相手が答えながら考え始める質問だと思います。\n"
    )
    assert [q for _, q in asked(doc(talk))] == [
        "質問を考えるとき、最初に何をしますか?",
        "うまくいかなかった質問はありますか?",
        "よい質問とは何でしょうか?",
    ]


# --- A page copied without blank lines, its lines ending no sentence ------------------------

NO_BLANK_LINES = (
    "Lena Albrecht – Romane\n"
    "Start\n"
    "Bücher\n"
    "Termine\n"
    "Fragebogen\n"
    "Zwölf Fragen, zwölf Antworten\n"
    "Der Fragebogen geht auf ein Spiel der Pariser Salons zurück, und wer ihn ausfüllt, "
    "verrät mehr über sich, als er ahnt. Hier sind meine Antworten:\n"
    "Was ist für Sie das größte Glück? Ein Garten nach dem Regen\n"
    "Wo möchten Sie wohnen? In einer Stadt mit Hafen\n"
    "Ihr Lieblingsdichter? Mascha Kaléko\n"
    "Ihre Lieblingsfarbe? Das Grau vor einem Gewitter\n"
    "Welche Gabe möchten Sie haben? Geduld mit Druckern\n"
    "Ihr Motto? Erst der Kaffee, dann die Welt\n"
)


def test_a_page_copied_without_blank_lines_keeps_one_paragraph_per_line() -> None:
    assert [q for _, q in asked(doc(NO_BLANK_LINES))] == [
        "Was ist für Sie das größte Glück?",
        "Wo möchten Sie wohnen?",
        "Ihr Lieblingsdichter?",
        "Ihre Lieblingsfarbe?",
        "Welche Gabe möchten Sie haben?",
        "Ihr Motto?",
    ]


def test_a_hard_wrapped_text_without_blank_lines_stays_wrapped() -> None:
    from reader.document.markdown import lines_look_like_paragraphs

    wrapped = (
        "Notes from the spring meeting of the garden club\n"
        "The meeting opened at seven with a short report on the plots by the\n"
        "river, where the water reached the first row of beans in March and\n"
        "ruined most of the early sowing. Members agreed to raise the beds by\n"
        "a hand's width before the summer, and to share the cost of the new\n"
        "timber between all the plot holders, whatever the size of their plot.\n"
        "The treasurer said the accounts were in order and that the fee would\n"
        "stay the same for another year, which was greeted with some relief.\n"
    )
    assert not lines_look_like_paragraphs(wrapped)


# --- A dialogue written 'Name, "words said"', one line a turn --------------------------------

QUOTED_TURNS = (
    "Wawancara dengan Bu Kepala Desa\n\n"
    "Hari Sabtu aku ikut ayah ke balai desa untuk tugas sekolah. Ini percakapanku.\n\n"
    'Aku, "Ibu sudah berapa lama jadi kepala desa?"\n\n'
    'Bu Kades, "Sudah tiga tahun"\n\n'
    'Aku, "Apa pekerjaan yang paling sulit?"\n\n'
    'Bu Kades, "Membagi air waktu kemarau"\n\n'
    'Aku, "Ibu suka pekerjaan ini?"\n\n'
    'Bu Kades, "Suka sekali"\n'
)


def test_turns_named_before_a_comma_and_quoted_are_questions_without_quotes() -> None:
    assert [q for _, q in asked(doc(QUOTED_TURNS))] == [
        "Ibu sudah berapa lama jadi kepala desa?",
        "Apa pekerjaan yang paling sulit?",
        "Ibu suka pekerjaan ini?",
    ]


def test_a_name_before_a_comma_and_a_quoted_title_is_no_turn() -> None:
    review = (
        "Books of the month\n\n"
        'Maria Keller, "The Long Harbour"\n\n'
        "A slow novel about a lighthouse keeper and his daughter. Is it worth the time? "
        "Mostly, yes.\n\n"
        'Tom Reyes, "Salt and Iron"\n\n'
        "Short stories from the mining towns, bleak and funny at once.\n"
    )
    assert asked(doc(review)) == []
