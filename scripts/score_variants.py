"""Score the structure analysis on the corpus pasted another way: every layout changed only as
copying it really changes it (line endings, a BOM, white space, non-breaking spaces, hard
wrapping, quotes and dashes, invisible characters…), scored against the same expected outline.

Run from the checkout: ``PYTHONPATH=. python scripts/score_variants.py [FOLDER] [-v] [NAME…]``
(FOLDER defaults to the corpus; NAMEs pick variants; ``-v`` lists each page a variant makes
worse than the file as it is). A row: the variant, the pages it applies to, P / R / F1 and
titles over those pages, articles given questions, and the pages worse than untransformed (a
question fewer right, one more extra, or the title lost). Where a variant changes characters,
the same change (``canon``) is applied to the texts found and expected before they are folded.
"""

from __future__ import annotations

import re
import sys
import tempfile
import textwrap
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.document import open_document
from scripts.score_structure import DEFAULT, Scores, corpus, same, score_document


@dataclass(frozen=True)
class Variant:
    name: str
    why: str  # where real copies make it
    change: Callable[[str], str]
    applies: Callable[[Path], bool] = lambda path: True
    encoding: str = "utf-8"
    canon: Callable[[str], str] = same  # what the change does to a question's characters


def _lines(change: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: "\n".join(change(line) for line in text.split("\n"))


def _trailing(text: str) -> str:
    ends = (" ", "\t", "   ", " \t")
    lines = text.split("\n")
    return "\n".join(line + ends[i % 4] if line.strip() else line for i, line in enumerate(lines))


def _blank_spaces(text: str) -> str:
    return "\n".join(line if line.strip() else " \t " for line in text.split("\n"))


_FRENCH_MARK = re.compile(r"(?<=\S) ?([?!;])(?=\s|$)")
_FRENCH_COLON = re.compile(r"(?<=\S) ?:(?=\s|$)")
_OPEN_GUILLEMET = re.compile(r"« ?")
_CLOSE_GUILLEMET = re.compile(r" ?»")


def _french_spaces(text: str) -> str:
    text = _FRENCH_MARK.sub("\u202f\\1", text)
    text = _FRENCH_COLON.sub("\u00a0:", text)
    return _CLOSE_GUILLEMET.sub("\u00a0»", _OPEN_GUILLEMET.sub("«\u00a0", text))


def _unspaced_marks(text: str) -> str:
    return re.sub(r"«\s+", "«", re.sub(r"\s+(?=[?!;:»])", "", text))


_SHORT_WORD_SPACE = re.compile(r"(?<=\b\w)(\w{0,2}) (?=\S)")


def _web_nbsp(text: str) -> str:
    """A typography plug-in's non-breaking space after each word of one to three letters (no
    line ends on "a", "de", "the"), and in a label's ``Q :``."""
    text = _SHORT_WORD_SPACE.sub(lambda m: m.group(1) + "\u00a0", text)
    return re.sub(r"(?m)^(\w{1,3}) :", "\\1\u00a0:", text)


def _wrap(keep_blank: bool) -> Callable[[str], str]:
    def change(text: str) -> str:
        out: list[str] = []
        for line in text.split("\n"):
            if not line.strip():
                if keep_blank:
                    out.append(line)
            elif len(line) <= 72 or line[0].isspace():
                out.append(line)
            else:
                out += textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
        return "\n".join(out)
    return change


def _first_line_tab(text: str) -> str:
    lines = text.split("\n")
    return "\n".join("\t" + line if line.strip() and (i == 0 or not lines[i - 1].strip())
                     else line for i, line in enumerate(lines))


_LABEL_SPACE = re.compile(r"(?m)^([^\s:][^:\n]{0,30}:) +(?=\S)")

_STRAIGHT = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-",
                           "—": "--"})


def _straight(text: str) -> str:
    return text.translate(_STRAIGHT)


def _smart(text: str) -> str:
    """A word processor's autocorrect: curly quotes and apostrophes, dashes."""
    text = re.sub(r'(^|[\s(\[])"', "\\1“", text, flags=re.M)
    text = text.replace('"', "”")
    text = re.sub(r"(^|[\s(\[])'", "\\1‘", text, flags=re.M).replace("'", "’")
    text = re.sub(r"(?m)(^|\s)--(?=\s)", "\\1—", text)
    return re.sub(r"(?<=\s)-(?=\s)", "–", text)


_LONG_WORD = re.compile(r"\b(\w{4})(\w{4,})")
_INVISIBLE = str.maketrans(dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060"))


def _soft_hyphens(text: str) -> str:
    return _LONG_WORD.sub("\\1\u00ad\\2", text)


def _zero_width(text: str) -> str:
    """A zero-width space at the start of each line that opens with a letter and after each
    label's colon (a web page's elements pasted together: never before a Markdown mark or a
    list's number, which the browser writes before the element's text)."""
    text = re.sub(r"(?m)^(?=[^\W\d_])", "\u200b", text)
    return re.sub(r"(?m)^(\u200b[^:\n]{1,30}:)(?= )", "\\1\u200b", text)


def _invisible_gone(text: str) -> str:
    return text.translate(_INVISIBLE)


def _emphasis_lost(text: str) -> str:
    return re.sub(r"\*\*|__|\*(?=[^\s*])|(?<=[^\s*])\*", "", text)  # a "* " bullet stays


_FULL_WIDTH = str.maketrans({"?": "？", ":": "：", "!": "！"})
_HALF_WIDTH = str.maketrans({"？": "?", "：": ":", "！": "!"})


def _text(path: Path) -> bool:
    return path.suffix == ".txt"


def _one_line_paragraphs(path: Path) -> bool:
    """A plain text whose paragraphs, between blank lines, are each one line (where a blank
    line lost leaves each paragraph still on its own line)."""
    if path.suffix != ".txt":
        return False
    text = path.read_text(encoding="utf-8")
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return len(paragraphs) > 1 and all("\n" not in p.strip("\n") for p in paragraphs)


def _blank_lost(text: str) -> str:
    return re.sub(r"\n(?:[ \t]*\n)+", "\n", text)


# A speaker's label opening a line: a word or two, a colon, the words ("Q: …", "Interviewer: …").
_TURN_LABEL = re.compile(
    r"(?m)^((?:\*\*)?[^\W\d_][\w.]*(?: [^\W\d_][\w.]*)?:(?:\*\*)?)[ \t]+(?=\S)")


def _repeated_labels(text: str) -> set[str]:
    labels = [m.group(1) for m in _TURN_LABEL.finditer(text)]
    return {label for label in labels if labels.count(label) >= 2}


def _label_above(text: str) -> str:
    """Each speaker's label (one used twice or more) on its own line above the words: an
    HTML page's label in a bold block of its own, pasted."""
    labels = _repeated_labels(text)
    return _TURN_LABEL.sub(lambda m: m.group(1) + "\n" if m.group(1) in labels else m.group(0),
                           text)


def _labelled(path: Path) -> bool:
    return bool(_repeated_labels(path.read_text(encoding="utf-8")))


def _quoted(text: str) -> str:
    """Every line quoted as a mail program quotes a forwarded reply ("> …", a blank line ">")."""
    return "\n".join("> " + line if line.strip() else ">" for line in text.split("\n"))


_PDF_WIDTH = 60
_HYPHENATED = 8  # a word this long, at least, is broken at the line's end


def _pdf_lines(line: str) -> list[str]:
    out, current = [], ""
    for word in line.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= _PDF_WIDTH:
            current += " " + word
        else:
            room = _PDF_WIDTH - len(current) - 2  # a space and the hyphen
            if len(word) >= _HYPHENATED and word.isalpha() and room >= 3 and len(word) - room >= 3:
                out.append(f"{current} {word[:room]}-")
                current = word[room:]
            else:
                out.append(current)
                current = word
    return [*out, current] if current else out


def _pdf(text: str) -> str:
    """A PDF's text copied: lines wrapped at 60 columns, long words hyphenated at the break."""
    out: list[str] = []
    for line in text.split("\n"):
        out += _pdf_lines(line) if len(line) > _PDF_WIDTH and not line[0].isspace() else [line]
    return "\n".join(out)


def _break_hyphens_gone(text: str) -> str:
    """A word's hyphen at a line break, and the break, gone (the PDF's hyphenation), and so
    every hyphen inside a word, on both the texts found and expected."""
    return re.sub(r"(?<=[^\W\d_])-\s*(?=[^\W\d_])", "", text)


def _mixed_endings(text: str) -> str:
    """A file edited on two systems: every other line ends with CR LF."""
    lines = text.split("\n")
    ends = ("\n", "\r\n")
    return "".join(line + ends[i % 2] for i, line in enumerate(lines[:-1])) + lines[-1]


VARIANTS = (
    Variant("crlf", "saved on Windows, or an e-mail's text part",
            lambda t: t.replace("\n", "\r\n")),
    Variant("bom", "Notepad's UTF-8", same, encoding="utf-8-sig"),
    Variant("trailing", "spaces/tabs left at line ends (browser, word processor)", _trailing),
    Variant("blank-spaces", "blank lines holding spaces and a tab", _blank_spaces),
    Variant("nbsp-fr", "French typography: U+202F before ?!;, U+00A0 before : and in « »",
            _french_spaces, lambda p: p.name.startswith("fr-"), canon=_unspaced_marks),
    Variant("nbsp-web", "a web page's U+00A0 after short words and in `Q :`", _web_nbsp),
    Variant("wrap72", "an e-mail hard-wrapped at 72 columns, blank lines kept",
            _wrap(True), _text),
    Variant("wrap72-noblank", "hard-wrapped at 72, blank lines lost", _wrap(False), _text),
    Variant("blank-doubled", "every blank line doubled (HTML paragraphs pasted)",
            lambda t: re.sub(r"\n(?=\n)", "\n\n", t)),
    Variant("indent2", "every line indented two spaces", _lines(lambda s: s and "  " + s), _text),
    Variant("indent4", "every line indented four spaces", _lines(lambda s: s and "    " + s),
            _text),
    Variant("indent-tab", "each paragraph's first line indented with a tab (word processor)",
            _first_line_tab, _text),
    Variant("label-tab", "a tab after a label's colon (`Q:\\t…`)",
            lambda t: _LABEL_SPACE.sub("\\1\t", t)),
    Variant("straight", "curly quotes and dashes made straight (“ ” ‘ ’ – — → \" ' - --)",
            _straight, canon=_straight),
    Variant("smart", "straight quotes and dashes made curly (autocorrect)", _smart,
            canon=_straight),
    Variant("soft-hyphens", "U+00AD inside long words (a web page's hyphenation)",
            _soft_hyphens, canon=_invisible_gone),
    Variant("zero-width", "U+200B at line starts and after a label's colon", _zero_width,
            canon=_invisible_gone),
    Variant("md-plain", "Markdown emphasis lost (`**Q:**` → `Q:`)", _emphasis_lost,
            lambda p: p.suffix == ".md"),
    Variant("full-width", "full-width ？：！ in CJK layouts",
            lambda t: t.translate(_FULL_WIDTH), lambda p: p.name[:3] in ("ja-", "zh-", "ko-"),
            canon=lambda t: t.translate(_HALF_WIDTH)),
    Variant("blank-lost", "paragraphs apart by one newline: a web page or Word document "
            "pasted into an editor that drops blank lines", _blank_lost, _one_line_paragraphs),
    Variant("label-above", "a speaker's label on its own line above the words (an HTML "
            "page's bold label in its own block)", _label_above, _labelled),
    Variant("quoted", "every line quoted `> ` (an interview forwarded in a reply)", _quoted,
            _text),
    Variant("pdf", "a PDF's text: wrapped at 60 columns, long words hyphenated at the break",
            _pdf, _text, canon=_break_hyphens_gone),
    Variant("cr", "lines ended by CR alone (an old Mac's text)",
            lambda t: t.replace("\n", "\r")),
    Variant("mixed-eol", "every other line ended by CR LF (a file edited on two systems)",
            _mixed_endings),
)


@dataclass
class Row:
    variant: Variant
    scores: Scores
    worse: list[str]


def measure(folder: Path, variants: tuple[Variant, ...] = VARIANTS, every: int = 1) -> list[Row]:
    """Each variant's row over the corpus in ``folder`` (``every``: one page in so many, for a
    quick test, chosen by its name: pages added later leave the others in or out)."""
    pages = [page for page in corpus(folder)
             if every == 1 or zlib.crc32(page[0].name.encode()) % every == 0]
    base = {}
    for path, expected in pages:
        base[path.name] = score_document(Scores(), path.name,
                                         open_document(path, with_language=False), expected)
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for variant in variants:
            scores, worse = Scores(), []
            for path, expected in pages:
                if not variant.applies(path):
                    continue
                copy = Path(scratch) / path.name
                text = variant.change(path.read_text(encoding="utf-8"))
                copy.write_bytes(text.encode(variant.encoding))
                document = open_document(copy, with_language=False)
                right, extra, title = score_document(scores, path.name, document, expected,
                                                     variant.canon)
                was_right, was_extra, was_title = base[path.name]
                if right < was_right or extra > was_extra or (was_title and not title):
                    worse.append(f"{path.name}: right {was_right}→{right}, extra "
                                 f"{was_extra}→{extra}, title {was_title}→{title}"
                                 + (f" {document.title[:60]!r}" if was_title > title else ""))
            rows.append(Row(variant, scores, worse))
    return rows


def main(argv: list[str]) -> None:
    names = {a for a in argv if not a.startswith("-") and not Path(a).is_dir()}
    folders = [Path(a) for a in argv if Path(a).is_dir()]
    chosen = tuple(v for v in VARIANTS if not names or v.name in names)
    rows = measure(folders[0] if folders else DEFAULT, chosen)
    print("| variant | pages | P / R / F1 | titles | articles with questions | pages worse |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        s = row.scores
        print(f"| {row.variant.name} | {s.documents} | {s.precision:.3f} / {s.recall:.3f} / "
              f"{s.f1:.3f} | {s.titles:.3f} | {len(s.articles_with_questions)} | "
              f"{len(row.worse)} |")
    if "-v" in argv:
        for row in rows:
            if row.worse:
                print(f"\n{row.variant.name} ({row.variant.why}):")
                print("\n".join("  " + line for line in row.worse))


if __name__ == "__main__":
    main(sys.argv[1:])
