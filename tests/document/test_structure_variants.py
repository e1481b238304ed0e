"""The same interview pasted another way (``scripts/score_variants.py``): what a browser, a
mail program or a word processor adds to a copy — spaces and tabs at line ends, zero-width
spaces, soft hyphens, non-breaking spaces — changes neither the outline nor, in the text shown,
any character of the file. Each rule with a document it must catch and one it must not; and
the corpus, sampled, must not get worse under the variants."""

from __future__ import annotations

import pytest

from reader.document.correction_store import content_digest
from reader.document.model import LINE_BREAK, DocumentKind
from reader.document.pipeline import parse_text
from reader.document.ruleview import LineView
from scripts import score_variants
from scripts.score_structure import DEFAULT

from .test_structure_layouts import doc

ZW, SOFT, NBSP = "\u200b", "\u00ad", "\u00a0"

LABELLED = (
    "A Baker Who Starts at Four\n\n"
    "Our reporter spent a night at the bakery on Mill Street.\n\n"
    "Q: When does your day begin?\n\n"
    "A: At four, when the ovens are lit and the dough has risen.\n\n"
    "Q: What do you bake first?\n\n"
    "A: Baguettes, because the first customers come at six.\n\n"
    "Q: Do you ever sleep in?\n\n"
    "A: On Mondays, when the shop is closed.\n"
)
QUESTIONS = ["When does your day begin?", "What do you bake first?", "Do you ever sleep in?"]


def headings(document) -> list[str]:
    return [question.heading for question in document.questions]


def visible(text: str) -> str:
    return text.replace(ZW, "").replace(SOFT, "")


# --- The blocks as the rules read them (ruleview.analysed_in_view) ----------------------------


def test_labels_behind_zero_width_spaces_are_found_and_every_character_is_kept():
    pasted = LABELLED.replace("Q: ", f"{ZW}Q:{ZW} ").replace("A: ", f"{ZW}A: ")
    document = doc(pasted)
    assert document.kind is DocumentKind.INTERVIEW
    assert [visible(h) for h in headings(document)] == QUESTIONS
    assert document.text.count(ZW) == pasted.count(ZW)  # shown as the file has them
    assert document.title == "A Baker Who Starts at Four"


NUMBERED = (
    "Drei Fragen an die Imkerin\n\n"
    "Sie hält seit zwanzig Jahren Bienen am Stadtrand.\n\n"
    "1 Was schätzen Sie an Ihren Bienen?\n"
    "Dass sie sich nicht beeilen lassen, egal wie ungeduldig ich bin.\n\n"
    "2 Was fehlt den Bienen in der Stadt?\n"
    "Blumen, die nicht alle im selben Monat blühen.\n\n"
    "3 Wann wurden Sie zuletzt gestochen?\n"
    "Gestern, beim Honigschleudern. Das gehört dazu.\n"
)


def test_a_non_breaking_space_after_a_question_number_changes_no_question():
    pasted = NUMBERED.replace("1 ", f"1{NBSP}").replace("2 ", f"2{NBSP}").replace(
        "3 ", f"3{NBSP}").replace("Bienen am", f"Bie{SOFT}nen am")
    document = doc(pasted)
    assert [h.replace(NBSP, " ") for h in headings(document)] == headings(doc(NUMBERED))
    assert len(headings(document)) == 3
    assert f"3{NBSP}Wann" in document.text and f"Bie{SOFT}nen" in document.text


def test_a_non_breaking_space_in_prose_makes_no_question():
    article = doc(NUMBERED.replace("?", ".").replace(" ", NBSP))
    assert article.questions == ()
    assert article.text.count(NBSP) == NUMBERED.count(" ")  # every one shown


def test_an_article_with_zero_width_spaces_gets_no_questions():
    article = doc(
        f"{ZW}Why the river floods every spring\n\n"
        f"{ZW}Every March the snow melts in the hills and the river rises. Nobody in town "
        f"asks whether it will flood, only when.\n\n"
        f"{ZW}The council has built a wall along the quay, but the water finds its way round "
        f"it through the old drains.\n"
    )
    assert article.questions == ()
    assert article.text.count(ZW) == 3


def test_turns_glued_in_a_block_with_zero_width_spaces_keep_their_text():
    pasted = (
        "Talking to the lighthouse keeper\n\n"
        f"Marta: How long have you kept the light?{ZW} Jonas: Thirty-one years.{ZW} "
        f"Marta: Do you still climb the stairs? Jonas: Every evening.{ZW} "
        f"Marta: What will you miss? Jonas: The quiet.\n"
    )
    document = doc(pasted)
    assert "".join(document.text.split()) == "".join(pasted.split())


# --- A plain text's line ends (ruleview.plain_lines) ------------------------------------------

LINES = (
    "Ten questions for the new librarian\n\n"
    "How long have you worked here?\n"
    "Since the library opened in the spring.\n\n"
    "What do children borrow most?\n"
    "Comics, and anything with dinosaurs in it.\n\n"
    "Which book would you save from a fire?\n"
    "The town's first register of births.\n"
)


@pytest.mark.parametrize("end", ["  ", "\t", " \t"])
def test_spaces_and_tabs_at_line_ends_change_no_question(end):
    pasted = LINES.replace("\n", f"{end}\n")
    document = doc(pasted)
    assert headings(document) == headings(doc(LINES))
    assert len(headings(document)) == 3
    assert document.content_key == "" and document.source == pasted  # the file as it is
    kept = parse_text(pasted, plain_text=True, with_language=False, keep_source=False)
    assert kept.content_key == content_digest(pasted)  # its corrections' key unchanged


def test_two_spaces_still_break_a_markdown_line():
    document = doc("Roses are red,  \nviolets are blue.\n", markdown=True)
    assert document.blocks[0].text == f"Roses are red,{LINE_BREAK}violets are blue."


# --- A paragraph's lines as the line rules read them (ruleview.LineView) ----------------------


def test_question_and_answer_lines_opened_by_zero_width_spaces_stand_apart():
    pasted = (
        "Notes from the harbour\n\n"
        f"{ZW}Vad gör du först på morgonen?\n"
        f"{ZW}– Jag tittar på vädret och på båtarna.\n"
    )
    document = doc(pasted)
    texts = [block.text for block in document.blocks]
    assert texts[1:] == [f"{ZW}Vad gör du först på morgonen?",
                         f"{ZW}– Jag tittar på vädret och på båtarna."]


def test_a_hard_wrapped_paragraph_with_zero_width_spaces_stays_one():
    wrapped = (
        "The ferry\n\n"
        f"{ZW}The ferry leaves the island at seven and crosses to the mainland in forty\n"
        f"{ZW}minutes, unless the wind is from the west, when it can take an hour and\n"
        f"{ZW}the passengers stay inside, reading or sleeping on the benches.\n"
    )
    document = doc(wrapped)
    assert len(document.blocks) == 2
    assert document.blocks[1].text.count(ZW) == 3


def test_a_line_view_puts_its_cuts_back_on_the_text():
    text = f"{ZW}One?{ZW} {ZW}Two."
    seen = LineView(text, [text.index(" ")])
    assert seen.text == "One? Two."
    assert seen.breaks == [4]
    assert seen.back([4]) == [text.index(" ")]
    assert LineView("One? Two.", [4]).back([4]) == [4]


# --- The whole corpus: no page worse under the variants, but the known ones -------------------

# The pages these variants still make worse (docs/structure.md "Pasted another way": their
# titles are chosen by rules that compare words, or a mark they lose was their only one). A
# page that gets worse and is not here is a new loss of generality; one here that no longer
# does is welcome.
KNOWN_WORSE = {
    "crlf": set(),
    "trailing": set(),
    "label-tab": {"es-podcast-titulo-pregunta-dos-puntos-min-regala-articulo-stats.txt",
                  "de-zeitung-leserforum-kolumne-leserfrage-zitiert.txt"},  # "Stand:\t<date>"
    "nbsp-web": {"it-compleanno-risposte-numerate.txt",
                 "pt-data-titulo-maiusculas-zine-numeros-sem-ponto-minuscula.txt"},
    "soft-hyphens": {"tr-baslik-gorsel-dosya-adi-girise-yapisik-soru-cevap-paragraf.txt",
                     # "All Epis\u00adodes" is no chrome word to the title rules, once the
                     # page is an interview: the title rules' reading of U+00AD
                     "en-podcast-app-speaker-number-time-own-line-guest-chat.txt"},
    "zero-width": {"en-webvtt-speaker-tags.txt"},
}


def test_the_corpus_pasted_another_way_gets_no_page_worse_but_the_known_ones():
    variants = tuple(v for v in score_variants.VARIANTS if v.name in KNOWN_WORSE)
    rows = score_variants.measure(DEFAULT, variants)
    worse = {row.variant.name: {line.split(":")[0] for line in row.worse} for row in rows}
    assert {name: pages - KNOWN_WORSE[name] for name, pages in worse.items()} == dict.fromkeys(
        KNOWN_WORSE, set())
    assert all(row.scores.documents >= 700 for row in rows)


# --- A plain text's indents (plainsource.plain_lines) -----------------------------------------

FAQ = (DEFAULT / "en-faq-groups-blurbs.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("indent", ["  ", "    ", "\t"])
def test_an_indent_every_line_shares_changes_no_question(indent):
    pasted = "\n".join(indent + line if line else line for line in FAQ.split("\n"))
    assert headings(doc(pasted)) == headings(doc(FAQ))
    assert len(headings(doc(FAQ))) == 6


def test_an_indented_line_under_a_list_item_still_goes_on_with_it():
    item = doc("Things to bring\n\n- A warm coat, because the hut\n  is not heated at night\n")
    assert [b.text for b in item.blocks][1:] == [
        "A warm coat, because the hut is not heated at night"]


DASHED = (
    "Talking to the ferryman\n\n"
    "He has crossed the fjord twice a day for thirty years.\n\n"
    "- How many crossings was that?\n"
    "- More than twenty thousand, I stopped counting.\n\n"
    "- Were you ever afraid?\n"
    "- Once, in the storm of 1999.\n\n"
    "- What will you do now?\n"
    "- Fish, from the shore for a change.\n"
)


def test_a_first_line_indent_changes_no_question():
    pasted = DASHED.replace("\n\n", "\n\n\t").replace("Talking", "\tTalking")
    assert headings(doc(pasted)) == headings(doc(DASHED))
    assert len(headings(doc(DASHED))) == 3


# --- Hard-wrapped, its blank lines lost, short lines among the wrapped ones (hardwrap) -------


def wrapped_without_blank_lines(text: str) -> str:
    return score_variants._wrap(False)(text)


def test_a_wrapped_page_with_a_stack_of_short_lines_finds_its_paragraphs_again():
    name = "cs-rozhovor-doba-cteni-jmeno-po-radcich.txt"
    page = (DEFAULT / name).read_text(encoding="utf-8")
    document = doc(wrapped_without_blank_lines(page))
    assert len(headings(document)) >= 2
    assert "".join(document.text.split()) == "".join(page.split())


def test_a_few_long_lines_among_short_ones_are_no_wrap():
    # A list of short lines with seven long lines broken mid-sentence: too few to tell a width.
    long = "the committee met again on Thursday and decided after a long debate that"
    lines = [f"Item {n}" for n in range(12)] + [f"{long} {n}" for n in range(7)] + ["End."]
    document = doc("Minutes\n\n" + "\n".join(lines) + "\n")
    assert len(document.blocks) == 2
