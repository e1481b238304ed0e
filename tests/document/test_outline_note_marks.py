"""An outline row is plain text: a heading's note mark, raised on the page ("Bürgerfunk¹"),
would be read glued to its word there ("Bürgerfunk1"), so the row leaves it out; the text
itself keeps it."""

from __future__ import annotations

from reader.document.model import SectionKind
from reader.document.pipeline import open_document


def _page(tmp_path, body: str):
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><article>{body}</article></body></html>", "utf-8")
    return open_document(path, with_language=False)


def _headings(document) -> list[str]:
    return [s.heading for s in document.sections if s.kind is SectionKind.HEADING]


def test_a_headings_note_mark_is_not_in_its_outline_row(tmp_path):
    document = _page(tmp_path, (
        '<h1>Radio</h1><h2>Der Bürgerfunk<a href="#n1" id="r1">1</a></h2>'
        '<p>Wir kamen über den Bürgerfunk zum Radio und blieben dort viele Jahre.</p>'
        '<h2>Das Lokalradio<sup><a href="#n2">[2]</a></sup> heute</h2>'
        '<p>Heute sendet der Sender nur noch am Abend, und kaum jemand hört zu.</p>'
        '<p id="n1"><a href="#r1">1</a> Sendezeit für Bürger.</p>'
        '<p id="n2">2 Der private Sender des Kreises.</p>'))
    assert "Der Bürgerfunk" in _headings(document)
    assert "Das Lokalradio heute" in _headings(document)
    assert "Der Bürgerfunk1" in document.text  # the text keeps its mark


def test_a_number_that_is_no_note_mark_stays_in_the_row(tmp_path):
    document = _page(tmp_path, (
        '<h1>Saison</h1><h2>Kapitel <a href="#k2">2</a></h2>'
        '<p>Im zweiten Kapitel beginnt die Saison mit einem langen Spiel.</p>'
        '<h2>Heft<a href="heft.html#s4">4</a></h2>'
        '<p>Das vierte Heft erschien im Frühjahr, gedruckt in kleiner Auflage.</p>'))
    assert _headings(document)[-2:] == ["Kapitel 2", "Heft4"]


def test_a_questions_note_mark_is_not_in_its_outline_row(tmp_path):
    document = _page(tmp_path, (
        '<h1>Gespräch mit Tom Berger</h1>'
        '<p><strong>Wie kamen Sie zum Bürgerfunk<a href="#n1" id="r1">1</a>, Herr Berger?'
        '</strong></p><p>Mit einem Anruf, der eine Stunde dauerte und alles änderte.</p>'
        '<p><strong>Und was kam danach?</strong></p>'
        '<p>Das Lokalradio, dann die Zeitung, dann lange gar nichts mehr.</p>'
        '<p id="n1"><a href="#r1">1</a> Sendezeit für Bürger.</p>'))
    questions = [s.heading for s in document.sections if s.kind is SectionKind.QUESTION]
    assert questions[0] == "Wie kamen Sie zum Bürgerfunk, Herr Berger?"
    assert "Bürgerfunk1, Herr" in document.text


def test_a_paragraphs_note_mark_is_not_in_its_outline_row(tmp_path):
    document = _page(tmp_path, (
        '<h1>Zwanzig Jahre auf Sendung</h1>'
        '<p>Mit einem Anruf beim Bürgerfunk<a href="#n1" id="r1">1</a>, der eine Stunde dauerte, '
        'begann alles, was danach kam: die Sendung am Abend, die Zeitung und die vielen Jahre '
        'im Studio des Kreises, mit Freunden, die bis heute bleiben.</p>'
        '<p id="n1"><a href="#r1">1</a> Sendezeit für Bürger.</p>'))
    rows = [s.heading for s in document.sections if s.kind is SectionKind.PARAGRAPH]
    assert rows[0].startswith("Mit einem Anruf beim Bürgerfunk, der eine Stunde")
