"""The words a page's widgets leave when it is copied from a browser: an icon's name beside its
button ("Compare button icon"), a text-size toolbar ("font size decrease font size increase
font size Print Email"), a blog's label banner ("Showing posts with label Interview. Show all
posts"), a journal's ISSN line, an index's "All our articles on this subject", a browser's
prompt with its two buttons ("… No activar Activar"), icon file names ("clock menu more-arrow"),
a picture's alternative text ("Claire Vautrin (avatar)"), service links ("impressum kontakt
drucken suchen"), a post's category line ("Filed under:"), a paywall's label ("Member-only
story"), a browser's notice that the page no longer supports it, a theme's "Select Page" menu.
None is ever the headline; a blog's label banner also closes the blog's own lines above the
post."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role

# An icon or a badge named by its picture's text: "Upload Button Icon Add office photos",
# "Compare button icon Compare", "Norvik Verified Tick".
# The icon's name opens the line, its caption maybe after it: not "Why every button icon …".
_ICON_NAME = re.compile(r"(\w+)\s+(?:Button\s+Icon|button\s+icon\s+\1)\b|.*\bVerified\s+Tick")
# A text-size toolbar (Joomla's and its like), in the languages it comes in.
_FONT_SIZE = (
    r"font\s+size|dimensione\s+(?:del\s+)?font|tama[ñn]o\s+(?:de\s+)?(?:la\s+)?(?:fuente|letra)"
    r"|taille\s+(?:de\s+(?:la\s+)?)?police|schriftgr[öo](?:ß|ss)e|tamanho\s+d[ae]\s+fonte"
    r"|lettergrootte|rozmiar\s+czcionki"
)
_RESIZE = (
    r"decrease|increase|riduci|aumenta|disminuir|aumentar|diminuer|augmenter|verkleinern"
    r"|vergr[öo](?:ß|ss)ern|diminuir|verkleinen|vergroten|zmniejsz|zwiększ"
)
_FONT_TOOLBAR = re.compile(rf"(?i).*\b(?:{_FONT_SIZE})\b.*\b(?:{_RESIZE})\b.*")
# A blog's banner over the posts of one label, as Blogger words it in each language: "Showing
# posts with label Interview. Show all posts", "Mostrando postagens com marcador entrevista.
# Mostrar todas as postagens", "Visar inlägg med etikett Intervju. Visa alla inlägg"; and a
# WordPress theme's over the posts of one tag or category.
LABEL_BANNER = (
    r"showing\s+posts\s+with\s+(?:the\s+)?label|mostrando\s+postagens\s+com\s+(?:o\s+)?marcador"
    r"|mostrando\s+entradas\s+con\s+la\s+etiqueta|affichage\s+des\s+articles\s+dont\s+le\s+libell"
    r"|visualizzazione\s+dei\s+post\s+con\s+etichetta|posts\s+mit\s+dem\s+label"
    r"|posts\s+weergeven\s+met\s+(?:het\s+)?label|visar\s+inl[äa]gg\s+med\s+etikett"
    r"|viser\s+(?:innlegg|indlæg|opslag)\s+med\s+etikett|wy[śs]wietlanie\s+post[óo]w\s+z\s+etykiet"
    # WordPress's archive of a tag or a category: "Tag Archives: author interviews",
    # "Archives de l'étiquette : …", "Archivo de la etiqueta: …", "Schlagwort-Archiv: …".
    r"|(?:(?:tag|category)\s+archives?|archives?\s+(?:de\s+l['’]étiquette|de\s+la\s+catégorie)"
    r"|archivo\s+de\s+la\s+(?:etiqueta|categoría)|archivio\s+(?:tag|categoria)"
    r"|(?:schlagwort|kategorie)-archiv(?:e)?|archiwa\s+(?:tagu|kategorii)|tag-archief)(?=\s*:)"
)
_LABEL_BANNER = re.compile(rf"(?i)(?:{LABEL_BANNER})\b.{{0,120}}")
# A journal's masthead line with its serial number: "Nr 3/2018 (LXII) ISSN 2083-7321".
_ISSN = re.compile(r"(?i).{0,60}\b[ep]?-?ISSN\s*:?\s*\d{4}-\d{3}[\dX]\b.{0,40}")
# An index's line over the articles of its subject: "TOUS NOS ARTICLES SUR CE SUJET", "All our
# stories on this topic", "Alle Artikel zum Thema".
_ALL_OUR_ARTICLES = re.compile(
    r"(?i)(?:tous\s+nos\s+articles|all\s+our\s+(?:articles|stories|posts)"
    r"|alle\s+(?:unsere\s+)?(?:artikel|beitr[äa]ge)\s+zu(?:m|r)?|todos\s+nuestros\s+art[íi]culos"
    r"|todos\s+os\s+nossos\s+artigos|tutti\s+i\s+nostri\s+articoli)"
    r"(?:\s+(?:sur|on|about|sobre|su|zu|zum|zur|this|ce|cette|ce|ese|este|esse|questo|dem|diesem)"
    r"(?:\s+\S+){0,3})?"
)


# A prompt's two buttons closing its line, the refusal first: a browser's request to send
# notifications ("Reciba notificaciones de … No activar Activar", "… Not now Allow").
_DECLINE_ACCEPT = (
    r"no\s+activar\s+activar|not\s+now\s+(?:allow|turn\s+on|enable)|no\s+thanks\s+(?:allow|subscribe)"
    r"|non\s+merci\s+(?:autoriser|activer|accepter)|pas\s+maintenant\s+(?:autoriser|activer)"
    r"|nein,?\s+danke\s+(?:erlauben|aktivieren|zulassen)|jetzt\s+nicht\s+(?:erlauben|aktivieren)"
    r"|agora\s+n[ãa]o\s+(?:permitir|ativar)|n[ãa]o\s+ativar\s+ativar|ahora\s+no\s+(?:permitir|activar)"
    r"|non\s+ora\s+(?:consenti|attiva)|no,?\s+grazie\s+(?:consenti|attiva)"
    r"|nee,?\s+bedankt\s+(?:toestaan|inschakelen)|niet\s+nu\s+(?:toestaan|inschakelen)"
)
_PROMPT_BUTTONS = re.compile(rf"(?i).{{0,200}}[.!?:]?\s*(?:{_DECLINE_ACCEPT})")
# A site's icons named by their pictures' files, a line of nothing else: "clock menu
# more-arrow no yes mobile" (four names or more, in lower case, one of them hyphenated or
# "menu": words alone such as "no yes" are not enough).
_ICON_FILE_NAMES = frozenset({
    "clock", "menu", "more-arrow", "no", "yes", "mobile", "search", "close", "share", "email",
    "facebook", "twitter", "x", "whatsapp", "linkedin", "rss", "comment", "comments", "print",
    "play", "pause", "arrow", "arrow-down", "arrow-up", "arrow-left", "arrow-right", "chevron",
    "chevron-down", "chevron-right", "user", "account", "home", "link", "copy", "bookmark",
    "hamburger", "logo", "audio", "video", "camera", "gallery", "external",
})
# A picture's alternative text left where the picture was: "Claire Vautrin (avatar)",
# "Emblema della Repubblica", "Logo der Stadtbibliothek", "Site logo".
_PICTURE_ALT = re.compile(
    r"(?i)[^.!?:]{1,60}\s\((?:avatar|logo|photo|image|foto|bild)\)"
    r"|(?:emblema|emblem|wappen|stemma|escudo|bras[ãa]o|blason|logo|logotipo|logotyp)"
    r"\s+(?:della|delle|del|of\s+the|of|der|des|de\s+la|de|do|da|di|van\s+de|van)\s+[^.!?:]{1,50}"
)


# A site's service links on one line, none of them news: "impressum kontakt drucken suchen",
# "Imprint Contact Sitemap Search" (three or more, each one of these).
_SERVICE_LINKS = frozenset({
    "impressum", "kontakt", "drucken", "suchen", "suche", "sitemap", "datenschutz", "imprint",
    "contact", "print", "search", "privacy", "login", "home", "mentions", "légales", "contacto",
    "imprimir", "buscar", "stampa", "cerca", "contatti", "accueil", "recherche", "imprimer",
    "colofon", "zoeken", "afdrukken", "kontakta", "sök",
})
_SERVICE_LINKS_AT_LEAST = 3


# A post's category line, its category's link maybe lost: "Filed under:", "Filed under: Media",
# "Abgelegt unter: Allgemein", "Archivado en: Cultura", "Classé dans : Non classé".
_FILED_UNDER = re.compile(
    r"(?i)(?:filed\s+under|abgelegt\s+unter|archivado\s+en|classé\s+dans|archiviato\s+in"
    r"|opgeslagen\s+onder|arquivado\s+em|zařazeno\s+do)\s*:(?:\s*[^.!?:]{1,60})?"
)


# A paywall's label above a piece: "Member-only story", "Nur für Abonnenten", "Réservé aux
# abonnés", "Exclusivo para suscriptores" (the label alone on its line).
_PAYWALL_LABEL = re.compile(
    r"(?i)(?:member-only\s+story|members?[\s-]+only|subscribers?[\s-]+only|for\s+subscribers"
    r"|nur\s+f(?:ü|ue)r\s+abonnent(?:en|innen)|abonnenten-?artikel|plus-artikel"
    r"|(?:article\s+)?réservé\s+aux\s+abonnés|(?:artículo\s+)?exclusivo\s+para"
    r"\s+(?:suscriptores|abonados|assinantes)|conteúdo\s+exclusivo\s+para\s+assinantes"
    r"|(?:articolo\s+)?riservato\s+agli\s+abbonati|alleen\s+voor\s+abonnees"
    r"|tylko\s+dla\s+(?:subskrybentów|prenumeratorów)|endast\s+för\s+prenumeranter)[.:!]?"
)
# A browser's notice that the site no longer supports it: "Dieser Browser wird nicht mehr
# unterstützt", "This browser is no longer supported", "Votre navigateur n'est plus pris en
# charge" (the notice alone on its line; "Which browser is no longer supported?" asks).
_OLD_BROWSER = re.compile(
    r"(?i)(?:(?:this|your|dieser|ihr|ce|votre|este|tu|su|questo|il\s+tuo|deze|uw|twoja|ta)\s+)?"
    r"(?:browser|navigateur|navegador|przeglądarka|webbläsare)\s+"
    r"(?:is\s+(?:no\s+longer|not)\s+supported|is\s+out\s+of\s+date"
    r"|wird\s+nicht\s+(?:mehr\s+)?unterstützt|ist\s+veraltet"
    r"|n['’]est\s+plus\s+(?:pris\s+en\s+charge|supporté|compatible)"
    r"|(?:ya\s+)?no\s+(?:es\s+compatible|está\s+soportado|tiene\s+soporte)"
    r"|não\s+é\s+(?:mais\s+)?suportado|non\s+è\s+più\s+supportato"
    r"|wordt\s+niet\s+(?:meer\s+)?ondersteund|nie\s+jest\s+(?:już\s+)?obsługiwana)[.!]?"
)
# Its advice, a sentence naming two browsers or more: "Bitte wechseln Sie zu einem aktuellen
# Browser wie Chrome, Firefox, Safari oder Edge." ("Chrome or Firefox?" is a headline).
_BROWSER_WORD = re.compile(r"(?i)\b(?:browser|navigateur|navegador|przeglądark\w*)\b")
_BROWSER_NAMES = re.compile(r"\b(?:Chrome|Firefox|Safari|Edge|Opera)\b")
_ADVICE_WORDS = 30
# A theme's menu for small screens, left as its button's words: "Select Page", "Sélectionner
# une page", "Seite wählen", "Seleccionar página".
_SELECT_PAGE = re.compile(
    r"(?i)(?:select\s+page|sélectionner\s+une\s+page|seite\s+(?:aus)?wählen"
    r"|seleccionar\s+página|selecionar\s+página|seleziona\s+(?:una\s+)?pagina"
    r"|selecteer\s+(?:een\s+)?pagina|wybierz\s+stronę)"
)


# A forum's form above the message a reply answers: "Poster un message" / "En réponse à :",
# "Post a reply", "In reply to:", "Antwort schreiben", "Responder a:".
_REPLY_FORM = re.compile(
    r"(?i)(?:poster\s+un\s+message|post\s+a\s+(?:reply|message)|antwort\s+schreiben"
    r"|publicar\s+(?:un\s+)?mensaje|pubblica\s+un\s+messaggio|en\s+réponse\s+à"
    r"|in\s+reply\s+to|als\s+antwort\s+auf|en\s+respuesta\s+a|in\s+risposta\s+a)\s*:?"
)


# A document site's offer to download what it shows: "Download to read offline", "Baixar para
# ler offline", "Descargar para leer sin conexión", "Télécharger pour lire hors ligne".
_READ_OFFLINE = re.compile(
    r"(?i)(?:download|baixar|descargar|télécharger|herunterladen|scarica|downloaden|pobierz)"
    r",?\s+(?:to|para|pour|um|per|om|aby)\s+(?:read|ler|leer|lire|lesen|leggere|lezen|czytać)"
    r"(?:\s+\S+){1,3}"
)
# A site's logo named by its picture's text, the brand written as brands are ("SlideShare a
# Scribd company logo", "YouTube logo"): a capital inside a word; "Why we changed our logo"
# is a headline.
_LOGO_ALT = re.compile(r"(?=.*\b[A-Z][a-z]+[A-Z]\w*)[^.!?:]{1,60}\slogo")
_LOGO_ALT_WORDS = 6


# A page's tools, one or several on a line set apart by bullets: "• Users Online: 2187 • Print
# this page • Email this page", "Seite drucken · Seite versenden", "Imprimer cette page".
_PAGE_TOOL = re.compile(
    r"(?i)(?:users|visitors|besucher|utilisateurs|usuarios|utenti)\s+online\s*:?\s*[\d.,]+"
    r"|(?:print|e-?mail|share|send|bookmark|cite)\s+this\s+(?:page|article|story|post)"
    r"|(?:seite|artikel|beitrag)\s+(?:drucken|versenden|teilen|empfehlen|per\s+e-?mail\s+senden)"
    r"|(?:imprimer|envoyer|partager)\s+(?:cette\s+page|cet\s+article|l['’]article)"
    r"|(?:imprimir|enviar|compartir)\s+(?:esta\s+p[áa]gina|este\s+art[íi]culo|art[íi]culo)"
    r"|(?:stampa|invia|condividi)\s+(?:questa\s+pagina|questo\s+articolo|articolo)"
    r"|(?:pagina|artikel)\s+(?:afdrukken|printen|mailen|delen)"
    # a funeral home's buttons under the name: "Share this obituary", "Send Flowers"
    r"|share\s+this\s+(?:obituary|tribute)|send\s+flowers|plant\s+a\s+tree|light\s+a\s+candle"
    r"|(?:sign|view)\s+(?:the\s+)?guest\s?book|kerze\s+anzünden|blumen\s+senden"
    # an event's buttons: "Book now", "Get tickets", "Add to calendar", "Jetzt anmelden"
    r"|book\s+(?:now|here|your\s+(?:place|seat|ticket))|register\s+(?:now|here)"
    r"|(?:buy|get)\s+tickets|add\s+to\s+(?:my\s+)?calendar|jetzt\s+(?:buchen|anmelden)"
    r"|tickets\s+(?:kaufen|buchen|kopen)|zum\s+kalender\s+hinzufügen|réserver\s+maintenant"
    r"|ajouter\s+(?:à|au)\s+(?:mon\s+)?(?:agenda|calendrier)|reservar\s+(?:ahora|entradas|plaza)"
    r"|comprar\s+entradas|a[ñn]adir\s+al\s+calendario|prenota\s+(?:ora|subito)"
    r"|acquista\s+(?:i\s+)?biglietti|nu\s+boeken|aanmelden\s+(?:nu|hier)"
    r"|(?-i:PDA)"  # a vBulletin archive's link to its small-screen view, over "View Full Version"
)
# A newsletter's link to itself on the web, maybe after its question: "Wird diese E-Mail nicht
# richtig angezeigt? Im Browser ansehen", "Trouble viewing this email? View it in your browser".
_VIEW_IN_BROWSER = re.compile(
    r"(?i)(?:[^.!?]{0,80}\?\s*)?(?:(?:view|open|read)\s+(?:it\s+|this\s+(?:e-?mail|newsletter"
    r"|message)\s+)?(?:in|on)\s+(?:your\s+|a\s+|the\s+)?(?:web\s*)?browser|im\s+(?:web)?browser"
    r"\s+(?:ansehen|öffnen|anzeigen|lesen)|(?:voir|afficher|lire)\s+(?:la\s+version\s+en\s+ligne"
    r"|dans\s+(?:le|votre)\s+navigateur)|ver\s+(?:en\s+(?:el|tu|su)\s+navegador|la\s+versi[óo]n"
    r"\s+web)|visualizza\s+nel\s+browser|bekijk\s+(?:deze\s+e-?mail\s+)?in\s+(?:je|de|uw)"
    r"\s+browser|(?:web|online)[\s-]?(?:version|versie|ansicht))[.!]?"
)
# A service's telephone line, maybe with its hours: "71 402 11 90 (całą dobę)", "+49 30 1234567
# (24/7)", "Tel. 0800 123 456": digits and their spaces, seven digits or more.
_PHONE_LINE = re.compile(
    r"(?i)(?:tel(?:\.|efon|éfono|efone|ephone)?\s*:?\s*)?\+?[\d\s()./-]{7,22}"
    r"(?:\s*\([^()\d]{1,20}\)|\s*\(24/7\)|\s*\(24\s?h\))?"
)
_PHONE_DIGITS = 7
# The share button's word alone on its line, in the languages it comes in.
_SHARE_WORD = re.compile(
    r"(?i)(?:share|teilen|partager|compartir|condividi|compartilhar|partilhar|delen|udostępnij"
    r"|dela|del|jaa|paylaş|sdílet|zdieľať|megosztás|distribuie|поделиться|поділитися"
    r"|μοιραστείτε|シェア|分享|공유)(?:\s+(?:this|it|on))?:?"
)
# A page's offer of its other languages: "Este artículo también está disponible en: Català",
# "This article is also available in: Français | Deutsch", "Read in: English".
_OTHER_LANGUAGES = re.compile(
    r"(?i)(?:this\s+(?:article|page|post|story)\s+is\s+(?:also\s+)?available\s+in"
    r"|(?:also\s+)?available\s+in|(?:read|lire|leer|leggi|lesen|lees)\s+(?:in|en|auf)"
    r"|est[ea]\s+(?:art[íi]culo|p[áa]gina|nota)\s+(?:tambi[ée]n\s+)?est[áa]\s+disponible\s+en"
    r"|disponible\s+en|cet\s+article\s+est\s+(?:aussi|également)\s+disponible\s+en"
    r"|dieser\s+(?:artikel|beitrag)\s+ist\s+auch\s+(?:auf|in)"
    r"|questo\s+articolo\s+è\s+disponibile\s+anche\s+in|dit\s+artikel\s+is\s+ook"
    r"\s+beschikbaar\s+in|este\s+artigo\s+também\s+está\s+disponível\s+em)"
    r"\s*:?\s*(?:[^\W\d_]+(?:\s*[|,/·]\s*[^\W\d_]+){0,5})(?:\s+verfügbar)?[.]?"
)
_TOOL_SEPARATOR = re.compile(r"\s*[•·|]\s*")


def _is_page_tools(text: str) -> bool:
    """Whether a line holds only the page's tools ("• Print this page • Email this page")."""
    parts = [part for part in _TOOL_SEPARATOR.split(text) if part]
    return bool(parts) and all(_PAGE_TOOL.fullmatch(part) for part in parts)


def _is_browser_notice(text: str) -> bool:
    """Whether a line is a browser's notice or its advice to change browsers."""
    return _OLD_BROWSER.fullmatch(text) is not None or (
        text.endswith(".")
        and len(text.split()) <= _ADVICE_WORDS
        and _BROWSER_WORD.search(text) is not None
        and len(set(_BROWSER_NAMES.findall(text))) >= 2
    )


def is_icon_file_names(text: str) -> bool:
    """Whether a line holds only a site's icon names ("clock menu more-arrow no yes mobile")."""
    words = text.split()
    return (
        len(words) >= 4
        and text == text.lower()
        and set(words) <= _ICON_FILE_NAMES
        and any("-" in word or word == "menu" for word in words)
    )


def _is_service_links(text: str) -> bool:
    """Whether a line holds only a site's service links ("impressum kontakt drucken suchen")."""
    words = text.casefold().split()
    return len(words) >= _SERVICE_LINKS_AT_LEAST and set(words) <= _SERVICE_LINKS


def is_widget_line(text: str) -> bool:
    """Whether a line is a page widget's words: an icon's name, a text-size toolbar, a blog's
    label banner, a journal's ISSN line, an index's "all our articles" line, a prompt with its
    two buttons, icon names, a picture's alternative text, a paywall's label, a browser's
    notice, a "Select Page" menu."""
    text = text.strip()
    return bool(
        _ICON_NAME.match(text)
        or _PROMPT_BUTTONS.fullmatch(text)
        or is_icon_file_names(text)
        or _is_service_links(text)
        or _FILED_UNDER.fullmatch(text)
        or _PICTURE_ALT.fullmatch(text)
        or _FONT_TOOLBAR.fullmatch(text)
        or _LABEL_BANNER.fullmatch(text)
        or _ISSN.fullmatch(text)
        or _ALL_OUR_ARTICLES.fullmatch(text)
        or _PAYWALL_LABEL.fullmatch(text)
        or _SELECT_PAGE.fullmatch(text)
        or _is_browser_notice(text)
        or _READ_OFFLINE.fullmatch(text)
        or _REPLY_FORM.fullmatch(text)
        or _is_page_tools(text)
        or _VIEW_IN_BROWSER.fullmatch(text)
        or _SHARE_WORD.fullmatch(text)
        or _OTHER_LANGUAGES.fullmatch(text)
        or (_PHONE_LINE.fullmatch(text) and sum(c.isdigit() for c in text) >= _PHONE_DIGITS)
        or (len(text.split()) <= _LOGO_ALT_WORDS and _LOGO_ALT.fullmatch(text))
    )


# A line of the site's commands alone ("subscribe share"), which no sentence goes on from.
SITE_COMMANDS = frozenset({"subscribe", "share", "follow", "print", "email", "tweet", "like"})


def is_site_commands(text: str) -> bool:
    """Whether a line holds only the site's commands ("subscribe share", "share")."""
    words = set(text.casefold().split())
    return bool(words) and words <= SITE_COMMANDS


def is_label_banner(text: str) -> bool:
    """Whether a line is a blog's banner over the posts of one label."""
    return _LABEL_BANNER.fullmatch(text.strip()) is not None


_BLOG_LINES = 3  # the blog's name, its tagline, a menu's line
_BLOG_LINE_WORDS = 8


def after_label_banner(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the post's own lines begin when a blog's label banner stands under the blog's
    name ("Palácio das Letras" / "Mostrando postagens com marcador entrevista. Mostrar todas as
    postagens" / the post's date and title): after the banner, the short lines above it and the
    banner made SHARE. ``i`` when no banner stands among the first lines."""
    for k in range(i, min(n, i + _BLOG_LINES + 1)):
        block = blocks[k]
        if block.kind is BlockKind.PARAGRAPH and is_label_banner(block.text):
            for j in range(i, k + 1):
                roles[j] = Role.SHARE
            return k + 1
        if block.kind is not BlockKind.PARAGRAPH and block.kind is not BlockKind.HEADING:
            return i
        if len(block.text.split()) > _BLOG_LINE_WORDS:
            return i
    return i

