"""The released fourth fresh set's classes (round 39): each rule with a text it must catch
(each fails on the code before this round) and one it must not. The layouts are reworded
and made up anew: no text of a fixture page is pasted here."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- "Yes. But …": a reply joined to its next sentence is no bare name ----------------------

EXPLAINER = (
    "News\nMoney\nTravel\n\n"
    "TRAIN STRIKE Can I still get a refund? Your rights explained\n\n"
    "Tom Baxter, Money Reporter\n\n"
    "RAIL staff will walk out for two days next week, the union confirmed last night.\n\n"
    "Here is what passengers need to know.\n\n"
    "Can I claim my money back?\nYes.\nAny ticket for a cancelled train is refunded in full.\n\n"
    "A spokesman said the forms were online.\n\n"
    "Can I use my ticket another day?\nYes.\n"
    "It is valid on the day before and the two days after.\n\n"
    "Can I take a bus instead?\nYes, where the company runs replacement coaches.\n\n"
    "Share this article\n"
)


def test_an_explainers_yes_answers_name_no_speaker() -> None:
    assert asked(doc(EXPLAINER)) == []


def test_names_closed_by_a_period_still_name_bare_turns() -> None:
    talk = (
        "Conversations\n\nAnna Weber\n\n"
        "Paul Grant. Anna Weber, thank you for coming. Where did the series begin?\n\n"
        "Anna Weber. In a garage, with borrowed paint and no plan at all.\n\n"
        "Paul Grant. Why the bright colours?\n\n"
        "Anna Weber. Because the street outside was grey for months.\n\n"
        "Paul Grant. Will you go on painting there?\n\n"
        "Anna Weber. As long as they let me keep the key.\n\n"
        "Transcript: Lea Marsh\n"
    )
    assert [q for _, q in asked(doc(talk))] == [
        "Anna Weber, thank you for coming. Where did the series begin?",
        "Why the bright colours?",
        "Will you go on painting there?",
    ]


# --- "Q1." glued to a Korean question, the answer run on after it ---------------------------

KOREAN = (
    "책마을\n\n이달의 인터뷰\n\n김하늘 시인 인터뷰\n\n2021.05.02\n\n"
    "Q1.첫 시집 출간을 축하드립니다. 어떤 시들을 모으셨나요? 바다를 보며 쓴 시들을 모았어요. "
    "오래 걸렸죠.\n\n"
    "Q2.시는 언제 처음 쓰셨어요? 중학생 때 일기장에 처음 썼어요.\n\n"
    "Q3.가장 아끼는 시는 무엇인가요? 어머니에 관한 짧은 시예요.\n\n"
    "Q4.독자들에게 한마디 부탁드립니다. 친구가 \"괜찮아?\"라고 물어 주는 것처럼 읽어 주세요.\n\n"
    "목록으로\n"
)


def test_a_q_label_glued_before_hangul_opens_run_on_turns() -> None:
    assert [q for _, q in asked(doc(KOREAN))] == [
        "첫 시집 출간을 축하드립니다. 어떤 시들을 모으셨나요?",
        "시는 언제 처음 쓰셨어요?",
        "가장 아끼는 시는 무엇인가요?",
        "독자들에게 한마디 부탁드립니다.",
    ]


# --- A questionnaire's lines: a note, then the page's furniture; prompts with "…" -----------

QUESTIONNAIRE = (
    "Cucina&Co\nRicette\nInterviste\n\n"
    "Segreti di cucina: Laura Neri\n\n"
    "Li vediamo in televisione, li leggiamo sulle guide, ne parliamo a tavola; ma quando "
    "tornano a casa, i cuochi cucinano ancora. Dieci domande per conoscerli fuori dal "
    "ristorante, lontano dai fornelli di lavoro.\n"
    "Ecco Laura Neri, della Locanda del Ponte\n"
    "Chi fa la spesa a casa tua?\nMio marito\n"
    "Il tuo dolce preferito?\nIl tiramisù\n"
    "La colazione ideale?\nPane, burro e marmellata\n"
    "Il piatto del lunedì è…\nMinestrone\n"
    "Il tuo ingrediente in una parola…\nLimone\n"
    "Dove vai in vacanza?\nIn montagna\n"
    "Cosa non mangeresti mai?\nLe lumache\n"
    "Il locale dove torni sempre?\nUna pizzeria sotto casa\n"
    "Se non fossi cuoca…\nFarei la maestra\n"
    "Una città per mangiare bene?\nNapoli\n"
    "Leggete le altre interviste sul nostro sito!\n"
    "Lascia un commento\n"
)


def test_a_questionnaire_with_a_note_and_furniture_under_it_is_read() -> None:
    assert [q for _, q in asked(doc(QUESTIONNAIRE))] == [
        "Chi fa la spesa a casa tua?",
        "Il tuo dolce preferito?",
        "La colazione ideale?",
        "Il piatto del lunedì è…",
        "Il tuo ingrediente in una parola…",
        "Dove vai in vacanza?",
        "Cosa non mangeresti mai?",
        "Il locale dove torni sempre?",
        "Se non fossi cuoca…",
        "Una città per mangiare bene?",
    ]


# --- An explainer's intertitles, a few of them asking ---------------------------------------

HOW_TO = (
    "Writing Desk\nHome\nGuides\n\n"
    "Talking to founders: the usual mistakes and the fixes\n\n"
    "March 3, 2024\n\n"
    "Founders are busy, rehearsed and often wary of writers. This guide collects what we "
    "learned from a hundred such conversations over the years.\n\n"
    "What goes wrong most often?\n\n"
    "First, a look at the mistakes writers tell us about again and again.\n\n"
    "Mistake one: no homework\n\n"
    "Without reading about the company first, you cannot ask anything beyond the obvious.\n\n"
    "Mistake two: vague questions\n\n"
    "Ask about the future in general and you will get the press release back, word for word.\n\n"
    "How do you get an honest answer?\n\n"
    "Ask about one moment, one decision, one day, and let the silence do its work.\n\n"
    "In short\n\n"
    "Prepare well, ask narrowly, and listen longer than feels comfortable.\n\n"
    "Share this guide\n"
)


def test_an_explainers_asking_intertitles_are_no_interview() -> None:
    assert asked(doc(HOW_TO)) == []


def test_two_questions_answered_in_paragraphs_stay_an_interview() -> None:
    short = (
        "Local News\n\nTwo questions for the new librarian\n\n"
        "Maria Costa took over the town library this month.\n\n"
        "What will change first?\n\n"
        "We will open on Sundays. I have wanted that since I was a student here, and the "
        "council finally agreed to pay for it.\n\n"
        "What are you reading now?\n\n"
        "A long novel about a lighthouse keeper. I read it on the bus every morning, slowly, "
        "a chapter a day.\n"
    )
    assert [q for _, q in asked(doc(short))] == [
        "What will change first?", "What are you reading now?"]


# --- A reader's handle after a dash signs the question; a named answer marks its end ---------

AMA = (
    "# Questions for a volcanologist, from her open forum\n\n"
    "By Sam Ortiz\n\n"
    "Dr. Ines Mora answered readers on a forum last week. Some edited excerpts:\n\n"
    "**Q: How did you start studying volcanoes? My son wants to do the same. —rocky_dad**\n\n"
    "IM: I grew up under one, and it never felt far away.\n\n"
    "**Q: Can we predict eruptions yet? —lava4ever**\n\n"
    "IM: Better every year, but never to the day.\n\n"
    "**Q: Is it dangerous?**\n\n"
    "IM: Less than driving to the observatory.\n"
)


def test_questions_signed_with_a_dashed_handle_and_answered_by_name_are_read() -> None:
    assert [q for _, q in asked(doc(AMA, markdown=True))] == [
        "How did you start studying volcanoes? My son wants to do the same. —rocky_dad",
        "Can we predict eruptions yet? —lava4ever",
        "Is it dangerous?",
    ]


# --- A Japanese interviewer's dashed remark, its question on the next line -------------------

JAPANESE = (
    "ブログ\n\n作家インタビュー② 取材の前に何をする?\n\n2020.06.01\n\n"
    "今回は、作家の山本さんに取材の準備について聞きました。\n\n"
    "――取材の前に、相手の本は全部読むんですか?\n\n"
    "いいえ、全部は読みません。\n代表作を一冊だけ丁寧に読みます。\n\n"
    "――なるほど、一冊だけ。\nそれで質問は足りるんですか?\n\n"
    "足りますね。\nあとは現場で聞けばいいんです。\n\n"
    "――最後に、若い書き手に何か一言お願いできますか?\n\n"
    "とにかく会いに行くことです。\n\n(次回に続く)\n"
)


def test_a_dashed_remark_and_the_question_under_it_are_one_question() -> None:
    questions = [q.replace("\u2028", " ") for _, q in asked(doc(JAPANESE))]
    assert "なるほど、一冊だけ。 それで質問は足りるんですか?" in questions
