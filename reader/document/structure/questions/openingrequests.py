"""The interviewer's first request, put in the first question's place: "Tell me a little
about yourself and how your experience led you to this position.", "Oi! Antes de começarmos,
conte um pouco sobre você.", "Queria começar pedindo pra vocês se apresentarem". It ends with
a period, or with nothing, so the rules reading "?" see no question in it, and the request
rules (``tellrequests``) want it short and opening with the verb; read alone it is the
introduction's last sentence. What makes it the first question is its place and its answer:
right above the first question found, over one answer in which the guest introduces
themselves, marked as the other questions are."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import BlockKind
from ..text.cues import Cues
from ..text.textcues import Ending, speaks_of_self
from .qa import QA, Form, Question, text_of

# Asked to introduce oneself, in the corpus's languages: "tell us about yourself", "introduce
# yourself", "conte um pouco sobre você", "se apresentarem", "présentez-vous", "stell dich
# vor", "preséntate", "presentati", "stel jezelf voor", "przedstaw się".
_INTRODUCE = re.compile(
    r"(?i)\b(?:"
    r"tell\s+(?:us|me)\b[^.?!]{0,40}?\babout\s+(?:yoursel(?:f|ves)|you\b)|"
    r"tell\s+(?:us|me)\s+who\s+you\s+are|introduce\s+yoursel(?:f|ves)|"
    r"(?:conte|fale|diga)(?:-(?:nos|me))?\s+(?:um\s+pouco\s+)?(?:mais\s+)?(?:sobre|de)\s+"
    r"(?:você|vocês|si|ti)\b|"
    r"(?:se\s+apresent(?:ar|arem|e|em)|apresent(?:e|em)-se)\b|"
    r"(?:présentez|présente)-(?:vous|toi)\b|(?:parlez|parle|racontez|raconte)-(?:nous|moi)\s+"
    r"(?:un\s+peu\s+)?de\s+(?:vous|toi)\b|"
    r"stell(?:en)?\s+(?:dich|sich|euch)\s+(?:doch\s+)?(?:bitte\s+)?(?:kurz\s+)?vor\b|"
    r"erzähl(?:en)?\s+(?:Sie\s+)?(?:uns\s+)?(?:etwas|ein\s+bisschen|kurz)\s+(?:über|von)\s+"
    r"(?:dich|sich)\b|"
    r"pres[ée]nt(?:a|e)(?:te|se)\b|(?:cu[ée]nt|h[áa]bl)(?:a|e)(?:nos|me)\s+(?:un\s+poco\s+|algo\s+)?"
    r"(?:de|sobre)\s+(?:ti|usted|vosotros|ustedes)\b|"
    r"presentati\b|si\s+presenti\b|(?:parla|raccont)(?:a|i)(?:ci|mi)\s+(?:qualcosa\s+|un\s+po'\s+)?"
    r"di\s+(?:te|sé|lei)\b|"
    r"stel\s+(?:je|jezelf|u|uzelf)\s+(?:even\s+|eens\s+)?voor\b|"
    r"vertel\s+(?:eens\s+)?(?:iets\s+)?over\s+(?:jezelf|uzelf)\b|"
    r"przedstaw(?:\s+się|cie\s+się)\b|opowiedz(?:cie)?\s+(?:nam\s+)?o\s+sobie\b"
    r")"
)

# The guest's first answer introduces them, often with a verb in the first person and no
# pronoun ("Sou professora …", "Somos a Stereonova …", "Contar de mim …").
_FIRST_PERSON = re.compile(
    r"(?i)\b(?:sou|somos|mim|soy|me\s+llamo|sono|mi\s+chiamo|jsem|jestem|jestemy|heiße|"
    r"bin|i['’]m|we['’]re|our|we|nous|wir|noi|nosotros|nós)\b"
)

_REQUEST_WORDS = 30
_ANSWER_BLOCKS = 2  # the request's answer: a paragraph or two before the first question
_FORMS = (Form.PLAIN, Form.DASH)  # forms in which the request can carry the same mark


def introduces(text: str) -> bool:
    """Whether a paragraph asks someone to introduce themselves."""
    return _INTRODUCE.search(text, 0, 600) is not None


def _introduces_self(cues: Cues, k: int) -> bool:
    content = cues.content(k)
    return speaks_of_self(content) or _FIRST_PERSON.search(content, 0, 400) is not None


def with_opening_request(cues: Cues, qa: QA | None) -> QA | None:
    """``qa`` with the request above its first question's place as its first question: a
    block of thirty words at most asking the guest to introduce themselves, not ending with
    "?", marked as the first question is (the same kind of block, the same prefix), over one
    or two blocks, the first of them in the first person, the others ending no question
    unless they are in the first person too."""
    if qa is None or not qa.questions or qa.form not in _FORMS:
        return qa
    first = qa.questions[0].first - cues.lo
    for answered in range(1, _ANSWER_BLOCKS + 1):
        k = first - answered - 1
        if k < 0:
            return qa
        if _request_over(cues, k, first):
            opened = Question(cues.lo + k, cues.lo + k + 1, text_of(cues, k, k + 1))
            return replace(qa, questions=(opened, *qa.questions))
    return qa


def _request_over(cues: Cues, k: int, first: int) -> bool:
    """Whether block ``k`` is a request to introduce oneself answered by the blocks between
    it and the ``first`` question."""
    kinds, prefixes, ends = cues.kinds, cues.prefixes, cues.ends
    if (
        kinds[k] is not kinds[first]
        or prefixes[k] is not prefixes[first]
        or ends[k] is Ending.QUESTION
        or cues.words(k) > _REQUEST_WORDS
        or not introduces(cues.content(k))
    ):
        return False
    between = range(k + 1, first)
    # The answer may ask back ("Contar de mim… Talvez seja melhor inverter: o que você
    # gostaria de saber?"): a block in the first person is the guest's, whatever it ends with.
    return _introduces_self(cues, k + 1) and all(
        kinds[j] is not BlockKind.HEADING
        and (ends[j] is not Ending.QUESTION or _introduces_self(cues, j))
        and cues.words(j) > cues.words(k) // 3
        for j in between
    )
