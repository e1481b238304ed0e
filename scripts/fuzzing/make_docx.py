"""Word files (.docx) as Word writes them: styled runs, headings, numbered and bulleted lists
(numbering.xml, one with words of its own, "Question 1:"), tables, text boxes (a drawing with
its VML fallback copy), fields (the instruction hidden, the result shown), tracked insertions,
deletions and moves, hidden text, comments, hyperlinks, content controls, pictures with alt
text, a header and footnotes. The parts python-docx's own template holds (styles, settings,
theme) are Word's."""

from __future__ import annotations

import io
import random
import re
import struct
import zipfile
import zlib
from functools import cache

from .content import Content, Made, xml

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# Lists of our own beside the template's: decimal, bullet, one whose words are text, letters.
_NUMBERING = (("decimal", "%1."), ("bullet", "\u2022"), ("decimal", "Question %1 :"),
              ("lowerLetter", "%1)"))
_FIRST_NUM = 90
_USED = ("Normal|DefaultParagraphFont|TableNormal|NoList|TableGrid|Heading1|Heading2|Heading3|"
         "Heading1Char|Heading2Char|Heading3Char|Title|TitleChar|Subtitle|SubtitleChar|Quote|"
         "QuoteChar|ListParagraph|ListBullet|ListNumber|Strong|Emphasis|Header|HeaderChar")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(
        ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


# A one-pixel picture, as a PNG (python-docx and Word read its header).
_PNG = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + _chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + _chunk(b"IEND", b""))


@cache
def template() -> dict[str, bytes]:
    """python-docx's default document, part by part (Word 2010 wrote it)."""
    import docx

    stream = io.BytesIO()
    docx.Document().save(stream)
    with zipfile.ZipFile(stream) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    # Word writes the styles a document uses (and the defaults), not its whole gallery.
    parts["word/styles.xml"] = re.sub(
        rb'<w:style w:type="\w+" w:styleId="(?!(?:%s)")[^"]*">.*?</w:style>' % _USED.encode(),
        b"", parts["word/styles.xml"], flags=re.DOTALL)
    return parts


def make_docx(rng: random.Random) -> Made:
    content = Content(rng)
    writer = _Writer(rng, content)
    body = "".join(writer.block() for _ in range(rng.randint(1, 8)))
    return content.made(writer.package(body), ".docx")


class _Writer:
    def __init__(self, rng: random.Random, content: Content) -> None:
        self.rng, self.content = rng, content
        self.links: list[str] = []  # hyperlink targets, by relationship id rIdL<n>
        self.comments: list[str] = []
        self.notes: list[str] = []
        self.ids = 0
        self.counted: dict[int, int] = {}

    def next_id(self) -> int:
        self.ids += 1
        return self.ids

    # --- blocks ------------------------------------------------------------------------
    def block(self, depth: int = 0) -> str:
        kind = self.rng.randrange(12 if depth < 2 else 8)
        if kind == 8:
            return self.table(depth)
        if kind == 9:  # a content control around paragraphs (a template's field)
            return f"<w:sdt><w:sdtPr><w:id w:val=\"{self.next_id()}\"/></w:sdtPr><w:sdtContent>" \
                   f"{self.block(depth + 1)}{self.block(depth + 1)}</w:sdtContent></w:sdt>"
        if kind == 10:  # a paragraph inserted with tracked changes on
            inserted = self.block(depth + 1)
            return f"<w:ins w:id=\"{self.next_id()}\" w:author=\"A\">{inserted}</w:ins>"
        if kind == 11 and self.rng.random() < 0.5:  # a paragraph moved away: not shown
            secret = self.content.secret("movedpara")
            return (f"<w:moveFrom w:id=\"{self.next_id()}\" w:author=\"A\"><w:p><w:r>"
                    f"<w:t>{secret}</w:t></w:r></w:p></w:moveFrom>")
        return self.paragraph(depth)

    def paragraph(self, depth: int = 0) -> str:
        rng = self.rng
        style = rng.choice(("", "", "", "Heading1", "Heading2", "Heading3", "Title", "Quote",
                            "ListBullet", "ListNumber", "list", "list", "Subtitle"))
        props = ""
        if style == "list":
            number = rng.randrange(len(_NUMBERING))
            level = rng.randrange(3)
            props = (f"<w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"{level}\"/>"
                     f"<w:numId w:val=\"{_FIRST_NUM + number}\"/></w:numPr>")
            kind, text = _NUMBERING[number]
            if kind != "bullet" and any(c.isalpha() for c in text):
                self.content.seen(text.replace("%1", ""))  # the words Word shows
        elif style:
            props = f"<w:pStyle w:val=\"{style}\"/>"
        if rng.random() < 0.1:
            props += "<w:jc w:val=\"center\"/>"
        runs, boxes = [], []
        for _ in range(rng.randint(0, 7)):
            piece = self.inline(depth)
            if piece == "BOX":
                boxes.append(len(runs))
                runs.append("")
            else:
                runs.append(piece)
        for index in boxes:  # a text box's paragraphs are read after its paragraph's own
            runs[index] = self.text_box(depth)
        return f"<w:p><w:pPr>{props}</w:pPr>{''.join(runs)}</w:p>"

    def table(self, depth: int) -> str:
        rng = self.rng
        columns = rng.randint(1, 4)
        grid = "".join("<w:gridCol w:w=\"2000\"/>" for _ in range(columns))
        rows = []
        for row in range(rng.randint(1, 4)):
            header = "<w:trPr><w:tblHeader/></w:trPr>" if row == 0 and rng.random() < 0.5 else ""
            cells = "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>"
                            f"{''.join(self.block(depth + 2) for _ in range(rng.randint(1, 2)))}"
                            f"</w:tc>" for _ in range(columns))
            rows.append(f"<w:tr>{header}{cells}</w:tr>")
        return (f"<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" "
                f"w:type=\"auto\"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")

    # --- inline ------------------------------------------------------------------------
    def run(self, text: str, props: str = "") -> str:
        return (f"<w:r><w:rPr>{props}</w:rPr><w:t xml:space=\"preserve\">{xml(text)}</w:t>"
                f"</w:r>")

    def inline(self, depth: int) -> str:
        rng, content = self.rng, self.content
        kind = rng.randrange(19)
        if kind <= 4:
            props = "".join(p for p in ("<w:b/>", "<w:i/>", "<w:u w:val=\"single\"/>",
                                        "<w:rStyle w:val=\"Strong\"/>") if rng.random() < 0.3)
            return self.run(content.say() + " ", props)
        if kind == 5:
            return self.run(content.say(), "<w:vanish w:val=\"false\"/>") + (
                f"<w:r><w:rPr><w:vanish/></w:rPr><w:t>{content.secret('vanish')}</w:t></w:r>")
        if kind == 6:
            return (f"<w:ins w:id=\"{self.next_id()}\" w:author=\"A\">{self.run(content.say())}"
                    f"</w:ins><w:del w:id=\"{self.next_id()}\" w:author=\"A\"><w:r><w:delText>"
                    f"{content.secret('del')}</w:delText></w:r></w:del>")
        if kind == 7:
            return (f"<w:moveFrom w:id=\"{self.next_id()}\" w:author=\"A\"><w:r><w:t>"
                    f"{content.secret('move')}</w:t></w:r></w:moveFrom><w:moveTo w:id=\""
                    f"{self.next_id()}\" w:author=\"A\">{self.run(content.say())}</w:moveTo>")
        if kind == 8:  # a field: its instruction is no text, its result is
            instruction = rng.choice(("HYPERLINK \"https://x.org/{}\"", "REF _Ref{} \\h",
                                      "MERGEFIELD {}", "DATE \\@ \"d MMMM yyyy\" {}"))
            secret = content.secret("instr")
            return ("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText "
                    f"xml:space=\"preserve\"> {xml(instruction.format(secret))} </w:instrText>"
                    "</w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                    f"{self.run(content.say())}<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
        if kind == 9:
            return (f"<w:fldSimple w:instr=\" PAGE \\* {content.secret('simple')} \">"
                    f"{self.run(content.say(1, 2))}</w:fldSimple>")
        if kind == 10:
            self.links.append(f"https://example.org/{rng.randrange(999)}")
            linked = self.run(content.say(), '<w:rStyle w:val="Hyperlink"/>')
            return (f"<w:hyperlink r:id=\"rIdL{len(self.links)}\" w:history=\"1\">{linked}"
                    "</w:hyperlink>")
        if kind == 11:
            return (f"<w:hyperlink w:anchor=\"_Toc{rng.randrange(99)}\">"
                    f"{self.run(content.say())}</w:hyperlink>")
        if kind == 12:  # a comment on some words: the words are the text, the comment is not
            number = len(self.comments)
            self.comments.append(f"Commentaire {rng.randrange(99)}")
            return (f"<w:commentRangeStart w:id=\"{number}\"/>{self.run(content.say())}"
                    f"<w:commentRangeEnd w:id=\"{number}\"/><w:r><w:commentReference "
                    f"w:id=\"{number}\"/></w:r>")
        if kind == 13:
            return (f"<w:r><w:t xml:space=\"preserve\">{xml(content.say())}</w:t><w:tab/><w:t>"
                    f"{xml(content.say(1, 2))}</w:t><w:br/><w:t>{xml(content.say())}</w:t>"
                    f"<w:noBreakHyphen/><w:softHyphen/><w:t>{xml(content.say(1, 1))}</w:t></w:r>")
        if kind == 14:
            return (f"<w:sdt><w:sdtPr><w:alias w:val=\"Titre\"/></w:sdtPr><w:sdtContent>"
                    f"{self.run(content.say())}</w:sdtContent></w:sdt>"
                    f"<w:smartTag w:uri=\"urn:x\" w:element=\"place\">{self.run(content.say())}"
                    f"</w:smartTag>")
        if kind == 15:
            return self.picture()
        if kind == 16 and depth < 2:
            return "BOX"
        if kind == 17:
            self.notes.append(f"Note {rng.randrange(99)}")
            return (f"{self.run(content.say())}<w:r><w:rPr><w:rStyle w:val="
                    f"\"FootnoteReference\"/></w:rPr><w:footnoteReference "
                    f"w:id=\"{len(self.notes)}\"/></w:r>")
        return (f"<w:bookmarkStart w:id=\"{self.next_id()}\" w:name=\"_Ref{rng.randrange(99)}\"/>"
                f"<w:proofErr w:type=\"spellStart\"/>{self.run(content.say())}"
                f"<w:proofErr w:type=\"spellEnd\"/><w:bookmarkEnd w:id=\"{self.ids}\"/>"
                "<w:r><w:br w:type=\"page\"/></w:r><w:r><w:lastRenderedPageBreak/></w:r>")

    def picture(self) -> str:
        number = self.next_id()
        alt = xml(self.content.say(1, 4))
        return (f"<w:r><w:drawing><wp:inline><wp:extent cx=\"9525\" cy=\"9525\"/><wp:docPr "
                f"id=\"{number}\" name=\"Picture {number}\" descr=\"{alt}\"/><a:graphic xmlns:a="
                "\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri="
                "\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic xmlns:pic="
                "\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr>"
                f"<pic:cNvPr id=\"0\" name=\"p.png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>"
                f"<a:blip r:embed=\"rIdImage\"/></pic:blipFill><pic:spPr/></pic:pic>"
                "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")

    def text_box(self, depth: int) -> str:
        """A text box as Word 2010 writes one: the drawing, and a VML copy of the same
        paragraphs for older readers (which must not be read twice)."""
        paragraphs = "".join(self.paragraph(depth + 1) for _ in range(self.rng.randint(1, 2)))
        number = self.next_id()
        return (
            "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor "
            "distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" "
            "behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos "
            "x=\"0\" y=\"0\"/><wp:extent cx=\"914400\" cy=\"914400\"/><wp:docPr "
            f"id=\"{number}\" name=\"Text Box {number}\"/><a:graphic xmlns:a=\"http://schemas."
            "openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas."
            "microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx>"
            f"<w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
            "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
            "<w:pict><v:shape id=\"box\" type=\"#_x0000_t202\"><v:textbox><w:txbxContent>"
            f"{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>")

    # --- the package -------------------------------------------------------------------
    def package(self, body: str) -> bytes:
        parts = dict(template())
        document = parts["word/document.xml"].decode("utf-8")
        head, rest = document.split("<w:body>", 1)
        section = rest[rest.index("<w:sectPr"):rest.index("</w:body>")]
        section = section.replace(
            "<w:pgSz", "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:pgSz", 1)
        parts["word/document.xml"] = f"{head}<w:body>{body}{section}</w:body></w:document>".encode()
        ns = head[head.index("<w:document") + len("<w:document"):].rstrip(">")
        parts["word/header1.xml"] = (f"<w:hdr{ns}><w:p><w:r><w:t>En-tête "
                                     f"{self.rng.randrange(99)}</w:t></w:r></w:p></w:hdr>").encode()
        parts["word/comments.xml"] = (f"<w:comments{ns}>" + "".join(
            f"<w:comment w:id=\"{n}\" w:author=\"A\"><w:p><w:r><w:t>{xml(text)}</w:t></w:r></w:p>"
            f"</w:comment>" for n, text in enumerate(self.comments)) + "</w:comments>").encode()
        parts["word/footnotes.xml"] = (f"<w:footnotes{ns}>" + "".join(
            f"<w:footnote w:id=\"{n}\"><w:p><w:r><w:t>{xml(text)}</w:t></w:r></w:p></w:footnote>"
            for n, text in enumerate(self.notes, 1)) + "</w:footnotes>").encode()
        parts["word/media/image1.png"] = _PNG
        parts["word/numbering.xml"] = _with_our_lists(parts["word/numbering.xml"])
        parts["word/_rels/document.xml.rels"] = self._relationships(
            parts["word/_rels/document.xml.rels"])
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", (
            '<Default Extension="png" ContentType="image/png"/>' + "".join(
                f'<Override PartName="/word/{name}.xml" ContentType="application/vnd.openxml'
                f'formats-officedocument.wordprocessingml.{kind}+xml"/>' for name, kind in (
                    ("header1", "header"), ("comments", "comments"),
                    ("footnotes", "footnotes"))) + "</Types>").encode())
        stream = io.BytesIO()
        with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
        return stream.getvalue()

    def _relationships(self, rels: bytes) -> bytes:
        ours = [f'<Relationship Id="rIdL{n}" Type="{_REL}/hyperlink" Target="{xml(target)}" '
                'TargetMode="External"/>' for n, target in enumerate(self.links, 1)]
        ours += [f'<Relationship Id="{rid}" Type="{_REL}/{kind}" Target="{target}"/>'
                 for rid, kind, target in (("rIdHeader", "header", "header1.xml"),
                                           ("rIdComments", "comments", "comments.xml"),
                                           ("rIdNotes", "footnotes", "footnotes.xml"),
                                           ("rIdImage", "image", "media/image1.png"))]
        return rels.replace(b"</Relationships>", "".join(ours).encode() + b"</Relationships>")


def _with_our_lists(numbering: bytes) -> bytes:
    text = numbering.decode("utf-8")
    abstract = "".join(
        f"<w:abstractNum w:abstractNumId=\"{_FIRST_NUM + n}\"><w:multiLevelType "
        "w:val=\"hybridMultilevel\"/>" + "".join(
            f"<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{kind}\"/>"
            f"<w:lvlText w:val=\"{xml(shown.replace('%1', f'%{level + 1}'))}\"/>"
            f"<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"{720 * (level + 1)}\" "
            "w:hanging=\"360\"/></w:pPr></w:lvl>" for level in range(3))
        + "</w:abstractNum>" for n, (kind, shown) in enumerate(_NUMBERING))
    nums = "".join(f"<w:num w:numId=\"{_FIRST_NUM + n}\"><w:abstractNumId "
                   f"w:val=\"{_FIRST_NUM + n}\"/></w:num>" for n in range(len(_NUMBERING)))
    first_num = text.index("<w:num ")
    text = text[:first_num] + abstract + text[first_num:]
    return text.replace("</w:numbering>", nums + "</w:numbering>").encode("utf-8")
