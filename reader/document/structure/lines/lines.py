"""Lines of a plain paragraph that are paragraphs of their own.

Markdown joins the lines of a paragraph with spaces. Plain text does not always mean that: text
copied from a web page puts one paragraph per line (``split_lines``); a plain text's first lines
are often a headline, a date, a name or an e-mail's header, each on its own line (``head_apart``);
a lone "-" under a paragraph separates it from the next (``UNDERLINE_CHARS``, ``SourceLines``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ...model import LINE_BREAK, Block, BlockKind, Inline
from ..questions.dashedlines import dashed_line_cuts
from ..questions.stemlines import stem_line_cuts
from ..text.capitals import CAPITALS
from ..text.ruleview import LineView, unseen_removed
from ..text.textcues import Ending, Prefix, ending, split_prefix
from ..titles.matterlines import is_byline, is_dateline
from ..titles.titlecues import is_faq_title
from .cjklines import unspaced_line_ends
from .emailparts import mail_header_lines
from .hardwrap import text_width, wrapped_paragraph_ends
from .labelledlines import labelled_line_cuts
from .linestarts import stands_apart_below
from .marginnumbers import margin_breaks
from .marginview import line_view
from .sentenceends import goes_on_after_comma
from .sentencestarts import opens_a_sentence
from .turnlines import asked_and_answered as asked_and_answered  # re-exported: gluedturns
from .turnlines import asked_without_mark as asked_without_mark
from .turnlines import last_line_asks_apart, paragraph_cuts
from .turnlines import opens_with_interrogative as opens_with_interrogative


def split_lines(
    text: str, inlines: tuple[Inline, ...], breaks: list[int], first_line: int
) -> list[Block]:
    """One paragraph per source line (per line reflowed, in a hard-wrapped text: a wrap's
    break ends none): cut at the soft breaks, clipping the styled runs."""
    seen = line_view(text, breaks, flowed=True)
    # A line stopping at a comma, the next going on with its sentence, is no paragraph.
    bounds = list(pairwise([-1, *seen.breaks, len(seen.text)]))
    cuts = [b for (a, b), (_, c) in pairwise(bounds)
            if not goes_on_after_comma(seen.text[a + 1 : b], seen.text[b + 1 : c])]
    if first_line <= 1:  # the text's top
        cuts = sorted({*cuts, *_written_heads(seen)})
    return split_at(text, inlines, breaks, seen.back(cuts), first_line)


def _written_heads(seen: LineView) -> list[int]:
    """The breaks of a hard-wrapped text's top lines that stand apart as written, however
    full the line above them: a headline over its byline, short lines ("… un libro y un
    miedo" / "Por Hernando Salcedo", wrapped at 72), which the reflowed view runs together."""
    if seen.wrapped == seen.breaks:
        return []
    lines = [seen.text[a + 1 : b] for a, b in pairwise([-1, *seen.wrapped, len(seen.text)])]
    return seen.wrapped[:lines_apart(lines)]


def split_at(
    text: str, inlines: tuple[Inline, ...], breaks: list[int], cuts: list[int], first_line: int
) -> list[Block]:
    """Paragraphs cut at ``cuts``, some of the soft ``breaks``, clipping the styled runs."""
    blocks = []
    line = first_line
    for before, end in pairwise([-1, *cuts, len(text)]):
        start = before + 1  # skip the space that stood for the line break
        runs = tuple(
            Inline(max(r.start, start) - start, min(r.end, end) - start, r.style, r.target)
            for r in inlines
            if min(r.end, end) > max(r.start, start)
        )
        # A hard break (a line ending in two spaces) stays inside the paragraph: its lines too.
        soft = sum(1 for b in breaks if start <= b < end)
        end_line = line + 1 + soft + text.count(LINE_BREAK, start, end)
        piece = margin_breaks(text[start:end], [b - start for b in breaks if start <= b < end])
        blocks.append(Block(BlockKind.PARAGRAPH, piece, 0, (line, end_line), 0, runs))
        line = end_line
    return blocks


def next_numbers(text: str, breaks: list[int], number: int) -> list[int]:
    """The breaks of a plain-text item numbered ``number`` after which a line opens with the
    next number, its mark and a capital ("1. Una vittoria…" / "2- COSA TI ASPETTI…?"): Markdown
    takes "2-" for the item's text going on, but the writer numbered a new line (a question
    between numbered answers). "1. From\n2 - 4 pm" goes on: no capital after the mark."""
    cuts = []
    for b in breaks:
        opening = NUMBER_MARK.match(text, b + 1)
        if opening and int(opening.group(1)) == number + 1:
            cuts.append(b)
            number += 1
    return cuts


def first_line_apart(text: str, breaks: list[int]) -> bool:
    """Whether a plain-text item's first line stands apart from the longer lines after it, as
    a numbered question does above its answer ("1. Stel jezelf eens voor" / "Ik ben Bram…"):
    short, asking or much shorter than the longest, carrying nothing on, the next line opening
    a sentence."""
    if not breaks:
        return False
    lines = [text[a + 1 : b] for a, b in pairwise([-1, *breaks, len(text)])]
    first, following = lines[0].strip(), lines[1].lstrip()
    longest = max(len(line.strip()) for line in lines[1:])
    # "Το τελευταίο;": Greek asks with a semicolon; "…διαβάσατε; (Εκτός των παιδικών)": a
    # note in brackets may follow the question
    asks = ending(_NOTE_AFTER.sub("", first)) is Ending.QUESTION
    return (
        0 < len(first) <= _HEAD_LINE_CHARS * 2
        and (asks or len(first) < _SHORTER_THAN_LONGEST * longest)
        and (asks or not first.endswith(_CARRIES_ON))
        and opens_a_sentence(following)  # "''யாரை …''": no capitals to tell it
        # "Answer: Prague.": a quiz's key under its question, which is no turn of its own.
        and split_prefix(lines[1].lstrip())[0] is not Prefix.ANSWER
    )


_OPENING_QUOTES = tuple("«“„\"‘")
_NOTE_AFTER = re.compile(r"(?<=[?;;؟？])\s*\([^()]{1,40}\)$")
_ANSWER_QUOTES = (*_OPENING_QUOTES, "”")  # Finnish and Swedish open with ”


def _answered_in_quotes(text: str, breaks: list[int]) -> bool:
    """Whether an item's first line asks and its next line opens a quotation: a numbered
    question with the guest's words below it ("2. Millaisena koet …?" / "”Hyvänä. …”")."""
    return text[: breaks[0]].rstrip().endswith("?") and text[breaks[0] + 1 :].lstrip().startswith(
        _ANSWER_QUOTES
    )
_ITEMS_APART = 3  # items of a list, at least, whose first lines stand apart (not one by chance)


def settle_numbered_items(blocks: list[Block], items: list[tuple[int, list[int]]]) -> list[Block]:
    """``blocks`` with their numbered items settled: the plain-text ``items`` (an index, and
    the soft breaks of its text) cut after their first line when it stands apart
    (``first_line_apart``) in three items or more, or asks above a quotation in any
    (``_answered_in_quotes``): the first line stays the item, the rest
    becomes a paragraph after it; and a lone number made a paragraph
    (``_lone_numbers_as_paragraphs``)."""
    # Read reflowed (``LineView(flowed=True)``): in a hard-wrapped text a question's or an
    # answer's wrapped lines are one line.
    seen = [(i, breaks, line_view(blocks[i].text, breaks, flowed=True)) for i, breaks in items]
    apart = [(i, breaks, view) for i, breaks, view in seen
             if view.breaks and first_line_apart(view.text, view.breaks)]
    if len(apart) < _ITEMS_APART:
        apart = [(i, breaks, view) for i, breaks, view in seen
                 if view.breaks and _answered_in_quotes(view.text, view.breaks)]
    if apart:
        blocks = list(blocks)
        for index, breaks, view in reversed(apart):
            item = blocks[index]
            first, *rest = split_at(
                item.text, item.inlines, breaks, view.back(view.breaks[:1]), item.source_lines[0]
            )
            head = replace(first, kind=BlockKind.LIST_ITEM, level=item.level,
                           ordinal=item.ordinal)
            blocks[index : index + 1] = [head, *rest]
    return _lone_numbers_as_paragraphs(blocks)


def _lone_numbers_as_paragraphs(blocks: list[Block]) -> list[Block]:
    """A numbered "list" of one item between paragraphs that is empty ("1." alone under a
    chapter title) or does not start at 1 ("20. Minutes plus tard") is a paragraph that starts
    with a number (already in its text), not a list of one item. "1. Un point." alone stays a
    list of one item."""
    for index, block in enumerate(blocks):
        if (block.kind is BlockKind.LIST_ITEM and block.level == 1
                and block.ordinal[:1].isdigit()
                and (block.text == block.ordinal or block.ordinal[:-1].lstrip("0") != "1")
                and (index == 0 or blocks[index - 1].kind is not BlockKind.LIST_ITEM)
                and (index + 1 == len(blocks)
                     or blocks[index + 1].kind is not BlockKind.LIST_ITEM)):
            blocks[index] = Block(BlockKind.PARAGRAPH, block.text, block.start,
                                  block.source_lines, 0, block.inlines, block.role)
    return blocks


_GROUP_WORDS = 4


def group_apart(text: str, breaks: list[int]) -> list[int]:
    """A FAQ's group name on the line above the group's first question, in one plain-text
    paragraph with its answer ("Versand" / "Welche Versandarten gibt es?" / "Wir bieten …"):
    the breaks after the name and after the question (a name of four words at most, in
    capitals or not, ending with a letter); none otherwise."""
    if len(breaks) < 2:
        return []
    seen = line_view(text, breaks)
    return seen.back(_group_apart(seen.text, seen.breaks))


def _group_apart(text: str, breaks: list[int]) -> list[int]:
    name = text[: breaks[0]].strip()
    question = text[breaks[0] + 1 : breaks[1]].strip()
    if not (
        is_group_name(name)
        and question[:1].isupper()
        and question.endswith("?")
    ):
        return []
    return sorted({*breaks[:2], *_later_questions(text, breaks[1:])})


def _later_questions(text: str, breaks: list[int]) -> list[int]:
    """The breaks around each whole question's line below a FAQ group's first answer, where
    the previous line ends its sentence ("Wir bieten …." / "Kann ich …?" / "Ja, …")."""
    cuts = []
    bounds = list(pairwise([*breaks, len(text)]))
    for number, (before, end) in enumerate(bounds[1:], 1):
        previous = text[bounds[number - 1][0] + 1 : before].rstrip()
        if QUESTION_LINE.fullmatch(text, before + 1, end) and previous.endswith(_SENTENCE_ENDS):
            cuts += [before] + ([end] if number + 1 < len(bounds) else [])
    return cuts


# A whole question on a line of its own: a capital (after an opening mark; Cyrillic and Greek
# too: "Что бы вы посоветовали …?") to "?".
QUESTION_LINE = re.compile(rf"[¿¡«“\"]?[{CAPITALS}А-ЯЁЄІЇҐΆ-ΏΑ-Ω].*\?[»”\"]?")
_SENTENCE_ENDS = tuple(".!?…:»”\")")


def is_group_name(line: str) -> bool:
    """Whether a line may name a FAQ's group: four words at most, from a capital to a letter
    ("Versand", "Shipping and Delivery"; "Question 2" above its question numbers it)."""
    name = line.strip()
    return name[:1].isupper() and name[-1:].isalpha() and len(name.split()) <= _GROUP_WORDS


def asked_before(blocks: list[Block]) -> bool:
    """Whether a block before asks (the last one that does is near the end), or titles a FAQ
    ("Häufig gestellte Fragen" / "Zahlungsarten" / "Welche …?"): a group name may follow."""
    return any("?" in b.text or is_faq_title(unseen_removed(b.text)) for b in reversed(blocks))


# A question's number and its mark before a capital: "2- COSA…?", "4 – LA PARTITA…?".
NUMBER_MARK = re.compile(rf"[ \t]*(\d{{1,4}})[ \t]*[-–.)][ \t]*(?=[¿¡«“\"]?[{CAPITALS}])")


# A plain text's first lines are often a headline, a date, a name, each on its own line with no
# blank line before the text ("Le mois Ellroy continue !" then the text): Markdown would join
# them and the title would be lost. A line stands apart when it is short, ends with nothing that
# carries on (",", ":", "-"…), the next line starts a sentence (a capital or a digit), and it is
# much shorter than the longest line (a hard-wrapped paragraph's first line is as long as the
# others) or every line is short ("March 14, 2026" / "Coach Ellen Marsh" / "Post-game…").
_HEAD_LINE_CHARS = 50
_HEAD_LINE_WORDS = 10
_SHORTER_THAN_LONGEST = 0.6
_SIGNED_LINE_WORDS = 25  # a headline above its byline: a headline's length
_SIGNED_LINE_CHARS = 220
_LED_LINE_CHARS = 100
_CARRIES_ON = tuple(",;:-–—(/&")


def head_apart(
    text: str, inlines: tuple[Inline, ...], breaks: list[int], lines: tuple[int, int]
) -> list[Block]:
    """The document's first paragraph, its first lines apart when they stand apart (read as
    the rules read them: ``ruleview.LineView``)."""
    seen = line_view(text, breaks, flowed=True)
    apart = lines_apart(seen.lines())
    heads = seen.back(sorted({*seen.breaks[:apart], *_written_heads(seen)}))
    apart = len(heads)
    # Every line a labelled turn ("问:…" / "答:…"), or the interviewer's dashed ("――…？"),
    # read at the text's own breaks.
    turns = labelled_line_cuts(seen.text, seen.wrapped) or dashed_line_cuts(seen.text, seen.wrapped)
    if labelled := seen.back(turns):
        return split_at(text, inlines, breaks, sorted({*heads, *labelled}), lines[0])
    # Blank lines lost: where the wrapped paragraphs ended.
    if wrapped := seen.back(wrapped_paragraph_ends(seen.text, seen.wrapped, text_width())):
        return split_at(text, inlines, breaks, sorted({*heads, *wrapped}), lines[0])
    if unspaced := seen.back(unspaced_line_ends(seen.text, seen.breaks, top=True)):  # Chinese
        return split_at(text, inlines, breaks, sorted({*heads, *unspaced}), lines[0])
    # A questionnaire's stems over their answers below the headline (``stemlines``).
    if stems := seen.back(stem_line_cuts(seen.text, seen.breaks, apart)):
        return split_at(text, inlines, breaks, sorted({*heads, *stems}), lines[0])
    if not apart:
        return [Block(BlockKind.PARAGRAPH, margin_breaks(text, breaks), 0, lines, 0, inlines)]
    blocks = split_at(text, inlines, breaks, heads, lines[0])
    last = blocks[-1]
    blocks[-1] = replace(last, source_lines=(last.source_lines[0], lines[1]))
    return blocks


def lines_apart(lines: list[str]) -> int:
    """How many of a plain-text document's first lines stand apart (``_HEAD_LINE_CHARS``)."""
    if header := mail_header_lines(lines):  # "From: …" / "To: …" / "Subject: …": each apart
        return header
    longest = max(len(line.strip()) for line in lines)
    width = text_width() or longest
    count = 0
    dated = False  # the line above was a date
    for line, following in pairwise(lines):
        line, start = line.strip(), following.lstrip()[:1]
        # A date, and a blog's title under its date, stand apart even from a line opened in
        # lower case ("mercoledì 12 marzo 2025" / "metodo" / "quelle interviste in cui …").
        date = is_dateline(line)
        # A headline stands apart from the byline under it, however long ("Procès-verbal du
        # conseil d'école du 11 février 2016" / "Par Louis Morel • Publié le 04/03/2016").
        signed = is_byline(following.strip()) and len(line.split()) <= _SIGNED_LINE_WORDS
        # A headline of a headline's words over a much longer line, the lead's: however long
        # ("Wawancara: Ngobrol Santai dengan Perwakilan Siswa Baru" / "Redaksi Kancil …").
        led = len(line) < _SHORTER_THAN_LONGEST * len(following.strip())
        # A line in capitals over one that is not, a news site's menu ("GÜNCEL EGE … VİDEO
        # GALERİ" / "Yerel Yönetimler" / its date): a wrapped sentence keeps its case over the
        # wrap, so the writer ended this line, however long.
        capitals = line.isupper() and not following.isupper() and len(line.split()) >= 2
        if not (
            0 < len(line) <= (_SIGNED_LINE_CHARS if signed or capitals
                              else _LED_LINE_CHARS if led else _HEAD_LINE_CHARS)
            and len(line.split()) <= (_SIGNED_LINE_WORDS if signed or capitals
                                      else _HEAD_LINE_WORDS)
            and not line.endswith(_CARRIES_ON)
            and (start.isupper() or start.isdigit() or date or dated or signed
                 or _apart_in_lower_case(following, width))
            and (
                signed
                or capitals
                or longest <= _HEAD_LINE_CHARS
                or len(line) < _SHORTER_THAN_LONGEST * longest
                # Room for the next line's first word: the writer ended the line, no wrap did
                # ("The Most Enjoyable Interview I've Ever Given" / "And quite …", at 72).
                or len(line) + 1 + len((following.split(maxsplit=1) or [""])[0]) <= width
            )
        ):
            break
        count += 1
        dated = date
    return count


def _apart_in_lower_case(following: str, width: int) -> bool:
    """Whether a line opening in lower case stands apart from a headline above it: a file
    name or a credit ("besuch_rathaus_3b", "di Marta, classe 4ª"), or, in a hard-wrapped text,
    a paragraph longer than the width (a picture's text, "the mayor, Cllr …", wrapped)."""
    return stands_apart_below(following) or bool(text_width()) and len(following.strip()) > width


UNDERLINE_CHARS = 3  # a plain text's heading is underlined with "---" or "===" at least


class SourceLines:
    """A line of ``source`` by its number; the lines are found when first asked for."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._starts: list[int] = []

    def line(self, number: int) -> str:
        if not self._starts:
            self._starts = [0, *(m.end() for m in re.finditer("\n", self._source))]
        if not 0 <= number < len(self._starts):
            return ""
        start = self._starts[number]
        end = self._source.find("\n", start)
        return self._source[start : end if end >= 0 else len(self._source)]


_FLOWED_LINES = 3  # breaks of a reflowed paragraph, at least, for paragraphs run together


def paragraph_lines(
    text: str, inlines: tuple[Inline, ...], breaks: list[int], lines: tuple[int, int]
) -> list[Block]:
    """A plain-text paragraph, cut where its lines are turns (``turnlines.paragraph_cuts``),
    decided on its lines as the rules read them (``ruleview.LineView``: a zero-width space
    opening a line hides no dash or capital)."""
    seen = line_view(text, breaks, flowed=True)
    if header := mail_header_lines(seen.lines()):  # a quoted "-----Original Message-----" …
        return split_at(text, inlines, breaks, seen.back(seen.breaks[:header]), lines[0])
    cuts, question_apart = paragraph_cuts(seen.text, seen.breaks)
    cuts = cuts or stem_line_cuts(seen.text, seen.breaks) or unspaced_line_ends(
        seen.text, seen.breaks)  # Chinese, Japanese: no wrap ended these lines
    if not cuts and len(seen.breaks) >= _FLOWED_LINES and seen.wrapped != seen.breaks:
        # Reflowed, still many lines (blank lines lost): where its paragraphs ended. A
        # question over its answer reads as unwrapped.
        cuts = wrapped_paragraph_ends(seen.text, seen.wrapped, text_width())
    if cuts:
        return split_at(text, inlines, breaks, seen.back(cuts), lines[0])
    if question_apart:
        # A question's line kept apart: the break is kept (in place of the space, so no
        # offset moves), as a web page's <br> is (``turnlines.paragraph_cuts``).
        at = seen.back(seen.breaks[:1])[0]
        text = f"{text[:at]}{LINE_BREAK}{text[at + 1 :]}"
    elif last_line_asks_apart(seen.text, seen.breaks):
        at = seen.back(seen.breaks[-1:])[0]  # the next question's line, over a dashed answer
        text = f"{text[:at]}{LINE_BREAK}{text[at + 1 :]}"
    return [Block(BlockKind.PARAGRAPH, margin_breaks(text, breaks), 0, lines, 0, inlines)]
