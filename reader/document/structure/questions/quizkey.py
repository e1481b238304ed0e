"""Whether a page's "answers" are a quiz's key, not anybody's reply: every answer carries the
same words the page prints under each question — its own label for the solution ("Answer:
Mario Puzo", "जवाब 3 – …", "उत्तर – …") or its widget ("Correct Answer / Wrong Answer") — and
is short, a name or a sentence, while the questions speak to nobody and nobody answers "I".

A guest's answers differ from each other from their first word, run long and speak of
themselves; a FAQ's labelled answers ("RESPUESTA: …") follow the reader's own questions
("¿Cuándo me puedo inscribir?"), which the questions' first person keeps. The page's words are
read, not a list of them: whatever the label, it is the same under every question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Block
from .nobodyanswers import speaks_in_first_person, speaks_to_someone

_MIN_QUESTIONS = 3
_SCAN = 2000
_SHORT_WORDS = 25  # a key's line: a name, a letter, a sentence of fact
_TAIL_WORDS = 2  # a widget's words closing each answer's first line ("Correct Answer Wrong Answer")
# A label opening a line: a word or two, maybe the question's number, then ":" or a dash
# ("Answer:", "Answer – ", "जवाब 3 –", "उत्तर –", "Soluzione:").
# The label's characters are any but spaces, digits and the marks that close it: a letter's
# vowel sign (the Devanagari "ा" in "जवाब") is no word character for the regex.
_LABEL = re.compile(
    r"^\W*?([^\s\d:：–—-]+(?:\s[^\s\d:：–—-]+)?)\s*\d{0,3}\s*[:：–—-]\s*\S"
)
# A question numbered and nothing else ("1) Who …?", "7. Which …?"): no asker is named — not
# a numbered turn of a named interviewer ("3. Giornalista: Puoi raccontarci …?").
_NUMBERED_ONLY = re.compile(r"^\s*\d{1,3}\s*[).:]\s*(?![^\W\d_]+(?:\s[^\W\d_]+)?\s*:)[^\W\d_]")
_NAME_WORDS = 8  # "Answer: The Arc de Triomphe in Paris"
_EDGES = "\"'“”‘’«»„()[]{}.,;:!?¿¡।|–—-…"
_STEM = 4
_ECHO = 0.3  # a quiz's key restates a third of its question or more; a FAQ's answer rarely


def answers_are_a_key(
    blocks: Sequence[Block],
    questions: Sequence[str],
    answers: Sequence[tuple[int, int]],
    firsts: Sequence[int],
) -> bool:
    """Whether three questions or more, none speaking to anybody nor in the first person, are
    each answered by a first line carrying the same label or the same closing words as every
    other answer's, two thirds of those lines short, none in the first person singular, and the
    questions either numbered only or labelled with another word than the answers'."""
    if len(questions) < _MIN_QUESTIONS or len(answers) != len(questions):
        return False
    if any(speaks_to_someone(q) or speaks_in_first_person(q) for q in questions):
        return False  # a FAQ's reader asks "Can I …?"; an interviewer asks "you"
    if any(start >= end for start, end in answers):
        return False
    lines = [blocks[start].text[:_SCAN].strip() for start, _ in answers]
    if any(speaks_in_first_person(line) for line in lines):
        return False
    if 3 * sum(1 for line in lines if len(line.split()) <= _SHORT_WORDS) < 2 * len(lines):
        return False
    asked = [blocks[k].text[:_SCAN] for k in firsts]
    label = _same_label(lines)
    if label is None:
        above = " ".join(block.text[:_SCAN] for block in blocks[: firsts[0]]).casefold()
        return _same_tail(lines, above)
    if all(_NUMBERED_ONLY.match(text) for text in asked):
        # "1) Who wrote …?" / "Answer: Mario Puzo": the key names a thing, in a few words
        return 3 * sum(1 for line in lines if len(line.split()) <= _NAME_WORDS) >= 2 * len(lines)
    # "सवाल 2 – …?" / "जवाब 2 – …": labelled on both sides like a FAQ, the key restates each
    # question with its answer put in ("Which country uses plastic notes?" / "Canada uses
    # plastic notes"); a FAQ's answer tells what the question did not say.
    return all(_labelled_otherwise(text, label) for text in asked) and 3 * sum(
        1 for text, line in zip(asked, lines, strict=True) if _echoes(text, line)
    ) >= 2 * len(lines)


def _same_label(lines: Sequence[str]) -> str | None:
    """The label every line opens with, folded, or None."""
    labels = set()
    for line in lines:
        match = _LABEL.match(line)
        if match is None:
            return None
        labels.add(match.group(1).casefold())
    if len(labels) != 1:
        return None
    label = labels.pop()
    # A letter ("A:", "R.-", "F:") is a FAQ's or an interview's turn, however short and
    # restating the answers ("Q: Are dogs allowed?" / "A: Dogs are allowed on a leash.")
    return label if len(label.rstrip(".")) > 1 else None


def _labelled_otherwise(text: str, label: str) -> bool:
    """Whether a question carries a label of its own, not the answers' (two turns labelled
    alike are one voice's)."""
    match = _LABEL.match(text)
    return match is not None and match.group(1).casefold() != label


def _echoes(question: str, line: str) -> bool:
    """Whether the answer's words, its label left out, are mostly the question's (a word
    counted by its first letters, so that "बनती" finds "बनता" and "grows" "grow")."""
    asked = {word[:_STEM] for word in _words(question)}
    said = _words(line)[1:]
    return bool(said) and sum(1 for word in said if word[:_STEM] in asked) >= _ECHO * len(said)


def _words(text: str) -> list[str]:
    """The text's words, split at spaces (a vowel sign stays in its word), punctuation cut."""
    stripped = (token.strip(_EDGES).casefold() for token in text.split())
    return [word for word in stripped if word and not word[0].isdigit()]


def _same_tail(lines: Sequence[str], above: str) -> bool:
    """Whether every line closes with the same words, no question among them, words the text
    above the questions never wrote: a widget's, not the name of the one who answers (a
    table's row "Gérard Lemoine" under each question, the mayor the introduction named)."""
    tails = {tuple(w.casefold() for w in line.split()[-_TAIL_WORDS:]) for line in lines}
    if len(tails) != 1:
        return False
    (tail,) = tails
    said = " ".join(tail)
    return (
        len(tail) == _TAIL_WORDS
        and not any("?" in word for word in tail)
        and said not in above
        # A widget closes each line once; words an answer says over and over are its own
        # ("Lire ouvre des mondes. Lire ouvre des mondes.": the UI's interviews of 40 turns).
        and all(" ".join(line.casefold().split()).count(said) == 1 for line in lines)
    )
