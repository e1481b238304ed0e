"""An e-mail saved as a file (``.eml``: Thunderbird's "Save as", Apple Mail's and the new
Outlook's messages dragged out, webmail's "Download message"): interviews done by e-mail
are kept so, the questions quoted and answered in the reply.

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

from ..loading import LoadError, LoadProblem

_SHOWN = ("From", "Date", "To", "Cc", "Subject")  # as a mail program shows them


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


def _words(part: object, path: str) -> str:
    """A body part's words: the plain text as written, or an HTML part's paragraphs."""
    content = part.get_content()  # type: ignore[attr-defined]
    if part.get_content_subtype() != "html":  # type: ignore[attr-defined]
        return str(content)
    from .html import read_html

    blocks = read_html(str(content).encode("utf-8"), path).blocks
    return "\n\n".join(block.text for block in blocks)
