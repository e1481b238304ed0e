"""Dialogue dash turns glued into the paragraph before them, as Spanish and Portuguese school
papers copied from the web leave them: "… cuenta. -¿En qué …?", "… algo más.- ¿Cuál …?",
"… es extraordinaria... —Sí, lo es.", and dashed questions over answers under the guest's
initial ("-Es passen nervis?" / "M: Bé, …") with no blank line between them. Each function
gives the offsets where a block is cut (``gluedturns`` cuts it)."""

from __future__ import annotations

import re
from itertools import pairwise

from ...model import Block
from ..questions.runonturns import run_on_cuts
from ..text.capitals import CAPITALS
from .markedturns import marked_run_on_cuts

# "… cuenta. -¿En qué …?": a dash right against an opening question mark, after a sentence.
_GLUED_DASH_QUESTION = re.compile(r"(?<=[.!?…»”\"])\s(?=[-–—]\s?¿)")
# "… algo más.- ¿Cuál es …?", "… allí.- Si te dieran …, ¿con qué …?": the same dash with no
# space before it, right after the period (cut there: the period stays the answer's).
# A word of two letters at least before it: "P.- …" is a question's label, not an answer's end.
_STUCK_DASH_QUESTION = re.compile(rf"(?<=[^\W\d_]{{2}})[.!…](?=[-–—](?:\s?¿|[ \t][{CAPITALS}]))")

# "… es extraordinaria... —Sí, lo es.": a dialogue dash turn glued after a sentence.
_GLUED_DASH_TURN = re.compile(rf"(?<=[.!?…»”\"])\s(?=[—―]\s?[¿¡«“\"{CAPITALS}])")
_DASH_TURNS = 3


def dash_turn_cuts(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    """Where a dialogue dash turn glued into the paragraph before it begins, in a text whose
    turns open with such a dash (three paragraphs or more); and where the answer opens in a
    dashed question's own paragraph (``_same_line_answer_cuts``)."""
    cuts = _same_line_answer_cuts(blocks, prose) | _labelled_answer_cuts(blocks, prose)
    for index, found in _dashed_questions_run_on(blocks, prose).items():
        cuts.setdefault(index, found)  # a paragraph already cut by its labels is left so
    for index, found in run_on_cuts(blocks, prose).items():
        cuts.setdefault(index, found)  # questions unmarked but by their place (runonturns)
    for index, found in marked_run_on_cuts(blocks, prose).items():
        cuts.setdefault(index, found)  # "-…나요. =…", "{ …..? …": signs of uncased scripts
    if sum(1 for i in prose if blocks[i].text[:1] in "—―") < _DASH_TURNS:
        return cuts
    for index in [i for i in prose if blocks[i].text[:1] in "—―"]:
        found = [m.start() for m in _GLUED_DASH_TURN.finditer(blocks[index].text, 1)]
        if found:
            cuts[index] = found
    return cuts


# "-¿Crees que…?" / "Por muchos años…": a dashed question on the block's first line, its answer
# on the lines after it, as a PDF's paragraph joins them.
_DASH_QUESTION_LINE = re.compile(r"[-–—]\s?¿[^\u2028]*\?[»”\"]?(\u2028)(?=\S)")


# "… socios? -Mucho, pero …", "… mes. -Algo que llama …": a hyphen against a capitalised word
# after a sentence, the answer's turn or the next question's, as a page's cut-short lines
# joined again leave a dialogue of hyphens.
_GLUED_HYPHEN_TURN = re.compile(rf"(?<=[.!?…])[ \t](?=-[{CAPITALS}][^\W\d_])")
_HYPHEN_TURNS = 3


def dash_cuts(text: str) -> list[int]:
    cuts = [m.start() for m in _GLUED_DASH_QUESTION.finditer(text)]
    if cuts:
        # Turns of hyphens against their words, with a question's "-¿" among them.
        hyphens = [m.start() for m in _GLUED_HYPHEN_TURN.finditer(text)]
        if len(cuts) + len(hyphens) >= _HYPHEN_TURNS and text.count("?") >= 2:
            cuts += hyphens
    cuts += [m.start() for m in _STUCK_DASH_QUESTION.finditer(text)
             if not _is_label(text[:m.start()])]
    own_line = _DASH_QUESTION_LINE.match(text)
    if own_line is not None:
        cuts.append(own_line.start(1))
    return cuts


_LABEL_BEFORE_DASH = re.compile(rf"(?:^|(?<=[?!…\n\u2028]))[{CAPITALS}]{{2,}}$")


def _is_label(before: str) -> bool:
    """A word in capitals before the period and dash, opening the paragraph or glued to the
    question before it: the turn's label ("PREGUNTA.– ¿…?", "…?RESPUESTA.– …", as Spanish papers
    print them), not an answer's last word ("Sí.- ¿Y usted?" is cut there)."""
    return _LABEL_BEFORE_DASH.search(before) is not None


# "-¿Qué resistencias se encuentra? -Las de la Administración …": a dashed question and the
# dashed answer on one line, as a newspaper's archive prints a quick-fire questionnaire. The
# question may ask twice ("-¿Qué ha pasado? ¿Sigue siendo útil? -Sí, …"); its answer opens with
# a dash against a capital, an opening mark or a digit.
_SAME_LINE_ANSWER = re.compile(
    rf"[-–—][ \t]?(?P<question>[^\u2028]{{2,400}}?\?[»”\"]?)[ \t]"
    rf"(?=[-–—][ \t]?[¡¿«“\"{CAPITALS}0-9])"
)
# A sentence closed inside the "question": an answer ran on into the next dashed question.
_ANSWER_INSIDE = re.compile(r"[.!…][ \t]+[-–—]")
_SAME_LINE_PAIRS = 2


def _same_line_answer_cuts(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    """Where the answer opens in paragraphs that each hold a dashed question and its dashed
    answer, when two paragraphs or more of the text are so: one is a quotation's turns."""
    cuts: dict[int, list[int]] = {}
    for index in prose:
        found = _SAME_LINE_ANSWER.match(blocks[index].text)
        if found and not _ANSWER_INSIDE.search(found.group("question")):
            cuts[index] = [found.end() - 1]  # the space before the answer's dash
    return cuts if len(cuts) >= _SAME_LINE_PAIRS else {}


# "… original. -Creus que …?": a line opened by a dialogue dash (or a hyphen) against a capital,
# after the line above ended its sentence; "… millorarà. M: Bé, …": a line opened by a short
# label before a colon, the guest's initial or name.
_DASHED_LINE = re.compile(rf"(?<=[.!?…»”\")])[ \t]+(?=[-–][ \t]?[¿¡«“\"{CAPITALS}])")
_LABELLED_LINE = re.compile(
    rf"(?<=[.!?…»”\")])[ \t]+(?=(?P<label>[{CAPITALS}][\w.]{{0,15}}(?: [{CAPITALS}][\w.]{{0,15}})?)"
    rf"[ \t]?:[ \t])"
)
# "ENTREVISTA A LA MERCÈ -Hola.": the heading on the line above the first dashed turn.
_HEADING_BEFORE_DASH = re.compile(rf"[^.!?:;,\u2028]{{3,80}}?([ \t]+)(?=[-–][ \t]?[{CAPITALS}])")
_HEADING_WORDS = 8
_LABELLED_ANSWERS = 3
_ASKED_SHARE = 2 / 3


def _labelled_answer_cuts(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    """Where the turns begin in a paragraph of dashed questions each over its answer, the
    answers under one recurring label ("-Es passen nervis?" / "M: Bé, tensions sí …" /
    "-Què sents …?" / "M: Nervis …"), as a school blog sets an interview with no blank lines:
    three answers or more so, every dashed turn but the last answered under the label, two
    in three of them asking. Also where a heading glued above the first turn ends."""
    cuts: dict[int, list[int]] = {}
    for index in prose:
        text = blocks[index].text
        if text.count(":") < _LABELLED_ANSWERS:
            continue
        turns = sorted(
            [(m.start(), "") for m in _DASHED_LINE.finditer(text)]
            + [(m.start(), m.group("label")) for m in _LABELLED_LINE.finditer(text)]
        )
        labels = {label for _, label in turns if label}
        pairs = list(pairwise(turns))
        answered = [(start, following) for (start, label), (following, after) in pairs
                    if not label and after]
        dashed = sum(1 for _, label in turns if not label)
        if (
            len(labels) != 1
            or len(answered) < _LABELLED_ANSWERS
            or len(answered) < dashed - 1
            or any(label and after for (_, label), (_, after) in pairs)
        ):
            continue
        asked = sum(1 for start, end in answered if text[start:end].rstrip().endswith("?"))
        if asked < _ASKED_SHARE * len(answered):
            continue
        found = [start for start, _ in turns]
        heading = _HEADING_BEFORE_DASH.match(text)
        if (
            heading
            and heading.end() <= turns[0][0] + 1  # its dash comes before the turns found
            and len(heading.group(0).split()) <= _HEADING_WORDS
        ):
            found.append(heading.start(1))
        cuts[index] = found
    return cuts


# "… henni? – Hvernig varðir þú páskunum? Heima hjá mér …": a spaced dash opening a question
# inside a paragraph, as a PDF's column runs a dashed interview together, or a hyphen against
# a capital after a sentence ("… stemmer.» -Hva gjør du …?").
_RUN_ON_DASH = re.compile(
    rf"(?:[ \t\u2028](?=[–—][ \t][{CAPITALS}])|(?<=[.!?…»”\"])[ \t\u2028](?=-[{CAPITALS}]))"
)
# The question's end, before its answer: "?" and a capital (or an opening mark, a digit).
_ASKED_BEFORE_ANSWER = re.compile(rf"\?[»”\"]?[ \t\u2028](?=[¡¿«“„\"]?[{CAPITALS}0-9])")
# "… fólk? Venjuleg símtöl eða myndsímtöl? Ég nota …": a few words asking again belong to it.
_ASKED_AGAIN = re.compile(r"[^\s.!?…]+(?: [^\s.!?…]+){0,3}\?")
_RUN_ON_QUESTIONS = 3


def _dashed_questions_run_on(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    """Where the turns begin in a paragraph that runs dashed questions and their answers on
    ("… – Hvernig varðir þú páskunum? Heima hjá mér … – Hvernig páskaegg …? Við …"): before
    each dash and after each question, when three dashed turns or more each ask, then answer.
    The "-¿" of Spanish is read by ``dash_cuts``; a dash in prose opens no question answered."""
    cuts: dict[int, list[int]] = {}
    for index in prose:
        text = blocks[index].text
        # Each turn's opening holds its own dash ("– " or " -"): counted first, as most
        # paragraphs have too few for a search of every space in them to be worth it.
        if text.count("–") + text.count("—") + text.count(" -") + text.count("\t-") + text.count(
            "\u2028-"
        ) < _RUN_ON_QUESTIONS:
            continue
        starts = [m.start() for m in _RUN_ON_DASH.finditer(text)]
        if len(starts) < _RUN_ON_QUESTIONS:
            continue
        found: list[int] = []
        for start, end in pairwise([*starts, len(text)]):
            answer = _answer_opening(text, start, end)
            if answer:
                found += [start, answer]
        if len(found) >= 2 * _RUN_ON_QUESTIONS:
            cuts[index] = found
    return cuts


def _answer_opening(text: str, start: int, end: int) -> int:
    """The offset of the space before a dashed turn's answer, or 0 when it asks nothing."""
    asked = _ASKED_BEFORE_ANSWER.search(text, start, end)
    while asked is not None and _ASKED_AGAIN.match(text, asked.end(), end):
        asked = _ASKED_BEFORE_ANSWER.search(text, asked.end(), end)
    if asked is None or not text[asked.end() : end].strip():
        return 0
    return asked.end() - 1
