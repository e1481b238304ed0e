"""Interview questions run into their answers after one space, each exchange a paragraph.

A page copied without its bold ("**Que tipo de leitura prefere?** Sou do tipo …" becomes "Que
tipo de leitura prefere? Sou do tipo …"), a rapid-fire box whose answers follow their question
on its line ("What is your favorite candy bar? Pretty much anything …"): nothing but the first
"?" of each paragraph says where the answer begins. Round 26's set-off answers
(``runonturns``) want two spaces or a spaced dash there; one space is what every sentence
has, so an article's paragraph that opens with a rhetorical question ("Kaffee oder Tee? Für
viele eine Frage …") reads the same. What tells them apart is the run: three paragraphs or
more in a row (list items too) each open with a short question and go on with an answer that
does not ask, under a top that names an interview or a questionnaire, or half the questions
speaking to someone; four or more in a row need only their answers to speak, half of them, in
the first person ("Sou do tipo de leitora …", "Acho que …, eu leio …"), as a guest does and an
article answering its own questions does not. A question in the first person that speaks
to no one is the writer's own ("Wie führe ich ein Interview …? Das beschäftigte …") and
breaks the run. Each paragraph is cut at the space after its
question (``gluedturns`` cuts it), so no character is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...model import LINE_BREAK, Block
from ..text.capitals import CAPITALS
from ..text.textcues import addresses_someone, speaks_of_self

# The end of a question before its answer: "?" (a closing quote may follow it), one space or
# more, and the answer's capital, digit or opening mark.
_ASKED = re.compile(rf"\?[»”\"']?(?P<gap>[ \t]+)(?=[¡¿«“„\"(]?[{CAPITALS}0-9])")
# "Qual o seu livro preferido? Porquê? Nunca …": a question of a few words more asks again.
_ASKS_AGAIN = re.compile(r"[¿¡«“„\"]?[^\s.!?…]+(?: [^\s.!?…]+){0,3}\?")
_SENTENCE_END = re.compile(r"[.!?…](?=[»”\"')]?(?:\s|$))")
_QUOTE_OPENERS = "«“„\"'‘"
_QUESTION_WORDS = 40
_QUESTION_SENTENCES = 2
_NAMED_RUN = 3  # in a row, under a top naming an interview, or speaking to someone
_BARE_RUN = 4  # in a row, the answers in the first person
_SCAN = 400  # a question stands in a paragraph's first characters


def inline_answer_cuts(
    blocks: list[Block],
    prose: list[int],
    names_an_interview: Callable[[list[Block], int], bool],
) -> dict[int, list[int]]:
    """Where the answer begins in each paragraph of a run that opens with a question and goes
    on with its answer (the space after the question), when the run is an interview's.
    ``names_an_interview(blocks, index)`` says whether the top above ``index`` names one."""
    opened = {
        index: cut
        for index in prose
        if _one_line(blocks[index])
        and (cut := _answer_start(blocks[index].text)) > 0
        and not _asks_oneself(blocks[index].text[:cut])
    }
    cuts: dict[int, list[int]] = {}
    for run in _runs(prose, opened):
        if len(run) < _NAMED_RUN:
            continue
        speaking_to = sum(
            1 for index in run if addresses_someone(blocks[index].text[: opened[index]])
        )
        in_first_person = sum(
            1 for index in run if speaks_of_self(blocks[index].text[opened[index] :])
        )
        if (
            (len(run) >= _BARE_RUN and 2 * in_first_person >= len(run))
            or 2 * speaking_to >= len(run)
            or names_an_interview(blocks, run[0])
        ):
            cuts.update((index, [opened[index]]) for index in run)
    return cuts


def _one_line(block: Block) -> bool:
    """Whether ``block`` was one line of its source: the question and its answer shared it.
    Lines joined into a paragraph ("Question 1" / "Where did you grow up?" / "In Brest …")
    are read by the rules of lines (``lines.asked_and_answered``, ``gluedturns``), as the same
    paragraph with its line breaks kept is in a PDF or a Word file."""
    first, end = block.source_lines
    return end - first <= 1 and LINE_BREAK not in block.text


def _asks_oneself(question: str) -> bool:
    """A question in the first person put to no one: the writer's own ("Wie führe ich ein
    Interview so, dass …? Das beschäftigte die Schüler …"), or a witness repeating what she was
    asked ("Si j'étais sur les lieux ? Pas du tout !"): a paragraph of the writer's, not a
    turn. "Can I ask you …?" speaks to someone and stays a question."""
    return speaks_of_self(question) and not addresses_someone(question)


def _answer_start(text: str) -> int:
    """The offset of the space after a question that opens ``text`` and is followed by its
    answer on the same line, or 0."""
    if not text or text[0] in _QUOTE_OPENERS:
        return 0  # a story's quoted speech ("„Warum?“ fragte sie.")
    asked = _ASKED.search(text, 0, _SCAN)
    while asked is not None:
        following = _ASKED.search(text, asked.end(), _SCAN)
        if following is None or not _ASKS_AGAIN.fullmatch(
            text, asked.end(), following.start() + 1
        ):
            break
        asked = following
    if asked is None:
        return 0
    question = text[: asked.start("gap")]
    if (
        "\u2028" in question
        or len(question.split()) > _QUESTION_WORDS
        or len(_SENTENCE_END.findall(question)) > _QUESTION_SENTENCES
    ):
        return 0
    answer = _SENTENCE_END.search(text, asked.end())
    if answer is not None and answer.group() == "?":
        return 0  # the words after the "?" ask again: the question goes on, or another follows
    return asked.start("gap") if text[asked.end() :].strip() else 0


def _runs(prose: list[int], opened: dict[int, int]) -> list[list[int]]:
    """The runs of blocks next to each other in ``prose`` that all open with a question."""
    runs: list[list[int]] = []
    for position, index in enumerate(prose):
        if index not in opened:
            continue
        if runs and position > 0 and prose[position - 1] == runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs
