"""What the question finders build: the form an interview marks its questions in, each
question with where its answer starts, and ``assemble``, which makes questions of marked
blocks."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from ...model import BlockKind
from ..speakers.speakernames import spoken_label
from ..text.capitals import CAPITALS
from ..text.cues import Cues
from ..text.endings import signed_by_handle
from ..text.textcues import Ending, Prefix, prefix_label
from .askersigned import asker_signature
from .dashedlabels import dashed_label_cut
from .namedpair import named_pair_cut
from .typedquotes import without_typed_quotes


class Form(Enum):
    """How an interview marks its questions."""

    PREFIX = "prefix"  # "Q:" / "A:", "P." / "R.", "F:" / "A:", "Frage:" / "Antwort:"
    SPEAKER = "speaker"  # "Le Monde :" / "J. G. :", "SPIEGEL:" / "Müller:"
    HEADING = "heading"  # "## Why did you …?"
    BOLD = "bold"  # a paragraph entirely in **strong**
    ITALIC = "italic"  # a paragraph entirely in *emphasis*
    DASH = "dash"  # "— Question ?", answers without the dash
    PLAIN = "plain"  # short "?" paragraphs followed by longer answers


@dataclass(frozen=True, slots=True)
class Question:
    first: int  # the question's first block
    answer: int  # the answer's first block (the next question's first block if no answer)
    text: str  # the question's whole text, without "Q:", the interviewer's name or a dash
    speaker: str = ""  # the label as written ("Q", "Priya", "SPIEGEL"), "" when none


@dataclass(frozen=True, slots=True)
class QA:
    form: Form
    questions: tuple[Question, ...]
    # Headings between the answers that are no question (a FAQ's group, an intertitle, a bold
    # line written as a heading): each a section of its own, ending the answer before it.
    headings: tuple[int, ...] = ()


_WEIGHTS = {Ending.QUESTION: 1.0, Ending.SUSPENDED: 0.5, Ending.COLON: 0.5, Ending.NONE: 0.0}


def question_ratio(cues: Cues, marks: list[int]) -> float:
    """How much the marked blocks end like questions: 1 for "?", ½ for "…" or ":"."""
    ends = cues.ends
    return sum(_WEIGHTS[ends[k]] for k in marks) / len(marks) if marks else 0.0


def text_of(cues: Cues, first: int, end: int) -> str:
    """The question's text: its blocks' contents, without a paragraph above them that only
    numbers the question ("Question 2" / "What changed?": the outline says "Question 2"
    itself)."""
    last = cues.blocks[cues.lo + end - 1].text
    if end - first > 1 and asker_signature(last, cues.content(end - 2)):
        end -= 1  # "…?" / "– க.முருகேசன், விழுப்புரம்": the asker signs, under the question
    parts = [part for part in (_said(cues, k) for k in range(first, end)) if part]
    # A question a page's template printed twice, one copy under the other, is read once.
    parts = [part for n, part in enumerate(parts) if n == 0 or part != parts[n - 1]]
    while len(parts) > 1 and _LONE_LABEL.fullmatch(parts[0].strip()):
        parts.pop(0)
    text = " ".join(parts)
    if (handle := signed_by_handle(text)) >= 0:
        text = text[:handle]  # "…?@文琪": the reader's handle signs the question, is none of it
    if text.endswith((":", "：")) and _answered_on_its_line(cues, end):
        # "1. TU PRINCIPAL VIRTUD: NO PRESUMIR …": the colon parted the prompt from the answer
        # on one line, as the break between their blocks does now.
        return text[:-1].rstrip()
    if text.startswith("[") and text.endswith(("?]", "…]")) and "[" not in text[1:]:
        return text[1:-1]  # "[How long …?] Eleven years.": the brackets set the question off
    if text.startswith("''"):
        return without_typed_quotes(text)  # "''ஒருவரை நம்புவது தவறா?''": a typed double quote
    if text[:1] in "「『" and text[-1:] in "」』" and not any(mark in text[1:] for mark in "「『"):
        return text[1:-1]  # "「…なかった?」": a Japanese turn's corner brackets, not its words
    return text


def _said(cues: Cues, k: int) -> str:
    """Block ``k``'s content; after a speaker's name and a comma, without the quotes the
    words said stand in ('Aku, "Nama Bapak siapa?"'), as corner brackets are dropped below."""
    content = cues.content(k)
    text = cues.blocks[cues.lo + k].text
    if (cues.prefixes[k] is Prefix.SPEAKER and text[:cues.cuts[k]].rstrip().endswith(",")
            and content[:1] in '"“„«' and content[-1:] in '"”»'
            and not any(mark in content[1:-1] for mark in '"“”„«»')):
        return content[1:-1]
    if cut := named_pair_cut(cues, k):
        return content[cut:]  # "Selim Karaca: …?" / "Kemal Ergin: …": the name said once
    if cut := dashed_label_cut(cues, k):
        return content[cut:]  # "«Утро», радио «Балтика»: — …?" / "Пётр Сомов: — …": labelled once
    return content


def _answered_on_its_line(cues: Cues, answer: int) -> bool:
    """Whether block ``answer`` began on the line where the question before it ended."""
    if not 0 < answer < len(cues):
        return False
    asked = cues.blocks[cues.lo + answer - 1].source_lines
    return cues.blocks[cues.lo + answer].source_lines[0] == asked[1] - 1


_LONE_LABEL = re.compile(
    r"(?i:question|frage|pregunta|domanda|pergunta|vraag|q)\s*(?:n[°ºo]\.?\s*|#\s*)?"
    r"\d{1,4}\s*[.:)–-]?"
)


def label_of(cues: Cues, k: int) -> str:
    """Who asks, as the block names them: a speaker's name or a question prefix ("Q", "P",
    "Frage"); "" for a dash, a number or no label."""
    prefix = cues.prefixes[k]
    if prefix not in (Prefix.SPEAKER, Prefix.QUESTION) or (
        k in cues.numbered and prefix is not Prefix.SPEAKER
    ):
        return ""  # a number is no speaker; a numbered turn's name is ("3. Giornalista:")
    label = prefix_label(cues.blocks[cues.lo + k].text, cues.cuts[k], cues.numbers[k])
    if prefix is Prefix.QUESTION and any(ch.isdigit() for ch in label):
        return ""  # "Domanda 1:": a numbered label numbers the question, it names nobody
    return spoken_label(label, cues.speakers[k])


def assemble(
    form: Form,
    cues: Cues,
    marks: list[int],
    answer_mark: Callable[[int], bool] | None = None,
    minimum: int = 2,
) -> QA | None:
    """Questions from the marked blocks (indices into ``cues``, ascending): each run of
    consecutive marks is one question, answered by what follows it up to the next run; with
    ``answer_mark``, up to two unmarked blocks before a marked answer still ask, unless one
    opens with a label of its own (``_noted``)."""
    runs: list[list[int]] = []
    for k in marks:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    lo, count = cues.lo, len(cues)
    questions = []
    answered = 0
    for r, run in enumerate(runs):
        first, answer = run[0], run[-1] + 1
        following = runs[r + 1][0] if r + 1 < len(runs) else count
        if answer_mark is not None:
            j = answer
            while j < following and j - answer < 2 and not answer_mark(j):
                j += 1
            if answer < j < following and answer_mark(j) and not _noted(cues, answer, j):
                answer = j
        answered += any(not _blank(cues, j) for j in range(answer, following))
        questions.append(
            Question(lo + first, lo + answer, text_of(cues, first, answer), label_of(cues, first))
        )
    if answered < minimum:
        return None
    return QA(form, tuple(questions))


# "Note: some would call this a leading question …": a commentator's label over a paragraph.
_NOTE = re.compile(r"[^\W\d_][\w'’.-]{0,20}(?:[ \t][\w'’.-]+){0,2}[ \t]*:[ \t]")


# "Pedro Lima/AE", "Ana Ruiz / EFE": a photographer's name and agency, a photo's credit line.
_PHOTO_CREDIT = re.compile(
    rf"[{CAPITALS}][\w'’.\-]*(?:[ \t][{CAPITALS}][\w'’.\-]*){{0,3}}[ \t]?/[ \t]?"
    r"[A-Z][\w.&\-]{1,15}(?:[ \t][A-Z][\w.&\-]{1,15})?"
)


def _noted(cues: Cues, start: int, end: int) -> bool:
    """Whether a block between a question and its marked answer opens with a label of its own
    (a commentator's "Note:"), is a photo's credit line ("Pedro Lima/AE") or a caption naming
    who answers ("Nhà văn Trần Hạ Vy" / "Nhà văn Trần Hạ Vy: Tôi viết …"): then it is no part
    of the question, which ends before it."""
    return any(
        _NOTE.match(text, 0, 40) or _PHOTO_CREDIT.fullmatch(text.strip())
        or _names_the_answerer(text, cues.speakers[end])
        for text in (cues.blocks[cues.lo + j].text for j in range(start, end))
    )


_CAPTION_WORDS = 12


def _names_the_answerer(text: str, speaker: str) -> bool:
    """Whether ``text`` is a caption naming the one who answers below it: a line of twelve
    words at most, no sentence's end, with the answerer's name in it (a name of two words or
    more, as the turn's label gives it)."""
    text = text.strip()
    return (
        len(speaker.split()) >= 2
        and len(text.split()) <= _CAPTION_WORDS
        and text[-1:] not in ".!?…:;"
        and speaker in text.casefold()
    )


_FILL_IN = "_.…-–— \t\u2028"


def _blank(cues: Cues, k: int) -> bool:
    """Whether block ``k`` is a worksheet's line to write on ("______"), which answers
    nothing."""
    return cues.kinds[k] is BlockKind.RULE or not cues.blocks[cues.lo + k].text.strip(_FILL_IN)
