"""Site chrome: the lines a web page puts above its headline (a breadcrumb, a "< back" link,
the site's own commands), told apart so that the title is the headline, not the site's name."""

from __future__ import annotations

import re

from ...model import LINE_BREAK, Block, BlockKind, Role
from ..text.textcues import word_count
from .blogdates import is_todays_date
from .encyclopedia import is_encyclopedia_source
from .matterlines import is_link_trail
from .notheadlines import never_headline
from .sitelines import is_site_line
from .sitenotices import is_site_notice
from .topbuttons import is_page_button

# Site chrome above the headline: a breadcrumb ("Accueil > Société", "Culture / Books"), a
# "< back" link, or a line of the site's own commands ("Suivre ce blog", "Subscribe").
_BREADCRUMB = re.compile(
    r"\S\s+[>›/|]\s+\S"
    # An icon font's ligature copied as its name: "Accueilchevron_rightLe journal".
    r"|(?:chevron_right|navigate_next|keyboard_arrow_right|arrow_forward_ios)"
)
# A menu of links set apart by bars: "|obsah |rejstřík autorů |  | rejstřík názvů | | archiv |",
# "Home | About | Archive | Contact": four links or more, each of three words at most, none a
# sentence ("Wind | Water | Fire" may be a headline).
_MENU_BAR = re.compile(r"\|")
_MENU_LINKS = 4
_MENU_LINK_WORDS = 3


def is_menu_bar(text: str) -> bool:
    links = [part.strip() for part in _MENU_BAR.split(text) if part.strip()]
    return len(links) >= _MENU_LINKS and all(
        len(link.split()) <= _MENU_LINK_WORDS and link[-1] not in ".?!" for link in links
    )


# A page counter a copied PDF or viewer leaves: "Page 1 sur 9", "Page 2 of 14", "Seite 1 von 3",
# "Vous êtes sur la page 1 sur 11".
_PAGE_COUNTER = re.compile(
    r"(?i)(?:.{0,24}\b)?(?:page|seite|página|pagina)\s*\d+\s*(?:sur|of|von|de|di|van|/)"
    r"\s*\d+"
    # a viewer's bare counter: "1 de 6", "2 of 14", "3 / 9"
    r"|\d{1,3}\s*(?:de|of|von|sur|di|van|z|av|/)\s*\d{1,3}"
)
_BACK_LINK = re.compile(
    r"[<←‹]\s*\w"
    # a link back to the site's lists: "Return to Transcripts main page", "Tous les articles"
    r"|(?i:return\s+to|back\s+to|go\s+to|retour\s+(?:à|aux?)|tou(?:te)?s\s+les|see\s+all"
    r"|all\s+(?:posts|articles|stories|episodes)|voir\s+tou(?:te)?s|zurück\s+zu"
    r"|alle\s+(?:artikel|beiträge)|volver\s+a|tod[oa]s\s+l[oa]s|ver\s+tod[oa]s)\s"
    # back to a place of the site, named ("Volta para a capa", "Torna alla home", "Terug naar
    # overzicht"): "Volta a Portugal", "Torna a Milano il festival" are headlines
    r"|(?i:(?:voltar?\s+(?:para\s+[ao]|ao|à|a)|torna\s+(?:alla|all'|al|ai|agli|alle|a)"
    r"|terug\s+naar(?:\s+(?:de|het))?|powrót\s+do|tillbaka\s+till|tilbake\s+til"
    r"|tilbage\s+til|zpět\s+na)\s*(?:capa|home|homepage|in[íi]cio|p[áa]gina\s+(?:inicial|iniziale)"
    r"|lista|elenco|[íi]ndice|indice|arquivo|archivio|sommario|overzicht|startpagina"
    r"|strony\s+g[łl][óo]wnej|listy|startsidan|forsiden|[úu]vod|seznam)(?!\w))"
    r"|(?i:все|всі)\s+(?:записи|новости|новини|статьи|статті|материалы)\b"  # "Все записи"
)
# A link to all of the site's items of a kind ("tutte le interviste", "todas as entrevistas"):
# the title of an archive's page at its top, a link below a teaser.
_ALL_ITEMS = re.compile(
    r"(?i)(?:tutt[ei]\s+(?:le|gli|i)|tod[oa]s\s+[oa]s)\s+(?:interviste|articoli|notizie|post"
    r"|entrevistas|artigos|not[íi]cias|posts)\b"
)
_NAVIGATION_WORDS = frozenset(
    {
        "accueil", "suivre", "abonnez-vous", "s'abonner", "rechercher", "recherche", "retour",
        "menu", "connexion", "home", "subscribe", "follow", "search", "back", "login", "sign",
        "inicio", "suscríbete", "suscribirse", "buscar", "volver", "menú", "startseite", "folgen",
        "abonnieren", "suche", "zurück", "anmelden", "previous", "next", "précédent",
        "suivant", "anterior", "siguiente", "vorige", "volgende", "weiter",
        "partnerseiten", "sponsoren",  # a menu's link to the club's sponsors
        "schnellauswahl", "schnellzugriff", "quicklinks",  # a menu's button, its words left
    }
)
_CHROME_WORDS = 12
# A link's words said twice, its image's text beside its own, as a page copied from a browser
# gives them ("OKUR TEMSİLCİSİ OKUR TEMSİLCİSİ - SELİM KAYA", a column's logo and its name):
# two words or more, then the same words again.
_SAID_TWICE = re.compile(r"(\S+(?:\s+\S+){1,3})\s+\1(?!\S)")
# A cookie notice and its buttons: "We use cookies to improve your experience. Accept all",
# "Questo sito utilizza i cookie. Accetta": cookies and consent; a recipe's cookies are none.
_COOKIE_NOTICE = re.compile(
    r"(?i)(?=.*\bcookies?\b).*\b(?:accept\w*|agree\w*|consent\w*|privacy|akzeptier\w*"
    r"|zustimm\w*|einverstanden|datenschutz|accett\w*|acept\w*|confidentialit\w*|aceit\w*"
    r"|akceptuj\w*|zgod\w*|godkänn\w*|cookie\s+settings|cookie\s+policy|cookie-richtlinie)\b"
)
_COOKIE_NOTICE_WORDS = 60
_BUTTONS = frozenset(
    {
        "accept", "all", "reject", "decline", "ok", "accepter", "tout", "refuser", "akzeptieren",
        "alle", "ablehnen", "aceptar", "todas", "rechazar", "accetta", "tutti", "rifiuta",
        "aceitar", "rejeitar", "accepteren", "weigeren", "akceptuj", "wszystkie", "odrzuć",
        "settings", "preferences", "einstellungen", "paramètres",
    }
)
# A screen reader's links at the top of a page: "Skip to content", "Linkuri accesibilitate",
# "Aller au contenu", "Accessibility links".
_SKIP_LINKS = re.compile(
    r"(?i)(?:skip\s+to|jump\s+to|aller\s+au|passer\s+au|ir\s+al|saltar\s+al|vai\s+al|ves\s+al"
    r"|zum\s+inhalt|spring\s+naar|ga\s+naar\s+(?:de\s+)?inhoud|hoppa\s+till|przejdź\s+do"
    r"|přejít\s+na|siirry|saltar\s+para|pular\s+para|ir\s+para\s+o|ugrás\s+a|lépj\s+a"
    # a blog theme's own link in more languages, named with what it skips to
    r"|přejít\s+k\s+obsahu|preskočiť\s+na\s+obsah|(?:sari|salt)\s+la\s+con[țţt]inut"
    r"|[İi]çeriğe\s+(?:atla|geç)|μετάβαση\s+στο\s+περιεχόμενο"
    r"|перейти\s+(?:к|до)\s+(?:содержимому|содержанию|контенту|вмісту|змісту)"
    r"|spring\s+til\s+(?:hoved)?indhold|hopp\s+til\s+(?:hoved)?innhold"
    # Slovene, Croatian and Serbian, Slovak, Estonian, Lithuanian, Latvian, Indonesian,
    # Catalan and Galician, Bulgarian
    r"|skoči\s+na\s+(?:glavno\s+)?vsebino|preskoči\s+na\s+(?:glavni\s+)?sadržaj"
    r"|prejsť\s+na\s+obsah|(?:liigu|hüppa)\s+(?:põhi)?sisu(?:\s+juurde)?"
    r"|pereiti\s+(?:prie|į)\s+turin\w*|pāriet\s+uz\s+(?:galveno\s+)?saturu"
    r"|(?:langsung|lompat|lewati)\s+ke\s+(?:konten|isi)|salta\s+al\s+contingut"
    r"|saltar\s+ao\s+contido|(?:премини|преминете|прескочи)\s+(?:към|на)\s+съдържани\w*)\b"
    # what it skips to, or the links it offers with their numbers: "Posts [1], Pesquisa [2]"
    r"(?:.{0,30}|(?:[^\[\]]{1,30}\[\d{1,2}\]){1,4})"
    r"|(?:\w+\s+)?(?:accessibility|accesibilitate|accessibilité|accesibilidad|accessibilità"
    r"|acessibilidade|barrierefreiheit|toegankelijkheid|dostępność|tillgänglighet)(?:\s+\w+)?"
)
# A site's link to follow it elsewhere: "Síguenos en redes sociales:", "Follow us on
# Instagram", "Seguici su Facebook" (where it follows: a few words, then maybe a colon).
_FOLLOW_US = re.compile(
    r"(?i)(?:s[íi]guenos|seguici|siga-nos|segue-nos|suivez-nous|folgt\s+uns|follow\s+us"
    r"|volg\s+ons|följ\s+oss|obserwuj\s+nas)"
    r"(?:\s+(?:en|on|su|nas?|sur|auf|op|på|na|w|in)\s+[^:.!?]{1,30})?\s*:?"
)
# A social teaser's tags ("Mais um texto dos nossos alunos. #tbt #saudadesdaescola"): two or
# more, the last ending it, where a headline has at most one ("Issue #1").
_HASHTAG = re.compile(r"(?<!\S)#[^\W\d_][\w-]*")
_TEASER_TAGS = 2
_ENDS_WITH_TAG = re.compile(r"(?<!\S)#[^\W\d_][\w-]*$")  # "#MeToo and #TimesUp: …" is a headline
# A site's counter above its lists: "Sono presenti 1207 interviste.", "57 articles found".
_COUNTER = re.compile(
    r"(?i)\D{0,30}?\b\d{2}[\d.,\s]*\s(?:interviews?|interviste|entrevistas?|entretiens?|"
    r"entrevistes|interviews|articles?|articoli|art[íi]culos|artigos|artikel(?:en)?|beitr[äa]ge|"
    r"posts?|results?|risultati|resultados|r[ée]sultats|ergebnisse|resultaten|wynik[óo]w|"
    r"wywiad[óo]w|documents?|documenti|documentos|dokumente)\b(?:\s\w+)?\W{0,3}"
)
# An image's file name a page leaves where its picture was: "logo-post-portal-48x48",
# "headteacher_letter_photo", "DSC00239", "portrait.jpg".
_FILE_NAME = re.compile(
    r"\S*_\S*|\S*-\S*[-\d]\S*|\S*\d\S*-\S*|\S+\.(?i:jpe?g|png|gif|webp)|(?:DSCN?|IMG_?)\d{3,}\S*"
    # a name and a date run together: "RUIZ03112021", "gomez20201012"
    r"|[^\W\d_]{2,}\d{6,}"
)
# What stands for a picture that was not copied ("Afbeelding", "Image", "Foto"), and a link to
# the site's home page ("strona główna szkoły", "Página inicial").
_PLACEHOLDER = re.compile(
    r"(?i)(?:afbeelding|image|imagen|immagine|imagem|bild|foto|photo|zdj[ęe]cie|grafik|video)"
    r"|(?:strona\s+g[łl][óo]wna|p[áa]gina\s+(?:inicial|principal)|pagina\s+(?:iniziale|principale)"
    r"|startpagina|page\s+d'accueil|home\s?page)(?:\s+\S+){0,2}"
)

# A paper's masthead, its name with the issue's number and date: "LYCÉE JEAN MOULIN — Le
# Petit Moulin n°12 — mars 2024", "Schülerzeitung Nr. 26, Juli 2021".
# The word or sign announcing an issue's number ("No. ", "Ausgabe ", "Vol.").
_ISSUE_WORD = (
    r"(?:\bn[°ºo]\.?\s?|\bnr\.\s?|\bno\.\s?|\bissue\s|\bausgabe\s|\bnum[ée]ro\s|\bnúmero\s"
    r"|\bedi[çc][ãa]o\s|\bedici[óo]n\s|\bvol\.\s?|\bjahrgang\s)"
)
_ISSUE = re.compile(rf"(?i){_ISSUE_WORD}\d+")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A journal's line citing the issue the article is in, with its pages: "2010, ročník 21, číslo
# 3, s. 112-119", "Vol. 12, No. 3 (2019), pp. 45–61", "2018, Jg. 7, Heft 2, S. 14-19".
# A contact card run into one line at a page's top: a name, a phone number of seven digits or
# more, the web address last ("Hospital Infantil San Rafael (952) 418-3300 www.….example").
_CONTACT_CARD = re.compile(r"[^\d\n]{3,80}?\s\+?\(?\d[\d ().-]{5,}\d\s+(?:https?://|www\.)\S+")
_PAGE_RANGE = re.compile(r"(?:\b(?:s|p|pp|S|str|pág|págs|blz|sid)\.)\s*\d+\s*[-–]\s*\d+\W*$")
_CITATION_WORDS = 14
_MASTHEAD_SEPARATOR = re.compile(r"\s[—–|·/-]\s|,\s")  # "Die Bäckerei ist Nr. 1 im Jahr 2024"
# A newsletter's issue line, its term for a year: "Newsletter – Spring Term, Issue 3". Its
# number closes it, after the separator; a headline says the issue inside a phrase.
_ISSUE_AT_END = re.compile(r"(?:" + _ISSUE.pattern[4:] + r")\W*$", re.IGNORECASE)
_ISSUE_LINE_WORDS = 8


# A link back to the top of the page, at its bottom or, for a screen reader, at its top: "Back
# to top", "top of page", "Haut de page", "Desplaça cap amunt", "Nach oben", "Torna su".
_TOP_LINK = re.compile(
    r"(?i)\W{0,3}(?:(?:back|go|scroll|return)\s+(?:to\s+(?:the\s+)?)?top(?:\s+of(?:\s+the)?\s+page)?"
    r"|(?:top|haut)\s+(?:of|de)(?:\s+the|\s+la)?\s+page|retour\s+en\s+haut(?:\s+de\s+(?:la\s+)?page)?"
    r"|(?:volver|ir|subir)\s+(?:arriba|al\s+inicio)|desplaça\s+cap\s+amunt|tornar\s+amunt"
    r"|(?:nach|zurück\s+nach)\s+oben|seitenanfang|torna\s+(?:su|in\s+alto|all'inizio)"
    r"|voltar\s+ao\s+topo|terug\s+naar\s+boven|naar\s+boven|do\s+góry|na\s+górę"
    r"|(?:tillbaka\s+)?till\s+toppen|til\s+toppen|nahoru)\W{0,3}"
)


# How long the piece takes to read: "Temps de lecture : 3 min", "Lesezeit: 4 Min.", "6 min
# read", "5 minutes de lecture", "Tempo di lettura: 4 minuti", "Leestijd 3 minuten".
_READING_TIME = re.compile(
    r"(?i)(?:(?:reading\s+time|read\s+time|temps\s+de\s+lecture|lesezeit|lesedauer"
    r"|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|tempo\s+de\s+leitura|leestijd"
    r"|czas\s+czytania|lästid|lesetid|læsetid|lukuaika|doba\s+čtení|okuma\s+süresi"
    r"|время\s+чтения|час\s+читання)"
    r"\s*[:.]?\s*(?:ca\.\s*|~\s*|env\.\s*)?\d{1,3}\s*(?:min\w*|mn|мин\w*|хв\w*)\.?"
    r"|\d{1,3}\s*(?:min\w*|mn)\.?\s+(?:read|de\s+lecture|lesezeit|de\s+lectura|di\s+lettura"
    r"|de\s+leitura|leestijd|czytania|čtení|gelezen))"
)

# An archive's heading a blog repeats above each post it lists: "Archive for March, 2017",
# "Monthly Archives: May 2019", "Archives de mars 2018", "Archiv für Mai 2020".
_DATED_ARCHIVE = re.compile(
    r"(?i)(?:(?:monthly\s+|yearly\s+)?archives?\s*(?:for|of|de|du|von|für|del|di|van|:)"
    r"|archivo\s+de|archivio\s+(?:di|del)|arquivo\s+de|archiwum)\s.{0,30}\b(?:19|20)\d{2}"
)


# A periodical's volume and number alone: "Anno 21 n° 112", "Jahrgang 7, Nr. 3", "Vol. 12,
# No. 3", "Year 5 Issue 2", "Ročník 21, číslo 3".
_VOLUME_NUMBER = re.compile(
    r"(?i)(?:anno|jahrgang|jg\.|année|año|ano|year|vol\.|volume|rok|ročník|årgång|årgang)"
    r"\s*\d{1,4}[,.]?\s+(?:n[°º.]|nr\.?|no\.|numéro|número|numero|číslo|issue|heft|nummer)"
    r"\s*\d{1,4}"
)


# A journal's issue given field by field between bars: "Year : 2015  |  Volume : 59  |  Issue :
# 8  |  Page : 465-470" (three fields or more, each a label and its number).
_FIELD = (
    r"(?:year|volume|vol\.?|issue|number|no\.?|pages?|jahr|jahrgang|heft|seiten?|année"
    r"|numéro|año|número|páginas?|anno|numero|pagine|pagina|jaargang|nummer|rok|ročník|číslo)"
    r"\s*:?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?"
)
_ISSUE_FIELD = re.compile(rf"(?i){_FIELD}")
# The first field after a few words run into it, when the line above was joined to it:
# "Table of Contents Year : 2017 | Volume : 61 | …".
_LED_FIELD = re.compile(rf"(?i)(?P<lead>.*?)(?<!\w){_FIELD}")
_ISSUE_FIELDS = 3
_ISSN_LINE = re.compile(r"(?i)\b(?:[ep]-?)?ISSN\b|\bDOI\s*:")  # under a citation, its serial's


def _issue_fields(text: str) -> bool:
    parts = [part.strip() for part in text.split("|") if part.strip()]
    led = _LED_FIELD.fullmatch(parts[0]) if parts else None
    return (len(parts) >= _ISSUE_FIELDS and led is not None
            and len(led.group("lead").split()) <= _MENU_LINK_WORDS
            and all(_ISSUE_FIELD.fullmatch(p) for p in parts[1:]))


# A citation's volume, issue and pages with no "pp.": "2021, 14(2), 33-52", "2018; 9(1):13-23".
_VOLUME_ISSUE_PAGES = re.compile(r"\b\d{1,4}\s*\(\d{1,3}\)\s*[,:]\s*\d+\s*[-–]\s*\d+\W*$")
# A paper's dates of review, under its citation: "Recibido: 12/01/2021 · Aceptado: 03/05/2021",
# "Received 3 March 2020; Accepted 9 June 2020".
_REVIEW_DATES = re.compile(
    r"(?i)(?:received|submitted|recibido|reçu|eingegangen|ricevuto|recebido|ontvangen)\b.{3,40}?"
    r"(?:accepted|aceptado|accepté|angenommen|accettato|aceito|geaccepteerd)\b.{3,40}"
)


def cites_issue(text: str) -> bool:
    """Whether a line cites the journal's issue and the article's pages ("2010, ročník 21,
    číslo 3, s. 112-119", "Year : 2015 | Volume : 59 | Issue : 8 | Page : 465-470"), or is its
    volume and number alone ("Anno 21 n° 112"): the journal's name stands above it."""
    lines = text.strip().split(LINE_BREAK)  # "Table of Contents" / "Year : 2015 | …"
    if len(lines) > 1:
        return all(len(line.split()) <= _MENU_LINK_WORDS for line in lines[:-1]) and (
            cites_issue(lines[-1])
        ) or cites_issue(lines[0]) and all(_ISSN_LINE.search(line) for line in lines[1:])
    text = text.strip()
    return _VOLUME_NUMBER.fullmatch(text) is not None or _issue_fields(text) or (
        word_count(text) <= _CITATION_WORDS
        and _YEAR.search(text) is not None
        and _VOLUME_ISSUE_PAGES.search(text) is not None
    ) or _REVIEW_DATES.fullmatch(text) is not None or (
        word_count(text) <= _CITATION_WORDS
        and _YEAR.search(text) is not None
        and _PAGE_RANGE.search(text) is not None
    )


def is_top_link(block: Block) -> bool:
    """Whether a line only links back to the top of the page ("Back to top", "Desplaça cap
    amunt", "top of page"): the site's, at either end of the page."""
    return block.kind is BlockKind.PARAGRAPH and _TOP_LINK.fullmatch(block.text.strip()) is not None


def is_skip_link(block: Block) -> bool:
    """Whether a line is a screen reader's link past the site's lines ("Skip to content")."""
    text = block.text.strip()
    return block.kind is BlockKind.PARAGRAPH and _SKIP_LINKS.fullmatch(text) is not None


def is_list_link(block: Block) -> bool:
    """Whether a short line links back to the site's lists ("tutte le interviste", "< back")."""
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and 0 < word_count(text) <= _CHROME_WORDS
        and text[-1] not in ".?!"
        and (_BACK_LINK.match(text) is not None or _ALL_ITEMS.match(text) is not None)
    )


def is_file_name(text: str) -> bool:
    """Whether a line is only an image's file name ("logo-post-portal", "DSC00239")."""
    return _FILE_NAME.fullmatch(text.strip()) is not None


# The site's copyright line, copied at a page's top as at its foot: "2023 © Centre …", "©
# 2024 Radio Nord", "(c) 2019 …".
_COPYRIGHT = re.compile(r"(?:(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?\s*)?(?:©|\([cC]\)\s)")


def is_chrome(block: Block, strict: bool = False) -> bool:
    """A line of site chrome: a breadcrumb, a "< back" link, the site's own commands, a
    social teaser's hashtags, a counter of the site's items, an image's file name or a paper's
    masthead with its issue's number and year;
    ``strict``: only when most of its words are commands (a headline may say "back")."""
    text = block.text.strip()
    if block.kind is not BlockKind.PARAGRAPH or not text:
        return False
    if (
        (len(_HASHTAG.findall(text)) >= _TEASER_TAGS and _ENDS_WITH_TAG.search(text))
        or _COUNTER.fullmatch(text)
        or is_file_name(text)
        or _PLACEHOLDER.fullmatch(text)
        or _SKIP_LINKS.fullmatch(text)
        or _FOLLOW_US.fullmatch(text)
        or is_top_link(block)
        or is_link_trail(text)  # its last step may ask: "Forum › … › Tomaten platzen auf?"
        or is_site_line(block)  # "Inicio   Noticias   Contacto", "Sigue a RevistaX.com en:"
        or _READING_TIME.fullmatch(text.lstrip("|•·– ")) is not None  # "| Lesedauer: 18 Minuten"
        or _DATED_ARCHIVE.fullmatch(text) is not None
        or _CONTACT_CARD.fullmatch(text) is not None
        or is_menu_bar(text)
        or cites_issue(text)
        or never_headline(block)  # "FOR IMMEDIATE RELEASE", "**** BEGIN LOGGING AT …", "www.…"
        or is_site_notice(text)  # "Publicidad", "4843 просмотра", "Listen to this article"
        or is_todays_date(text)  # "Παρασκευή, 6 Μαρ.": the site's day, over its weather
        or is_encyclopedia_source(text)  # "From Wikipedia, the free encyclopedia"
        or is_page_button(block)  # "Jetzt spenden", "Saiba mais", "… Suivez-nous"
        or (word_count(text) <= _COOKIE_NOTICE_WORDS and _COOKIE_NOTICE.match(text))
        or (word_count(text) <= _CHROME_WORDS and _SAID_TWICE.match(text) is not None)
        or (_ISSUE.search(text) and _YEAR.search(text) and _MASTHEAD_SEPARATOR.search(text))
        or (word_count(text) <= _ISSUE_LINE_WORDS and _ISSUE_AT_END.search(text) is not None
            and _MASTHEAD_SEPARATOR.search(text) is not None)
        or (word_count(text) <= _CHROME_WORDS and _COPYRIGHT.match(text) is not None)
    ):
        return True
    if text[-1] in ".?!":
        return False
    if {w.strip(",:|·•").casefold() for w in text.split()} <= _BUTTONS:
        return True  # "Accept all", "Reject": a notice's buttons
    if word_count(text) > _CHROME_WORDS:
        return False
    if _BACK_LINK.match(text) or _BREADCRUMB.search(text) or _PAGE_COUNTER.fullmatch(text):
        return True
    words = {w.strip(",.:|·•").casefold() for w in text.split()}
    commands = len(words & _NAVIGATION_WORDS)
    return 2 * commands > len(words) if strict else commands > 0


def issue_line_below_chrome(blocks: list[Block], tops: list[int], i: int,
                            roles: dict[int, Role]) -> int:
    """Where the headline is when every top line is chrome and no headline stands under them:
    the lowest line naming the paper's issue and its year ("2016/2017 NO 1 - Interview", under
    a link to the top, a pager and the paper's name), the lines above it SHARE; ``i`` when none
    does."""
    issue = next((k for k in reversed(tops) if _names_issue(blocks[k].text)), -1)
    if issue < 0:
        return i
    for k in range(i, issue):
        roles[k] = Role.SHARE
    return issue


# A paper's issue line that names the paper itself before the issue's number and its date
# ("Газета «Северный вестник», № 14, 5 апреля 2024", "The Herald, No. 14, 5 April 2024"):
# the paper's name is on this line, so the line over it is no masthead but the page's own
# rubric, its headline.
_OWN_ISSUE_LINE = re.compile(
    rf"(?i)^\D{{3,80}}?(?:,|\s[—–|·])\s*(?:№\s?|{_ISSUE_WORD})\d+\b.*\b(?:19|20)\d{{2}}\b"
)
_OWN_ISSUE_WORDS = 14


def names_paper_and_issue(text: str) -> bool:
    """Whether a line is a paper's issue line carrying the paper's name (``_OWN_ISSUE_LINE``)."""
    text = text.strip()
    return word_count(text) <= _OWN_ISSUE_WORDS and _OWN_ISSUE_LINE.match(text) is not None


def _names_issue(text: str) -> bool:
    return bool(_ISSUE.search(text) and _YEAR.search(text) and _MASTHEAD_SEPARATOR.search(text))
