"""Whether a page's questions are the ones a reader should ask themselves ("Ai-je envie de
m'engager loin de chez moi ?", "Am I ready to commit every week?"): a checklist, each question
followed by advice, which reads like an interview's turns but that no interviewer asked. An
interviewer asks about "you"; a checklist puts its questions in the first person singular,
the verb before "I" as a question turns it."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SCAN = 400  # a question's first characters: its verb and subject come first

# The verb before the subject "I" in the languages read here: "ai-je", "dois-je", "est-ce que
# je"; "am I", "should I"; "kann ich", "muss ich"; "¿debo …?", "¿puedo …?".
_ASKING_ONESELF = re.compile(
    r"\b\w+-je\b|\best-ce que j(?:e\b|['’])"
    r"|\b(?:[Aa]m|[Dd]o|[Dd]id|[Ss]hould|[Cc]an|[Cc]ould|[Ww]ill|[Ww]ould|[Hh]ave|[Mm]ay"
    r"|[Mm]ust|[Ss]hall)\s+I\b"
    r"|\b(?i:bin|habe|hab|kann|will|soll|muss|darf|möchte|werde|brauche|sollte|könnte|würde)"
    r"\s+ich\b"
    r"|¿\s*(?i:debo|puedo|quiero|tengo|estoy|soy|sé|necesito)\b"
)
# Asking someone else ("Puis-je vous demander …?", "Can I ask you …?"): "you" in any form.
_SECOND_PERSON = re.compile(
    r"\b(?i:vous|tu|te|toi|t['’]|you|your|du|dich|dir|dein\w*|usted\w*|te|ti|tú)\b|\bSie\b"
)

# The same verb opening a sentence that asks yes or no ("Ai-je envie …?", "Am I ready …?"): a
# FAQ's questions are the reader's too, but ask how ("How do I renew items?", "Where can I
# park?"), and are the site's to answer.
_YES_OR_NO = re.compile(
    r"(?:^|[?.!…]\s+)[¿\s]*(?:\w+-je\b|[Ee]st-ce que j(?:e\b|['’])"
    r"|(?:Am|Do|Did|Should|Can|Could|Will|Would|Have|May|Must|Shall)\s+I\b"
    r"|(?:Bin|Habe|Hab|Kann|Will|Soll|Muss|Darf|Möchte|Werde|Brauche|Sollte|Könnte|Würde)"
    r"\s+ich\b|(?i:debo|puedo|quiero|tengo|estoy|soy|sé|necesito)\b)"
)

_MIN_QUESTIONS = 3


def asked_of_oneself(questions: Iterable[str]) -> bool:
    """Whether three questions or more, three quarters of them or more, ask in the first
    person singular and none of those speaks to a "you" (an interviewer's "Can I ask you …?"),
    and half of them or more ask yes or no ("Ai-je …?", not a FAQ's "How do I …?")."""
    texts = [text[:_SCAN] for text in questions]
    if len(texts) < _MIN_QUESTIONS:
        return False
    own = [
        text for text in texts
        if _ASKING_ONESELF.search(text) and not _SECOND_PERSON.search(text)
    ]
    yes_or_no = sum(1 for text in own if _YES_OR_NO.search(text))
    return 4 * len(own) >= 3 * len(texts) and 2 * yes_or_no >= len(texts)
