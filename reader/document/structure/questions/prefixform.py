"""The PREFIX form: questions labelled "Q:" (or "P.", "F:", "Frage:", "问："), answered by
"A:" blocks or by blocks that mostly do not ask; a court record's examiner named before the
first "Q:"; and, alone, a single labelled exchange, unless an article quotes it as its example
(``quoted_exchange``)."""

from __future__ import annotations

import re
from statistics import median

from ...model import BlockKind
from ..text.cues import Cues
from ..text.textcues import Ending, Prefix, addresses_someone
from .missingnumbers import topic
from .qa import QA, Form, assemble, question_ratio


def form_prefix(cues: Cues) -> QA | None:
    """PREFIX: "Q:" (or "P.", "F:", "Frage:") opens ≥ 2 blocks that alternate with "A:" blocks
    or mostly end like questions; a single "Q:" counts when an "A:" follows it."""
    prefixes = cues.prefixes
    marks = [k for k, p in enumerate(prefixes) if p is Prefix.QUESTION]
    if sum(1 for k in marks if k not in cues.numbered) >= 2:
        # Labelled questions ("V:", "Q."): a numbered line that does not ask is a heading
        # between them ("59. Bram D., 28 februari 2001"), not a question.
        marks = [k for k in marks if k not in cues.numbered or cues.ends[k] is Ending.QUESTION]
    elif question_ratio(cues, marks) >= 0.75:
        # Numbered questions: a numbered topic among them is a FAQ's heading ("5.Délais de
        # préparation et d'expédition"), not a question.
        marks = [k for k in marks if not topic(cues.content(k))]
    if not marks:
        return None
    answers = [k for k, p in enumerate(prefixes) if p is Prefix.ANSWER]
    if answers and answers[-1] > marks[0]:
        marks = sorted(_examiner_first(cues, marks) + marks)
        return assemble(
            Form.PREFIX, cues, marks, lambda j: prefixes[j] is Prefix.ANSWER, minimum=1
        )
    if len(marks) >= 2 and question_ratio(cues, marks) >= 0.5:
        # "Periodista: …?" / "Julián: …" / "P: …?" / "Bruno: …": the answers named, not "A:"
        return assemble(Form.PREFIX, cues, sorted(_examiner_first(cues, marks) + marks))
    if _labelled_prompts(cues, marks) or _numbered_prompts(cues, marks):
        # "Question: what did fish evolve from" / "At first there were only bacteria …"
        return assemble(Form.PREFIX, cues, marks)
    if marks[0] <= 2 and _put_to_several(cues, marks):
        return assemble(Form.PREFIX, cues, marks, minimum=1)
    return None


_EXAMPLE_AFTER = 2  # paragraphs before a lone labelled exchange: an article's example


def quoted_exchange(cues: Cues, qa: QA) -> bool:
    """One labelled exchange only, after two paragraphs of the body or more, as an article
    quotes the question it is about ("… how to answer it?" / "Recruiters say …" / "Q." /
    "Tell me about yourself." / "A." / "Er?" / "It opens every job interview …"): an
    example, not the page's questions (a reader's letter and its reply, so set, is a column,
    as the corpus reads advice columns); nor are a few "?" paragraphs of the article's own
    (``questions.find_questions``). One exchange opening the body stays its question."""
    return (
        qa.form is Form.PREFIX
        and len(qa.questions) == 1
        and qa.questions[0].first - cues.lo >= _EXAMPLE_AFTER
        and Prefix.ANSWER in cues.prefixes
    )


_PROMPTS = 3
_LABEL_LETTERS = 2
_PROMPT_WORDS = 8


def _label(cues: Cues, k: int) -> str:
    return cues.blocks[cues.lo + k].text[: cues.cuts[k]].strip(" :.")


def _labelled_prompts(cues: Cues, marks: list[int]) -> bool:
    """Questions labelled in words that mostly put no "?" (children's questions copied as
    sent: "Question: what did fish evolve from"): the label says they ask. Three or more, none
    numbered, answered in turn (``_answered_in_turn``); the label a word, not a letter (a
    podcast's "D:" may be its host's initial). A worksheet's labelled questions stand one
    under another; a glossary's terms are set apart after."""
    if len(marks) < _PROMPTS or any(
        k in cues.numbered or len(_label(cues, k)) < _LABEL_LETTERS for k in marks
    ):
        return False  # "D: Esatto, direi." / "C: …": a speaker's initial, not a label
    return _answered_in_turn(cues, marks)


def _numbered_prompts(cues: Cues, marks: list[int]) -> bool:
    """A questionnaire's numbered prompts, most put without "?" ("2) Il paese che vorrebbe" /
    "Un paese che sappia …"): three or more, all numbered, answered in turn, short (eight words
    by median), one at least asking with "?", no answer speaking to the reader, and the page
    saying above them that it asks ("Sette domande uguali per tutti i candidati", a
    questionnaire, an interview). A how-to's numbered steps tell the reader what to do ("Mix
    the flour…", "you"); a list's numbered intertitles ("1. Octopi?" / "2. Always adapting")
    come under "ten things you never knew", not under questions."""
    if len(marks) < _PROMPTS or not all(k in cues.numbered for k in marks):
        return False
    return (
        any(cues.ends[k] is Ending.QUESTION for k in marks)
        and _names_the_questions(cues, marks[0])
        and median(cues.words(k) for k in marks) <= _PROMPT_WORDS
        and not any(k + 1 < len(cues) and addresses_someone(cues.content(k + 1)) for k in marks)
        and _answered_in_turn(cues, marks)
    )


# "domande", "questions", "preguntas", "Fragen", "spørsmål", "sorular", "вопросы" …, a
# questionnaire's or an interview's name.
_ASKING_WORDS = re.compile(
    r"(?i)\b(?:domand|question|pregunt|fragen\b|frage\b|pergunt|spørsmål|frågor|vragen|pytan"
    r"|otázk|sorular|kérdés|întrebăr|вопрос|питан|interview|intervist|entrevist|intervju"
    r"|röportaj|wawancara|cuestionario|questionário|fragebogen)"
)
_LOOKBACK = 6


def _names_the_questions(cues: Cues, first: int) -> bool:
    """Whether a block among the few above the first prompt (in the body or the front matter
    over it) names questions, a questionnaire or an interview."""
    top = cues.lo + first
    return any(
        _ASKING_WORDS.search(block.text, 0, 2000)
        for block in cues.blocks[max(0, top - _LOOKBACK) : top]
    )


def _answered_in_turn(cues: Cues, marks: list[int]) -> bool:
    """Whether each marked question is answered before the next by one unlabelled paragraph
    at least, the answers by median no shorter than the questions."""
    answers = [k + 1 for k in marks]
    if any(
        k >= len(cues) or k in marks or cues.kinds[k] is not BlockKind.PARAGRAPH
        or cues.prefixes[k] is not Prefix.NONE
        for k in answers
    ):
        return False
    return median(cues.words(k) for k in answers) >= median(cues.words(k) for k in marks)


def _put_to_several(cues: Cues, marks: list[int]) -> bool:
    """One question labelled in words at the top ("Question: What is the best part of your
    day?"), the rest its answers, as a site asking several people one reader's question."""
    k = marks[0]
    return (
        len(marks) == 1 and len(_label(cues, k)) > 1 and cues.ends[k] is Ending.QUESTION
        and k + 2 < len(cues)
    )


def _examiner_first(cues: Cues, marks: list[int]) -> list[int]:
    """The first question of a court record under the examiner's name, before the "Q:" lines
    ("ATTY. REYES: Now who was with you …?" / "WITNESS: My son …" / "Q: What …?"): the
    named turn right above the first "Q:" but one, asking, answered by another named turn;
    and above the first of a later run of "Q:" lines (a school's post of two interviews, the
    second's "Periodista: …?" / "Rosa: …" then "P: …?" / "R: …")."""
    prefixes = cues.prefixes
    return [
        k for k in (m - 2 for m in marks if m - 1 not in marks and m - 2 not in marks)
        if k >= 0
        and prefixes[k] is Prefix.SPEAKER
        and prefixes[k + 1] is Prefix.SPEAKER
        and cues.speakers[k] != cues.speakers[k + 1]
        and cues.ends[k] is Ending.QUESTION
    ]
