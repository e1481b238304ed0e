"""The same interview pasted another way (``scripts/score_variants.py``): what a browser, a
mail program or a word processor adds to a copy — spaces and tabs at line ends, zero-width
spaces, soft hyphens, non-breaking spaces — changes neither the outline nor, in the text shown,
any character of the file. Each rule with a document it must catch and one it must not; and
the corpus, sampled, must not get worse under the variants."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document.correction_store import content_digest
from reader.document.model import LINE_BREAK, DocumentKind
from reader.document.pipeline import parse_text
from reader.document.structure.lines.hardwrap import flowed_breaks, text_wrap_width
from reader.document.structure.text.plainsource import plain_lines
from reader.document.structure.text.ruleview import LineView
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


CORPUS = DEFAULT  # the corpus folder (scripts/score_structure.py)


@pytest.mark.parametrize(("variant", "name"), [
    # "RB\u00a0: …" / "(an aside)" / "서윤\u00a0: …": the lines are turns as with a space
    ("nbsp-web", "ko-sanae-blog-rb-jemyeong-inteobyu-inteon.txt"),
    # a trail's step cut short ("2. S2E8 …取.. 2021-03-06"), the headline below it behind a
    # zero-width space, read where the rules' view cannot be put back on the text
    ("zero-width", "ja-podcast-chapter-list-above-timestamp-speaker-number-lines.txt"),
])
def test_a_page_pasted_with_no_break_or_zero_width_spaces_keeps_its_outline(variant, name):
    change = next(v.change for v in score_variants.VARIANTS if v.name == variant)
    text = (CORPUS / name).read_text(encoding="utf-8")
    as_is, pasted = doc(text), doc(change(text))
    plain = str.maketrans({NBSP: " ", ZW: None})
    assert [h.translate(plain) for h in headings(pasted)] == headings(as_is)
    assert pasted.title.translate(plain) == as_is.title


def test_a_no_break_space_before_a_colon_in_prose_lines_makes_no_turns():
    prose = ("Notes du voyage\n\n" + "".join(
        f"Jour {n}{NBSP}: nous avons marché le long du fleuve, sans rien demander.\n"
        for n in range(1, 6)))
    assert headings(doc(prose)) == []


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
                  "de-zeitung-leserforum-kolumne-leserfrage-zitiert.txt",  # "Stand:\t<date>"
                  # "Transcript:\tPitch Side …" reads as a label to the title rules, which
                  # take "Host:\tRavi Menon" (so before round 6's rules too: the title rules')
                  "en-podcast-transcript-en-dash-labels-welcome-thanked-pleasure.txt"},
    "nbsp-web": {"it-compleanno-risposte-numerate.txt",
                 "pt-data-titulo-maiusculas-zine-numeros-sem-ponto-minuscula.txt"},
    "soft-hyphens": {"tr-baslik-gorsel-dosya-adi-girise-yapisik-soru-cevap-paragraf.txt",
                     # "All Epis\u00adodes" is no chrome word to the title rules, once the
                     # page is an interview: the title rules' reading of U+00AD
                     "en-podcast-app-speaker-number-time-own-line-guest-chat.txt"},
    "zero-width": {"en-webvtt-speaker-tags.txt",
                   # titles37's new page, worse on main's code too: a zero-width space after
                   # the French spaced colon of "Enquête : la préfète …" (title, breadcrumb)
                   "fr-observatoire-medias-menu-publie-le-temps-lecture-fil-ariane-titre.txt"},
}


def variant_rows(names: tuple[str, ...], every: int = 1) -> dict[str, score_variants.Row]:
    """The corpus (one page in ``every``) pasted each of these ways, scored: each variant's
    scores and the pages it makes worse (a Row without its Variant, whose functions do not
    travel between processes)."""
    rows = score_variants.measure(
        DEFAULT, tuple(v for v in score_variants.VARIANTS if v.name in names), every)
    return {row.variant.name: score_variants.Row(None, row.scores, row.worse)
            for row in rows}


# Both scored in another process from the start of the run (tests/ahead.py): ~8000 pages.
@pytest.mark.ahead(variant_rows, tuple(KNOWN_WORSE))
def test_the_corpus_pasted_another_way_gets_no_page_worse_but_the_known_ones(computed_ahead):
    rows = computed_ahead
    worse = {name: {line.split(":")[0] for line in row.worse} for name, row in rows.items()}
    assert {name: pages - KNOWN_WORSE[name] for name, pages in worse.items()} == dict.fromkeys(
        KNOWN_WORSE, set())
    assert all(row.scores.documents >= 700 for row in rows.values())


# Round 2's variants that leave no page worse but these, one page in eight (a few seconds).
SAMPLED_KNOWN_WORSE = {
    "cr": set(),
    "mixed-eol": set(),
    "quoted": {"en-webvtt-speaker-tags.txt",  # a subtitle file quoted: its WEBVTT line a title
               # held out (round 19): SubRip run into one line, quoted, is one quoted line
               "en-subrip-speaker-numbers-run-on-one-paragraph.txt"},
}


@pytest.mark.ahead(variant_rows, tuple(SAMPLED_KNOWN_WORSE), 8)
def test_the_corpus_sampled_with_old_line_ends_or_quoted_whole_gets_no_page_worse(
        computed_ahead):
    rows = computed_ahead
    worse = {name: {line.split(":")[0] for line in row.worse} for name, row in rows.items()}
    assert {name: pages - SAMPLED_KNOWN_WORSE[name] for name, pages in worse.items()} == (
        dict.fromkeys(SAMPLED_KNOWN_WORSE, set()))
    assert all(row.scores.documents >= 60 for row in rows.values())


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


# --- Round 2: a whole interview quoted, a hard wrap read reflowed (plainsource, hardwrap) -----


def test_an_interview_forwarded_with_every_line_quoted_keeps_its_questions():
    quoted = score_variants._quoted(LABELLED)
    document = doc(quoted)
    assert headings(document) == QUESTIONS
    assert document.title == "A Baker Who Starts at Four"
    assert document.text == doc(LABELLED).text  # Markdown shows no quote mark either way


def test_a_reply_quoting_only_the_question_is_not_read_as_all_quoted():
    reply = "> When does your day begin?\nAt four, when the ovens are lit.\n\nThanks, Ana\n"
    assert plain_lines(reply) == reply


DASHED_LONG = (
    "Talking to the ferryman\n\n"
    "He has crossed the fjord twice a day for thirty years, in fog, in storms and in the long "
    "light of the summer nights, and he has never missed a crossing.\n\n"
    "How many crossings was that, if you had to count them all?\n"
    "– More than twenty thousand, but I stopped counting after the first ten years because "
    "the number meant nothing to me any more.\n\n"
    "Were you ever afraid out there on the water?\n"
    "– Once, in the storm of 1999, when the wind tore the door off the wheelhouse and we "
    "had to steer by the lights of the village.\n\n"
    "What will you do now that you have retired?\n"
    "– Fish, from the shore for a change, and read the books my daughter keeps sending me "
    "from the city.\n"
)


def test_a_mail_hard_wrapped_at_72_columns_is_read_reflowed():
    wrapped = score_variants._wrap(True)(DASHED_LONG)
    assert wrapped.count("\n") > DASHED_LONG.count("\n") + 4  # the answers did wrap
    assert 60 <= text_wrap_width(wrapped) <= 72
    document = doc(wrapped)
    assert headings(document) == headings(doc(DASHED_LONG))
    assert len(headings(document)) == 3
    unwrapped = doc(DASHED_LONG).text  # nothing lost: the same words (a wrap is a space)
    assert "".join(document.text.split()) == "".join(unwrapped.split())


def test_a_page_whose_lines_are_paragraphs_is_no_hard_wrap():
    # One paragraph per line, a few of them without a final stop: long lines pass any width.
    page = "\n".join(
        [f"Line {n} of the report says the harbour {'was' if n % 3 else 'is'} busy again this "
         f"spring and that the boats come in early in the morning from the islands"
         + ("." if n % 4 else "") for n in range(10)])
    assert text_wrap_width(page) == 0
    assert flowed_breaks(page, [0, 5]) == [0, 5]  # nothing reflowed outside a wrapped text


@pytest.mark.parametrize("name", [
    "de-schulzeitung-kuerzel-zeilen.txt",  # "StG: …" turns, each over several wrapped lines
    "de-stadtmagazin-kurz-gefragt-auslassung-lacht-klammer-leerzeilen-wechselnd.txt",
    "en-court-q-a-padded-colon.txt",  # "Q      :       …" lines among a wrapped note
    "cs-nezkraceny-rozhovor-casopis-datum-puvodni-verze-cislovane.txt",  # "1. …?" over answers
])
def test_a_corpus_page_hard_wrapped_at_72_keeps_its_questions(name):
    page = (DEFAULT / name).read_text(encoding="utf-8")
    wrapped = score_variants._wrap(True)(page)
    assert headings(doc(wrapped)) == headings(doc(page))
    assert len(headings(doc(page))) >= 4


def test_a_page_wrapped_by_its_writer_reads_its_colon_and_its_full_lines_as_going_on():
    # Wrapped at 80 as written: "… zu Beginn des Gesprächs:" announces the question on the
    # next line (one question, not two); a full line ending a sentence was the wrap's too.
    name = "de-schachzeitung-zeilenumbruch-ohne-leerzeilen-frage-mit-einleitung.txt"
    document = doc((DEFAULT / name).read_text(encoding="utf-8"))
    assert headings(document)[0].startswith("Eine vielleicht etwas unbequeme Frage")
    assert headings(document)[0].endswith("auf dem Markt?")
    assert document.title == "Interview mit Markus Schönfeld und Jens Jordan"


_WORDS = st.lists(st.text("abcdefghijklmnopqrstuvwxyzÄé", min_size=1, max_size=14), min_size=1,
                  max_size=30)
_SENTENCES = st.tuples(_WORDS, st.sampled_from([".", "?", "", ":"])).map(
    lambda s: " ".join(s[0]).capitalize() + s[1])


@given(st.lists(st.lists(_SENTENCES, min_size=1, max_size=4), min_size=1, max_size=8),
       st.integers(min_value=50, max_value=90), st.booleans())
@settings(max_examples=60, deadline=None)
def test_a_hard_wrapped_text_read_reflowed_loses_no_character(paragraphs, width, blank):
    # Each paragraph wrapped at the width, blank lines between them kept or lost.
    wrapped = ("\n\n" if blank else "\n").join(
        "\n".join(textwrap.wrap(" ".join(paragraph), width)) for paragraph in paragraphs)
    document = doc(wrapped)
    assert "".join(document.text.split()) == "".join(wrapped.split())


@pytest.mark.parametrize("name", [
    "de-verein-reporter-name-zeilen.txt",  # "Reporter:" / "Name:" turns, a line each
    "pt-tv-pergunta-responde.txt",
    "sr-skolski-list-pitanje-odgovor-cirilica-datum-potpis.txt",
])
def test_a_label_on_its_own_line_above_its_words_is_read_with_them(name):
    # An HTML page's bold label in a block of its own, pasted: "Reporter:" / "Wie …?".
    page = (DEFAULT / name).read_text(encoding="utf-8")
    pasted = score_variants._label_above(page)
    document = doc(pasted)
    assert headings(document) == headings(doc(page))
    assert len(headings(document)) >= 4
    assert "".join(document.text.split()) == "".join(pasted.split())  # every character shown


def test_a_lead_in_line_with_a_colon_is_no_label():
    article = doc(
        "Tips for the swimming school\n\n"
        "The council wants every child to swim by the age of ten. Parents are asked along.\n\n"
        "For example:\n"
        "Why is the swimming school so important for the town?\n"
        "But how will you reach every family?\n"
    )
    assert article.questions == ()
