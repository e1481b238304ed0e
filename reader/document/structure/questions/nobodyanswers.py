"""Whether a page's questions are its reader's, answered by the page itself, with nobody
interviewed: an explainer ("Rail walkout on Thursday: what it means for your journey" /
"### Can I still travel on Thursday?" / "Yes, but …"), a how-to or a guide whose headings ask
what its reader would ask.

What the page shows when nobody is being interviewed, in any language:

- no question speaks to anybody: an interviewer asks *someone* ("Frau Brandtner, …?",
  "Vous arrive-t-il de craquer ?", "What do you do yourself?");
- no answer speaks in the first person singular: a guest speaks of themselves ("I always tell
  people …", "Je vois beaucoup de patients …"), where the page answers its reader ("You can
  claim …", "Oui, sous conditions.") or speaks of the rules;
- and the questions are the reader's own, asked for themselves in the first person
  ("Can I get my money back?", "Kan ik een extra container aanvragen?", "Czy mogę …?"), on a
  page that does not call itself questions and answers nor labels them so (a FAQ's "Can I
  renew online?" are its sections, kept for the outline as its readers look for them one by
  one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Block, BlockKind
from ..text.capitals import CAPITALS
from ..text.measures import addresses_someone, word_count

_MIN_QUESTIONS = 3
_SCAN = 2000

# The first person singular, written out: the reader asking for themselves ("Can I …?",
# "Will my ticket …?", "Puis-je …?", "Kan ik …?", "… descontar-me …?"), or a guest speaking
# of themselves in an answer. Each case spelled, so that a Turkish "mı" is no "mi"; the French
# "je" only after its verb or "est-ce que" (a Dutch "je" is "you", a Czech one "is").
_FIRST_PERSON = re.compile(
    r"-je\b|\b[Ee]st-ce que j(?:e\b|['’])"
    r"|\b(?:I|[Mm]y|[Mm]e|[Mm]ine|[Jj]['’]|[Mm]oi|[Mm]on|[Ii]ch|[Mm]ich|[Mm]ir|[Mm]ein\w*"
    r"|[Ii]k|[Mm]ijn|[Jj]ag|[Mm]ig|[Mm]itt|[Ii]o|[Mm]i|[Yy]o|[Ee]u|[Mm]eu|[Mm]inha|[Mm]nie"
    r"|[Mm]ój|[Mm]oja|[Mm]oje)\b"
)
# Speaking to somebody, beyond ``addresses_someone``: the Dutch "je", "jou" and "u", the
# Scandinavian "du", the Czech and Slovene "ty", "vy", "ste". A word that is something else
# in another language ("u", "at", in Czech) only keeps an interview's questions.
_YOU = re.compile(
    r"\b(?:[Jj]e|[Jj]ou|[Jj]ouw|[Jj]ij|[Uu]|[Uu]w|[Dd]u|[Dd]ig|[Dd]eg|[Dd]in|[Dd]itt|[Dd]ina"
    r"|[Dd]ere|[Tt]y|[Vv]y|[Ss]te)\b"
)


def speaks_to_someone(text: str) -> bool:
    return addresses_someone(text) or _YOU.search(text, 0, _SCAN) is not None


# Where the verb carries the person: a first-person verb opening the question, asking what
# one may or must do ("¿Puedo …?", "Posso …?", "Puc …?", "Czy mogę …?", "He de …?").
_FIRST_PERSON_VERB = re.compile(
    r"(?i)^[¿¡\s]*(?:e\s+|y\s+|i\s+|czy\s+)?(?:puedo|debo|tengo que|necesito|posso|devo"
    r"|preciso|tenho de|tenho que|puc|he de|haig de|necessito|mog[ęe]|musz[ęe]|powinienem"
    r"|powinnam)\b"
)
# A page that calls itself questions and answers, in the languages read here.
_ANNOUNCED_QA = re.compile(
    r"(?i)\bfaqs?\b|\bq\s*&\s*a\b|frequently asked|questions? (?:and|&) answers?"
    r"|questions?[ -]r[ée]ponses?|foire aux questions|questions fr[ée]quentes"
    r"|h[äa]ufig(?:e|en)? (?:gestellte )?fragen|fragen und antworten|fragen & antworten"
    r"|preguntas (?:m[áa]s )?frecuentes|preguntas y respuestas|domande frequenti"
    r"|domande e risposte|perguntas (?:mais )?frequentes|perguntas e respostas"
    r"|veelgestelde vragen|vragen en antwoorden|najcz[ęe]ściej zadawane pytania"
    r"|pytania i odpowiedzi|vanliga fr[åa]gor|fr[åa]gor och svar|preguntes freq[üu]ents"
    # or speaks of its questions above them ("Library card questions", "Ask the beekeeper:
    # your questions about swarms, answered"): it presents them as questions put and answered
    r"|\b(?:questions?|fragen|preguntas|vragen|domande|perguntas|pytania|fr[åa]gor|preguntes)\b"
)
# Somebody named in a sentence above the questions: a first name and a surname inside it, the
# surname's particle between them ("We put our readers' questions to Farida Okonjo, …", "La
# abogada Inés Carbonell resuelve …", "beantwoordt bijenteeltdocent Wim de Graaf jullie
# vragen"): the one the questions are put to, as a Q&A with an expert names them once.
NAMED = re.compile(
    rf"(?:(?<=[^\W\d_],\s)|(?<=[a-zß-ÿ]\s))[{CAPITALS}][a-zß-ÿ'’-]+"
    r"(?:\s+(?:de|van|von|der|den|da|del|di|du|dos|das|le|la|ten|ter|zu))*"
    rf"\s+[{CAPITALS}][a-zß-ÿ'’-]+"
)
_INTRO_WORDS = 12  # a sentence: a byline ("By Hannah Colfax, transport correspondent") is none


def nobody_answers(
    blocks: Sequence[Block],
    questions: Sequence[str],
    answers: Sequence[tuple[int, int]],
    first: int,
    labelled: bool,
) -> bool:
    """Whether three questions or more are a page's own for its reader: none speaks to
    anybody, no answer (spans of ``blocks``) speaks in the first person singular, and
    half of them or more ask for the reader in the first person, on a page that neither calls
    itself a FAQ (nor speaks of its questions above them) nor marks them with a label
    (``labelled``: "F:", "Q:"), and no sentence above them names somebody."""
    if len(questions) < _MIN_QUESTIONS or not answers:
        return False
    if any(speaks_to_someone(text) for text in questions):
        return False
    if any(
        _FIRST_PERSON.search(block.text, 0, _SCAN)
        for start, end in answers
        for block in blocks[start:end]
    ):
        return False
    above = [block.text[:_SCAN] for block in blocks[: answers[0][0]]]
    own = sum(1 for text in questions if _readers_own(text))
    if 2 * own < len(questions) or labelled or _announced(blocks, above):
        return False
    return not names_somebody(blocks, first)


def names_somebody(blocks: Sequence[Block], first: int) -> bool:
    """Whether a sentence above block ``first`` (a paragraph of twelve words or more, not a
    byline) names somebody by first name and surname."""
    return any(
        NAMED.search(block.text, 0, _SCAN)
        for block in blocks[:first]
        if block.kind is BlockKind.PARAGRAPH and word_count(block.text) >= _INTRO_WORDS
    )


def speaks_in_first_person(text: str) -> bool:
    return _FIRST_PERSON.search(text) is not None


def _readers_own(question: str) -> bool:
    """A question that asks ("?") for the reader, in the first person singular."""
    text = question.strip()
    return text.endswith(("?", "？")) and (
        _FIRST_PERSON.search(text, 0, _SCAN) is not None
        or _FIRST_PERSON_VERB.search(text) is not None
    )


def _announced(blocks: Sequence[Block], above: list[str]) -> bool:
    """Whether the page calls itself questions and answers above its first answer or in any
    heading."""
    return any(_ANNOUNCED_QA.search(text) for text in above) or any(
        _ANNOUNCED_QA.search(block.text, 0, _SCAN)
        for block in blocks
        if block.kind is BlockKind.HEADING
    )
