"""Markdown's footnotes read as notes, where a reader of the rendered page meets them.

Pandoc, GitHub, Obsidian, Hugo, Jekyll and Eleventy write a footnote as a mark in the text
(``[^1]``, ``[^kiln]``, or Pandoc's inline ``^[the note's words]``) and its words in a
definition anywhere in the file (``[^1]: …``, later paragraphs indented). Each renders the
mark as the note's number, counted in the order the notes are first cited, and the notes
after the text. Read as written, the definitions stood where they were typed (often under
the last answer, which they lengthened) and the marks read "[^kiln]".

mdit-py-plugins' footnote plugin (MIT, by markdown-it-py's authors) parses them as those
apps do. Each note's paragraphs (``BlockKind.NOTE``, the first opened by the number the
page shows) are read after the paragraph that first cites it, as Word's footnotes are, and
the mark itself is not read in the paragraph, as in Word's, OpenDocument's and web pages'
text (a number glued to a question's "?" hid the question from the rules, and a listener
hears "Note 1" right after the paragraph). A note cited in a heading or a bold question
waits for the answer's first paragraph (``note_places.holds_notes_back``). A note no
paragraph cites that the reader sees (one cited in a table's cell) is read after the
text. A definition never cited (left behind by an edit) is not shown by those apps, but it
is the writer's words: it is read after the text, numbered after the cited notes.

Only ``.md`` files: a plain text's ``[1]`` or ``[^1]`` is text as typed. A file large
enough to be parsed in pieces keeps its notes where they are written (a mark and its
definition may fall in different pieces).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from .formats.note_places import as_note, holds_notes_back
from .model import Block, BlockKind, Inline


def with_footnotes(parser: MarkdownIt) -> MarkdownIt:
    """``parser`` reading footnotes as Pandoc and GitHub do (``[^1]``, ``^[inline]``), and
    keeping the definitions nothing cites."""
    parser.use(footnote_plugin)
    parser.core.ruler.before("footnote_tail", "footnote_uncited", _uncited_kept)
    return parser


def _uncited_kept(state: StateCore) -> None:
    """Each definition nothing cites numbered after the cited ones, as if cited last: the
    plugin's tail (as GitHub's and Pandoc's renderers) drops it, and its words were lost."""
    footnotes = state.env.get("footnotes") if isinstance(state.env, dict) else None
    if not footnotes:
        return
    notes = footnotes.setdefault("list", {})
    for label, number in footnotes.get("refs", {}).items():
        if number < 0:
            footnotes["refs"][label] = len(notes)
            notes[len(notes)] = {"label": label[1:], "count": 0}


def reads_footnotes(parser: MarkdownIt) -> bool:
    return "footnote_tail" in parser.get_active_rules().get("core", [])


@dataclass(slots=True)
class MarkdownNotes:
    """The footnotes met in a parse's tokens, and where each is cited."""

    spans: dict[int, tuple[int, int]] = field(default_factory=dict)  # note: its blocks
    citations: list[tuple[int, list[int]]] = field(default_factory=list)  # block, notes
    opened: tuple[int, int] | None = None  # the note being read, its first block

    def feed(self, token: Token, blocks: list[Block]) -> bool:
        """Whether ``token`` was the footnotes' own (their list, a note's bounds, a back
        link), nothing the reader shows as text."""
        kind = token.type
        if not kind.startswith("footnote_"):
            return False
        if kind == "footnote_open":
            self.opened = (int(token.meta.get("id", 0)), len(blocks))
        elif kind == "footnote_close" and self.opened is not None:
            note, first = self.opened
            self.spans[note] = (first, len(blocks))
            self.opened = None
        return True

    def cite(self, token: Token, blocks: list[Block]) -> None:
        """The notes the paragraph of ``token`` (an inline token, its blocks just made)
        cites: read after its last block."""
        if self.opened is not None or not blocks or not token.children:
            return
        notes = [int(child.meta.get("id", 0)) for child in token.children
                 if child.type == "footnote_ref"]
        if notes:
            self.citations.append((len(blocks) - 1, notes))

    def placed(self, blocks: list[Block]) -> list[Block]:
        """``blocks`` with each note's blocks moved after the paragraph that first cites it."""
        if not self.spans:
            return blocks
        text_end = min(first for first, _ in self.spans.values())
        notes = {note: _note_blocks(blocks[first:end], mark_of(note))
                 for note, (first, end) in self.spans.items()}
        cited: dict[int, list[int]] = {}
        for index, cites in self.citations:
            cited.setdefault(index, []).extend(cites)
        read: list[Block] = []
        waiting: list[int] = []
        for index, block in enumerate(blocks[:text_end]):
            read.append(block)
            waiting += [note for note in cited.get(index, ()) if note in notes
                        and note not in waiting]
            if waiting and not holds_notes_back(block):
                for note in waiting:
                    read += [_at_line(note_block, block) for note_block in notes.pop(note, [])]
                waiting = []
        for note in sorted(notes):  # waiting still, or cited where no paragraph is
            read += notes[note]
        return read


def _at_line(note: Block, block: Block) -> Block:
    """``note`` read after ``block``, on its last source line: the structure rules put a
    note back by its line when they part a paragraph ("Q: …" / "A: …" on two lines)."""
    end = block.source_lines[1]
    if end <= 0:
        return note
    return Block(note.kind, note.text, note.start, (end - 1, end), note.level, note.inlines,
                 note.role, note.ordinal)


def mark_of(note: int) -> str:
    return str(note + 1)


def _note_blocks(blocks: list[Block], number: str) -> list[Block]:
    """A note's blocks as notes, the first opened by its number ("2 A strickle board …")."""
    if not blocks:
        return []
    first, *rest = blocks
    opened = as_note(first, number)
    if opened.kind is BlockKind.NOTE:  # a table's row or code stays what it is, unnumbered
        shift = len(number) + 1
        opened = Block(BlockKind.NOTE, f"{number} {first.text}", first.start,
                       first.source_lines, 0, tuple(
                           Inline(run.start + shift, run.end + shift, run.style, run.target)
                           for run in first.inlines), first.role, number)
    return [opened, *(as_note(block, "") for block in rest)]
