"""Real files' traps, round 10 (session 14; tests/document/fixtures/real_formats): subtitles'
sound cues and broadcasters' colours, automatic captions' turns, a forum's quote of another
topic, a PDF's footnote marks, and a footnote cited in a question read after its answer in
Word, OpenDocument and RTF files. Each rule has a test that catches it and one that keeps it
from reaching too far."""

from __future__ import annotations

import struct
import sys
import zipfile
from pathlib import Path

from reader.document.formats.reading import ReadingOptions
from reader.document.pipeline import open_document
from scripts.score_real_formats import DEFAULT, built
from tests.document.formats.doc_maker import TITLE, WordFile
from tests.document.formats.ole_maker import ole_file
from tests.document.test_odt_hidden_and_tracked import _texts as _odt_texts

_OFF = ReadingOptions(notes=False)


def _document(path: Path, options: ReadingOptions | None = None):
    return open_document(path, with_language=False, options=options)


def _texts(path: Path, options: ReadingOptions | None = None) -> list[str]:
    return [b.text for b in _document(path, options).blocks]


def _fixture(name: str, tmp_path: Path) -> Path:
    return built(name, DEFAULT, tmp_path)


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


# --- Subtitles: sounds, colours, automatic captions' turns ----------------------------------

def test_sound_cues_are_not_read_nor_the_title(tmp_path):
    path = _fixture("srt-youtube-auto-captions-music-en", tmp_path)
    document = _document(path)
    said = " ".join(b.text for b in document.blocks)
    assert "[Music]" not in said and "[Applause]" not in said
    assert document.title == "srt-youtube-auto-captions-music-en"
    assert said.count("water them every single evening") == 1


def test_a_sound_inside_a_line_and_sung_words_are_read(tmp_path):
    srt = ("1\n00:00:01,000 --> 00:00:03,000\nit was [laughs] hard\n\n"
           "2\n00:00:03,000 --> 00:00:05,000\n♪ row row row your boat ♪\n\n"
           "3\n00:00:05,000 --> 00:00:07,000\n(laughs)\n\n"
           "4\n00:00:07,000 --> 00:00:09,000\n[the night the old mill burned down]\n")
    said = " ".join(_texts(_file(tmp_path, "talk.srt", srt)))
    assert "it was [laughs] hard" in said and "row row row your boat" in said
    assert "(laughs)" in said  # a lower-case aside may be said; only capitals describe
    assert "the night the old mill burned down" in said  # five words and more: words


def test_a_bracket_that_ends_an_unfinished_line_is_read(tmp_path):
    srt = ("1\n00:00:01,000 --> 00:00:03,000\nEwa Sobczak, a coach of\nfitness trainers\n\n"
           "2\n00:00:03,000 --> 00:00:05,000\n[INTERVIEW]\n\n"
           "3\n00:00:05,000 --> 00:00:07,000\nWe met her in Gdańsk.\n\n"
           "4\n00:00:07,000 --> 00:00:09,000\n[APPLAUSE]\nThank you, thank you.\n")
    said = " ".join(_texts(_file(tmp_path, "title.srt", srt)))
    assert "fitness trainers [INTERVIEW]" in said  # the file ends its sentences: words go on
    assert "[APPLAUSE]" not in said and "Thank you, thank you." in said


def test_a_broadcasters_colours_part_the_speakers(tmp_path):
    texts = _texts(_fixture("vtt-broadcaster-styled-cues-de", tmp_path))
    asked = next(t for t in texts if "Wie kommt man" in t)
    assert asked.endswith("Wie kommt man zu so einem Beruf?")
    assert any(t.startswith("Über den Kirchenchor.") for t in texts)
    assert "Gibt es noch genug Nachwuchs?" in texts


def test_one_colour_alone_parts_no_one(tmp_path):
    vtt = ("WEBVTT\n\n00:00.000 --> 00:02.000\n<c.yellow>We went out at dawn,</c>\n\n"
           "00:02.000 --> 00:04.000\n<c.yellow>and came back at night.</c>\n")
    assert _texts(_file(tmp_path, "one.vtt", vtt)) == [
        "We went out at dawn, and came back at night."]


def test_automatic_captions_turns_stay_apart(tmp_path):
    document = _document(_fixture("srt-youtube-auto-captions-music-en", tmp_path))
    texts = [b.text for b in document.blocks]
    assert "And what would you tell someone with only a balcony?" in texts
    assert "Kale honestly kale does not care about anything the beans blow over" in texts


def test_a_turn_without_a_speaker_change_keeps_its_case(tmp_path):
    srt = ("1\n00:00:01,000 --> 00:00:02,000\nso we went on\n\n"
           "2\n00:00:05,000 --> 00:00:06,000\nand then we stopped\n")
    assert " ".join(_texts(_file(tmp_path, "plain.srt", srt))).count("and then we stopped") == 1


# --- A forum's quote of another topic ----------------------------------------------------

def test_a_discourse_quote_of_another_topic_is_read(tmp_path):
    said = " ".join(_texts(_fixture("discourse-community-interview-en", tmp_path)))
    assert said.count("stick to the road") == 1


def _thread(quoted: str) -> str:
    post = ("<div class='post' itemprop='text'><p>{}</p></div>")
    return ("<html><head><title>Bells</title></head><body><div id='main-outlet'>"
            "<h1>Bells</h1><div id='post_1' class='topic-body crawler-post'>"
            + post.format("The bells were cast in 1897 by a foundry in the next valley, and "
                          "they have rung every Sunday since then without a break.")
            + "</div><div id='post_2' class='topic-body crawler-post'><div class='post'>"
            "<aside class='quote no-group' data-post='1'><div class='title'>ann:</div>"
            f"<blockquote><p>{quoted}</p></blockquote></aside><p>Which foundry was it? "
            "My grandfather worked in one of them for thirty years.</p></div></div>"
            "</div></body></html>")


def test_a_quote_of_a_post_on_the_page_is_heard_once(tmp_path):
    quoted = "The bells were cast in 1897 by a foundry in the next valley"
    said = " ".join(_texts(_file(tmp_path, "t.html", _thread(quoted))))
    assert said.count(quoted) == 1
    assert "My grandfather worked" in said


# --- A PDF's footnote marks --------------------------------------------------------------

def test_a_pdfs_note_mark_is_left_out_its_note_read(tmp_path):
    texts = _texts(_fixture("pdf-academic-two-column-footnotes-en", tmp_path))
    said = " ".join(texts)
    assert any(t.endswith("on the railway every Friday.") for t in texts)
    assert "I learned to trust them." in said and "them.2" not in said
    assert said.count("The line to Aveiro was closed to goods traffic in 1971.") == 1


def _raised(tmp_path: Path, line: str, note: str) -> str:
    from pdf_raw import Item, width, write_raw_pdf

    page = [Item(72, 700, line, "R", 11), Item(72 + width(line, 11, "R") + 0.5, 704, "2", "R", 7),
            Item(72, 686, "and more, the mayor said.", "R", 11), Item(72, 100, note, "R", 8),
            Item(290, 60, "2", "R", 8)]  # the page's number, alone
    return " ".join(_texts(write_raw_pdf(tmp_path / "raised.pdf", [page], producer="Test")))


def test_a_raised_figure_with_no_note_is_kept(tmp_path):
    _fixture("pdf-academic-two-column-footnotes-en", tmp_path)  # the fixtures' folder on path
    assert str(DEFAULT) in sys.path
    paid = "The new square was paid for by the council"
    assert "by the council2" in _raised(tmp_path, paid, "1 Figures of the regional office.")
    said = _raised(tmp_path, paid, "2 Figures of the regional office.")
    assert "by the council" in said and "council2" not in said  # its note: the mark goes
    # an exponent after a unit's letter, whatever the notes
    assert "400 m2" in _raised(tmp_path, "The square measures 400 m", "2 Figures.")


# --- A footnote cited in a question --------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word_file(tmp_path: Path, heading: bool) -> Path:
    import docx

    document = docx.Document()
    question = document.add_heading(level=3) if heading else document.add_paragraph()
    question.add_run("Where does the clay come from?").bold = True
    question.add_run()._r.append(docx.oxml.parse_xml(f'<w:footnoteReference {_W} w:id="1"/>'))
    document.add_paragraph("From a quarry three kilometres away.")
    document.add_paragraph("Do you sell abroad? Rarely.").add_run()._r.append(
        docx.oxml.parse_xml(f'<w:footnoteReference {_W} w:id="2"/>'))
    document.add_paragraph("What next?").runs[0].bold = True
    path = tmp_path / "notes.docx"
    document.save(str(path))
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    notes = "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t '
                    f'xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
                    for n, text in ((1, "The Rambla Honda quarry."), (2, "Twice, to Lyon.")))
    parts["word/footnotes.xml"] = f"<w:footnotes {_W}>{notes}</w:footnotes>".encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.'
        b'openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_a_word_questions_footnote_is_read_after_its_answer(tmp_path):
    for heading in (True, False):
        assert _texts(_word_file(tmp_path, heading)) == [
            "Where does the clay come from?", "From a quarry three kilometres away.",
            "1 The Rambla Honda quarry.", "Do you sell abroad? Rarely.", "2 Twice, to Lyon.",
            "What next?"]
    assert not any("Rambla" in t for t in _texts(_word_file(tmp_path, True), _OFF))


def test_a_question_in_an_answer_keeps_its_note_after_it(tmp_path):
    texts = _texts(_word_file(tmp_path, True))
    assert texts.index("2 Twice, to Lyon.") == texts.index("Do you sell abroad? Rarely.") + 1


_RTF_ASKS = (r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard{\b Why salt?{\super\chftn{\footnote\pard"
             r"{\super\chftn} Sea salt, not rock salt.}}}\par\pard Because of the lagoon.\par"
             r"\pard Is it hard work?{\super\chftn{\footnote\pard{\super\chftn} Ten hours a "
             r"day.}}\par\pard Yes.\par}")


def test_an_rtf_questions_footnote_is_read_after_its_answer(tmp_path):
    assert _texts(_file(tmp_path, "asks.rtf", _RTF_ASKS)) == [
        "Why salt?", "Because of the lagoon.", "1 Sea salt, not rock salt.",
        "Is it hard work?", "2 Ten hours a day.", "Yes."]  # not bold: an answer's own line


def test_an_opendocument_headings_footnote_is_read_after_its_answer(tmp_path):
    note = ('<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
            "<text:note-body><text:p>Since 1971.</text:p></text:note-body></text:note>")
    assert _odt_texts(
        tmp_path, f'<text:h text:outline-level="3">How long have you worked here?{note}</text:h>',
        "<text:p/>", "<text:p>All my life.</text:p>", "<text:p>Then I left.</text:p>") == [
        "How long have you worked here?", "All my life.", "1 Since 1971.", "Then I left."]


# --- A Word 97-2003 file's notes ---------------------------------------------------------

def _doc(tmp_path: Path, word: WordFile) -> Path:
    path = tmp_path / "notes.doc"
    path.write_bytes(word.build(header="Parish news"))
    return path


def _interview() -> WordFile:
    return (WordFile().add("The potter", style=TITLE)
            .add(("Where does the clay come from?", "b")).note("The Rambla Honda quarry.")
            .add("From a quarry.").add("We dig it in winter.").note("Since 1971.")
            .note("Recorded in May.", "end").add("And then?", level=1).add("Then we rest."))


def test_a_doc_files_notes_are_read_where_a_reader_meets_them(tmp_path):
    assert _texts(_doc(tmp_path, _interview())) == [
        "The potter", "Where does the clay come from?", "From a quarry.",
        "1 The Rambla Honda quarry.", "We dig it in winter.", "2 Since 1971.", "And then?",
        "Then we rest.", "i Recorded in May."]


def test_a_doc_files_notes_are_left_out_when_notes_are_off(tmp_path):
    assert _texts(_doc(tmp_path, _interview()), _OFF) == [
        "The potter", "Where does the clay come from?", "From a quarry.",
        "We dig it in winter.", "And then?", "Then we rest."]


def test_a_damaged_note_table_costs_the_notes_not_the_text(tmp_path):
    streams = _interview().streams(header="Parish news")
    word = bytearray(streams["WordDocument"])
    offset, size = struct.unpack_from("<II", word, 0x9A + 8 * 3)  # PlcffndTxt
    struct.pack_into("<II", word, 0x9A + 8 * 3, offset, size + 3)  # not a PLC's length
    streams["WordDocument"] = bytes(word)
    path = tmp_path / "damaged.doc"
    path.write_bytes(ole_file(streams))
    texts = _texts(path)
    assert "We dig it in winter." in texts and "Since 1971." not in texts
