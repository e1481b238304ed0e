"""A forum's or a comment thread's bookkeeping, set among the posts it keeps: what the site
counts and the links it adds, none of it what anybody said.

- a post's score: old Reddit's "2.4k points" (``<span class="score">``), a vote count, a
  forum's "12 votes", "+3": a count and at most a unit, alone in its element;
- a poster's statistics beside each post: "Posts: 532", "Joined: Jan 2022",
  "Registriert: …", "Beiträge: …" (phpBB's ``profile-posts``, vBulletin's "Join Date",
  XenForo's "Messages", SMF's "postcount"), a label of a profile's facts and a short value
  (in one element after a colon, or a ``<dt>`` and its ``<dd>``), inside a box named for
  the user, the profile or the poster;
- a quote of an earlier post (a forum's reply that quotes the question it answers: phpBB's,
  XenForo's ``<blockquote>`` with "… said:"): a block quote naming the post it quotes
  whose words, but for that attribution, the page already says outside any quote; the
  words are heard once (a page's own quote, with no attribution, is the pull quotes'
  business);
- a page's view counter: "Visite: 836" (Joomla's ``hits``), "Visualizações: 1.204" (the
  Post Views Counter plugin's ``post-views``), "1,204 views": a count and a label of a few
  words, alone in an element named for hits, views or visits;
- a "Back to top" link ("Nach oben", "Haut de page", "Volver arriba", "ページの先頭へ"):
  a link within the page whose words are only that, and the box it alone fills.

A score or a statistic in a sentence is read, as is a link within the page that says more
(a FAQ's question linking to its answer).
"""

from __future__ import annotations

import re

from lxml import etree

_NOT_WORDS = re.compile(r"[\W_]+")
# A count as forums and Reddit show it: "2.4k", "1,204", "+12", "−3".
_COUNT_WRITTEN = r"[+\-−±]?\d[\d.,\u00a0\u202f ]*[kKmM]?"
_UNITS = (r"points?|votes?|upvotes?|likes?|karma|score|punkte?|stimmen|votos?|puntos?"
          r"|voti|punti|pontos?|punten|stemmen|punkty|głos(?:y|ów)?|очк(?:о|а|ов)"
          r"|голос(?:а|ов)?|pts")
_COUNTED = re.compile(rf"{_COUNT_WRITTEN}\s*(?:{_UNITS})", re.IGNORECASE)
_COUNT = re.compile(_COUNT_WRITTEN)
_NOT_SCORES = frozenset({"td", "th", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6"})
_SCORE_NAMES = re.compile(
    r"(?:^|[\s_-])(?:score|scores|votes?|vote-?count|points|karma|upvotes?|likes-?count"
    r"|reaction-?score)(?:$|[\s_-])", re.IGNORECASE)
# What sites name a page's view counter: Joomla's "hits", WordPress plugins' "post-views",
# "view-count", "pageviews", "visits".
_VIEW_NAMES = re.compile(r"(?:^|[\s_-])(?:hits|views?|pageviews|visits|visitors)(?:$|[\s_-])",
                         re.IGNORECASE)
_VIEW_COUNT = re.compile(rf"(?:(?P<before>[^\W\d_][^\d:]{{0,30}}):\s*)?{_COUNT_WRITTEN}"
                         r"(?:\s*(?P<after>[^\W\d_][^\d]{0,20}))?")
_LABEL_WORDS = 3
# A profile's facts beside a post, as forums in the languages read most label them.
_PROFILE_FACTS = frozenset({
    "posts", "joined", "join date", "registered", "messages", "reaction score", "points",
    "location", "rank", "beiträge", "registriert", "mitglied seit", "wohnort", "rang",
    "inscrit", "inscription", "inscrit le", "localisation", "mensajes",
    "registrado", "ubicación", "messaggi", "iscritto", "iscritto il", "località",
    "mensagens", "registrado em", "berichten", "lid sinds", "woonplaats", "posty",
    "dołączył", "dołączyła", "lokalizacja", "сообщения", "регистрация", "откуда",
    "inlägg", "gick med", "indlæg", "innlegg", "viestejä", "liittynyt", "příspěvky",
    "registrován", "lid geworden", "waarderingsscore", "reactiescore",
})
_PROFILE_BOXES = re.compile(r"profile|user|author|poster|member", re.IGNORECASE)
_FACT_VALUE = 40  # characters: a date, a count, a town; more is what someone said
# "Back to top" in the languages of the pages read most, as forums and long pages link
# their top from each post or section.
_BACK_TO_TOP = frozenset({
    "top", "to top", "back to top", "go to top", "return to top", "scroll to top",
    "top of page", "back to the top", "nach oben", "zurück nach oben", "zum seitenanfang",
    "seitenanfang", "nach oben scrollen", "haut de page", "retour en haut",
    "retour en haut de page", "haut", "volver arriba", "ir arriba", "arriba",
    "subir", "volver al inicio", "torna su", "torna all inizio", "su", "inizio pagina",
    "voltar ao topo", "topo", "ir para o topo", "naar boven", "terug naar boven",
    "naar de top", "do góry", "powrót na górę", "na górę", "наверх", "вверх",
    "till toppen", "tillbaka till toppen", "til toppen", "tilbage til toppen",
    "takaisin ylös", "ylös", "nahoru", "zpět nahoru", "yukarı", "başa dön",
    "ページの先頭へ", "ページトップへ", "トップへ戻る", "先頭へ", "回到顶部", "返回顶部",
    "回到頂部", "返回頂部", "맨 위로", "위로", "العودة للأعلى", "إلى الأعلى", "לראש הדף",
    "חזרה למעלה",
})
_NEVER = frozenset({"html", "body", "article", "main"})
_NOT_SAID = frozenset({"blockquote", "script", "style"})
_SMALL = 4  # children at most of a score's or a fact's element
_SHORT = 80  # characters at most of a score's or a fact's element
# A quote's words but for its attribution ("Bijenbrigitte zei:", "<cite>Anna hat
# geschrieben:</cite>") and its "Click to expand..." link.
_QUOTED = ("./descendant::text()[not(ancestor::cite) and not(ancestor::script)"
           " and not(ancestor::*[contains(@class, 'title') or contains(@class, 'attribution')"
           " or contains(@class, 'expand')][not(contains(@class, 'expandContent'))]"
           "[ancestor::blockquote])]")  # (the quote's own parts, not the quote's class)
_QUOTED_WORDS = 3  # fewer repeat by chance
_MAX_QUOTES = 500
_MAX_PLACES = 50  # places a quote's first words are compared at: a common phrase's first


def forum_bookkeeping(root: etree._Element) -> list[etree._Element]:
    """The elements of ``root`` that are a post's score, a poster's statistics or a "Back
    to top" link (with the box that holds nothing else)."""
    found: list[etree._Element] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _NEVER:
            continue
        if element.tag == "a" and element.get("href", "").startswith("#"):
            if _said(element) in _BACK_TO_TOP or (
                    not _said(element) and element.get("href", "") in ("#top", "#")):
                found.append(_alone_in(element))
        elif len(element) > _SMALL:
            continue  # a score or a poster's fact is a small element, not a post's box
        elif _is_score(element) or _is_profile_fact(element) or _is_view_count(element):
            found.append(element)
        elif element.tag == "dt" and _is_profile_pair(element):
            found += [element, element.getnext()]
    return found + _quotes_of_earlier_posts(root)


def _quotes_of_earlier_posts(root: etree._Element) -> list[etree._Element]:
    quoted = []
    for quote in list(root.iter("blockquote"))[:_MAX_QUOTES]:
        words = _NOT_WORDS.sub(" ", " ".join(quote.xpath(_QUOTED))).casefold().split()
        if len(words) >= _QUOTED_WORDS and _attributed(quote):
            quoted.append((quote, words))
    if not quoted:  # (a page's own block quote, a FAQ's question under its index: read)
        return []
    said = _NOT_WORDS.sub(" ", " ".join(_outside_quotes(root))).casefold().split()
    # Where each quote's first words stand in the page, found in one pass over its words.
    openings: dict[tuple[str, ...], list[int]] = {
        tuple(words[:_QUOTED_WORDS]): [] for _, words in quoted}
    for at in range(len(said) - _QUOTED_WORDS + 1):
        places = openings.get(tuple(said[at:at + _QUOTED_WORDS]))
        if places is not None and len(places) < _MAX_PLACES:
            places.append(at)
    return [quote for quote, words in quoted
            if any(said[at:at + len(words)] == words
                   for at in openings[tuple(words[:_QUOTED_WORDS])])]


def _outside_quotes(root: etree._Element) -> list[str]:
    """The page's text outside block quotes, scripts and styles, in order (one walk: an
    XPath asking each text node for its ancestors took seconds on a long thread)."""
    parts: list[str] = []
    inside = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        skipped = element.tag in _NOT_SAID if isinstance(element.tag, str) else None
        if event == "start":
            inside += bool(skipped)
            if not inside and skipped is not None and element.text:
                parts.append(element.text)
        else:
            inside -= bool(skipped)
            if not inside and element.tail:
                parts.append(element.tail)
    return parts


def _attributed(quote: etree._Element) -> bool:
    """A quote that names the post it quotes, as a forum's does: "<cite>Anna wrote:</cite>"
    (phpBB), ``data-quote``/``data-source`` (XenForo), a classed attribution line."""
    return bool(quote.get("data-quote") or quote.get("data-source")
                or quote.find(".//cite") is not None
                or quote.xpath(".//*[contains(@class, 'attribution')"
                               " or contains(@class, 'title')]"))


def _is_score(element: etree._Element) -> bool:
    """A count with its unit ("2.4k points", "12 votes") alone in its element, or a bare
    count ("+12") in one the site names a score; never a table's cell or a list's item,
    where a count is what a table of results says."""
    if element.tag in _NOT_SCORES:
        return False
    text = _short_text(element)
    if _COUNTED.fullmatch(text):
        return True
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(_COUNT.fullmatch(text)) and bool(_SCORE_NAMES.search(names))


def _is_view_count(element: etree._Element) -> bool:
    """A count of the page's views with a short label, alone in an element the site names
    for hits, views or visits; a sentence about views, or a table's cell, is read."""
    if element.tag in ("td", "th") or not _VIEW_NAMES.search(
            f"{element.get('class', '')} {element.get('id', '')}"):
        return False
    shown = _short_text(element)
    count = _VIEW_COUNT.fullmatch(shown)
    return count is not None and all(len((count.group(part) or "").split()) <= _LABEL_WORDS
                                     for part in ("before", "after"))


def _is_profile_fact(element: etree._Element) -> bool:
    if element.tag not in ("dd", "li", "div", "span", "p"):
        return False
    text = _short_text(element)
    label, colon, value = text.partition(":")
    if not colon or not value.strip() or len(value) > _FACT_VALUE:
        return False
    if _NOT_WORDS.sub(" ", label).strip().casefold() not in _PROFILE_FACTS:
        return False
    return _in_profile(element)


def _is_profile_pair(term: etree._Element) -> bool:
    """A profile fact written as a term and its value ("Lid geworden" / "mrt 3, 2024", as
    XenForo and vBulletin set a poster's details), inside a box named for the user."""
    value = term.getnext()
    label = _NOT_WORDS.sub(" ", "".join(term.itertext())).strip().casefold()
    return (value is not None and value.tag == "dd" and label in _PROFILE_FACTS
            and 0 < len(" ".join("".join(value.itertext()).split())) <= _FACT_VALUE
            and _in_profile(term))


def _in_profile(element: etree._Element) -> bool:
    return any(_PROFILE_BOXES.search(f"{a.get('class', '')} {a.get('id', '')}")
               for a in element.iterancestors() if isinstance(a.tag, str))


def _short_text(element: etree._Element) -> str:
    """The element's words, or "" when they run past what a score or a fact says (read no
    further: the page's wrappers hold the whole page)."""
    parts, size = [], 0
    for part in element.itertext():
        size += len(part)
        if size > _SHORT:
            return ""
        parts.append(part)
    return " ".join("".join(parts).split())


def _alone_in(link: etree._Element) -> etree._Element:
    """The outermost box around ``link`` that says nothing else."""
    box, said = link, _said(link)
    parent = link.getparent()
    while (parent is not None and isinstance(parent.tag, str) and parent.tag not in _NEVER
           and _said(parent) == said and len(parent) == 1):
        box, parent = parent, parent.getparent()
    return box


def _said(element: etree._Element) -> str:
    shown = element.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")
    return _NOT_WORDS.sub(" ", " ".join(shown)).strip().casefold()
