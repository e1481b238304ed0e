"""Title and front-matter rules of round 23, learnt from the released pages (a worksheet's
fields written on lines together under its title; dashed requests to the guest over their
answers read as the headline's summary), each with a document it must catch and one it must
not."""

from __future__ import annotations

from reader.document.model import Role

from .test_structure_layouts import doc
from .test_titles_round14 import BODY

# --- A card's fields on lines together, joined into one paragraph ---------------------------


def test_a_worksheets_fields_on_lines_together_are_not_the_title():
    title = "Reading Log: The Secret Garden"
    page = doc(
        f"{title}\n\nDate set: Monday 29 April\nHand in by: Friday 3 May\n\n"
        "Read chapters four to six before you start. Answer in full sentences.\n\n"
        "1. Who does Mary meet in the garden first? Give one detail from the text.\n\n"
        "2. How does the robin help Mary? Explain in two or three sentences.\n"
    )
    assert page.title == title
    assert "Hand in by: Friday 3 May" in page.text  # nothing lost


def test_a_headline_with_one_colon_broken_over_two_lines_stays_the_title():
    # One colon over two lines: a headline broken after its rubric, no card of fields.
    page = doc(f"Ask the expert: why do leaves\nturn red before they fall\n\n{BODY}\n")
    assert page.title == "Ask the expert: why do leaves turn red before they fall"


# --- Dashed requests over their answers are turns, not a summary -----------------------------


def _roles(page) -> dict[str, Role]:
    return {b.text: b.role for b in page.blocks}


def test_a_dashed_request_over_its_answer_then_dashed_questions_is_no_summary():
    page = doc(
        "Médiathèque de Vernon\n\nPortrait d'une lectrice : Hélène Marchal\n\n"
        "- Présentez-vous en quelques mots.\n"
        "Je suis infirmière à la retraite et je lis depuis toujours, le soir.\n"
        "- Depuis quand venez-vous au club ?\n"
        "Depuis sa création, il y a six ans. Une voisine m'y a emmenée.\n"
        "- Quel livre avez-vous conseillé le plus souvent ?\n"
        "Un roman islandais très court, prêté tant de fois que la couverture ne tient plus.\n"
        "- Que lisez-vous en ce moment ?\n"
        "Une biographie de photographe, que j'avance lentement.\n"
    )
    assert page.title == "Portrait d'une lectrice : Hélène Marchal"
    assert _roles(page)["Présentez-vous en quelques mots."] is not Role.SUMMARY
    assert "Présentez-vous en quelques mots." in [q.heading for q in page.questions]


def test_summary_bullets_over_the_text_stay_a_summary():
    page = doc(
        "Vernon Gazette\n\nThe library reopens its reading room\n\n"
        "- New lamps and quieter heating.\n- Twice as many seats by the windows.\n\n"
        f"{BODY}\n\nThe works took six months and cost less than planned.\n"
    )
    roles = _roles(page)
    assert roles["New lamps and quieter heating."] is Role.SUMMARY
    assert roles["Twice as many seats by the windows."] is Role.SUMMARY


def test_bullets_with_explanations_that_never_ask_stay_a_summary():
    page = doc(
        "Five steps to a quieter classroom\n\n"
        "- Agree on a signal.\nEveryone stops when the teacher raises a hand.\n"
        "- Lower your own voice.\nPupils copy the volume they hear.\n"
        "- Give work a time limit.\nA clock on the board keeps the pace.\n"
    )
    assert page.title == "Five steps to a quieter classroom"
    assert not page.questions
