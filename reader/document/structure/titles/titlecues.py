"""What a line at the top of a document is: a headline, a standfirst (lead), or a line that
marks front matter by itself (share links, byline, dateline, caption)."""

from __future__ import annotations

import re

from ...model import LINE_BREAK, Block, BlockKind, Role
from ..text.textcues import CAPITALS, Prefix, split_prefix, word_count
from .matterlines import is_byline, is_caption, is_dateline, is_footer, is_share
from .notheadlines import mail_subject, never_headline, title_field
from .sitenotices import is_site_notice

TITLE_WORDS = 25
TITLE_CHARS = 220


# "Interview: „Von Scheitern zu reden, ist zu einfach!“": a rubric and a quote, a headline
# where "Interview: Samuel Jacker" credits the interviewer.
_RUBRIC_AND_QUOTE = re.compile(r"[^:]{1,30}:\s*[„“«\"‚‹»]")
# "Interview: Jane Doe on her new novel": a rubric and a headline's phrase, where "Interview:
# Samuel Jacker" credits the interviewer.
_INTERVIEW_LABEL = re.compile(r"(?i)(?:interview|entrevista|entretien|intervista)\s*:\s*(.+)")
_PHRASE_WORDS = 3
_LABELLED_NAME_WORDS = 5
_COMMON_WORD = re.compile(r"(?<!\S)[a-zà-öø-ÿ]{3,}(?!\S)")


# A byline opened in lower case, names after it: "di Chiara Benedetti e Sofia Marino", "por
# Ana Ruiz", "door Eva de Vries" — every word after the first a name or a word joining names.
_LOWER_BYLINE = re.compile(
    rf"(?:di|de|von|by|par|por|door|av|af|przez)\s+(?-i:[{CAPITALS}])[^.?!:;]{{0,80}}"
)
_NAME_JOINS = frozenset(
    {"e", "ed", "and", "und", "et", "y", "en", "i", "og", "och", "ja", "&", "de", "da", "di",
     "del", "della", "van", "von", "der", "dos", "das", "do", "du", "la", "le"}
)
_LOWER_BYLINE_WORDS = 10


def _lower_byline(text: str) -> bool:
    if _LOWER_BYLINE.fullmatch(text) is None or word_count(text) > _LOWER_BYLINE_WORDS:
        return False
    words = [w.strip(",()") for w in text.split()[1:]]
    return all(not w or w[0].isupper() or w.casefold() in _NAME_JOINS for w in words)


# A byline's first word alone on its line, the name on the next ("Por" / "Folha do Sul").
_BYLINE_WORD = re.compile(r"(?i)(?:by|por|par|von|door|av|af|przez)\s*:?")


def _is_byline(text: str) -> bool:
    if _RUBRIC_AND_QUOTE.match(text) is not None:
        return False
    if _BYLINE_WORD.fullmatch(text.strip()):
        return True
    if _lower_byline(text.strip()):
        return True
    labelled = _INTERVIEW_LABEL.match(text)
    if labelled is not None and (
        len(_COMMON_WORD.findall(labelled.group(1))) >= _PHRASE_WORDS
        # "Interview: Alan Carver Talks About His Writing Process": a headline in title case,
        # longer than the names of an interviewer or two.
        or word_count(labelled.group(1).strip()) > _LABELLED_NAME_WORDS
    ):
        return False
    return is_byline(text)


_TITLE_CASE_WORDS = 3


# Short words a title in title case leaves in lower case.
_TITLE_SMALL_WORDS = frozenset(
    {"with", "from", "into", "over", "about", "that", "this", "pour", "avec", "dans", "sans",
     "über", "nach", "para", "como", "sobre", "della", "delle", "degli", "voor", "naar"}
)


def title_case(text: str) -> bool:
    """Whether a line capitalises every longer word, as a headline may even when it ends with
    a period ("UNIT 9 – Imaginary Interview with a Famous Chef."); a sentence does not (German
    nouns included: "Die Stadt hat ein neues Rathaus gebaut.")."""
    words = [w.strip(".,;:!?«»\"'’()") for w in text.split()]
    longer = [w for w in words if len(w) >= 4 and w.casefold() not in _TITLE_SMALL_WORDS]
    return len(longer) >= _TITLE_CASE_WORDS and all(w[:1].isupper() for w in longer)


# Credits' labels: "Entrevistadora: …", or a Japanese or Chinese word before a colon, the text
# right after it ("話し手:ゆき …", "編集:森田").
_LABELS = re.compile(
    rf"[{CAPITALS}][\w'’.-]*\s?:\s|(?<!\S)[\u3040-\u30ff\u4e00-\u9fff]{{1,4}}[:：]"
)

_QUOTE_COLON = re.compile(r"[»\"”“]\s*:$")  # « La citation » : — a headline that runs on
# A headline that quotes its guest whole, its period after the quote: "„Nie ja wybrałam …”."
_QUOTED_TITLE = re.compile(r"[„“\"«][^„“\"«»”]{3,120}[”“\"»]\.")


def is_quoted_title(text: str) -> bool:
    """Whether a line is a quote set whole as a headline, its period after the quote: under
    its authors it is the title, at the very top it may be a motto."""
    return _QUOTED_TITLE.fullmatch(text.strip()) is not None


def is_title_candidate(block: Block) -> bool:
    text = block.text.strip()
    if not text:
        return False
    if block.kind is BlockKind.HEADING:
        return True
    if block.kind is not BlockKind.PARAGRAPH or never_headline(block):
        return False
    if title_field(text):
        return True  # "NÁZEV: Profesní dráha … AUTOR: …": a thesis's record names its title
    if word_count(text) > TITLE_WORDS or len(text) > TITLE_CHARS:
        return False
    if text[-1] in ",;" or (text[-1] == ":" and not _QUOTE_COLON.search(text)):
        return False
    # A period inside a closing quote ends a sentence too: "Jonas, du er leder i år. «Ja, det
    # stemmer.»" is the text's first exchange, a quoted headline leaves the period out.
    # A headline that quotes its guest whole after who it is keeps the quote's period
    # ("Interview with Tomas Reyes: “The first draft is a conversation with myself.”").
    bare = text.rstrip(_CLOSING_QUOTES) or text
    # Hindi and its neighbours end a sentence with the danda ("… बातचीत करूँगा।"), as a
    # headline never does.
    if (bare[-1] in ".。।" and not bare.endswith("...") and not title_case(text)
            and _DATE_AT_END.search(bare) is None and not _WHO_THEN_QUOTE.fullmatch(text)
            and _INITIALS_AT_END.search(bare) is None):
        return False
    if split_prefix(text)[0] in (Prefix.QUESTION, Prefix.ANSWER, Prefix.DASH):
        return False
    if len(_LABELS.findall(text, 0, TITLE_CHARS)) >= 2:
        return False  # "Entrevistadora: Beatriz Lima Entrevistado: Rafael Moura": credits
    if is_greeting(block):
        return False  # "Hello everyone!": the text begins
    dateline = is_dateline(text) and not dated_headline(block)
    return not (_is_byline(text) or dateline or is_share(block) or is_footer(block))


_MARKED_HEADLINE_WORDS = 12
_WHO_THEN_QUOTE = re.compile(r"[^.!?:„“«\"]{3,60}:\s*[„“«\"‚‹][^„“«»”\"]{3,160}[.!?…][”“\"»’]")
_CLOSING_QUOTES = "»”\"'’"
# A name closed by its initials, whose last period is theirs, not a sentence's: a club's legal
# form ("FC Nieder-Ulmbach 1921 e.V."), a school's initials ("Jornal E.B.I.A.S.").
_INITIALS_AT_END = re.compile(r"(?<!\S)(?:[^\W\d_]{1,2}\.){2,}$")
# A day and a month closing a headline, whose period is the date's, not a sentence's end
# ("Přepis pořadu Jak to vidí - 3.4.", "Konzert am 12. 3."): after a dash or a space; not a
# time ("um 19.30.").
_DATE_AT_END = re.compile(r"[\s–-](?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.$")


def headline_above_marker(blocks: list[Block], i: int, n: int) -> bool:
    """A short sentence that ends with a period is a headline when a caption, byline or
    dateline follows it ("Redactie bij een lid van de club." above "Foto: …"), or the site's
    text-size and share buttons ("+T - Поделиться:"): a text's first sentence is followed by
    more of the text."""
    block = blocks[i]
    return (
        block.kind is BlockKind.PARAGRAPH
        and i + 1 < n
        and block.text.rstrip().endswith(".")
        # up to a headline's length over its authors' "Par …" line: "… . Entretien sur … ."
        and word_count(block.text) <= (TITLE_WORDS if _is_byline(blocks[i + 1].text.strip())
                                       else _MARKED_HEADLINE_WORDS)
        and LINE_BREAK not in block.text
        and split_prefix(block.text)[0] is Prefix.NONE
        and marker_role(block) is None
        and (marker_role(blocks[i + 1]) is not None or _site_line(blocks[i + 1]))
    )


def _site_line(block: Block) -> bool:
    """The text-size buttons and the share link under a headline ("+T - Поделиться:")."""
    words = block.text.split()
    return 0 < len(words) <= _SITE_LINE_WORDS and (
        is_site_notice(words[0]) or is_share(block)
    )


_SITE_LINE_WORDS = 4


def marker_role(block: Block) -> Role | None:
    """The role of a block that marks front matter by itself: share links, byline, dateline,
    caption."""
    if block.kind in (BlockKind.RULE, BlockKind.CODE, BlockKind.HEADING):
        return None
    text = block.text.strip()
    if is_share(block):
        return Role.SHARE
    if _is_byline(text):
        return Role.BYLINE
    if is_dateline(text) and not dated_headline(block):
        return Role.DATELINE
    if is_caption(block) or _CREDIT_AT_END.search(text):
        return Role.CAPTION
    return None


# A caption that ends with its credit in brackets: "Ana Ruiz in her bakery. (Photo: Anna
# Berg)", "… (foto: RTV Drenthe / Frits Emmelkamp)".
_CREDIT_AT_END = re.compile(
    r"(?i)\((?:photo|foto|fot\.|bild|image|picture|pic|crédit|credit|zdjęcie|imagen|immagine)"
    r"\s*:[^()]{1,80}\)$"
    # or after the caption's last sentence: "… holdt pressemøde. Foto: Egeskolen"
    r"|[.!?]\s+(?i:photo|foto|fot\.|bild|kuva|zdjęcie|crédit|credit)\s*:\s*[^.:!?]{1,60}$"
    # or "(DR)", rights reserved, or an agency: "La classe et la journaliste. (DR)", "… (AFP)"
    r"|[.!?]\s+\((?-i:DR|D\.R\.|AFP|AP|EFE|REUTERS|Reuters|dpa|ANSA|EPA|ANP|Belga)\)$"
)


# A letter's or a post's greeting: "Dear Ana,", "Hallo ihr Lieben,", "Bonjour à tous !",
# "Good morning, good evening, or whatever fits where you are,".
_GREETING = re.compile(
    r"(?i)(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening)|greetings|liebe[rs]?|hallo"
    r"|moin|servus|guten\s+(?:morgen|tag|abend)|ch[èe]re?s?|bonjour|bonsoir|salut|coucou"
    r"|querid[oa]s?|hola|estimad[oa]s?|buen[oa]s\s+(?:d[íi]as|tardes|noches)|car[oaie]|ciao"
    r"|salve|gentil[ei]|buongiorno|buonasera|beste|lieve|hoi|goedemorgen|drog[ia]|drodzy"
    r"|cze[śs][ćc]|witajcie|witam|ol[áa]|oi|prezad[oa]s?|bom\s+dia|boa\s+tarde|k[äa]ra|hej)"
    r"\b[^.?]{0,80}[,!]\W{0,4}"
)
_GREETING_WORDS = 12


def is_greeting(block: Block) -> bool:
    """Whether a short paragraph greets its readers, as a letter, a newsletter or a blog post
    opens: the text begins after it."""
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and word_count(text) <= _GREETING_WORDS
        and _GREETING.fullmatch(text) is not None
    )


def addressee(text: str) -> set[str]:
    """The capitalised words a greeting addresses, folded ("Dear Ana," → {"ana"})."""
    words = [w.strip(".,:!?'’\"") for w in text.split()[1:]]
    return {w.casefold() for w in words if w[:1].isupper()}


_CAPITALS_LETTERS = 8


def in_capitals(text: str) -> bool:
    """Whether a line is set in capitals ("WIE KAM DIE ZEITUNG ZU IHREM NAMEN ?"): a headline's
    type, which a question put to a guest does not take."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _CAPITALS_LETTERS and all(c.isupper() for c in letters)


# A title that counts the questions below it: "20 Perguntas", "Cinq questions à …", "10 Fragen
# an …", "Ten questions for …".
_COUNTED_QUESTIONS = re.compile(
    r"(?i)(?:\d{1,3}|three|five|ten|twenty|trois|cinq|dix|vingt|drei|fünf|zehn|zwanzig|tres|cinco"
    r"|diez|veinte|três|dez|vinte|tre|cinque|dieci|venti|drie|vijf|tien|twintig|trzy|pięć|dziesięć)"
    r"\s+(?:questions?|perguntas?|preguntas?|domande|fragen|vragen|pyta[ńn]|pytania|frågor"
    r"|spørsmål|spørgsmål|kysymystä|otázek|soru|întrebări|preguntes|qüestions)\b"
)


# A rubric a page sets above its headline, naming the kind of piece: "Interview", "Opinion",
# "Live", "Exclusive", "Editorial", "Analyse", "Kommentar", "Im Gespräch".
_GENRE_RUBRIC = re.compile(
    r"(?i)(?:interviews?|entretien|entrevue|entrevistas?|intervist[ae]|wywiad|rozhovor|intervju"
    r"|interjú|haastattelu|röportaj|(?:im\s+)?gespräch|q\s?&\s?a|opini(?:on|ón|one|ão)|meinung"
    r"|kommentar|comment(?:aire)?|tribune|tribuna|op-ed|gastbeitrag|editorial[e]?|éditorial|edito"
    r"|leitartikel|live|en\s+direct|en\s+(?:vivo|directo)|in\s+diretta|ao\s+vivo|exclusi(?:ve|f)"
    r"|exclusiv[ao]|esclusiva|exklusiv|analysis|analyse|an[áa]lisis|an[áa]lise|analisi"
    r"|reportage|reportaje|reportagem|porträt|portrait|retrato|ritratto|column|kolumne"
    r"|chronique|columna|rubrica|review|critique|kritik|reseña|recensione|feature"
    r"|breaking(?:\s+news)?|eilmeldung|derni[èe]re\s+minute|[úu]ltima\s+hora)\s*[:|•·]?"
)


# "Interviewmarco haddad": a page's rubric glued to its tag in lower case (the guest's name),
# where a copy lost the space and the capitals; not a word the rubric opens ("Interviewer
# training", "Reviews and ratings").
_GLUED_TAG = re.compile(
    r"(?:Interview|Entrevista|Entretien|Intervista|Wywiad|Gespräch|Column|Opinie|Portret)"
    r"(?!s\b|er|ing|ed\b|ee)[a-zà-öø-ÿ]{3,}(?:[ \t][a-zà-öø-ÿ][\w'’\-]*){1,3}"
)


def is_rubric(text: str) -> bool:
    """Whether a line only names the kind of piece below it ("Interview", "Opinion", "Live",
    "Editorial"), or that kind glued to a tag ("Interviewmarco haddad"): a rubric above the
    headline, never the headline while one follows it."""
    line = text.strip()
    return _GENRE_RUBRIC.fullmatch(line) is not None or _GLUED_TAG.fullmatch(line) is not None


_KICKER_WORDS = 10
_SENTENCE_CASE_WORDS = 3
_LOWER_WORD = re.compile(r"(?<!\S)[a-zà-öø-ÿ]{3,}(?!\S)")


def is_rubric_kicker(line: str, headline: str) -> bool:
    """Whether a line in capitals opened by a rubric ("ENTREVISTA A LA PERIODISTA INÉS
    BARRAGÁN", "INTERVIEW WITH THE NEW HEAD") is a kicker above a headline in sentence case:
    the headline is below it. A headline in capitals runs on to a name instead ("ROZHOVOR S
    ŘEDITELKOU ŠKOLY" / "Mgr. Janou Dvořákovou")."""
    rubric = _GENRE_RUBRIC.match(line.strip())
    return (
        rubric is not None
        and rubric.end() < len(line.strip())
        and in_capitals(line)
        and word_count(line) <= _KICKER_WORDS
        and not in_capitals(headline)
        and len(_LOWER_WORD.findall(headline)) >= _SENTENCE_CASE_WORDS
    )


# A FAQ page's own title: "FAQ", "Frequently asked questions", "Perguntas frequentes".
_FAQ_TITLE = re.compile(
    r"(?i)(?:faqs?|f\.a\.q\.?|frequently\s+asked\s+questions|questions\s+fr[ée]quentes"
    r"|foire\s+aux\s+questions|h[äa]ufig\s+gestellte\s+fragen|preguntas\s+frecuentes"
    r"|domande\s+frequenti|perguntas\s+frequentes|veel\s?gestelde\s+vragen"
    r"|cz[ęe]sto\s+zadawane\s+pytania|vanliga\s+frågor|ofte\s+stil(?:l|t)ede?\s+sp[øo]rsm[åa]l"
    r"|ofte\s+stillede\s+spørgsmål|usein\s+kysytyt\s+kysymykset|preguntes\s+freq[üu]ents)"
    r"\W{0,2}"
)


def is_faq_title(text: str) -> bool:
    """Whether a line is a FAQ page's title ("FAQ", "Perguntas frequentes"): the page's
    headline, not a site's section above it."""
    return _FAQ_TITLE.fullmatch(text.strip()) is not None


def counts_questions(text: str) -> bool:
    """Whether a line counts the questions of the interview below it ("20 Perguntas")."""
    return _COUNTED_QUESTIONS.search(text) is not None


# A numeric date glued before a headline: "10/03/2023   CHIARA VENTURI".
_LEADING_DATE = re.compile(r"\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2})\s+(?=\S)")
_DATED_HEADLINE_WORDS = 2


def dated_headline(block: Block) -> bool:
    """Whether a line is a headline glued after its date ("10/03/2023   CHIARA VENTURI",
    "12.03.2024 Die Bäckerin vom Markt"), not a dateline ("14/03/2024 10:32", "02/11/2024
    Redazione", "12.03.2024 Von Anna Berg")."""
    text = block.text.strip()
    date = _LEADING_DATE.match(text)
    if block.kind is not BlockKind.PARAGRAPH or date is None:
        return False
    rest = text[date.end() :]
    return (
        _DATED_HEADLINE_WORDS <= word_count(rest) <= TITLE_WORDS
        and rest[:1].isupper()
        and rest[-1] not in ".,;:"
        and not is_dateline(rest)
        and not _is_byline(rest)
    )


_BULLETS = ("•", "▪", "►", "‣", "◦")


def headline_text(block: Block) -> str:
    """A title block's headline, without the date glued before it ("10/03/2023   CHIARA
    VENTURI") or the greeting on a line of its own above it ("Olá, pessoal!" / "Com vocês:
    Rita Sampaio"); a headline that greets stays whole ("Hey Jude, Don't Make It Bad")."""
    text = block.text.strip()
    if text.startswith(_BULLETS):  # a menu's last item, the page it shows: "• Nesmrtelná …"
        text = text.lstrip("".join(_BULLETS)).strip()
    subject = mail_subject(text) or title_field(text)  # "NÁZEV: … AUTOR: …": a record's
    if subject:
        return subject  # "Subject: RE: Questions for the profile": an e-mail's title
    date = _LEADING_DATE.match(text)
    if date is not None and dated_headline(block):
        return text[date.end() :]
    greeting = _GREETING.match(text)
    first, last = block.source_lines
    own_line = greeting is not None and (
        last - first >= 2 or LINE_BREAK in text[: greeting.end()]  # a web page's or Word's break
    )
    rest = text[greeting.end() :].strip() if greeting is not None and own_line else ""
    return rest if rest[:1].isupper() and word_count(rest) >= _DATED_HEADLINE_WORDS else text
