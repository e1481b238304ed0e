"""Labels glued into a paragraph where its lines broke: plain "Question N" / "Answer" words
("Question 2 What changed? Answer We…", "Waarom? Antwoord: “Omdat…”"), and an answer's
"R:" under a numbered question ("3- Conta mais. R: Costumo…"), and a label opening every line
of a paragraph ("ENTREVISTADORA. ¿…?" / "LINA REYES. En …", "Q      :  …" / "A      :  …").
``gluedturns`` cuts the paragraph there, at the space before each label (or after a bare one).
"""

from __future__ import annotations

import re
from statistics import median

from ...model import LINE_BREAK, Block, BlockKind
from ..text.capitals import CAPITALS
from ..text.textcues import Prefix, split_prefix
from .labelopenings import LABEL_SCAN, Openings

QUESTION_SCAN = 600  # a question is in a paragraph's first characters
MIN_PAIRS = 2
# A paragraph opened by a question's number: "1 Pourquoi… ?", "2. Et après ?", "3-O que…?".
NUMBER_OPENING = re.compile(rf"\d{{1,3}}(?:\.?[ \t]*[-–]|[.)]|\s)\s*(?=[¿¡«“\"{CAPITALS}])")


# Plain "Question" / "Answer" words where lines broke, in a paragraph that holds both:
# "Question 2 What changed? Answer We…", "Waarom? Antwoord: “Omdat…”".
_ANSWER_WORD = (
    r"(?:Answer|Antwort|Antwoord|Respuesta|Réponse|Resposta|Risposta|Odpowiedź|Svar|Vastaus)"
)
_QUESTION_WORD = r"(?:Question|Frage|Vraag|Pregunta|Pergunta|Domanda|Pytanie|Spørgsmål|Fråga)"
_LEADING_QUESTION_WORD = re.compile(rf"{_QUESTION_WORD}(?:\s+\d{{1,3}})?(\s)(?=[¿¡«“\"{CAPITALS}])")
_ANSWER_AFTER_QUESTION = re.compile(
    rf"(?<=[?？])[\"”»]?(\s){_ANSWER_WORD}(?:\s*:|(\s)(?=[«“\"{CAPITALS}]))"
)


_ANSWER_WORDS = 6


def label_line_cuts(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    """Where plain "Question N" and "Answer" labels open lines inside paragraphs that ask and
    answer, when two paragraphs or more are so: before the answer's label (after the question
    mark), and after a bare label (its own paragraph, as a lone "Question 2" line is). A
    numbered item, or an answer of a few words, is a quiz's key."""
    cuts: dict[int, list[int]] = {}
    for index in prose:
        block = blocks[index]
        if block.kind is not BlockKind.PARAGRAPH or NUMBER_OPENING.match(block.text):
            continue  # "1. What is a capybara? Answer: A rodent.": a quiz's key
        text = block.text
        if text.find("?", 0, QUESTION_SCAN) < 0 and text.find("？", 0, QUESTION_SCAN) < 0:
            continue  # no question mark for an answer's label to follow (most paragraphs)
        answer = _ANSWER_AFTER_QUESTION.search(text, 0, QUESTION_SCAN)
        if answer is None or len(text[answer.end() :].split()) < _ANSWER_WORDS:
            continue  # "Answer: Prague.": a quiz's key, not a guest's words
        found = [answer.start(1)] + ([answer.start(2)] if answer.group(2) else [])
        question = _LEADING_QUESTION_WORD.match(text)
        if question is not None:
            found.append(question.start(1))
        cuts[index] = found
    return cuts if len(cuts) >= MIN_PAIRS else {}


# "3- Conta mais. R: Costumo…": an answer's label after the question's last sentence.
_GLUED_ANSWER_LABEL = re.compile(
    rf"(?<=[.?!…»”\"])(\s)(?:R|A|{_ANSWER_WORD})\s?[:：]\s"
)


def numbered_answer_label_cuts(blocks: list[Block], prose: list[int]) -> dict[int, int]:
    """Where the answer's label begins in numbered blocks that hold a question and its answer
    ("1- Por que…? R: Ah…", "3. Conta mais. R: …"), when two or more do: the numbers and the
    labels mark the turns, whether the question ends in "?" or not."""
    cuts: dict[int, int] = {}
    answered: list[int] = []
    for index in prose:
        block = blocks[index]
        numbered = (block.kind is BlockKind.LIST_ITEM and block.ordinal[:1].isdigit()) or (
            block.kind is BlockKind.PARAGRAPH and NUMBER_OPENING.match(block.text)
        )
        found = _GLUED_ANSWER_LABEL.search(block.text, 0, QUESTION_SCAN) if numbered else None
        if found is not None:
            cuts[index] = found.start(1)
            answered.append(len(block.text[found.end() :].split()))
    # A quiz's key is a few words ("Answer: Prague."); a guest's answers run longer.
    if len(cuts) < MIN_PAIRS or median(answered) < _ANSWER_WORDS:
        return {}
    return cuts


# A space (or a line break kept in the text) after a line's closing punctuation and before a
# capital: where the next line's label may begin.
_LINE_START = re.compile(rf"(?<=[^\w\s,;])[ \u2028](?=[{CAPITALS}])")
_MIN_LINES = 3  # or two: "D. Un consiglio." / "R. Finire le cose."
_QUESTION_ANSWER = [Prefix.QUESTION, Prefix.ANSWER]


def every_line_labelled_cuts(
    blocks: list[Block], prose: list[int], openings: Openings
) -> dict[int, list[int]]:
    """Where the turns begin in paragraphs that a label opens on every line, as transcripts
    set them with no blank line between turns ("ENTREVISTADORA. ¿…?" / "LINA REYES. En …",
    "Q      :  …" / "A      :  …"): the labels found inside the paragraph are exactly its line
    breaks, and one of them recurs (or, in two lines, a question's label and an answer's:
    "D. Un consiglio." / "R. Finire …"). Any other count (a label inside a line, a line
    opened by none) leaves the paragraph whole."""
    cuts: dict[int, list[int]] = {}
    for index in prose:
        block = blocks[index]
        text = block.text
        lines = _line_count(block)
        if block.kind is not BlockKind.PARAGRAPH or lines < 2:
            continue
        opening = openings[index]
        if opening[0] is Prefix.NONE:
            continue
        found, labels, label_end = [], [_label(text, opening)], opening[2]
        kinds = [opening[0]]
        for match in _LINE_START.finditer(text):
            start = match.end()
            if start < label_end:
                continue  # "LINA REYES.": the label's second word opens no label
            prefix = split_prefix(text[start : start + LABEL_SCAN])
            if prefix[0] is not Prefix.NONE:
                found.append(match.start())
                labels.append(_label(text[start:], prefix))
                kinds.append(prefix[0])
                label_end = start + prefix[2]
        if len(found) != lines - 1:
            continue
        if len(set(labels)) < len(labels) if lines >= _MIN_LINES else kinds == _QUESTION_ANSWER:
            cuts[index] = found
    return cuts


def _line_count(block: Block) -> int:
    """The paragraph's lines in the source (a web page's break inside it counts as one)."""
    first, end = block.source_lines
    return max(end - first, block.text.count(LINE_BREAK) + 1)


def _label(text: str, prefix: tuple[Prefix, str, int]) -> str:
    kind, name, cut = prefix
    return name or text[:cut].strip(" :.\t").casefold()


# "Ines Moreau:": a guest's first and last name, each capitalised, before a colon.
_FULL_NAME_LABEL = re.compile(rf"[{CAPITALS}][^\W\d_]+(?:[ '’-][{CAPITALS}][^\W\d_]+){{1,2}}:[ \t]")


def named_answer_lines_cuts(
    blocks: list[Block], prose: list[int], openings: Openings
) -> dict[int, list[int]]:
    """Where the answers begin in paragraphs whose first line asks, unlabelled, and whose
    every other line a guest's full name opens, as a Q&A with several guests puts a question
    to them all ("Can you each describe …?" / "Ines Moreau: I read it …" / "Lukas Brandt: I
    thought …"): before each name."""
    cuts: dict[int, list[int]] = {}
    for index in prose:
        block = blocks[index]
        text = block.text
        lines = _line_count(block)
        asked = text.find("?", 0, QUESTION_SCAN)
        if block.kind is not BlockKind.PARAGRAPH or lines < 2 or asked < 0:
            continue
        if openings[index][0] is not Prefix.NONE:
            continue
        found = [
            match.start()
            for match in _LINE_START.finditer(text, asked)
            if _FULL_NAME_LABEL.match(text, match.end())
        ]
        if found and len(found) == lines - 1 and found[0] == asked + 1:
            cuts[index] = found
    return cuts
