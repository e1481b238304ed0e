"""RTF files as Word, WordPad and TextEdit write them: paragraphs, bold questions, headings,
lists and tables kept; what no program shows (hidden text, a field's code, headers, pictures'
data, ignorable destinations) never read."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document.loading import LoadError, LoadProblem
from reader.document.model import BlockKind, InlineStyle
from reader.document.pipeline import open_document

FIXTURES = Path(__file__).parent / "fixtures" / "rtf"

# WordPad: one font, \lang of the paragraph, bold switched on and off inside the paragraph.
WORDPAD = (rb"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1036{\fonttbl{\f0\fnil\fcharset0 "
           rb"Calibri;}}" b"\r\n" rb"{\*\generator Riched20 10.0.19041}\viewkind4\uc1 " b"\r\n"
           rb"\pard\sa200\sl276\slmult1\b\f0\fs22\lang12 Pourquoi \'eates-vous venue ?\b0\par"
           b"\r\n" rb"Pour voir la mer.\par" b"\r\n}\r\n\x00")

# TextEdit: paragraphs end with a backslash before the line end, fonts have no groups.
TEXTEDIT = (rb"{\rtf1\ansi\ansicpg1252\cocoartf2639" b"\n"
            rb"\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;"
            rb"\f1\fswiss\fcharset0 Helvetica-Bold;}" b"\n"
            rb"{\colortbl;\red255\green255\blue255;}" b"\n" rb"{\*\expandedcolortbl;;}" b"\n"
            rb"\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0" b"\n"
            rb"\pard\tx566\tx1133\pardirnatural\partightenfactor0" b"\n\n"
            rb"\f1\b\fs24 \cf0 Why did you leave?" b"\n"
            rb"\f0\b0 " b"\\\n" rb"It was time. I\uc0\u8217 d stayed ten years." b"\\\n"
            b"\\\n" rb"Caf\'e9 at eight.}")


def _open(tmp_path, data, name="file.rtf"):
    path = tmp_path / name
    path.write_bytes(data)
    return open_document(path, with_language=False)


def _styled(block, style):
    return [block.text[run.start - block.start:run.end - block.start] for run in block.inlines
            if run.style is style]  # runs are in the document's coordinates


def test_a_word_file_keeps_its_shape_and_leaves_out_what_word_does_not_show():
    document = open_document(FIXTURES / "word-interview.rtf", with_language=False)
    blocks = document.blocks
    assert [(block.kind, block.text) for block in blocks] == [
        (BlockKind.HEADING, "Entretien avec Marie Dupré"),
        (BlockKind.PARAGRAPH, "Pourquoi avez-vous commencé ?"),
        (BlockKind.PARAGRAPH, "Parce que j’aimais “cuisiner” et lire. Voir le site."),
        (BlockKind.PARAGRAPH, "Привет\u2028deuxième ligne"),
        (BlockKind.LIST_ITEM, "un point"),  # its bullet is drawn, not text
        (BlockKind.LIST_ITEM, "1. premier"),  # its number is text: seen, heard, found
        (BlockKind.PARAGRAPH, "Q1. Une question ?"),
        (BlockKind.TABLE_HEADER, "Nom\tÂge"),
        (BlockKind.TABLE_ROW, "Ann\t30"),
        (BlockKind.PARAGRAPH, "Fin la table"),
    ]
    assert _styled(blocks[1], InlineStyle.STRONG) == ["Pourquoi avez-vous commencé ?"]
    assert _styled(blocks[2], InlineStyle.EMPHASIS) == ["lire"]
    link = next(run for run in blocks[2].inlines if run.style is InlineStyle.LINK)
    assert (_styled(blocks[2], InlineStyle.LINK), link.target) == (["le site"],
                                                                   "http://example.com")
    assert [blocks[4].ordinal, blocks[5].ordinal] == ["-", "1."]
    assert "Running header" not in document.text and "HYPERLINK" not in document.text
    assert document.title == "Entretien avec Marie Dupré"
    assert document.format == "rtf"


def test_wordpad_bold_question_and_accents(tmp_path):
    blocks = _open(tmp_path, WORDPAD).blocks
    assert [block.text for block in blocks] == ["Pourquoi êtes-vous venue ?", "Pour voir la mer."]
    assert _styled(blocks[0], InlineStyle.STRONG) == ["Pourquoi êtes-vous venue ?"]


def test_textedit_paragraphs_and_unicode(tmp_path):
    blocks = _open(tmp_path, TEXTEDIT).blocks
    assert [block.text for block in blocks] == [
        "Why did you leave?", "It was time. I’d stayed ten years.", "Café at eight."]
    assert _styled(blocks[0], InlineStyle.STRONG) == ["Why did you leave?"]


def test_bold_questions_make_the_outline(tmp_path):
    pairs = [("Why did you become a baker?", "My father was one."),
             ("What is the hardest part?", "Getting up at four every day."),
             ("What would you tell a beginner?", "Be patient with the dough."),
             ("Where do you see yourself in ten years?", "Here, with more ovens.")]
    body = "".join(rf"\pard{{\b {q}}}\par \pard {a}\par " for q, a in pairs)
    data = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}" "\n"
            r"\pard{\b\fs36 The baker of Vic}\par " + body + "}").encode()
    document = _open(tmp_path, data)
    assert [q.heading for q in document.questions] == [q for q, _ in pairs]


def test_rtf_saved_as_text_is_read_as_rtf(tmp_path):
    assert _open(tmp_path, WORDPAD[:-1], name="letter.txt").format == "rtf"


@pytest.mark.parametrize("data", [
    b"Just a text file renamed.\n",
    b"{\\rtf1 " + b"{" * 200_000 + b"}" * 200_000 + b"}",
])
def test_hostile_rtf_says_it_is_damaged(tmp_path, data):
    with pytest.raises(LoadError) as raised:
        _open(tmp_path, data)
    assert raised.value.problem is LoadProblem.CORRUPT


def test_binary_data_and_absurd_numbers_are_skipped(tmp_path):
    data = (b"{\\rtf1\\ansi {\\pict\\bin5 {}\\\x00\xff}Before. \\u99999999? \\u-10179?\\u-8704?"
            b" \\uc9999 \\u-4064 12345678 after.\\par}")  # \\uc is held to 8 fallbacks
    assert [b.text for b in _open(tmp_path, data).blocks] == [
        "Before. \ufffd \U0001f600 \uf020 after."]


def test_file_open_offers_rtf_and_transcripts():
    from reader import messages

    filters = messages.document_filters().split(";;")
    for pattern in ("*.rtf", "*.vtt", "*.srt", "*.sbv", "*.lrc", "*.ass", "*.ssa", "*.ttml",
                    "*.dfxp"):
        assert pattern in filters[0]
    assert "Rich Text (*.rtf)" in filters
    assert "Transcript (*.vtt *.srt *.sbv *.ass *.ssa *.ttml *.dfxp)" in filters
    assert "Lyrics (*.lrc)" in filters  # a song's timed lyrics, named as what they are


def test_words_titles_and_hidden_notes_in_a_copy_as_word_saves_it(tmp_path):
    from reader.document.model import Block

    from .formats.rtf_maker import write_rtf

    texts = ["Le boulanger de Vic", "Pourquoi ce métier ?", "Mon père l’était, 😀.", "Fin."]
    blocks = [Block(BlockKind.PARAGRAPH, text, 0, (i, i + 1)) for i, text in enumerate(texts)]
    document = open_document(write_rtf(tmp_path / "copy.rtf", blocks, title_index=0),
                             with_language=False)
    assert [block.text for block in document.blocks] == texts  # no note, no running header
    assert document.blocks[0].kind is BlockKind.HEADING  # the Title style
    assert document.title == "Le boulanger de Vic"


def test_an_interview_laid_out_in_a_table_is_read_cell_by_cell(tmp_path):
    pairs = [("Why did you start baking?", "My grandmother baked every Sunday."),
             ("What is the hardest part?", "Getting up at four, every day of the year."),
             ("What would you tell a beginner?", "Be patient with the dough, it knows.")]
    rows = "".join(
        rf"\trowd\irow{n}\cellx4000\cellx9000\pard\plain\intbl {{\b {q}}}\cell "
        rf"\pard\plain\intbl {{{a}}}\cell \pard\plain\intbl {{\trowd\irow{n}\cellx4000"
        rf"\cellx9000\row }}" "\n" for n, (q, a) in enumerate(pairs))
    data = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}" "\n"
            r"\pard{\b\fs36 The baker of Vic}\par " "\n" + rows + r"\pard After the table.\par}")
    document = _open(tmp_path, data.encode())
    assert [block.text for block in document.blocks] == [
        "The baker of Vic", *(text for pair in pairs for text in pair), "After the table."]
    assert [q.heading for q in document.questions] == [q for q, _ in pairs]


def test_a_cell_end_outside_a_table_paragraph_keeps_its_text():
    """Found by the damaged-file property: "\\cell" in a paragraph without "\\intbl" (a damaged
    file) raised an internal error."""
    from reader.document.formats.rtf import read_rtf

    data = rb"{\rtf1\ansi{\trowd\cellx2000\intbl One\cell\row}\pard Two\cell Three\par}"
    assert " ".join(b.text for b in read_rtf(data, "damaged.rtf").blocks).split() == [
        "One", "Two", "Three"]
