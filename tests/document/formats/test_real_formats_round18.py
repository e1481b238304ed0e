"""Real files' traps, round 18 (session 19; tests/document/fixtures/real_formats): an
Obsidian note whose questions are callouts' titles, an Otter transcript exported as text,
Google Docs' EPUB (bold by its own classes, comments at the end), a title typed bold by
hand over an old Word file's header, YouTube's rolling captions ending on "[Music]". Each
rule has a test that catches it and one that keeps it from reaching too far."""

from __future__ import annotations

import zipfile
from pathlib import Path

from reader.document.formats.vault_markdown import as_commonmark
from reader.document.pipeline import open_document
from scripts.score_real_formats import DEFAULT, built


def _document(path: Path):
    return open_document(path, with_language=False)


def _texts(document) -> list[str]:
    return [block.text for block in document.blocks]


def _said(document) -> str:
    return " ".join(_texts(document))


# --- Obsidian's callouts: a title over the callout's words -----------------------------------

_ANSWERS = ["Zwei Völker, seit drei Jahren.", "Etwa zwanzig Euro pro Volk.",
            "Ich verschenke ihn an die Nachbarn."]


def _note(tmp_path: Path, marker: str) -> Path:
    questions = ["Wie viele Völker hast du?", "Was kostet das im Jahr?", "Verkaufst du den Honig?"]
    body = "\n\n".join(f"> {marker}{question}\n> {answer}"
                       for question, answer in zip(questions, _ANSWERS, strict=True))
    path = tmp_path / "note.md"
    path.write_text(f"# Imkern mit 15\n\nLukas erzählt.\n\n{body} ^frage3\n", "utf-8")
    return path


def test_an_obsidian_callouts_title_is_a_question_over_its_answer(tmp_path):
    document = _document(_note(tmp_path, "[!question] "))
    assert [q.heading for q in document.questions] == [
        "Wie viele Völker hast du?", "Was kostet das im Jahr?", "Verkaufst du den Honig?"]
    assert "Zwei Völker, seit drei Jahren." in _texts(document)  # the answer, apart
    assert "^frage3" not in _said(document) and "[!question]" not in _said(document)
    note = _document(built("md-obsidian-callouts-questions-de", DEFAULT, tmp_path))
    assert len(note.questions) == 4


def test_a_plain_quote_and_a_power_stay_as_written(tmp_path):
    document = _document(_note(tmp_path, ""))  # a quote, no callout: one paragraph each
    assert "Wie viele Völker hast du? Zwei Völker, seit drei Jahren." in _texts(document)
    assert "x ^2" in as_commonmark("The area grows as x ^2\n")
    assert "^frage3" in as_commonmark("```\nkept ^frage3\n```\n")  # code as written


# --- A transcript exported as text: the name and time line stays a line ----------------------

def test_an_otter_text_exports_speaker_lines_stay_lines_of_their_own(tmp_path):
    document = _document(built("txt-otter-transcript-export-en", DEFAULT, tmp_path))
    assert document.title == "txt-otter-transcript-export-en"  # not "Leonie Brandt  0:02"
    first = document.blocks[0].text
    assert first.startswith("Leonie Brandt  0:02\u2028Okay, it's recording.")
    assert document.questions[0].heading.startswith("Okay, it's recording.")
    path = tmp_path / "rev.txt"
    path.write_text("Speaker 1 (00:01:05):\nWhere did you grow up?\n\nSpeaker 2 (00:01:09):\n"
                    "In Leith, by the docks.\n", "utf-8")
    assert _texts(_document(path))[0] == "Speaker 1 (00:01:05):\u2028Where did you grow up?"


def test_a_notices_line_with_a_time_is_still_wrapped_text(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("Parish news\n\nDoors open 10:30\nand the talk starts at eleven in the "
                    "hall.\n\nTea afterwards in the garden, weather allowing.\n", "utf-8")
    assert "Doors open 10:30 and the talk starts at eleven in the hall." in _texts(
        _document(path))


# --- Google Docs' EPUB: bold by its own classes, its comments left out -----------------------

def _book(tmp_path: Path, style: str, span: str = "") -> Path:
    turns = "".join(f'<p class="c1"><span class="c3"{span}>{q}</span></p>'
                    f'<p class="c1"><span class="c0">{a}</span></p>'
                    for q, a in [("Varför blev du bibliotekarie?", "Jag lekte bibliotek."),
                                 ("Vad läser du?", "Romaner, mest på loven."),
                                 ("Är du lärare?", "För det mesta, ja.")])
    page = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
            f'<head><title>Bok</title><style type="text/css">{style}</style></head><body>'
            '<p class="c1"><span class="c0">Eva Lind driver skolbiblioteket sedan 2016 och '
            f"berättar om sitt arbete med eleverna.</span></p>{turns}</body></html>")
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Bok</dc:title>'
           '</metadata><manifest><item id="p" href="page.xhtml" media-type="application/'
           'xhtml+xml"/></manifest><spine><itemref idref="p"/></spine></package>')
    path = tmp_path / "book.epub"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip")
        book.writestr("META-INF/container.xml", '<?xml version="1.0"?><container xmlns="urn:'
                      'oasis:names:tc:opendocument:xmlns:container" version="1.0"><rootfiles>'
                      '<rootfile full-path="GoogleDoc/package.opf"/></rootfiles></container>')
        book.writestr("GoogleDoc/package.opf", opf)
        book.writestr("GoogleDoc/page.xhtml", page)
    return path


def test_a_google_docs_epubs_bold_classes_and_comments(tmp_path):
    document = _document(_book(tmp_path, ".c0{font-weight:400}.c3{font-weight:700}"))
    assert [q.heading for q in document.questions] == [
        "Varför blev du bibliotekarie?", "Vad läser du?", "Är du lärare?"]
    book = _document(built("epub-google-docs-download-bold-class-sv", DEFAULT, tmp_path))
    assert len(book.questions) == 4
    assert "Kolla siffran med Eva" not in _said(book)  # the comment, as in its web page
    assert "[a]" not in _said(book)


def test_a_class_set_bold_further_away_or_unset_by_the_span_is_not_bold(tmp_path):
    for style, span in [("p .c3{font-weight:700}", ""), (".c3.c9{font-weight:700}", ""),
                        (".c3{font-weight:700}", ' style="font-weight:400"')]:
        document = _document(_book(tmp_path, style, span))
        strong = [i for b in document.blocks for i in b.inlines if i.style.value == "strong"]
        assert not strong, style


# --- A title typed bold by hand over an old Word file's header -------------------------------

def test_a_title_typed_bold_by_hand_is_the_files_not_its_header(tmp_path):
    document = _document(built("doc-word97-handtyped-bold-runs-profile-table-it", DEFAULT,
                               tmp_path))
    assert document.title == "Chi siamo: Piero, apicoltore da quindici anni"
    assert "Cooperativa Apicoltori Val di Non · Notiziario" not in _texts(document)


def _word_with_header(tmp_path: Path, first: str) -> Path:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Ein Jahr am Bienenstand"
    document.add_paragraph().add_run(first).bold = True
    document.add_paragraph("Lukas hat zwei Völker im Garten seiner Eltern und erzählt uns, wie "
                           "ein Jahr mit ihnen aussieht, vom Frühjahr bis zum Winter.")
    path = tmp_path / "handout.docx"
    document.save(str(path))
    return path


def test_a_bold_first_question_or_kicker_leaves_the_header_the_title(tmp_path):
    for first in ["Wie bist du zum Imkern gekommen?", "Rundbrief"]:
        assert _document(_word_with_header(tmp_path, first)).title == "Ein Jahr am Bienenstand"


# --- YouTube's rolling captions: a sound after the repeated line ------------------------------

def _captions(tmp_path: Path, last: str) -> Path:
    lines = ["so how did you start", "my dad kept bees and", "one day he said it's yours now",
             "and that was it", last]
    cues, previous = ["WEBVTT\nKind: captions\nLanguage: en\n"], ""
    for n, line in enumerate(lines):
        cues.append(f"00:00:{2 * n:02}.000 --> 00:00:{2 * n + 2:02}.000 align:start "
                    f"position:0%\n{previous or ' '}\n{line}\n")
        previous = line
    path = tmp_path / "auto.vtt"
    path.write_text("\n".join(cues), "utf-8")
    return path


def test_music_after_a_rolling_captions_repeated_line_is_not_read(tmp_path):
    assert "[Music]" not in _said(_document(_captions(tmp_path, "[Music]")))
    youtube = _document(built("vtt-youtube-auto-captions-word-timing-en", DEFAULT, tmp_path))
    assert "[Music]" not in _said(youtube) and "counting to be honest" in _said(youtube)


def test_words_after_a_rolling_captions_repeated_line_are_read(tmp_path):
    said = _said(_document(_captions(tmp_path, "we never looked back")))
    assert said.count("and that was it") == 1 and "we never looked back" in said
