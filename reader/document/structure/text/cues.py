"""``Cues``: the text cues of a run of blocks measured at once (each block's kind, prefix,
speaker, ending and size), with the numbered questions and the speakers' names settled across
the run (``speakernames``): a name used once is a lead-in unless it is another's full form, and
a transcript's turn numbers are not part of a name.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ...model import Block, BlockKind
from ..speakers.capsnames import drop_acronyms
from ..speakers.namedinitials import name_the_initials
from ..speakers.speakerlabels import group_speaker, may_open_label
from ..speakers.speakernames import lower_case_handles, settle_speakers
from ..titles.matterlines import is_aside
from .capitals import CAPITALS
from .endings import japanese_request
from .listturns import numbered_over_dashed
from .textcues import (
    PREFIX_OPENINGS,
    Ending,
    Prefix,
    ending,
    split_prefix,
    word_count,
)

_LOOSE_MARKERS = ("-", "*", "+")
# Bullets and symbols a page sets before its questions (an emoji among them), and an
# asterisk set apart, a turn's sign once its run-on paragraph is cut (``markedturns``).
_MARK = re.compile(
    r"(?:[*•◦‣●○▪■□►▶▸➤➢➔→⇒✔✓☞★◆❖✦]|[\U0001F300-\U0001FAFF\u2600-\u27BF])\ufe0f?[ \t]+(?=\S)"
)
_MARK_OPENINGS = frozenset("*•◦‣●○▪■□►▶▸➤➢➔→⇒✔✓☞★◆❖✦") | frozenset(
    chr(c) for c in (*range(0x1F300, 0x1FB00), *range(0x2600, 0x27C0))
)
_NUMBERED = re.compile(r"\d{1,9}[.)]")
_STRAY_STOP = re.compile(r"[.,;]+[ \t]?(?=[¿¡])")
# An answer's own sign opening its paragraph, as a Korean paper marks the guest's turns under
# the interviewer's dashed ones ("-주로 …이야기해요." / "=최근엔 …"): the dashed turn asked.
_ANSWER_SIGN = re.compile(r"=[ \t]?[^\s=]")
_STRAY_OPENINGS = frozenset(".,;")
# A camera's file name: "DSC_0412", "IMG-2044.jpg", "PXL_20230512_0931", before a capital.
_PHOTO_NAME = re.compile(
    rf"(?:DSCN?|IMG|PXL|DCIM|P)[_-]?\d{{3,}}(?:_\d+)*(?:\.(?i:jpe?g|png|heic))?[ \t]*"
    rf"(?=[{CAPITALS}])"
)
_PHOTO_OPENINGS = frozenset("DIP")
# A copied page's date field glued before its first paragraph ("date 2021-12 Báro, co …?"):
# no word of the question.
_DATE_FIELD = re.compile(r"date[ \t]+\d{4}-\d{2}(?:-\d{2})?[ \t]+(?=\S)")
# "Domanda:", "Question :", "Q." alone on a line: the label of the question below it.
_LONE_LABEL = re.compile(
    r"(?:Q|F|P|D|(?i:question|frage|pregunta|pergunta|vraag|domanda))(?:[ \t]*\d{1,9})?[ \t]*[:.]"
)
# "A." or "Antwort:" alone on a line: the label of the answer below it.
_LONE_ANSWER_LABEL = re.compile(
    r"(?:A|R|(?i:answer|antwort|antwoord|respuesta|réponse|resposta|risposta))[ \t]*[:.]"
)
_LONE_NUMBER = re.compile(r"\d{1,3}[ \t]*[-–.)]")
# "2. Pourquoi ?", "1/ Pourquoi ?", and "1-O que você acha?" / "3- O que…" as school papers
# number questions; "1)What is …?", "1_Tramezzino o cicchetto?", "1.Comment … ?" with the number
# right against the words (after a period, a capital: "2.0" and "3.5 %" are numbers).
_NUMBER_OPENING = re.compile(
    rf"\d{{1,9}}(?:[.)_/][ \t]+(?=\S)|[)_](?=[^\W\d_]|[¿¡«“”\"])|\.(?=[{CAPITALS}¿¡«“\"])"
    rf"|\.?[ \t]*[-–][ \t]*(?=[¿¡«“\"{CAPITALS}]))"  # "3- O que…", "1.- ¿Por qué…?"
    rf"|\d{{1,2}}[ \t]+(?=[¿¡«“\"{CAPITALS}])"  # "1 Pourquoi… ?", as a class numbers them
)


def _named_turn(span: list[Block], k: int, prefixes: list[Prefix]) -> bool:
    """Whether list item ``k`` is a named guest's dashed answer ("- DANIELA: pues …"): two
    guests answering one question in a row make a list of two "-" items, yet are turns."""
    return span[k].ordinal in _LOOSE_MARKERS and prefixes[k] is Prefix.SPEAKER


def _loose_item(span: list[Block], kinds: list[BlockKind], k: int) -> bool:
    """Whether block ``k`` is an item of a list marked with dashes or bullets."""
    return kinds[k] is BlockKind.LIST_ITEM and span[k].ordinal in _LOOSE_MARKERS


def _dialogue_items(span: list[Block], kinds: list[BlockKind]) -> set[int]:
    """"- ¿Qué es lo que más te gusta …?" / "- Pues lo que os digo, …": "-" items in a row,
    one asking and the next, longer, not, twice or more in a text, are a dialogue's dashes a
    list swallowed: each such pair is two turns, not two items. Only in a row of items where
    no two in succession leave asking (a reply is followed by the next question): a list of
    things with a question or two among them ("- Is the water safe?" / "- Dry socks." /
    "- Cash.") is a list, and a list of questions asks in every item."""
    dashed = [
        k for k, kind in enumerate(kinds)
        if kind is BlockKind.LIST_ITEM and span[k].ordinal == "-" and span[k].level == 1
    ]
    asks = {k: ending(span[k].text) is Ending.QUESTION for k in dashed}
    rows: list[list[int]] = []
    for k in dashed:
        if rows and rows[-1][-1] == k - 1:
            rows[-1].append(k)
        else:
            rows.append([k])
    found: set[int] = set()
    for row in rows:
        if any(not asks[k] and not asks[k + 1] for k in row[:-1]):
            continue
        for k in row[:-1]:
            reply = span[k + 1].text
            if asks[k] and not asks[k + 1] and len(reply) > len(span[k].text):
                found.update((k, k + 1))
    return found if len(found) >= 4 else set()


def _answered_groups(
    groups: list[int], prefixes: list[Prefix], speakers: list[str], cuts: list[int]
) -> None:
    """A group's name opens turns only when someone named answers it twice or more
    ("Clube de leitura: …?" / "Prof. Augusto: …"); a guide's recurring label over its
    explanations ("Waarom ze dit vragen: …") is text."""
    named = set(groups)
    answered = sum(
        1 for k in groups if k + 1 < len(prefixes) and k + 1 not in named
        and prefixes[k + 1] is Prefix.SPEAKER
    )
    if answered < 2:
        for k in groups:
            prefixes[k], speakers[k], cuts[k] = Prefix.NONE, "", 0


_LEADING_DIGITS = re.compile(r"\d{1,9}")


def _unnumber_counts(
    numbered: set[int], prefixes: list[Prefix], cuts: list[int], texts: list[str]
) -> None:
    """A numbered line right above question 1 that does not ask counts the questions ("20
    Perguntas" / "1- Por que …?"): a heading, not the first question's opening."""
    for k in sorted(numbered):
        following = _LEADING_DIGITS.match(texts[k + 1]) if k + 1 in numbered else None
        if following is not None and following.group() == "1" and "?" not in texts[k]:
            numbered.discard(k)
            prefixes[k], cuts[k] = Prefix.NONE, 0


# A speaker's name glued to a picture's caption before it, with no space ("GARBEA Daniela
# x2George ROTARU: …", the picture's name ending "x2").
_GLUED_NAME = re.compile(
    rf"(?<=[a-z0-9])[{CAPITALS}][\w'’\-]*(?:[ \t][{CAPITALS}][\w'’\-]*){{0,2}}[ \t]?:[ \t]"
)
_CAPTION_CHARS = 60


def _glued_after_caption(
    prefixes: list[Prefix], speakers: list[str], cuts: list[int], texts: list[str],
    numbers: list[int],
) -> None:
    """A turn whose speaker's name, one that opens another block, is glued to the caption of
    the picture above it: the caption goes with the picture, as a photo's file name does."""
    uses = Counter(speaker for speaker, prefix in zip(speakers, prefixes, strict=True)
                   if prefix is Prefix.SPEAKER)
    for k in [k for k, prefix in enumerate(prefixes) if uses[speakers[k]] < 2 and uses]:
        glued = _GLUED_NAME.search(texts[k], 1, _CAPTION_CHARS)
        if glued is None:
            continue
        prefix, speaker, cut = split_prefix(texts[k][glued.start() :])
        # the caption may open with a name in capitals ("GARBEA Daniela"), used only there
        if prefix is Prefix.SPEAKER and uses[speaker] - (speakers[k] == speaker) >= 1:
            numbers[k] += glued.start()
            texts[k] = texts[k][glued.start() :]
            prefixes[k], speakers[k], cuts[k] = prefix, speaker, cut


_ASKING_BEFORE_PERIOD = ".요까"  # "...", and the last syllable of "…나요." or "…입니까."


_NUMBER_AFTER = re.compile(r"(.*\S)[ \t]+(\d{1,3})")
_NUMBERED_TURNS = 3


def _numbered_labels(prefixes: list[Prefix], speakers: list[str]) -> None:
    """A label numbered with its turn ("QUESTÃO 1:", "DEMANDO 2:", in a language no list
    knows) is one label: its turns' numbers rise, three or more, another label's turn between
    each two. Numbers that come back ("Speaker 1:", "Speaker 2:", "Speaker 1:") are speakers'."""
    found: dict[str, list[tuple[int, int]]] = {}
    for k, (prefix, name) in enumerate(zip(prefixes, speakers, strict=True)):
        numbered = _NUMBER_AFTER.fullmatch(name) if prefix is Prefix.SPEAKER else None
        if numbered is not None:
            found.setdefault(numbered[1], []).append((k, int(numbered[2])))
    turns = [k for k, prefix in enumerate(prefixes) if prefix is not Prefix.NONE]
    for stem, uses in found.items():
        rising = all(a[1] < b[1] for a, b in pairwise(uses))
        apart = all(any(a[0] < k < b[0] for k in turns) for a, b in pairwise(uses))
        if len(uses) >= _NUMBERED_TURNS and rising and apart:
            for k, _ in uses:
                speakers[k] = stem


class Cues:
    """The cues of ``blocks[lo:hi]`` as parallel lists, index ``k`` for block ``lo + k``: the
    block's kind, its prefix (and speaker's name), where its text after the prefix begins, how
    it ends and its length in characters. Built in one pass, the cheapest per block since it runs
    over every block of the document; a block's content and word count are computed only when
    asked for."""

    __slots__ = (
        "blocks", "lo", "kinds", "prefixes", "speakers", "cuts", "numbered", "numbers", "ends",
        "sizes", "asides", "_words",
    )

    def __init__(self, blocks: list[Block], lo: int, hi: int) -> None:
        self.blocks, self.lo = blocks, lo
        span = blocks[lo:hi]
        kinds = [block.kind for block in span]
        count = len(span)
        # An ordered item's number opens its text (it is read and found): the cues are those
        # of the words after it, as when the number was a marker beside them.
        numbers = [0] * count
        for k in [k for k, kind in enumerate(kinds) if kind is BlockKind.LIST_ITEM]:
            numbers[k] = span[k].number_length
        # So does a photo's file name a page glued before the first turn ("DSC_0412Reporter:").
        for k in [k for k, block in enumerate(span) if block.text[:1] in _PHOTO_OPENINGS]:
            photo = _PHOTO_NAME.match(span[k].text)
            if photo is not None and kinds[k] is BlockKind.PARAGRAPH:
                numbers[k] = photo.end()
        for k in [k for k, block in enumerate(span) if block.text[:5] == "date "]:
            field = _DATE_FIELD.match(span[k].text)
            if field is not None and kinds[k] is BlockKind.PARAGRAPH:
                numbers[k] = field.end()
        texts = [block.text[number:] for block, number in zip(span, numbers, strict=True)]
        prefixes, speakers, cuts = [Prefix.NONE] * count, [""] * count, [0] * count
        groups: list[int] = []  # turns opened by a group's name ("Clube de leitura: …")
        for k in [
            k for k, text in enumerate(texts) if text[:1] in PREFIX_OPENINGS or may_open_label(text)
        ]:
            prefixes[k], speakers[k], cuts[k] = split_prefix(texts[k])
            group = group_speaker(texts[k]) if prefixes[k] is Prefix.NONE else None
            if group is not None:
                prefixes[k], speakers[k], cuts[k] = Prefix.SPEAKER, group[0].casefold(), group[1]
                groups.append(k)
        _answered_groups(groups, prefixes, speakers, cuts)
        _glued_after_caption(prefixes, speakers, cuts, texts, numbers)
        lower_case_handles(prefixes, speakers, cuts, texts)
        list_item = BlockKind.LIST_ITEM
        numbered: set[int] = set()  # questions opened by a number ("3. Pourquoi ?")
        dialogue = _dialogue_items(span, kinds)
        asked_items, answer_items = numbered_over_dashed(span, kinds)
        dialogue |= answer_items
        for k in [k for k, kind in enumerate(kinds) if kind is list_item]:
            # "- Question ?" alone between paragraphs: a dialogue dash read as a list. A
            # numbered item beside it is another list ("1. OPOWIEDZIEĆ …" / "- Trzy lata …?").
            if span[k].ordinal in _LOOSE_MARKERS and (k in dialogue or (
                (k == 0 or not _loose_item(span, kinds, k - 1))
                and (k + 1 == count or not _loose_item(span, kinds, k + 1))
            )):
                kinds[k] = BlockKind.PARAGRAPH
                prefixes[k] = Prefix.DASH if prefixes[k] is Prefix.NONE else prefixes[k]
            # "3. Question ?" alone between paragraphs: a numbered question, as blogs write them.
            elif _NUMBERED.fullmatch(span[k].ordinal) and (k in asked_items or (
                (k == 0 or kinds[k - 1] is not list_item)
                and (k + 1 == count or kinds[k + 1] is not list_item)
            )):
                kinds[k] = BlockKind.PARAGRAPH
                numbered.add(k)
                if prefixes[k] is Prefix.NONE:
                    prefixes[k] = Prefix.QUESTION
                    # The item's number may be part of its text ("1. Pourquoi ?"): not of
                    # the question's.
                    opening = _NUMBER_OPENING.match(texts[k])
                    if opening is not None and texts[k].startswith(span[k].ordinal):
                        cuts[k] = opening.end()
        for k in [k for k, text in enumerate(texts) if text[:1].isdigit()]:
            # "2. Pourquoi ?" alone between paragraphs, its number kept in the text (a lone
            # number is text the reader sees and hears): the same numbered question as above.
            opening = _NUMBER_OPENING.match(texts[k])
            if (
                opening is not None
                and kinds[k] is BlockKind.PARAGRAPH
                and prefixes[k] is Prefix.NONE
                and (k == 0 or kinds[k - 1] is not list_item)
                and (
                    k + 1 == count or kinds[k + 1] is not list_item
                    or _named_turn(span, k + 1, prefixes)
                )
            ):
                prefixes[k], cuts[k] = Prefix.QUESTION, opening.end()
                numbered.add(k)
        for k in [k for k, text in enumerate(texts) if _LONE_NUMBER.fullmatch(text)]:
            # "3-" on a line of its own, the question on the next: both are the question.
            if (
                k + 1 < count
                and kinds[k] is BlockKind.PARAGRAPH
                and kinds[k + 1] is BlockKind.PARAGRAPH
                and prefixes[k + 1] is Prefix.NONE
                and ending(texts[k + 1]) is Ending.QUESTION
            ):
                prefixes[k], cuts[k] = Prefix.QUESTION, len(texts[k])
                prefixes[k + 1] = Prefix.QUESTION
                numbered.update((k, k + 1))
        for k in [k for k, text in enumerate(texts) if _LONE_LABEL.fullmatch(text)]:
            # "Domanda:" on a line of its own, the question below it, as an embassy prints an
            # agency's interview: the label and the paragraph are the question.
            if (
                k + 1 < count
                and kinds[k] is BlockKind.PARAGRAPH
                and kinds[k + 1] is BlockKind.PARAGRAPH
                and prefixes[k] is Prefix.NONE
                and prefixes[k + 1] is Prefix.NONE
            ):
                prefixes[k], cuts[k] = Prefix.QUESTION, len(texts[k])
                prefixes[k + 1] = Prefix.QUESTION
        for k in [k for k, text in enumerate(texts) if _LONE_ANSWER_LABEL.fullmatch(text)]:
            # "A." on a line of its own under a question so labelled ("Q." / "Tell me …" /
            # "A." / "Er?"): the label and the paragraph below it are the answer, which
            # never asks the guest, however it ends.
            if (
                k + 1 < count
                and kinds[k + 1] is BlockKind.PARAGRAPH
                and prefixes[k] is Prefix.NONE
                and prefixes[k + 1] is Prefix.NONE
                and Prefix.QUESTION in prefixes[max(0, k - 2) : k]
            ):
                prefixes[k], cuts[k] = Prefix.ANSWER, len(texts[k])
                prefixes[k + 1] = Prefix.ANSWER
        for k in [k for k, text in enumerate(texts) if text[:1] in _MARK_OPENINGS]:
            # "• Quand avez-vous … ?", "► Pourquoi … ?", "🎤 Et demain ?": a bullet or a
            # symbol before a paragraph marks it; the words after it are the question's.
            mark = _MARK.match(texts[k])
            if mark is not None and prefixes[k] is Prefix.NONE and kinds[k] is BlockKind.PARAGRAPH:
                cuts[k] = mark.end()
        for k in [k for k, text in enumerate(texts) if text[:1] in _STRAY_OPENINGS]:
            # ".¿Recuerdas …?": the stop of the line above, which a copy moved to this one.
            stray = _STRAY_STOP.match(texts[k])
            if stray is not None and prefixes[k] is Prefix.NONE and kinds[k] is BlockKind.PARAGRAPH:
                cuts[k] = stray.end()
        _unnumber_counts(numbered, prefixes, cuts, texts)
        name_the_initials(prefixes, speakers, cuts, texts)
        drop_acronyms(prefixes, speakers, cuts, texts)
        dashed = [
            prefix is Prefix.DASH or (kind is list_item and block.ordinal in _LOOSE_MARKERS)
            for prefix, kind, block in zip(prefixes, kinds, span, strict=True)
        ]
        _numbered_labels(prefixes, speakers)
        settle_speakers(prefixes, speakers, cuts, texts, dashed)
        no_end, n = Ending.NONE, len(texts)
        self.kinds, self.prefixes, self.speakers, self.cuts = kinds, prefixes, speakers, cuts
        self.numbered = numbered
        # Most paragraphs end with a plain period: decided without a call, unless a Korean
        # verb's ending before it asks ("… 짜나요.").
        self.ends = [
            no_end if text[-1:] == "." and text[-2:-1] not in _ASKING_BEFORE_PERIOD
            else ending(text)
            for text in texts
        ]
        for k in [k for k, prefix in enumerate(prefixes) if prefix is Prefix.DASH]:
            if self.ends[k] is no_end and japanese_request(texts[k]):
                self.ends[k] = Ending.QUESTION  # "ー…自己紹介をお願いします": a dashed request
            elif self.ends[k] is no_end and _ANSWER_SIGN.match(texts[k + 1] if k + 1 < n else ""):
                self.ends[k] = Ending.QUESTION  # "-주로 …이야기해요." / "=최근엔 …": answered
        # A related article's link or a credited caption never asks the guest anything.
        self.asides = {k for k, text in enumerate(texts) if is_aside(text)}
        for k in self.asides:
            self.ends[k] = no_end
        self.sizes = [len(text) - cut for text, cut in zip(texts, cuts, strict=True)]
        if any(numbers):  # the cuts, offsets in the words, as offsets in the block's text
            self.cuts = [cut + number for cut, number in zip(cuts, numbers, strict=True)]
        self.numbers = numbers
        self._words: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.kinds)

    def content(self, k: int) -> str:
        """Block ``lo + k``'s text after its prefix."""
        text = self.blocks[self.lo + k].text
        cut = self.cuts[k]
        if cut and text[:cut].rstrip().endswith("|"):
            # A table's row ("Noor | Super, bedankt! | AJ* Ajax O13 …"): the turn is the cell
            # after the name; what follows it is another cell, or a legend the row ran into.
            cell = text.find(" |", cut)
            return text[cut : cell if cell >= 0 else len(text)].strip()
        return text[cut:].strip().rstrip(" |\t") if cut else text  # without a row's empty cells

    def words(self, k: int) -> int:
        found = self._words.get(k)
        if found is None:
            found = self._words[k] = word_count(self.content(k))
        return found
