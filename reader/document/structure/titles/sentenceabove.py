"""A short sentence a page sets above its headline: a picture's description or a motto
("A close up of a microphone on a concert stage." / "Podcast made by students, for
students"). The text, a sentence or a question, follows the headline, maybe under its
subtitle. A broadcast item's label above its headline, the talk and with whom ("Ein Interview
mit Michael Dietz (Pfarrer in …)"), is no title either."""

from __future__ import annotations

import re

from ...model import LINE_BREAK, Block, BlockKind
from ..text.textcues import Ending, ending, word_count
from .datedtitle import headline_under_date
from .titlecues import is_title_candidate, marker_role

_ABOVE_HEADLINE_WORDS = 10


def sentence_above_headline(blocks: list[Block], i: int, n: int) -> bool:
    """Whether block ``i`` is a short sentence a page sets above its headline, a picture's
    description or a motto ("Man står framför en whiteboard." / "”Det viktigaste är att
    personalen trivs”" / "Karin Ek, rektor …, svarar på …."): the line after it is a headline
    (no final period, no question), and the text, a sentence or a question, follows that."""
    if i + 2 >= n:
        return False
    sentence, headline, after = blocks[i], blocks[i + 1], blocks[i + 2]
    if i + 3 < n and _subtitle(after):  # "'Teachers Have Weekends Too' puts … at the microphone"
        after = blocks[i + 3]
    text = sentence.text.strip().rstrip("”“\"'»«„")
    return (
        sentence.kind is BlockKind.PARAGRAPH
        and text.endswith(".")
        and not text.endswith("...")
        and word_count(text) <= _ABOVE_HEADLINE_WORDS
        and not is_title_candidate(sentence)
        and marker_role(sentence) is None
        and not headline_under_date(blocks, i, n)  # a post's own headline under its date
        and headline.kind is BlockKind.PARAGRAPH
        and is_title_candidate(headline)
        and ending(headline.text) is Ending.NONE
        and not headline.text.rstrip().endswith(".")
        and after.text.rstrip().endswith((".", "?", "!", "…", ":"))
    )


def _subtitle(block: Block) -> bool:
    """A headline's subtitle, between it and the text: a line with no sentence's end."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and LINE_BREAK not in block.text
        and is_title_candidate(block)
        and ending(block.text) is Ending.NONE
        and not block.text.rstrip().endswith((".", ":"))
    )


# A broadcast item's label over its headline: the talk it holds and with whom, that person's
# role in brackets or the programme's name closing the line ("Ein Interview mit Michael Dietz
# (Pfarrer in …)", "Rozmowa z burmistrzem … w programie „Gość Dnia”").
_KICKER = re.compile(
    r"(?i)^(?:ein\s+|eine\s+|an\s+|una\s+|un\s+)?(?:interview|gespräch|rozmowa|wywiad|entretien"
    r"|entrevista|intervista|intervju|interjú|conversation|συνέντευξη|интервью|разговор|беседа)"
    r"\s+(?:mit|with|z|ze|avec|con|com|a|al|met|med|με|с|со)\s+\S.*"
    r"(?:\([^()]{3,}\)|\b(?:programm\w*|program\w*|sendung|show|émission|programa|trasmissione"
    r"|передач\w*)\s+[„“«\"][^„“«»”\"]+[”“»\"])$"
)
_KICKER_WORDS = 20


def kicker_above_headline(blocks: list[Block], i: int, n: int) -> bool:
    """Whether block ``i`` is a broadcast item's label over its headline: the line below is a
    headline (no final mark) and a lead, a sentence, follows it."""
    if i + 2 >= n:
        return False
    kicker, headline, lead = blocks[i], blocks[i + 1], blocks[i + 2]
    text = kicker.text.strip()
    return (
        kicker.kind is BlockKind.PARAGRAPH
        and LINE_BREAK not in text
        and word_count(text) <= _KICKER_WORDS
        and _KICKER.match(text) is not None
        and _subtitle(headline)
        and word_count(headline.text) >= 4
        and lead.kind is BlockKind.PARAGRAPH
        and lead.text.rstrip().endswith((".", "?", "!", "…"))
        and len(lead.text) > len(headline.text)
    )
