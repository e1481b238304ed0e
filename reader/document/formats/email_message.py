"""An e-mail saved as a file (``.eml``: Thunderbird's "Save as", Apple Mail's and the new
Outlook's messages dragged out, webmail's "Download message"; ``.msg``: classic Outlook's
"Save As"): interviews done by e-mail are kept so, the questions quoted and answered in the
reply.

An Outlook ``.msg`` is an OLE container (olefile reads it, as it reads a ``.doc``) whose
streams hold the message's properties: ``__substg1.0_0037001F`` the subject in UTF-16
(``…001E`` in the code page), ``0C1A``/``0C1F`` the sender's name and address, ``0E04``
and ``0E03`` the To and Cc lines as Outlook shows them, ``1000`` the plain body; the sent
time is a FILETIME in ``__properties_version1.0``. It is shown as an ``.eml`` is.

The file is the message as it travelled (MIME): headers, then a body that may be
quoted-printable or base64, in any character set, in a plain part, an HTML part or both,
with attachments. It is read as a mail program shows it: the sender, date, recipient and
subject lines above the message's words, the plain part (else the HTML part's text), so
the text rules read it as they read an e-mail pasted into a text file (the quoted
questions, "On … wrote:", "-----Original Message-----"). The header lines are the file's
own fields, by their own names ("From:", "Date:", "To:", "Cc:", "Subject:"). Attachments
are not opened (an answer sent as a Word file is opened as one). Nothing is fetched: a
picture the HTML part links to stays a link.
"""

from __future__ import annotations

from typing import Any

from ..loading import LoadError, LoadProblem

_SHOWN = ("From", "Date", "To", "Cc", "Subject")  # as a mail program shows them


def mail_text(data: bytes, path: str) -> str:
    """A saved message (Outlook's .msg, an OLE file, or an .eml) as text."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return outlook_text(data, path)
    return email_text(data, path)


def email_text(data: bytes, path: str) -> str:
    """The message as text, its header lines first. Raises ``LoadError`` when the file
    holds no message."""
    import email
    from email import policy
    from email.errors import MessageError

    try:
        message = email.message_from_bytes(data, policy=policy.default)
        lines = [f"{name}: {' '.join(str(message[name]).split())}"
                 for name in _SHOWN if message[name]]
        body = message.get_body(preferencelist=("plain", "html"))
        words = _words(body, path) if body is not None else ""
    except (MessageError, ValueError, LookupError, TypeError, AttributeError,
            UnicodeError, IndexError):
        raise LoadError(LoadProblem.CORRUPT, path, "e-mail") from None
    if not lines:  # no header a message has: no e-mail
        raise LoadError(LoadProblem.CORRUPT, path, "e-mail")
    return "\n".join(lines) + "\n\n" + words.strip() + "\n"


def outlook_text(data: bytes, path: str) -> str:
    """An Outlook .msg message as text, its header lines first. Raises ``LoadError`` when
    the file holds no message."""
    import olefile  # here: only Outlook's messages and Word 97-2003 files need it

    try:
        container = olefile.OleFileIO(data)
    except Exception:  # noqa: BLE001 - olefile raises many kinds on a damaged container
        raise LoadError(LoadProblem.CORRUPT, path, "Outlook") from None
    try:
        subject, body = _property(container, "0037"), _property(container, "1000")
        sender = _property(container, "0C1A")
        address = _property(container, "5D01") or _property(container, "0C1F")
        if address and "@" in address and address not in sender:
            sender = f"{sender} <{address}>".strip()
        fields = [("From", sender), ("Date", _sent(container)),
                  ("To", _property(container, "0E04")), ("Cc", _property(container, "0E03")),
                  ("Subject", subject)]
    except Exception:  # noqa: BLE001 - a damaged stream, as olefile says it
        raise LoadError(LoadProblem.CORRUPT, path, "Outlook") from None
    finally:
        container.close()
    lines = [f"{name}: {' '.join(value.split())}" for name, value in fields if value]
    if not subject and not body:
        raise LoadError(LoadProblem.CORRUPT, path, "Outlook")
    return "\n".join(lines) + "\n\n" + body.replace("\r\n", "\n").strip() + "\n"


def _property(container: Any, code: str) -> str:
    """A text property of the message (its 4-digit hexadecimal code), Unicode or in the
    code page; "" when the message does not have it."""
    for kind, codec in (("001F", "utf-16-le"), ("001E", "cp1252")):
        name = f"__substg1.0_{code}{kind}"
        if container.exists(name):
            raw: bytes = container.openstream(name).read()
            return raw.decode(codec, "replace").split("\x00", 1)[0]
    return ""


def _sent(container: Any) -> str:
    """When the message was sent (PR_CLIENT_SUBMIT_TIME, else its delivery time), as an
    e-mail's Date line writes it; "" when the file does not say."""
    import struct
    from datetime import UTC, datetime, timedelta
    from email.utils import format_datetime

    name = "__properties_version1.0"
    if not container.exists(name):
        return ""
    data: bytes = container.openstream(name).read()
    times: dict[int, int] = {}
    for offset in range(32, len(data) - 15, 16):  # a message's header is 32 bytes
        kind, code, _, value = struct.unpack_from("<HHIQ", data, offset)
        if kind == 0x0040 and code in (0x0039, 0x0E06) and 0 < value < 2**63:
            times.setdefault(code, value)
    value = times.get(0x0039) or times.get(0x0E06)
    if not value:
        return ""
    try:
        return format_datetime(datetime(1601, 1, 1, tzinfo=UTC) + timedelta(
            microseconds=value // 10))
    except (OverflowError, ValueError):
        return ""


def _words(part: object, path: str) -> str:
    """A body part's words: the plain text as written, or an HTML part's paragraphs."""
    content = part.get_content()  # type: ignore[attr-defined]
    if part.get_content_subtype() != "html":  # type: ignore[attr-defined]
        return str(content)
    from .html import read_html

    blocks = read_html(str(content).encode("utf-8"), path).blocks
    return "\n\n".join(block.text for block in blocks)
