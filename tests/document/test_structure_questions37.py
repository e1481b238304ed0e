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
