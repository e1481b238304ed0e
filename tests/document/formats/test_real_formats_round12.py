"""Real files' traps, round 12 (session 15; tests/document/fixtures/real_formats): Markdown
footnotes read as notes, Word's "Save as web page" notes kept with the article, and a book's
printed contents page whose label is a paragraph. Each rule has a test that catches it and
one that keeps it from reaching too far."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reader.document.markdown import make_parser, parse_blocks
from reader.document.model import BlockKind
from reader.document.pipeline import open_document
from scripts.score_real_formats import DEFAULT, built
from tests.document.formats.makers import write_epub


def _document(path: Path):
    return open_document(path, with_language=False)


def _notes(document) -> list[tuple[str, str]]:
    return [(b.ordinal, b.text) for b in document.blocks if b.kind is BlockKind.NOTE]


# --- Markdown footnotes ----------------------------------------------------------------------

def test_a_jekyll_posts_footnotes_are_notes_after_the_paragraphs_citing_them(tmp_path):
    document = _document(built("md-jekyll-interview-footnotes-en", DEFAULT, tmp_path))
    texts = [b.text for b in document.blocks]
    said = " ".join(texts)
    assert "[^" not in said  # the marks and the definitions' labels
    assert _notes(document) == [
        ("1", "1 Most bells in the region were requisitioned for their metal in 1942 and "
              "never returned."),
        ("2", "2 A strickle board is a template turned around a spindle to shape the clay "
              "mould."),
        ("", "The board is oiled every spring and kept in the cellar, away from the frost.")]
    cited = next(i for i, t in enumerate(texts) if t.startswith("Through my grandfather"))
    assert texts[cited + 1].startswith("1 Most bells")  # after the paragraph citing it
    assert "to be had. He melted" in texts[cited]  # the mark is not read in the text
    assert "cracked beyond [sic] repair" in said  # brackets that are no footnote
    assert [q.heading for q in document.questions][-1] == "What is your next commission?"


def test_a_note_cited_in_a_bold_question_waits_for_the_answer(tmp_path):
    path = tmp_path / "interview.md"
    path.write_text("# Il liutaio\n\nOttavio Mancuso costruisce violini da trentotto anni.\n\n"
                    "**Come si sceglie il legno?**[^1]\n\nCon le orecchie.\n\n"
                    "**E la vernice?**\n\nAsciuga al sole.^[Per settimane, in giugno.]\n\n"
                    "[^1]: Abete rosso della Val di Fiemme.\n", "utf-8")
    document = _document(path)
    texts = [b.text for b in document.blocks]
    assert texts[texts.index("Con le orecchie.") + 1] == "1 Abete rosso della Val di Fiemme."
    assert texts[texts.index("Asciuga al sole.") + 1] == "2 Per settimane, in giugno."
    assert [q.heading for q in document.questions] == ["Come si sceglie il legno?",
                                                       "E la vernice?"]


def test_a_text_files_bracketed_numbers_are_its_own_words(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("As the report says [1], the well ran dry.[^2]\n\n[1]: Report of 1998.\n\n"
                    "[^2]: Not in August.\n", "utf-8")
    document = _document(path)
    said = " ".join(b.text for b in document.blocks)
    assert "[1]" in said and "[^2]" in said and "[^2]: Not in August." in said
    assert not _notes(document)


def test_a_mark_without_its_note_and_markdown_parsed_in_pieces_lose_nothing():
    blocks = parse_blocks("A claim[^missing] stands.\n\nNext.[^1]\n\n[^1]: The note.\n",
                          parser=make_parser(), in_pieces=True)
    said = " ".join(b.text for b in blocks)
    assert "A claim[^missing] stands." in said and "[^1]: The note." in said
    blocks = parse_blocks("A claim[^missing] stands.\n", parser=make_parser())
    assert blocks[0].text == "A claim[^missing] stands."


_WORDS = st.text(alphabet="abcdefgh ", min_size=1, max_size=30).map(
    lambda words: " ".join(words.split()) or "word")


@given(st.lists(st.tuples(_WORDS, st.booleans(), _WORDS), min_size=1, max_size=6))
def test_every_cited_note_is_read_once_as_a_note_after_its_paragraph(paragraphs):
    source, cited = "", []
    for number, (words, cites, note) in enumerate(paragraphs, start=1):
        source += f"Paragraph {number} {words}" + (f"[^n{number}]" if cites else "") + "\n\n"
        if cites:
            cited.append((f"Paragraph {number} {words}", f"Note {number} {note}"))
    source += "".join(f"[^n{text.split()[1]}]: {text}\n\n" for _, text in cited)
    blocks = parse_blocks(source, parser=make_parser())
    texts = [b.text for b in blocks]
    notes = [b.text for b in blocks if b.kind is BlockKind.NOTE]
    assert len(notes) == len(cited)
    for paragraph, note in cited:
        at = texts.index(paragraph)
        assert texts[at + 1].endswith(note) and blocks[at + 1].kind is BlockKind.NOTE
    assert "[^" not in " ".join(texts)


def test_a_note_defined_inside_a_note_s_quote_is_no_traceback(tmp_path):
    path = tmp_path / "odd.md"  # the plugin closes a quote it opened in a note: no crash
    path.write_text("[^a]: > [^a]: \n\n[^1]: :[^a]: [x](y) 1. -     # ]\n\nText.[^a]\n",
                    "utf-8")
    assert "Text." in [b.text for b in _document(path).blocks]


# --- Word's "Save as web page" notes ---------------------------------------------------------

def test_words_web_page_keeps_its_footnotes_as_notes(tmp_path):
    document = _document(DEFAULT / "word-web-page-footnotes-es.html")
    notes = _notes(document)
    assert [mark for mark, _ in notes] == ["[1]", "[2]"]
    assert "Los sobres más antiguos son de 1958" in notes[0][1]
    assert len(document.questions) == 4


def test_a_named_anchor_that_links_nowhere_back_brings_nothing_back(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Grain</title></head><body><article><h1>Grain</h1>"
        "<p>The harvest came early this year in every valley of the region.<a href='#top' "
        "name='up'>1</a></p></article><div class='footer'><p><a name='top'>1</a> Cookie "
        "settings and the site's terms.</p></div></body></html>", "utf-8")
    assert "Cookie settings" not in " ".join(b.text for b in _document(path).blocks)


# --- A book's printed contents page with a paragraph for its label ----------------------------

def test_a_printed_contents_label_is_not_the_books_title(tmp_path):
    document = _document(built("epub2-printed-contents-label-en", DEFAULT, tmp_path))
    assert document.title == "Harbour Voices"
    items = [b.text for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == ["Morag Innes, net mender", "Callum Reid, harbour master",
                     "Isla Buchan, smokehouse owner"]
    assert "Contents" in [b.text for b in document.blocks]  # the label is still read
    held_out = _document(built("epub2-printed-contents-links-pt", DEFAULT, tmp_path))
    assert held_out.title == "Vozes do Porto"


def test_a_title_page_after_a_heading_or_without_the_title_stays_as_it_is(tmp_path):
    chapters = [("Cover", "<h1>Salt and Iron</h1>"),
                ("Title", "<p class='t'>Salt and Iron</p><p>Ana Reis</p>"),
                ("One", "<h1>One</h1><p>Text of one.</p>")]
    path = write_epub(tmp_path / "book.epub", chapters, title="Salt and Iron", language="en")
    kinds = [(b.text, b.kind) for b in _document(path).blocks]
    assert ("Salt and Iron", BlockKind.PARAGRAPH) in kinds  # a heading came before it
    chapters = [("Title", "<p class='t'>A Different Name</p>"),
                ("One", "<h1>One</h1><p>Text of one.</p>")]
    path = write_epub(tmp_path / "other.epub", chapters, title="Salt and Iron", language="en")
    kinds = [(b.text, b.kind) for b in _document(path).blocks]
    assert ("A Different Name", BlockKind.PARAGRAPH) in kinds


# --- Line numbers beside a page number alone at the page's foot ------------------------------

def _page(lines: list[tuple[float, str, float, str]]):
    """The text, line ranges and character boxes of lines set as (number's left, number,
    text's left, text): 6 points a character, a 12-point font."""
    text, ranges, lefts = "", [], []
    for number_left, number, words_left, words in lines:
        first = len(text)
        text += number + (" " + words if words else "") + "\n"
        lefts += [number_left + 6 * k for k in range(len(number))]
        if words:
            lefts.append(number_left + 6 * len(number))
            lefts += [words_left + 6 * k for k in range(len(words))]
        lefts.append(0.0)
        ranges.append((first, len(text) - 2))
    return text, ranges, (lambda i: (lefts[i], 0.0, lefts[i] + 6, 12.0)), (lambda i: 12.0)


def test_line_numbers_are_cut_though_a_bare_page_number_stands_at_the_foot():
    from reader.document.formats.pdf_line_numbers import numbered_lines

    rows = [(84 - 6 * len(str(n)), str(n), 108, f"line {n} of the deposition goes on")
            for n in range(1, 9)] + [(300, "14", 0, "")]
    text, ranges, box, size = _page(rows)
    kept = [text[first:last + 1] for first, last in numbered_lines(text, ranges, box, size)]
    assert kept[0] == "line 1 of the deposition goes on"
    assert kept[-1] == "14"  # the page number is the page furniture's to judge


def test_a_numbered_list_with_a_page_number_keeps_its_numbers():
    from reader.document.formats.pdf_line_numbers import numbered_lines

    rows = [(72, str(n), 108, word) for n, word in
            enumerate(["Eggs", "Flour", "Butter", "Sugar", "Milk", "Salt"], start=1)]
    text, ranges, box, size = _page(rows + [(300, "3", 0, "")])
    assert numbered_lines(text, ranges, box, size) == ranges


def test_a_deposition_with_objections_is_read_without_its_line_numbers(tmp_path):
    document = _document(built("pdf-deposition-objections-en", DEFAULT, tmp_path))
    said = " ".join(b.text for b in document.blocks)
    assert "9 MR. OKAFOR" not in said and "MR. OKAFOR: Objection, form." in said
    asked = [q.heading for q in document.questions]
    assert "Were you told that the dock leveller on bay four was out of service?" in asked
    assert "Did you write that down anywhere?" in asked  # after an answer filling its line


def test_a_bare_q_after_an_answer_filling_its_line_opens_a_turn():
    from reader.document.formats.pdf_breaks import opens_turn, turns_labelled
    from reader.document.formats.pdf_lines import Line

    def line(text: str) -> Line:
        return Line(text, 0, 108, 478, 700, 712, 12, False)

    turns = [line(t) for t in ("Q     Where were you?", "A     At home.", "Q     Alone?",
                               "A     Yes.", "Q     Why?", "A     It rained, as it did all "
                               "week, so I stayed in with the dog.")]
    assert turns_labelled(turns)
    assert opens_turn(turns[-1], line("Q     Did you write that down anywhere?"))
    assert not opens_turn(line("the day before, when we"), line("Q     went out"))
    prose = [line("A New York court ruled."), line("A Boston one did not."),
             line("A third waits."), line("Q is a letter.")]
    assert not turns_labelled(prose)  # lines opening with "A" are prose without "Q" turns
