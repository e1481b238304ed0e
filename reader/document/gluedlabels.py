"""Labels glued into a paragraph where its lines broke: plain "Question N" / "Answer" words
("Question 2 What changed? Answer We…", "Waarom? Antwoord: “Omdat…”"), and an answer's
"R:" under a numbered question ("3- Conta mais. R: Costumo…"). ``gluedturns`` cuts the
paragraph there, at the space before each label (or after a bare one).
"""

from __future__ import annotations

import re
from statistics import median

from .model import Block, BlockKind

QUESTION_SCAN = 600  # a question is in a paragraph's first characters
MIN_PAIRS = 2
# A paragraph opened by a question's number: "1 Pourquoi… ?", "2. Et après ?", "3-O que…?".
NUMBER_OPENING = re.compile(r"\d{1,3}(?:[.)\-–]|\s)\s*(?=[¿¡«“\"A-ZÀ-ÖØ-Þ])")


# Plain "Question" / "Answer" words where lines broke, in a paragraph that holds both:
# "Question 2 What changed? Answer We…", "Waarom? Antwoord: “Omdat…”".
_ANSWER_WORD = (
    r"(?:Answer|Antwort|Antwoord|Respuesta|Réponse|Resposta|Risposta|Odpowiedź|Svar|Vastaus)"
)
_QUESTION_WORD = r"(?:Question|Frage|Vraag|Pregunta|Pergunta|Domanda|Pytanie|Spørgsmål|Fråga)"
_LEADING_QUESTION_WORD = re.compile(rf"{_QUESTION_WORD}(?:\s+\d{{1,3}})?(\s)(?=[¿¡«“\"A-ZÀ-ÖØ-Þ])")
_ANSWER_AFTER_QUESTION = re.compile(
    rf"(?<=[?？])[\"”»]?(\s){_ANSWER_WORD}(?:\s*:|(\s)(?=[«“\"A-ZÀ-ÖØ-Þ]))"
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
