"""Interview questions that nothing marks but their place: the turns a copy ran together.

Two shapes, each cut where its turns begin (``lines.gluedturns`` cuts the blocks):

- **A whole interview in one paragraph**, as a page copied without its paragraph breaks (its
  questions were bold, the bold is lost): "Herr Hollmann, wie geht es Ihnen? Gesundheitlich
  gut. Und im Herzen? Da rumort noch einiges …". The paragraph opens with a question, and
  three exchanges or more follow one another in it, each a question of a sentence or two and
  an answer of one sentence or more. An article's paragraph can ask and answer its own
  rhetorical questions the same way ("Wer kennt das nicht? Samstagmorgen, …"), so the page
  must be an interview as well: its top names one ("Das Interview führte …", "Entrevista a
  …"), or half the questions speak to someone ("Ihnen", "vous"). And no other paragraph of
  the page ends with a question: where the questions stand apart, the layout is not lost.
- **A question set off from its answer on the answer's line**: "Kdy jste byl nejšťastnější?
  – Když jsem se narodil.", "Jak zaczęła się pani przygoda?  Od dziadka." (the bold lost,
  two spaces or a spaced dash left between them), "[How long did you live there?] Eleven
  years.": three paragraphs or more of the page open so, under a top naming an interview or a
  questionnaire, or half the questions speaking to someone (a story's "Varför? – Ingen svarade,
  …" sets off what happened); brackets, which no story prints so, need neither.
"""

from __future__ import annotations

import re

from ...model import Block
from ..text.capitals import CAPITALS, UNCASED_SCRIPTS
from ..text.textcues import addresses_someone
from .capsprompts import caps_prompt_cuts
from .inlineanswers import inline_answer_cuts
from .labelledrunon import inline_label_cuts
from .prompts import names_a_questionnaire

# A sentence's end inside a paragraph: the space after ".", "!", "?" or "…" (a closing quote may
# follow it), before a capital, a digit or an opening mark. French sets a space before "?".
# In a script with no capitals (Persian, Arabic, Devanagari) any of its letters may begin the
# next sentence, after a mark of its own ("؟", "۔", "।") or a period.
_SENTENCE_BREAK = re.compile(
    rf"(?<=[.!?…»”\"؟۔।])\s+(?=[¿¡«“„\"(]?[{CAPITALS}0-9{UNCASED_SCRIPTS}\u0620-\u06d3])"
)
# "… in der 117. Minute, 1:0.Was war Ihr …?", "… SV Kesten:Was war …?": a copy that lost the
# paragraph break lost the space too; the next sentence's capital (and a lower-case letter
# after it) stands against the period, or against the colon ending an introduction.
_GLUED_BREAK = re.compile(rf"(?<=[^\W_][.!?:])(?=[{CAPITALS}][^\W\d_{CAPITALS}]{{2}})")
_ASKS = re.compile(r"[?؟][»”\"')]?\s*$")
_EXCHANGES = 3
_QUESTION_SENTENCES = 2
_QUESTION_WORDS = 40
# The page's top naming an interview: its title, its lead, its credit line.
_INTERVIEW = re.compile(
    r"(?i)(?:interview|intervist|entrevist|entretien|gespräch|wywiad|rozmow|rozmaw|rozhovor"
    r"|interviu|intervju|interjú|haastattel|röportaj|συνέντευξ|интервью|propos recueillis"
    r"|hablamos con|conversamos con|spoke (?:to|with)|talked (?:to|with)|sprach mit"
    # "Elf Fragen an …", "Cinq questions à …": a box of questions put to someone
    r"|\bfragen an\b|\bquestions à\b|\bpreguntas a\b|\bperguntas a\b|\bdomande a\b"
    r"|\bvragen aan\b|\bfrågor till\b|\bspørsmål til\b"
    # Persian: "گفت و گو" / "گفت‌وگو" / "گفتگو" (a conversation), "مصاحبه" (an interview)
    r"|گفت[\s\u200c]?و[\s\u200c]?گو|مصاحبه"
    # Hindi: "इंटरव्यू" (a film magazine's section), "साक्षात्कार", "बातचीत" (a talk: "… से
    # हमारी बातचीत के कुछ अंश"), over questions set off from their answers ("…? - मैं …")
    r"|इंटरव्यू|साक्षात्कार|बातचीत)"
)
_TOP_BLOCKS = 4


def run_on_cuts(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    """Where the turns begin in a paragraph holding a whole interview (``_run_on_interview``),
    and where the answer opens in paragraphs that set it off on the question's line."""
    cuts = _set_off_answer_cuts(blocks, prose)
    for index, found in inline_label_cuts(blocks, prose).items():
        cuts.setdefault(index, found)  # "س: … ج: …" (``labelledrunon``)
    for index, found in inline_answer_cuts(blocks, prose, _names_a_top).items():
        cuts.setdefault(index, found)  # one space after the question (``inlineanswers``)
    for index, found in caps_prompt_cuts(blocks, prose).items():
        cuts.setdefault(index, found)  # "KAFFI EÐA TE? Kaffi." (``capsprompts``)
    asked_apart = sum(1 for i in prose if _ASKS.search(blocks[i].text))
    if asked_apart >= 2:
        return cuts
    run_on = {}
    for index in prose:
        if index not in cuts:
            found = _run_on_interview(blocks, index)
            if found:
                run_on[index] = found
    # The paragraphs next to a run-on interview's are its own, the page's breaks fallen
    # wherever the copy kept one: one exchange suffices there ("…:Was war Ihr schönstes
    # Erlebnis? Der Kreispokal 1991, …" over "Das Endspiel ging … 1:0.Was war …?").
    for position, index in enumerate(prose):
        beside = {prose[p] for p in (position - 1, position + 1) if 0 <= p < len(prose)}
        if index not in cuts and index not in run_on and beside & set(run_on):
            found = _run_on_interview(blocks, index, exchanges=1, known=True)
            if found:
                run_on[index] = found
    return cuts | run_on


def _sentences(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence of ``text`` starts and ends. A glued break ("1:0.Was") has no space:
    the sentence before it ends after its period."""
    breaks = sorted(
        [(m.start(), m.end()) for m in _SENTENCE_BREAK.finditer(text)]
        + [(m.start(), m.start()) for m in _GLUED_BREAK.finditer(text)]
    )
    return [0, *(b for _, b in breaks)], [a for a, _ in breaks] + [len(text)]


def _run_on_interview(
    blocks: list[Block], index: int, exchanges: int = _EXCHANGES, known: bool = False
) -> list[int]:
    """The offsets where the turns begin in a paragraph holding an interview run together:
    ``exchanges`` of them at least; ``known`` when the page is already known to be one."""
    text = blocks[index].text
    if text.count("?") + text.count("؟") < exchanges:
        return []
    starts, ends = _sentences(text)
    asking = [_ASKS.search(text[a:b]) is not None for a, b in zip(starts, ends, strict=True)]
    # An introduction or the end of an answer may open it, where the page names an interview
    # or its questions speak to someone (checked below).
    opened_asking = asking[0]
    # Turns: runs of sentences that ask, and runs that do not, in turn.
    turns: list[tuple[int, int, bool]] = []  # first sentence, end sentence, asks
    for k, asks in enumerate(asking):
        if turns and turns[-1][2] == asks:
            turns[-1] = (turns[-1][0], k + 1, asks)
        else:
            turns.append((k, k + 1, asks))
    questions = [(a, b) for a, b, asks in turns if asks]
    answered = sum(1 for a, b, asks in turns[1:] if not asks)
    if answered < exchanges or answered < len(questions) - 1:
        return []
    for a, b in questions:
        words = len(text[starts[a] : ends[b - 1]].split())
        if b - a > _QUESTION_SENTENCES or words > _QUESTION_WORDS:
            return []
    speaking_to = sum(1 for a, b in questions if addresses_someone(text[starts[a] : ends[b - 1]]))
    if not known and (
        2 * speaking_to < len(questions) and not _names_an_interview(blocks, index)
        or not opened_asking and 2 * speaking_to < len(questions)
    ):
        return []
    # The space before each turn but the first (a sentence break's first character), or the
    # period of a glued break ("1:0.|Was"), which stays with the sentence it ends.
    return [ends[a - 1] if text[ends[a - 1]].isspace() else ends[a - 1] - 1
            for a, _, _ in turns[1:]]


def _names_a_top(blocks: list[Block], index: int) -> bool:
    """Whether the top above ``index`` names an interview or a questionnaire."""
    return _names_an_interview(blocks, index) or names_a_questionnaire(blocks, index)


def _names_an_interview(blocks: list[Block], index: int) -> bool:
    return any(
        _INTERVIEW.search(block.text, 0, 2000)
        for block in blocks[max(0, index - _TOP_BLOCKS) : index]
    )


# "…? – Když …", "…?  Od dziadka.", "[…?] Eleven years.": a question at the paragraph's start
# (a sentence before it at most), its answer set off on the same line by a spaced dash, two
# spaces, or the brackets the question stands in.
_SET_OFF = re.compile(
    rf"(?:[^?\u2028]{{3,300}}?\?[»”\"]?"
    rf"(?P<gap>[ \t](?=[–—-][ \t])|[ \t](?=[ \t]+[¡¿«“„\"]?[{CAPITALS}0-9]))"
    rf"|\[[^\[\]?\u2028]{{3,300}}[?…]\](?P<bracket>[ \t])(?=[¡¿«“„\"]?[{CAPITALS}0-9]))"
)
_SET_OFF_PAIRS = 3
_FIRST_SENTENCE_END = re.compile(r"[.!?…]")


def _set_off_answer_cuts(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    cuts: dict[int, list[int]] = {}
    bracketed = 0
    for index in prose:
        text = blocks[index].text
        found = _SET_OFF.match(text)
        if found is None:
            continue
        gap = found.start("gap") if found.group("gap") else found.start("bracket")
        bracketed += found.group("bracket") is not None
        question, answered = text[:gap], _FIRST_SENTENCE_END.search(text, gap)
        if len(question.split()) > _QUESTION_WORDS or len(_SENTENCE_BREAK.findall(question)) > 1:
            continue
        if answered is not None and answered.group() == "?":
            continue  # "… who would it be?  Why?": the question goes on, nothing answers it
        cuts[index] = [gap]
    if len(cuts) < _SET_OFF_PAIRS:
        return {}
    # "Varför? – Ingen svarade, och bussen kom.": a story's dashes after its questions set off
    # what happened; an interview is named above, or its questions speak to someone.
    first = min(cuts)
    speaking_to = sum(1 for i, (gap,) in cuts.items() if addresses_someone(blocks[i].text[:gap]))
    # Questions each set in brackets before the answer ("[Une musique qui fait du bien ?] Le
    # dernier album …") are the page's own mark of its turns, as no story prints them.
    if (
        _names_an_interview(blocks, first)
        or names_a_questionnaire(blocks, first)
        or 2 * speaking_to >= len(cuts)
        or bracketed == len(cuts)
    ):
        return cuts
    return {}
