"""An e-mail's quoted header in the middle of a mail: where the interview begins in a thread.

A reply or a forward quotes the mail it answers under the mail program's divider and header:

    Forwarding Daniel's answers for the bulletin. Could you tidy the layout?
    Thanks, Marcus

    -----Original Message-----
    From: Marcus Bell …
    Sent: … / To: … / Subject: Q&A for the members' bulletin

    What got you into rowing in the first place?
    A FRIEND DRAGGED ME TO A LEARN-TO-ROW WEEKEND …

What is written above the quoted header is the newest writer's note to the next reader, not
the interview the header opens: a question there ("Could you tidy the layout?") is the note's,
asked of a colleague. When the questions found run on both sides of such a header and at least
two lie below it, the interview is looked for again from below the header.
"""

from __future__ import annotations

from ...model import Block, BlockKind, Role
from ..questions.qa import QA
from ..questions.questions import find_questions
from ..titles.frontmatter import Matter, find_front_matter
from ..titles.notheadlines import is_mail_divider, is_mail_header_line, starts_mail_header

# A quoted header is a "From:" line and two header lines or more ("Sent:", "To:", "Subject:").
_HEADER_LINES = 3
# The interview below the header: at least this many of the questions found lie under it.
_QUESTIONS_BELOW = 2
# A cover note above a forwarded mail: at most this many blocks, its first line included.
_COVER_BLOCKS = 4


def quoted_header_end(blocks: list[Block], i: int) -> int:
    """Where the text begins under a quoted mail header opening at ``i`` ("-----Original
    Message-----" and/or "From: …" / "Sent: …" / "To: …" / "Subject: …", a block each),
    or -1 when none opens there."""
    n = len(blocks)
    k = i + 1 if i < n and is_mail_divider(blocks[i].text.strip()) else i
    if k >= n or blocks[k].kind is not BlockKind.PARAGRAPH:
        return -1
    if not (starts_mail_header(blocks[k].text.strip()) or k > i):
        return -1
    end = k
    while end < n and blocks[end].kind is BlockKind.PARAGRAPH and (
        is_mail_header_line(blocks[end].text.strip())
    ):
        end += 1
    return end if end - k >= _HEADER_LINES else -1


def below_quoted_header(blocks: list[Block], qa: QA | None, end: int) -> QA | None:
    """The questions of the interview under a quoted mail header, when some of those found
    (``qa``) were the note written above it; ``qa`` otherwise."""
    if qa is None or len(qa.questions) <= _QUESTIONS_BELOW:
        return qa
    firsts = [question.first for question in qa.questions]
    for i in range(firsts[-_QUESTIONS_BELOW], firsts[0], -1):
        below = quoted_header_end(blocks, i)
        if below < 0:
            continue
        again = find_questions(blocks, below, end)
        return again if again is not None else qa
    return qa


def under_cover_note(blocks: list[Block], front: Matter, hi: int, later_level: int) -> Matter:
    """The front matter of a mail forwarded under a short cover note ("FYI, could we run it on
    Friday?" / "---------- Forwarded message ---------" / its header / the press release): the
    title is the forwarded text's, found below its header, not the note's first line. ``front``
    as it is when the note is longer, a header opens the document, or nothing is forwarded."""
    if front.title < 0:
        return front
    for i in range(front.title + 1, min(hi, front.title + _COVER_BLOCKS + 1)):
        if is_mail_header_line(blocks[i - 1].text.strip()):
            return front  # the document's own header above: its subject is the title
        below = quoted_header_end(blocks, i)
        if below < 0:
            continue
        under = find_front_matter(blocks[below:hi], hi - below, later_level)
        if under.title < 0:
            return front
        roles = {k: Role.SHARE for k in range(i, below)}  # the mail program's, as at the top
        roles |= {k + below: role for k, role in under.roles.items()}
        return Matter(0, under.end + below, roles, under.title + below, under.title_certain)
    return front
