"""Score every format against plain text: each corpus document is saved as a web page, a Word
and an OpenDocument file, an EPUB and a PDF, the way such files look in the wild, and each
format's outline is scored against the expected outlines and compared with the text's own.

Run from the checkout: ``QT_QPA_PLATFORM=offscreen PYTHONPATH=. python
scripts/score_formats.py [FOLDER] [-v] [--pages=A4] [--columns=2] [--formats=pdf,html]``
(FOLDER defaults to the structure corpus; ``--pages``: the PDFs' page size, A5 unless given;
``--columns``: the PDFs' columns of text, as magazines set them, 1 unless given; ``--formats``:
only these, beside the text). For each
format it prints the question F1 and title accuracy against ``NAME.expected.json``, the
difference from the text's scores, and how often the format's outline (title, kind, question
texts) is exactly the text's, and how many of the questions found have the expected speaker.
``-v`` names the documents whose outline differs from the text's.

What each format looks like:

- html: a news site's page (menus, cookie banner, share bar, related stories, comments,
  footer) with the article in ``<article>`` for half the documents and in plain ``<div>`` s
  for the other half, half of those a blog post with no ``<p>`` (paragraphs parted by
  ``<br><br>``); the page's ``lang``; a question the page hides (a phone's duplicate in
  ``display: none``, a ``hidden`` paragraph, one in ``visibility: hidden``) under the
  article's title;
- every format: the document's own title (not the site's name above it) marked as a title:
  the Title style in Word, a level-1 heading elsewhere;
- docx, odt: Markdown headings as heading styles, bold and italic runs, bulleted lists, a
  paragraph's line breaks; in Word each run cut in two, as an editor's revision marks cut
  them, the title in a content control and some text in tracked insertions, and an editor's
  note in hidden text (Word's ``w:vanish``, LibreOffice's ``text:display="none"``) after
  every fourth paragraph;
- html, epub: a paragraph's line breaks as ``<br>``, as blogs write them;
- epub: one chapter, with a nav document;
- rtf: as Word saves it: a style sheet, headings by outline level, the title in the Title
  style, each run in a group among Word's other words, Western letters as code-page bytes
  and others as Unicode, lists with their ``\\listtext``, a running header with a page
  field, an editor's note in hidden text after every fourth paragraph (``rtf_maker``);
- vtt, srt: a transcript of the document, each line of its text one turn said in cues of
  two caption lines with a pause between turns, its speakers named as the tools name them:
  "Name: text" in every cue (Zoom's WebVTT, half the documents), a voice span
  ``<v Name>`` (Teams', the other half), "Name: " in a turn's first cue (SubRip); the
  document's title is said first, unnamed (``transcript_makers``);
- pdf: laid out by Qt on small pages (A5, so that most documents run over several pages and
  paragraphs across page breaks), the title's heading in a large font, a running header and
  a page number on every page; every other one justified. (Qt does not hyphenate: words cut
  at a line end are left to the tests of the PDF reader.)
"""

from __future__ import annotations

import copy
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader.document import open_document
from reader.document.loading import normalize
from reader.document.markdown import lines_look_like_paragraphs, make_parser, parse_blocks
from reader.document.model import LINE_BREAK, Block, BlockKind, Document
from scripts.scoring import f1, fold
from tests.document.formats.makers import (
    html_body,
    news_page,
    write_docx,
    write_epub,
    write_odt,
    write_pdf,
)
from tests.document.formats.rtf_maker import write_rtf
from tests.document.formats.transcript_makers import write_transcript

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "document" / "fixtures" / "corpus"
FORMATS = ("text", "html", "docx", "odt", "epub", "pdf", "rtf")
# Transcripts keep the words and the speakers but no bold, heading or list: scored beside
# the others (the table's last lines), never expected to have the text's outline.
TRANSCRIPTS = ("vtt", "srt")


@dataclass
class Scores:
    documents: int = 0
    expected: int = 0
    found: int = 0
    right: int = 0
    titles_right: int = 0
    same_as_text: int = 0  # documents whose title, kind and questions are the text's
    speakers_right: int = 0  # questions found whose speaker is the expected one
    speakers_checked: int = 0
    differences: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        return f1(self.right, self.found, self.expected)

    @property
    def titles(self) -> float:
        return self.titles_right / self.documents if self.documents else 1.0


def _outline(document: Document) -> tuple[str, str, list[str]]:
    """The title, the kind and the questions, each after its speaker when it has one."""
    return (fold(document.title), document.kind.value if hasattr(document.kind, "value")
            else str(document.kind),
            [f"[{q.speaker}] {fold(q.heading)}" if q.speaker else fold(q.heading)
             for q in document.questions])


def fixture_blocks(path: Path) -> list[Block]:
    """The fixture's blocks as the text pipeline parses them, before any repair, each line
    of a paragraph still on a line of its own (``LINE_BREAK``), as a blog's ``<br>`` or a
    Word line break keeps it."""
    source = normalize(path.read_text(encoding="utf-8"))
    plain = path.suffix == ".txt"
    blocks = parse_blocks(source, parser=make_parser(indented_code=not plain),
                          lines_are_paragraphs=plain and lines_look_like_paragraphs(source),
                          plain_text=plain)
    lines = source.split("\n")
    return [_with_line_breaks(block, lines) for block in blocks]


_MARKUP = "*_`[]<>"


def _with_line_breaks(block: Block, lines: list[str]) -> Block:
    """``block`` with the space Markdown made of each line end a ``LINE_BREAK`` again: found
    as the last space before the next line's first word (its markup aside) that the lines
    before it reach (markup only shortens a line)."""
    first, end = block.source_lines
    if end - first < 2 or block.kind not in (BlockKind.PARAGRAPH, BlockKind.QUOTE,
                                             BlockKind.LIST_ITEM):
        return block
    text, position, reach = block.text, 0, len(lines[first].strip())
    for line in lines[first + 1:end]:
        raw = line.strip().lstrip("> ").split(" ", 1)[0]  # "[Il": a plain text keeps "["
        word = raw.lstrip(_MARKUP)
        word = next((word[:i] for i, c in enumerate(word) if c in _MARKUP), word)
        # A break the text pipeline kept ("… maire ?" / "Depuis …") is found as it stands.
        found = max((text.rfind(gap + w, position, reach + len(w) + 1) for w in (raw, word)
                     for gap in (" ", LINE_BREAK) if w), default=-1)
        reach += len(line.strip()) + 1
        if found >= position:
            text = f"{text[:found]}{LINE_BREAK}{text[found + 1:]}"
            position = found + 1
    return replace(block, text=text)


def _language(path: Path) -> str:
    return path.name.split("-", 1)[0]


def _titled(blocks: list[Block], title: str) -> tuple[list[Block], int]:
    """The blocks with the document's title as a level-1 heading, as an editor marks it, and
    its index (-1 when the document has no title of its own)."""
    for index, block in enumerate(blocks):
        if fold(block.text) == fold(title):
            heading = replace(block, kind=BlockKind.HEADING, level=1)
            return [*blocks[:index], heading, *blocks[index + 1:]], index
    return blocks, -1


# Text a page or a file hides, as real ones do (a duplicate for phones, an editor's note):
# read, it would add a question or change one.
_HIDDEN_HTML = ('<div class="mobile-only" style="display: none"><p>Vous aimez nos entretiens ?'
                "</p></div>", "<p hidden>Une question ? Écrivez-nous.</p>",
                '<p style="visibility: hidden">Pourquoi lire cet entretien ?</p>')
_HIDDEN_NOTE = " [à vérifier ?]"


def _hidden_in_odt(path: Path) -> Path:
    """An editor's note in LibreOffice's hidden text after every fourth paragraph."""
    import odfdo

    document = odfdo.Document(str(path))
    document.insert_style(odfdo.Element.from_tag(
        '<style:style style:name="TH" style:family="text"><style:text-properties '
        'text:display="none"/></style:style>'), automatic=True)
    for number, paragraph in enumerate(document.body.get_paragraphs()):
        if number % 4 == 3:
            paragraph.append(odfdo.Span(_HIDDEN_NOTE, style="TH"))
    document.save(str(path))
    return path


def _word_way(path: Path, title_index: int) -> Path:
    """The title paragraph in Word's Title style inside a content control (w:sdt), as a
    template's title field holds it; each run cut in two, as revision marks (w:rsid) cut an
    editor's runs; every third paragraph's second half a tracked insertion (w:ins), as
    an editor's pass leaves it; and every fourth paragraph's an editor's note in hidden
    text."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document(str(path))
    paragraphs = document.paragraphs
    for number, paragraph in enumerate(paragraphs):
        for run in list(paragraph.runs):
            text = run.text
            middle = text.find(" ", len(text) // 2)
            if middle <= 0:
                continue
            twin = copy.deepcopy(run._r)
            run.text = text[:middle]
            run._r.addnext(twin)
            twin_run = type(run)(twin, paragraph)
            twin_run.text = text[middle:]
            if number % 3 == 2:
                inserted = OxmlElement("w:ins")
                inserted.set(qn("w:id"), str(number))
                inserted.set(qn("w:author"), "Editor")
                twin.addprevious(inserted)
                inserted.append(twin)
        if number % 4 == 3 and paragraph.runs:  # an editor's note in hidden text (w:vanish)
            paragraph.add_run(_HIDDEN_NOTE).font.hidden = True
    if title_index >= 0:
        title = paragraphs[title_index]
        title.style = document.styles["Title"]
        control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        control.append(OxmlElement("w:sdtPr"))
        control.append(content)
        title._p.addprevious(control)
        content.append(title._p)
    document.save(str(path))
    return path


def make(format_name: str, source: Path, blocks: list[Block], title: str, folder: Path,
         number: int, pages: str = "A5", columns: int = 1) -> Path:
    """``source`` saved as ``format_name`` in ``folder``; ``title``: the expected one;
    ``pages``: a PDF's page size."""
    stem, lang = source.stem, _language(source)
    blocks, title_index = _titled(blocks, title)
    if format_name == "html":
        path = folder / f"{stem}.html"
        page = news_page(blocks, article=number % 2 == 0, lang=lang, blog=number % 4 == 1)
        hidden = _HIDDEN_HTML[number % len(_HIDDEN_HTML)]
        # Inside the article: under its title, else at its start.
        after = "</h1>" if "</h1>" in page else '<div class="content">'
        path.write_text(page.replace(after, after + hidden, 1), "utf-8")
        return path
    if format_name == "docx":
        written = write_docx(folder / f"{stem}.docx", blocks, title_style=False,
                             language=lang)
        return _word_way(written, title_index)
    if format_name == "odt":
        return _hidden_in_odt(write_odt(folder / f"{stem}.odt", blocks, language=lang))
    if format_name == "rtf":
        return write_rtf(folder / f"{stem}.rtf", blocks, title_index)
    if format_name in ("vtt", "srt"):  # Zoom's and Teams' WebVTT in turn, a SubRip file
        tool = "srt" if format_name == "srt" else ("zoom", "teams")[number % 2]
        return write_transcript(folder / f"{stem}.{format_name}", blocks, tool)
    if format_name == "epub":
        return write_epub(folder / f"{stem}.epub", [(title or stem, html_body(blocks))],
                          title=title or stem, language=lang)
    body = html_body(blocks)
    if number % 2:  # justified, as magazines and many Word files set their text
        body = body.replace("<p>", '<p align="justify">')
    return write_pdf(folder / f"{stem}.pdf", body, page_size=pages, columns=columns,
                     header="Le Quotidien — Société — 12 mars 2024", language=lang)


def measure(folder: Path, formats: tuple[str, ...] = FORMATS, pages: str = "A5", columns: int = 1,
            progress: Callable[[str], None] = lambda _: None) -> dict[str, Scores]:
    scores = {name: Scores() for name in formats}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        fixtures = [p for p in sorted(folder.iterdir()) if p.suffix in (".txt", ".md")
                    and (folder / f"{p.stem}.expected.json").is_file()]
        for number, path in enumerate(fixtures):
            progress(path.name)
            expected = json.loads((folder / f"{path.stem}.expected.json").read_text("utf-8"))
            wanted = Counter(fold(q["text"]) for q in expected["questions"])
            text_outline = _outline(open_document(path, with_language=False))
            blocks = fixture_blocks(path)
            for name in formats:
                file = path if name == "text" else make(name, path, blocks, expected["title"], work,
                                                      number, pages, columns)
                document = open_document(file, with_language=False)
                outline = _outline(document)
                found = Counter(fold(q.heading) for q in document.questions)
                score = scores[name]
                score.documents += 1
                score.expected += sum(wanted.values())
                score.found += sum(found.values())
                score.right += sum((found & wanted).values())
                score.titles_right += outline[0] == fold(expected["title"])
                said = {fold(q.heading): q.speaker for q in document.questions}
                for question in expected["questions"]:
                    if "speaker" in question and fold(question["text"]) in said:
                        score.speakers_checked += 1
                        score.speakers_right += (said[fold(question["text"])]
                                                 == question["speaker"])
                if outline == text_outline:
                    score.same_as_text += 1
                else:
                    score.differences.append(_difference(path.name, text_outline, outline))
    return scores


def _difference(name: str, text: tuple[str, str, list[str]],
                other: tuple[str, str, list[str]]) -> str:
    lines = [name]
    if text[0] != other[0]:
        lines.append(f"   title {other[0][:80]!r} (text: {text[0][:80]!r})")
    if text[1] != other[1]:
        lines.append(f"   kind {other[1]} (text: {text[1]})")
    lost, added = Counter(text[2]) - Counter(other[2]), Counter(other[2]) - Counter(text[2])
    lines += [f"   lost:  {q[:90]}" for q in lost]
    lines += [f"   added: {q[:90]}" for q in added]
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("-")]
    from PySide6.QtGui import QGuiApplication  # the PDF is laid out by Qt

    application = QGuiApplication.instance() or QGuiApplication(["score_formats"])
    pages = next((a.split("=", 1)[1] for a in argv if a.startswith("--pages=")), "A5")
    chosen = next((a.split("=", 1)[1] for a in argv if a.startswith("--formats=")), "")
    every = FORMATS + TRANSCRIPTS
    formats = tuple(n for n in every if n == "text" or n in chosen.split(",")) if chosen else (
        every)
    columns = int(next((a.split("=", 1)[1] for a in argv if a.startswith("--columns=")), "1"))
    scores = measure(Path(args[0]) if args else DEFAULT, formats, pages=pages, columns=columns)
    del application
    text = scores["text"]
    print(f"{'format':8} {'F1':>6} {'ΔF1':>7} {'titles':>7} {'Δtitles':>8} {'speakers':>9} "
          f"{'same as text':>13}")
    for name, score in scores.items():
        print(f"{name:8} {score.f1:6.3f} {score.f1 - text.f1:+7.3f} {score.titles:7.3f} "
              f"{score.titles - text.titles:+8.3f} "
              f"{score.speakers_right:>4}/{score.speakers_checked:<4} "
              f"{score.same_as_text:>6}/{score.documents}")
    if "-v" in argv:
        for name, score in scores.items():
            if score.differences and name != "text":
                print(f"\n== {name}")
                print("\n".join(score.differences))


if __name__ == "__main__":
    main(sys.argv[1:])
