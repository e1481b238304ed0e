"""Markdown (and Markdown-ish plain text) to blocks, through markdown-it-py's token stream.

Raw HTML is never rendered: the parser runs with ``html`` off, so tags reach the reader as the
text they are. Links and images keep their targets in ``Inline.target`` and are never fetched or
followed here; an image stands in the text as its alt text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .markdown_images import embedded_images_blanked
from .markdown_nesting import MAX_NESTING, parse_whole, tokens_of_pieces
from .markdown_notes import MarkdownNotes, reads_footnotes, with_footnotes
from .markdown_stamps import stamp_line_kept
from .markdown_tables import TableRows
from .model import (
    LINE_BREAK,
    Block,
    BlockKind,
    Inline,
    InlineStyle,
    Notice,
    place_blocks,
)
from .structure.lines.hardwrap import text_wrap_width
from .structure.lines.itemlines import item_cuts
from .structure.lines.lines import (
    UNDERLINE_CHARS,
    SourceLines,
    asked_before,
    group_apart,
    head_apart,
    paragraph_lines,
    settle_numbered_items,
    split_at,
    split_lines,
)
from .structure.lines.quotedreply import quote_lines
from .structure.lines.sentenceends import asks, ends_a_sentence
from .structure.titles.topstack import is_top_stack

_LANGUAGE_TAG = re.compile(r"[A-Za-z0-9_+#.{}=-]+")  # "python", "c++", "{.js}": not text

_OPENERS = {
    "em_open": InlineStyle.EMPHASIS,
    "strong_open": InlineStyle.STRONG,
    "link_open": InlineStyle.LINK,
}
_CLOSERS = {"em_close", "strong_close", "link_close"}


def make_parser(*, indented_code: bool = True, footnotes: bool | None = None) -> MarkdownIt:
    """A CommonMark parser with raw HTML off. (No extensions such as strikethrough: each
    costs ~10 % of the parse of a large document, and reading needs none of them.)

    Plain ``.txt`` files pass ``indented_code=False``: an indented paragraph in a text file is
    prose, not code. ``footnotes`` (by default in Markdown, not in plain text): ``[^1]``
    read as a note (``markdown_notes``).
    """
    parser = MarkdownIt("commonmark", {"html": False, "maxNesting": MAX_NESTING})
    parser.enable("table")  # GFM tables: read row by row, not as raw pipes
    # A link reference definition ("[1]: http://example.org") would vanish from the text: it
    # stays a paragraph, seen and heard, and a link that names it shows as written.
    parser.disable("reference")
    if not indented_code:
        parser.disable("code")
    if indented_code if footnotes is None else footnotes:
        with_footnotes(parser)
    return parser


def lines_look_like_paragraphs(source: str, sample: int = 256 * 1024) -> bool:
    """True for plain text that puts one paragraph per line with no blank line between them
    (text extracted from web pages, like the seed article). Hard-wrapped prose keeps its lines
    under ~80 columns; here a good share of lines run far longer, or, in text without a single
    blank line, most lines end their paragraph: wrapping breaks lines mid-sentence, while
    short paragraphs (a question, a one-line answer) end where their line ends. An answer
    ends with a full stop or without one ("Têtu", "Le Portugal": a questionnaire's): a line
    under a question that the next line's first word would have fitted on was not wrapped
    (wrapping breaks a line only where the next word does not fit). Or its lines, wrapped at
    no width, never go on in lower case (``_never_goes_on``)."""
    head = source[:sample]
    lines = [line for line in head.split("\n") if line.strip()]
    if len(lines) < 2:
        return False
    if sum(1 for line in lines if len(line) > 100) >= 0.25 * len(lines):
        return True
    has_blank_line = re.search(r"\S[^\S\n]*\n[^\S\n]*\n\s*\S", head) is not None
    if has_blank_line or len(lines) < 4:
        return False
    width = sorted(len(line.rstrip()) for line in lines)[len(lines) // 2]
    paragraph_ends = sum(
        1 for before, line, after in zip([""] + lines, lines, lines[1:] + [""], strict=False)
        if _ends_a_sentence(line) or (asks(before)
                                      and _not_wrapped(line, after, width)))
    return paragraph_ends >= 0.6 * len(lines) or _never_goes_on(head, lines)


def _lines_apart(first: int, source_line: Callable[[int], str], text: str,
                 breaks: list[int]) -> bool:
    """A plain text's paragraph below the page's top (``first``, its first source line,
    under a stack of lines at least) whose own lines look like paragraphs
    (``lines_look_like_paragraphs``), one at least too long to have been wrapped: a page
    copied without blank lines but for one to three left by chance, which turn the whole
    page's test off. Not the top, whose menu lines and labels ("Nama" / ": Raka") are the
    title rules' to read; not an indented list ("  • Przygotuj się:") Markdown did not read."""
    if first < _TOP_LINES or len(breaks) + 1 < _APART_LINES:
        return False
    if any(source_line(first + n)[:1].isspace() for n in range(len(breaks) + 1)):
        return False
    lines = [text[a + 1 : b] for a, b in pairwise([-1, *breaks, len(text)])]
    if next((char for char in lines[0] if char.isalpha()), "").islower():
        return False  # "alle Interviews …": goes on from a link above, not a paragraph's start
    return any(len(line) > _UNWRAPPED_CHARS for line in lines) and lines_look_like_paragraphs(
        "\n".join(lines))


_APART_LINES = 4
_TOP_LINES = 4  # three lines and a blank one: the page's menu, title, date
_UNWRAPPED_CHARS = 100  # longer than any wrapping leaves a line: the paragraph's whole


def _not_wrapped(line: str, after: str, width: int) -> bool:
    """Whether ``line`` was ended by its writer, not wrapped: the next line's first word
    would have fitted on it. ``width``, the lines' median length, is no wider than the
    wrapping's (most lines of wrapped prose are full), so a wrapped line never fits."""
    words = after.split()
    return bool(words) and len(line.rstrip()) + 1 + len(words[0]) <= width


def _never_goes_on(head: str, lines: list[str]) -> bool:
    """A page copied without blank lines, whose lines end no sentence ("Wo möchten Sie
    leben? Am Wasser"): no wrap width (``text_wrap_width``), and (almost) no line goes on
    in lower case, as a wrapped sentence's second half does. Read only where letters have
    a case, most lines opening with one."""
    if text_wrap_width(head):
        return False
    starts = [line.lstrip()[:1] for line in lines[1:]]
    cased = [start for start in starts if start.islower() or start.isupper()]
    return 2 * len(cased) >= len(starts) and sum(map(str.islower, cased)) <= 0.1 * len(starts)


def _ends_a_sentence(line: str) -> bool:
    line = line.strip()
    if line[:1] in _OPENING_QUOTES and line[-1:] in _CLOSING_QUOTES:
        return True  # a whole quotation, as an answer quoted under its question
    return ends_a_sentence(line)  # in the page's own script: "؟", "।", "。" too


_OPENING_QUOTES = frozenset("“«„\"")
_CLOSING_QUOTES = frozenset("”»“\"")


def parse_blocks(
    source: str, *, parser: MarkdownIt | None = None, lines_are_paragraphs: bool = False,
    notices: list[Notice] | None = None, in_pieces: bool = False, plain_text: bool = False,
) -> list[Block]:
    """The blocks of ``source`` in reading order, placed in document coordinates.

    ``lines_are_paragraphs``: each line of a plain paragraph becomes a paragraph of its own
    (see ``lines_look_like_paragraphs``) instead of being joined to the next by a space.
    ``notices`` receives a ``FLATTENED`` notice when nesting too deep had to be flattened.
    ``in_pieces``: parsed a piece at a time (reader.document.chunks), for large plain text.
    ``plain_text``: a .txt file, whose first lines may stand apart (``lines.lines_apart``).
    """
    parser = parser or make_parser(footnotes=not plain_text)
    if (in_pieces or plain_text) and reads_footnotes(parser):
        # a plain text's "[^1]" is as typed; a mark and its note may be pieces apart
        parser = make_parser(indented_code=not plain_text, footnotes=False)
    if not plain_text:  # Google Docs' pictures as data (markdown_images); a .txt is as typed
        source = embedded_images_blanked(source)
    notes = MarkdownNotes()
    tokens = tokens_of_pieces(source, parser, notices) if in_pieces else (
        parse_whole(source, parser, notices))
    blocks: list[Block] = []
    containers: list[str] = []  # the open list/quote containers, innermost last
    list_markers: list[str] = []  # markers of the list items not yet given to a paragraph
    item_lines: list[tuple[int, int]] = []  # the source lines of each open list item
    heads: list[tuple[int, list[int]]] = []  # numbered items of several lines, their breaks
    heading_level = 0
    table = TableRows(blocks, source, _inline_text)
    # In plain text a lone "-" under a paragraph separates it from the next, as a rule would:
    # Markdown would make the paragraph a heading (a setext heading, underlined).
    source_lines, separator = SourceLines(source), -1
    for token in tokens:
        if token.type in _NOT_A_PARAGRAPH and list_markers and _is_number(list_markers[-1]):
            # "1. # Titre", "1. ```": the item opens with no paragraph to carry its number,
            # which then stands alone before what follows, where it was written.
            blocks.append(_number_alone(list_markers[-1], item_lines[-1], containers))
            list_markers[-1] = ""
        if table.feed(token) or notes.feed(token, blocks):
            continue
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            containers.append(kind)
        elif kind in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            if containers:  # (the footnote plugin may close a quote it opened in a note)
                containers.pop()
        elif kind == "list_item_open":
            list_markers.append(_marker(token))
            item_lines.append(_source_lines(token))
        elif kind == "list_item_close":
            if list_markers:
                marker = list_markers.pop()
                lines = item_lines.pop()
                if marker:  # an empty item ("1." alone on its line): its marker is its text
                    blocks.append(_number_alone(marker, lines, containers))
        elif kind == "heading_open":
            heading_level = int(token.tag[1:])
            if plain_text and token.markup in ("-", "=") and token.map:
                line = token.map[1] - 1
                if len(source_lines.line(line).strip()) < UNDERLINE_CHARS:
                    heading_level, separator = 0, line
        elif kind == "heading_close":
            heading_level = 0
            if separator >= 0:
                blocks.append(Block(BlockKind.RULE, "", 0, (separator, separator + 1)))
                separator = -1
        elif kind == "inline":
            text, inlines, breaks = _inline_text(token.children or [])
            if plain_text:
                text, breaks = stamp_line_kept(text, breaks)
            lines = _source_lines(token)
            if separator >= 0:
                lines = (lines[0], separator)
            if (lines_are_paragraphs or is_top_stack(plain_text, blocks, text,
                breaks)) and breaks and not heading_level and not containers:
                blocks.extend(split_lines(text, inlines, breaks, lines[0]))
            elif plain_text and breaks and not blocks and not heading_level and not containers:
                blocks.extend(head_apart(text, inlines, breaks, lines))
            elif (plain_text and not heading_level and not containers
                  and group_apart(text, breaks) and asked_before(blocks)):
                # "Versand" / "Welche Versandarten …?" / "Wir bieten …": a FAQ's group heading
                # (below a question: the top's short line above one is the title's to judge)
                group, *rest = split_at(text, inlines, breaks, group_apart(text, breaks), lines[0])
                blocks.extend([replace(group, kind=BlockKind.HEADING, level=2), *rest])
            elif (plain_text and not heading_level and not containers
                  and _lines_apart(lines[0], source_lines.line, text, breaks)):
                blocks.extend(split_lines(text, inlines, breaks, lines[0]))
            elif heading_level:
                blocks.append(Block(BlockKind.HEADING, text, 0, lines, heading_level, inlines))
            elif containers and containers[-1] == "blockquote_open":
                blocks.extend(quote_lines(text, inlines, breaks, lines, containers, source_lines))
            elif containers:
                depth = sum(1 for c in containers if c != "blockquote_open")
                marker = list_markers[-1] if list_markers else ""
                if list_markers:
                    list_markers[-1] = ""  # later paragraphs of the item carry no marker
                cuts, names_group = item_cuts(
                    text, breaks, marker, lines[0], source_lines.line,
                    lines_are_paragraphs=lines_are_paragraphs) if (
                    plain_text and breaks) else ([], False)
                if cuts:  # "2- COSA…?", "- Apple Pay" / "Is …?": lines the item swallowed
                    first, *apart = split_at(text, inlines, breaks, cuts, lines[0])
                    text, inlines, lines = first.text, first.inlines, first.source_lines
                if plain_text and breaks and not cuts and _is_number(marker):
                    heads.append((len(blocks), [b + len(marker) + 1 for b in breaks]))
                if _is_number(marker):
                    text, inlines = _numbered(marker, text, inlines)
                blocks.append(
                    Block(BlockKind.HEADING, text, 0, lines, 2, inlines) if names_group
                    else Block(BlockKind.LIST_ITEM, text, 0, lines, depth, inlines, ordinal=marker)
                )
                if cuts:
                    blocks.extend(apart)
            else:
                blocks.extend(paragraph_lines(text, inlines, breaks if plain_text else [], lines))
            notes.cite(token, blocks)
        elif kind in ("fence", "code_block"):
            text = token.content.rstrip("\n").replace("\n", LINE_BREAK)
            if kind == "fence" and token.info and not _LANGUAGE_TAG.fullmatch(token.info):
                # "```Voici le code" is text after the backticks, not a language name: kept.
                text = token.info + (LINE_BREAK + text if text else "")
            lines = _source_lines(token)
            inline = (Inline(0, len(text), InlineStyle.CODE),) if text else ()
            blocks.append(Block(BlockKind.CODE, text, 0, lines, 0, inline))
        elif kind == "hr":
            lines = _source_lines(token)
            blocks.append(Block(BlockKind.RULE, "", 0, lines))
    return place_blocks(settle_numbered_items(notes.placed(blocks), heads))


_NOT_A_PARAGRAPH = frozenset({
    "heading_open", "fence", "code_block", "hr", "blockquote_open", "bullet_list_open",
    "ordered_list_open", "table_open",
})


def _number_alone(marker: str, lines: tuple[int, int], containers: list[str]) -> Block:
    """A list item's marker with no paragraph of the item's to open: a number is its text
    (a bullet, none)."""
    depth = sum(1 for c in containers if c != "blockquote_open")
    text = marker if _is_number(marker) else ""
    return Block(BlockKind.LIST_ITEM, text, 0, (lines[0], lines[0] + 1), depth, ordinal=marker)


def _is_number(marker: str) -> bool:
    """Whether a list marker is an ordered item's number ("1.", "20)"), not a bullet."""
    return marker[:1].isdigit()


def _numbered(
    number: str, text: str, inlines: tuple[Inline, ...]
) -> tuple[str, tuple[Inline, ...]]:
    """An ordered item's text opened by its number as written: the number is text the reader
    sees, hears and finds ("20. Minutes plus tard"), not a marker drawn beside it."""
    if not text:
        return number, inlines
    shift = len(number) + 1
    return f"{number} {text}", tuple(
        Inline(run.start + shift, run.end + shift, run.style, run.target) for run in inlines)


def _source_lines(token: Token) -> tuple[int, int]:
    """The source lines ``[first, end)`` of a block token; (0, 0) when it has none."""
    if not token.map:
        return (0, 0)
    first, end = token.map
    return first, end


def _marker(token: Token) -> str:
    if token.info:  # ordered list: the number as written
        return f"{token.info}{token.markup}"
    return token.markup or "-"


def _inline_text(children: list[Token]) -> tuple[str, tuple[Inline, ...], list[int]]:
    """Display text of an inline token, its styled runs (offsets relative to the block), and
    where its soft line breaks are."""
    if len(children) == 1 and children[0].type == "text":  # most paragraphs: plain words
        return children[0].content, (), []
    parts: list[str] = []
    breaks: list[int] = []
    length = 0
    runs: list[Inline] = []
    open_runs: list[tuple[InlineStyle, int, str, int]] = []  # style, offset, target, part
    for child in children:
        kind = child.type
        if kind == "text" or kind == "html_inline":
            piece = child.content
        elif kind == "softbreak":
            breaks.append(length)
            piece = " "
        elif kind == "hardbreak":
            piece = LINE_BREAK
        elif kind == "footnote_ref":
            continue  # its note, opened by its number, follows the paragraph (as Word's)
        elif kind == "code_inline":
            piece = child.content
            runs.append(Inline(length, length + len(piece), InlineStyle.CODE))
        elif kind == "image":
            alt = child.content or "".join(c.content for c in child.children or [])
            target = str(child.attrs.get("src", ""))
            piece = alt or target.rsplit("/", 1)[-1]
            runs.append(Inline(length, length + len(piece), InlineStyle.IMAGE, target))
        elif kind in _OPENERS:
            target = str(child.attrs.get("href", ""))
            open_runs.append((_OPENERS[kind], length, target, len(parts)))
            continue
        elif kind in _CLOSERS:
            if open_runs:
                style, start, target, first_part = open_runs.pop()
                if (style is InlineStyle.LINK and target
                        and not any(_has_word(part) for part in parts[first_part:])):
                    # "[](address)", "[&](address)", "[5](address)": no words, so the address stands
                    # for the link too (as an image's address does without alt text).
                    shown = unquote(target)  # markdown-it %-encodes it: "é", not "%C3%A9"
                    shown = f" {shown}" if length > start else shown
                    parts.append(shown)
                    length += len(shown)
                if length > start:
                    runs.append(Inline(start, length, style, target))
            continue
        else:
            piece = child.content
        parts.append(piece)
        length += len(piece)
    if len(runs) > 1:
        runs.sort(key=lambda r: (r.start, -r.end))
    return "".join(parts), tuple(runs), breaks


def _has_word(text: str) -> bool:
    """Whether ``text`` has a letter: words a link can be known by ("[5](address)", a number
    alone, tells nothing of where it leads; the fuzz found its address's letters lost)."""
    return any(character.isalpha() for character in text)
