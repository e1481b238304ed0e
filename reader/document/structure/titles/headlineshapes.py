"""Headlines of shapes no older rule takes, each alone at the very top of a page that would
otherwise get no title at all: the genre and the guest's name ("Interview: Miriam Vogt") over
the first turn; a podcast episode's number before its name ("041. Primeros empleados") over its
duration and date; one short sentence ("E por fin, chegan os deportes.") over the
introduction and the labelled turns; a question ("¿Cómo es la enseñanza en Manchester?") over
turns that each open with a dash, which it does not. And a subtitle that only names the
work's genre ("The Gate at Millbrook" / "A one-act play"): the title is the line above it."""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from ..text.textcues import Ending, ending, word_count
from .aboveheadline import opens_turns
from .titlecues import is_greeting, is_title_candidate

# The genre and the guest's name, alone at the very top: "Interview: Miriam Vogt", "Entretien :
# Jeanne Roy". Under a headline it signs the interviewer ("Interview: Jonas Brehm" at the end
# too); with nothing above it and the text under it, it is the page's only title.
_GENRE_AND_NAME = re.compile(
    r"(?:Interview|Entretien|Entrevista|Intervista|Wywiad|Gespräch|Rozhovor|Intervju)\s*:\s*"
    r"(?:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][\w'’.-]*\s){1,3}[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][\w'’-]*"
)


def genre_and_name_on_top(blocks: list[Block], i: int, n: int) -> bool:
    """Whether block ``i``, the first of the page, is the genre and a name (see above) over the
    text: a turn or a paragraph, no headline under it."""
    return (
        i == 0
        and i + 1 < n
        and blocks[i].kind is BlockKind.PARAGRAPH
        and _GENRE_AND_NAME.fullmatch(blocks[i].text.strip()) is not None
        and (not is_title_candidate(blocks[i + 1]) or _labels_turns(blocks, i, n))
    )


def _labels_turns(blocks: list[Block], i: int, n: int) -> bool:
    """Whether the name's last word labels a turn below ("Interview: Miriam Vogt" / … /
    "Vogt: Ich habe …"): the guest's, so the line names the interview, not its author."""
    last = blocks[i].text.split()[-1].casefold()
    return any(
        b.text.split(":", 1)[0].strip().casefold() == last for b in blocks[i + 1 : min(n, i + 6)]
    )


# An episode's number, zero-padded ("041.", "007 -"), or its duration under it ("14:07").
_EPISODE_NUMBER = re.compile(r"0\d{1,3}\s?[.:)-]\s+\S")
_DURATION = re.compile(r"\W{0,3}(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s?min)?\W{0,3}")
_EPISODE_WORDS = 12


def episode_on_top(blocks: list[Block], i: int, n: int) -> bool:
    """Whether the page's first block is a podcast episode's numbered name over its duration
    ("041. Primeros empleados" / "- 14:07" / "- Jue Ene 15 2026"): an item of a list in the
    copy, but the episode's title. A list's first item ("1. Bereid je voor") has no zero before
    its number and no duration under it."""
    if i != 0 or i + 1 >= n or blocks[i].kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
        return False
    text = blocks[i].text.strip()
    return (
        _EPISODE_NUMBER.match(text) is not None
        and word_count(text) <= _EPISODE_WORDS
        and ending(text) is Ending.NONE
        and _DURATION.fullmatch(blocks[i + 1].text.strip()) is not None
    )


_SHORT_SENTENCE_WORDS = (3, 12)
# A greeting that ends with a period ("Hola a todos.", "Hello everyone."): the text's opening.
_GREETS = re.compile(
    r"(?i)(?:hola|hello|hi|hey|hallo|bonjour|bonsoir|salut|ciao|buongiorno|ol[áa]|dear|querid[oa]s?"
    r"|liebe[rs]?|ch[èe]re?s?|buen[oa]s|bom\s+dia|good\s+(?:morning|afternoon|evening)|guten|moin"
    r"|welcome|bienvenid[oa]s?|bienvenue|willkommen|benvenut[oi])\b"
)
_INTRO_WORDS = 20


def sentence_over_intro_and_turns(blocks: list[Block], i: int, n: int) -> bool:
    """Whether the page's first block is a headline of one short sentence ending with a period
    ("E por fin, chegan os deportes."), over an introduction of twenty words or more and then
    a speaker's first turn ("B: …?"). A greeting ("Hola a todos.") and a sentence that runs on
    into the text (no turn after one paragraph) are the text."""
    if i != 0 or i + 2 >= n or blocks[i].kind is not BlockKind.PARAGRAPH:
        return False
    text = blocks[i].text.strip()
    low, high = _SHORT_SENTENCE_WORDS
    return (
        low <= word_count(text) <= high
        and text.endswith(".")
        and not text.endswith("..")
        and re.search(r"[.!?;:]\s", text) is None
        and not is_greeting(blocks[i])
        and _GREETS.match(text) is None
        and blocks[i + 1].kind is BlockKind.PARAGRAPH
        and word_count(blocks[i + 1].text) >= _INTRO_WORDS
        and opens_turns(blocks, i + 2, n)
    )


_DASH = re.compile(r"\s*[-–—]\s?\S")
_DASHED_TURNS = 3
_DASH_ZONE = 8
_QUESTION_TITLE_WORDS = 14


def question_over_dashed_turns(blocks: list[Block], i: int, n: int) -> bool:
    """Whether the page's first block is a headline that asks ("¿Cómo es la enseñanza en
    Manchester?") over an interview whose turns each open with a dash: the block right under
    it does, and three within the next eight do; the headline has none. A first question
    over dashed answers has its answer right under it, without a dash."""
    if i != 0 or i + 1 >= n or blocks[i].kind is not BlockKind.PARAGRAPH:
        return False
    text = blocks[i].text.strip()
    later = blocks[i + 1 : min(n, i + 1 + _DASH_ZONE)]
    return (
        ending(text) is Ending.QUESTION
        and word_count(text) <= _QUESTION_TITLE_WORDS
        and _DASH.match(text) is None
        and _DASH.match(blocks[i + 1].text) is not None
        and sum(1 for b in later if _DASH.match(b.text)) >= _DASHED_TURNS
    )


def odd_headline_on_top(blocks: list[Block], i: int, n: int) -> bool:
    """Whether the page's first block is a headline of one of the shapes above."""
    return (
        genre_and_name_on_top(blocks, i, n)
        or episode_on_top(blocks, i, n)
        or sentence_over_intro_and_turns(blocks, i, n)
        or question_over_dashed_turns(blocks, i, n)
    )


# A subtitle that names the work's genre: "A one-act play", "A play in two acts", "A novel",
# "Une pièce en un acte", "Ein Hörspiel", "Obra en un acto", "Un racconto".
_GENRE_SUBTITLE = re.compile(
    r"(?i)(?:an?|une?|ein(?:e)?|una?|uno|een)\s+(?:[\w-]+\s+){0,2}?(?:play|drama|comedy|tragedy"
    r"|novel(?:la)?|short\s+story|story|poem|pi[èe]ce|com[ée]die|trag[ée]die|roman|nouvelle"
    r"|conte|po[èe]me|theaterst[üu]ck|st[üu]ck|h[öo]rspiel|drama|kom[öo]die|novelle|erz[äa]hlung"
    r"|obra|comedia|tragedia|novela|cuento|poema|opera|commedia|romanzo|racconto|toneelstuk"
    r"|verhaal)(?:\s+(?:in|en|in|em)\s+\S+\s+\S+)?"
)


# A questionnaire series' name under the answers' headline: "Kwestionariusz Przeglądu", "Le
# questionnaire de Proust", "Der Fragebogen", "Cuestionario Proust".
_SERIES = re.compile(
    r"(?i)(?:(?:the|le|der|el|il|de)\s+)?(?:kwestionariusz|questionnaire|fragebogen|cuestionario"
    r"|questionario|question[áa]rio|vragenlijst)(?:\s+\S+){0,3}"
)


def is_genre_subtitle(text: str) -> bool:
    """Whether a line only names the work's genre ("A one-act play") or a questionnaire's
    series ("Kwestionariusz Przeglądu"): the subtitle under a title, never the title itself."""
    text = text.strip().rstrip(".")
    return _GENRE_SUBTITLE.fullmatch(text) is not None or _SERIES.fullmatch(text) is not None


# A person's name alone: two to four capitalised words ("Petra Lindholm").
_PERSON = re.compile(r"(?:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][\w'’.-]+\s){1,3}[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][\w'’-]+")
_HEADLINE_ABOVE_WORDS = 3


def above_name_twice(blocks: list[Block], lines: list[int], headline: int) -> int:
    """The headline above a person's name given twice under it (a picture's description and
    its caption: "12.03.2011 Gewerkschaften haben viele Gesichter" / "Petra Lindholm" /
    "Petra Lindholm"): the name is the portrait's, not the page's title. ``headline`` itself
    when it is no such second copy."""
    k = lines.index(headline) if headline in lines else -1
    if k < 2 or lines[k - 1] != headline - 1:
        return headline
    name = blocks[headline].text.strip()
    above = blocks[lines[k - 2]].text.strip()
    if (
        blocks[headline - 1].text.strip() == name
        and _PERSON.fullmatch(name) is not None
        and word_count(above) >= _HEADLINE_ABOVE_WORDS
        and _PERSON.fullmatch(above) is None
    ):
        return lines[k - 2]
    return headline


_ROLE_WORDS = 2  # "BIBLIOTEKAR", "SOCIAL WORKER": a profession in capitals
_STEM_LETTERS = 5  # the profession's letters found again in the person's role


def profession_over_person(line: Block, below: Block) -> bool:
    """Whether ``line`` is a profession in capitals that ``below`` gives a person of, by name
    and role after a comma ("BIBLIOTEKAR" / "Siri Hauge, barne- og spelbibliotekar, Bergen
    offentlege bibliotek"): a portrait series' headline names the job, the line under it
    presents the person doing it; the headline is the line above. A section's name over a
    headline that names someone without that job ("KULTUR" / "Anna Berg, 34, opens …")
    stays a section."""
    upper = line.text.strip()
    name, _, role = below.text.partition(",")
    return (
        line.kind is BlockKind.PARAGRAPH
        and 0 < word_count(upper) <= _ROLE_WORDS
        and upper.isupper()
        and len(upper) >= _STEM_LETTERS
        and bool(role.strip())
        and 2 <= word_count(name) <= 4
        and all(word[:1].isupper() for word in name.split())
        and ending(below.text) is Ending.NONE
        and upper.casefold()[:-1] in role.casefold()
    )


# A fact box's field: a label of one or two words, a colon, a short value ("Edad: 16",
# "Posición: Central", "Born: 1984").
_FIELD = re.compile(r"[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*)?\s?:\s*\S")
_FIELD_WORDS = 6
_FIELD_RUN = 3


def _is_field(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and _FIELD.match(text) is not None
        and word_count(text) <= _FIELD_WORDS
        and ending(text) is Ending.NONE
    )


def _joined_fields(block: Block) -> bool:
    """Whether ``block`` is a card's fields written one a line with no blank between them, so
    the text joined them into one paragraph ("Curso: 2.º ESO" / "Fecha de entrega: viernes 14"
    → "Curso: 2.º ESO Fecha de entrega: viernes 14"): one colon for each of its two lines or
    more, the first line a field, each line short, no sentence's end."""
    first, last = block.source_lines
    lines = last - first
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and lines >= 2
        and text.count(":") == lines
        and _FIELD.match(text) is not None
        and word_count(text) <= _FIELD_WORDS * lines
        and ending(text) is Ending.NONE
        and not text.rstrip().endswith(".")
    )


def in_fact_box(blocks: list[Block], k: int, n: int) -> bool:
    """Whether line ``k`` is one field of a fact box, a run of three lines or more each a label,
    a colon and a short value ("Nombre: Iván Soler Pardo" / "Edad: 16" / "Equipo: Juvenil B"
    / "Posición: Central"), or a paragraph of such fields joined line to line (a worksheet's
    "Curso: …" / "Fecha de entrega: …" under its title): a player's, a guest's or a form's card
    under the headline, never the headline itself, however like a title its last field reads."""
    if _joined_fields(blocks[k]):
        return True
    if not _is_field(blocks[k]):
        return False
    start = k
    while start > 0 and _is_field(blocks[start - 1]):
        start -= 1
    end = k + 1
    while end < n and _is_field(blocks[end]):
        end += 1
    return end - start >= _FIELD_RUN
