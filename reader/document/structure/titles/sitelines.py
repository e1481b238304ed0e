"""A site's own lines over the headline told by their form, not by lists of words: a strip of
links set apart by runs of spaces, a line that names the site's web address and introduces
links the copy lost. Lists of chrome words miss the next site; these hold on a site in any
language."""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from ..text.textcues import word_count
from .sitetrails import is_site_path

# A strip of links copied without their bars: "Inicio   Noticias   Entrevistas   Contacto",
# "Cinevisión   MAX FILMS   MAX FILMS" (an advertisers' strip). The items stand apart by runs
# of two spaces or more, as a headline's words never do.
_SPACED_ITEMS = re.compile(r" {2,}|\t+")
_STRIP_ITEMS = 3
_ITEM_WORDS = 3


def is_spaced_strip(text: str) -> bool:
    """Whether a line is a strip of links set apart by runs of spaces: three items or more,
    each of three words at most, none ending as a sentence or a label does."""
    items = [item.strip() for item in _SPACED_ITEMS.split(text.strip()) if item.strip()]
    return len(items) >= _STRIP_ITEMS and all(
        len(item.split()) <= _ITEM_WORDS and item[-1] not in ".?!:;," for item in items
    )


# A web address without its "www.": "RevistaFotograma.com", "ridge-signal.org", "bjorkvoll.no".
_ADDRESS = re.compile(r"(?i)(?<![@\w.-])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?![\w.-])")
_ADDRESS_LINE_WORDS = 8


def names_address_over_links(text: str) -> bool:
    """Whether a short line names a web address and ends on a colon, the links it introduced
    lost in the copy ("Sigue a RevistaFotograma.com en:", "Follow ridge-signal.org on:",
    "Partager sur monclub.fr :"); a headline may name an address ("How Booking.com grew"), not
    over nothing."""
    text = text.strip()
    return (
        0 < word_count(text) <= _ADDRESS_LINE_WORDS
        and text.endswith(":")
        and _ADDRESS.search(text) is not None
    )


def is_site_line(block: Block) -> bool:
    """A site's line known by its form alone (a spaced strip of links, an address over its
    lost links)."""
    return block.kind is BlockKind.PARAGRAPH and (
        is_spaced_strip(block.text)
        or names_address_over_links(block.text)
        or is_menu_words(block.text)
    ) or is_site_path(block)  # "You are here: …", "Interviews · Novelists", "fr | en | de"


# The names a site gives its own pages, in the languages of the corpus and their neighbours: a
# line made of nothing else is a menu copied one link a line ("About", "Beranda / Liputan",
# "Accueil / À propos / Contact") or a pager ("Tartalom Előző Következő"), never a headline. A
# headline may *contain* one ("About a Boy: …"); only a line of them alone counts.
_MENU_ITEM_WORDS = frozenset(
    {
        "about", "us", "contact", "contacts", "home", "archive", "archives", "imprint",
        "à", "propos", "accueil", "contactez-nous", "mentions", "légales",
        "über", "uns", "kontakt", "impressum", "startseite", "archiv", "datenschutz",
        "inicio", "contacto", "contactos", "quiénes", "somos", "nosotros", "archivo",
        "chi", "siamo", "contatti", "contattaci", "archivio",
        "sobre", "nós", "contato", "contatos", "início", "arquivo",
        "beranda", "tentang", "kami", "kontak", "arsip",
        "tartalom", "előző", "következő", "kapcsolat", "főoldal",
        "contents", "previous", "next", "inhalt", "vorige", "volgende", "sommaire",
        "précédent", "suivant", "anterior", "siguiente", "o", "nas", "strona", "główna",
    }
)
_MENU_LINE_WORDS = 4
# The heading of a cookie notice, its text and buttons below it: "Cookie-Hinweis", "Cookie
# notice", "Cookie settings", "Informativa sui cookie".
_COOKIE_HEADING = re.compile(
    r"(?i)(?:cookie[-\s]?(?:hinweis|notice|banner|settings|einstellungen|policy|richtlinie)"
    r"|(?:informativa|avis|aviso|politique|política)\s+(?:sui|sur\s+les|de)\s+cookies?)"
)


def is_menu_words(text: str) -> bool:
    """Whether a short line is made only of the names a site gives its own pages (a menu's
    links one a line, a pager) or is a cookie notice's heading."""
    text = text.strip()
    if _COOKIE_HEADING.fullmatch(text):
        return True
    words = [w.strip(",.:;|·•/-–»«").casefold() for w in text.split()]
    words = [w for w in words if w]
    return 0 < len(words) <= _MENU_LINE_WORDS and all(w in _MENU_ITEM_WORDS for w in words)
