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
