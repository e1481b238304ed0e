"""The last question put as a request, with no "?": "Para terminar, un deseo para lo que queda
de temporada.", "Pour finir, un mot pour nos lecteurs.", "Zum Schluss noch ein Tipp für …".
A closing lead-in opens it; it stands where a question belongs, after an answer, and the
guest's reply follows it."""

from __future__ import annotations

import re

from ...model import BlockKind
from ..text.cues import Cues
from ..text.textcues import Prefix, sentence_count, speaks_of_self

_CLOSING = re.compile(
    r"(?i)(?:(?:y )?para (?:terminar|acabar|finalizar)|por último"
    r"|(?:et )?pour (?:finir|terminer|conclure)"
    r"|(?:und )?zum (?:schluss|abschluss)"
    r"|(?:and )?(?:to (?:finish|close|end|wrap up)|one last (?:thing|question))"
    r"|per (?:finire|concludere|chiudere)|na (?:koniec|zakończenie)|tot slot|til slutt)"
    r"\b[,:]?\s"
)
_MAX_WORDS = 20
_MAX_SENTENCES = 2
_REPLY_BLOCKS = 2  # a closing request's reply runs to the end of the text in at most two


def closing_requests(cues: Cues, accepted: set[int]) -> set[int]:
    """The closing request after the last of the ``accepted`` questions, its reply running to
    the end of the text in two paragraphs at most: a plain paragraph of at most 20 words and
    two sentences, opened by a closing lead-in, not in the first person, after an answer and
    followed by a longer paragraph that does not ask."""
    if len(accepted) < 2:
        return set()
    count = len(cues)
    for k in range(max(max(accepted) + 2, count - 1 - _REPLY_BLOCKS), count - 1):
        content = cues.content(k)
        if (
            cues.kinds[k] is BlockKind.PARAGRAPH
            and cues.prefixes[k] is Prefix.NONE
            and _CLOSING.match(content)
            and cues.words(k) <= _MAX_WORDS
            and sentence_count(content) <= _MAX_SENTENCES
            and not speaks_of_self(content)
            and cues.kinds[k + 1] is BlockKind.PARAGRAPH
            and cues.words(k + 1) > cues.words(k)
            and "?" not in cues.content(k + 1)[-3:]
        ):
            return {k}
    return set()
