"""What opens and closes an interview's exchanges without asking: a greeting answered by a
greeting, a host's opening that welcomes the listeners, the interviewer's closing thanks, and
a FAQ's last line for readers still asking. ``questions`` drops them from the questions
found."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import textcues
from ..text.capitals import CAPITALS
from ..text.cues import Cues
from ..text.textcues import Ending, Prefix, ending
from .prompts import names_a_questionnaire
from .qa import QA, Question, text_of

_GREETING_WORDS = 6


def without_greeting(cues: Cues, qa: QA) -> QA | None:
    """An opening exchange is no question: leading turns that do not ask and are answered in
    as few words ("Good morning!" / "Good morning!", a legend such as "Me = italics") are the
    introduction."""
    questions = list(qa.questions)
    lo = cues.lo
    # "–Su idea de la felicidad perfecta." / "–Creo más bien en ratos felices.": under a
    # questionnaire's name, a short prompt answered in a few words is its first question.
    questionnaire = names_a_questionnaire(cues.blocks, questions[0].first)
    while len(questions) > 1:
        first, following = questions[0], questions[1]
        asked = range(first.first - lo, first.answer - lo)
        answered = range(first.answer - lo, following.first - lo)
        # A welcome that thanks the guest ("… Gracias por acompañarnos." / "Un placer.") may
        # run longer than a greeting; it asks nothing either.
        opening = text_of(cues, asked[0], asked[-1] + 1)
        welcome = _THANKS.search(opening) is not None or _WELCOME.search(opening) is not None
        if cues.ends[asked[-1]] is Ending.NONE and not questionnaire and _greeted_in_turn(
            opening, " ".join(cues.content(k) for k in answered)
        ):
            questions.pop(0)
            continue
        if (
            cues.ends[asked[-1]] is not Ending.NONE
            or (questionnaire and not welcome)
            or (not welcome and sum(cues.words(k) for k in asked) > _GREETING_WORDS)
            or (sum(cues.words(k) for k in answered) > _GREETING_WORDS
                and not (welcome and _greets_back(cues, answered)))
        ):
            break
        questions.pop(0)
    # "ーよろしくお願いします" / "よろしくお願いします": a greeting answered by the same words,
    # wherever it comes, asks nothing.
    questions = [q for q in questions if not _echoed(cues, q)] or questions
    if len(questions) > 1 and _hosts_opening(questions[0].text):
        questions.pop(0)
    if questions:
        questions[0] = _without_thanks_turn(cues, questions[0])
    return QA(qa.form, tuple(questions)) if questions != list(qa.questions) else qa


# A welcome answered in kind ("本日はありがとうございます。よろしくお願いします。" / "こちらこそ、
# よろしくお願いします。", "Merci de nous recevoir." / "Avec plaisir, merci à vous."): one short
# turn, however its words are counted in a script without spaces.
_IN_KIND = re.compile(
    r"(?i)\b(?:(?:my |a |un |con |avec )?(?:pleasure|plaisir|placer|piacere|prazer)|gerne?"
    r"|thank you|thanks|merci|gracias|danke|grazie|obrigad[oa])\b|こちらこそ|よろしく"
)
_IN_KIND_CHARS = 40


def _greets_back(cues: Cues, answered: range) -> bool:
    """Whether the reply's first block greets back in kind, in one short line (an intertitle
    may follow it before the first question: "概要")."""
    text = cues.content(answered[0]) if answered else ""
    return len(text) <= _IN_KIND_CHARS and _IN_KIND.search(text) is not None


# Where a sentence ends, in scripts with spaces and without ("…さんです。よろしく…").
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*(?=\S)")


def _greeted_in_turn(opening: str, reply: str) -> bool:
    """Whether a host's opening, however long it presents the show and the guest, ends by
    greeting them ("…さんです。よろしくお願いします。", "… Welcome, Wilf Amory.") and the guest
    only greets back, in one short sentence ("よろしくお願いします。"): the introduction, not
    a question. A guest who goes on after the greeting ("Thanks, Ruth. I should say it's a
    big balcony …") answers the introduction, which then counts as the first question."""
    said = _SENTENCE_END.split(opening.strip())
    answered = _SENTENCE_END.split(reply.strip())
    last = said[-1]
    return (
        len(said) >= 2
        and len(answered) == 1
        and len(last) <= _IN_KIND_CHARS
        and len(answered[0]) <= _IN_KIND_CHARS
        and (_WELCOME.search(last) is not None or _IN_KIND.search(last) is not None)
        and ending(last) is not Ending.QUESTION
        and _IN_KIND.search(answered[0]) is not None
    )


def _echoed(cues: Cues, question: Question) -> bool:
    """Whether a question that ends without asking is answered by its own words alone."""
    asked, answer = question.first - cues.lo, question.answer - cues.lo
    if answer != asked + 1 or answer >= len(cues) or cues.ends[asked] is not Ending.NONE:
        return False
    return _bare(cues.content(asked)) == _bare(cues.content(answer)) != ""


def _bare(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _without_thanks_turn(cues: Cues, question: Question) -> Question:
    """The first question's turns, the interviewer's label repeated on each: a first turn that
    thanks the guest and asks nothing ("Homepage AG: Vorab vielen Dank, dass Sie sich die Zeit
    … genommen haben." / "Homepage AG: Wie lautet …?") is the introduction, not the question's
    first sentence; one turn of thanks and question together stays whole."""
    first, second = question.first - cues.lo, question.first - cues.lo + 1
    if (
        second >= question.answer - cues.lo
        or cues.prefixes[first] is not Prefix.SPEAKER
        or cues.prefixes[second] is not Prefix.SPEAKER
        or cues.speakers[first] != cues.speakers[second]
        or cues.ends[first] is not Ending.NONE
        or _THANKS.search(cues.content(first)) is None
    ):
        return question
    text = text_of(cues, second, question.answer - cues.lo)
    return replace(question, first=question.first + 1, text=text)


def _hosts_opening(text: str) -> bool:
    """A host's opening turn, which welcomes the listeners in its first sentence and goes on
    to present the show or the guest, asks nothing when its last sentence speaks of the guest
    rather than to them ("… with Tom Ashby, who keeps six hives."); one ending "Ruth,
    welcome." or "Marcos, cuéntanos …" hands the guest the word."""
    sentences = _SENTENCE.split(text.strip())
    if len(sentences) < 2 or _WELCOME.search(sentences[0]) is None:
        return False
    last = sentences[-1]
    return not (
        ending(last) is Ending.QUESTION
        or _VOCATIVE.match(last)
        or textcues.addresses_someone(last)
    )


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
_VOCATIVE = re.compile(rf"[{CAPITALS}][\w'’\-]*,")
# A host's opening that welcomes the listeners and names the guest asks nothing either.
_WELCOME = re.compile(
    r"(?i)\b(?:welcome|bienvenu\w*|willkommen|bienvenid\w*|benvenut\w*|welkom|bem-vind\w*"
    r"|witam\w*|witaj\w*|(?:hi|hello)\W+(?:everybody|everyone)|bonjour à tous"
    r"|hallo zusammen|hola a todos)"
)
_THANKS = re.compile(
    r"(?i)\b(?:merci|thanks?|danke|danken|dank|bedankt|gracias|agradec\w*|grazie|obrigad[oa]s?"
    r"|gràcies|dziękuj\w*|dzięki|ringrazi\w*|remerci\w*|agradeç\w*|bedanke\w*|tack|takk"
    r"|mange tak|tak for|спасибо|благодар\w*)\b"
    r"|ありがとう|感謝|谢谢|感谢|감사"  # (scripts without spaces: no word boundary to find)
)
_THANKS_WORDS = 15  # a closing thanks is one short turn


# A FAQ's closing line for readers whose question was not answered: "Still have questions?",
# "Vous n'avez pas trouvé votre réponse ?", "¿No encuentras tu respuesta?", "Noch Fragen?".
_STILL_ASKING = re.compile(
    r"""(?ix)\b(?:
        still \s+ (?:have \s+ (?:a \s+)? questions? | unsure | not \s+ sure)
      | (?:more|other|any \s+ other) \s+ questions | didn'?t \s+ find
      | pas \s+ trouv[ée] | d'autres \s+ questions | encore \s+ des \s+ questions
      | noch \s+ fragen | weitere \s+ fragen | nicht \s+ gefunden
      | no \s+ encuentras? | no \s+ has \s+ encontrado | m[áa]s \s+ preguntas
      | otras \s+ preguntas
    )"""
)


def without_thanks(cues: Cues, qa: QA | None) -> QA | None:
    """Closing material asks the guest nothing: the interviewer's thanks ("Thank you,
    Margaret.", "Herr Maurer, wir danken Ihnen für dieses Gespräch.") or a FAQ's last line for
    readers still asking ("Vous n'avez pas trouvé votre réponse ?") is no question."""
    if qa is None or len(qa.questions) < 2:
        return qa
    questions = qa.questions
    text = questions[-1].text
    if len(text.split()) <= _THANKS_WORDS and _STILL_ASKING.search(text):
        return QA(qa.form, questions[:-1])
    # The thanks may come with a farewell after it ("Danke dir für das Gespräch." / "Bis
    # bald!"): the short turns from the thanks on, none of them asking, all close.
    for last in range(len(questions) - 1, max(0, len(questions) - 3), -1):
        text = questions[last].text
        if len(text.split()) > _THANKS_WORDS or ending(text) is Ending.QUESTION:
            break
        if _THANKS.search(text):
            return QA(qa.form, questions[:last])
    return qa


# A greeting on a line of its own over the first question, the question going on after it:
# "Hallo Andi," / "wie bist du zum Verein gekommen?", "Hi Sam —" / "tell us …". The greeting
# ends with a comma or a dash and the question opens in lower case: one sentence the page's
# line break cut, so the greeting is the question's opening, not the introduction's end.
_GREETING_LINE_WORDS = 5
_GREETING_LINE_END = re.compile(r"(?:,|\s[–—-])\s*$")


def with_greeting_line(cues: Cues, qa: QA | None) -> QA | None:
    """The first question with the greeting line above it that its sentence runs on from."""
    if qa is None or not qa.questions:
        return qa
    first = qa.questions[0]
    above = first.first - cues.lo - 1
    if above < 0 or not first.text[:1].islower():
        return qa
    greeting = cues.content(above).strip()
    if (
        not greeting
        or cues.words(above) > _GREETING_LINE_WORDS
        or _GREETING_LINE_END.search(greeting) is None
        or not greeting[:1].isupper()
    ):
        return qa
    opened = replace(first, first=first.first - 1, text=f"{greeting} {first.text}")
    return replace(qa, questions=(opened, *qa.questions[1:]))
