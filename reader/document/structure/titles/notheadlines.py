"""Lines at the top of a document that are never its headline, though they stand where one
would: an e-mail's header (whose subject is the title), a press release's "For immediate
release" line, a chat program's log header, a journal entry's header, a web address, an HTML
element's name."""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from .pagewidgets import is_widget_line

# An e-mail's header lines, as a mail program copies or prints them (Outlook, Thunderbird,
# Gmail; in the languages they come in): who sent it, when, to whom, about what.
_FROM = r"from|de|von|da|van|od|från|fra|lähettäjä|od\s+kogo"
_SENT = (
    r"sent|date|envoyé|gesendet|datum|enviado(?:\s+el)?|fecha|inviato|data|verzonden|wysłano"
    r"|skickat|sendt|lähetetty"
)
_TO = r"to|cc|bcc|reply-to|à|a|an|para|aan|do|till|til|vastaanottaja|kopie|copie|pour"
_SUBJECT = r"subject|objet|sujet|betreff|asunto|oggetto|onderwerp|temat|assunto|ämne|emne|aihe"
_HEADER = re.compile(rf"(?i)(?:{_FROM}|{_SENT}|{_TO})\s?:\s*\S.*")
_FROM_LINE = re.compile(rf"(?i)(?:{_FROM})\s?:\s*\S.*")
# What a mail program puts before the subject it replies to or forwards: "Re:", "AW:", "WG:",
# "TR:", "Fwd:", "FW:", "RV:", "R:", "Réf. :", "SV:", "Antw:", "Odp:", repeated or counted
# ("Re: Fwd: …", "Re[2]: …"): not the subject's words, so never the title's.
_REPLY_PREFIX = (
    r"(?:(?:re|aw|wg|tr|fwd?|fw|rv|r|réf\.?|ref|sv|vs|antw|odp|enc|res)\s*(?:\[\d+\])?\s*:\s*)*"
)
_SUBJECT_LINE = re.compile(rf"(?i)(?:{_SUBJECT})\s?:\s*{_REPLY_PREFIX}(\S.*)")
_HEADER_LINES = 6  # From, Sent, To, Cc, Bcc, Subject
# The line a mail program sets above a quoted or forwarded message's header.
_MAIL_DIVIDER = re.compile(
    r"(?i)-{2,}\s*(?:original\s+message|forwarded\s+message|message\s+d'origine"
    r"|message\s+transf[ée]r[ée]|urspr[üu]ngliche\s+nachricht|weitergeleitete\s+nachricht"
    r"|mensaje\s+original|mensaje\s+reenviado|messaggio\s+originale|messaggio\s+inoltrato"
    r"|oorspronkelijk\s+bericht|doorgestuurd\s+bericht|mensagem\s+original"
    r"|mensagem\s+encaminhada|wiadomo[śs][ćc]\s+oryginalna)\s*-{2,}"
)

# A press release's own marker: "FOR IMMEDIATE RELEASE", "COMMUNIQUÉ DE PRESSE",
# "Pressemitteilung", with the press contact after it on the same line ("For Immediate Release
# Contact: Doug Nicoll"): the release's, never its headline.
_RELEASE = re.compile(
    r"(?i)(?:for\s+immediate\s+release|press\s+release|news\s+release|media\s+release"
    r"|communiqu[ée]\s+de\s+presse|pressemitteilung|presseinformation|nota\s+de\s+prensa"
    r"|comunicado\s+de\s+prensa|comunicato\s+stampa|persbericht|komunikat\s+prasowy"
    r"|comunicado\s+de\s+imprensa|pressmeddelande|pressemelding|tiedote)"
    r"\W*(?:(?:contact|kontakt|contacto|contatto|contato|press\s+contact)\s*:.{0,60})?"
)
# A chat program's log header: "**** BEGIN LOGGING AT Wed May 14 04:36:29 2003", "Session
# Start: Thu Dec 27 22:02:51 2007", "Log file opened at: 5/26/04".
_LOG_HEADER = re.compile(
    r"(?i)\W*(?:(?:begin|ending)\s+logging\s+at|session\s+(?:start|ident|close|time)\s*:"
    r"|log\s+file\s+(?:opened|closed)\s+at\b|\*\*\*\s*log\s+(?:opened|started)\b).*"
)
# A chat log's line: its time, then a nick in angle brackets, an action's "*" or a join's arrow
# ("Jun 10 19:03:40 <fern> evening all", "[12:10:29] * nick1 waves", "05:03 --> hazel has
# joined").
_LOG_LINE = re.compile(
    r"(?:[A-Z][a-z]{2}\s+\d{1,2}\s+)?[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?:?\s+"
    r"(?:<[^>\s]{1,30}>|\*\s|-->|<--|---\s)"
)
# A blog journal's entry header (LiveJournal, Dreamwidth and their like): "pagewright
# (pagewright.example.net) wrote in volunteers_news2009-03-14 08:15 pm Entry tags:".
_JOURNAL_HEADER = re.compile(
    r"(?i)\S.{0,80}\bwrote(?:\s+in\s+.{1,60}?)?\s*\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}\s*(?:[ap]m)?"
    r"(?:\s*entry\s+tags\s*:.*)?"
    r"|entry\s+tags\s*:.{0,80}"  # the tags' line apart: "Entry tags:"
)
# A web address opening the line, as a proxy's bar or a site's name is copied: "www.site.org
# » [go: up one dir, main page]", "https://example.org/news".
_ADDRESS = re.compile(r"(?i)(?:https?://|www\.)\S+(?:\s.{0,80})?")
_ADDRESS_WORDS = 12
# An HTML element's name a copy left where the element stood: "h1", "<div>", "/span".
_TAG_NAME = re.compile(r"(?i)<?/?(?:h[1-6]|div|span|img|nav|section|aside)/?>?")


def is_release_marker(text: str) -> bool:
    """Whether a line only marks a press release ("FOR IMMEDIATE RELEASE", "Communiqué de
    presse"), maybe with the press contact after it."""
    return _RELEASE.fullmatch(text.strip()) is not None


def is_log_header(text: str) -> bool:
    """Whether a line is a chat program's log header ("**** BEGIN LOGGING AT …") or opens
    with a line of its log ("Jun 10 19:03:40 <fern> evening all")."""
    text = text.strip()
    return _LOG_HEADER.fullmatch(text) is not None or _LOG_LINE.match(text) is not None


def opens_with_address(text: str) -> bool:
    """Whether a short line opens with a web address: a site's or a proxy's, not a headline."""
    text = text.strip()
    return len(text.split()) <= _ADDRESS_WORDS and _ADDRESS.fullmatch(text) is not None


# A line that closes on the site's own address in brackets, as a page printed for reading
# names where it came from: "Опубликовано на портале Архитектон (www.arhitekton.ru)",
# "Printed from The Courier (https://courier.example.com)". A headline naming a site names it
# in its words ("How Booking.com grew"), not in brackets at its end.
_ADDRESS_IN_BRACKETS = re.compile(r"(?i)\S.{0,100}\((?:https?://|www\.)[^\s()]+\)")


def ends_with_address_in_brackets(text: str) -> bool:
    """Whether a short line ends on a web address in brackets: the site's line, not a
    headline."""
    text = text.strip()
    return len(text.split()) <= _ADDRESS_WORDS and _ADDRESS_IN_BRACKETS.fullmatch(text) is not None


def never_headline(block: Block) -> bool:
    """Whether a line at the top is one of the page's or the program's, never the headline."""
    text = block.text
    return block.kind is BlockKind.PARAGRAPH and (
        is_release_marker(text)
        or is_log_header(text)
        or opens_with_address(text)
        or ends_with_address_in_brackets(text)  # "Опубликовано на портале … (www.….ru)"
        or _JOURNAL_HEADER.fullmatch(text.strip()) is not None
        or _TAG_NAME.fullmatch(text.strip()) is not None
        or _LETTER_SPACED.fullmatch(text.strip()) is not None
        or _PAGER.fullmatch(text.strip()) is not None
        or _DOT_TAGS.fullmatch(text.strip()) is not None
        or is_widget_line(text)  # "Compare button icon", "font size decrease …", "ISSN …"
        or _PROFILE_FIELD.fullmatch(text.strip()) is not None
    )


# A staff profile's field under the name: "Subject areas: Engineering and computing",
# "Department: Special Collections", "Fachgebiete: Chemie, Physik", "Domaines : histoire".
_PROFILE_FIELD = re.compile(
    r"(?i:(?:subject|liaison|research)\s+(?:areas?|specialt(?:y|ies)|interests?)|department"
    r"|job\s+title|specialt(?:y|ies)|areas?\s+of\s+expertise|office\s+hours|fachgebiete?"
    r"|fachbereiche?|abteilung|domaines?(?:\s+de\s+comp[ée]tence)?|[áa]reas?\s+tem[áa]ticas?)"
    r"\s*:\s*[^?:]{1,80}"
)


# A site's name set with a space between its letters, a masthead's style copied as letters:
# "s c h o o l   n e w s p a p e r   o n l i n e" (six letters or more, each alone), also a
# journal's section so set between rules ("—————— I N T E R V I E W S ——————").
_RULE = r"[-—–_=*~]{2,}"
_LETTER_SPACED = re.compile(rf"(?:{_RULE}\s*)?[^\W\d_](?: {{1,3}}[^\W\d_]){{5,}}(?:\s*{_RULE})?")
# A site's tags, each after a dot, its own style for the author and the column: ".štefan Hrubý
# .časopis .editorial" (two tags or more).
_DOT_TAGS = re.compile(r"\.[^\W\d_][^.]{0,40}(?:\s\.[^\W\d_][^.]{0,40}){1,6}")
# A page's pager or a slide show's counter copied as a bullet and numbers: "• 1", "• 1 12".
_PAGER = re.compile(r"[•·▪◦]\s*\d{1,3}(?:\s*(?:/|of|di|de|von|z)?\s*\d{1,3})?")


def mail_subject(text: str) -> str:
    """The subject of an e-mail's "Subject:" line without its reply's prefix ("Subject: RE:
    Questions" → "Questions"), "" when the line is none."""
    match = _SUBJECT_LINE.fullmatch(text.strip())
    return match.group(1).strip() if match is not None else ""


def starts_mail_header(text: str) -> bool:
    """Whether a line is an e-mail header's first: "From: …" ("De : …", "Von: …")."""
    return _FROM_LINE.fullmatch(text) is not None


def is_mail_divider(text: str) -> bool:
    """Whether a line is the one a mail program sets above a quoted or forwarded header."""
    return _MAIL_DIVIDER.fullmatch(text) is not None


def is_mail_header_line(text: str) -> bool:
    """Whether a line is one of an e-mail header's: "From:", "Sent:", "To:", "Subject:" …"""
    return _HEADER.fullmatch(text) is not None or _SUBJECT_LINE.fullmatch(text) is not None


def subject_under_header(blocks: list[Block], i: int, n: int) -> int:
    """Where the subject line is when the document opens, at ``i``, with an e-mail's header
    ("From: …" / "Sent: …" / "To: …" / "Subject: …", maybe under "-----Original
    Message-----"), or with the subject first and the header under it (as Thunderbird prints):
    the subject is the title a reader expects, the other lines are the mail program's. -1 when
    no such header opens it."""
    if i < n and _MAIL_DIVIDER.fullmatch(blocks[i].text.strip()):
        i += 1
    if i + 1 < n and mail_subject(blocks[i].text) and _FROM_LINE.fullmatch(blocks[i + 1].text):
        return i
    if i >= n or _FROM_LINE.fullmatch(blocks[i].text.strip()) is None:
        return -1
    for k in range(i + 1, min(n, i + _HEADER_LINES)):
        text = blocks[k].text.strip()
        if blocks[k].kind is not BlockKind.PARAGRAPH:
            return -1
        if mail_subject(text):
            return k
        if _HEADER.fullmatch(text) is None:
            return -1
    return -1



def header_after(blocks: list[Block], subject: int, n: int) -> int:
    """Where the text begins after an e-mail's subject line: after the header lines that
    follow it ("Subject: …" / "From: …" / "Date: …" / "To: …")."""
    k = subject + 1
    while k < min(n, subject + _HEADER_LINES) and _HEADER.fullmatch(blocks[k].text.strip()):
        k += 1
    return k


# A record's field for the title, in capitals: "NÁZEV: …", "TITLE: …", "TITRE : …".
_TITLE_FIELD = re.compile(
    r"(?:NÁZEV|NAZEV|TITLE|TITEL|TITRE|TÍTULO|TITULO|TITOLO|TYTUŁ|TITUL|NÁZOV|CÍM)\s?:\s*"
)
_TITLE_FIELD_WORDS = 25


def title_field(text: str) -> str:
    """The title a record's first field gives ("NÁZEV: Profesní dráha ředitele školy AUTOR:
    Markéta Horáková …" → "Profesní dráha ředitele školy"): up to the next field's name in
    capitals; "" when the line opens with no such field."""
    field = _TITLE_FIELD.match(text)
    if field is None:
        return ""
    words = []
    for word in text[field.end() : field.end() + 400].split():
        if word.endswith(":") and word.isupper():
            break
        words.append(word)
    return " ".join(words) if 0 < len(words) <= _TITLE_FIELD_WORDS else ""
