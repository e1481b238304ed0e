"""A note read after its paragraph opens with the number the word processor prints for it
(docs/formats.md "Notes in Word, OpenDocument and RTF files", round 11): without it, a note
under an answer read as the answer's last words, to the eye and to the ear."""

from __future__ import annotations

import zipfile
from pathlib import Path

import odfdo

from reader.document.formats.note_numbers import note_number
from tests.document.formats.doc_maker import TITLE, WordFile
from tests.document.formats.test_real_formats_round10 import _OFF, _file, _fixture, _texts

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_FOOTNOTES_TYPE = (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                   b"footnotes")
_ENDNOTES_TYPE = (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                  b"endnotes")


def test_a_google_docs_footnote_under_an_answer_opens_with_its_number(tmp_path):
    texts = _texts(_fixture("docx-google-docs-heading3-footnotes-es", tmp_path))
    answer = next(n for n, t in enumerate(texts) if t.startswith("De una cantera"))
    assert texts[answer + 1] == "1 La cantera de la Rambla Honda, usada desde el siglo XVIII."
    assert texts[-1] == "3 Lucía Góngora, de diecisiete años, estudia Bellas Artes en Granada."
    off = " ".join(_texts(_fixture("docx-google-docs-heading3-footnotes-es", tmp_path), _OFF))
    assert "Rambla Honda" not in off and "Lucía" not in off


def _word(tmp_path: Path, settings: str = "", custom: bool = False) -> Path:
    """Two footnotes (the second with a mark of its own when ``custom``) and two endnotes,
    cited out of their ids' order; ``settings``: the notes' properties in settings.xml."""
    import docx

    document = docx.Document()

    def cite(paragraph, kind: str, number: int, mark: str = "") -> None:
        follows = ' w:customMarkFollows="1"' if mark else ""
        paragraph.add_run()._r.append(docx.oxml.parse_xml(
            f'<w:{kind}Reference {_W} w:id="{number}"{follows}/>'))
        if mark:
            paragraph.add_run(mark)

    first = document.add_paragraph("The press came from Leipzig.")
    cite(first, "footnote", 3)
    cite(first, "endnote", 2)
    second = document.add_paragraph("It still prints on Fridays.")
    cite(second, "footnote", 2, "*" if custom else "")
    cite(second, "endnote", 1)
    document.add_paragraph("Who sets the type?").runs[0].bold = True
    path = tmp_path / "press.docx"
    document.save(str(path))
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    for kind, texts, kind_type in (
            ("foot", {3: "Bought in 1952.", 2: "Since the war."}, _FOOTNOTES_TYPE),
            ("end", {2: "The Heidelberg model.", 1: "Thanks to the printers' guild."},
             _ENDNOTES_TYPE)):
        notes = "".join(
            f'<w:{kind}note w:id="{n}"><w:p><w:r><w:{kind}noteRef/></w:r><w:r><w:t '
            f'xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}note>'
            for n, text in texts.items())
        parts[f"word/{kind}notes.xml"] = f"<w:{kind}notes {_W}>{notes}</w:{kind}notes>".encode()
        parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
            b"</Relationships>", b'<Relationship Id="rId' + kind.encode() + b'" Type="'
            + kind_type + b'" Target="' + kind.encode() + b'notes.xml"/></Relationships>')
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>", f'<Override PartName="/word/{kind}notes.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}notes+xml"/>'
            "</Types>".encode())
    if settings:
        parts["word/settings.xml"] = parts["word/settings.xml"].replace(
            b"</w:settings>", settings.encode() + b"</w:settings>")
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_word_numbers_footnotes_and_endnotes_in_the_order_cited(tmp_path):
    assert _texts(_word(tmp_path)) == [
        "The press came from Leipzig.", "1 Bought in 1952.", "It still prints on Fridays.",
        "2 Since the war.", "Who sets the type?", "i The Heidelberg model.",
        "ii Thanks to the printers' guild."]
    assert _texts(_word(tmp_path), _OFF) == [
        "The press came from Leipzig.", "It still prints on Fridays.", "Who sets the type?"]


def test_word_writes_the_numbers_in_the_documents_own_format(tmp_path):
    settings = ('<w:footnotePr><w:numFmt w:val="lowerLetter"/></w:footnotePr>'
                '<w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>')
    texts = _texts(_word(tmp_path, settings))
    assert texts[1] == "a Bought in 1952." and texts[3] == "b Since the war."
    assert texts[-2:] == ["1 The Heidelberg model.", "2 Thanks to the printers' guild."]


def test_a_word_note_with_a_mark_of_its_own_takes_the_mark_not_a_number(tmp_path):
    texts = _texts(_word(tmp_path, custom=True))
    assert texts[1] == "1 Bought in 1952."
    assert texts[3] == "* Since the war."  # and the next numbered note would still be 2


def test_an_opendocument_note_opens_with_its_citation(tmp_path):
    def note(kind: str, citation: str, text: str) -> str:
        return (f'<text:note text:note-class="{kind}"><text:note-citation>{citation}'
                f"</text:note-citation><text:note-body><text:p>{text}</text:p>"
                "</text:note-body></text:note>")

    body = (f"<text:p>We met in Porto.{note('footnote', '1', 'In March.')}"
            f"{note('endnote', 'i', 'Translated by the author.')}</text:p>",
            f"<text:p>It rained.{note('footnote', '*', 'As it does.')}</text:p>")
    document = odfdo.Document("text")
    document.body.clear()
    for paragraph in body:
        document.body.append(odfdo.Element.from_tag(paragraph))
    path = tmp_path / "porto.odt"
    document.save(str(path))
    assert _texts(path) == ["We met in Porto.", "1 In March.", "It rained.", "* As it does.",
                            "i Translated by the author."]
    assert _texts(path, _OFF) == ["We met in Porto.", "It rained."]


_RTF = (r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard Who built it?\par"
        r"\pard My father{\super\chftn{\footnote\pard{\super\chftn} In 1931.}} and my uncle"
        r"{\super\chftn{\footnote\ftnalt\pard{\super\chftn} Interview of 2019.}}.\par"
        r"\pard Then?{\super *}{\footnote\pard{\super *} A mark of its own.}\par"
        r"\pard We sold it.{\super\chftn{\footnote\pard{\super\chftn} To the town.}}\par}")


def test_an_rtf_notes_automatic_number_is_written(tmp_path):
    assert _texts(_file(tmp_path, "built.rtf", _RTF)) == [
        "Who built it?", "My father and my uncle.", "1 In 1931.", "Then?*",  # its text
        "* A mark of its own.", "We sold it.", "2 To the town.", "i Interview of 2019."]
    numbered_endnotes = _RTF.replace(r"\fonttbl", r"\aftnnar\ftnnruc{\fonttbl", 1).replace(
        r"Arial;}}", r"Arial;}}}", 1)
    texts = _texts(_file(tmp_path, "formats.rtf", numbered_endnotes))
    assert texts[2] == "I In 1931." and texts[-1] == "1 Interview of 2019."
    assert _texts(_file(tmp_path, "built.rtf", _RTF), _OFF) == [
        "Who built it?", "My father and my uncle.", "Then?*", "We sold it."]


def test_a_doc_files_notes_open_with_their_numbers(tmp_path):
    word = (WordFile().add("The ferry", style=TITLE).add("Why did it stop?")
            .note("The tunnel opened.").add("In 1998.").note("Recorded in May.", "end")
            .note("A Tuesday."))
    path = tmp_path / "ferry.doc"
    path.write_bytes(word.build())
    assert _texts(path) == ["The ferry", "Why did it stop?", "1 The tunnel opened.",
                            "In 1998.", "2 A Tuesday.", "i Recorded in May."]
    assert _texts(path, _OFF) == ["The ferry", "Why did it stop?", "In 1998."]


def test_numbers_are_written_as_word_writes_them():
    assert [note_number(n, "lowerRoman") for n in (1, 4, 9, 14)] == ["i", "iv", "ix", "xiv"]
    assert note_number(27, "upperLetter") == "AA"
    assert [note_number(n, "chicago") for n in (1, 4, 5)] == ["*", "§", "**"]
    assert note_number(3, "someFormatWordMayAddOneDay") == "3"
