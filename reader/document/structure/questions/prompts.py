"""Sentences left open for the guest to finish: a questionnaire that asks without "?".

"La noticia del año en el mundo..." / "El regreso de las misiones tripuladas a la Luna." /
"Un libro que regalaría..." / "Cien años de soledad, siempre.": a Proust questionnaire, a
"complete the sentence" game. Each prompt is a short paragraph ending with "…" or "...",
answered by the one paragraph after it, which is not left open itself.
"""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from ..text.cues import Cues
from ..text.textcues import Ending, Prefix, sentence_count
from .stemlines import longest_stems

_PROMPTS = 4
_PROMPT_WORDS = 15


def open_prompts(cues: Cues) -> list[tuple[int, int]] | None:
    """The prompts as ``(prompt, answer)`` pairs of indices into ``cues``: four or more, in
    one run where prompts and their one-paragraph answers alternate, the run going on to the
    end of the body (a teaser's "Read more…" or an article's trailing sentence stands alone);
    None otherwise."""
    count, ends = len(cues), cues.ends
    pairs: list[tuple[int, int]] = []
    k = count - 2
    while k >= 0 and _prompt(cues, k) and ends[k + 1] is Ending.NONE and (
        cues.kinds[k + 1] is BlockKind.PARAGRAPH
    ):
        pairs.append((k, k + 1))
        k -= 2
    return pairs[::-1] if len(pairs) >= _PROMPTS else None


def _prompt(cues: Cues, k: int) -> bool:
    return (
        cues.kinds[k] is BlockKind.PARAGRAPH
        and cues.ends[k] is Ending.SUSPENDED
        and cues.prefixes[k] is Prefix.NONE
        and cues.words(k) <= _PROMPT_WORDS
        and sentence_count(cues.content(k)) == 1
    )


# A page naming a questionnaire: "Le questionnaire de Proust", "Proust Questionnaire",
# "cuestionario", "questionário", "Fragebogen", "vragenlijst", "kwestionariusz", "анкета".
_QUESTIONNAIRE = re.compile(
    r"(?i:questionnaire|questionn?[áa]ri[oa]?|cuestionario|fragebogen|vragenlijst|kwestionariusz|"
    r"dotazník|dotazníku|chestionar|kérdőív|spørreskjema|frågeformulär|kyselylomake|"
    r"qüestionari|анкет|опросник)"
)
_STEM_LOOKBACK = 6  # blocks above the first stem searched for the questionnaire's name


def stem_prompts(cues: Cues) -> list[tuple[int, int]] | None:
    """A questionnaire's stems as ``(prompt, answer)`` pairs, each a one-line paragraph over
    its answer's ("Mon principal défaut" / "Hésiter longtemps."): the longest run of such
    pairs that ``stemlines.stem_pairs`` reads as stems, under a title or lead naming a
    questionnaire — with the later runs of the same questionnaire, which an aside parted from
    it ("(…)" between two stems' pairs); None otherwise."""
    runs: list[list[tuple[int, int]]] = []  # every run of one-line pairs, unread
    for k in range(len(cues) - 1):
        if k >= 2 and _one_line(cues, k - 2) and _one_line(cues, k - 1):
            continue  # inside a run read from two blocks above
        run = _one_line_pairs(cues, k)
        # "Le questionnaire de Proust" / "par": the title over its byline is no stem's pair.
        while run and _QUESTIONNAIRE.search(cues.content(run[0][0])):
            run = run[1:]
        runs.append(run)
    # The longest head of a run that reads as stems ("Partager cet article" closes it).
    best = max((_stems(cues, run) for run in runs), key=len, default=[])
    if not best or not names_a_questionnaire(cues.blocks, cues.lo + best[0][0]):
        return None
    pairs = list(best)
    more = True
    while more:  # the same questionnaire's later runs, each a block or two past the last
        more = False
        for start in range(pairs[-1][1] + 2, pairs[-1][1] + 2 + _ASIDE_BLOCKS):
            run = _stems(cues, _one_line_pairs(cues, start), continued=True)
            if run:
                pairs += run
                more = True
                break
    return pairs


_ASIDE_BLOCKS = 2  # blocks between two runs of one questionnaire's stems, at most


def _one_line_pairs(cues: Cues, k: int) -> list[tuple[int, int]]:
    run: list[tuple[int, int]] = []
    while k + 1 < len(cues) and _one_line(cues, k) and _one_line(cues, k + 1):
        run.append((k, k + 1))
        k += 2
    return run


def _stems(
    cues: Cues, run: list[tuple[int, int]], continued: bool = False
) -> list[tuple[int, int]]:
    return run[: longest_stems([cues.content(i) for pair in run for i in pair], continued) // 2]


# "• Il tratto principale del mio carattere.", "1 - Uma manhã perfeita", "3) Mon défaut": a
# prompt opened by a bullet or a number, the way a questionnaire lists what it asks.
_MARKED_PROMPT = re.compile(r"(?:[•·▪◦*]|\d{1,3}(?:[ \t]*[-–.)]))[ \t]+\S")
_MARKED_WORDS = 12


def marked_prompts(cues: Cues) -> list[tuple[int, int]] | None:
    """A questionnaire's prompts, each opened by a bullet or a number, on a paragraph of its
    own over its answer's paragraph, with or without "?" ("• La mia occupazione preferita." /
    "Leggere in treno."): four pairs or more in one run, every prompt short (twelve words), one
    sentence (two if it asks), the answers unmarked, under a title or lead naming a
    questionnaire (a list of steps, each explained below it, names none); None otherwise."""
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    k = 0
    while k + 1 < len(cues):
        if _marked_prompt(cues, k) and _unmarked_answer(cues, k + 1):
            run.append((k, k + 1))
            k += 2
            continue
        best, run = max(best, run, key=len), []
        k += 1
    best = max(best, run, key=len)
    if len(best) < _PROMPTS or not names_a_questionnaire(cues.blocks, cues.lo + best[0][0]):
        return None
    return best


def _marked_prompt(cues: Cues, k: int) -> bool:
    text = cues.content(k)  # the bullet left out, the number kept
    return (
        cues.kinds[k] in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        # "1. …", "1 - …" are read as a question's number: a prompt's too
        and (cues.prefixes[k] is Prefix.NONE or k in cues.numbered)
        and _MARKED_PROMPT.match(cues.blocks[cues.lo + k].text) is not None
        and "\n" not in text
        and cues.words(k) <= _MARKED_WORDS
        # one sentence; or two that ask, among prompts that do not ("Sindaco a tempo pieno o
        # part-time? Indennità piena o ridotta?")
        and sentence_count(text) <= (2 if cues.ends[k] is Ending.QUESTION else 1)
    )


def _unmarked_answer(cues: Cues, k: int) -> bool:
    return (
        cues.kinds[k] is BlockKind.PARAGRAPH
        and cues.prefixes[k] is Prefix.NONE
        and _MARKED_PROMPT.match(cues.blocks[cues.lo + k].text) is None
    )


def names_a_questionnaire(blocks: list[Block], top: int) -> bool:
    """Whether a block among the few above ``blocks[top]`` names a questionnaire (its title,
    its lead): "Cuestionario de Proust: respuestas de …"."""
    return any(
        _QUESTIONNAIRE.search(block.text) for block in blocks[max(0, top - _STEM_LOOKBACK) : top]
    )


def _one_line(cues: Cues, k: int) -> bool:
    return cues.kinds[k] is BlockKind.PARAGRAPH and cues.prefixes[k] is Prefix.NONE and (
        "\n" not in cues.content(k)
    )


_TURN_PROMPT_WORDS = 15
_TURN_PAIRS = 4


def dashed_questionnaire(cues: Cues, turns: list[int], asks: list[int], replies: list[int]) -> bool:
    """Whether dashed turns for everyone are a questionnaire although the guest answers in a
    few words ("–Su mayor miedo." / "–Perder a alguien querido." / "–¿A quién admira?" / "–A mi
    abuela."): four exchanges or more in one unbroken run, every prompt short (fifteen words,
    two sentences), no reply asking, under a title or lead naming a questionnaire. A list's
    dashed items name none; a story's dialogue asks on both sides."""
    if (
        len(asks) < _TURN_PAIRS
        or len(asks) != len(replies)
        or asks[0] > replies[0]
        or turns[-1] - turns[0] + 1 != len(turns)
        or not names_a_questionnaire(cues.blocks, cues.lo + turns[0])
    ):
        return False
    return all(
        cues.words(k) <= _TURN_PROMPT_WORDS and sentence_count(cues.content(k)) <= 2 for k in asks
    ) and not any(cues.ends[k] is Ending.QUESTION for k in replies)


def prompts_around(cues: Cues, accepted: set[int]) -> list[tuple[int, int]] | None:
    """A questionnaire's numbered or bulleted prompts (``marked_prompts``) when the questions
    that end with "?" are only some of them ("10. Quel serait mon plus grand malheur ?" among
    "9. Mon rêve de bonheur" and "12. Le pays où j'aimerais vivre"): the run holds every one
    of those two or more as a prompt and more prompts besides; None otherwise."""
    if len(accepted) < 2:
        return None
    run = marked_prompts(cues)
    if run is None or len(run) <= len(accepted):
        return None
    return run if accepted <= {prompt for prompt, _ in run} else None
