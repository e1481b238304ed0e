"""Whether an article's questions are a guide's, talked about rather than answered: a guide to
the questions of a job interview speaks of questions in its sections ("Why they ask this: …")
or opens them with the same labels after each one ("Intenção do recrutador: …" / "Exemplo de
resposta: …"), where an interview answers them."""

from __future__ import annotations

import re

from ...model import Block
from ..text.capitals import CAPITALS
from ..text.cues import Cues
from ..text.textcues import Ending, addresses_someone, speaks_of_self

_SCAN = 2000  # as every cue (``textcues``): only a paragraph's first characters are read

# The word "question" (or "to ask") in the languages read here: a guide discussing the questions
# of a job interview uses it in most sections, an interviewee answering them seldom does.
# Words for a question or asking, at a word's start, in lower case: "Questions", "vraag",
# "Fragen", "preguntó", "domanda", "perguntas".
# In the other scripts too ("質問", "问题", "질문", "вопрос", "سؤال", "सवाल"): a Japanese blog's
# guide to interviewing speaks of 質問 as an English one of questions. Scripts without spaces
# (and Arabic, whose article is written onto the word) are matched anywhere in a word.
_QUESTION_WORD = re.compile(
    r"\b(?:question|vraa?g|frage|pregunt|domand|pergunt|pytani|вопрос|ερώτησ|सवाल|प्रश्न)"
    r"|質問|问题|提问|질문|سؤال|أسئلة|اسئلة"
)
_QUESTION_STEMS = (
    "question", "vrag", "vraag", "frage", "pregunt", "domand", "pergunt", "pytani", "вопрос",
    "ερώτησ", "सवाल", "प्रश्न", "質問", "问题", "提问", "질문", "سؤال", "أسئلة", "اسئلة",
)


def _talks_of_questions(text: str) -> bool:
    # Looking for the stems first is 8 times faster than the regular expression alone, which
    # took a second of a 10 MB document's parse (an answer seldom names a question).
    low = text[:_SCAN].lower()
    return any(stem in low for stem in _QUESTION_STEMS) and bool(_QUESTION_WORD.search(low))


# A guest telling their own way of asking ("Dann stelle ich dieselbe Frage noch einmal"): the
# first person, without the "je" a Dutch guide says to its reader.
_OWN_WAY = re.compile(
    r"\b(?:(?i:ich|mich|mir|mein|moi|mon|j['’]|my|yo|mí|я|мне|меня|мой)|I)(?!\w)"
    r"|私[はがも]|僕[はがも]|我(?!们)|저는|제가|나는|أنا|मैं"  # the same, where words run on
)


def discussed(blocks: list[Block], answers: list[tuple[int, int]]) -> bool:
    """Whether questions are a guide's, talked about rather than answered ("Why they ask
    this: …"): three or more, and half their ``answers`` (spans of ``blocks``) or more speak
    of questions or asking, or open their paragraphs with the same two labels or more
    ("Intenção do recrutador: …" / "Exemplo de resposta: …")."""
    if len(answers) < 3:
        return False
    talking = sum(
        any(_talks_of_questions(b.text) for b in blocks[start:end])
        and not any(_OWN_WAY.search(b.text, 0, _SCAN) for b in blocks[start:end])
        for start, end in answers
    )
    return 2 * talking >= len(answers) or _labelled_sections(blocks, answers)


# "Intenção do recrutador:", "Example answer:", "Warum das gefragt wird:": a guide's label, in
# words most of which are not names (a guest's name before each answer is no such label).
_GUIDE_LABEL = re.compile(r"([^\W\d_][\w'’]*(?:[ \t]+[\w'’]+){1,4})[ \t]*:[ \t]")
_LINKING = frozenset(
    {"de", "du", "des", "la", "le", "el", "del", "der", "die", "das", "von", "van", "of", "the",
     "y", "et", "and", "und", "do", "da", "a"}
)


# The same label inside a paragraph, where a list item joined its lines ("… Om du vill ha
# kaffe Så här svarar du: Tacka ja …"): capitalised, right after a space.
_INNER_LABEL = re.compile(rf"(?<=\s)([{CAPITALS}][\w'’]*(?:[ \t]+[\w'’]+){{1,4}})[ \t]*:[ \t]")


def _guide_labels(text: str) -> set[str]:
    """The guide's labels of a paragraph: the one opening it, and those a list item joined
    into it."""
    found = [_GUIDE_LABEL.match(text)]
    colon = text.find(":", 0, _SCAN)
    if colon >= 0 and text.find(":", colon + 1, _SCAN) >= 0:  # one more than the opening's
        found.extend(_INNER_LABEL.finditer(text, 0, _SCAN))
    return {label for match in found if match is not None and (label := _label(match.group(1)))}


def _label(written: str) -> str:
    words = written.split()
    common = [w for w in words[1:] if w[:1].islower() and w not in _LINKING and len(w) > 2]
    return written.casefold() if common else ""


# A guide's labels offer an answer, an example or a tip; a speaker's role ("Le maire :",
# "La directrice :") does not.
_ADVICE_WORD = re.compile(
    r"(?i)answer|antwo|respu|respo|réponse|rispost|exempl|example|beispiel|ejemplo|esempio"
    r"|voorbeeld|tip|conseil|consejo|dica|consiglio|advice|svar"
)


def _labelled_sections(blocks: list[Block], answers: list[tuple[int, int]]) -> bool:
    """Whether two labels or more each open a paragraph (or a line a list item joined into
    one) in half the answers or more, one of them offering an answer, an example or a tip."""
    counts: dict[str, int] = {}
    for start, end in answers:
        for label in set().union(*(_guide_labels(block.text) for block in blocks[start:end])):
            counts[label] = counts.get(label, 0) + 1
    recurring = [label for label, count in counts.items() if 2 * count >= len(answers)]
    return len(recurring) >= 2 and any(_ADVICE_WORD.search(label) for label in recurring)


# Opening quotation marks a question quoted in the text may stand in: 「…」, “…”, "…", «…», „…“.
_QUOTE_OPENERS = "「『“\"«„‘'"
_QUOTED_BEFORE = 3


def quoted_before(blocks: list[Block], questions: list[tuple[int, str]]) -> bool:
    """Whether questions are a guide's, quoted first and then taken up one by one: three or
    more, and half of them or more were written earlier in the text inside quotation marks
    (a list of 「なぜ起業したの?」, "Why did you start?" … then a section under each). An
    interview puts its questions once; a table of contents lists them without quotes.
    ``questions`` are ``(first block, text)`` pairs."""
    if len(questions) < _QUOTED_BEFORE:
        return False
    before = " ".join(block.text[:_SCAN] for block in blocks[: questions[0][0]])
    quoted = 0
    for _, text in questions:
        found = before.find(text.strip()) if text.strip() else -1
        if found > 0 and before[:found].rstrip(" \t")[-1:] in _QUOTE_OPENERS:
            quoted += 1
    return 2 * quoted >= len(questions)


_ANNOUNCED_ITEMS = 3


def announced_advice(cues: Cues, marks: list[int]) -> bool:
    """Numbered questions an article announces and then explains: three or more after prose,
    the paragraph just above them ending with a colon ("Drei Dinge wollen Personaler wissen:"),
    not one line under them speaking in the first person, as a guest answering would ("Ich
    …", "je …", "I …"), and one at least telling the reader ("… was Sie daraus gemacht
    haben"): a guide's "1. Können Sie Fehler zugeben?" / "Niemand ist fehlerfrei.". A mailed
    questionnaire's short answers ("Veintidós.") tell nobody anything."""
    first = marks[0]
    if len(marks) < _ANNOUNCED_ITEMS or first < 2 or cues.ends[first - 1] is not Ending.COLON:
        return False
    under = [k for k in range(first + 1, min(len(cues), marks[-1] + 2)) if k not in marks]
    texts = [cues.content(k) for k in under]
    return (
        not any(speaks_of_self(text) for text in texts)
        and any(addresses_someone(text) for text in texts)
    )
