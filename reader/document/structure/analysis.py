"""What a document is made of: its kind, title, front and back matter, questions and answers,
and the outline of sections built from them.

``analyze`` is the entry point; the work is done by small modules, each with its rules
documented where they live:

- ``frontmatter``: title, lead, byline, share links, dateline, caption, summary at the top;
  source and credit footers at the bottom;
- ``questions``: the form an interview gives its questions (a "Q:", a name, bold type …), and
  each question with its answer; ``plainform`` scores questions marked by nothing but a "?";
- ``outline``: sections for questions, headings or paragraphs;
- ``textcues``: the cheap text measurements all of them share.

Every step is linear in the number of blocks, with precompiled patterns that look only at a
block's ends, so a 10 MB document costs a small fraction of its Markdown parse.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..model import LINE_BREAK, Block, BlockKind, DocumentKind, Role, Section
from ..outline import build_outline
from .lines.gluedturns import split_glued_turns
from .lines.labelblocks import analysed_with_labels_joined
from .lines.lonelabels import join_lone_labels
from .lines.quotedheaders import below_quoted_header, under_cover_note
from .notes_apart import analysed_without_notes
from .questions.askingtitles import names_questions_to_ask
from .questions.chapters import by_chapters
from .questions.guidetitles import guide_above, is_question_guide_title
from .questions.qa import QA, Form
from .questions.questions import find_questions
from .speakers.transcripts import stamp_free_headings, transcript_questions, untaped_title
from .text.ruleview import analysed_in_view
from .text.textcues import Prefix, split_prefix
from .titles.frontmatter import Matter, find_back_matter, find_front_matter, retitled
from .titles.ownheadline import own_headline
from .titles.quotedheadline import quoted_headline_under_kicker
from .titles.saidpiece import piece_said_again
from .titles.titlecues import headline_text
from .titles.titlelines import broken_headline
from .titles.titletails import without_glued_tail


@dataclass(slots=True)
class Structure:
    """The analysis of a document's blocks.

    ``blocks`` are the blocks given to ``analyze`` (same text, same offsets) with their
    ``role`` set, except that turns glued into one block are split where their lines broke
    (``gluedturns``: a space becomes the line break between two blocks, no offset moves).
    ``sections`` are in document order; the top-level ones (``level`` 1) are contiguous and
    cover every block exactly once, and a nested heading section lies inside its parent's
    range (see ``outline``).
    """

    kind: DocumentKind
    title: str
    blocks: list[Block]
    sections: list[Section] = field(default_factory=list)


def analyze(blocks: list[Block]) -> Structure:
    """Find the structure of ``blocks``, read as the rules read them (``ruleview``: without
    the zero-width and trailing spaces copying leaves; ``notes_apart``: without the
    footnotes and endnotes, put back after), kept as they are."""
    return analysed_without_notes(blocks, lambda text: analysed_in_view(
        text, lambda viewed: analysed_with_labels_joined(viewed, _analyze)))


def _analyze(blocks: list[Block]) -> Structure:
    """Find the structure of ``blocks``.

    0. Split interview turns glued into one block (``gluedturns.split_glued_turns``).
    1. Back matter: read up from the bottom for footers such as "Source:" or "©"
       (``frontmatter.find_back_matter``).
    2. Front matter: read the rest from the top for a title and the lines that come with it
       (``frontmatter.find_front_matter``).
    3. Questions: look for an interview's questions between the two
       (``questions.find_questions``).
    4. A lone title ending in "?" with no byline, dateline or lead after it may be an
       interview's first question instead: if the questions, looked for from the top, start
       with it, it is one; otherwise it stays the title.
    5. Kind: INTERVIEW when questions were found; ARTICLE when a title comes with other front
       or back matter; DOCUMENT otherwise.
    6. Roles: front- and back-matter roles, INTRO before the first question, QUESTION and
       ANSWER after it; every other block stays BODY.
    7. Sections (``outline.build_outline``), and the title: the front-matter title, else the
       first heading that is not a question, else "" (the pipeline then uses the file name).
    """
    if not blocks:
        return Structure(DocumentKind.DOCUMENT, "", [], [])
    blocks = join_lone_labels(split_glued_turns(blocks))  # "Speaker 1 (00:00):" / its turn
    back = find_back_matter(blocks)
    front = find_front_matter(blocks, back.start, _later_heading_level(blocks))
    front = under_cover_note(blocks, front, back.start, _later_heading_level(blocks))
    qa = transcript_questions(blocks, front.end, back.start, find_questions)  # transcripts
    qa = below_quoted_header(blocks, qa, back.start)  # a note above "-----Original Message-----"
    if front.title >= 0 and not front.title_certain:
        from_top = find_questions(blocks, 0, back.start)
        if (
            from_top is not None
            and from_top.questions[0].first <= front.title
            # "¿Cómo es la enseñanza en Manchester?" right above "-Buenos días … ¿Qué te …?":
            # a question asked again before any answer was the title
            and not _unanswered_first(from_top)
            and (qa is not None or _answered_in_rhythm(from_top, back.start))
        ):
            front, qa = Matter(0, 0), from_top

    if qa is None:
        front, qa = _labelled_in_front(blocks, front, back.start)
    if qa is None:
        front = retitled(blocks, front)  # "Science" / "Why do cats purr?": no first question
    else:
        qa = by_chapters(blocks, qa, front.end, back.start)  # each chapter in its own form
    front = untaped_title(blocks, front)  # transcripts: a tape's mark is no title
    title = blocks[front.title].text if front.title >= 0 else ""
    if qa is not None and (
        is_question_guide_title(title)
        or names_questions_to_ask(title)
        or guide_above([block.text for block in blocks[: qa.questions[0].first]])
    ):
        qa = None  # "25 Park Ranger Interview Questions and Answers": samples, not asked
    if qa is not None:
        kind = DocumentKind.INTERVIEW
    elif front.title >= 0 and (len(front.roles) > 1 or back.roles):
        kind = DocumentKind.ARTICLE
    else:
        kind = DocumentKind.DOCUMENT

    roles = _roles(blocks, front, back, qa)
    analysed = [
        block if block.role is role else _with_role(block, role)
        for block, role in zip(blocks, roles, strict=True)
    ]
    sections = stamp_free_headings(build_outline(analysed, front.end, back.start, qa))
    return Structure(kind, _title(analysed, front), analysed, sections)


def _labelled_in_front(blocks: list[Block], front: Matter, end: int) -> tuple[Matter, QA | None]:
    """A question labelled in words under the title ("Question: What is …?"), which the
    front matter took for a standfirst: when the questions, looked for from below the title,
    start there, the front matter ends above it."""
    top = front.title + 1
    if not any(split_prefix(b.text)[0] is Prefix.QUESTION for b in blocks[top : front.end]):
        return front, None
    qa = find_questions(blocks, top, end)
    if qa is None or qa.questions[0].first >= front.end:
        return front, None
    first = qa.questions[0].first
    roles = {i: role for i, role in front.roles.items() if i < first}
    return Matter(front.start, first, roles, front.title, front.title_certain), qa


def _unanswered_first(qa: QA) -> bool:
    """Whether the first question found is followed at once by the next one, nothing between."""
    questions = qa.questions
    return len(questions) > 1 and questions[0].answer >= questions[1].first


def _answered_in_rhythm(qa: QA, end: int) -> bool:
    """Whether a question-like title, which alone makes an interview of the body, is answered
    like the questions after it. A guide titled with a question runs on for paragraphs before
    its one example exchange ("ENTREVISTADORA. ¿…?"); an interview's first answer does not
    outrun all the others. Explicit forms (bold, a heading) mark the title as one of them."""
    if qa.form is not Form.PLAIN:
        return True
    firsts = [question.first for question in qa.questions] + [end]
    lengths = [after - start for start, after in zip(firsts, firsts[1:], strict=False)]
    return lengths[0] <= max(lengths[1:])


def _with_role(block: Block, role: Role) -> Block:
    # What dataclasses.replace(block, role=role) does, at a fifth of its cost (it looks every
    # field up by name): this runs once per block of the document. A test keeps the two equal.
    return Block(
        block.kind, block.text, block.start, block.source_lines, block.level, block.inlines,
        role, block.ordinal,
    )


def _later_heading_level(blocks: list[Block]) -> int:
    """The highest rank (smallest level) of the headings after the first non-rule block."""
    first = next((i for i, b in enumerate(blocks) if b.kind is not BlockKind.RULE), len(blocks))
    levels = [b.level for b in blocks[first + 1 :] if b.kind is BlockKind.HEADING]
    return min(levels, default=7)


def _roles(blocks: list[Block], front: Matter, back: Matter, qa: QA | None) -> list[Role]:
    roles = [Role.BODY] * len(blocks)
    if qa is not None:
        questions = qa.questions
        roles[front.end : questions[0].first] = [Role.INTRO] * (questions[0].first - front.end)
        # A heading between the answers (a FAQ's group, an intertitle) ends the answer before
        # it; it and what follows it up to the next question are the body of its own section.
        stops = sorted([q.first for q in questions] + list(qa.headings) + [back.start])
        for question in questions:
            end = stops[bisect.bisect_right(stops, question.first)]
            roles[question.first : question.answer] = [Role.QUESTION] * (
                question.answer - question.first
            )
            roles[question.answer : end] = [Role.ANSWER] * max(0, end - question.answer)
    for index, role in front.roles.items():
        roles[index] = role
    for index, role in back.roles.items():
        roles[index] = role
    return roles


def _title(blocks: list[Block], front: Matter) -> str:
    """The document's title, on one line: it names a window and is heard as a place, so a line
    break kept inside its block ("…televisione?\u2028Questa …") is a space there."""
    if front.title >= 0:
        text = (broken_headline(blocks, front.title) or piece_said_again(blocks, front.title)
                or quoted_headline_under_kicker(blocks[front.title])
                or headline_text(blocks[front.title]))
        return without_glued_tail(text.replace(LINE_BREAK, " "))
    for block in blocks:
        if block.kind is BlockKind.HEADING and block.role is not Role.QUESTION and block.text:
            return block.text.strip().replace(LINE_BREAK, " ")
    return without_glued_tail(own_headline(blocks))  # the line the page says again or signs
