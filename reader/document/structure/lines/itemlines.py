"""Lines of a plain-text list item that are no part of it.

Markdown lets a list item's paragraph run on over the unindented lines below it (a "lazy
continuation"). A plain text seldom means that: under "- Apple Pay" the next FAQ question
("Is mijn betaling gelukt?") and its answer were swallowed by the last bullet, and a dashed
question's answer on the next line ("- Professori, com'è nata …?" / "L'idea è nata …") was
joined to it. Where the item goes on, the writer indented its lines.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from ..questions.tellrequests import requests_of_someone
from ..text.ruleview import LineView, unseen_removed
from .hardwrap import flowed_breaks, text_width
from .lines import NUMBER_MARK, QUESTION_LINE, first_line_apart, next_numbers
from .sentenceends import uncased_question_line


def item_cuts(
    text: str, breaks: list[int], marker: str, first_line: int, source_line: Callable[[int], str],
    *, lines_are_paragraphs: bool,
) -> tuple[list[int], bool]:
    """The breaks of a plain-text list item after which its text is no longer the item's: the
    next number's line ("1. Una vittoria…" / "2- COSA…?", ``next_numbers``); else, of the lines
    written unindented under a bullet or a numbered group's name, every one in a
    text that puts one paragraph per line, and otherwise a whole question's line, cut before
    and after (a FAQ's next question and its answer under a list's last bullet); and whether
    the item is a group's name, a heading (``_names_a_group``). Decided on the lines as the
    rules read them (``ruleview.LineView``: no zero-width space hides a line's number)."""
    seen = LineView(text, breaks)
    cuts, group = _item_cuts(seen.text, seen.breaks, marker, first_line,
                             lambda n: unseen_removed(source_line(n)),
                             lines_are_paragraphs=lines_are_paragraphs)
    return seen.back(cuts), group


def _item_cuts(
    text: str, breaks: list[int], marker: str, first_line: int, source_line: Callable[[int], str],
    *, lines_are_paragraphs: bool,
) -> tuple[list[int], bool]:
    group = False
    if marker[:1].isdigit():
        numbered = next_numbers(text, breaks, int(marker[:-1]))
        group = not numbered and _names_a_group(text, breaks)
        if not group:
            return numbered, False  # a numbered question, its answer: settle_numbered_items
    cuts: list[int] = []
    if marker in _DASHES and _asks_above_answer(text, breaks):
        # "- Qual a melhor coisa …?" / "Provocar emoções …"; a later line opening with a
        # dash is the next turn ("-.- ¿Por qué …?"), as before the cut.
        turns = [b for b in breaks[1:] if text[b + 1 :].lstrip()[:1] in _DASHES]
        return [breaks[0], *turns], False
    bounds = list(pairwise([*breaks, len(text)]))
    kept: set[int] = set()  # the breaks no wrap's (told once, when asked)
    ended = not source_line(first_line + len(bounds) + 1).strip()  # a blank line under it
    wrapped = lines_are_paragraphs and text_width() > 0
    for number, (before, end) in enumerate(bounds):
        line = text[before + 1 : end].strip()
        written = source_line(first_line + number + 1)
        if (written.strip() != line or written[:1].isspace()
                or NUMBER_MARK.match(written) and not wrapped):
            continue  # indented: the item goes on (or the line is not where it was written)
        if wrapped:
            # A text wrapped at a known width: the lines a wrap broke go on ("- DANIELA: …
            # pocos alumnos, y" / "los profesores …"), the others stand apart, a numbered
            # turn's too ("… mucho más." / "2- Este año …?").
            if before in (kept := kept or _unwrapped_breaks(text, breaks, marker)):
                cuts.append(before)
        elif lines_are_paragraphs:
            # A hard-wrapped text's lines are paragraphs once reflowed (as
            # ``lines_are_paragraphs`` was told): in an item the writer ended with a blank line,
            # a wrap's break before a word in lower case ("- Twenty-six years … to" / "paint
            # the railings …", a PDF's 60 columns) is no line of its own.
            if (not ended or not line[:1].islower()
                    or before in (kept := kept or set(flowed_breaks(text, breaks)))):
                cuts.append(before)
        elif QUESTION_LINE.fullmatch(line) or uncased_question_line(
                line, text[bounds[number - 1][0] + 1 : before] if number else text[:before]):
            # A whole question's line; in a script with no capitals, under a line that ended
            # its sentence ("- … في أحذيتها." / "■ يتهمك بعض النقاد …؟").
            cuts += [before] + ([end] if number + 1 < len(bounds) else [])
    return sorted(set(cuts)), group and breaks[0] in cuts


def _unwrapped_breaks(text: str, breaks: list[int], marker: str) -> set[int]:
    """The item's line breaks no wrap's (``flowed_breaks``), its first line read as written,
    with its marker."""
    shift = len(marker) + 1
    return {b - shift for b in flowed_breaks(" " * shift + text, [b + shift for b in breaks])}


def _names_a_group(text: str, breaks: list[int]) -> bool:
    """Whether a numbered item's first line, asking nothing, names the questions below it: a
    FAQ's numbered group ("01. A encomenda" / "Quando recebo …?" / "Ao encomendar, …"), where
    a numbered question's answer would follow (``settle_numbered_items``)."""
    second = text[breaks[0] + 1 : breaks[1] if len(breaks) > 1 else len(text)].strip()
    return "?" not in text[: breaks[0]] and QUESTION_LINE.fullmatch(second) is not None


_DASHES = frozenset("-–—")
_OPENING_QUOTES = tuple("«“„\"‘")
_REQUEST_WORDS = 12


def _asks_above_answer(text: str, breaks: list[int]) -> bool:
    """Whether a dashed item's first line is a question (or a short request to the guest)
    standing apart from the line under it, as an interview's dashed question over its answer
    on the next line ("- Qual a melhor coisa em escrever?" / "Provocar emoções nos
    leitores."): a bullet's text wrapped onto the next line goes on in lower case, and an
    item asking in its middle stays whole."""
    first, following = text[: breaks[0]].strip(), text[breaks[0] + 1 :].lstrip()[:1]
    if first.endswith(("?", "؟", "？")):
        # a capital, or a letter of a script with no case ("- كم …؟" / "حوالي …")
        uncased = following.isalpha() and not following.islower()
        return following.isupper() or uncased or following in _OPENING_QUOTES
    # "- Fale-nos um pouco de você." / "Me considero …", "- Tell us about yourself.": a short
    # request to the guest.
    return (
        first.endswith(".")
        and len(first.split()) <= _REQUEST_WORDS
        and requests_of_someone(first)
        and first_line_apart(text, breaks)
    )
