"""A footnote or endnote is a note in the model (``BlockKind.NOTE``, its mark as ``ordinal``)
in every format that reads notes, and the structure rules read the text without it: it is
never a question, never an answer's words, never a section of the outline
(docs/files-and-audio-in-the-window.md, "Notes and page numbers")."""

from __future__ import annotations

from pathlib import Path

import odfdo
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import parse_text
from reader.document.formats.blocks import Extracted
from reader.document.model import Block, BlockKind, Role
from reader.document.pipeline import parse_extracted
from reader.document.stored import from_data, to_data
from tests.document.formats.doc_maker import TITLE, WordFile
from tests.document.formats.makers import write_epub
from tests.document.formats.test_notes_numbered import _RTF, _word
from tests.document.formats.test_real_formats_round10 import _OFF, _document, _file, _fixture


def _notes(document) -> list[tuple[str, str]]:
    return [(b.ordinal, b.text) for b in document.blocks if b.kind is BlockKind.NOTE]


def _kinds(document) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in document.blocks]


# --- Each format ---------------------------------------------------------------------------

def test_word_notes_are_notes_with_their_numbers(tmp_path):
    document = _document(_word(tmp_path))
    assert _kinds(document) == [
        ("paragraph", "The press came from Leipzig."), ("note", "1 Bought in 1952."),
        ("paragraph", "It still prints on Fridays."), ("note", "2 Since the war."),
        ("paragraph", "Who sets the type?"), ("note", "i The Heidelberg model."),
        ("note", "ii Thanks to the printers' guild.")]
    assert [b.ordinal for b in document.blocks if b.kind is BlockKind.NOTE] == [
        "1", "2", "i", "ii"]
    assert not _notes(_document(_word(tmp_path), _OFF))  # the option off: no note at all


def test_a_word_note_with_a_mark_of_its_own_keeps_the_mark(tmp_path):
    assert _notes(_document(_word(tmp_path, custom=True)))[1] == ("*", "* Since the war.")


def test_rtf_notes_are_notes(tmp_path):
    assert _notes(_document(_file(tmp_path, "built.rtf", _RTF))) == [
        ("1", "1 In 1931."), ("", "* A mark of its own."), ("2", "2 To the town."),
        ("i", "i Interview of 2019.")]


def test_opendocument_notes_are_notes_each_paragraph_of_them(tmp_path):
    note = ('<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
            "<text:note-body><text:p>In March.</text:p><text:p>By train.</text:p>"
            "</text:note-body></text:note>")
    document = odfdo.Document("text")
    document.body.clear()
    for paragraph in (f"<text:p>We met in Porto.{note}</text:p>", "<text:p>It rained.</text:p>"):
        document.body.append(odfdo.Element.from_tag(paragraph))
    path = tmp_path / "porto.odt"
    document.save(str(path))
    assert _kinds(_document(path)) == [
        ("paragraph", "We met in Porto."), ("note", "1 In March."), ("note", "By train."),
        ("paragraph", "It rained.")]
    assert [b.ordinal for b in _document(path).blocks] == ["", "1", "", ""]


def test_doc_notes_are_notes(tmp_path):
    word = (WordFile().add("The ferry", style=TITLE).add("Why did it stop?")
            .note("The tunnel opened.").add("In 1998.").note("Recorded in May.", "end"))
    path = tmp_path / "ferry.doc"
    path.write_bytes(word.build())
    assert _notes(_document(path)) == [("1", "1 The tunnel opened."),
                                       ("i", "i Recorded in May.")]


def test_epub_footnotes_and_endnotes_are_notes_with_their_marks(tmp_path):
    body = ('<h2>Le port</h2><p>Nous partions à l’aube.<a epub:type="noteref" href="#n1">1</a>'
            '</p><aside epub:type="footnote" id="n1"><p><a href="#r1">1</a> Vers cinq heures.'
            "</p><p>En été.</p></aside><p>Le bateau était vert.</p>"
            '<section epub:type="endnotes" role="doc-endnotes"><ol><li id="e1"><p>Récit de '
            "2019.</p></li><li><p>Traduit de l’italien.</p></li></ol></section>")
    path = write_epub(tmp_path / "port.epub", [("Le port", body)])
    assert _notes(_document(path)) == [
        ("1", "1 Vers cinq heures."), ("", "En été."), ("1.", "1. Récit de 2019."),
        ("2.", "2. Traduit de l’italien.")]
    assert not _notes(_document(path, _OFF))


def test_a_web_pages_notes_brought_back_are_notes_their_number_opening_their_words():
    document = _document(Path("tests/document/fixtures/real_formats/"
                              "substack-footnotes-interview-en.html"))
    notes = _notes(document)
    assert [mark for mark, _ in notes] == ["1", "2"]
    assert notes[0][1].startswith("1 Her guide to the Serra de Monchique")  # one paragraph
    assert all(b.kind is not BlockKind.NOTE for b in document.blocks[:5])


def test_a_note_named_only_by_its_link_back_to_its_mark_is_a_note(tmp_path):
    """calibre's notes, a Word page's: the number opening the note links back to its mark."""
    notes = _notes(_document(_fixture("epub-calibre-docx-notes-fr", tmp_path)))
    assert notes == [("1", "1 La maison éclusière de Saint-Christophe, écluse n° 42."),
                     ("2", "2 Le dernier transport de vin en péniche sur ce tronçon date de "
                           "1991.")]
    body = ('<p>We crossed at dawn.<a id="_ftnref1" href="#_ftn1">[1]</a></p>'
            "<p>Nothing more to say about that crossing, which took all of the night.</p>"
            '<div><p><a id="_ftn1" href="#_ftnref1">[1]</a> In 1962.</p></div>'
            # must not: a numbered contents entry is no note (no place of its own)
            '<p><a href="#part2">2</a> The second crossing</p>')
    path = write_epub(tmp_path / "crossing.epub", [("The crossing", body)])
    assert _notes(_document(path)) == [("[1]", "[1] In 1962.")]


def test_real_files_notes_are_notes(tmp_path):
    for name, first in (("doc-word2003-footnotes-de", ("1", "1 Die Fähre")),
                        ("rtf-word-footnotes-it", ("1", "1 Il regolamento")),
                        ("odt-heading-questions-footnotes", ("1", "1 Enligt")),
                        ("epub3-nav-aside-footnotes-de", ("1", "1 Offener Kanal"))):
        mark, text = _notes(_document(_fixture(name, tmp_path)))[0]
        assert (mark, text[:len(first[1])]) == first, name


def test_a_pdfs_footnotes_below_the_text_are_notes_each_of_its_own(qapp, tmp_path):
    notes = _notes(_document(_fixture("pdf-academic-two-column-footnotes-en", tmp_path)))
    assert [mark for mark, _ in notes] == ["1", "2", "3"]
    assert notes[1][1] == "2 Compare the weather lore collected by Pereira (1984), pp. 112-19."


# --- The model and the cache ---------------------------------------------------------------

def test_a_notes_mark_is_no_list_number_and_the_cache_keeps_it():
    note = Block(BlockKind.NOTE, "1. In March.", 0, (0, 1), ordinal="1.")
    assert note.number_length == 0  # said and shown as a note's mark, not a list's number
    document = parse_extracted(Extracted([Block(BlockKind.PARAGRAPH, "We met.", 0, (0, 1)),
                                          note]), with_language=False)
    again = from_data(to_data(document))
    assert again == document and again.blocks[1].kind is BlockKind.NOTE
    assert again.blocks[1].ordinal == "1."


# --- The structure reads the text without its notes ----------------------------------------

def _interview(*rows: tuple[str, str]) -> object:
    kinds = {"p": BlockKind.PARAGRAPH, "h": BlockKind.HEADING, "n": BlockKind.NOTE}
    blocks = [Block(kinds[kind], text, 0, (i, i + 1), level=2 if kind == "h" else 0,
                    ordinal=text.split()[0] if kind == "n" and text[0].isdigit() else "")
              for i, (kind, text) in enumerate(rows)]
    return parse_extracted(Extracted(blocks), with_language=False)


_TURNS = [("h", "Le sel de Guérande"), ("p", "Rencontre avec un paludier, à la saison."),
          ("p", "Depuis quand récoltez-vous le sel ?"), ("n", "1 Le « paludier » ?"),
          ("p", "Depuis vingt ans, comme mon père."), ("n", "2 Son père, Yves, est mort en 2010."),
          ("p", "Et l’hiver, que faites-vous ?"), ("p", "On répare les talus et les vasières."),
          ("n", "3 Les bassins d’argile où l’eau s’évapore.")]


def test_a_note_between_a_question_and_its_answer_keeps_the_pair():
    document = _interview(*_TURNS)
    questions = document.questions
    assert [document.question_text(q) for q in questions] == [
        "Depuis quand récoltez-vous le sel ?", "Et l’hiver, que faites-vous ?"]
    # the note under the question opens its answer part; the question's words are its own
    assert document.answer_text(questions[0]).startswith("1 Le « paludier » ?\nDepuis vingt")
    assert document.blocks[3].kind is BlockKind.NOTE and document.blocks[3].role is Role.BODY
    # each note is in the section of the block before it
    assert questions[1].end_block == len(document.blocks)
    starts = [section.start for section in document.sections]
    assert all(document.blocks[i].start not in starts
               for i, b in enumerate(document.blocks) if b.kind is BlockKind.NOTE)


def test_a_note_ending_in_a_question_mark_is_never_a_question():
    document = _interview(
        ("h", "Le sel"), ("p", "Rencontre avec un paludier, à la saison."),
        ("p", "Depuis quand récoltez-vous le sel ?"), ("p", "Depuis vingt ans, comme mon père."),
        ("n", "1 Pourquoi le père ?"), ("p", "Et l’hiver, que faites-vous ?"),
        ("p", "On répare les talus."), ("p", "Et l’été ?"), ("p", "On récolte."),
        ("n", "2 Quelle récolte ?"), ("p", "Le sel fin surtout, et la fleur."))
    assert [document.question_text(q) for q in document.questions] == [
        "Depuis quand récoltez-vous le sel ?", "Et l’hiver, que faites-vous ?", "Et l’été ?"]
    assert document.answer_text(document.questions[2]) == (
        "On récolte.\n2 Quelle récolte ?\nLe sel fin surtout, et la fleur.")


def test_the_outline_never_lists_a_note():
    document = _interview(("p", "Une journée sur les marais, en août."),
                          ("n", "1 Les marais salants de Guérande."),
                          ("p", "Le sel se récolte à la main, chaque soir."),
                          ("n", "2 Ou le matin, quand il a plu."))
    assert all(document.blocks[s.first_block].kind is not BlockKind.NOTE
               for s in document.sections)
    covered = [i for s in document.sections if s.level == 1
               for i in range(s.first_block, s.end_block)]
    assert covered == list(range(len(document.blocks)))  # every block once, notes too
    for section in document.sections:
        assert section.start == document.blocks[section.first_block].start
        assert section.end == document.blocks[section.end_block - 1].end


def test_without_notes_the_structure_is_what_it_was():
    rows = [r for r in _TURNS if r[0] != "n"]
    plain = _interview(*rows)
    assert [s.heading for s in _interview(*_TURNS).sections] == [s.heading
                                                                for s in plain.sections]
    assert parse_text("Pas de note ici.\n", with_language=False).blocks[0].kind is (
        BlockKind.PARAGRAPH)


_LINES = ["Q: Why the salt?", "A: Because of the sun.", "What about winter?",
          "We mend the banks.", "Le sel de Guérande", "Anna: It was hard. Ben: Why?",
          "1 A note that asks?", "* Another note.", "Interview by Paul, May 2024."]


@given(st.lists(st.tuples(st.sampled_from("pnh"), st.sampled_from(_LINES)), min_size=1,
                max_size=14))
@settings(max_examples=60, deadline=None)
def test_any_text_with_notes_makes_a_whole_outline(rows):
    document = _interview(*rows)
    # (a turn glued to another is parted where a space was: gluedturns)
    assert document.text.replace("\n", " ") == " ".join(text for _, text in rows)
    assert [b.text for b in document.blocks if b.kind is BlockKind.NOTE] == [
        text for kind, text in rows if kind == "n"]
    top = [s for s in document.sections if s.level == 1]
    assert [i for s in top for i in range(s.first_block, s.end_block)] == list(
        range(len(document.blocks)))
    for section in document.sections:
        assert section.first_block < section.end_block
        assert section.start == document.blocks[section.first_block].start
        assert section.end == document.blocks[section.end_block - 1].end
        if section.first_block and any(k != "n" for k, _ in rows):  # (notes alone: text)
            # a note is in the section of the block before it
            assert document.blocks[section.first_block].kind is not BlockKind.NOTE
    opening = next(i for i, b in enumerate(document.blocks) if b.kind is not BlockKind.NOTE
                   or i == len(document.blocks) - 1)  # (notes opening the text: the first's)
    for question in document.questions if any(k != "n" for k, _ in rows) else ():
        # the notes after a question's words are its answer's (one cited inside a question
        # of two paragraphs stays between them: the text keeps its order). (Notes alone are
        # the text, as above: "Q: …" / "A: …" / "Q: …" as notes only is an interview.)
        asked = document.blocks[max(question.first_block, opening):question.answer_block]
        assert not asked or asked[-1].kind is not BlockKind.NOTE
