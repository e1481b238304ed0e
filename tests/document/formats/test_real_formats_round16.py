"""Real files' traps, round 16 (session 17; tests/document/fixtures/real_formats): notes
known by their two links, a questionnaire's answers without a full stop typed line under
line, a speaker's name said again in subtitles that name only turns. Each rule has a test
that catches it and one that keeps it from reaching too far."""

from __future__ import annotations

from pathlib import Path

from reader.document.markdown import lines_look_like_paragraphs
from reader.document.model import BlockKind
from reader.document.pipeline import open_document
from scripts.score_real_formats import DEFAULT, built

_CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
_ANSWER = ("<p>Die Antwort kam spät, sagt sie über den Bürgerfunk{mark}. Danach ging es mit "
           "dem Gespräch über das Radio weiter, eine ganze Stunde lang.</p>")


def _document(path: Path):
    return open_document(path, with_language=False)


def _notes(document) -> list[tuple[str, str]]:
    return [(b.ordinal, b.text) for b in document.blocks if b.kind is BlockKind.NOTE]


def _said(document) -> str:
    return " ".join(block.text for block in document.blocks)


def _page(tmp_path: Path, mark: str, notes: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(f'<html lang="de"><head><title>Radio</title></head><body><article><h1>'
                    f"Zwanzig Jahre Radio</h1>{_ANSWER.format(mark=mark) * 3}{notes}"
                    "</article></body></html>", "utf-8")
    return path


# --- Notes known by their two links ----------------------------------------------------------

def test_a_books_notes_that_link_back_are_heard_as_notes(tmp_path):
    document = _document(built("epub3-glued-noterefs-de", DEFAULT, tmp_path))
    assert _notes(document) == [
        ("1", "1 Sendezeit, die private Lokalsender für Beiträge von Bürgern frei halten "
              "müssen."),
        ("2", "2 Gemeint ist der private Lokalsender des Kreises.")]
    endnotes = _document(built("epub3-endnotes-file-backlinks-en", DEFAULT, tmp_path))
    assert [mark for mark, _ in _notes(endnotes)] == ["1.", "2."]  # in a file of their own


def test_a_notes_list_whose_items_link_back_at_their_end_is_notes(tmp_path):
    markdown_made = _document(_page(
        tmp_path, '<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>',
        '<div class="footnote"><hr/><ol><li id="fn:1"><p>Sendezeit für Bürger.&#160;<a '
        'class="footnote-backref" href="#fnref:1">&#8617;</a></p></li></ol></div>'))
    assert _notes(markdown_made) == [("1.", "1. Sendezeit für Bürger.")]
    blog = _document(_page(
        tmp_path, '<sup><a id="ref-1" href="#note-1">1</a></sup>',
        '<h2>Anmerkungen</h2><ol><li id="note-1">Sendezeit für Bürger. <a href="#ref-1">↑'
        "</a></li></ol>"))
    assert _notes(blog) == [("1.", "1. Sendezeit für Bürger.")]  # the arrow back unheard


def test_links_that_do_not_come_back_or_lead_elsewhere_stay_text(tmp_path):
    one_way = _document(_page(
        tmp_path, ' (siehe <a href="#box">1</a>)',
        '<p id="box">1 Sendezeit für Bürger, ohne Link zurück.</p>'))
    assert _notes(one_way) == []
    contents = _document(_page(
        tmp_path, '<a href="#s1" id="toc1">1</a>',
        '<section id="s1"><h2><a href="#toc1">1</a> Die Redaktion</h2><p>Wir sind zwölf '
        "Leute.</p></section>"))
    assert _notes(contents) == []
    worded = _document(_page(
        tmp_path, '<sup><a id="r1" href="#n1">1</a></sup>',
        '<ol><li id="n1">Sendezeit. <a href="#r1">↑ zurück zum Text</a></li></ol>'))
    assert "zurück zum Text" in _said(worded)  # a way back in words is read
    faq = tmp_path / "faq.html"
    faq.write_text('<html><body id="top"><article><h1>Fragen</h1><p>Zu den Antworten: <a '
                   'href="#a1">1</a></p>' + _ANSWER.format(mark="") * 3 + '<div id="a1"><p>'
                   'Antwort eins, lang genug.</p><a href="#top">Nach oben</a></div>'
                   "</article></body></html>", "utf-8")
    assert _notes(_document(faq)) == []  # "back to top" is no way back to a mark
    answer = _document(built("epub-h3-questions-footnotes", DEFAULT, tmp_path))
    assert [mark for mark, _ in _notes(answer)] == ["1"]  # the citing answer is no note


# --- A questionnaire's answers typed line under line, without a full stop --------------------

def test_answers_without_a_full_stop_under_their_questions_are_lines_of_their_own():
    page = _CORPUS / "fr-site-questionnaire-proust-reponses-courtes-une-sans-point.txt"
    assert lines_look_like_paragraphs(page.read_text("utf-8"))
    document = _document(page)
    assert [q.heading for q in document.questions][:2] == [
        "Quel est votre principal trait de caractère ?",
        "La qualité que vous préférez chez un homme ?"]


def test_wrapped_prose_under_a_question_is_still_wrapped():
    wrapped = ("What did the first winter teach you?\n"
               "That the hives need less from you than you think, and that the worst thing\n"
               "you can do in January is open them to see how they are doing. We lost two\n"
               "colonies that way, both to curiosity, and I have not opened one since then\n"
               "before the first warm day of March.\n"
               "And the second winter?\n"
               "Quieter. We wrapped the hives in roofing felt and left them alone until the\n"
               "willows flowered along the river, which is the sign the old keepers used\n"
               "to give for the first inspection of the year.\n")
    assert not lines_look_like_paragraphs(wrapped)
    pdf_paste = _CORPUS / "de-schuelerzeitung-pdf-seitenkopf-titel-drei-zeilen.txt"
    assert not lines_look_like_paragraphs(pdf_paste.read_text("utf-8"))


# --- Subtitles that name a speaker only where a turn starts ----------------------------------

def _srt(tmp_path: Path, cues: list[str]) -> Path:
    path = tmp_path / "episode.srt"
    path.write_text("\n\n".join(f"{n}\n00:00:{2 * n:02},000 --> 00:00:{2 * n + 1:02},500\n{c}"
                                for n, c in enumerate(cues, 1)) + "\n", "utf-8")
    return path


def test_a_name_said_again_opens_a_paragraph_when_names_open_turns_only(tmp_path):
    document = _document(built("srt-descript-podcast-speaker-names-nl", DEFAULT, tmp_path))
    texts = [block.text for block in document.blocks]
    assert "Janneke: Wat was je grootste ramp met de bijen?" in texts
    assert ("Janneke: Deze aflevering wordt mogelijk gemaakt door Imkerij De Linde in "
            "Hilversum.") in texts


def test_a_name_on_every_cue_keeps_one_turn(tmp_path):
    zoom = _document(_srt(tmp_path, [
        "Ana Ruiz: How many hives do you keep?", "Tom Hale: Twelve, at the moment.",
        "Tom Hale: I had twenty before the floods.", "Ana Ruiz: And this year?",
        "Tom Hale: Fourteen, if the swarms behave."]))
    assert [block.text for block in zoom.blocks] == [
        "Ana Ruiz: How many hives do you keep?",
        "Tom Hale: Twelve, at the moment. I had twenty before the floods.",
        "Ana Ruiz: And this year?", "Tom Hale: Fourteen, if the swarms behave."]
