"""A note's mark in the text ("Bürgerfunk¹", a raised link to the note) is not read glued to its
word: espeak-ng said "Bürgerfunk eins, der eine Stunde…", the mark heard as a word of the
answer. The note itself is read where the file puts it, "Note 1: …" (reader.speech.notes), so
the mark is said there once. A number that is a word of the text stays."""

from __future__ import annotations

from pathlib import Path

from reader.document.pipeline import open_document
from reader.speech.planning import Voices, plan

PAGE = """<html lang="de"><head><title>Sonntags um elf</title></head><body>
<h1>Sonntags um elf</h1>
<p>Ein Gespräch mit der Moderatorin über dreißig Jahre Bürgerradio.</p>
<h2>Wie hat die Sendung angefangen?</h2>
<p>Mit einem Anruf beim Bürgerfunk<a href="#n1" id="r1"><sup>1</sup></a>, der eine Stunde frei
hatte.</p>
<h2>Wen laden Sie ein?</h2>
<p>Menschen, die nie im Radio waren, und <a href="#liste">2</a> Imker.</p>
<h2>Was war das schönste Gespräch?</h2>
<p>Das mit einem Imker<sup><a href="#n2">[2]</a></sup> und seinen Bienen.</p>
<p id="liste">Die Liste der Gäste.</p>
</body></html>
"""


def test_a_notes_mark_is_not_read_glued_to_its_word(tmp_path: Path):
    path = tmp_path / "sonntags.html"
    path.write_text(PAGE, encoding="utf-8")
    document = open_document(path)
    heard = {u.text: document.text[u.doc_start:u.doc_end] for u in plan(document, 0, Voices("de"))}
    assert "Mit einem Anruf beim Bürgerfunk, der eine Stunde frei hatte." in heard
    # highlighted with its mark: the page's words as written
    assert heard["Mit einem Anruf beim Bürgerfunk, der eine Stunde frei hatte."] == (
        "Mit einem Anruf beim Bürgerfunk1, der eine Stunde frei hatte.")
    assert "Das mit einem Imker und seinen Bienen." in heard
    assert "Menschen, die nie im Radio waren, und 2 Imker." in heard  # a word, not a mark
