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
