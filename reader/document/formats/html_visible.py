"""What a web page shows: hidden text out, folded text in.

A page hides text it never shows (``hidden``, ``display: none``, ``visibility: hidden``: a
duplicate for another screen size, a template for scripts) or shows but keeps from screen
readers (``aria-hidden="true"``: an icon, a headline set for the eye beside its copy for
the ear), and folds text a click shows: a FAQ's answers, closed accordions whose
questions are buttons (``aria-expanded``), with their panels hidden until opened. A saved page
keeps them folded. The hidden goes; a fold's button is read as text and its panel is kept,
as a reader opening every fold sees the page. A picture's description that its caption says
again (news sites and WordPress often copy the caption into ``alt``) is not read: the page
shows the caption, and the sentence would be heard twice. Two items a site's style sheet
sets apart with no space between them in the file (a byline's name and date, WordPress's
"Posted in Advice" and "Tagged …") are read as two words, not one ("AdviceTagged").
"""

from __future__ import annotations

import re

from lxml import etree

from .html_class_styles import with_class_styles

_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b",
                           re.IGNORECASE)
# A fold's panel by its role, or by the class words FAQ and accordion scripts give it.
_PANEL_ROLES = frozenset({"region", "tabpanel"})
_PANEL_NAMES = re.compile(
    r"(?:^|[\s_-])(?:collapse|collapsible|accordion|panel|answer|faq|toggle|expand(?:able|ed)?"
    r"|spoiler|tab|drawer|reveal|more)(?:$|[\s_-])",
    re.IGNORECASE,
)
# What a fold's panel follows: its question (a heading, a term, a summary, a button).
_QUESTION_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "dt", "summary", "button"})
_NEVER_HIDDEN = frozenset({"html", "body", "main", "article"})
_COPY_CHARS = 3  # an unspoken text this long found twice on the page is a copy
_WORD = re.compile(r"\w+")
_RUNS_OF_TEXT = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "code"})
_ICON = re.compile(r"(?:^|[\s_-])icon(?:$|[\s_-])", re.IGNORECASE)
_INLINE = frozenset({"span", "a", "time", "em", "strong", "b", "i", "small", "abbr", "cite"})


def show_as_browsed(root: etree._Element) -> None:
    """Drop from ``root`` what the page hides; open its folds and make their buttons text."""
    controlled = {name for value in root.xpath("//@aria-controls") for name in value.split()}
    hidden = []
    said = " ".join(" ".join(root.itertext()).split())
    for element in root.iter():
        if isinstance(element.tag, str) and _is_hidden(element, said):
            if _is_fold(element, controlled):
                _unfold(element)
            else:
                hidden.append(element)
    inside = set(hidden)
    page_text = _text_length(root) if hidden else 0
    for element in hidden:
        if element.getparent() is None or any(a in inside for a in element.iterancestors()):
            continue
        if not element.xpath(".//*[local-name()='h1']") and _text_length(element) * 2 < page_text:
            # Not the article itself: a page saved with a dialog open hides all else.
            if local_name(element) not in _INLINE:
                # a box between two words set them apart: "6 min read" · "Apr 9"
                element.tail = " " + (element.tail or "")
            element.drop_tree()  # keeps its tail, which is the parent's visible text
    for button in root.xpath("//*[local-name()='button']"):
        if _opens_a_fold(button):  # its text is the fold's title: a question
            button.tag = button.tag[:-len("button")] + "span"
    _described_once(root)
    _items_spaced(root)
    with_class_styles(root)


def _described_once(root: etree._Element) -> None:
    """No description for a picture whose caption says it: a figure's, the classic
    WordPress editor's ``wp-caption-text``, or any caption a site's class names set beside
    the picture (``<div class="article-image"><img …><p class="img-caption">``). The caption
    may say more than the description ("…in the children's room" after "…in the
    children's room at the library"): the description's words are heard in it."""
    for image in root.xpath("//*[local-name()='img' or local-name()='amp-img'][@alt]"):
        alt = _words(image.get("alt", ""))
        if alt and any(f" {alt} " in f" {said} " for said in _captions_around(image)):
            image.set("alt", "")


def _captions_around(image: etree._Element) -> list[str]:
    """The words of the captions in the picture's figure, or in the box around it (its
    parent or grandparent, when that box holds one picture)."""
    boxes = [a for a in image.iterancestors()
             if local_name(a) == "figure" or "wp-caption" in a.get("class", "")][:1]
    boxes += [a for a in list(image.iterancestors())[:2]
              if len(a.xpath(".//*[local-name()='img' or local-name()='amp-img']")) == 1]
    return [_words(" ".join(c.itertext())) for box in boxes
            for c in box.xpath(".//*[local-name()='figcaption' or contains(translate(@class, "
                               "'CAPTION', 'caption'), 'caption')]")
            if image not in c.iter()]


def _items_spaced(root: etree._Element) -> None:
    """A space between two classed inline items that meet with no space where a word ends
    and a capital or a number opens the next: the style sheet, which is not applied, sets
    them apart ("Javier Llorente" and "Tudela - 12 feb"), and no word is cut that way. Two
    items of one class side by side are two of a kind whatever their letters (a note's
    tags "portrait" and "à relire", drawn as two labels), and a date (``<time>``) is a
    whole of its own ("2024.01.20" before "取材・文")."""
    boxes: dict[etree._Element, bool] = {}  # each parent's verdict, worked out once
    for item in root.xpath("//*[@class]"):
        before = item.getprevious()
        if (before is None or not isinstance(before.tag, str) or before.tail
                or local_name(item) not in _INLINE or local_name(before) not in _INLINE
                or not (before.get("class") or local_name(before) == "time")):
            continue
        last, first = "".join(before.itertext())[-1:], "".join(item.itertext())[:1]
        if not (last.isalnum() and first.isalnum()):
            continue
        parent = item.getparent()
        if parent is not None and parent not in boxes:
            boxes[parent] = _labels(parent)
        if (local_name(before) == "time" or (parent is not None and boxes[parent])
                or (not last.isupper() and (first.isupper() or first.isdigit()))):
            before.tail = " "


def _labels(box: etree._Element) -> bool:
    """A box of labels of one kind and nothing else, as a note's tags are set (Notion's
    ``<td><span class="selected-value …">portrait</span><span class="selected-value …">``):
    not a paragraph, whose runs may cut a word."""
    if local_name(box) in _RUNS_OF_TEXT or (box.text or "").strip():
        return False
    items = list(box)
    kinds = {tuple(str(item.get("class") or "").split()[:1]) for item in items}
    return (len(items) > 1 and len(kinds) == 1 and () not in kinds
            and all(isinstance(item.tag, str) and not (item.tail or "").strip() for item in items))


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _is_hidden(element: etree._Element, said: str) -> bool:
    """Out of sight, or shown but not spoken (``aria-hidden``) and either an icon (no letter
    nor digit) or a copy of what the page says elsewhere: a drop cap a screen reader skips
    ("S" before "he sold") is the text's own letter."""
    if local_name(element) in _NEVER_HIDDEN:
        return False
    hidden = element.get("hidden")
    if (hidden is not None and hidden != "until-found") or _HIDDEN_STYLE.search(
            element.get("style", "")):
        return True
    if _ICON.search(element.get("class", "")) and not any(
            c.isalnum() for c in "".join(element.itertext())):
        return True  # an icon drawn as a character (Notion's callout "💡"), no word
    if element.get("aria-hidden", "").strip().lower() != "true":
        return False
    text = " ".join(" ".join(element.itertext()).split())
    return not any(c.isalnum() for c in text) or (
        len(text) >= _COPY_CHARS and said.count(text) > 1)


def _unfold(panel: etree._Element) -> None:
    """Open a folded panel, so that no later step (readability) takes it for hidden."""
    for name in ("hidden", "aria-hidden"):
        panel.attrib.pop(name, None)
    if "style" in panel.attrib:
        panel.set("style", _HIDDEN_STYLE.sub("", panel.get("style", "")))


def _is_fold(element: etree._Element, controlled: set[str]) -> bool:
    """A panel a click opens: named by a button, in a panel's role, classed as one, or right
    after its question."""
    if element.get("id") in controlled or element.get("role", "") in _PANEL_ROLES:
        return True
    if _PANEL_NAMES.search(element.get("class", "")):
        return True
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before is not None and (local_name(before) in _QUESTION_TAGS
                                   or any(_opens_a_fold(b) for b in before.iter()
                                          if isinstance(b.tag, str)))


def local_name(element: etree._Element) -> str:
    """The tag without its namespace (an EPUB's XHTML has one); "" for a comment."""
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _opens_a_fold(element: etree._Element) -> bool:
    return element.get("aria-expanded") is not None or element.get("aria-controls") is not None


def _text_length(element: etree._Element) -> int:
    return sum(len(str(text).strip()) for text in element.xpath(
        ".//text()[not(ancestor::*[local-name()='script' or local-name()='style'])]"))
