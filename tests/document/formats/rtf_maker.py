"""RTF files made from a document's blocks the way Word saves them, for the format scores
and the tests: a font table and a style sheet (headings with their outline level, the Title
style without one), every run in its own group among Word's revision and bidi words, text
beyond ASCII as code-page bytes (``\\'e9``) or Unicode with a fallback (``\\u8217\\'92``),
bulleted and numbered lists with their ``\\listtext``, a running header with a page-number
field, and an editor's note in hidden text (``\\v``) after every fourth paragraph."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import LINE_BREAK, TABLE_CELL_SEPARATOR, Block, BlockKind, InlineStyle

from .makers import runs

_HEAD = (r"{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff31507\deff0\deflang1036"
         r"{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}"
         r"Times New Roman;}{\f3\fbidi \froman\fcharset2\fprq2 Symbol;}}"
         r"{\colortbl;\red0\green0\blue0;}"
         r"{\stylesheet{\ql \li0\ri0\widctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright"
         r"\rin0\lin0\itap0 \rtlch\fcs1 \af31507\afs24\alang1025 \ltrch\fcs0 \fs24\lang1036"
         r" \snext0 \sqformat \spriority0 Normal;}"
         r"{\s1\ql \sb240\keepn\outlinelevel0 \b\fs32 \sbasedon0 \snext0 \sqformat heading 1;}"
         r"{\s2\ql \sb200\keepn\outlinelevel1 \b\fs28 \sbasedon0 \snext0 \sqformat heading 2;}"
         r"{\s3\ql \sb200\keepn\outlinelevel2 \b\fs24 \sbasedon0 \snext0 \sqformat heading 3;}"
         r"{\s15\qc \sb240\sa60 \b\fs56 \sbasedon0 \snext0 \sqformat \spriority10 Title;}"
         r"{\*\cs10 \additive \ssemihidden \sunhideused \spriority1 Default Paragraph Font;}}"
         "\n" r"{\*\rsidtbl \rsid1\rsid2}{\*\generator Microsoft Word 16.0;}"
         r"{\info{\author Redaction}{\creatim\yr2024\mo3\dy12\hr10\min5}}" "\n"
         r"\paperw11906\paperh16838\margl1417\margr1417\margt1417\margb1417\ltrsect" "\n"
         r"{\header \pard\plain \s20\ql {\rtlch\fcs1 \af31507 \ltrch\fcs0 Le Quotidien \tab }"
         r"{\field{\*\fldinst {\rtlch\fcs1 \af31507 \ltrch\fcs0  PAGE }}{\fldrslt {\rtlch\fcs1 "
         r"\af31507 \ltrch\fcs0 1}}}\par}" "\n")
_PARAGRAPH = r"\pard\plain \ltrpar\ql \li0\ri0\sa160\sl259\slmult1\widctlpar\itap0 "
_HIDDEN_NOTE = r"{\rtlch\fcs1 \af31507 \ltrch\fcs0 \v\insrsid2  [\'e0 v\'e9rifier ?]}"


def escaped(text: str) -> str:
    """``text`` as Word writes it: code-page bytes for Western letters, \\uN with a "?"
    fallback beyond them (two for a character beyond the 16 bits)."""
    out = []
    for character in text:
        if character in "\\{}":
            out.append("\\" + character)
        elif character == LINE_BREAK:
            out.append("\\line ")
        elif character == "\t":
            out.append("\\tab ")
        elif " " <= character <= "~":
            out.append(character)
        else:
            try:
                out.append(f"\\'{character.encode('cp1252')[0]:02x}")
            except UnicodeEncodeError:
                units = character.encode("utf-16-le")
                for i in range(0, len(units), 2):
                    unit = int.from_bytes(units[i:i + 2], "little")
                    out.append(f"\\u{unit - 65536 if unit > 32767 else unit}?")
    return "".join(out)


def _runs(block: Block) -> str:
    out = []
    for text, styles, _ in runs(block):
        flags = ("\\b" if InlineStyle.STRONG in styles else "") + (
            "\\i" if InlineStyle.EMPHASIS in styles else "")
        out.append(f"{{\\rtlch\\fcs1 \\af31507 \\ltrch\\fcs0 {flags}\\insrsid1 "
                   f"{escaped(text)}}}")
    return "".join(out)


def write_rtf(path: Path, blocks: list[Block], title_index: int = -1) -> Path:
    """``blocks`` as Word saves them in RTF; the block at ``title_index`` in the Title
    style."""
    body = []
    for number, block in enumerate(blocks):
        if number == title_index:
            style = r"\s15\qc \sb240\sa60 "
        elif block.kind is BlockKind.HEADING:
            level = min(block.level, 3)
            style = rf"\s{level}\ql \keepn\outlinelevel{level - 1} "
        else:
            style = ""
        if block.kind is BlockKind.LIST_ITEM:
            marker = block.ordinal if block.ordinal[:1].isdigit() else r"\f3 \'b7"
            body.append(rf"{{\listtext\pard\plain \ltrpar {marker}\tab}}")
            style = rf"\fi-360\li720\ls{1 if marker.startswith(chr(92)) else 2}\ilvl0 "
        if block.kind in (BlockKind.TABLE_ROW, BlockKind.TABLE_HEADER):
            cells = block.text.split(TABLE_CELL_SEPARATOR)
            widths = "".join(rf"\cellx{2000 * (i + 1)}" for i in range(len(cells)))
            inner = "".join(rf"{escaped(cell)}\cell " for cell in cells)
            body.append(rf"\trowd \irow{number}{widths}{_PARAGRAPH}\intbl {{{inner}}}"
                        rf"{_PARAGRAPH}\intbl {{\trowd \irow{number}{widths}\row }}")
            continue
        note = _HIDDEN_NOTE if number % 4 == 3 and block.kind is BlockKind.PARAGRAPH else ""
        body.append(f"{_PARAGRAPH}{style}{_runs(block)}{note}{{\\insrsid1 \\par }}")
    path.write_bytes((_HEAD + "\n".join(body) + "\n}").encode("ascii"))
    return path
