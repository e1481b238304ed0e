"""The title a file's metadata gives, when it is one a person gave.

Office programs fill a document's title field themselves: Word's PDF printer writes
"Microsoft Word - interview_v3.docx", a new file is "Document1", "Untitled document" (Google
Docs), "Sans titre", and a template leaves its own placeholder ("Title", "Document title").
Such a title names the file or the program, not the text: the reader's own fallback (the
file's name) says as much, and a wrong title would be read aloud as the document's.
"""

from __future__ import annotations

import re

# "Microsoft Word - name.docx", "Microsoft PowerPoint - …": the printer driver's prefix.
_PROGRAM_PREFIX = re.compile(r"^Microsoft\s+\w+\s+-\s+", re.IGNORECASE)
_FILE_NAME = re.compile(r"\.(?:docx?|odt|rtf|pdf|txt|pages|indd|html?|epub|dotx?)$",
                        re.IGNORECASE)
# Placeholders: programs' names for a new file and templates' for the title field, with an
# optional number ("Document1", "Untitled document 3").
_PLACEHOLDER = re.compile(
    r"^(?:untitled(?:\s+document)?|document|doc|title|document\s+title|titre|sans\s+titre"
    r"|document\s+sans\s+titre|titel|unbenannt|dokument|sin\s+t[ií]tulo|t[ií]tulo"
    r"|documento(?:\s+sin\s+t[ií]tulo)?|senza\s+titolo|documento\s+senza\s+titolo"
    r"|sem\s+t[ií]tulo|naamloos|geen\s+titel|word\s+document|new\s+document"
    r"|nouveau\s+document|powerpoint\s+presentation|slide)\s*\d*$",
    re.IGNORECASE,
)


def given_title(metadata: str) -> str:
    """``metadata``'s title with white space folded, or "" when a program or a template
    wrote it rather than a person."""
    title = " ".join(metadata.split())
    if _PROGRAM_PREFIX.match(title) or _FILE_NAME.search(title):
        return ""
    return "" if _PLACEHOLDER.match(title) else title
