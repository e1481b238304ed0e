"""The line rules, round 5: a page's top lines as they really arrive (a lower-case byline,
credit or description under a headline is not its sentence going on), a transcript's line
numbers in the margin, and a hard-wrapped text's headline (docs/structure.md, "Pasted
another way, round 4"). Each rule with a page it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import LINE_BREAK
from reader.document.structure.lines.lines import lines_apart
from reader.document.structure.lines.marginnumbers import is_margin_numbered
from reader.document.structure.titles.matterlines import is_byline, is_dateline

from .test_structure_layouts import doc


def headings(document) -> list[str]:
    return [question.heading for question in document.questions]


def texts(document, count: int) -> list[str]:
    return [block.text for block in document.blocks[:count]]


# --- The repair: a head line keeps the lower-case line under it apart ------------------------

RADIO = (
    "Teodor Lind Interview\n\n"
    "text by campus-radio\n\n"
    "3 March, 2022\n\n"
    "Last spring a Swedish cellist spent a week at the music school, playing with the "
    "student orchestra and teaching two master classes.\n\n"
    "H: Would you tell our listeners who you are?\n\n"
    "T: I'm Teodor Lind. I play the cello, and I teach in Malmö.\n\n"
    "H: Why did you pick a folk tune to open with?\n\n"
    "T: Because my grandmother sang it to me every evening.\n"
)


def test_a_headline_in_title_case_keeps_the_credit_under_it_apart():
    document = doc(RADIO)
    assert texts(document, 2) == ["Teodor Lind Interview", "text by campus-radio"]
    assert document.title == "Teodor Lind Interview"


def test_a_name_in_title_case_keeps_the_description_under_it_apart():
    document = doc(
        "Mira Olteanu\n\n"
        "locul unde găsiți vești despre haiku din țară și din lume, scrise de poeți tineri "
        "și vechi, cu drag și cu răbdare\n\n"
        "Interviu cu Dan Pop, poet\n\n"
        "Acest interviu a fost dat unui site de haiku din Japonia.\n"
    )
    assert texts(document, 1) == ["Mira Olteanu"]


def test_a_sentence_broken_in_a_narrow_column_is_still_joined():
    document = doc(
        "Le maire de la ville a\n\n"
        "annoncé hier soir que\n\n"
        "la fête aura lieu samedi.\n"
    )
    assert texts(document, 2) == [
        "Le maire de la ville a annoncé hier soir que la fête aura lieu samedi."]


def test_a_paragraphs_line_with_a_sentence_ended_in_it_is_still_joined():
    document = doc(
        "Zahlung\n\n"
        "Wir akzeptieren Karten. Die Auswahl hängt\n\n"
        "von der Kasse ab.\n"
    )
    assert "Wir akzeptieren Karten. Die Auswahl hängt von der Kasse ab." in [
        b.text for b in document.blocks]


def test_a_menu_item_repeating_the_last_word_is_still_joined():
    document = doc("tutte le interviste\n\ninterviste\n\nCHIARA VENTURI\n\nTesto.\n")
    assert texts(document, 1) == ["tutte le interviste interviste"]


def test_a_blogs_day_and_month_and_a_day_month_comma_year_are_dates():
    assert is_dateline("Avr 12") and is_dateline("12 Apr") and is_dateline("24 June, 2021")
    assert not is_dateline("Avril Lavigne")
    assert is_byline("text by digital-media") and not is_byline("text books by the dozen.")


def test_a_headline_longer_than_fifty_characters_over_a_long_lead_stands_apart():
    lead = ("Redaksi Kancil mengajak dua siswa baru yang terpilih mewakili angkatannya pada "
            "upacara pembukaan masa orientasi tahun ini untuk berbincang sebentar.")
    headline = "Wawancara: Ngobrol Santai dengan Perwakilan Siswa Baru"
    assert lines_apart(["Beranda", "Liputan", headline, lead, lead]) == 3
    # A line as long, over a line hardly longer, is a paragraph's: it goes on.
    assert lines_apart(["Beranda", headline, headline + " lagi", lead]) == 1


# --- A transcript's line numbers in the margin ------------------------------------------------

DEPOSITION = (
    "Deposition of the harbour master, volume 2 - page 41\n\n"
    "                                                              41\n\n"
    " 1   Q.   You told counsel that the ferry left early that\n"
    " 2        morning.  Who gave the order to cast off?\n"
    " 3   A.   The first mate did.\n"
    " 4   Q.   Were you on the bridge at the time?\n"
    " 5   A.   No, I was in the office on the quay.\n"
    " 6             MR. OKAFOR:  Objection.  Vague as to\n"
    " 7        time.\n"
    " 8             THE COURT:  Overruled.\n"
    " 9   BY MS. HALE:\n"
    "10   Q.   How far is the office from the ferry's berth?\n"
    "11   A.   About a hundred metres.\n"
    "12   Q.   Could you see the ramp from there?\n"
    "13   A.   Only its top, over the wall.\n"
    "14             MS. HALE:  Nothing further.\n"
    "15\n"
)


def test_a_transcripts_margin_numbers_are_read_away_and_kept_in_the_text():
    assert is_margin_numbered(DEPOSITION)
    document = doc(DEPOSITION)
    assert [" ".join(heading.split()) for heading in headings(document)] == [
        "You told counsel that the ferry left early that morning. Who gave the order to "
        "cast off?",
        "Were you on the bridge at the time?",
        "How far is the office from the ferry's berth?",
        "Could you see the ramp from there?",
    ]
    shown = document.text
    assert f"1   Q.   You told counsel that the ferry left early that{LINE_BREAK}2" in shown
    assert "12   Q.   Could you see the ramp from there?" in shown


def test_numbered_questions_with_answers_between_are_no_margin():
    questionnaire = "Fragebogen\n\n" + "".join(
        f"{n} Was ist Ihre Lieblingsfarbe Nummer {n}?\nBlau, wie immer.\n" for n in range(1, 15))
    assert not is_margin_numbered(questionnaire)
    short_list = "".join(f"{n} item\n" for n in range(1, 8)) + "A text after the list.\n" * 8
    assert not is_margin_numbered(short_list)


# --- A hard-wrapped text's headline -----------------------------------------------------------

LEAD = (
    "Usually when I visit schools, I'm the one asking the questions. Today, students at the "
    "college turned the tables on me and asked what a reporter does all day, and why."
)


def wrapped(text: str) -> str:
    import textwrap
    return "\n".join(textwrap.wrap(text, 72, break_long_words=False, break_on_hyphens=False))


def test_a_short_headline_with_room_left_over_a_wrapped_text_stands_apart():
    headline = "The Most Enjoyable Interview I've Ever Given"
    document = doc(f"{headline}\nAnd quite possibly the best so far.\n{wrapped(LEAD)}\n")
    assert document.blocks[0].text == headline


def test_a_wrapped_first_line_with_a_sentence_ended_in_it_is_no_headline():
    opening = ("The council met on Monday. Its members voted for the new bridge that Anna "
               "Berg had drawn, and the works begin in May, once the river is low again.")
    document = doc(f"{wrapped(opening)}\n{wrapped(LEAD)}\n")
    assert document.blocks[0].text.startswith("The council met on Monday. Its members voted")
    assert "Anna Berg" in document.blocks[0].text


# --- A hard-wrapped list item, a turn of two questions (itemlines, hardwrap) -------------------

KEEPER = (
    "Five minutes with the ferryman\n"
    "\n"
    "The last ferryman on the fjord answered our readers'\n"
    "questions.\n"
    "\n"
    "- How long have you worked here?\n"
    "\n"
    "- Thirty-one years this summer. I came for one season to\n"
    "paint the landing stage and never left. The fjord has a way\n"
    "of keeping people.\n"
    "\n"
    "- Do you ever get bored?\n"
    "\n"
    "- Less than you would think. The school children cross twice\n"
    "a day, the hikers come all summer, and in winter I have the\n"
    "radio and a great many books.\n"
    "\n"
    "- Describe an ordinary day.\n"
    "\n"
    "- I check the engine and the ropes, write the weather log,\n"
    "cross eleven times and mend whatever the wind broke.\n"
)


def test_a_pdfs_wrapped_answer_under_a_dash_stays_one_answer():
    document = doc(KEEPER)
    assert headings(document) == ["How long have you worked here?", "Do you ever get bored?",
                                  "Describe an ordinary day."]
    assert any(b.text.startswith("Thirty-one years") and b.text.endswith("keeping people.")
               for b in document.blocks)


def test_an_unindented_line_in_capitals_under_a_bullet_is_still_its_own():
    document = doc(
        "Ein Abend im Verein\n\n"
        "- Mehr Informationen findest du auf unserer Seite. Wenn du nichts\n"
        "verpassen willst, melde dich für unseren Newsletter an, sofort\n"
        "Anna Weber: Seit wann gibt es den Verein?\n"
        "Jonas Berg: Seit 1998, damals waren wir zu fünft.\n"
        "Anna Weber: Was hat sich seitdem geändert?\n"
        "Jonas Berg: Fast alles, nur der Name nicht.\n\n"
    )
    assert "Anna Weber: Seit wann gibt es den Verein?" in [b.text for b in document.blocks]


def test_two_questions_of_one_turn_wrapped_where_the_first_ends_stay_one_paragraph():
    from reader.document.structure.lines.hardwrap import flowed_breaks, wrapped_at
    turn = ("Anna Weber: - Wie waren deine ersten Wochen beim Radio, ganz ehrlich?\n"
            "War es schwer, die alte Rolle abzulegen?")
    answered = turn + "\nNicht sehr, ich war ja schon vorher beim Fernsehen."
    with wrapped_at(72):
        assert flowed_breaks(turn, [turn.index("\n")]) == []  # the wrap's: one turn
        # A question over its answer keeps its line, full or not.
        assert flowed_breaks(answered, [turn.index("\n"), len(turn)]) == [turn.index("\n"),
                                                                          len(turn)]
