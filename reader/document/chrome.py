"""Site chrome: the lines a web page puts above its headline (a breadcrumb, a "< back" link,
the site's own commands), told apart so that the title is the headline, not the site's name."""

from __future__ import annotations

import re

from .model import Block, BlockKind
from .textcues import word_count

# Site chrome above the headline: a breadcrumb ("Accueil > Société", "Culture / Books"), a
# "< back" link, or a line of the site's own commands ("Suivre ce blog", "Subscribe").
_BREADCRUMB = re.compile(r"\S\s+[>›/|]\s+\S")
_BACK_LINK = re.compile(r"[<←‹]\s*\w")
_NAVIGATION_WORDS = frozenset(
    {
        "accueil", "suivre", "abonnez-vous", "s'abonner", "rechercher", "recherche", "retour",
        "menu", "connexion", "home", "subscribe", "follow", "search", "back", "login", "sign",
        "inicio", "suscríbete", "suscribirse", "buscar", "volver", "menú", "startseite", "folgen",
        "abonnieren", "suche", "zurück", "anmelden", "previous", "next", "précédent",
        "suivant", "anterior", "siguiente", "vorige", "volgende", "weiter",
    }
)
_CHROME_WORDS = 12


def is_chrome(block: Block) -> bool:
    """A line of site chrome: a breadcrumb, a "< back" link or the site's own commands."""
    text = block.text.strip()
    if block.kind is not BlockKind.PARAGRAPH or not text or text[-1] in ".?!":
        return False
    if word_count(text) > _CHROME_WORDS:
        return False
    if _BACK_LINK.match(text) or _BREADCRUMB.search(text):
        return True
    words = {w.strip(",.:|·•").casefold() for w in text.split()}
    return not words.isdisjoint(_NAVIGATION_WORDS)
