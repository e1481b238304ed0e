"""OpenDocument text (.odt) as LibreOffice writes it: automatic styles for bold, italic and
hidden text, headings, nested lists (one numbered with words of its own, "Question 1 :"),
tables with header rows and covered cells, text boxes, links, notes, comments, fields (an
invisible variable among them), tracked insertions and deletions, hidden sections and
paragraphs, a table of contents, ruby. odfdo's template gives the other parts."""

from __future__ import annotations

import io
import random
import zipfile
from functools import cache

from .content import Content, Made, xml

_AUTOMATIC = (
    '<office:automatic-styles>'
    '<style:style style:name="T1" style:family="text"><style:text-properties '
    'fo:font-weight="bold"/></style:style>'
    '<style:style style:name="T2" style:family="text"><style:text-properties '
    'fo:font-style="italic"/></style:style>'
    '<style:style style:name="T3" style:family="text"><style:text-properties '
    'text:display="none"/></style:style>'
    '<style:style style:name="T4" style:family="text" style:parent-style-name="T1">'
    '<style:text-properties fo:font-style="italic"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Sect1" style:family="section"/>'
    '<text:list-style style:name="L1">' + "".join(
        f'<text:list-level-style-number text:level="{n}" style:num-suffix="." '
        'style:num-format="1"/>' for n in range(1, 11)) + '</text:list-style>'
    '<text:list-style style:name="L2">' + "".join(
        f'<text:list-level-style-bullet text:level="{n}" text:bullet-char="•"/>'
        for n in range(1, 11)) + '</text:list-style>'
    '<text:list-style style:name="L3">' + "".join(
        f'<text:list-level-style-number text:level="{n}" style:num-prefix="Question " '
        'style:num-suffix=" :" style:num-format="1"/>' for n in range(1, 11)) +
    '</text:list-style></office:automatic-styles>')


@cache
def template() -> dict[str, bytes]:
    import odfdo

    stream = io.BytesIO()
    odfdo.Document("text").save(stream)
    with zipfile.ZipFile(stream) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def make_odt(rng: random.Random) -> Made:
    content = Content(rng)
    writer = _Writer(rng, content)
    body = "".join(writer.block() for _ in range(rng.randint(1, 12)))
    parts = dict(template())
    head = parts["content.xml"].decode("utf-8")
    head = head[:head.index("<office:automatic-styles")]
    parts["content.xml"] = (f"{head}{_AUTOMATIC}<office:body><office:text>"
                            f"<text:sequence-decls><text:sequence-decl text:display-outline-level="
                            f"\"0\" text:name=\"Figure\"/></text:sequence-decls>{writer.changes()}"
                            f"{body}</office:text></office:body></office:document-content>"
                            ).encode()
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", parts.pop("mimetype"), zipfile.ZIP_STORED)
        for name, data in parts.items():
            archive.writestr(name, data)
    return content.made(stream.getvalue(), ".odt")


class _Writer:
    def __init__(self, rng: random.Random, content: Content) -> None:
        self.rng, self.content = rng, content
        self.regions: list[str] = []  # the tracked changes' regions, before the text

    def changes(self) -> str:
        return f"<text:tracked-changes>{''.join(self.regions)}</text:tracked-changes>" \
            if self.regions else ""

    def block(self, depth: int = 0) -> str:
        kind = self.rng.randrange(11 if depth < 2 else 6)
        if kind <= 3:
            return self.paragraph(depth)
        if kind == 4:
            level = self.rng.randint(1, 4)
            return f'<text:h text:outline-level="{level}">{self.inline_run(depth)}</text:h>'
        if kind == 5:
            return self.listed(depth, self.rng.choice(("L1", "L2", "L3")))
        if kind == 6:
            return self.table(depth)
        if kind == 7:  # a hidden section
            return (f'<text:section text:style-name="Sect1" text:name="S{self.rng.randrange(99)}" '
                    f'text:display="none"><text:p>{self.content.secret("section")}</text:p>'
                    "</text:section>")
        if kind == 8:
            return (f'<text:section text:style-name="Sect1" text:name="V{self.rng.randrange(99)}">'
                    f"{self.block(depth + 1)}</text:section>")
        if kind == 9:  # a paragraph its Hidden Paragraph field hides
            secret = self.content.secret("hiddenpara")
            return ('<text:p><text:hidden-paragraph text:condition="ooow:1" '
                    f'text:is-hidden="true"/>{secret}</text:p>')
        secret = self.content.secret("toc")
        entries = "".join(f"<text:p>{xml(self.content.say(1, 3))}<text:tab/>1</text:p>"
                          for _ in range(self.rng.randint(0, 3)))
        return ('<text:table-of-content text:name="Sommaire"><text:table-of-content-source '
                f'text:outline-level="3"><text:index-title-template>{secret}'
                '</text:index-title-template></text:table-of-content-source><text:index-body>'
                f'{entries}</text:index-body></text:table-of-content>')

    def paragraph(self, depth: int, style: str = "") -> str:
        style = style or self.rng.choice(("", "", "Standard", "P1", "P2", "Text_20_body"))
        attribute = f' text:style-name="{style}"' if style else ""
        return f"<text:p{attribute}>{self.inline_run(depth)}</text:p>"

    def inline_run(self, depth: int) -> str:
        pieces = [self.inline(depth) for _ in range(self.rng.randint(0, 6))]
        # A text box is read after its paragraph: its words are made after the paragraph's.
        return "".join(self.text_box(depth) if piece == "BOX" else piece for piece in pieces)

    def listed(self, depth: int, style: str, level: int = 1) -> str:
        items = []
        for _ in range(self.rng.randint(1, 4)):
            if style == "L3":
                self.content.seen("Question")  # the list's own words, shown before the item
            inner = self.paragraph(depth)
            if level < 4 and self.rng.random() < 0.3:
                inner += self.listed(depth, style, level + 1)
            items.append(f"<text:list-item>{inner}</text:list-item>")
        name = f' text:style-name="{style}"' if level == 1 else ""
        return f"<text:list{name}>{''.join(items)}</text:list>"

    def table(self, depth: int) -> str:
        columns = self.rng.randint(1, 4)
        rows = []
        for row in range(self.rng.randint(1, 4)):
            cells = []
            for column in range(columns):
                if column and self.rng.random() < 0.1:
                    cells.append("<table:covered-table-cell/>")
                    continue
                paragraphs = "".join(self.paragraph(depth + 2)
                                     for _ in range(self.rng.randint(1, 2)))
                cells.append(f'<table:table-cell office:value-type="string">{paragraphs}'
                             "</table:table-cell>")
            row_xml = f"<table:table-row>{''.join(cells)}</table:table-row>"
            if row == 0 and self.rng.random() < 0.5:
                row_xml = f"<table:table-header-rows>{row_xml}</table:table-header-rows>"
            rows.append(row_xml)
        return (f'<table:table table:name="T{self.rng.randrange(99)}"><table:table-column '
                f'table:number-columns-repeated="{columns}"/>{"".join(rows)}</table:table>')

    def inline(self, depth: int) -> str:
        rng, content = self.rng, self.content
        kind = rng.randrange(16)
        if kind <= 4:
            return xml(content.say()) + " "
        if kind == 5:
            style = rng.choice(("T1", "T2", "T4"))
            return f'<text:span text:style-name="{style}">{xml(content.say())}</text:span> '
        if kind == 6:
            return f'<text:span text:style-name="T3">{content.secret("span")}</text:span>'
        if kind == 7:
            return (f'<text:a xlink:type="simple" xlink:href="https://x.org/{rng.randrange(99)}">'
                    f"{xml(content.say())}</text:a>")
        if kind == 8:
            return (f"{xml(content.say(1, 2))}<text:s text:c=\"3\"/>{xml(content.say(1, 2))}"
                    f"<text:tab/>{xml(content.say(1, 2))}<text:line-break/>"
                    f"{xml(content.say(1, 2))}<text:soft-page-break/>")
        if kind == 9:  # a footnote: its citation and body are not the paragraph's text
            return (f'{xml(content.say())}<text:note text:id="ftn{rng.randrange(999)}" '
                    'text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                    f"<text:note-body><text:p>Note {rng.randrange(99)}</text:p></text:note-body>"
                    "</text:note>")
        if kind == 10:
            return (f"<office:annotation><dc:creator>Relecteur</dc:creator><dc:date>2026-12-06"
                    f"</dc:date><text:p>Remarque</text:p></office:annotation>{xml(content.say())}")
        if kind == 11:  # tracked changes: an insertion shown, a deletion not
            number = len(self.regions)
            secret = content.secret("deleted")
            self.regions += [
                f'<text:changed-region text:id="ct{number}"><text:deletion><office:change-info>'
                f"<dc:creator>A</dc:creator><dc:date>2026-12-06T08:00:00</dc:date>"
                f"</office:change-info><text:p>{secret}</text:p></text:deletion>"
                "</text:changed-region>",
                f'<text:changed-region text:id="ct{number}i"><text:insertion><office:change-info>'
                "<dc:creator>A</dc:creator><dc:date>2026-12-06T08:00:00</dc:date>"
                "</office:change-info></text:insertion></text:changed-region>"]
            return (f'<text:change text:change-id="ct{number}"/><text:change-start '
                    f'text:change-id="ct{number}i"/>{xml(content.say())}<text:change-end '
                    f'text:change-id="ct{number}i"/>')
        if kind == 12:  # fields show their value; an invisible variable shows nothing
            return (f'<text:date text:date-value="2026-12-06">{xml(content.say(1, 3))}</text:date>'
                    f" <text:author-name>{xml(content.say(1, 2))}</text:author-name> "
                    '<text:page-number text:select-page="current">3</text:page-number>'
                    f'<text:variable-set text:name="v" office:value-type="string" '
                    f'text:display="none">{content.secret("variable")}</text:variable-set>')
        if kind == 13:
            base, above = content.say(1, 1), content.say(1, 1)
            return (f"<text:ruby><text:ruby-base>{xml(base)}</text:ruby-base><text:ruby-text>"
                    f"{xml(above)}</text:ruby-text></text:ruby>")
        if kind == 14:
            return (f'<text:hidden-text text:condition="ooow:1" text:string-value="x" '
                    f'text:is-hidden="true">{content.secret("hiddentext")}</text:hidden-text>'
                    f'<text:bookmark text:name="b{rng.randrange(99)}"/>{xml(content.say())}')
        if depth >= 2:
            return xml(content.say())
        return self.frame(depth)

    def frame(self, depth: int) -> str:
        """A picture with its description, or a text box (read after its paragraph)."""
        if self.rng.random() < 0.5:
            return ('<draw:frame draw:name="Image1" text:anchor-type="as-char" svg:width="1cm" '
                    'svg:height="1cm"><draw:image xlink:href="Pictures/p.png"/><svg:desc>'
                    f"{xml(self.content.say(1, 3))}</svg:desc></draw:frame>")
        return "BOX"

    def text_box(self, depth: int) -> str:
        return ('<draw:frame draw:name="Cadre1" text:anchor-type="paragraph" svg:width="5cm">'
                f'<draw:text-box>{self.paragraph(depth + 1)}</draw:text-box></draw:frame>')
