"""A site's buttons and bars that a page copied from a browser leaves above its headline: a
call to give money ("Jetzt spenden"), a banner's "learn more" link, the reading time run into
the share button ("Lesezeit: 6 Minuten Teilen"), a widget's error ("An error occurred. Please
try again."), a section's name alone ("Actualités", "Blog"), the site's search box ("Servizi
e ricerca nel sito"), its subscribe, log-in, menu and close buttons ("× ABONNEREN"), a
notice's link word cut off from its sentence ("aquí"), a whole menu run into one line that ends
with the site's "follow us" link. None of them is ever the page's title."""

from __future__ import annotations

import re

from ...model import LINE_BREAK, Block, BlockKind

# A call to give: "Jetzt spenden", "Donate now", "Faire un don", "Dona ora", "Doneer nu",
# "Wesprzyj nas": the command alone on its line.
_DONATE = re.compile(
    r"(?i)\W{0,3}(?:(?:jetzt\s+)?spenden|donate(?:\s+now|\s+today)?|faire\s+un\s+don"
    r"|haz\s+(?:una\s+)?donaci[óo]n|dona\s+(?:ora|adesso)|fa[çc]a\s+(?:uma\s+)?doa[çc][ãa]o"
    r"|doneer(?:\s+nu)?|wesprzyj(?:\s+nas)?|st[öo]d\s+oss|ge\s+en\s+g[åa]va)\W{0,3}"
)
# A banner's link to its explanation: "Saiba mais", "Learn more", "En savoir plus".
_LEARN_MORE = re.compile(
    r"(?i)\W{0,3}(?:saiba\s+mais|learn\s+more|find\s+out\s+more|en\s+savoir\s+plus|mehr\s+erfahren"
    r"|m[áa]s\s+informaci[óo]n|scopri\s+di\s+pi[ùu]|meer\s+informatie|dowiedz\s+si[ęe]\s+wi[ęe]cej"
    r"|l[äa]s\s+mer\s+om)\W{0,3}"
)
# The reading time and the share button run into one line: "Lesezeit: 6 Minuten Teilen",
# "5 min read Share", "Temps de lecture : 4 min Partager".
_SHARE_WORD = (
    r"(?:share|teilen|partager|compartir|condividi|partilhar|compartilhar|delen|udost[ęe]pnij"
    r"|dela|del)"
)
_TIME_AND_SHARE = re.compile(
    rf"(?i)(?:\S+\s+){{0,3}}?\d{{1,3}}\s*(?:min\w*|mn)\.?(?:\s+\S+){{0,2}}?\s+{_SHARE_WORD}"
)
# A menu run into one line by the copy, its last link the site's "follow us" or its
# subscription: "Ressources … Nos plateformes Revues Livres Agenda Abonnement Suivez-nous". Six
# words or more and no punctuation at all: a headline of that length has some, or is no
# menu's (it does not end with "Follow us").
_MENU_END = re.compile(
    r"(?i)(?:suivez-nous|follow\s+us|folgen\s+sie\s+uns|folgt\s+uns|s[íi]guenos|seguici"
    r"|siga-nos|segue-nos|volg\s+ons|obserwuj\s+nas|abonnement|newsletter|s'abonner|subscribe"
    r"|abonnieren|suscr[íi]bete|iscriviti|assine|contact|kontakt|contacto|contatti)$"
)
# A widget's error left in the copy: "An error occurred. Please try again.", "Une erreur est
# survenue. Veuillez réessayer.", "Se ha producido un error. Inténtalo de nuevo.".
_WIDGET_ERROR = re.compile(
    r"(?i)(?:an\s+error\s+(?:has\s+)?occurred|something\s+went\s+wrong|une\s+erreur\s+(?:est"
    r"\s+survenue|s'est\s+produite)|(?:es\s+ist\s+)?ein\s+fehler\s+(?:ist\s+)?aufgetreten"
    r"|se\s+ha\s+producido\s+un\s+error|ha\s+ocurrido\s+un\s+error|si\s+è\s+verificato\s+un"
    r"\s+errore|ocorreu\s+um\s+erro|er\s+is\s+een\s+fout\s+opgetreden|wystąpił\s+błąd)[.!]?"
    r"(?:\s+[^.!?]{0,40}(?:try\s+again|réessayer|erneut|de\s+nuevo|nuovo|novamente|opnieuw"
    r"|ponownie)[^.!?]{0,10}[.!]?)?"
)
# A site's section named alone on its line, the menu's word for its news or its blog:
# "Actualités", "Aktuelles", "Blog", "Noticias", "Nieuws". Never a page's title.
_SECTION_NAME = re.compile(
    r"(?i)\W{0,3}(?:actualit[ée]s|aktuelles|aktuell|news|latest\s+news|blog|noticias|actualidad"
    r"|notizie|attualit[àa]|not[íi]cias|atualidades|nieuws|actueel|aktualno[śs]ci|nyheter"
    r"|uutiset|novinky|haberler|новости|новини)\W{0,3}"
)
# The site's search box, named with its services: "Servizi e ricerca nel sito", "Search this
# site", "Rechercher sur le site", "Auf der Seite suchen", "Buscar en el sitio".
_SITE_SEARCH = re.compile(
    r"(?i)\W{0,3}(?:(?:servizi\s+e\s+)?ricerca\s+nel\s+sito|cerca\s+nel\s+sito|search\s+(?:this|the)"
    r"\s+(?:site|website)|site\s+search|rechercher\s+(?:sur|dans)\s+le\s+site|(?:auf\s+der|in\s+der)"
    r"\s+(?:seite|website)\s+suchen|(?:buscar|b[úu]squeda)\s+en\s+el\s+sitio|pesquisar\s+no\s+site"
    r"|zoeken\s+op\s+de\s+site|szukaj\s+w\s+serwisie)\W{0,3}"
)
# A site's account and menu buttons alone on their line, with or without their glyph:
# "× ABONNEREN", "Subscribe", "S'abonner", "Abonnieren", "Log in", "Inloggen", "☰ Menu",
# "Close", "Sluiten". A closed class: the words a site's bar shows in every language.
_BAR_BUTTON = re.compile(
    r"(?i)[×✕✖☰≡\W]{0,3}\s*(?:subscribe(?:\s+now)?|abonneren|abonneer(?:\s+nu)?|s'abonner"
    r"|abonnez-vous|abonnieren|jetzt\s+abonnieren|suscr[íi]bete|suscribirse|iscriviti|abbonati"
    r"|assine(?:\s+j[áa])?|subskrybuj|prenumerera|abonner|tilaa|log\s*in|sign\s+in|inloggen"
    r"|anmelden|se\s+connecter|connexion|iniciar\s+sesi[óo]n|accedi|entrar|zaloguj(?:\s+si[ęe])?"
    r"|logga\s+in|menu|men[úu]|men[üu]|close|sluiten|schlie(?:ß|ss)en|fermer|cerrar|chiudi"
    r"|fechar|zamknij|st[äa]ng)\W{0,3}"
)
# A glyph of the site's bar before a word or two: "× ABONNEREN", "☰ Rubriken".
_GLYPH_BUTTON = re.compile(r"[×✕✖☰≡]\s*\S+(?:\s+\S+)?")
# A notice's link word, cut off from its sentence by the copy: "… u obtener más información"
# / "aquí", "… find out more" / "here", "cliquez ici", "klik hier". A closed class.
_LINK_WORD = re.compile(
    r"(?i)\W{0,3}(?:(?:click|tap|cliquez|pulse|haga\s+clic|clica|clicca|klik|klicken\s+sie)\s+)?"
    r"(?:aqu[íi]|here|ici|hier|qui|tutaj|h[äa]r|tady)\W{0,3}"
)
_MENU_WORDS = 6
_PUNCTUATION = re.compile(r"[.,;:!?«»“”\"„()]")


def is_page_button(block: Block) -> bool:
    """Whether a line is one of the site's buttons or a menu run into one line (see above)."""
    text = block.text.strip()
    if block.kind is not BlockKind.PARAGRAPH or not text:
        return False
    return (
        _DONATE.fullmatch(text) is not None
        or _LEARN_MORE.fullmatch(text) is not None
        or _TIME_AND_SHARE.fullmatch(text) is not None
        or _WIDGET_ERROR.fullmatch(text) is not None
        or _SECTION_NAME.fullmatch(text) is not None
        or _SITE_SEARCH.fullmatch(text) is not None
        or _BAR_BUTTON.fullmatch(text) is not None
        or _GLYPH_BUTTON.fullmatch(text) is not None
        or _LINK_WORD.fullmatch(text) is not None
        or (
            len(text.split()) >= _MENU_WORDS
            and _PUNCTUATION.search(text) is None
            and _MENU_END.search(text) is not None
        )
    )


def ends_with_learn_more(block: Block) -> bool:
    """Whether a paragraph's last line is a banner's "learn more" link ("Saiba mais", "En
    savoir plus"), alone or under the banner's text when the copy kept them together."""
    text = block.text.strip()
    last = text.split(LINE_BREAK)[-1].strip()
    return block.kind is BlockKind.PARAGRAPH and (
        _LEARN_MORE.fullmatch(last) is not None or _AFTER_SENTENCE.search(text) is not None
    )


# The link run into the banner's last sentence: "Diminua a sua pegada ecológica. Saiba mais".
_AFTER_SENTENCE = re.compile(rf"(?i)[.!?…]\s+(?:{_LEARN_MORE.pattern[4:]})$")
