"""A page's own name as the label of its first question ("Strefa Trenera: Słyszał pan …?"
under the site's name "Strefa Trenera" and "Autor: Strefa Trenera"): the publication asks, as
a paper names itself over its first question only, the later questions standing unlabelled.
The label, used once, is no speaker the forms count (they take only recurring names), so it
stayed in the question's text; the page's top showing the same name is the evidence that it
labels the turn.

So is a label the forms could not read as a name ("@qui! : …?" before every question, the
guest's name before every answer) when the same one opens every question, three or more:
what the page repeats before each question is its asker's label, whatever its characters."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.cues import Cues
from ..text.textcues import Prefix, split_prefix
from .qa import QA

_LABEL_WORDS = 4


def with_publication_label(cues: Cues, qa: QA | None) -> QA | None:
    """``qa`` with its first question's label cut and made its speaker, when that label is a
    name the page's top shows as a line of its own or after a colon ("Autor: …")."""
    if qa is None:
        return qa
    repeated = _repeated_label(qa)
    if repeated:
        return replace(qa, questions=tuple(
            replace(q, text=q.text[len(repeated):].lstrip(),
                    speaker=repeated.strip().rstrip(":：").strip())
            for q in qa.questions))
    first = qa.questions[0]
    if first.speaker or first.first >= len(cues.blocks):
        return qa
    text = cues.blocks[first.first].text
    prefix, _, cut = split_prefix(text)
    if prefix is not Prefix.SPEAKER or "?" not in text[cut:]:
        return qa
    label = text[:cut].strip().rstrip(":：").strip()
    if not 0 < len(label.split()) <= _LABEL_WORDS or not first.text.startswith(text[:cut]):
        return qa
    if not _shown_above(cues, label):
        return qa
    asked = replace(first, text=first.text[cut:].lstrip(), speaker=label)
    return replace(qa, questions=(asked, *qa.questions[1:]))


def _shown_above(cues: Cues, label: str) -> bool:
    name = label.casefold()
    for block in cues.blocks[: cues.lo]:
        shown = block.text.strip().casefold()
        if shown == name or shown.rpartition(":")[2].strip() == name:
            return True
    return False


_REPEATED = 3
_LABEL = re.compile(r"([^\s:：?]{1,30}(?:\s[^\s:：?]{1,30}){0,2}\s?[:：]\s)")


def _repeated_label(qa: QA) -> str:
    """The label, as written with its colon, that opens every question of ``qa`` unread by
    the forms (no speaker given), three questions or more; "" when there is none."""
    questions = qa.questions
    if len(questions) < _REPEATED or any(q.speaker for q in questions):
        return ""
    found = _LABEL.match(questions[0].text)
    if found is None:
        return ""
    label = found.group(1)
    if all(q.text.startswith(label) and len(q.text) > len(label) for q in questions):
        return label
    return ""
