"""Interview turns glued into one block, split back where their lines broke.

Plain text that puts each turn on a line of its own, with blank lines elsewhere, reaches the
structure as one paragraph per run of lines: the line breaks became spaces. So do turns that a
list swallowed as lazy continuation lines, and turns a word processor or a web page kept in one
paragraph. Three shapes are split again, each at the space (or line break) before the turn, so
no offset moves (that character becomes the "\\n" between two blocks):

- turns opened by names before a colon, two names or more each opening two turns or more
  (four at least) across such blocks ("Beatriz: … Rafael: … Beatriz: …", "1 M : … 2 C : …",
  "LTB : … - R.J. Ellory : …" where a list swallowed the next question): split before each
  (``namedturns``, which also splits a turn whose recurring name ends with a period);
- a question on a paragraph's first line, a guest's full name opening each line after it
  ("Can you each …?" / "Ines Moreau: …" / "Lukas Brandt: …", ``gluedlabels``);
- a dialogue dash opening a question glued after a sentence ("… sin darme cuenta. -¿En qué
  se basa tu trabajo?", or stuck to its period: "… algo más.- ¿Cuál …?"): the question becomes
  a paragraph of its own (``dashturns``);
- numbered questions, three or more, each followed by its answer on what was the next line
  (a list's "1. Ebook o carta? Carta, senza dubbio.", a paragraph's "1 Pourquoi… ? Au
  collège…"), when every numbered block asks: split after the question — also where question
  and answer share a line ("6 Combien d'adjoints ? J'en ai 9."); and "-" items so, when every
  one asks ("- Zdałyście? Obie zdały …").

Only paragraphs with two colons or more, or an opening "¿", are searched for the first two
shapes, so ordinary paragraphs cost a count each.
"""

from __future__ import annotations

import re
from collections import Counter

from ...model import LINE_BREAK, Block, BlockKind, Inline, InlineStyle, place_blocks
from ..questions.numbereddashes import numbered_dash_cuts
from ..questions.numberedpairs import next_numbered_cuts
from ..questions.openingquestions import opening_question_cuts
from ..questions.selfanswers import self_answer_cuts
from ..questions.wordlabels import word_label_cuts
from ..text.capitals import CAPITALS
from .dashturns import dash_cuts, dash_turn_cuts
from .gluedheads import repeated_name_cuts, repeated_question_cuts
from .gluedlabels import (
    every_line_labelled_cuts,
    label_line_cuts,
    named_answer_lines_cuts,
    numbered_answer_label_cuts,
)
from .gluedreplies import glued_reply_cuts
from .keptquestions import kept_question_cuts
from .labelopenings import label_openings
from .markedturns import UNCASED_LETTER
from .namedturns import may_hold_turns, period_name_cuts, turn_cuts
from .numberedanswers import answer_cut, dashed_answers, glued_number_cuts, numbered_answers
from .runonanswers import alternating_mark_cuts, labelled_run_on_cuts
from .turnlines import asked_and_answered, asked_or_requested, last_line_asks_apart

# The same, or before a dialogue dash opening the answer's line where a web page or a Word
# file broke it: "Vad är …, tycker du?" / "– Att se till …" (a text file's such paragraph is
# split when read: ``lines.dashed_reply``).
# The answer may open with any opening quotation mark, single ones too (‘I had …’, „Ja …“).
# In a script with no capitals the answer opens with any of its letters, after the
# script's own mark ("…بها؟" / "قبل عامين، …"; a forum's doubled "؟؟").
_PAIR_END = re.compile(
    rf"\?[»”\"]?(?:\s(?=[¡¿«“„‘\"]?[{CAPITALS}А-ЯЁЄІЇҐΆ-ΏΑ-Ω0-9])"
    rf"|\u2028(?=[-–—]\s?[¡¿«“„‘\"]?[{CAPITALS}А-ЯЁЄІЇҐΆ-ΏΑ-Ω0-9]))"
    rf"|[?؟？][»”\"]?\s(?=[«“\"]?{UNCASED_LETTER})"
)
_MIN_ITEMS = 3


def split_glued_turns(blocks: list[Block]) -> list[Block]:
    """``blocks`` with glued turns split (the same list when none is)."""
    prose = [
        index
        for index, block in enumerate(blocks)
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
    ]
    # Two colons at least (a turn, and the next one glued to it), or one after a line break (a
    # turn on the paragraph's last line, as a PDF joins it); an opening "¿".
    glued = [i for i in prose if may_hold_turns(blocks[i].text)]
    cuts, speakers = turn_cuts(
        blocks, glued, [i for i in prose if not may_hold_turns(blocks[i].text)]
    )
    for index, cut in period_name_cuts(blocks, prose, speakers).items():
        cuts.setdefault(index, []).append(cut)
    for index in [i for i in prose if "¿" in blocks[i].text]:
        found = dash_cuts(blocks[index].text)
        if found:
            cuts.setdefault(index, []).extend(found)
    openings = label_openings(blocks, prose)  # each paragraph's label, read once
    for index, found in _labelled_cuts(blocks, prose).items():  # "Q." / "A."
        cuts.setdefault(index, []).extend(found)
    for index, found in word_label_cuts(blocks, prose, openings).items():  # "Spørsmål:"
        cuts.setdefault(index, []).extend(found)
    for index, found in dash_turn_cuts(blocks, prose).items():
        cuts.setdefault(index, []).extend(found)
    for index, found in every_line_labelled_cuts(blocks, prose, openings).items():
        cuts.setdefault(index, []).extend(found)
    for index, found in label_line_cuts(blocks, prose).items():
        cuts.setdefault(index, []).extend(found)
    for index, found in named_answer_lines_cuts(blocks, prose, openings).items():
        cuts.setdefault(index, []).extend(found)
    for index, cut in numbered_answer_label_cuts(blocks, prose).items():
        cuts.setdefault(index, []).append(cut)
    for index, cut in (_answers_in_the_paragraph(blocks, prose) | opening_question_cuts(
            blocks, prose) | self_answer_cuts(blocks, prose)).items():
        cuts.setdefault(index, []).append(cut)
    for index, found in (glued_reply_cuts(blocks, prose)  # "…?Resposta do Diretor: …"
                         | alternating_mark_cuts(blocks, prose)).items():  # "…؟ * …"
        cuts.setdefault(index, []).extend(found)
    for index, cut in labelled_run_on_cuts(blocks, prose).items():  # "Q. …? It was …"
        cuts.setdefault(index, []).append(cut)
    for index, cut in _over_dashed_answer_cuts(blocks, prose).items():
        cuts.setdefault(index, []).append(cut)  # "Estado civil: Casado" / "Quando …?" / "- …"
    for index, cut in (repeated_name_cuts(blocks, prose) | repeated_question_cuts(
            blocks, prose)).items():
        cuts.setdefault(index, []).append(cut)  # "Cinco à quintaQue …?", "…?RESPUESTA.- …"
    pairs = _line_pairs(blocks, prose) | numbered_dash_cuts(blocks)
    pairs = kept_question_cuts(blocks, prose) | pairs  # "…?" kept apart over its answer lines
    for index, cut in (pairs | next_numbered_cuts(blocks, prose)).items():
        cuts.setdefault(index, []).append(cut)
    for index in [i for i in prose if LINE_BREAK in blocks[i].text]:
        # A web page's or a Word file's lines (<br>), questions each answered by the next.
        text = blocks[index].text
        found = asked_and_answered(text, [i for i, ch in enumerate(text) if ch == LINE_BREAK])
        if found:
            cuts.setdefault(index, []).extend(found)
    for index in numbered_answers(blocks) + dashed_answers(blocks):
        cuts.setdefault(index, []).extend(answer_cut(blocks[index].text))
    for index, found in glued_number_cuts(blocks).items():
        cuts.setdefault(index, []).extend(found)
    if not cuts:
        return blocks
    result: list[Block] = []
    for index, block in enumerate(blocks):
        if index in cuts:
            result.extend(_split(block, sorted(set(cuts[index]))))
        else:
            result.append(block)
    return place_blocks(result)


# "… in rima. Q. What's that? A. A tea party.": a transcript's "Q." / "A." after a sentence
# (or a quoted heading), and, among them, a name in capitals ("THE COURT:", "MS. GRANT:").
_GLUED_LABEL = re.compile(rf"(?<=[.!?…»”\"])\s(?=([QA])[.:]\s+[¿¡«“\"({CAPITALS}0-9])")
_GLUED_CAPS_NAME = re.compile(
    r"(?<=[.!?…»”\"])(?<![A-Z]{2}\.)(?<!\s[A-Z]\.)\s(?=[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){0,2}:\s)"
)


def _labelled_cuts(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    """Where a transcript's "Q." and "A." turns, glued into paragraphs, begin: when two of each
    or more are glued across the document (and then before the names in capitals of other
    speakers among them)."""
    cuts: dict[int, list[int]] = {}
    labels: Counter[str] = Counter()
    for index in [i for i in prose if "Q" in blocks[i].text]:
        text = blocks[index].text
        found = [(m.start(), m.group(1)) for m in _GLUED_LABEL.finditer(text)]
        if found:
            labels.update(label for _, label in found)
            named = [m.start() for m in _GLUED_CAPS_NAME.finditer(text)]
            cuts[index] = [start for start, _ in found] + named
    return cuts if labels["Q"] >= 2 and labels["A"] >= 2 else {}


# "Come nasce il disco? ''Da un anno in campagna…''": a question, then its answer quoted.
_QUOTED_ANSWER = re.compile(r"[?…]\s(?=(?:''|[«“„\"])\s?\S)")
_MIN_PAIRS = 2


def _answers_in_the_paragraph(blocks: list[Block], prose: list[int]) -> dict[int, int]:
    """Where the answer begins in paragraphs that hold a question and its answer, when two
    or more do: the question in bold at the paragraph's start ("**Pourquoi continuer ?** Ma
    commune…"), or followed by its answer in quotes ("Come nasce? ''Da un anno…''")."""
    cuts: dict[int, int] = {}
    for index in prose:
        block = blocks[index]
        text = block.text
        if text[:1] in "«“„\"'":
            continue
        cut = _after_bold_question(block)
        if cut < 0 and "?" in text[:_QUESTION_SCAN]:
            quoted = _QUOTED_ANSWER.search(text, 0, _QUESTION_SCAN)
            if (
                quoted is not None
                and _all_quoted(text[quoted.end() :])
                and _sentence(text[: quoted.start()])
                and _sentence(text[quoted.end() :])
            ):
                cut = quoted.end() - 1
        if cut > 0:
            cuts[index] = cut
    return cuts if len(cuts) >= _MIN_PAIRS else {}


_QUESTION_SCAN = 600  # a question is in a paragraph's first characters
_SENTENCE_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{2,}")


def _sentence(text: str) -> bool:
    """Whether ``text`` holds three words or more, as a question and a quoted answer do."""
    return len(_WORD.findall(text, 0, _QUESTION_SCAN)) >= _SENTENCE_WORDS


# "…,” said the mayor": a quotation the narrative goes on after.
_SAID = re.compile(rf"(?:''|[”»\"])\s*[,.]?\s+[^\W\d_{CAPITALS}]")


def _all_quoted(answer: str) -> bool:
    """Whether the rest of a paragraph is one quotation, the answer in the guest's words
    (''Sì, il ritorno''.), not a quotation the narrative goes on after ("…,” said the
    mayor)."""
    core = answer.rstrip(" .")
    return core.endswith(("''", "”", "»", '"')) and _SAID.search(core) is None
_PAIR_WORDS = 30  # a question on a line of its own is short
_LONE_MARK = re.compile(r"[^\W\d_][ \u2028][?？][ \u2028](?=\S)")


def _line_pairs(blocks: list[Block], prose: list[int]) -> dict[int, int]:
    """Where the answer begins in paragraphs of two lines, a question and its answer on the
    next line ("Qual o seu truque?" / "Canto desafinado."), when three or more are so, and
    two in three of the paragraphs of two lines (hard-wrapped prose has many that ask
    nothing): after the last "?" that a capital follows (or a line break, a dash and a
    capital: "… tycker du?" / "– Att se till …"), the answer asking nothing."""
    cuts: dict[int, int] = {}
    pairs = 0
    for index in prose:
        block = blocks[index]
        first, end = block.source_lines
        text = block.text
        # Two lines of a text file, or two lines a web page or a Word file broke in one
        # paragraph (<br>).
        # A question mark a web page put on a line of its own ("Praia ou serra" / "?") makes
        # no third line.
        three_lines = end - first == 3 or text.count(LINE_BREAK, 0, _QUESTION_SCAN) == 2
        lone_mark = three_lines and _LONE_MARK.search(text, 0, _QUESTION_SCAN) is not None
        two_lines = (
            end - first == 2 or lone_mark or text.count(LINE_BREAK, 0, _QUESTION_SCAN) == 1
        )
        if not two_lines or block.kind is not BlockKind.PARAGRAPH:
            continue
        pairs += 1
        found = [m.end() - 1 for m in _PAIR_END.finditer(text, 0, _QUESTION_SCAN)]
        # The question's own line break, where it was kept, says where its answer begins,
        # even when the answer asks too or the question runs long.
        broken = [cut for cut in found if text[cut] == LINE_BREAK]
        if broken and two_lines:
            cuts[index] = broken[-1]
            continue
        line_end = text.find(LINE_BREAK)
        if not found and line_end > 0 and asked_or_requested(text[:line_end]):
            cuts[index] = line_end  # "What is the book … never to have read" / "Middlemarch."
            continue
        if not found or any(mark in text[found[-1] :] for mark in "?؟？"):
            continue
        if text.count(" ", 0, found[-1]) < _PAIR_WORDS:
            cuts[index] = found[-1]
    return cuts if len(cuts) >= _MIN_ITEMS and 3 * len(cuts) >= 2 * pairs else {}


def _over_dashed_answer_cuts(blocks: list[Block], prose: list[int]) -> dict[int, int]:
    """The kept line break before a paragraph's last line, a question of its own
    (``turnlines.last_line_asks_apart``), where a dashed list item, its answer, follows."""
    cuts: dict[int, int] = {}
    for index in prose:
        text = blocks[index].text
        if index + 1 >= len(blocks) or blocks[index].kind is not BlockKind.PARAGRAPH:
            continue
        below = blocks[index + 1]
        if below.kind is not BlockKind.LIST_ITEM or below.ordinal not in ("-", "–", "—"):
            continue
        breaks = [at for at, ch in enumerate(text) if ch == LINE_BREAK]
        if breaks and last_line_asks_apart(text, breaks):
            cuts[index] = breaks[-1]
    return cuts


def _after_bold_question(block: Block) -> int:
    """The space after a bold run that opens the block and ends like a question, when text
    follows it; -1 otherwise."""
    runs = [r for r in block.inlines if r.style is InlineStyle.STRONG]
    if not runs or runs[0].start - block.start > 2:
        return -1
    end = runs[0].end - block.start
    asked = block.text[:end].rstrip(" *_")
    if not asked.endswith(("?", "…", "...")) or end >= len(block.text) - 1:
        return -1
    space = block.text.find(" ", end - 1, end + 3)
    return space if space > 0 and block.text[space + 1 :].strip() else -1


def _split(block: Block, cuts: list[int]) -> list[Block]:
    """``block`` cut at the spaces ``cuts`` (offsets into its text). The first piece keeps the
    block's kind; the others are paragraphs (a turn a list swallowed is no list item). Source
    lines are shared out in order, one line at least each."""
    # A cut at a space drops it (it stood for the line break); a cut at any other character
    # (the period of "ascensore.3) …") keeps it at the end of the piece before.
    text = block.text
    kept = [cut + (not text[cut].isspace()) for cut in cuts]
    starts = [0, *(cut + 1 for cut in cuts)]
    ends_at = [*kept, len(text)]
    first_line, end_line = block.source_lines
    lines = [min(first_line + number, end_line - 1) for number in range(len(starts))]
    ends = [max(line + 1, following) for line, following in zip(lines, lines[1:], strict=False)]
    ends.append(end_line)
    pieces = []
    for number, (begin, end) in enumerate(zip(starts, ends_at, strict=True)):
        start, end = block.start + begin, block.start + end
        runs = tuple(
            Inline(max(r.start, start), min(r.end, end), r.style, r.target)
            for r in block.inlines
            if min(r.end, end) > max(r.start, start)
        )
        piece = text[begin : end - block.start]
        span = (lines[number], ends[number])
        if number == 0:
            pieces.append(Block(block.kind, piece, start, span, block.level, runs, block.role,
                                block.ordinal))
        else:
            pieces.append(Block(BlockKind.PARAGRAPH, piece, start, span, 0, runs, block.role))
    return pieces
