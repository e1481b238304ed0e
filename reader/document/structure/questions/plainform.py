"""The plain form of interview questions: nothing marks them but how they end. A paragraph that
ends like a question is scored by its shape and its neighbours, which tells the interviewer's
questions from the rhetorical ones inside answers and from questions quoted in an article.

Score of a paragraph (accepted at ``_ACCEPT`` = 4 or more):

====================================================  =======
ends with "?" (also "?»", '?"', "¿…?")                  +3
ends with "…", "..." or ":" (only once ≥ 2 "?" found)   +1
asks, then trails off in "…" ("¿Cómo lo llevas?          +4
  Decía Rosales que … analizar…"), found with the "?"
one sentence / four or more sentences                   +1 / −2
at most 35 words / more than 70 words                   +1 / −3
followed by an answer-like block at least as long /     +1
  last block of the body                                −3
ends with "…" and the next block finishes the sentence  +2
  ("… lese ich meine Post.")
speaks to someone ("vous", "you", "usted", "Sie")       +1
speaks of oneself ("je", "I", "yo", "ich")              −1
the "?" is inside a quotation opened mid-paragraph      −4
  (−2 if the words before the quotation speak to someone)
the whole paragraph is quoted, the next one is not      −4
====================================================  =======

So a one-sentence question followed by its answer scores 6, a two-sentence question of 50
words 4, while a rhetorical question ending a long answer paragraph (over 70 words, or four
sentences of over 35) scores 3 at best. A short rhetorical paragraph standing alone inside a
long answer does look like a question; only the first block after a question is safe (it is
always the answer).
"""

from __future__ import annotations

import re
from statistics import median

from ...model import BlockKind
from ..lines.lines import is_group_name
from ..text.cues import Cues
from ..text.textcues import (
    Ending,
    Prefix,
    addresses_someone,
    quoted_tail,
    sentence_count,
    speaks_of_self,
    wholly_quoted,
)
from .closingasks import closing_requests
from .linepairs import line_paired_questions
from .pagetail import related_links
from .plainchecks import (
    QUOTE_OPENERS,
    after_announcement,
    announced,
    answered_in_turn,
    asks_then_clarifies,
    asks_to_tell,
    dialogue,
    heads_another_question,
    labelled_unanswered,
    names_a_speaker,
    puts_a_request,
    title_cased,
)
from .prompts import marked_prompts, open_prompts, prompts_around, stem_prompts
from .quotedanswers import quoted_answers
from .quotedprompts import quoted_prompts
from .requestslots import requested_in_place
from .rhythmslots import fillable_gap, speaks_up
from .shownasks import shown_not_asked

_ACCEPT = 4
_MAX_QUESTION_WORDS = 120  # a longer paragraph is never examined as a question
_FOLLOW_UP_WORDS = 5  # "Pourquoi ?", "Why is that?": joined to the statement before them
_STATEMENT_WORDS = 25
_BULLETS = tuple("•·▪◦")
_PROSE = (BlockKind.PARAGRAPH, BlockKind.QUOTE)
_WEAK = (Ending.SUSPENDED, Ending.COLON)
_CONTINUATIONS = ("…", "...")


# "Voorbeelden: Wanneer …? Hoeveel …?": a one-word label, then two questions or more.
_EXAMPLES = re.compile(r"[^\W\d_][\w-]*\s?:\s[^?]+\?.*\?", re.DOTALL)


def _listed_questions(cues: Cues) -> set[int]:
    """Questions quoted as a list, not asked: two or more "?" paragraphs in a row right after
    a paragraph announcing them with a colon ("Le questionnaire posait trois questions :"), or
    in one paragraph after a one-word label ("Voorbeelden: Wanneer …? Hoeveel …?", the lines
    of a guide's examples run together)."""
    ends = cues.ends
    listed = {
        k
        for k, end in enumerate(ends)
        if end is Ending.QUESTION and _EXAMPLES.match(cues.blocks[cues.lo + k].text, 0, 2000)
    }
    for k in [k for k, end in enumerate(ends) if end is Ending.COLON]:
        end = k + 1
        while end < len(cues) and ends[end] is Ending.QUESTION:
            end += 1
        if end - (k + 1) >= 2:
            listed.update(range(k + 1, end))
    return listed


_REPLY_END = re.compile(r"[.!?…。»”\"')]\s*$")
_REPLY_WORDS = 8


def _sentence_reply(cues: Cues, k: int) -> bool:
    """Whether block ``k`` reads as an answer to a line ending with ":": a sentence, ended as
    one or long ("Postar um comentário", a link under "Nenhum comentário:", is neither). Asked
    only after the last "?" question, where a page's footer is: a questionnaire's "Comida
    favorita:" / "Pizza" between its questions stays one."""
    return bool(_REPLY_END.search(cues.content(k)[-8:])) or cues.words(k) >= _REPLY_WORDS


def _next_numbered(cues: Cues, k: int) -> bool:
    """Whether the block after ``k`` is the next numbered question, which answers nothing (a
    worksheet's questions once its lines to write on are gone)."""
    return k + 1 in cues.numbered and cues.ends[k + 1] is Ending.QUESTION


def _candidate(cues: Cues, k: int, paired: bool = False) -> bool:
    return (
        cues.kinds[k] in _PROSE
        and (paired or cues.ends[k] is not Ending.NONE or asks_then_clarifies(cues, k)
             or puts_a_request(cues, k))
        and cues.prefixes[k] is not Prefix.ANSWER
        and cues.words(k) <= _MAX_QUESTION_WORDS
        and not shown_not_asked(cues.blocks[cues.lo + k].text)
    )


def _answer_like(cues: Cues, k: int) -> bool:
    return cues.kinds[k] is not BlockKind.RULE and (
        cues.ends[k] is Ending.NONE or cues.words(k) > 35
    )


def _longer(cues: Cues, k: int, than: int) -> bool:
    """Whether block ``k`` has at least as many words as block ``than``; by size first, which
    settles most cases without counting."""
    if cues.sizes[k] >= 2 * cues.sizes[than] + 20:
        return True
    return cues.words(k) >= cues.words(than)


def score(cues: Cues, k: int) -> int:
    """The table's score of block ``k``."""
    content = cues.content(k)
    end, words = cues.ends[k], cues.words(k)
    trails = _asks_then_trails(cues, k)  # put to the guest to take up: asks the more
    asks = end is Ending.QUESTION or asks_then_clarifies(cues, k) or puts_a_request(cues, k)
    points = 4 if trails else 3 if asks else 1
    sentences = sentence_count(content)
    points += 1 if sentences == 1 else (-2 if sentences >= 4 else 0)
    points += 1 if words <= 35 else (-3 if words > 70 else 0)
    if k + 1 >= len(cues):
        points -= 3
    elif end is Ending.SUSPENDED and cues.content(k + 1).startswith(_CONTINUATIONS):
        points += 2  # the reply finishes the sentence the question left hanging
    elif _answer_like(cues, k + 1) and _longer(cues, k + 1, k):
        points += 1
    if end is Ending.QUESTION:
        opened = quoted_tail(content)
        if opened >= 0:  # someone else's question, quoted — unless put to the interviewee
            points -= 2 if addresses_someone(content[:opened]) else 4
        elif wholly_quoted(content) and not (k + 1 < len(cues) and wholly_quoted(
                cues.content(k + 1))):
            points -= 4  # a question quoted as a list's title, its text unquoted
    if _ACCEPT - 1 <= points <= _ACCEPT:  # only then can the ±1 of who speaks to whom count
        points += addresses_someone(content) - speaks_of_self(content)
    return points


def _told_to_reader(answer: str) -> bool:
    return addresses_someone(answer) and not speaks_of_self(answer)


def _asks_then_trails(cues: Cues, k: int) -> bool:
    """Whether block ``k`` asks, then trails off for the guest to take up ("¿Cómo lo llevas?
    Decía Rosales que eres un gran orador, pero … la vamos a analizar…"): it ends in "…" and
    its last "?" stands in its last two sentences, outside any quotation, and the next block
    takes it up rather than asking in turn (a standfirst's "La radio …? Questa e altre domande
    le abbiamo fatte a …" / "Qual è …?")."""
    if cues.ends[k] is not Ending.SUSPENDED or k + 1 >= len(cues):
        return False
    if cues.ends[k + 1] is Ending.QUESTION:
        return False
    content = cues.content(k)
    asked = content.rfind("?")
    return (
        asked > 0
        and sentence_count(content[asked + 1 :]) <= 1
        and quoted_tail(content[: asked + 1]) < 0
    )


def _follows_up(cues: Cues, k: int, accepted: set[int]) -> bool:
    """Whether question ``k`` is a short follow-up ("Pourquoi ?") to the statement before it
    ("Des acteurs … Mais pas Skype."), which then belongs to the question."""
    before = k - 1
    if cues.words(k) > _FOLLOW_UP_WORDS or before - 1 < 0 or before in accepted:
        return False
    return (
        cues.kinds[before] is BlockKind.PARAGRAPH
        and cues.ends[before] is Ending.NONE
        and cues.prefixes[before] is not Prefix.ANSWER
        and before not in cues.asides
        and before - 1 not in accepted  # the statement is not the previous question's answer
        # "Shipping and Delivery" / "Where we ship, …": a FAQ group's name and its blurb
        and not is_group_name(cues.content(before - 1))
        and cues.words(before) <= _STATEMENT_WORDS
        and sentence_count(cues.content(before)) <= 2
        and not speaks_of_self(cues.content(before))
        and not names_a_speaker(cues, before)  # "Jens Munk, kredsformand: Et godt møde."
        and not heads_another_question(cues, before, accepted)  # "Запитання для …" each time
        # "How can I renew items?" asks on its own, as a FAQ's reader does
        and not speaks_of_self(cues.content(k))
    )


def plain_questions(cues: Cues) -> list[tuple[int, int]] | None:
    """The questions as ``(first block, answer's first block)`` pairs of indices into
    ``cues``, or None when the body does not read as an interview.

    1. Accept the "?" paragraphs scoring ≥ 4, except right after an accepted question (the
       block after a question is its answer).
    2. Once ≥ 2 are found, accept "…" and ":" paragraphs the same way if also not right before
       a question (nor, for ":", above the first one, where it announces the guest), and
       followed by a longer paragraph that opens no quotation and no bullet; then, in a
       line-by-line interview, the questions its rhythm places (``_keep_rhythm``).
    3. Join a short follow-up to its statement (``_follows_up``; neither in the first
       person): at most two sentences and 25 words, ending an answer of two blocks or more;
       never before the first question, where a statement is the introduction.
    4. Keep the result if the questions are, by median, shorter than their answers (or three in
       four speak to someone, or ``plainchecks.answered_in_turn``), and if they are not lines
       of dialogue (``plainchecks.dialogue``); two questions put to nobody after some prose are
       an essay's, not an interview's.
    """
    count, ends, kinds = len(cues), cues.ends, cues.kinds
    accepted: set[int] = set()
    listed, paired = _listed_questions(cues), line_paired_questions(cues)
    # A paired line may ask, then remark ("…? Od kilku lat … przepaści."): the layout marks it.
    asking = {k for k, end in enumerate(ends) if end is Ending.QUESTION}
    asking.update(k for k, end in enumerate(ends)
                  if _asks_then_trails(cues, k) or asks_then_clarifies(cues, k))
    if len(asking) >= 2:  # "Tell us about yourself.": a request once the page asks elsewhere
        asking.update(k for k in range(count) if puts_a_request(cues, k))
    if 2 * sum(title_cased(cues.content(k)) for k in asking) >= max(len(asking), 3):
        return None  # a how-to's intertitles ("Do You Need a Transcript for Every Episode?")
    for k in sorted(asking | paired):
        fresh = k - 1 not in accepted and k not in listed and not _next_numbered(cues, k)
        if fresh and _candidate(cues, k, k in paired) and (
            k in paired or score(cues, k) >= _ACCEPT
        ):
            accepted.add(k)
    prompted = prompts_around(cues, accepted)  # "?" prompts among a questionnaire's others
    if len(accepted) < 2 or prompted:
        return prompted or (open_prompts(cues) or stem_prompts(cues) or marked_prompts(cues)
                          or quoted_answers(cues))
    first, last = min(accepted), max(accepted)
    for k in [k for k, end in enumerate(ends) if end in _WEAK]:
        if k - 1 in accepted or k + 1 in accepted or k + 1 >= count or not _candidate(cues, k):
            continue
        if ends[k] is Ending.COLON and (
            (k < first and not asks_to_tell(cues, k, first)) or names_a_speaker(cues, k)
        ):
            continue  # "… conozcamos a nuestra autora invitada:": the introduction announces
        if kinds[k + 1] is not BlockKind.PARAGRAPH:
            continue
        reply = cues.content(k + 1)
        # "Wenn ich abends nach Hause komme …" / "… lese ich meine Post.": the answer finishes
        # the sentence the question left hanging, however short it is.
        finishes = ends[k] is Ending.SUSPENDED and reply.startswith(_CONTINUATIONS)
        if finishes and ends[k + 1] is Ending.COLON:
            continue  # "Elf Fragen an..." / "...Markus Hennig, Torwart …:": it announces
        if not finishes and cues.words(k + 1) <= cues.words(k):
            continue
        if ends[k] is Ending.COLON and k > last and not _sentence_reply(cues, k + 1):
            continue  # "Nenhum comentário:" / "Postar um comentário": a blog's footer
        bulleted = cues.blocks[cues.lo + k + 1].text.lstrip().startswith(_BULLETS)
        if reply.startswith(QUOTE_OPENERS) or bulleted:
            continue  # a quotation, or the list the line announces ("You may not renew:")
        if score(cues, k) >= _ACCEPT:
            accepted.add(k)
    _keep_rhythm(cues, accepted)
    # Answers wholly quoted to the end: the plain lines between them are all prompts, a
    # statement too ("A proposito del Presidente uscente. Se il Parlamento …, sarebbe …").
    accepted.update(q for q, _ in quoted_answers(cues) or [] if q > first)
    accepted |= closing_requests(cues, accepted)  # "Para terminar, un deseo para …."
    accepted |= requested_in_place(cues, accepted)  # "…メッセージをお願いします。"
    quoted_prompts(cues, accepted)
    order = after_announcement(cues, sorted(accepted))
    if order and related_links(cues, order[-1]):
        order.pop()  # "Kapcsolódó cikkek" / a link's headline that asks
    firsts = [
        k - 1 if r > 0 and _follows_up(cues, k, accepted) else k for r, k in enumerate(order)
    ]
    sizes = cues.sizes
    asked, answered = [], []
    for r, k in enumerate(order):
        end = firsts[r + 1] if r + 1 < len(order) else count
        asked.append(sum(sizes[firsts[r] : k + 1]))
        answered.append(sum(sizes[k + 1 : end]))
    # Questions put to the guest ("Sie", "vous") three times in four may outrun their answers,
    # as in a questionnaire ("Haben Sie …?" / "Eindeutig nein.").
    if median(asked) >= median(answered):
        put = sum(1 for k in order if addresses_someone(cues.content(k)))
        if 4 * put < 3 * len(order) and not answered_in_turn(cues, order, firsts):
            return None
    if dialogue(cues, order) or labelled_unanswered(cues):
        return None
    # Two that ask, and a line trailing off after them ("A case in point..."): still two.
    two = len(order) == 2 or (
        len(order) == 3 and sum(ends[k] in _WEAK for k in order) == 1
    )
    if order[0] > 0 and two and (
        not (any(addresses_someone(cues.content(k)) for k in order) or announced(cues, order[0]))
        # "Wie fühlt sich dein Gegenüber?" / "Versuche, dich …": a guide asks its reader and
        # tells them what to do; a guest answers of themselves, not to the reader
        or all(_told_to_reader(cues.content(k + 1)) for k in order if k + 1 < count)
    ):
        return None  # two questions after prose: an essay's rhetorical ones, or a guide's
    return [(first, k + 1) for first, k in zip(firsts, order, strict=True)]


_RHYTHM_BEATS = 5


def _keep_rhythm(cues: Cues, accepted: set[int]) -> None:
    """Questions a line-by-line interview (most questions answered by one paragraph) asks
    out of the usual shape, found by their place in the rhythm:

    - a "?" paragraph right after a question, answered itself before the next question: the
      question before it was left unanswered ("¿Con qué personaje…?" / "¿Recuerda…?" /
      "Paulina y las estrellas."), or, above the first question, was a standfirst of
      several sentences that asks ("Třicet let hraje v divadle … Jak se jí sedí …?");
    - a short paragraph where a question belongs, between two one-paragraph answers, not in
      the first person, put without "?" ("Und jetzt müssen Sie loslassen.", "Cuéntenos…",
      "Was für ein Glück!").
    """
    count, ends = len(cues), cues.ends
    if len(accepted) < 3:
        return
    first, standfirst = min(accepted), False
    for k in sorted(accepted):
        j = k + 1
        if (
            j + 1 < count
            and ends[j] is Ending.QUESTION
            and ends[j + 1] is Ending.NONE
            and (j + 2 in accepted or j + 2 == count)
            and _candidate(cues, j)
            and score(cues, j) >= _ACCEPT
        ):
            accepted.add(j)
            standfirst |= k == first and sentence_count(cues.content(k)) >= 2
    order = sorted(accepted)
    gaps = [b - a - 1 for a, b in zip(order, [*order[1:], count], strict=True)]
    short = sum(1 for gap in gaps if gap <= 1)
    # A short line in a question's place parts its gap into two one-paragraph answers, in a
    # rhythm long enough to tell (five questions or more).
    fillable = sum(
        1 for a, gap in zip(order, gaps, strict=True) if fillable_gap(cues, a, gap)
    ) if len(gaps) >= _RHYTHM_BEATS else 0
    # Mostly one-paragraph answers, once so parted; or, when every other gap is just one
    # place short ("Was für ein Glück!" between two answers), half, and the line must speak
    # to the guest or exclaim.
    strict = 4 * (short + 2 * fillable) >= 3 * (len(gaps) + fillable)
    if strict or (2 * short >= len(gaps) and all(gap in (0, 1, 3) for gap in gaps)):
        for a, gap in zip(order, gaps, strict=True):
            puts = range(a + 2, a + gap, 2)
            if (
                fillable_gap(cues, a, gap) and (strict or all(speaks_up(cues, p) for p in puts))
                # no closing note over a shorter last line ("… in June." / "Posted in …")
                and (puts[-1] + 2 < count or ends[puts[-1]] is not Ending.NONE
                     or cues.words(puts[-1] + 1) > cues.words(puts[-1]))
            ):
                accepted.update(puts)
    if standfirst:
        accepted.discard(first)  # a standfirst that asks, above the first question
