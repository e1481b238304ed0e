"""Property tests: parsing loses no text and keeps every line of the source reachable.

The oracles are written from the generated paragraphs, not from the code under test: the only
changes the pipeline may make to prose are the documented repair (a paragraph that stops on a
letter or a comma, not on an address, followed by one that starts with a lowercase letter, or
with a capital after an article or a preposition such as "der" or "of", is joined with one
space), a question's line kept apart from its answer's line below it (the line
break kept in place of the space, so that the answer's own "?" cannot hide where the question
ends) and, in plain text, the first lines of the first paragraph that stand
apart (a headline, a date, a name on its own line), and a FAQ's group name on the first line of
a later paragraph, above a question and once something before has asked; and the structure
rules may part a paragraph into turns at a space (its speakers' labels).
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.document.model import NoticeKind
from reader.document.pipeline import parse_text

# No Markdown-special characters (* _ ` [ ] < > # - + = | \ & ! before [ …), and every line
# starts with a letter, so no line can open a list ("1.") or any other block.
LOWER = "abcdeéèêàâçùûôœîïëwz"
UPPER = "ABCDÉÀÇÈŒW"
LETTERS = LOWER + UPPER
OTHERS = "0123456789.,?!…:;«»'’@/"
NO_SLOW = settings(max_examples=200, deadline=None)

words = st.text(LETTERS + OTHERS, min_size=1, max_size=10)
first_words = st.builds(
    lambda head, tail: head + tail, st.sampled_from(LETTERS), st.text(LETTERS + OTHERS, max_size=9)
)
lines = st.builds(lambda first, rest: " ".join([first, *rest]), first_words,
                  st.lists(words, max_size=7))
paragraphs = st.lists(lines, min_size=1, max_size=3)  # lines of one paragraph


def should_join(before: str, after: str, next_line: bool = False) -> bool:
    """The documented repair, restated from the specification (``next_line``: ``after``
    stands on the line right under ``before``, no blank line between them)."""
    if (next_line and before.isupper() and before[-1].isalpha() and after.isupper()
            and after.rstrip(" »”\"'").endswith("?")
            and len(before.split()) + len(after.split()) <= 12):
        return True  # a question in capitals broken over two lines ("QUANTE" / "PERSONE?")
    last_word = before.split(" ")[-1].lower()
    if "www." in last_word or "://" in last_word or "@" in last_word:
        return False
    if " " not in after and after[-1].isalpha() and after.lower() != last_word:
        return False  # a word alone under a headline is its credit ("redakcja")
    if re.match(r"[a-z][\w.\-]{1,20}:[ \t]", after):
        return False  # a turn opened by a speaker's handle in lower case ("tomo: …")
    if re.match(r"[a-z]{3,}[A-Z](?:[a-z']|\s)", after):
        return False  # a paragraph opened by its picture's name run into it ("studioI was …")
    if re.match(r"[a-z]+(?:-[a-z]+)+[0-9A-Z]", after):
        return False  # a picture's file name, a slug, run into the text ("ogretmenle-soylesi24 …")
    if (len(after.split()) <= 3 and re.search(r"\b(?:19|20)\d{2}\b", after)
            and after.rstrip()[-1] not in ".!?…"):
        return False  # a short line that dates the one above it ("a.s. 2024-25", "saison 2023")
    if re.match(r"(?:il|ilustr|fot|rys|ill|foto)\.\s", after):
        return False  # a picture's credit under a headline ("il. Maren Holt, CC BY-NC 2.0")
    if set(before.lower().split()) <= {"subscribe", "share", "follow", "print", "email", "tweet",
                                       "like"}:
        return False  # the site's commands alone ("subscribe share") above a post's title
    if re.match(r"(?i)(?:showing posts with label|mostrando postagens com marcador"
                r"|visar inlägg med etikett|mostrando entradas con la etiqueta) ", before):
        return False  # a blog's label banner above the post's date
    if re.match(r"(?i)(?:tag|category) archives?\s*:", before):
        return False  # a WordPress tag archive's banner ("Tag Archives: author interviews")
    # an article or a preposition that always has its noun after it ("… in der Redaktion der" /
    # "Rheinischen Rundschau"): the next paragraph may start with a capital
    dangling = before.split(" ")[-1].lstrip("(„“\"'") in DANGLING and after[0].isupper()
    return (before[-1].isalpha() or before[-1] == ",") and (after[0].islower() or dangling)


DANGLING = {"der", "des", "zum", "zur", "the", "of", "del", "della", "delle", "degli", "dello",
            "dei"}


def head_over_line(before: str, after: str, before_lines: int) -> bool:
    """Whether ``after``, though the repair would join it, stands apart under ``before``, a
    head line, restated from the specification (``lines/repair.py``): one line, ten words at
    most, 80 characters, ending on a letter, not on a word always followed by its noun, no
    quotation left open, no sentence ended inside, in title case."""
    words = before.split()
    opened = sum(before.count(c) for c in "„“«‹\"'‚‘([")
    closed = sum(before.count(c) for c in "“”»›\"'‘’)]")
    if not (words and after.strip().casefold() != words[-1].casefold() and before_lines == 1
            and len(words) <= 10 and len(before.strip()) <= 80 and before.strip()[-1].isalpha()
            and re.search(r"(?<![^\s(„“\"'])(?:" + "|".join(DANGLING) + ")$", before[-8:]) is None
            and opened <= closed and re.search(r"\w{3,}[.!?…]\s", before) is None):
        return False
    return len(words) >= 2 and all(not w[0].isalpha() or w[0].isupper() for w in words)


def lines_apart(lines: list[str]) -> int:
    """How many first lines of a plain text's first paragraph stand apart, restated from the
    specification: each is short (50 characters, 100 over a line much longer; 10 words at
    most), ends in none of , ; : - – — ( / &, the next line starts with a capital or a digit,
    and every line of the paragraph is that short, or this one is under 0.6 of the longest or
    leaves room for the next line's first word."""
    longest = max(len(line) for line in lines)
    count = 0
    for line, following in zip(lines, lines[1:], strict=False):
        # up to 100 characters over a line much longer (a lead); or with room left on it
        # for the next line's first word (no wrap ended it)
        led = len(line) < 0.6 * len(following)
        if (len(line) > (100 if led else 50) or len(line.split()) > 10
                or line[-1] in ",;:-–—(/&"
                or not (following[0].isupper() or following[0].isdigit())
                or (longest > 50 and len(line) >= 0.6 * longest
                    and len(line) + 1 + len(following.split()[0]) > longest)):
            break
        count += 1
    return count


def group_name_apart(lines: list[str], asked_before: bool) -> bool:
    """A FAQ's group name above its first question ("Versand" / "Welche …?" / "Wir …"),
    restated from the specification: in plain text, once a paragraph before has asked, a
    paragraph of three lines or more whose first line is at most four words, starts with a
    capital and ends with a letter, and whose second line starts with a capital and asks."""
    if not asked_before or len(lines) < 3:
        return False
    name, question = lines[0].strip(), lines[1].strip()
    return (name[:1].isupper() and name[-1:].isalpha() and len(name.split()) <= 4
            and question[:1].isupper() and question.endswith("?"))


def split_into_turns_at_most(text: str, expected: str) -> bool:
    """``text`` is ``expected``, but for spaces that became line breaks: the structure rules
    part a paragraph into turns at its speaker labels ("B: … B: …", "… in rima. A. …"), a
    question's line keeps its break above its answer's (U+2028, "a?" / "a"), a reply's label
    glued to the question mark is cut from it when the page opens turns with that label
    ("…?Resposta: …", a break put in), and nothing else may change."""
    def breaks_for_spaces(got_text: str) -> bool:
        return len(got_text) == len(expected) and all(
            got == wanted or (wanted == " " and got in "\n\u2028")
            for got, wanted in zip(got_text, expected, strict=True))
    return breaks_for_spaces(text) or breaks_for_spaces(
        re.sub("(?<=[?\uff1f])[\n\u2028](?=\\S)", "", text))


@st.composite
def prose_documents(draw):
    paras = draw(st.lists(paragraphs, min_size=1, max_size=8))
    decompose = draw(st.booleans())
    line_break = draw(st.sampled_from(["\n", "\r\n", "\r", "\u2028"]))
    separators = st.sampled_from(["\n\n", "\r\n\r\n", "\n\n\n", "\n \t\n", "\u2029", "\r\r"])
    source = "\ufeff" if draw(st.booleans()) else ""
    for index, para in enumerate(paras):
        text = line_break.join(para)
        source += unicodedata.normalize("NFD", text) if decompose else text
        if index < len(paras) - 1:
            source += draw(separators)
    source += draw(st.sampled_from(["", "\n", "\r\n", "\n\n"]))
    return source, paras


@NO_SLOW
@given(prose_documents(), st.booleans())
# Found by random draws: a question's line kept apart from its answer's, in a paragraph the
# repair then joins to the ones above.
@example(("a\n\na\n\na\n\na\n\na\n\na?\na", [["a"]] * 5 + [["a?", "a"]]), True)
@example(("un mot\n\ntomo: et la suite", [["un mot"], ["tomo: et la suite"]]), False)
@example(("Besuch in der\n\nRheinischen Rundschau\n\nDer Text.",
          [["Besuch in der"], ["Rheinischen Rundschau"], ["Der Text."]]), True)
@example(("Interview of\n\nBig Ben\n\nText.", [["Interview of"], ["Big Ben"], ["Text."]]), False)
@example(("Radio chat\n\nstudioI was there. And here.\n\nAn iPhone",
          [["Radio chat"], ["studioI was there. And here."], ["An iPhone"]]), False)
@example(("Sold with the\n\niPhone case, and more.",
          [["Sold with the"], ["iPhone case, and more."]]), False)
@example(("Ktoś zawsze zagląda\n\nil. Maren Holt, CC BY-NC 2.0\n\nDalej.",
          [["Ktoś zawsze zagląda"], ["il. Maren Holt, CC BY-NC 2.0"], ["Dalej."]]), False)
@example(("Öğretmenle Söyleşi\n\nogretmenle-soylesi24 Kasım, bir gün.",
          [["Öğretmenle Söyleşi"], ["ogretmenle-soylesi24 Kasım, bir gün."]]), False)
@example(("subscribe share\n\nepisode four, the trailer", [["subscribe share"],
          ["episode four, the trailer"]]), False)
@example(("Showing posts with label Interview. Show all posts\n\nwednesday, 20 december",
          [["Showing posts with label Interview. Show all posts"], ["wednesday, 20 december"]]),
         False)
@example(("a\n\na 1900", [["a"], ["a 1900"]]), False)
@example(("QUANTE\nPERSONE CI LAVORANO?", [["QUANTE", "PERSONE CI LAVORANO?"]]), True)
# Found by a random draw (session 17): a label glued to "?" twice, cut before each
@example(("a?A :\na?A :", [["a?A :", "a?A :"]]), False)
@example(("Tag Archives: author interviews\n\nwednesday, 20 december",
          [["Tag Archives: author interviews"], ["wednesday, 20 december"]]), False)
def test_document_text_is_the_input_paragraphs_except_documented_joins(generated, plain):
    source, paras = generated
    paras = [[unicodedata.normalize("NFC", line) for line in lines] for lines in paras]
    apart = 0  # the first paragraph's lines apart (paras[apart] is the rest of it)
    if plain:
        apart = lines_apart(paras[0])
        paras = [[line] for line in paras[0][:apart]] + [paras[0][apart:]] + paras[1:]
    texts, headings = [], set()  # the paragraphs' texts; those that are group names
    counts: list[int] = []  # each text's lines
    for index, lines in enumerate(paras):
        if plain and index > apart and group_name_apart(lines, any("?" in t for t in texts)):
            headings.add(len(texts))
            texts += [lines[0], lines[1], " ".join(lines[2:])]
            counts += [1, 1, len(lines) - 2]
        else:
            texts.append(" ".join(lines))
            counts.append(len(lines))
    expected, joins, alone = [texts[0]], 0, True  # alone: expected[-1] is one text, unjoined
    for index, text in enumerate(texts[1:], 1):
        # the first paragraph's lines apart, and the rest of it, stand line under line
        next_line = plain and index <= apart
        if (not {index - 1, index} & headings and should_join(expected[-1], text, next_line)
                and not (alone and not (next_line and expected[-1].isupper())
                         and head_over_line(expected[-1], text, counts[index - 1]))):
            expected[-1] += " " + text
            joins += 1
            alone = False
        else:
            expected.append(text)
            alone = True

    document = parse_text(source, plain_text=plain)

    assert split_into_turns_at_most(document.text, "\n".join(expected))
    repaired = [n.detail for n in document.notices if n.kind is NoticeKind.REPAIRED]
    assert repaired == ([str(joins)] if joins else [])
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text


# --- Every line with text in it belongs to a block -------------------------------------------


@st.composite
def markdown_documents(draw):
    """Markdown of several kinds of block; returns the source and each block's content."""
    chunks, contents = [], []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["para", "heading", "bullets", "ordered", "quote", "code",
                                     "rule"]))
        body = draw(paragraphs)
        if kind == "para":
            chunks.append("\n".join(body))
        elif kind == "heading":
            chunks.append("#" * draw(st.integers(1, 6)) + " " + body[0])
            body = body[:1]
        elif kind == "bullets":
            chunks.append("\n".join(f"- {line}" for line in body))
        elif kind == "ordered":
            body = [f"{n}. {line}" for n, line in enumerate(body, 1)]  # numbers are text
            chunks.append("\n".join(body))
        elif kind == "quote":
            chunks.append("\n".join(f"> {line}" for line in body))
        elif kind == "code":
            chunks.append("```\n" + "\n".join(body) + "\n```")
        else:
            chunks.append("***")
            body = []
        contents.extend(body)
    return "\n\n".join(chunks) + "\n", contents


WORD = re.compile(r"\w+")
HAS_TEXT = re.compile(r"[^\W_]")


@NO_SLOW
@given(markdown_documents(), st.booleans())
def test_every_line_with_text_is_covered_and_every_word_kept(generated, plain):
    source, contents = generated
    document = parse_text(source, plain_text=plain)

    covered = set()
    for block in document.blocks:
        first, end = block.source_lines
        assert 0 <= first < end
        covered.update(range(first, end))
    for number, line in enumerate(document.source.split("\n")):
        if HAS_TEXT.search(line):
            assert number in covered, f"line {number} {line!r} is in no block"

    # Markers (#, -, >, fences) go; every word of the content, list numbers too, stays, in order.
    expected = WORD.findall(unicodedata.normalize("NFC", "\n".join(contents)))
    assert WORD.findall(document.text) == expected
