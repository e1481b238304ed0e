"""The parts of an interview done by e-mail that belong to the mail, not to the interview.

An interview answered by e-mail arrives as the saved or pasted mail: its header ("From: …" /
"To: …" / "Subject: Re: …", in the mail program's language), the reply's attribution ("On …,
Ana wrote:" / "Le … a écrit :" / "Am … schrieb …:"), the questions quoted with "> " and each
answer typed under its question, then the sender's sign-off, signature ("-- ") and the phone's
"Sent from my iPhone". The header is front matter and its subject, without the reply's or
forward's prefix, is the title; the sign-off and what follows it are back matter, so that the
last answer ends where the writer stopped answering. Every character stays in the text: these
rules only decide which lines stand apart and which role a block has.
"""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from ..titles.notheadlines import (
    is_mail_divider,
    is_mail_header_line,
    mail_subject,
    starts_mail_header,
)

# The header block: a "From:" line and at least two more header lines right under it.
_MIN_HEADER_LINES = 3

# The phone's or mail program's line under a message, in the languages it comes in.
_SENT_FROM = re.compile(
    r"(?i)(?:sent\s+from\s+my\s|sent\s+from\s+(?:outlook|mail)\b|get\s+outlook\s+for\s"
    r"|envoy[ée]\s+(?:de|depuis)\s+(?:mon|ma)\s|von\s+meinem\s.{1,40}\bgesendet"
    r"|gesendet\s+von\s+(?:meinem|mobilem)\s|enviado\s+desde\s+mi\s|inviato\s+da\s"
    r"|verzonden\s+(?:vanaf|met)\s+(?:mijn\s)?|enviado\s+do\s+meu\s|wys[łl]ane\s+z\s)"
)
_SENT_FROM_WORDS = 8
# The signature's delimiter ("-- " on its own line, RFC 3676), the signature under it.
_SIGNATURE = re.compile(r"--[ \t]?(?:\n|\u2028|$)|-- \S")
# A mailing list's footer ("____" / "bulletin mailing list" / "…/mailman/listinfo/…").
_LIST_FOOTER = re.compile(r"(?i)\bmailing\s+list\b|/mailman/listinfo/|^_{5,}")
_LIST_FOOTER_WORDS = 20
# A sign-off above the writer's name: "Best wishes,\nMargaret", "Bien à vous, Hélène",
# "Mit freundlichen Grüßen\nKatrin Albers", "Un abrazo,\nLucía".
_SIGN_OFF = re.compile(
    r"(?i)(?:best(?:\s+wishes|\s+regards)?|kind\s+regards|warm\s+regards|regards|cheers"
    r"|(?:many\s+)?thanks(?:\s+again)?|thank\s+you|all\s+the\s+best|yours|love"
    r"|bien\s+(?:cordialement|à\s+vous|amicalement)|cordialement|amitiés|bises|merci"
    r"|(?:mit\s+)?(?:freundlichen|herzlichen|viele|liebe|beste)\s+grüßen?|lg|vg"
    r"|un\s+(?:abrazo|saludo|beso)|saludos(?:\s+cordiales)?|atentamente|gracias"
    r"|un\s+caro\s+saluto|(?:cordiali\s+)?saluti|a\s+presto|grazie|un\s+abbraccio"
    r"|met\s+vriendelijke\s+groet(?:en)?|groetjes|abraços|pozdrawiam|hälsningar)"
    r"\s*[,!.]?\s*(?:\n|\u2028|\s)\s*(?P<name>\S.*)",
    re.DOTALL,
)
_SIGN_OFF_NAME_WORDS = 4


def mail_header_lines(lines: list[str]) -> int:
    """How many of a paragraph's first lines are an e-mail's header, each a line apart
    ("From: …" / "Sent: …" / "To: …" / "Subject: …", maybe under the mail program's
    "-----Original Message-----"), at most all but the last; 0 when the paragraph does not
    open with a header of three lines or more."""
    if len(lines) < _MIN_HEADER_LINES:
        return 0  # too few lines for a header (most paragraphs: one), no line is read
    divider = 1 if lines and is_mail_divider(lines[0].strip()) else 0
    first = lines[divider].strip() if len(lines) > divider else ""
    # Thunderbird prints the subject first ("Sujet : …" / "Date : …" / "De : …"), under its divider
    if not (starts_mail_header(first) or divider and mail_subject(first)):
        return 0
    count = divider + 1
    while count < len(lines) and is_mail_header_line(lines[count].strip()):
        count += 1
    return min(count, len(lines) - 1) if count - divider >= _MIN_HEADER_LINES else 0


def is_mail_sign_off(block: Block) -> bool:
    """Whether a block at the bottom of a mail is the mail's, not the last answer's: the
    phone's "Sent from my iPhone", a signature under "-- ", a mailing list's footer, or a
    sign-off over the writer's name ("Best wishes,\\nMargaret"; "Thank you!" alone, which
    may be the interview's last words, is not)."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM):
        return False
    text = block.text.strip()
    words = len(text.split())
    if _SENT_FROM.match(text) is not None and words <= _SENT_FROM_WORDS:
        return True
    if _SIGNATURE.match(text) is not None:
        return True
    if _LIST_FOOTER.search(text) is not None and words <= _LIST_FOOTER_WORDS:
        return True
    sign_off = _SIGN_OFF.fullmatch(text)
    if sign_off is None:
        return False
    name = sign_off.group("name").split()
    return len(name) <= _SIGN_OFF_NAME_WORDS and name[0][:1].isupper() and "?" not in text
