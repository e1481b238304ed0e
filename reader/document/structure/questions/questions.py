"""Questions and their answers in the body of an interview.

Interviews mark their questions in one consistent *form*: a "Q:" prefix, the interviewer's name
before a colon, a heading, bold or italic type, a dialogue dash, or nothing but a "?" at the end
of a short paragraph. The detector finds the form the document uses, then every question in it;
whatever lies between two questions is the first one's answer. The explicit forms are tried
first, each validated by the Q/A rhythm (the marked blocks alternate with unmarked answers and
mostly end like questions); the plain form (``plainform``) scores each paragraph that ends like a
question by its shape and its neighbours.
"""

from __future__ import annotations

import bisect
import re
from statistics import median

from ...model import Block, BlockKind, InlineStyle
from ..speakers.answerforms import form_answerer, form_dashed_answers
from ..speakers.namedexchange import form_named_exchange
from ..speakers.narrated import narrated_dialogue
from ..speakers.speakerforms import form_speaker
from ..text import textcues
from ..text.cues import Cues
from ..text.textcues import Ending, Prefix, covered_by, pseudo_heading, wholly_quoted
from .askedfirst import asked_share
from .asklines import form_asked
from .dashedexchanges import goes_on, strict_exchange, whole_conversation
from .dashedstarts import dashed_turn_starts
from .glossary import glossary_turns
from .guidecues import announced_advice, discussed, quoted_before
from .headingprompts import with_heading_prompts
from .howto import listed_sections
from .listedasks import listed_after_colon
from .listedonce import listed_once
from .missingnumbers import with_missing_numbers
from .numberedlabels import form_numbered_labels
from .openingrequests import with_opening_request
from .openings import with_greeting_line, without_greeting, without_thanks
from .pagesown import answered_by_the_page
from .plainform import plain_questions
from .prefixform import form_prefix, quoted_exchange
from .prompts import dashed_questionnaire
from .publicationlabel import with_publication_label
from .qa import QA, Form, Question, assemble, label_of, question_ratio, text_of
from .quizcues import invites_reader
from .quizkey import answers_are_a_key
from .readerletters import readers_letters
from .sameshape import with_same_shape_questions
from .selfasked import asked_of_oneself, the_writers_own, wonders_aloud
from .signedletters import signed_letters
from .unanswered import without_unanswered_remarks
from .videoindex import video_index
from .voxpop import vox_pop

__all__ = ["QA", "Form", "Question", "find_questions", "question_ratio"]

_MAX_QUESTION_CHARS = 800  # a longer paragraph is never taken for a styled question
_PROSE = (BlockKind.PARAGRAPH, BlockKind.QUOTE)
# Unlabelled questions after a lone labelled exchange: three or more make an interview that
# labelled its first exchange only; fewer are the article's own, around its example.
_AFTER_EXAMPLE = 3


def find_questions(blocks: list[Block], lo: int, hi: int) -> QA | None:
    """The questions of ``blocks[lo:hi]`` (the body, between front and back matter), or None.

    1. Read each block's cues (``textcues.Cues``): its prefix ("Q:", a speaker's name, a dash),
       how it ends, its length.
    2. A body whose numbered questions are a list's (``_listed``) is no interview.
    3. Try the explicit forms in turn — PREFIX, SPEAKER, ANSWERER, HEADING, BOLD, ITALIC,
       DASH, TURNS, dashed answers, a first exchange named (``namedexchange``) — and take
       the first one the body uses consistently (each ``_form_*`` function states its test).
    4. Otherwise score the paragraphs that end like questions (``plainform.plain_questions``).
    5. Consecutive marked blocks make one question; in the PREFIX and SPEAKER forms, up to two
       unmarked blocks before an explicitly marked answer ("A:", the other speaker) still
       belong to the question.
    6. Accept the result when it has at least two questions with answers (one suffices for an
       explicit "Q:" followed by an "A:").
    """
    if hi - lo < 2:
        return None
    cues = Cues(blocks, lo, hi)
    if (once := listed_once(cues)) is not None and not _quiz(cues):
        return once  # "1. …?" … "6. …?" listed once, then each respondent's "1. …" … "6. …"
    numbered = [k for k, prefix in enumerate(cues.prefixes) if prefix is Prefix.QUESTION]
    if numbered and all(k in cues.numbered for k in numbered) and _listed(cues, numbered):
        return None  # a list of questions, or an article's numbered intertitles
    indexed = video_index(cues)  # (before the quiz's test: its items are a quiz's shape)
    if indexed is not None:
        return indexed  # a video's index of its questions, answered only in the video
    if _quiz(cues):
        return None
    letters = readers_letters(cues)
    if letters is not None:
        return _with_headings(blocks, hi, letters, conversation=True)  # signed, greeted back
    letters = signed_letters(cues)  # a signature greeted back, or a reply label under it
    if letters is not None:
        return _with_headings(blocks, hi, letters, conversation=True)
    asked_around = vox_pop(cues)
    if asked_around is not None:
        return _with_headings(blocks, hi, asked_around, conversation=False)
    forms = (
        form_asked, form_prefix, form_numbered_labels, form_speaker, form_answerer,
        _form_heading, _form_bold, _form_italic, _form_dash, _form_turns, form_dashed_answers,
        form_named_exchange,
    )
    quoted = False
    for form in forms:
        found = form(cues)
        if found is not None and glossary_turns(cues, found):
            continue  # a glossary's terms ("Question: the sentence that …"): no one asked
        if found is not None and quoted_exchange(cues, found):
            quoted = True  # an article's example exchange, or an interview's first only
            break
        if found is not None:
            found = with_greeting_line(cues, without_thanks(cues, without_greeting(cues, found)))
            found = without_unanswered_remarks(cues, found)  # "记者:…很有启发。" / "采访二"
            found = with_same_shape_questions(cues, found)  # "…?" / "Peter Wallin är …"
            found = with_publication_label(cues, with_opening_request(cues, found))
            if found is not None:
                found = with_missing_numbers(cues, found)
            return _with_headings(blocks, hi, found, _conversation(cues, found))
    pairs = dashed_turn_starts(cues, plain_questions(cues))  # "– …" / "…" / "– …?"
    if pairs is None or (quoted and len(pairs) < _AFTER_EXAMPLE) or narrated_dialogue(cues, pairs):
        return None  # the article's own "?" paragraphs around its example ask no guest
    questions = (
        Question(lo + first, lo + end, text_of(cues, first, end), label_of(cues, first))
        for first, end in pairs
    )
    qa = with_greeting_line(cues, with_missing_numbers(cues, QA(Form.PLAIN, tuple(questions))))
    qa = with_publication_label(cues, with_opening_request(cues, qa))
    return _with_headings(blocks, hi, qa, conversation=False)


def _conversation(cues: Cues, qa: QA | None) -> bool:
    """Named turns are a conversation, whatever they talk about (an interview on interviews),
    when the answers are named too; a name opening only the questions, over unnamed prose, may
    be a guide's label for its examples ("Voorbeelden: Wanneer …?")."""
    if qa is not None and _dashed_replies(cues, qa):
        return True
    if qa is None or qa.form is not Form.SPEAKER:
        return False
    return any(cues.prefixes[q.answer - cues.lo] is Prefix.SPEAKER
               for q in qa.questions if q.answer - cues.lo < len(cues))


def _dashed_replies(cues: Cues, qa: QA) -> bool:
    """Turns printed as speech: the questions each opened by a dialogue dash over unmarked
    answers ("――さっそくですが、…でしょうか。" / "…"), or unmarked questions each answered by
    one ("Have you ever lost one?" / "— Of course. …"). The dash prints a voice, so the turns
    are a conversation whatever they talk about (an editor asked what an interview is), never
    a guide's sections; a hyphen, a list's bullet as often, is no such dash."""
    inside = [q for q in qa.questions if q.answer - cues.lo < len(cues)]
    if qa.form is not Form.DASH or len(inside) < 2:
        return False
    asks = [_dialogue_dash(cues, q.first - cues.lo) for q in inside]
    replies = [_dialogue_dash(cues, q.answer - cues.lo) for q in inside]
    return (all(asks) and not any(replies)) or (all(replies) and not any(asks))


def _dialogue_dash(cues: Cues, k: int) -> bool:
    return cues.prefixes[k] is Prefix.DASH and (
        cues.blocks[cues.lo + k].text.lstrip()[:1] in textcues.DIALOGUE_DASHES
    )


def _listed(cues: Cues, marks: list[int]) -> bool:
    """Numbered questions that are a list's, not an interview's: most of them wholly quoted
    while the text after them is not ("1. “Does everyone want a dog?”" / "One of the most
    important…"), or only two, put to nobody, after some prose, one asking at least (an
    article's intertitles: "1. Quels ingrédients ?"), or announced and explained by the
    article (``guidecues.announced_advice``)."""
    quoted = sum(
        1
        for k in marks
        if wholly_quoted(cues.content(k))
        and not (k + 1 < len(cues) and wholly_quoted(cues.content(k + 1)))
    )
    if 2 * quoted > len(marks) or announced_advice(cues, marks):
        return True
    return (
        len(marks) == 2
        and marks[0] > 0
        and not any(textcues.addresses_someone(cues.content(k)) for k in marks)
        # Two numbered lines that ask nothing are no questions to list: a chapter's end
        # notes, each a list of its own ("1. El mercado actual se inauguró en 2003 …").
        and any(cues.ends[k] is not Ending.NONE for k in marks)
    )


# "a) Hamlet b) As You Like It c) Macbeth": a multiple-choice question's options.
_OPTIONS = re.compile(r"\(?[a-dA-D][).]\s+\S[^\n]*?\s\(?[b-dB-D][).]\s+\S")


def _quiz(cues: Cues) -> bool:
    """A quiz, not an interview: two questions or more each followed by a line of lettered
    options ("a) Hamlet b) As You Like It c) Macbeth d) Othello")."""
    ends, blocks, lo = cues.ends, cues.blocks, cues.lo
    offered = sum(
        1
        for k in range(len(cues) - 1)
        if ends[k] is Ending.QUESTION and _OPTIONS.match(blocks[lo + k + 1].text, 0, 400)
    )
    return offered >= 2 or invites_reader(cues)  # "try to answer, then read on"


def _form_heading(cues: Cues) -> QA | None:
    """HEADING: ≥ 2 headings end like questions, and they are at least half the headings."""
    headings = [k for k, kind in enumerate(cues.kinds) if kind is BlockKind.HEADING]
    ends = cues.ends
    marks = [k for k in headings if ends[k] in (Ending.QUESTION, Ending.SUSPENDED)]
    if len(marks) < 2 or len(marks) * 2 < len(headings):
        return None
    # The questions share one rank; a "?" heading of another rank is a group or a closing
    # ("## Still unsure?" above "### Can I …?").
    levels = [cues.blocks[cues.lo + k].level for k in marks]
    rank = max(set(levels), key=levels.count)
    ranked = [k for k, level in zip(marks, levels, strict=True) if level == rank]
    if listed_sections(cues, headings, rank):
        return None  # a recipe's "## Why …?" among its "## Ingredients" and "## Method"
    ranked = with_heading_prompts(cues, headings, ranked, rank)  # "### Háblenos de su equipo."
    return assemble(Form.HEADING, cues, ranked)


def _styled(form: Form, style: InlineStyle, cues: Cues) -> QA | None:
    """BOLD / ITALIC: ≥ 2 paragraphs entirely in one style, mostly ending like questions, and
    no more than 60 % of the paragraphs (the rest are answers)."""
    styles = frozenset({style})
    blocks, lo, sizes = cues.blocks, cues.lo, cues.sizes
    prose = [k for k, kind in enumerate(cues.kinds) if kind in _PROSE]
    marks = []
    for k in prose:
        block = blocks[lo + k]
        inlines = block.inlines
        # A styled paragraph's run opens within its first characters: most blocks stop here.
        if not inlines or inlines[0].start - block.start > 3 or sizes[k] > _MAX_QUESTION_CHARS:
            continue
        if covered_by(block, styles):
            marks.append(k)
    if len(marks) < 2 or len(marks) > 0.6 * len(prose):
        return None
    # A styled line with no final punctuation among styled questions is an intertitle
    # ("**Le retour au village**"): a section of the outline, not a question.
    titled = [k for k in marks if not _punctuated(cues.content(k))]
    if titled and question_ratio(cues, [k for k in marks if k not in titled]) >= 0.5:
        marks = [k for k in marks if k not in titled]
        if len(marks) < 2:
            return None
    marked = set(marks)
    ends = [k for k in marks if k + 1 not in marked]  # a run's last block: where a question ends
    if question_ratio(cues, ends) < 0.5:
        return None
    return assemble(form, cues, marks)


def _punctuated(text: str) -> bool:
    core = text.rstrip(" »”“’'\")]*_")
    return bool(core) and not core[-1].isalnum()


def _form_bold(cues: Cues) -> QA | None:
    return _styled(Form.BOLD, InlineStyle.STRONG, cues)


def _form_italic(cues: Cues) -> QA | None:
    return _styled(Form.ITALIC, InlineStyle.EMPHASIS, cues)


def _form_dash(cues: Cues) -> QA | None:
    """DASH: ≥ 2 paragraphs open with a dialogue dash, three quarters of them end like
    questions, and they are no more than 60 % of the paragraphs. When questions and answers
    both open with a dash, the dash tells nothing and the plain form decides. Dashed questions
    listed under a colon, unanswered, are an article's (``listedasks``)."""
    kinds, prefixes = cues.kinds, cues.prefixes
    prose = sum(1 for kind in kinds if kind in _PROSE)
    marks = [k for k, p in enumerate(prefixes) if p is Prefix.DASH and kinds[k] in _PROSE]
    listed = listed_after_colon(cues, marks)
    marks = [k for k in marks if k not in listed]
    # "-Ο νέος σας δίσκος; Πείτε μας δυο λόγια.": asking first, then adding, asks (``askedfirst``)
    if len(marks) < 2 or len(marks) > 0.6 * prose or asked_share(cues, marks) < 0.75:
        return None
    return assemble(Form.DASH, cues, marks)


_TURN_MARKERS = frozenset("-—–*")
_ANSWER_WORDS = 15  # a guest's turns run longer than this, by median


def _turn(cues: Cues, k: int) -> bool:
    """Whether block ``k`` opens a turn with a mark: a dialogue dash, or a "- " bullet."""
    kind = cues.kinds[k]
    if kind in _PROSE:
        return cues.prefixes[k] is Prefix.DASH
    block = cues.blocks[cues.lo + k]
    return kind is BlockKind.LIST_ITEM and block.level == 1 and block.ordinal in _TURN_MARKERS


def _form_turns(cues: Cues) -> QA | None:
    """TURNS: questions and answers open with the same mark ("— " or "- " for everyone), so
    the turns alternate: the interviewer's are every other one, those asking more and far
    shorter (their replies three times as long by median, and long) — not only those ending
    in "?", since "Parlez-moi du vernis." asks too."""
    kinds, prefixes = cues.kinds, cues.prefixes
    list_item = BlockKind.LIST_ITEM
    turns = [
        k
        for k in range(len(cues))
        if (prefixes[k] is Prefix.DASH or kinds[k] is list_item) and _turn(cues, k)
    ]
    # The interviewer named once, then only dashes; and the guest's first answer, named too.
    while turns and turns[0] > 0 and prefixes[turns[0] - 1] is Prefix.SPEAKER and (
        len(turns) < 2 or prefixes[turns[1]] is not Prefix.SPEAKER
    ):
        turns.insert(0, turns[0] - 1)
    if len(turns) < 4:
        return None
    best: tuple[float, list[int], list[int]] | None = None
    for parity in (0, 1):
        asks, replies = turns[parity::2], turns[1 - parity :: 2]
        ratio = question_ratio(cues, asks)
        if best is None or ratio > best[0]:
            best = (ratio, asks, replies)
    assert best is not None
    ratio, asks, replies = best
    if ratio <= question_ratio(cues, replies) or ratio == 0.0:
        return None
    asked = median(cues.words(k) for k in asks)
    answered = median(cues.words(k) for k in replies)
    if (answered < _ANSWER_WORDS or answered < 3 * asked) and not (
        whole_conversation(cues, turns, replies, asked, answered)
        or strict_exchange(cues, turns, asks, replies)
        or dashed_questionnaire(cues, turns, asks, replies)
    ):
        return None
    return assemble(Form.DASH, cues, sorted(asks + [k + 1 for k in asks if goes_on(cues, k + 1)]))


def _answer_texts(blocks: list[Block], answers: list[tuple[int, int]]) -> list[str]:
    return [block.text for start, end in answers for block in blocks[start:end]]


def _with_headings(
    blocks: list[Block], hi: int, qa: QA | None, conversation: bool
) -> QA | None:
    """``qa`` with the headings after its first question that are no part of a question; None
    when its questions are a guide's, discussed rather than answered, or a checklist's, asked
    of oneself (never so in a ``conversation``)."""
    questions = qa.questions if qa is not None else ()
    firsts = [q.first for q in questions]
    answers = [(q.answer, end) for q, end in zip(questions, [*firsts[1:], hi], strict=True)]
    if qa is None or (not conversation and (
        discussed(blocks, answers) or asked_of_oneself(q.text for q in questions)
        or (qa.form is Form.PLAIN and the_writers_own([q.text for q in questions]))
        or wonders_aloud([q.text for q in questions], _answer_texts(blocks, answers))
        or quoted_before(blocks, [(q.first, q.text) for q in questions])
        or answered_by_the_page(blocks, qa, answers)
    )) or answers_are_a_key(blocks, [q.text for q in questions], answers, firsts):
        return None  # a quiz's key is no one's turn, even where "उत्तर" reads as a speaker
    heads = []
    for i in range(questions[0].first, hi):
        block = blocks[i]
        if block.kind is not BlockKind.HEADING and not (block.inlines and pseudo_heading(block)):
            continue
        question = questions[bisect.bisect_right(firsts, i) - 1]
        if not question.first <= i < question.answer:
            heads.append(i)
    return QA(qa.form, questions, tuple(heads)) if heads else qa
