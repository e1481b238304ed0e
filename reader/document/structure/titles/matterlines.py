"""The lines news pages put around an article, recognised one at a time: share links,
bylines, datelines, photo captions and footers ("Source:", "©", "This interview has been
edited…"). Patterns cover French, English, Spanish and German, all precompiled and anchored at
the start of a line.
"""

from __future__ import annotations

import re

from ...model import Block, BlockKind, InlineStyle
from ..text.capitals import CAPITALS
from ..text.textcues import covered_by, word_count

_LINKS = frozenset({InlineStyle.LINK})
_IMAGES = frozenset({InlineStyle.IMAGE})
_EMPHASIS = frozenset({InlineStyle.EMPHASIS, InlineStyle.STRONG})

# Bylines. Long forms name the act ("Propos recueillis par", a translator's "Traduit de
# l'anglais par"); short ones ("Par", "By", "Von",
# "Por") must be followed by a capitalised name and stay short, so "Par ailleurs, …" or
# "Von Anfang an war klar." are not bylines.
_BYLINE_LONG = re.compile(
    rf"""(?ix)(?:
        propos \s+ recueillis \s+ par | entretien \s+ r[ée]alis[ée] \s+ par
      | interview \s+ r[ée]alis[ée]e? \s+ par | un \s+ entretien \s+ (?:de|avec)
      | interview(?:ed)? \s+ by | interview \s+ and \s+ \w+ \s+ by | as \s+ told \s+ to
      | words \s+ by | text \s+ by | written \s+ by | reporting \s+ by
      | entrevista \s+ (?:de|por|realizada \s+ por) \s+ (?-i:[{CAPITALS}])
      | das \s+ (?:interview|gespr[äa]ch) \s+ f[üu]hrten?
      # Italian credits the interviewers "by the care of": "A cura di Bianca Nicolai ed …"
      | a \s+ cura \s+ d(?:i|ella|el|ello|ell['’]|ei|egli|elle) \s+ (?-i:[{CAPITALS}])
      | (?:traduit|translated|[üu]bersetzt|traducid[oa]|tradott[oa]|traduzid[oa]|vertaald)
        \s+ (?:\S+ \s+){{0,3}}? (?:par|by|von|por|da|door) \s+ (?-i:[{CAPITALS}])
      | (?:texto|text|interview|auteur|author|autor(?:in)?|текст|автор|penulis) \s* :
      # "written by" and the Arabic "by the pen of" ("بقلم: فريق التحرير"), "interviewed by"
      | (?:geschrieben|geschreven|[ée]crit|escrito|scritto) \s+ (?:von|door|par|por|da)
        \s+ (?-i:[{CAPITALS}])
      | بقلم \s* :? | حاور(?:ه|ته|ها) \s* :
      # a Greek interview's credit, "given to" its interviewer: "Συνέντευξη στη Δήμητρα …"
      | συν[εέ]ντευξη \s+ στ(?:ην?|ον|ο) \s+ (?-i:[Α-ΩΆ-Ώ])
      # a piece signed by a group: "Par un collectif de bibliothécaires", "By a group of …"
      # and nothing more ("Par un collectif de quartier, la bibliothèque …" is a headline)
      | (?:par \s+ un \s+ collectif | by \s+ a \s+ (?:group|collective) | por \s+ un \s+ colectivo
        | da \s+ un \s+ collettivo | von \s+ einer \s+ gruppe) \s+ (?:de|d['’]|of|di|von)
        (?= [^,;:!?]{{1,80}}$ )
    ) \s* \S"""
)
_BYLINE_SHORT = re.compile(rf"(?:Par|PAR|By|BY|Von|VON|Por|POR)\s+[{CAPITALS}]")
_BYLINE_SHORT_WORDS = 12
_BYLINE_LONG_WORDS = 24

MONTHS = r"""(?:
    janv(?:ier)? | f[ée]vr(?:ier)? | mars | avr(?:il)? | mai | juin | juil(?:let)? | ao[uû]t
  | sept(?:embre)? | oct(?:obre)? | nov(?:embre)? | d[ée]c(?:embre)?
  | jan(?:uary)? | feb(?:ruary)? | mar(?:ch)? | apr(?:il)? | may | june? | july? | aug(?:ust)?
  | sep(?:tember)? | october | november | dec(?:ember)?
  | enero | febrero | marzo | abril | mayo | junio | julio | agosto | se(?:p)?tiembre | octubre
  | noviembre | diciembre
  | januar | februar | m[äa]rz | juni | juli | oktober | dezember
  | januari | februari | maart | mei | augustus
  | gennaio | febbraio | aprile | maggio | giugno | luglio | settembre | ottobre | dicembre
  | janeiro | fevereiro | março | maio | junho | julho | setembro | outubro | novembro | dezembro
  | dez
  | ene | abr | ago | dic | gen | giu | lug | ott | okt | mrt | set  # "13 dic 2020", "14 de set."
  # Croatian, Slovene, Czech and Polish name the month in the genitive: "12. ožujka 2022."
  | siječnja | veljače | ožujka | travnja | svibnja | lipnja | srpnja | kolovoza | rujna
  | listopada | studenoga? | prosinca
  | januarja | februarja | marca | aprila | maja | junija | julija | avgusta | septembra
  | oktobra | novembra | decembra
  | ledna | února | března | dubna | května | června | července | srpna | září | října
  | listopadu | prosince
  | stycznia | lutego | kwietnia | czerwca | lipca | sierpnia | września | października
  | listopada | grudnia
  # Turkish and Indonesian ("12 Mart 2024", "17 Agustus 2020"; the other Indonesian ones above)
  | ocak | şubat | mart | nisan | mayıs | haziran | temmuz | ağustos | eylül | ekim | kasım
  | aralık | maret | agustus | desember
  # Arabic, as Egypt and the Gulf name the months and as the Levant does ("الثلاثاء، 24 يناير
  # 2023", "12 تشرين الأول 2021"); Russian and Ukrainian in the genitive a date takes
  # ("14 марта 2017", "3 березня 2020"); Hindi ("सोमवार, सितंबर 23, 2019")
  | يناير | فبراير | مارس | [أا]بريل | مايو | يوني[وه] | يولي[وه] | [أا]غسطس | سبتمبر
  | [أا]كتوبر | نوفمبر | ديسمبر | كانون \s+ ال[أا]ول | كانون \s+ الثاني | شباط | [آا]ذار
  | نيسان | [أا]يار | حزيران | تموز | آب | [أا]يلول | تشرين \s+ ال[أا]ول | تشرين \s+ الثاني
  | января | февраля | марта | апреля | мая | июня | июля | августа | сентября | октября
  | ноября | декабря | січня | лютого | березня | квітня | травня | червня | липня | серпня
  | вересня | жовтня | грудня
  | जनवरी | फ़?फरवरी | फ़रवरी | मार्च | अप्रैल | मई | जून | जुलाई | अगस्त | सितंबर | सितम्बर
  | अक्टूबर | अक्तूबर | नवंबर | नवम्बर | दिसंबर | दिसम्बर
)\.?"""
# Hungarian writes the year first: "2015. augusztus 23.".
_HU_MONTHS = (
    r"(?:január|február|március|április|május|június|július|augusztus|szeptember|október"
    r"|november|december)"
)
_DATELINE_WORD = re.compile(
    r"""(?ix)(?:
        publi[ée]e? | mis \s+ [àa] \s+ jour | modifi[ée]e? | actualis[ée]e?
      | published | updated | posted | last \s+ updated | first \s+ published
      | publicad[oa] | actualizad[oa] | modificad[oa]
      | ver[öo]ffentlicht | aktualisiert | erschienen | zuletzt \s+ aktualisiert | stand \s* :
    )\b"""
)
_DATE = re.compile(
    rf"""(?ix)
        \b \d{{1,2}} [/.\-] \d{{1,2}} [/.\-] \d{{2,4}} \b          # 18/06/19, 03.10.2023
      | \b \d{{1,2}} \. \s \d{{1,2}} \. \s \d{{4}} \b               # 24. 9. 2020
      | \b \d{{4}} - \d{{2}} - \d{{2}} \b                          # 2024-03-14
      | \b \d{{4}} ([/.]) \s? \d{{1,2}} \1 \s? \d{{1,2}} \b         # 2021.11.02, 2021. 11. 02.
      | \b \d{{1,2}} \s* h \s* \d{{2}} \b                          # 07h35
      | \b \d{{1,2}} (?:er|st|nd|rd|th|\.)? \s+ (?:de\s+)? {MONTHS} ,? \s+ (?:de\s+)? \d{{4}} \b
      | \b {MONTHS} \s+ \d{{1,2}} ,? \s+ \d{{4}} \b               # March 14, 2024
      # an event's days, from one to the other: "August 29 – September 2", "12–14 mars"
      | \b {MONTHS} \s+ \d{{1,2}} \s* [–-] \s* (?:{MONTHS} \s+)? \d{{1,2}} \b
      | \b \d{{1,2}} \.? \s* [–-] \s* \d{{1,2}} \.? \s+ {MONTHS} (?!\w)
      | \b \d{{4}} \. \s+ {_HU_MONTHS} \s+ \d{{1,2}} \.             # 2015. augusztus 23.
    """
)
_DATELINE_WORDS = 20
_DATE_ONLY_WORDS = 12
_DATED_HEADLINE_WORDS = 3

# A photo caption opened by its kind, or ending with an emphasised credit after a separator:
# "… (illustration). — *Clément Follain / 20 Minutes*".
_CAPTION_START = re.compile(
    r"(?i)(?:photo|foto|image|illustration|bild|cr[ée]dit|credit)s?\s*[:©]|©"
)
_CREDIT_SEPARATORS = "—–-/|(©"
# A photographer's credit on a line of its own, the kind then the name with no colon, as Dutch
# and Polish papers print it: "Beeld Roos Terpstra", "Fot. Piotr Lis / Gazeta Miejska".
# A name of two or three words, its agency after a slash ("Photo Booth Memories From The Fair"
# is a headline: English ones are in title case, and say "Photo:" before a credit).
_BARE_CREDIT = re.compile(
    rf"(?:Beeld|Foto|Fot\.)[ \t]+[{CAPITALS}][\w'’\-]+(?:[ \t]+(?:van|de|der|den|von))?"
    rf"(?:[ \t]+[{CAPITALS}][\w'’\-]+){{1,2}}(?:[ \t]+/[ \t]+[^/\n]{{2,40}})?"
)
# A still's or an artwork's caption: "La Conversation secrète, Francis Ford Coppola, 1974".
_WORK_CAPTION = re.compile(r"[^,.?!:]{2,80},[^,.?!:]{2,60},\s*(?:1[5-9]|20)\d{2}\.?")

# Asides a web page sets between an interview's paragraphs: a link to a related article
# ("Lire aussi : Faut-il … ?", "READ MORE: …") or a photo's caption ending with its credit
# ("Marc Leroy sur le quai. (Photo : J. Durand)").
_RELATED = re.compile(
    r"""(?ix)(?:
        (?:à\s+)?lire\s+aussi | read\s+(?:more|also) | related | see\s+also | also\s+read
      | lesen\s+sie\s+auch | mehr\s+zum\s+thema | auch\s+interessant | lee\s+también
      | te\s+puede\s+interesar | leggi\s+anche | leia\s+também | lees\s+ook
    )\s*[:>»–—-]"""
)
# An advert's marker on a line of its own, left where the advert stood: "ANZEIGE", "- Werbung -".
_ADVERT = re.compile(
    r"(?i)[-–—\s]*(?:anzeige|werbung|advertisement|sponsored|publicité|publicidad|publicidade"
    r"|pubblicità|advertentie|reklama|annons|annonce)[-–—\s]*"
)
_CREDIT_END = re.compile(
    r"(?i)[(\[](?:photos?|fotos?|image|bild|cr[ée]dits?)\s*[:©][^()\[\]]{1,60}[)\]]\.?$"
)
_ASIDE_CHARS = 400
_CREDIT_CHARS = 80


# "Forum › Garten & Balkon › Tomaten platzen auf – was tun?": a page's path of links, whose
# last step may be a thread's title that asks. East Asian pages set it in the full-width sign,
# spaced or not: "ホーム ＞ 番組一覧 ＞ 書き起こし".
_TRAIL = re.compile(
    r"[^›»>\n]{1,60}(?:[ \t](?:›|»|>)[ \t][^›»>\n]{1,120}){2,}"
    r"|[^＞\n]{1,60}(?:[ \t\u3000]?＞[ \t\u3000]?[^＞\n]{1,120}){2,}"
)


def is_link_trail(text: str) -> bool:
    """Whether a line is a page's path of links, three steps or more ("Forum › … › …")."""
    return _TRAIL.fullmatch(text.strip()) is not None


def is_aside(text: str) -> bool:
    """A related article's link, a photo's credited caption, an advert's marker or a path of
    links among the paragraphs."""
    if len(text) > _ASIDE_CHARS:
        return False
    if _RELATED.match(text) is not None or _ADVERT.fullmatch(text.strip()) is not None:
        return True
    if is_link_trail(text):
        return True
    return _CREDIT_END.search(text, max(0, len(text) - _CREDIT_CHARS)) is not None


_FOOTER = re.compile(
    r"""(?ix)(?:
        (?: sources? | cr[ée]dits? (?:\s+photos?)? | photo \s* credits? | image \s+ credits?
          | credits? | photos? | fuentes? | cr[ée]ditos? (?:\s+fotogr[áa]ficos?)? | fotos?
          | quellen? | bildnachweis | bild | illustration | copyright
          | fot[óo] | k[ée]p | nyit[óo]k[ée]p | bor[íi]t[óo]k[ée]p | forr[áa]s  # Hungarian
        ) \s* :
      | © | \(c\) \s
      | (?:19|20)\d{2} (?: \s* [–-] \s* (?:19|20)\d{2} )? \s* ©     # "2023 © …", "2010-2024 © …"
      | \(? (?: avec \s+ (?:afp|reuters|ap) | with \s+ (?:afp|reuters|ap)
             | mit \s+ (?:dpa|afp|reuters) | con \s+ (?:efe|afp|reuters) ) \b
    )"""
)
_FOOTER_ANYWHERE = re.compile(
    r"""(?ix)
        tous \s+ droits \s+ r[ée]serv[ée]s | all \s+ rights \s+ reserved
      | todos \s+ los \s+ derechos \s+ reservados | alle \s+ rechte \s+ vorbehalten
      | \b (?:edited|condensed) \b .{0,40} \b (?:length|clarity)
      | \b (?:a|ont) \s+ [ée]t[ée] \s+ (?:[ée]dit[ée]|raccourci|condens[ée]|relu)
      | \b ha \s+ sido \s+ (?:editad[ao]|condensad[ao])
      | \b wurde \b .{0,30} \b (?:gek[üu]rzt|redigiert)
    """
)
_FOOTER_WORDS = 40

_SHARE_WORDS = frozenset(
    {
        "twitter", "facebook", "linkedin", "whatsapp", "e-mail", "email", "mail", "courriel",
        "reddit", "pinterest", "messenger", "telegram", "flipboard", "x", "partager", "share",
        "teilen", "compartir", "imprimer", "print", "drucken", "tweet", "copier", "copy", "link",
        "lien", "enlace", "le", "the",
    }
)


def is_share(block: Block) -> bool:
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or len(block.text) > 200:
        return False
    if covered_by(block, _LINKS):
        return True
    words = [w.strip(",.:|·•/").casefold() for w in block.text.split()]
    words = [w for w in words if w]
    return 0 < len(words) <= 8 and all(w in _SHARE_WORDS for w in words)


def is_byline(text: str) -> bool:
    if text.rstrip().endswith("?"):
        return False  # "Interview: Wie gut berät Ihre Bank?" asks: a headline, signed by no one
    if _BYLINE_LONG.match(text):
        return word_count(text) <= _BYLINE_LONG_WORDS
    if _BYLINE_SHORT.match(text):
        return word_count(text) <= _BYLINE_SHORT_WORDS and text.rstrip()[-1:] not in ".?!"
    return False


# A date a blog splits over lines, one part a line: "Jul" / "19", "30" / "dez".
# A blog's day and month on a line of their own, no year: "Avr 12", "12 Apr".
_DATE_PART = re.compile(
    rf"(?ix) (?: {MONTHS} (?: \s+ \d{{1,2}} )? | \d{{1,2}} (?: \s+ {MONTHS} )? )"
)


# A month and its year alone on a line: "March 2014", "marzo de 2020", a column's issue.
_MONTH_YEAR = re.compile(rf"(?ix) {MONTHS} ,? \s+ (?:de\s+)? (?:19|20)\d{{2}}")


def is_month_and_year(text: str) -> bool:
    """Whether a line is a month and its year alone ("March 2014"): a column's date under its
    headline, or a newsletter's title under its own date."""
    return _MONTH_YEAR.fullmatch(text.strip()) is not None


def is_dateline(text: str) -> bool:
    if _DATE_PART.fullmatch(text.strip()):
        return True
    words = word_count(text)
    if _DATELINE_WORD.match(text):
        return words <= _DATELINE_WORDS
    date = _DATE.search(text) if words <= _DATE_ONLY_WORDS else None
    if date is None:
        return False
    # "Interview mit Timo Ahrens (12.11.2006)": a headline dated in brackets, no dateline.
    dated_headline = (
        text[date.end() :].strip() == ")"
        and text[: date.start()].rstrip().endswith("(")
        and len(text[: date.start()].rstrip(" (").split()) >= _DATED_HEADLINE_WORDS
    )
    return not (dated_headline or _names_its_date(text[: date.start()])
                or _ARCHIVED_ITEM.fullmatch(text.strip()) is not None)


# A broadcast archive's item, the guest, the programme and the day it aired, joined by dashes
# ("Андрей Голубев - Своё мнение - 2009-04-15"): its title, dated, no dateline.
_ARCHIVED_ITEM = re.compile(
    r"[^\W\d][^-–\n]{2,60}(?:\s[-–]\s[^-–\n]{2,60}){1,2}\s[-–]\s\d{4}-\d{2}-\d{2}"
)


# "Procès-verbal du conseil d'école du 11 février 2016", "Minutes of the meeting of 3 March
# 2024", "Protokoll der Sitzung vom …": a headline that names the day of what it reports, its
# date after "du" / "of" / "vom", four words or more before it; not a line that publishes
# ("Dernière mise à jour du …").
_OF_THE_DAY = re.compile(r"(?i)\b(?:du|of|vom|del|della|dello|van|från)\s*$")
_PUBLISHING = re.compile(r"(?i)\b(?:publi\w*|updated|mis\w*\s+à\s+jour|mise\s+à\s+jour"
                         r"|aktualisiert|veröffentlicht|actualizad\w*|aggiornat\w*)")
_NAMED_DATE_WORDS = 4


def _names_its_date(before: str) -> bool:
    return (
        len(before.split()) >= _NAMED_DATE_WORDS
        and _OF_THE_DAY.search(before) is not None
        and _PUBLISHING.search(before) is None
    )


def is_caption(block: Block) -> bool:
    text = block.text.rstrip()
    if block.kind is not BlockKind.PARAGRAPH or not text or len(text) > 800:
        return False
    if covered_by(block, _IMAGES) or _CAPTION_START.match(text) or _WORK_CAPTION.fullmatch(text):
        return True
    if _BARE_CREDIT.fullmatch(text):
        return True
    if _picture_lines(text):
        return True
    credit = next((r for r in reversed(block.inlines) if r.style in _EMPHASIS), None)
    if credit is None or text[credit.end - block.start :].strip(" .)]"):
        return False
    before = text[: credit.start - block.start].rstrip()
    return len(before) > 1 and before[-1] in _CREDIT_SEPARATORS


# A picture's file name left where the picture was, spaces and all ("interview verite.jpg",
# "MajaGunnarsdotter, Foto MagnusKarlsson.jpg"), maybe with its credit after it.
_PICTURE_FILE = re.compile(
    r"(?i)([^.!?:;\n\u2028]{1,80}\.(?:jpe?g|png|gif|webp))\s*(.*)", re.DOTALL
)
_PICTURE_FILE_WORDS = 8


def _picture_lines(text: str) -> bool:
    """Whether a block is what a copied page leaves of a picture, never its headline: the
    picture's file name, maybe its credit after it ("….jpg" / "Foto: Magnus Karlsson")."""
    found = _PICTURE_FILE.fullmatch(text.strip())
    if found is None or word_count(found[1]) > _PICTURE_FILE_WORDS:
        return False
    credit = found[2].strip()
    return not credit or bool(_CAPTION_START.match(credit) or _BARE_CREDIT.fullmatch(credit))


def is_footer(block: Block) -> bool:
    text = block.text.strip()
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE) or not text:
        return False
    if word_count(text) > _FOOTER_WORDS:
        return False
    return _FOOTER.match(text) is not None or _FOOTER_ANYWHERE.search(text) is not None


_STANDFIRST_END = ("?", ".", "…", "!")


def is_standfirst_lines(block: Block) -> bool:
    """Whether a paragraph of lines, each a whole sentence, is a standfirst rather than a
    headline ("La radio è ancora …?" / "Questa e altre domande le abbiamo fatte …..."): a
    headline is one line, or lines that break where a sentence goes on."""
    lines = [line.strip() for line in re.split(r"[\n\u2028]", block.text) if line.strip()]
    return (
        block.kind is BlockKind.PARAGRAPH
        and len(lines) >= 2
        and all(line.endswith(_STANDFIRST_END) for line in lines)
    )
