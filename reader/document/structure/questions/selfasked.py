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


# The readers addressed in a tag after the writer's own statement ("…, wisst ihr?", "…, you
# know?", "…, n'est-ce pas ?"): a blogger speaking to the readers, asking no one anything.
_READER_TAG = re.compile(
    r"(?i),[ \t]*(?:wisst ihr|wissen Sie|weißt du|you know|vous savez|tu sais|n['’]est-ce pas"
    r"|¿?(?:sabéis|sabes|verdad)|sai|capito|snap je|weet je)[ \t]*[?？][»”\"]?$"
)
# The writer speaking of themselves, in the first person singular.
_FIRST_PERSON = re.compile(
    r"\b(?:[Ii]ch|I|[Jj]e|[Jj]['’]|[Yy]o|[Ii]o|[Ii]k|[Mm]e|[Mm]ir|[Mm]ich|[Mm]y|[Mm]ein\w*)\b"
)
_FEW_OWN = 2


def the_writers_own(questions: list[str]) -> bool:
    """Whether a page's one or two questions are all the writer's own, as a blog post in the
    first person has them: asked of oneself ("Fazit: Würde ich es wieder tun?") or a statement
    about oneself put to the readers with a tag ("Ich wollte ja nicht wie ein Anfänger
    dastehen, wisst ihr?"), one of them so at least: a FAQ's two questions are the reader's
    ("Can I renew online?"), answered by the site. An interviewer's few questions speak to the
    guest ("…, wissen Sie?" after "Sie", "you")."""
    return (
        0 < len(questions) <= _FEW_OWN
        and all(_writers_own(text) for text in questions)
        and any(_READER_TAG.search(text.strip()) for text in questions)
    )


def _writers_own(text: str) -> bool:
    text = text.strip()
    tag = _READER_TAG.search(text)
    if tag is not None:
        said = text[: tag.start()]
        return _FIRST_PERSON.search(said) is not None and not _SECOND_PERSON.search(said)
    return _ASKING_ONESELF.search(text[:_SCAN]) is not None and not _SECOND_PERSON.search(text)


# Korean wonders aloud in "-(으)ㄹ까요" ("어떻게 예방할 수 있을까요.", "얼마나 마셔야 할까요?"):
# "shall one …, I wonder", the explainer's own question. An interviewer honours the one asked
# in the verb ("하실까요", "있으신가요", "하셨나요", "드세요") and is answered in the first person.
_KOREAN_WONDERING = re.compile(r"[가-힣]*까요[.。?？]?$")
_KOREAN_HONORIFIC = re.compile(r"[시실셨세십신]|님")
_KOREAN_SELF = re.compile(r"(?:^|\s)(?:저는|제가|저희|저도|나는|내가|우리는|우리가)")


def wonders_aloud(questions: list[str], answers: list[str]) -> bool:
    """Whether a Korean explainer asks its own questions: three or more, half of them or more
    wondering in "-ㄹ까요" with no honorific for a guest, none honouring anyone, and no answer
    in the first person ("저는", "제가", "우리는"): the text answers itself impersonally
    ("…좋습니다"), where a guest speaks of themselves."""
    if len(questions) < _MIN_QUESTIONS:
        return False
    endings = [text.rstrip().rsplit(maxsplit=1)[-1] if text.strip() else "" for text in questions]
    wondering = sum(
        1 for word in endings
        if _KOREAN_WONDERING.search(word) and not _KOREAN_HONORIFIC.search(word)
    )
    if 2 * wondering < len(questions) or any(_KOREAN_HONORIFIC.search(w) for w in endings):
        return False
    return not any(_KOREAN_SELF.search(answer) for answer in answers)
