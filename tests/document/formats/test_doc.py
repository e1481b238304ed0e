"""Word 97-2003 files (.doc) open as .docx files do: the title, the bold questions of an
interview, "Q:" and "A:" paragraphs, headings whatever language Word named their styles in,
lists, tables, links; what Word does not show (hidden text, deleted text, a field's code,
pictures) is not read. Files Word saved as .doc in other formats are read as what they are,
and OLE files that are no Word document, Word 95 files and encrypted ones get a clear
message."""

from __future__ import annotations

import pytest

from reader.document.loading import LoadError, LoadProblem
from reader.document.model import BlockKind, InlineStyle, SectionKind
from reader.document.pipeline import open_document

from .doc_maker import (
    HEADING_1,
    HEADING_2,
    LIST,
    NUMBERS,
    QUESTIONS,
    QUOTE,
    TITLE,
    WordFile,
    hyperlink,
)
from .ole_maker import ole_file


def _open(tmp_path, data, name="interview.doc"):
    path = tmp_path / name
    path.write_bytes(data)
    return open_document(path, with_language=False)


def _shape(document):
    return [(block.kind, block.text) for block in document.blocks]


def _styled(block, style):
    return [block.text[run.start - block.start:run.end - block.start].strip()
            for run in block.inlines if run.style is style]


def _interview() -> WordFile:
    return (WordFile()
            .add("Entretien avec Anna Berg", style=TITLE)
            .add("Anna Berg writes novels in a café by the sea.")
            .add(("Why did you start writing?", "b"))
            .add("Because I had to: the stories were there, in Łódź and in Kraków 😀.")
            .add(("Where do you write?", "q"))
            .add("In the café, every morning.")
            .add(("And your next book?", "b"))
            .add("It comes out in ", ("spring", "i"), ".")
            .table([["Book", "Year"], ["The Sea", "2019"], ["The Port", "2022"]])
            .add("Read more on ", hyperlink("https://example.org/berg", "her site"), "."))


def test_an_interview_in_a_doc_file_shows_its_title_questions_and_table(tmp_path):
    document = _open(tmp_path, _interview().build())
    assert document.format == "doc"
    assert document.title == "Entretien avec Anna Berg"
    questions = [section.heading for section in document.sections
                 if section.kind is SectionKind.QUESTION]
    assert questions == ["Why did you start writing?", "Where do you write?",
                         "And your next book?"]
    assert _shape(document)[-4:] == [
        (BlockKind.TABLE_HEADER, "Book\tYear"),
        (BlockKind.TABLE_ROW, "The Sea\t2019"),
        (BlockKind.TABLE_ROW, "The Port\t2022"),
        (BlockKind.PARAGRAPH, "Read more on her site."),
    ]
    answer = document.blocks[3]
    assert answer.text == ("Because I had to: the stories were there, in Łódź and in "
                           "Kraków 😀.")


def test_q_and_a_paragraphs_make_the_outline_s_questions(tmp_path):
    word = WordFile().add("Interview with the harbour master", style=TITLE)
    for question, answer in (("How long have you worked here?", "Thirty years."),
                             ("What changed?", "The ships got bigger."),
                             ("And the fish?", "Fewer every year.")):
        word.add(f"Q: {question}").add(f"A: {answer}")
    document = _open(tmp_path, word.build())
    assert document.title == "Interview with the harbour master"
    assert [section.heading for section in document.sections
            if section.kind is SectionKind.QUESTION] == [
        "How long have you worked here?", "What changed?", "And the fish?"]


@pytest.mark.parametrize("unicode", [False, True])
def test_text_reads_the_same_from_one_byte_and_utf16_pieces(tmp_path, unicode):
    document = _open(tmp_path, _interview().build(unicode=unicode))
    assert [block.text for block in document.blocks[:4]] == [
        "Entretien avec Anna Berg", "Anna Berg writes novels in a café by the sea.",
        "Why did you start writing?",
        "Because I had to: the stories were there, in Łódź and in Kraków 😀."]


def test_bold_and_italic_come_from_the_runs_and_their_styles(tmp_path):
    word = (WordFile().add("Plain ", ("bold", "b"), " and ", ("italic", "i"), ".")
            .add(("By its character style", "q"), " then plain.")
            .add("Heading with ", ("a word not bold", "n"), style=HEADING_1)
            .add(("Toggled off", "t"), style=HEADING_2)
            .add("Set in the Quote style", style=QUOTE))
    blocks = _open(tmp_path, word.build()).blocks
    assert _styled(blocks[0], InlineStyle.STRONG) == ["bold"]
    assert _styled(blocks[0], InlineStyle.EMPHASIS) == ["italic"]
    assert _styled(blocks[1], InlineStyle.STRONG) == ["By its character style"]
    assert _styled(blocks[2], InlineStyle.STRONG) == ["Heading with"]
    assert _styled(blocks[3], InlineStyle.STRONG) == []
    assert (blocks[4].kind, _styled(blocks[4], InlineStyle.EMPHASIS)) == (BlockKind.QUOTE, [])


@pytest.mark.parametrize("fast_saved", ["list", "single"])
def test_formatting_a_fast_save_added_to_a_piece_is_read(tmp_path, fast_saved):
    word = WordFile().add("Why did you come back to the port?").add("For the boats.")
    blocks = _open(tmp_path, word.build(fast_saved=fast_saved)).blocks
    # The last piece starts in the middle of the text: "the port?", then the next paragraph.
    assert _styled(blocks[0], InlineStyle.STRONG) == ["the port?"]
    assert _styled(blocks[1], InlineStyle.STRONG) == ["For the boats."]
    plain = _open(tmp_path, word.build()).blocks
    assert _styled(plain[0], InlineStyle.STRONG) == _styled(plain[1], InlineStyle.STRONG) == []


def test_headings_come_from_outline_levels_and_word_s_built_in_styles_in_any_language(
        tmp_path):
    word = (WordFile().add("Titre du document", style=TITLE)
            .add("Kapitel eins", style=HEADING_1)  # "Überschrift 1": German Word's name
            .add("Abschnitt", style=HEADING_2)
            .add("A level given on the paragraph", level=2)
            .add("Body text in a heading style", style=HEADING_1, level=9)
            .add("Text."))
    assert [(block.kind, block.level, block.text) for block in
            _open(tmp_path, word.build()).blocks] == [
        (BlockKind.HEADING, 1, "Titre du document"),
        (BlockKind.HEADING, 1, "Kapitel eins"),
        (BlockKind.HEADING, 2, "Abschnitt"),
        (BlockKind.HEADING, 3, "A level given on the paragraph"),
        (BlockKind.PARAGRAPH, 0, "Body text in a heading style"),
        (BlockKind.PARAGRAPH, 0, "Text."),
    ]


def test_a_short_paragraph_set_larger_by_hand_is_a_heading(tmp_path):
    word = (WordFile().add(("My summer in Gdańsk", "L"))
            .add("I spent the summer by the sea, in a small flat near the port.")
            .add("Every morning I walked to the market and back along the beach."))
    blocks = _open(tmp_path, word.build()).blocks
    assert [(block.kind, block.text) for block in blocks[:2]] == [
        (BlockKind.HEADING, "My summer in Gdańsk"),
        (BlockKind.PARAGRAPH, "I spent the summer by the sea, in a small flat near the port.")]


def test_lists_are_list_items_at_their_depth_with_their_numbers(tmp_path):
    word = (WordFile().add("Before.").add("By the list style", style=LIST)
            .add("Nested", list_level=1).add("After.")
            .add("One", list_level=0, list_id=NUMBERS).add("One a", list_level=1, list_id=NUMBERS)
            .add("Two", list_level=0, list_id=NUMBERS))
    assert [(block.kind, block.level, block.ordinal, block.text) for block in
            _open(tmp_path, word.build()).blocks] == [
        (BlockKind.PARAGRAPH, 0, "", "Before."),
        (BlockKind.LIST_ITEM, 1, "-", "By the list style"),
        (BlockKind.LIST_ITEM, 2, "-", "Nested"), (BlockKind.PARAGRAPH, 0, "", "After."),
        # A number is text, as Word shows it ("a)" at the second level); a bullet is not.
        (BlockKind.LIST_ITEM, 1, "1.", "1. One"), (BlockKind.LIST_ITEM, 2, "a)", "a) One a"),
        (BlockKind.LIST_ITEM, 1, "2.", "2. Two")]


def test_questions_numbered_by_word_s_lists_show_their_numbers_words(tmp_path):
    word = WordFile().add("Interview", style=TITLE)
    for question, answer in (("Why did you come?", "To see the sea."),
                             ("Will you stay?", "Maybe."), ("What next?", "A book.")):
        word.add(question, list_level=0, list_id=QUESTIONS).add(answer)
    document = _open(tmp_path, word.build())
    assert [block.text for block in document.blocks[1:5]] == [  # the list starts at 5
        "Q5. Why did you come?", "To see the sea.", "Q6. Will you stay?", "Maybe."]
    assert [section.heading for section in document.sections
            if section.kind is SectionKind.QUESTION] == [
        "Why did you come?", "Will you stay?", "What next?"]


def test_a_field_reads_as_its_result_and_a_hyperlink_as_a_link(tmp_path):
    word = (WordFile().add("Page \x13 PAGE \x141\x15 of \x13 IF \x13 PAGE \x141\x15 = 1 "
                           '"2" \x142\x15.')
            .add("See ", hyperlink("https://example.org/", "our site"), " and ",
                 ("\x13 HYPERLINK \\l \"part2\" \x14", ""), ("part two", "b"), ("\x15", ""),
                 ".")
            .add("A field with no result: \x13 TOC \\o \x15end."))
    blocks = _open(tmp_path, word.build()).blocks
    assert [block.text for block in blocks] == [
        "Page 1 of 2.", "See our site and part two.", "A field with no result: end."]
    links = [(blocks[1].text[r.start - blocks[1].start:r.end - blocks[1].start], r.target)
             for r in blocks[1].inlines if r.style is InlineStyle.LINK]
    assert links == [("our site", "https://example.org/"), ("part two", "#part2")]
    assert _styled(blocks[1], InlineStyle.STRONG) == ["part two"]


def test_what_word_does_not_show_is_not_read(tmp_path):
    word = WordFile().add("Shown", (" hidden note", "h"), (" deleted", "d"),
                          ("\x01", "p"), " text.")
    assert [block.text for block in _open(tmp_path, word.build()).blocks] == ["Shown text."]


def test_line_and_page_breaks_inside_a_paragraph_are_line_breaks(tmp_path):
    word = WordFile().add("Why?\x0bBecause.").add("Question?\x0cAnswer after a page break.")
    assert [block.text for block in _open(tmp_path, word.build()).blocks] == [
        "Why?\u2028Because.", "Question?\u2028Answer after a page break."]


def test_a_section_break_ends_its_paragraph(tmp_path):
    word = WordFile().add("End of part one.", mark="\x0c").add("Part two.")
    assert [block.text for block in _open(tmp_path, word.build()).blocks] == [
        "End of part one.", "Part two."]


def test_an_interview_laid_out_in_a_table_is_read_cell_by_cell(tmp_path):
    word = WordFile().table([["Why did you leave?", "It was time to go."],
                             ["Would you go back?", "Never, I think."]])
    assert _shape(_open(tmp_path, word.build())) == [
        (BlockKind.PARAGRAPH, "Why did you leave?"),
        (BlockKind.PARAGRAPH, "It was time to go."),
        (BlockKind.PARAGRAPH, "Would you go back?"),
        (BlockKind.PARAGRAPH, "Never, I think.")]


def test_the_title_in_the_file_s_properties_stands_when_the_text_names_none(tmp_path):
    word = WordFile().add("Some words of a note.").add("More words.")
    document = _open(tmp_path, word.build(title="Notes from the port"))
    assert document.title == "Notes from the port"
    assert document.language == "fr"  # the Normal style's: too little text to tell


def test_a_text_box_is_read_after_the_paragraph_it_is_drawn_in(tmp_path):
    word = (WordFile().add("The harbour opened in 1850.").box("Pull quote: calm")
            .add("It closed in 1990.").add("It opens again.").box("Sidebar: the dates"))
    blocks = _open(tmp_path, word.build(header="Harbour news")).blocks
    assert [block.text for block in blocks] == [
        "Harbour news", "The harbour opened in 1850.", "Pull quote: calm", "It closed in 1990.",
        "It opens again.", "Sidebar: the dates"]


def test_a_title_in_the_page_header_only_is_read_once_first(tmp_path):
    word = WordFile().add("Dear readers, the harbour opens again.").add("More news.")
    header = "Press release: the harbour reopens\tPage \x13 PAGE \x141\x15"
    document = _open(tmp_path, word.build(header=header))
    assert [block.text for block in document.blocks] == [
        "Press release: the harbour reopens", "Dear readers, the harbour opens again.",
        "More news."]
    only_a_number = _open(tmp_path, word.build(header="\x13 PAGE \x141\x15"))
    assert only_a_number.blocks[0].text == "Dear readers, the harbour opens again."


@pytest.mark.parametrize(("data", "text"), [
    (rb"{\rtf1\ansi{\b Why did you come?}\par I wanted to.\par}", "Why did you come?"),
    (b"<html><body><h1>A web page saved as .doc</h1><p>Text.</p></body></html>",
     "A web page saved as .doc"),
    (b"Plain text saved as .doc\r\nSecond line.\r\n", "Plain text saved as .doc"),
    (b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>"
     b"<h1>Single file web page</h1><p>Text.</p></body></html>", "Single file web page"),
])
def test_a_doc_file_in_another_format_is_read_as_what_it_is(tmp_path, data, text):
    assert _open(tmp_path, data).blocks[0].text == text


def test_a_docx_file_named_doc_is_read_as_one(tmp_path):
    import io

    import docx

    made = docx.Document()
    made.add_paragraph("Saved by a newer Word under the old name")
    data = io.BytesIO()
    made.save(data)
    assert _open(tmp_path, data.getvalue()).blocks[0].text == (
        "Saved by a newer Word under the old name")


def test_a_word_file_with_another_name_is_recognised_by_its_bytes(tmp_path):
    document = _open(tmp_path, _interview().build(), name="attachment.bin")
    assert document.format == "doc"
    assert document.title == "Entretien avec Anna Berg"


@pytest.mark.parametrize(("streams", "kind"), [
    ({"Workbook": b"\x09\x08" * 100}, "Excel"),
    ({"__properties_version1.0": b"\0" * 32}, "Outlook"),
    ({"Something": b"\0" * 32}, "OLE"),
])
def test_another_ole_file_is_no_word_document(tmp_path, streams, kind):
    from reader import messages

    for name in ("sheet.doc", "sheet"):
        with pytest.raises(LoadError) as raised:
            _open(tmp_path, ole_file(streams), name=name)
        assert (raised.value.problem, raised.value.detail) == (LoadProblem.BINARY, kind)
        assert kind in messages.load_error(raised.value)


def test_word_95_and_encrypted_files_say_how_to_read_them(tmp_path):
    from reader import messages

    with pytest.raises(LoadError) as raised:
        _open(tmp_path, _interview().build(version=104))
    assert raised.value.problem is LoadProblem.OLD_FORMAT
    assert ".docx" in messages.load_error(raised.value)
    with pytest.raises(LoadError) as raised:
        _open(tmp_path, b"\xdb\xa5" + bytes(2000))  # Word 2 for Windows
    assert raised.value.problem is LoadProblem.OLD_FORMAT
    with pytest.raises(LoadError) as raised:  # Word 2003's XML, which has no reader here
        _open(tmp_path, b'<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>'
                        b"<w:wordDocument><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p>"
                        b"</w:body></w:wordDocument>")
    assert raised.value.problem is LoadProblem.CORRUPT
    with pytest.raises(LoadError) as raised:
        _open(tmp_path, _interview().build(encrypted=True))
    assert raised.value.problem is LoadProblem.PASSWORD
    assert "Word" in messages.load_error(raised.value)
    assert "PDF" not in messages.load_error(raised.value)


def test_file_open_offers_word_97_documents():
    from reader import messages

    filters = messages.document_filters().split(";;")
    assert "*.doc" in filters[0].split("(")[1].rstrip(")").split()
    assert "Word 97-2003 document (*.doc)" in filters


def test_a_docx_that_is_an_ole_file_is_read_as_what_it_is(tmp_path):
    """Word encrypts a password-protected .docx into an OLE file; a Word 97-2003 file may be
    renamed .docx: the first is asked a password of, the second read."""
    with pytest.raises(LoadError) as raised:
        _open(tmp_path, ole_file({"EncryptedPackage": b"\0" * 64, "EncryptionInfo": b"\0" * 64}),
              name="protected.docx")
    assert raised.value.problem is LoadProblem.PASSWORD
    assert _open(tmp_path, _interview().build(), name="renamed.docx").title == (
        "Entretien avec Anna Berg")
