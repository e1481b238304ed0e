"""An interview published as an EPUB with one chapter per question: the chapter's heading,
the table of contents' title alone, or a bold first line is the question."""

from __future__ import annotations

from reader.document.pipeline import open_document

from .formats.makers import write_epub

TURNS = [("Where did you grow up?", "In Brest, by the harbour."),
         ("When did you start to paint?", "At sixty, after I retired."),
         ("Who taught you?", "Nobody. Books and the sea."),
         ("What do you paint now?", "Boats, mostly, and the light on them.")]
INTRO = ("A painter at sixty", "<h1>A painter at sixty</h1><p>She sold her first canvas last "
         "year, at an age when most painters look back.</p>")


def test_each_chapters_question_is_in_the_outline_however_the_chapter_opens(tmp_path):
    openings = {"heading": "<h2>{q}</h2>", "contents": "", "bold": "<p><strong>{q}</strong></p>"}
    for name, opening in openings.items():
        chapters = [INTRO] + [(q, opening.format(q=q) + f"<p>{a}</p>") for q, a in TURNS]
        path = write_epub(tmp_path / f"{name}.epub", chapters, title="A painter at sixty",
                          language="en")
        document = open_document(path, with_language=False)
        assert document.title == "A painter at sixty", name
        assert [document.question_text(q) for q in document.questions] == [
            q for q, _ in TURNS], name
