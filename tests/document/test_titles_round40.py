"""Title rules of round 40, from the released sixth fresh set (heldout20): round 39's Russian
months made a paper's issue line a dateline, so the section label under it won over the rubric
above it. Pages it must catch and pages it must not break."""

from __future__ import annotations

from reader.document.structure.titles.chrome import names_paper_and_issue

from .test_structure_layouts import doc

# --- must catch ---------------------------------------------------------------------------------


def test_a_rubric_over_the_papers_issue_line_is_the_headline_not_the_section_under_it():
    page = doc(
        "ВОПРОСЫ НЕДЕЛИ\n\n"
        "Газета «Речной край», № 9, 12 марта 2024\n\n"
        "ГАЗЕТЫ И ЖУРНАЛЫ\n\n"
        "«Сельская жизнь»: — Вы двадцать лет держите пасеку. Пчёлы вас слушаются?\n\n"
        "Иван Орлов, пасечник: — Слушаются, если не спешить. Они чувствуют, когда ты злишься.\n\n"
        "«Вестник района»: — Школу обещают открыть к сентябрю. Вы в это верите?\n\n"
        "Мария Сорокина, директор: — Верю. Стены уже стоят, осталось провести отопление.\n"
    )
    assert page.title == "ВОПРОСЫ НЕДЕЛИ"


def test_an_issue_line_naming_its_paper_is_told():
    assert names_paper_and_issue("Газета «Речной край», № 9, 12 марта 2024")
    assert names_paper_and_issue("The Valley Herald, No. 14, 5 April 2024")


# --- must not -----------------------------------------------------------------------------------


def test_an_issue_line_without_the_papers_name_is_no_such_line():
    assert not names_paper_and_issue("Issue 3, March 2024")
    assert not names_paper_and_issue("Die Bäckerei ist Nr. 1 im Jahr 2024")


def test_a_headline_under_a_papers_name_and_a_bare_issue_line_keeps_its_place():
    page = doc(
        "The Valley Herald\n\n"
        "Issue 14, 5 April 2024\n\n"
        "A conversation with our new librarian\n\n"
        "Sam Whitaker joined the library in March after twelve years at the county archive.\n\n"
        "What brought you here?\n\n"
        "The books, and the people who come for them.\n"
    )
    assert page.title == "A conversation with our new librarian"
