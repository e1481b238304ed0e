"""A reply typed right under the quoted line it answers, with no blank line between them:

    > ¿Cuándo empezó el coro del barrio?
    Hace diez años, con seis vecinas …

Markdown reads the unquoted line as the quote going on ("lazy continuation"), so the question
and its answer were one quoted block and the interview had no questions. A mail program
quotes every line it quotes: where a quoted line that asks is followed by an unquoted one,
the quote ends and the reply begins, as a blank line would have said.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from .lines import SourceLines, split_at
from .model import LINE_BREAK, Block, BlockKind, Inline

_ASKS_AT_END = "?»”\"'"


def quote_lines(
    text: str,
    inlines: tuple[Inline, ...],
    breaks: list[int],
    lines: tuple[int, int],
    containers: list[str],
    source: SourceLines,
) -> list[Block]:
    """A quote's paragraph as blocks: one QUOTE, or, when a quoted question's line is followed
    by lines that are not quoted, the quote and then the reply as a PARAGRAPH."""
    depth = containers.count("blockquote_open")
    quote = Block(BlockKind.QUOTE, text, 0, lines, depth, inlines)
    if not breaks or LINE_BREAK in text or len(breaks) != lines[1] - lines[0] - 1:
        return [quote]  # a hard break or a wrapped source line: the lines cannot be matched
    quoted = [source.line(n).lstrip().startswith(">") for n in range(lines[0], lines[1])]
    ends = [*breaks, len(text)]
    cuts = [
        breaks[k]
        for k, (above, below) in enumerate(pairwise(quoted))
        if above and not below and "?" in text[(breaks[k - 1] + 1 if k else 0) : ends[k]][-3:]
    ]
    if not cuts:
        return [quote]
    parts = split_at(text, inlines, breaks, cuts[:1], lines[0])
    return [replace(parts[0], kind=BlockKind.QUOTE, level=depth), *parts[1:]]
