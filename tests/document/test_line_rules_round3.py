"""The corpus pasted another way, round 3: what the line rules read across a blank line, in
a hard-wrapped text's top lines, and in prompts set on their own lines (docs/structure.md,
"Pasted another way, round 3")."""

from __future__ import annotations

from reader.document.pipeline import parse_text
from scripts import score_variants
from scripts.score_structure import DEFAULT

from .test_structure_layouts import doc


def headings(document) -> list[str]:
    return [question.heading for question in document.questions]


# --- A label in a paragraph of its own (labelblocks) ------------------------------------------

LABELS_APART = (
    "Interview with Laura Whitfield\n\n"
    "Thanks to the Pageturner bookshop we have a short interview with the novelist.\n\n"
    "Pageturner:\n\n"
    "We are here with Laura Whitfield, whose novel comes out next month. Why a lighthouse?\n\n"
    "Laura Whitfield:\n\n"
    "Because I grew up beside one, and the light still wakes me in my dreams.\n\n"
    "Pageturner:\n\n"
    "How long did the book take you to write?\n\n"
    "Laura Whitfield:\n\n"
    "Five years, with two of them spent throwing pages away.\n\n"
    "Pageturner:\n\n"
    "Do you know what you will write next?\n\n"
    "Laura Whitfield:\n\n"
    "A book about forests, I think, though it may turn into a book about the sea again.\n"
)


def test_a_label_in_a_paragraph_of_its_own_is_read_with_the_words_under_it():
    for text in (LABELS_APART, LABELS_APART.replace(":\n\n", ":\n")):
        for plain in (True, False):
            document = parse_text(text, plain_text=plain, with_language=False)
            assert headings(document) == [
                "We are here with Laura Whitfield, whose novel comes out next month. "
                "Why a lighthouse?",
                "How long did the book take you to write?",
                "Do you know what you will write next?",
            ], (plain, text[-40:])
            # Shown as the file has it: a label apart stays a paragraph of its own.
            texts = [block.text for block in document.blocks]
            assert texts.count("Pageturner:") == (3 if text is LABELS_APART else 0)
            assert "".join(document.text.split()) == "".join(text.split())


def test_a_label_alone_over_a_turn_of_its_own_is_a_heading_of_the_record():
    # "BY MR. DALTON:" heads the examination; the "Q." under it opens its own turn.
    record = doc(
        "Deposition of the plant manager\n\n"
        "EXAMINATION\n\n"
        "BY MR. DALTON:\n\n"
        "Q. Good morning. Would you state your name for the record?\n\n"
        "A. Gregory Alan Finch.\n\n"
        "Q. Where are you employed, Mr. Finch?\n\n"
        "A. At the Ridgeway distribution center.\n\n"
        "BY MR. DALTON:\n\n"
        "Q. How long after?\n\n"
        "A. About forty minutes, I would say.\n"
    )
    assert headings(record)[0] == "Good morning. Would you state your name for the record?"
    assert "How long after?" in headings(record)


def test_a_blogs_sender_line_stays_the_line_over_its_ask():
    # Tumblr's "Anonymous asked:" is a label alone, twice, but the asks' rule reads it on its
    # own: joined to the ask, the ask was read as its answer and the page lost its questions.
    asks = doc(
        "Moss and Mugs\n\n"
        "Anonymous asked:\n\n"
        "do you need a wheel to start?? they're so expensive\n\n"
        "Not at all! I made pinch pots for a whole year before I bought one.\n\n"
        "moss-and-mugs asked:\n\n"
        "What clay would you recommend for a beginner?\n\n"
        "A smooth stoneware body. It forgives a lot and fires at a common temperature.\n\n"
        "Anonymous asked:\n\n"
        "how do you stop your mugs cracking in the kiln\n\n"
        "Dry them slowly, under plastic, and never glaze the foot.\n"
    )
    assert headings(asks) == [
        "do you need a wheel to start?? they're so expensive",
        "What clay would you recommend for a beginner?",
        "how do you stop your mugs cracking in the kiln",
    ]


def test_a_lead_in_used_twice_over_statements_makes_no_questions():
    article = doc(
        "The bridge on Mill Street reopens\n\n"
        "The council has finished the repairs two weeks early, the mayor said on Monday.\n\n"
        "Update:\n\n"
        "Buses return to the bridge from Thursday morning.\n\n"
        "The cycle lane stays closed until the paint has dried.\n\n"
        "Update:\n\n"
        "The market moves back to the square next Saturday.\n"
    )
    assert article.questions == ()


# --- A full line's colon over a question of its own (hardwrap._announces_question) -------------


def test_a_full_line_announcing_the_first_question_stands_apart_from_it():
    # A PDF's lines of 60 columns: "… besucht. Hier ist das Interview:" is full, and the
    # first question, a line of its own, is no part of it.
    page = (DEFAULT / "de-kinderzeitung-zeilen.txt").read_text(encoding="utf-8")
    pasted = score_variants._pdf(page)
    assert "Hier ist das Interview:\nWas halten" in pasted  # (the trap is there)
    document = doc(pasted)
    assert headings(document)[0] == "Was halten sie von unserer Kinderstadt?"
    assert headings(document) == headings(doc(page))


def test_a_full_line_whose_colon_goes_on_into_a_question_in_lower_case_stays_one_question():
    # "… Pero empecemos por el caso local:" / "¿cuándo empieza esta crisis política?"
    page = (DEFAULT / "es-analisis-titular-nombre-dos-puntos-cita.txt").read_text(
        encoding="utf-8")
    pasted = score_variants._wrap(keep_blank=True)(page)  # a mail's 72 columns
    assert "local:\n¿cuándo" in pasted
    asked = [h for h in headings(doc(pasted)) if "cuándo empieza" in h]
    assert len(asked) == 1 and asked[0].startswith("A veces creemos")


# --- A hard-wrapped text's top lines, apart as written (lines._written_heads) -------------------


def test_a_headline_over_its_byline_stays_apart_when_the_headline_line_is_full():
    # Wrapped at 72, blank lines lost: "… un libro y un miedo" (68 columns) / "Por Hernando
    # Salcedo": the byline's first word did not fit, yet the headline ended there.
    page = (DEFAULT / "es-cuestionario-proust-puntos-suspensivos.txt").read_text(encoding="utf-8")
    pasted = score_variants._wrap(keep_blank=False)(page)
    assert "un miedo\nPor Hernando Salcedo\n" in pasted
    document = doc(pasted)
    assert document.title == "Cuestionario a la alcaldesa: la noticia del año, un libro y un miedo"


def test_a_wrapped_first_paragraph_is_not_cut_at_its_full_lines():
    text = (
        "The council of Millbrook met on Monday evening to decide the future of the\n"
        "Riverside library, which has been closed since the flood of last winter and\n"
        "whose books are stored in the school gym until a new roof can be afforded.\n"
        "The mayor said the town would find the money before the summer holidays.\n"
        "Residents who packed the hall applauded, though some asked why it took so long\n"
        "and whether the reading room upstairs would open again for the older pupils.\n"
    )
    document = parse_text(text, plain_text=True, with_language=False)
    assert len(document.blocks) <= 2
    assert document.blocks[0].text.startswith("The council of Millbrook met on Monday evening "
                                              "to decide the future of the Riverside library")
