"""Whether the plain questions found make an interview: an introduction announcing one, answers
given in turn as children or a questionnaire write them, and not the lines of a story's
dialogue (``plainform.plain_questions`` asks these once it has its candidates)."""

from __future__ import annotations

import re

from ..text.cues import Cues
from ..text.endings import Ending
from ..text.textcues import Prefix, addresses_someone, sentence_count, speaks_of_self
from .pagetail import furniture_tail
from .tellrequests import tells_the_guest

_REPLY_WORDS = 6  # "— Non.", "“Not yet,” she said.": a line of dialogue, not an answer
QUOTE_OPENERS = tuple("«“„\"‘")


# An introduction announcing the interview: "Il settimanale intervista la figlia…", "Wir
# haben mit ihr gesprochen", "we spoke to", "entrevistamos a".
_INTERVIEW_WORD = re.compile(
    r"(?i)\b(?:interview|interviu|intervist|entrevist|entretien|gespräch|wywiad|rozmaw"
    r"|vraaggesprek|spoke (?:to|with)|talked (?:to|with)|sprach mit|gesprochen)|インタビュー"
)
# Over answers given in turn, the word in more of the corpus' languages: "intervju" (Nordic),
# "röportaj", "söyleşi", "rozhovor", "wawancara", "interjú", "haastattel…", "интервью",
# "інтерв'ю", "συνέντευξ…", "phỏng vấn", and in scripts without spaces "采访", "访谈", "인터뷰",
# "مقابلة", "حوار". (Not for two questions after prose: a Czech and a Swedish guide to
# interviewing got questions so; "interviu" and "インタビュー" gave none, and are above.)
_INTERVIEW_WORD_WIDE = re.compile(
    r"(?i)\b(?:intervju|röportaj|söyleşi|rozhovor|wawancara|interjú|haastattel"
    r"|интервью|інтерв['’]ю|συνέντευξ|phỏng vấn)"
    r"|采访|採訪|访谈|訪談|인터뷰|مقابلة|حوار"
)
_INTRO_BLOCKS = 3


def announced(cues: Cues, first: int, wide: bool = False) -> bool:
    """Whether one of the paragraphs just before the first question announces an interview
    (``wide``: in the longer list of languages)."""
    return any(
        _INTERVIEW_WORD.search(cues.content(k), 0, 2000)
        or (wide and _INTERVIEW_WORD_WIDE.search(cues.content(k), 0, 2000))
        for k in range(max(0, first - _INTRO_BLOCKS), first)
    )


_NOTE_AFTER = 1  # a block after a questionnaire's last answer
_QUESTIONNAIRE = 5
_IN_TURN = 4


def answered_in_turn(cues: Cues, questions: list[int], firsts: list[int]) -> bool:
    """A short interview, as children or a questionnaire write it: three or more questions,
    each answered by exactly one paragraph before the next, and the answers mostly in the
    first person ("Ich bin im elften Jahr."), or four or more so answered in words below an
    introduction announcing an interview (a children's paper: "Hieronder een interview met …"
    / "Waarover wil je schrijven?" / "Dieren en grapjes."; three when they run to the end of
    the text: "… y empezamos la entrevista." / "¿Qué aprendió?" / "Que la noticia …"), or
    five or more so answered up
    to the end of the text ("Déu existeix?" / "No ho sé."), one answer in five at most
    running to a second paragraph. Answers then may be as short as the questions."""
    if len(questions) < 3:
        return False
    longer = sum(1 for k, end in zip(questions[:-1], firsts[1:], strict=True) if end != k + 2)
    # A questionnaire: one answer in five may run to a second paragraph; a note may follow
    # the last answer ("* Inspirado en el cuestionario Proust …", "Kommentar: …").
    # The page's furniture after the last answer ("Etiketler: …" / "Yorum Yaz") is no answer,
    # nor is it after the note ("Leggete le altre interviste …!" / "Lascia un commento").
    tail = furniture_tail(cues)
    if (
        len(questions) >= _QUESTIONNAIRE
        and 5 * longer <= len(questions)
        and len(cues) - _NOTE_AFTER - tail <= questions[-1] + 2 <= len(cues)
    ):
        return True
    if longer:
        return False
    if (
        # three up to the end of the text do ("… y empezamos la entrevista." / three turns)
        (len(questions) >= _IN_TURN or len(cues) - tail <= questions[-1] + 2 <= len(cues))
        and announced(cues, questions[0], wide=True)
        and all(_worded(cues, k + 1) for k in questions)  # a worksheet's lines answer nothing
    ):
        return True
    in_first_person = sum(1 for k in questions if speaks_of_self(cues.content(k + 1)))
    return 2 * in_first_person >= len(questions)


def labelled_unanswered(cues: Cues) -> bool:
    """A worksheet's, a test's or an article's list of questions, each labelled with a word
    and standing right above the next one ("Pytanie 1: Kiedy …?" / "Pytanie 2: Kto …?",
    "Kysymys: …?" three lines running): a paragraph labelled as a question answers nothing,
    so when half the labelled questions or more are followed at once by another, they are
    listed, not asked of anyone (an interview labels its answers, or answers in between). A
    bare number ("1." under "1- PER IL TUO …?") numbers an answer: the label must be a word."""
    labelled = {
        k for k in range(len(cues))
        if cues.prefixes[k] is Prefix.QUESTION
        and any(c.isalpha() for c in cues.blocks[cues.lo + k].text[: cues.cuts[k]])
    }
    unanswered = sum(1 for k in labelled if k + 1 in labelled)
    return len(labelled) >= 2 and 2 * unanswered >= len(labelled)


def _worded(cues: Cues, k: int) -> bool:
    return any(ch.isalpha() for ch in cues.content(k)[:200])


def dialogue(cues: Cues, questions: list[int]) -> bool:
    """Fiction, not an interview: at least half the questions open with a dialogue mark (a dash
    or a quotation mark) and get a reply of at most ``_REPLY_WORDS`` words opening the same way,
    as in "— Tu viens ?" / "— Non.". Interviewees answer at more length than that."""
    replies = 0
    for k in questions:
        reply = k + 1
        if (
            reply < len(cues)
            and _spoken(cues, k)
            and _spoken(cues, reply)
            and cues.ends[reply] is Ending.NONE
            and cues.words(reply) <= _REPLY_WORDS
        ):
            replies += 1
    return replies * 2 >= len(questions)


def _spoken(cues: Cues, k: int) -> bool:
    return cues.prefixes[k] is Prefix.DASH or cues.content(k).startswith(QUOTE_OPENERS)


# "Entretien avec Karim du musée de Cognac...", "Interview with …", "Intervista a …": a short
# line naming the interview right above its first question.
_ANNOUNCEMENT = re.compile(
    r"(?i)(?:entretien|interview|intervista|entrevista|intervju|rozhovor|wywiad|gespräch)"
    r"\s+(?:avec|with|mit|con|a|à|med|s|se|z|ze)\s"
)
_ANNOUNCEMENT_WORDS = 15


def after_announcement(cues: Cues, order: list[int]) -> list[int]:
    """The questions from the one right under a line announcing the interview, when "?" lines
    stand above that line ("Un musée, à quoi ça sert ?" / "Qui travaille dans un musée ?" /
    "Entretien avec Karim …" / "Bonjour, comment s'appelle ton métier ?"): those are the
    page's headings, not questions put to the guest."""
    asked = set(order)  # (a list's "in" walks it: a long interview's thousands of questions)
    for k in range(order[0] + 1, order[-1]):
        if (
            k + 1 in asked
            and k not in asked
            and cues.words(k) <= _ANNOUNCEMENT_WORDS
            and _ANNOUNCEMENT.match(cues.content(k))
        ):
            kept = [q for q in order if q > k]
            return kept if len(kept) >= 2 else order
    return order


# English small words a headline in title case leaves in lower case ("Do You Need a
# Transcript for Every Episode?").
_SMALL_WORDS = frozenset((
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
    "with", "from", "as", "into", "per", "via", "vs", "is",
))
_TITLE_WORDS = 4


def title_cased(text: str) -> bool:
    """Whether a question is written as a how-to's intertitle, every word but the small ones
    capitalised ("Which Timestamp Format Should You Use?"): an interviewer writes sentences,
    and no question of the corpus's interviews is so written. Capitals only are not title
    case (a paper's questions in capitals are its style)."""
    words = re.findall(r"[^\W\d_][\w'’]*", text)
    big = [word for word in words if word.casefold() not in _SMALL_WORDS]
    return (
        len(big) >= _TITLE_WORDS
        and all(word[0].isupper() for word in big)
        and not all(word.isupper() for word in big)
    )


_ASKED_WORDS = 6  # "¿El secreto? Trabajar.": an answer taking up its own short question
_CLARIFY_WORDS = 12


def asks_then_clarifies(cues: Cues, k: int) -> bool:
    """Whether block ``k`` asks, then narrows its question in one short sentence ("¿Qué tal la
    experiencia en Manchester? Ya sea en la vida cotidiana o en el colegio."): two sentences,
    the first a question of six words or more put by nobody speaking of themselves, the second
    shorter, no longer than twelve words and telling no one what to do, and the next block does
    not ask. An answer that takes up a short question of its own ("¿El secreto? Trabajar
    mucho.") asks in fewer words."""
    if cues.ends[k] is not Ending.NONE or k + 1 >= len(cues) or cues.ends[k + 1] is Ending.QUESTION:
        return False
    if k in cues.numbered:  # "2. Quel titre choisirais-tu ? Justifie ta réponse.": a worksheet
        return False
    content = cues.content(k)
    asked = content.find("?")
    if asked < 0 or sentence_count(content) != 2:
        return False
    question, tail = content[: asked + 1], content[asked + 1 :]
    return (
        tail[:1].isspace()  # "… (pourquoi la Lune change-t-elle ?). L'explication …" explains
        and len(question.split()) >= _ASKED_WORDS
        and len(tail.split()) <= min(_CLARIFY_WORDS, len(question.split()) - 1)
        and tail.rstrip().endswith(".")
        and not speaks_of_self(question)
        and not addresses_someone(tail)  # "…? Justifie ta réponse.": a worksheet's instruction
    )


_REQUEST_WORDS = 15
_BARE_REQUEST_WORDS = 12


def puts_a_request(cues: Cues, k: int) -> bool:
    """Whether block ``k`` is an interviewer's request in a question's place, one short
    sentence telling the guest to tell us ("Tell us about yourself.", "Describe your typical
    day.") and ending with a period: a prompt with no "?" once the page asks elsewhere."""
    if cues.ends[k] is not Ending.NONE or cues.words(k) > _BARE_REQUEST_WORDS:
        return False
    content = cues.content(k).rstrip()
    return (
        content.endswith(".")
        and sentence_count(content) == 1
        and tells_the_guest(content)
        and not speaks_of_self(content)
    )


def asks_to_tell(cues: Cues, k: int, first: int) -> bool:
    """Whether line ``k``, ending with ":" above the ``first`` question, is the first request
    put to the guest ("Fale um pouco mais do seu livro:" / its answer / "Qual é …?"): one short
    sentence speaking to someone, answered by the one block above the first question. An
    introduction announcing the guest ("Conozcamos a nuestra autora invitada:") speaks of her."""
    content = cues.content(k)
    return (
        k + 2 == first
        and cues.words(k) <= _REQUEST_WORDS
        and sentence_count(content) == 1
        and addresses_someone(content)
        and not speaks_of_self(content)
    )


# "Hanne Friis, formand for HK Nordjylland:": a full name, a comma, the person's role.
_NAME_AND_ROLE = re.compile(
    r"[^\W\d_a-zà-ÿ][\w'’-]+(?:\s[^\W\d_a-zà-ÿ][\w'’.-]*){1,3},\s[^:?!]{3,90}:"
)


def names_a_speaker(cues: Cues, k: int) -> bool:
    """Whether block ``k`` opens by naming who speaks and their role, as a page that puts two
    guests' answers one after the other introduces each ("Hanne Friis, formand for HK
    Nordjylland:" above her words, or before them on the same line): no prompt, since it asks
    no one anything ("Maria Rossi, ci racconti il suo lavoro:" still asks)."""
    text = cues.content(k)
    named = _NAME_AND_ROLE.match(text)
    if named is None or addresses_someone(named.group()):
        return False
    return named.end() == len(text) or text[named.end() : named.end() + 1].isspace()


_HEADER_WORDS = 2


def heads_another_question(cues: Cues, before: int, accepted: set[int]) -> bool:
    """Whether the line above a question opens with the same words as the line above another
    question ("Запитання для Оксани Гордієнко. Автор – Дмитро Савчук" / … / "Запитання для
    Тараса Мельника. Автор – Олена"): a header the page repeats over each question, not a
    statement the question follows up."""
    opening = cues.content(before).casefold().split()[:_HEADER_WORDS]
    if len(opening) < _HEADER_WORDS:
        return False
    return any(
        q > 0 and q - 1 != before
        and cues.content(q - 1).casefold().split()[:_HEADER_WORDS] == opening
        for q in accepted
    )
