"""A reply typed right under the quoted line it answers, with no blank line between them:

    > ¿Cuándo empezó el coro del barrio?
    Hace diez años, con seis vecinas …

Markdown reads the unquoted line as the quote going on ("lazy continuation"), so the question
and its answer were one quoted block and the interview had no questions. A mail program
quotes every line it quotes: where a quoted line that asks is followed by an unquoted one,
the quote ends and the reply begins, as a blank line would have said. An answer typed into
the quoted questionnaire ("> Wie kam es …?" / "> ANTWORT: Mein Toaster …", or in capitals) is
quoted too: it ends the question's quote the same way, and stays a quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import pairwise

from ...model import LINE_BREAK, Block, BlockKind, Inline
from .lines import SourceLines, split_at

# An answer's label opening the line typed under a quoted question, in capitals as a reply
# typed into a questionnaire marks it.
_ANSWER_LABEL = re.compile(
    r"(?:ANSWER|ANTWORT|RÉPONSE|REPONSE|RESPUESTA|RISPOSTA|RESPOSTA|ANTWOORD|ODPOWIED[ŹZ]"
    r"|SVAR)\s?:"
)
_CAPITALS_WORDS = 3


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
    starts = [0, *(b + 1 for b in breaks)]
    ends = [*breaks, len(text)]
    said = [text[start:end] for start, end in zip(starts, ends, strict=True)]
    asks = ["?" in line[-3:] for line in said]
    cuts = [
        breaks[k]
        for k, (above, below) in enumerate(pairwise(quoted))
        if above and asks[k] and (not below or is_typed_answer(said[k + 1]))
    ]
    if not cuts:
        return [quote]
    parts = split_at(text, inlines, breaks, cuts[:1], lines[0])
    answer_quoted = quoted[bisect_right(breaks, cuts[0])]
    return [replace(parts[0], kind=BlockKind.QUOTE, level=depth), *(
        replace(part, kind=BlockKind.QUOTE, level=depth) if answer_quoted else part
        for part in parts[1:])]


def is_typed_answer(line: str) -> bool:
    """Whether a quoted line under a quoted question is the answer typed into the quoted
    questionnaire: after an answer's label ("ANSWER: …", "ANTWORT: …", "RÉPONSE : …") or in
    capitals to stand out ("THIRTY-ONE, UP FROM NINE …", three words or more)."""
    if _ANSWER_LABEL.match(line) is not None:
        return True
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= _CAPITALS_WORDS and bool(letters) and all(
        c.isupper() for c in letters)
