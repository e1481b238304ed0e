"""A site's notices around an article, never its headline: an advert's placeholder
("Publicidad"), a notice that the article is old ("Este artículo se publicó hace 15 años."),
a view counter ("4843 просмотра") or a rating's votes ("(281 votes)"), the text-size
buttons ("+T -"), a link to listen to the article ("Clique aqui e escute a matéria"), a link
to read on under a teaser ("Lees meer"), a post's categories ("Catégories : …"), a contact
line with an e-mail address, a media player's notice that the browser cannot play it; a
search box's "no results", a printed copy's warning about itself, a shop's offer of a free
trial."""

from __future__ import annotations

import re

from ...model import Block, BlockKind

# Where an advert was: the word alone on its line ("Publicidad", "ANZEIGE", "Advertisement").
_ADVERT = re.compile(
    r"(?i)\W{0,3}(?:advertisement|advertising|sponsored|publicidad|publicité|anzeige|werbung"
    r"|pubblicità|publicidade|reklama|advertentie|annons|annonse|annonce|mainos|реклама"
    r"|διαφήμιση|reklam|hirdetés)\W{0,3}"
)
# A notice that the article is old: "This article is more than 5 years old", "Cet article date
# de plus d'onze ans.", "Este artículo se publicó hace 15 años.", "Dieser Artikel ist älter
# als ein Jahr.": the article's noun, then years.
_ARTICLE = (
    r"(?:article|artículo|artigo|articolo|artikel|artykuł|artikkel|artikeln|článek|cikk"
    r"|статья|story|post|beitrag|contenuto|contenido)"
)
_YEARS = r"(?:years?|ans?|años?|anos?|anni|jahre[n]?|jahr|jaar|lat|år|éve|лет|года?)"
_OLD_ARTICLE = re.compile(rf"(?i)(?:this|cet|este|esta|dieser|questo|dit|ten|detta|denne)\s+"
                          rf"{_ARTICLE}\b.{{0,50}}\b{_YEARS}\b.{{0,20}}")
_OLD_ARTICLE_WORDS = 14
# The label a site sets before that notice, on a line of its own in a copy: "FYI." / "This
# story is over 5 years old." (as every old page of a large magazine group has it).
_NOTICE_LABEL = re.compile(r"(?i)fyi[.:!]?")
# A view counter, its number maybe run into its word: "4843просмотра", "1.234 views", "12 345
# vues", "Aufrufe: 87".
_VIEWS = re.compile(
    r"(?i)(?:\d[\d.,\s]*\s?(?:views?|vues?|aufrufe|visualizaciones|visualizzazioni"
    r"|visualizações|weergaven|wyświetle[ńn]|zobrazení|megtekintés|görüntülenme|προβολές"
    r"|visningar|visninger|просмотр(?:а|ов)?|переглядів)"
    r"|(?:views?|vues?|aufrufe|просмотров|visualizaciones)\s*:?\s*\d[\d.,\s]*)"
)
# A rating's count of votes, as a star widget prints it under the headline ("4" / "(281
# votes)", "4,5 (57 votos)", "1.204 ratings", "23 Bewertungen"), its score maybe before it.
_VOTES = re.compile(
    r"(?i)(?:\d(?:[.,]\d+)?(?:\s*/\s*\d+)?\s+)?\(?\d[\d.,\s]*\s?(?:votes?|ratings?|reviews?|votos?|voti|stemmen|bewertungen|avis"
    r"|évaluations?|valoraciones|avaliações|głos(?:y|ów)|hlas(?:y|ů)|голос(?:а|ов)?|oy)\)?"
)
# The buttons that make the text larger or smaller: "+T -", "A- A+", "A A A".
_TEXT_SIZE = re.compile(
    r"(?:[+\-–]\s?[ATa]|[ATa]\s?[+\-–]|[+\-–])(?:\s+(?:[+\-–]\s?)?[ATa]?[+\-–]?)*"
)
# A link to hear the article read aloud, under its headline.
_LISTEN = re.compile(
    r"(?i)\W{0,3}(?:listen\s+to\s+(?:this|the)\s+(?:article|story|text)"
    r"|(?:clique\s+aqui\s+e\s+)?(?:escute|ou[çc]a|ouvir)\s+(?:a|esta|este|o)\s+(?:mat[ée]ria|not[íi]cia"
    r"|texto|artigo|reportagem)"
    r"|[ée]couter\s+(?:cet|l')\s*article|artikel\s+(?:anh[öo]ren|vorlesen\s+lassen)"
    r"|(?:escuchar|escucha)\s+(?:la\s+noticia|este\s+art[íi]culo|el\s+art[íi]culo)"
    r"|ascolta\s+(?:l'articolo|questo\s+articolo|la\s+notizia)"
    r"|lyssna\s+på\s+(?:texten|artikeln)|luister\s+naar\s+(?:dit|het)\s+artikel"
    r"|posłuchaj\s+(?:artykułu|tekstu)|lytt\s+til\s+(?:artikkelen|saken))\W{0,3}"
)
# A teaser's link to the whole article: "Lees meer", "Read more", "Lire la suite".
_READ_ON = re.compile(
    r"(?i)(?:read\s+more|continue\s+reading|lees\s+(?:meer|verder)|lire\s+la\s+suite"
    r"|weiterlesen|mehr\s+lesen|leer\s+m[áa]s|seguir\s+leyendo|leggi\s+(?:tutto|di\s+pi[ùu])"
    r"|continua\s+a\s+leggere|leia\s+mais|continue\s+lendo|czytaj\s+(?:dalej|więcej)"
    r"|läs\s+mer|les\s+mer|læs\s+mere|lue\s+lisää|číst\s+dál)\b"
)
# A post's categories and the site's contact under its name: "Catégories : #Conseils
# d'école", "Kontakt: redaktion@…" (plural: an archive's heading says "Kategorie: Interview").
_CATEGORIES = re.compile(
    r"(?i)(?:cat[ée]gories|categorias|categorías|categorie|kategorien|kategorie[rn]|tags"
    r"|[ée]tiquettes|schlagw[öo]rter)\s?:\s*\S.{0,80}"
)
_MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_WORDS = 12
# A plea to readers who block adverts, at the top of the page: "It looks like you're using an
# ad blocker", "Zdá sa, že máte zablokovanú reklamu", "Sie nutzen einen Werbeblocker".
_AD_BLOCKER = re.compile(
    r"(?i)\b(?:ad[\s-]?block\w*|werbeblocker|adblocker|bloqueador(?:es)?\s+de\s+(?:anuncios|publicidad)"
    r"|bloqueur(?:s)?\s+de\s+pub\w*|blocco\s+(?:degli\s+)?annunci|(?:zablokovan|blokovan)\w*\s+reklam\w*"
    r"|blok\w*\s+reklam\w*|reklamblock\w*|adblockerare|mainosten\s+esto\w*)"
)
_AD_BLOCKER_WORDS = 16
# A media player's notice where its audio or video did not load, often run into the page's
# other links: "Please upgrade to a browser that supports HTML5 audio or install Flash.",
# "Your browser does not support the audio element.", "Ihr Browser unterstützt kein HTML5-Audio".
_NO_PLAYER = re.compile(
    r"(?i)\b(?:(?:upgrade|update|switch)\s+to\s+a\s+(?:modern\s+|newer\s+)?browser\s+that\s+supports"
    r"|(?:your|this)\s+browser\s+(?:does\s+not|doesn't)\s+support"
    r"|votre\s+navigateur\s+ne\s+(?:supporte|prend)|ihr\s+browser\s+unterstützt\s+(?:kein|nicht)"
    r"|(?:tu|su)\s+navegador\s+no\s+(?:soporta|admite)|il\s+tuo\s+browser\s+non\s+supporta"
    r"|(?:seu|o\s+seu)\s+navegador\s+não\s+suporta)\b.{0,40}"
    r"\b(?:audio|video|vídeo|áudio|html5|flash|element)"
)
_NO_PLAYER_WORDS = 40
# Or its plea to install the plug-in: "Musisz zainstalować flash player pobierz instalator",
# "You need to install Flash Player", "Bitte installieren Sie den Flash Player".
_INSTALL_FLASH = re.compile(
    r"(?i)\b(?:install\w*|zainstalow\w*|instal[ae]\w*|installeer\w*|telep[ií]t\w*)\b.{0,30}"
    r"\bflash[\s-]?player\b|\bflash[\s-]?player\b.{0,30}\b(?:install\w*|zainstalow\w*)\b"
)
# A search box's answer left in the copy: "• Aucun résultat trouvé", "No results found",
# "Keine Ergebnisse gefunden", "No se encontraron resultados".
_NO_RESULTS = re.compile(
    r"(?i)\W{0,3}(?:aucun\s+r[ée]sultat(?:\s+trouv[ée])?|no\s+results?(?:\s+(?:were\s+)?found)?"
    r"|nothing\s+found|keine\s+(?:ergebnisse|treffer)(?:\s+gefunden)?"
    r"|no\s+se\s+(?:han\s+)?encontr(?:aron|ado)\s+resultados|sin\s+resultados"
    r"|nessun\s+risultato(?:\s+trovato)?|geen\s+resultaten(?:\s+gevonden)?"
    r"|nenhum\s+resultado(?:\s+encontrado)?|brak\s+wynik[óo]w)\W{0,3}"
)
# A printed copy's warning about itself: "N.B. Het kan zijn dat elementen ontbreken aan deze
# printversie.", "This is a printer-friendly version.", "Version imprimable".
_PRINT_VERSION = re.compile(
    r"(?i)\b(?:printversie|printer[\s-]?friendly\s+version|print\s+version|version\s+imprimable"
    r"|druckversion|druckansicht|versi[óo]n\s+(?:para\s+)?imprimir|versione\s+stampabile"
    r"|vers[ãa]o\s+para\s+impress[ãa]o|wersja\s+do\s+druku)\b"
)
_PRINT_NOTICE_WORDS = 16
# A shop's offer of a free trial over the book it sells: "Scopri milioni di eBook, audiolibri e
# tanto altro ancora con una prova gratuita", "Start your free trial", "Kostenlos testen", and
# its terms under it: "Solo $9.99/mese al termine del periodo di prova. Cancella quando vuoi."
_FREE_TRIAL = re.compile(
    r"(?i)\b(?:free\s+trial|prova\s+gratuita|essai\s+gratuit|prueba\s+gratuita|teste\s+gr[áa]tis"
    r"|kostenlos(?:e[ns]?)?\s+(?:testen|probe\w*)|gratis\s+proef\w*|darmowy\s+okres\s+pr[óo]bny"
    r"|cancel\s+any\s?time|cancella\s+quando\s+vuoi|annulez\s+[àa]\s+tout\s+moment"
    r"|canc[ée]lalo\s+cuando\s+quieras|cancela\s+cuando\s+quieras|jederzeit\s+k[üu]ndbar"
    r"|altijd\s+opzegbaar|cancele\s+quando\s+quiser)\b"
)
_FREE_TRIAL_WORDS = 16
_READ_ON_TEASERS = 2
_READ_ON_ZONE = 16


# The day's weather a news site prints by its date: "17oC Αθήνα", "Berlin 12 °C", "-3°C".
_WEATHER = re.compile(
    r"(?:[^\W\d_][\w.'’-]*\s+){0,3}[-−+]?\d{1,2}(?:[.,]\d)?\s?(?:°|º|o)\s?[CF]"
    r"(?:\s+[^\W\d_][\w.'’-]*){0,3}"
)
_READ_ON_AT_END = re.compile(_READ_ON.pattern + r"\W{0,3}$")


def _runs_teasers(text: str) -> bool:
    """Whether a paragraph is the site's teasers run together, each ending with its link to
    read on ("”Författaren är väl insatt … le...”Läs mer ”Hon är en …”Läs mer"), as a copy
    joins a side column's lines: the link twice or more, the last at the end."""
    return (len(_READ_ON.findall(text)) >= _READ_ON_TEASERS
            and _READ_ON_AT_END.search(text) is not None)


def is_site_notice(text: str) -> bool:
    """Whether a line is one of a site's notices around its articles (see the module)."""
    text = text.strip()
    return bool(text) and (
        _ADVERT.fullmatch(text) is not None
        or _VIEWS.fullmatch(text) is not None
        or _VOTES.fullmatch(text) is not None
        or (_TEXT_SIZE.fullmatch(text) is not None and re.search("[ATa]", text) is not None)
        or _LISTEN.fullmatch(text) is not None
        or _CATEGORIES.fullmatch(text) is not None
        or _READ_ON.fullmatch(text.rstrip(" .…>»→")) is not None
        or _runs_teasers(text)
        or _WEATHER.fullmatch(text) is not None
        or (len(text.split()) <= _CONTACT_WORDS and text[-1] != "?" and _MAIL_ADDRESS.search(text)
            is not None)
        or (len(text.split()) <= _OLD_ARTICLE_WORDS
            and _OLD_ARTICLE.fullmatch(re.sub(r"(?i)^fyi[.:!]?\s+", "", text)) is not None)
        or _NOTICE_LABEL.fullmatch(text) is not None
        or _NO_RESULTS.fullmatch(text) is not None
        or (len(text.split()) <= _PRINT_NOTICE_WORDS and text[-1] != "?"
            and _PRINT_VERSION.search(text) is not None)
        or (len(text.split()) <= _FREE_TRIAL_WORDS and text[-1] != "?"
            and _FREE_TRIAL.search(text) is not None)
        or (len(text.split()) <= _NO_PLAYER_WORDS and text[-1] != "?"
            and (_NO_PLAYER.search(text) or _INSTALL_FLASH.search(text)) is not None)
    )


def is_listen_link(block: Block) -> bool:
    """Whether a line only offers to read the article aloud ("Listen to this article")."""
    return block.kind is BlockKind.PARAGRAPH and _LISTEN.fullmatch(block.text.strip()) is not None


def lists_teasers(blocks: list[Block], i: int, n: int) -> bool:
    """Whether the blocks under ``i`` are an archive's teasers, each followed by its link to
    read on ("Lees meer", "Read more"): two such links or more near the top, where an article
    has one at most ("Czytaj dalej" under its headline)."""
    later = blocks[i + 1 : min(n, i + _READ_ON_ZONE)]
    links = sum(1 for b in later if b.kind is BlockKind.PARAGRAPH and _READ_ON.match(b.text))
    return links >= _READ_ON_TEASERS


def pleads_against_ad_blocker(block: Block) -> bool:
    """Whether a short line asks a reader to stop blocking the site's adverts ("Zdá sa, že
    máte zablokovanú reklamu"): the site's plea, with the lines that follow it."""
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and 0 < len(text.split()) <= _AD_BLOCKER_WORDS
        and _AD_BLOCKER.search(text) is not None
    )
