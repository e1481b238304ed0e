"""What a page's copy glues to its headline that is about the post, not its subject: the
post's meta run into the headline's line by the copy. It is set off by a separator (a middle
dot, a pipe, a bullet) or stands at an edge of the line, and every piece of it is a date, a
weekday, "Publié", "Mis à jour", a read time or a "more" link — the same pieces in any site's
template, so the rule reads their shape, not the site:

- "Questionnaire de Proust par Hugo LAVERGNE · Publié · Mis à jour": the byline and the
  template's words after the first separator;
- "Jana Veselá: Kdo vlastně řídí školu? … středa 24. července 2019 ·": the date before a
  trailing separator;
- "Wawancara: Bukan Sekadar Tanya Jawab ##": a trailing run of marks;
- "Querida Ana ver +": the link to the rest of the post;
- "12 DécInterview d’un étudiant …": a day and a month glued before the headline's capital;
- "Podcast de français, n° 31 Claire & Bastien – … n° 31 Claire & Bastien – …": the headline
  said twice in one line (a tab's title, then the page's), the site's name before it.

A date that the headline sets off itself ("Андрей Голубев - Своё мнение - 2009-04-15",
"… (12. 03. 2015)") is the title's own and stays: only a date before a trailing separator,
or after a separator, goes."""

from __future__ import annotations

import re

from .blogdates import WEEKDAY as _WEEKDAY
from .matterlines import MONTHS, is_dateline

# The separators a template puts between the headline and its meta.
_SEPARATOR = re.compile(r"\s*(?:·|•|\|\|?|​)\s*")
# A trailing run of marks with nothing to say ("##", "·", "|", "*").
_TRAILING_MARKS = re.compile(r"\s+[#·•|*~=_]+$")
# The template's words about a post: when it was published or changed, how long it reads.
_META_WORDS = re.compile(
    r"(?ix)^(?:publi[ée]e?|mis\s+[àa]\s+jour|modifi[ée]e?|updated|published|posted|aktualisiert"
    r"|ver[öo]ffentlicht|actualizad[oa]|publicad[oa]|atualizad[oa]|pubblicato|aggiornato"
    r"|bijgewerkt|gepubliceerd|opublikowano|zaktualizowano|aktualizov[áa]no|publikov[áa]no"
    r"|\d+\s*(?:min(?:ute)?s?|minuten?|minutos?|minuti)\.?(?:\s+(?:read|de\s+lecture"
    r"|lesezeit|de\s+lectura|di\s+lettura|leestijd|czytania|čtení))?"
    r"|(?:temps\s+de\s+lecture|lesezeit|reading\s+time|tiempo\s+de\s+lectura)\s*:?\s*\d+\s*min\.?"
    r"|\d+\s+comments?|\d+\s+commentaires?|\d+\s+kommentare?|\d+\s+comentarios?)$"
)
# A byline run into the headline before the template's meta: "… par Hugo LAVERGNE".
_BYLINE_TAIL = re.compile(
    r"\s+(?:par|by|von|por|di|door|av|przez|od|de)\s+(?:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃČŘŠŽ][\w'’.-]*\s*){1,4}$"
)
# The link to the rest of a post glued after its headline.
_MORE_LINK = re.compile(
    r"(?i)\s+(?:ver\s*\+|ver\s+m[áa]s|leer\s+m[áa]s|read\s+more|lire\s+la\s+suite|weiterlesen"
    r"|mehr\s+lesen|lees\s+verder|leggi\s+tutto|leggi\s+di\s+pi[uù]|saiba\s+mais|leia\s+mais"
    r"|czytaj\s+więcej|čtěte\s+více)$"
)
# A day and a month glued before the headline's first capital: "12 DécInterview d’un …".
_GLUED_DAY = re.compile(rf"(?ix)^\d{{1,2}}\.?\s*{MONTHS}\.?(?=[^\W\d_])(?-i:(?=[A-ZÀ-ÖØ-Þ]))")
_HEADLINE_WORDS = 2
_DATE_WORDS = 5
_REPEAT_WORDS = 3


def _is_meta(piece: str) -> bool:
    piece = piece.strip(" ·•|,")
    return not piece or _META_WORDS.match(piece) is not None or (
        len(piece.split()) <= _DATE_WORDS and is_dateline(piece) and any(c.isdigit() for c in piece)
    ) or (_META_WORDS.match(piece.split(" ", 1)[0]) is not None and len(piece.split()) <= 2)


def _without_date_tail(head: str) -> str:
    """``head`` without the date (and its weekday) that ends it, when a separator followed."""
    words = head.split()
    for k in range(2, min(_DATE_WORDS, len(words) - _HEADLINE_WORDS) + 1):
        tail = " ".join(words[-k:])
        if any(c.isdigit() for c in tail) and is_dateline(tail):
            if k < len(words) - _HEADLINE_WORDS and _WEEKDAY.match(f"{words[-k - 1]} "):
                k += 1  # "středa 24. července 2019": its weekday goes with it
            return " ".join(words[:-k])
    return head


def _said_twice(title: str) -> str:
    """The headline a line says twice at its end ("Site, H H"): H, else ""."""
    words = title.split()
    for size in range(len(words) // 2, _REPEAT_WORDS - 1, -1):
        if words[-size:] == words[-2 * size : -size]:
            return " ".join(words[-size:])
    return ""


def without_meta(title: str) -> str:
    """``title`` without the post's meta glued to it (see the module); ``title`` itself when
    nothing is glued or too little would be left."""
    text = _GLUED_DAY.sub("", title, count=1)
    text = _MORE_LINK.sub("", text)
    text = _said_twice(text) or text
    trailed = _TRAILING_MARKS.search(text) is not None
    text = _TRAILING_MARKS.sub("", text)
    pieces = _SEPARATOR.split(text)
    if len(pieces) > 1 and all(_is_meta(p) for p in pieces[1:]):
        text = pieces[0].strip()
        trailed = True
        byline = _BYLINE_TAIL.search(text)
        if byline is not None and len(text[: byline.start()].split()) >= _HEADLINE_WORDS:
            text = text[: byline.start()]
    if trailed:
        text = _without_date_tail(text)
    text = text.strip()
    return text or title.strip()
