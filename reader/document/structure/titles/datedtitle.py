"""A page's title above its publication line, with the first of the page's sections under
it ("Intervjuteknikk" / "Publisert: 09.03.2016" / "Journalistens seks hjelpeord" / text / "Åpne
og lukkede spørsmål" / text), told from a site's name above a headline."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import Prefix, split_prefix, word_count
from .chrome import is_chrome
from .sitenames import is_tagline, names_paper
from .titlecues import is_rubric, marker_role

_SECTION_WORDS = 6
_TEXT_WORDS = 15
# A page's own publication line, which stands under its title (a blog's bare date stands
# above a post's): "Publisert: 09.03.2016", "Published on", "Mis à jour le", "Veröffentlicht".
_PUBLISHED = re.compile(
    r"(?i)(?:publi(?:shed|é|ee|cado|cat[oa]|sert|cerad|ceret)|updated|mis\s+à\s+jour"
    r"|veröffentlicht|aktualisiert|actualizado|atualizado|aggiornato|gepubliceerd|bijgewerkt"
    r"|opublikowano|zaktualizowano|oppdatert|uppdaterad|opdateret)\b"
)


def opens_sections(blocks: list[Block], top: int, k: int, n: int) -> bool:
    """Whether short line ``k``, under the page's top line and its publication line, is the
    first of its intertitles: text follows it, and further down another short line with no
    final punctuation stands between two paragraphs of text. Not when the top line is a
    rubric or a paper's name, nor under a blog's bare date."""

    def short(block: Block) -> bool:
        text = block.text.strip()
        return (
            block.kind is BlockKind.PARAGRAPH
            and 0 < word_count(text) <= _SECTION_WORDS
            and text[-1] not in ".?!:;,…"
            and marker_role(block) is None
            and not is_chrome(block)
        )

    def text(j: int) -> bool:
        return 0 <= j < n and word_count(blocks[j].text) >= _TEXT_WORDS

    line = blocks[top].text
    return (
        any(_PUBLISHED.match(blocks[m].text.strip()) for m in range(top + 1, k))
        and short(blocks[k])
        and text(k + 1)
        and not (is_rubric(line) or names_paper(line) or is_tagline(line))
        and any(short(blocks[j]) and text(j - 1) and text(j + 1) for j in range(k + 2, n))
    )


_DATED_HEADLINE_WORDS = 12
_TITLE_COLON = re.compile(r"\S\s?:\s+\S")


def headline_under_date(blocks: list[Block], j: int, n: int) -> bool:
    """Whether line ``j``, ending with a period right under the page's date, is a blog post's
    headline in the form of a label and its subject ("23/11/2011" / "L'interview de la semaine
    : Patrick Lenoir." / text; "Toni, entrenador: "yo siempre salgo a ganar"."): one line of
    twelve words at most, a colon inside it, the text below it. A headline's period is its
    writer's habit; a text's first sentence under the date seldom names its subject this way."""
    block = blocks[j]
    text = block.text.strip()
    return (
        0 < j < n - 1
        and block.kind is BlockKind.PARAGRAPH
        and marker_role(blocks[j - 1]) is Role.DATELINE
        and text.endswith(".")
        and "\n" not in text
        and 0 < word_count(text) <= _DATED_HEADLINE_WORDS
        and _TITLE_COLON.search(text) is not None
        # "V: Schrijft u met de hand? …": a labelled question, the turns begin
        and split_prefix(text)[0] not in (Prefix.QUESTION, Prefix.ANSWER, Prefix.DASH)
        and marker_role(block) is None
        and blocks[j + 1].kind is BlockKind.PARAGRAPH
        and marker_role(blocks[j + 1]) in (None, Role.CAPTION)  # its picture may stand below
    )
