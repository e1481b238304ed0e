"""The lines around a page's headline, told apart: a rubric or a kicker above it, a
subtitle that says it again at more length, another article's teaser above a link to the
site's lists, chrome with a headline under it, an advice column's name."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import Ending, Prefix, ending, split_prefix, word_count
from .chrome import is_list_link
from .sitenames import SITE_NAME_WORDS
from .titlecues import (
    TITLE_WORDS,
    addressee,
    headline_above_marker,
    in_capitals,
    is_greeting,
    is_rubric,
    is_title_candidate,
    marker_role,
)

HEAD_LIMIT = 8  # chrome, markers and the headline: the first blocks only


def under_rubric(
    blocks: list[Block], k: int, above: list[int], headline: int, n: int, asks: bool
) -> bool:
    """Whether line ``k`` above the headline is a rubric ("Interview", "Editorial") or stands
    above one, as a picture's caption or a section's name does ("Lena spricht mit …" /
    "Interview" / "Schülerzeitung: Warum …?"). A rubric alone above a line that asks is the
    title above the first question ("ENTREVISTAS" / "1-O que você acha da escola?"), and one
    above a turn too ("Gespräch" / "SPIEGEL: Sind wir vorbereitet?")."""
    return any(
        is_rubric(blocks[r].text) and (not asks or r > above[0]) for r in above if r >= k
    ) and not opens_turns(blocks, headline, n)


def opens_turns(blocks: list[Block], k: int, n: int) -> bool:
    """Whether block ``k`` is a speaker's first turn: its name opens a later block too
    ("SPIEGEL: Sind wir vorbereitet?"), where "Schülerzeitung: Warum …?" is a headline."""
    prefix, name, _ = split_prefix(blocks[k].text)
    return prefix is Prefix.SPEAKER and any(
        split_prefix(b.text)[1] == name for b in blocks[k + 1 : min(n, k + 1 + 2 * HEAD_LIMIT)]
    )


_OPENING_WORD = 5  # letters: "Wywiad", "Interview", not an article
_PHRASE_WORDS = 3


def expands(line: Block, below: Block) -> bool:
    """Whether ``below`` is a subtitle that opens as the line above it does and says more
    ("Wywiad z Panią Dyrektor" / "Wywiad z dyrektorką SP12 przeprowadzony przez …"): the line
    above is the headline."""
    upper, lower = line.text.split(), below.text.split()
    return (
        line.kind is BlockKind.PARAGRAPH
        and len(upper) >= _PHRASE_WORDS  # not a rubric's word ("Rozhovor" / "ROZHOVOR S …")
        and len(upper[0]) >= _OPENING_WORD
        and upper[0].casefold() == lower[0].casefold()
        and len(lower) > len(upper)
    )


_NAME_WORDS = 2


def names_again(line: Block, below: Block) -> bool:
    """Whether ``below``, set in capitals, opens with the name the line above ends with and
    says more ("ENTREVISTA: Lucía Carrasco" / "LUCÍA CARRASCO “UN AÑO QUE NO VOY A OLVIDAR
    NUNCA”"): the page's display of the same story, under the post's own title."""
    name = line.text.rsplit(":", 1)[-1].split()
    lower = below.text.casefold()
    return (
        line.kind is BlockKind.PARAGRAPH
        and len(name) >= _NAME_WORDS
        and all(word[:1].isupper() for word in name)
        and in_capitals(below.text)
        and lower.startswith(" ".join(name).casefold())
        and len(lower.split()) > len(name)
    )


_TEASER_LINES = 2


def after_teaser(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the page's own top begins when another article's teaser stands above a link to
    the site's lists ("02/11/2024" / "PAOLO RANIERI" / "''Scrivo quando cammino…''" / "tutte
    le interviste" / "10/03/2023 CHIARA VENTURI"): after the link, the teaser and the link
    made SHARE. ``i`` when no short teaser with a headline stands above such a link."""
    for k in range(i + _TEASER_LINES, min(n - 1, i + HEAD_LIMIT)):
        block = blocks[k]
        if word_count(block.text) > TITLE_WORDS:
            return i
        if is_list_link(block):
            teaser = any(is_title_candidate(b) for b in blocks[i:k])
            follows = any(is_title_candidate(b) or marker_role(b) for b in blocks[k + 1 : k + 3])
            if not (teaser and follows):
                return i
            for j in range(i, k + 1):
                roles[j] = marker_role(blocks[j]) or Role.SHARE
            return k + 1
    return i


_KICKER_WORDS = 8


def is_kicker(blocks: list[Block], k: int, headline: int, n: int) -> bool:
    """Whether short line ``k`` is a kicker above a headline a page or a Word file set as
    its one first-level heading ("Our weekly column on money" / "# The baker of the market"):
    the heading was marked as the headline; a line of the text that states (a period) is
    no kicker."""
    line, heading = blocks[k], blocks[headline]
    return (
        line.kind is BlockKind.PARAGRAPH
        and heading.kind is BlockKind.HEADING
        and heading.level == 1
        and word_count(line.text) <= _KICKER_WORDS
        and ending(line.text) is Ending.NONE
        and not line.text.rstrip().endswith(".")
        and not any(
            b.kind is BlockKind.HEADING and b.level == 1 for b in blocks[headline + 1 : n]
        )
    )


def outranked(blocks: list[Block], j: int, n: int) -> bool:
    """Whether heading ``j`` stands right above a heading of higher rank, as a rubric or a
    date set as a small heading stands above the headline."""
    following = blocks[j + 1] if j + 1 < n else None
    return (
        following is not None
        and following.kind is BlockKind.HEADING
        and following.level < blocks[j].level
    )


def after_chrome(blocks: list[Block], i: int, end: int, roles: dict[int, Role]) -> int:
    """``end``, the chrome lines ``blocks[i:end]`` made SHARE; ``i`` when there are none or
    no headline follows them ("Entrevista | Ana Ruiz" above the lead is the headline)."""
    if end <= i or end >= len(blocks) or not (
        is_title_candidate(blocks[end]) or headline_above_marker(blocks, end, len(blocks))
    ):
        return i
    for k in range(i, end):
        roles[k] = marker_role(blocks[k]) or Role.SHARE
    return end


# A part's label: "Texte 1", "Partie 2 :", "Exercise 3", "Teil B".
SECTION_LABEL = re.compile(
    r"(?i)(?:texte?|text|partie|part[e]?|teil|exercices?|exercises?|übung|aufgabe|esercizio"
    r"|ejercicio|chapitre|chapter|kapitel|cap[íi]tulo|capitolo|section|sección|sezione|abschnitt"
    r"|le[çc]on|lesson|lektion|unit[ée]?|unidad|unità|fiche|document|doc|séance|activit[ée]s?"
    r"|activity|actividad|attività|module|modul|étape|step|schritt|tema|thema|sujet|topic)"
    r"\s+(?:\d{1,3}|[A-D]|[IVX]{1,4})\s*[.:]?"
)
def column_name(block: Block, greeting: Block | None) -> bool:
    """Whether a short line is an advice column's name above a reader's letter: the letter
    greets the one the line names ("Ask Ana" / "My sister never pays me back. What can I
    do?" / "Dear Ana,")."""
    if greeting is None or not is_greeting(greeting):
        return False
    names = addressee(greeting.text)
    words = {w.strip(".,:!?'’\"").casefold() for w in block.text.split()}
    return word_count(block.text) <= SITE_NAME_WORDS and bool(names & words)


_KICKER_LINE_WORDS = 5
_SIGNED_HEADLINE_WORDS = 8
_SIGNED_STANDFIRST_WORDS = 6
# A headline's own marks: a quotation ("«Con la excusa …»") or a rubric's colon ("… : comment").
_HEADLINE_SHAPE = re.compile(r"[«»“”„\"]|\S\s?:\s")
# A headline that is one whole quotation ("“Con el club todo se torció …”"): a quote is no
# title's subtitle, so the short line above it is the kicker whatever follows (a standfirst
# as often as a byline).
_WHOLE_QUOTATION = re.compile(r"[«“„\"][^«»“”„\"]+[»”“\"]")


def kicker_over_signed_headline(blocks: list[Block], k: int, headline: int, n: int) -> bool:
    """Whether short line ``k``, right above the headline, is a kicker, a series' or a
    section's name ("Grand format", "Un café con Aurelio", "Obituaries"): the headline under it
    is at least eight words, quotes someone or sets a rubric before a colon, has no final
    period, and its authors' or its date's line follows it right away ("RÉCIT. … : comment …"
    / "Lucie Barral, … le samedi 9 septembre 2017"), or the headline is one whole quotation
    ("RAMÓN ESTÉVEZ" / "“Con el club todo se torció …”" / its standfirst). A title over its
    subtitle ("Welcoming a new team member" / "A simple team exercise to …" / by …) keeps its
    title: a subtitle says more in plain words."""
    line, below = blocks[k], blocks[headline]
    text = line.text.strip()
    return (
        k == headline - 1
        and headline + 1 < n
        and line.kind is BlockKind.PARAGRAPH
        and 0 < word_count(text) <= _KICKER_LINE_WORDS
        and ending(text) is Ending.NONE
        and text[-1] not in ".:;,"
        and ending(below.text) is Ending.NONE
        and not below.text.rstrip().endswith(".")
        and _HEADLINE_SHAPE.search(below.text) is not None
        and (
            (word_count(below.text) >= max(_SIGNED_HEADLINE_WORDS, 2 * word_count(text)) and (
                marker_role(blocks[headline + 1]) in (Role.BYLINE, Role.DATELINE)
                or _WHOLE_QUOTATION.fullmatch(below.text.strip()) is not None))
            # a standfirst and a signature under it: a shorter headline is one too
            or (word_count(below.text) >= max(_SIGNED_STANDFIRST_WORDS, 3 * word_count(text))
                and _signed_under_standfirst(blocks, headline, n))
        )
    )


def above_signed_standfirst(blocks: list[Block], lines: list[int], headline: int, n: int) -> int:
    """The headline when the line taken for it is its standfirst: a kicker, the headline, a
    plain line of six words or more, then the authors' or date's line ("Futebol" / "Treinador
    surpreende …" / "Técnico simulou …" / "Redação | 31/01/2020"). ``headline`` otherwise."""
    upper = headline - 1
    if upper - 1 in lines and upper in lines and kicker_over_signed_headline(
            blocks, upper - 1, upper, n) and _signed_under_standfirst(blocks, upper, n):
        return upper
    return headline


def _signed_under_standfirst(blocks: list[Block], headline: int, n: int) -> bool:
    """Whether the headline's standfirst, then its authors' or date's line, follow it
    ("Futebol" / "Treinador … faz uma "autoentrevista"" / "Técnico simulou …" / "Redação |
    31/01/2020"): a paper signs under the standfirst as often as under the headline. The
    standfirst is a plain line of six words or more that asks nothing."""
    if headline + 2 >= n:
        return False
    standfirst = blocks[headline + 1]
    return (
        standfirst.kind is BlockKind.PARAGRAPH
        and marker_role(standfirst) is None
        and word_count(standfirst.text) >= _SIGNED_STANDFIRST_WORDS
        and ending(standfirst.text) is not Ending.QUESTION
        and marker_role(blocks[headline + 2]) in (Role.BYLINE, Role.DATELINE)
    )


# A news site's explainer, its genre before a colon and its question after: "Explained: what
# is an obituary, and why do we still write them?", "Décryptage : pourquoi … ?". A headline,
# never an interview's first question: no interviewer opens with "Explained:".
_EXPLAINER = re.compile(
    r"(?i)(?:explained|explainer|the\s+explainer|fact\s*check|décryptage|décodage|erklärt"
    r"|erklärstück|explicado|explicación|spiegato|verklaard|uitgelegd|wyjaśniamy)"
    r"\s*:\s*\S.{8,}\?"
)
_SECTION_WORDS = 3


def section_over_explainer(block: Block, headline: Block) -> bool:
    """Whether a short line ("Obituaries", "Politik") stands above an explainer's headline
    that asks (see above): the section's name, the explainer the title."""
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and 0 < word_count(text) <= _SECTION_WORDS
        and ending(text) is Ending.NONE
        and _EXPLAINER.fullmatch(headline.text.strip()) is not None
    )


# A headline that asks after its genre and a colon: "Interview: Wie gut berät Ihre Bank?",
# "Entretien : faut-il …?". An interviewer's label is a person's ("Interviewer:", "Q:",
# "SPIEGEL:"), never the genre's name.
_GENRE_THEN_ASKS = re.compile(
    r"(?i)(?:interview|entretien|entrevista|intervista|wywiad|rozhovor|intervju|gespräch"
    r"|im\s+gespräch|explained|explainer|décryptage|analyse|analysis|an[áa]lisis)\s*:\s*\S.{8,}\?"
)


def asks_under_genre(text: str) -> bool:
    """Whether a line is a headline that asks after its genre and a colon (see above): the
    title for certain, never an interview's first question."""
    return _GENRE_THEN_ASKS.fullmatch(text.strip()) is not None


_STANDFIRST_WORDS = 15


def standfirst_under_quotation(quoted: Block, below: Block) -> bool:
    """Whether ``below`` is the standfirst of the headline ``quoted`` above it: the headline is
    one whole quotation, the line under it a longer sentence left open ("El exdefensa repasa
    … el interés de dos grandes de Europa..."), as a teaser's standfirst trails off. A quote
    over a question, or over a short line, keeps the older rules."""
    text = below.text.strip()
    return (
        _WHOLE_QUOTATION.fullmatch(quoted.text.strip()) is not None
        and word_count(text) >= _STANDFIRST_WORDS
        and ending(text) is Ending.SUSPENDED
    )


_LABEL_WORDS = 2
_LABEL_HEADLINE_WORDS = 5


def _lone_label(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and text.endswith(":")
        and 0 < word_count(text) <= _LABEL_WORDS
    )


def after_lone_label(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is under a rubric's label alone on its line, ending with a colon
    ("Hoy:" / "Los mercados de abastos vuelven a llenarse los sábados" / its standfirst): a
    headline of five words or more with no final mark right below, and the label said once. A
    speaker's label alone on its line ("Pregunta:" / the question) comes back at each turn,
    so a label found again further down is no rubric. ``i`` otherwise."""
    if not (i + 2 < n and _lone_label(blocks[i])):
        return i
    below = blocks[i + 1]
    if (
        below.kind is not BlockKind.PARAGRAPH
        or word_count(below.text) < _LABEL_HEADLINE_WORDS
        or ending(below.text) is not Ending.NONE
        or below.text.rstrip()[-1:] in ".:;,"
        or not is_title_candidate(below)
        or any(_lone_label(b) for b in blocks[i + 1 : n])
    ):
        return i
    roles[i] = Role.SHARE
    return i + 1
