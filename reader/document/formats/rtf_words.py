"""The words of RTF this reader knows (RTF 1.9): the destinations whose text is not the
document's, the control words that stand for a character, the fonts' character sets."""

from __future__ import annotations

import re

from .rtf_notes import NOTE_WORDS, NUMBER_FORMATS

# Groups whose text is not the document's (tables of fonts and colours are read apart).
SKIPPED = frozenset({
    "colortbl", "pict", "objdata", "header", "headerl", "headerr", "headerf",
    "footer", "footerl", "footerr", "footerf", "xe", "tc", "txe", "rxe",
    "nonshppict", "shpinst", "annotation", "atnid", "atnauthor", "listtable",
    "listoverridetable", "revtbl", "rsidtbl", "generator", "themedata", "colorschememapping",
    "datastore", "latentstyles", "filetbl", "docvar", "userprops", "template", "comment",
    "private", "bkmkstart", "bkmkend"})
CHARACTERS = {
    "tab": "\t", "emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’",
    "ldblquote": "“", "rdblquote": "”", "emspace": " ", "enspace": " ", "qmspace": " ",
}
SYMBOLS = {"~": "\u00a0", "_": "\u2011", "-": "", "{": "{", "}": "}", "\\": "\\"}
# A font's \fcharset to its code page (Word writes Cyrillic or Greek text this way).
CHARSETS = {
    77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab", 134: "gbk", 136: "cp950",
    161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257",
    204: "cp1251", 222: "cp874", 238: "cp1250", 254: "cp437", 255: "cp850",
}
# Every control word this reader acts on; Word writes many more (\\rtlch, \\insrsid …),
# passed over at once.
MEANINGFUL = SKIPPED | CHARACTERS.keys() | frozenset({
    "bin", "footnote", "ftnalt", "title", "result", "f", "fcharset", "s", "outlinelevel",
    "b", "i", "v", "plain",
    "fonttbl", "stylesheet", "listtext", "pntext", "info", "object", "uc", "u", "ansicpg",
    "mac", "pc", "pca", "par", "sect", "line", "page", "column", "pard", "intbl", "ilvl", "ls",
    "cell", "nestcell", "row", "nestrow", "field", "fldinst", "fldrslt"}) | NOTE_WORDS | (
    NUMBER_FORMATS)
# A field's instruction that makes its result a link: HYPERLINK "https://…" or \l "anchor".
HYPERLINK = re.compile(r'HYPERLINK\s+(\\l\s+)?"?([^"\s]+)')
ORDINAL = re.compile(r"(?:\d{1,4}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]")
