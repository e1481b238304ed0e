"""EPUB 2 and 3 books as Sigil, calibre and InDesign write them: several chapters in the spine
(one out of the reading order, ``linear="no"``, read last), a nav document (sometimes in the
spine itself) or an NCX, footnotes and their references, page-break markers, headings, lists,
quotations, tables, pictures with alt text, hidden text, scripts and styles, HTML entities
that are not XML (the chapter is then read as HTML)."""

from __future__ import annotations

import io
import random
import zipfile

from .content import Content, Made, xml

_XHTML = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/'
          '1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="fr"><head><title>'
          '{title}</title><link rel="stylesheet" href="style.css" type="text/css"/>'
          '<script>var s = "{script}";</script><style>p {{ margin: 0 }}</style></head>'
          '<body>{body}</body></html>')


def make_epub(rng: random.Random) -> Made:
    content = Content(rng)
    version = rng.choice(("2", "3"))
    chapters: list[tuple[str, str, bool, str]] = []  # (file, XHTML, linear, script)
    later: list[Content] = []  # the non-linear chapters' words, read after the others
    for number in range(1, rng.randint(2, 6)):
        linear = number == 1 or rng.random() < 0.85
        words = content if linear else Content(rng)
        script = words.secret("script")  # a script's text is never read
        body = _Chapter(rng, words).body()
        chapters.append((f"Text/ch{number}.xhtml", body, linear, script))
        if not linear:
            later.append(words)
    for words in later:
        content.shown += words.shown
        content.hidden += words.hidden
    return content.made(_package(rng, version, chapters), ".epub")


class _Chapter:
    def __init__(self, rng: random.Random, content: Content) -> None:
        self.rng, self.content = rng, content
        self.visible = 0  # characters shown so far: hidden text is only a small part of them

    def say(self, low: int = 1, high: int = 8) -> str:
        text = self.content.say(low, high)
        self.visible += len(text)
        return xml(text)

    def body(self) -> str:
        parts = []
        if self.rng.random() < 0.7:
            level = self.rng.randint(1, 2)
            parts.append(f"<h{level}>{self.say(1, 4)}</h{level}>")
        parts += [self.block() for _ in range(self.rng.randint(1, 10))]
        return "\n".join(parts)

    def block(self) -> str:
        rng = self.rng
        kind = rng.randrange(11)
        if kind <= 3:
            return f"<p>{self.inline()}</p>"
        if kind == 4:
            level = rng.randint(2, 4)
            return f"<h{level}>{self.say(1, 5)}</h{level}>"
        if kind == 5:
            tag = rng.choice(("ul", "ol"))
            return f"<{tag}>" + "".join(f"<li>{self.inline()}</li>"
                                        for _ in range(rng.randint(1, 4))) + f"</{tag}>"
        if kind == 6:
            return f"<blockquote><p>{self.inline()}</p></blockquote>"
        if kind == 7:
            cells = rng.randint(1, 3)
            rows = "".join("<tr>" + "".join(f"<td>{self.say(1, 3)}</td>" for _ in range(cells))
                           + "</tr>" for _ in range(rng.randint(1, 3)))
            return f"<table>{rows}</table>"
        if kind == 8:  # a footnote, where calibre and InDesign put it: after its paragraph
            number = rng.randrange(99)
            return (f'<p>{self.say()}<a epub:type="noteref" href="#n{number}" id="r{number}">'
                    f'<sup>{number}</sup></a> {self.say()}</p><aside epub:type="footnote" '
                    f'id="n{number}"><p><a href="#r{number}">{number}.</a> {self.say()}</p>'
                    "</aside>")
        if kind == 9:
            return (f'<div class="figure"><img src="../Images/p.png" alt="{self.say(1, 3)}"/>'
                    f"<p class=\"caption\">{self.say(1, 4)}</p></div>")
        return (f'<p>{self.say()}<span epub:type="pagebreak" id="page{rng.randrange(99)}" '
                f'title="{rng.randrange(99)}"/>{self.say()}<br/>{self.say(1, 3)}</p>')

    def inline(self) -> str:
        rng = self.rng
        pieces = []
        if self.visible > 80 and rng.random() < 0.3:  # hidden text, opening the paragraph
            style = rng.choice((' hidden="hidden"', ' style="display:none"',
                                ' style="color:red; visibility: hidden"'))
            pieces.append(f"<span{style}>{self.content.secret('hidden')}</span>")
        for _ in range(rng.randint(1, 5)):
            kind = rng.randrange(7)
            if kind <= 2:
                pieces.append(self.say())
            elif kind == 3:
                tag = rng.choice(("em", "strong", "i", "b", "code", "span", "small", "sup"))
                pieces.append(f"<{tag}>{self.say()}</{tag}>")
            elif kind == 4:
                pieces.append(f'<a href="ch1.xhtml#x{rng.randrange(9)}">{self.say(1, 3)}</a>')
            elif kind == 5:
                pieces.append(rng.choice(("&#160;", "&#x2014;", "&amp;", "&nbsp;", "&eacute;")))
            else:
                pieces.append(f"<ruby>{self.say(1, 1)}<rt>{self.say(1, 1)}</rt></ruby>")
        return " ".join(pieces)


def _package(rng: random.Random, version: str,
             chapters: list[tuple[str, str, bool, str]]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><container version="1.0" xmlns="urn:oasis:'
            'names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/'
            'content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'))
        items, refs, labels = [], [], []
        for number, (href, body, linear, script) in enumerate(chapters, 1):
            label = f"Chapitre {number}"
            archive.writestr(f"OEBPS/{href}", _XHTML.format(
                title=label, script=script, body=body))
            items.append(f'<item id="c{number}" href="{href}" media-type="application/xhtml+xml"/>')
            later = "" if linear else ' linear="no"'
            refs.append(f'<itemref idref="c{number}"{later}/>')
            labels.append((href, label))
        archive.writestr("OEBPS/Styles/style.css", "p { text-indent: 1em }")
        items.append('<item id="css" href="Styles/style.css" media-type="text/css"/>')
        items.append('<item id="img" href="Images/p.png" media-type="image/png"/>')
        toc = ""
        if version == "3":
            links = "".join(f'<li><a href="{href}">{xml(label)}</a></li>' for href, label in labels)
            archive.writestr("OEBPS/nav.xhtml", _XHTML.format(
                title="Sommaire", script="", body=f'<nav epub:type="toc" id="toc"><h1>Sommaire'
                f'</h1><ol>{links}</ol></nav><nav epub:type="landmarks" hidden=""><ol><li><a '
                f'epub:type="bodymatter" href="{labels[0][0]}">Début</a></li></ol></nav>'))
            items.append('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
                         'properties="nav"/>')
            if rng.random() < 0.3:  # some books read their table of contents first
                refs.insert(0, '<itemref idref="nav"/>')
        if version == "2" or rng.random() < 0.5:  # EPUB 3 books often keep an NCX too
            points = "".join(
                f'<navPoint id="p{n}" playOrder="{n}"><navLabel><text>{xml(label)}</text>'
                f'</navLabel><content src="{href}"/></navPoint>'
                for n, (href, label) in enumerate(labels, 1))
            archive.writestr("OEBPS/toc.ncx", (
                '<?xml version="1.0" encoding="UTF-8"?><ncx xmlns="http://www.daisy.org/z3986/'
                f'2005/ncx/" version="2005-1"><head/><docTitle><text>Livre</text></docTitle>'
                f"<navMap>{points}</navMap></ncx>"))
            items.append('<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>')
            toc = ' toc="ncx"'
        archive.writestr("OEBPS/content.opf", (
            f'<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
            f'version="{version}.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/'
            'elements/1.1/"><dc:title>Livre</dc:title><dc:language>fr</dc:language><dc:identifier '
            f'id="id">urn:uuid:{rng.randrange(10**9)}</dc:identifier></metadata><manifest>'
            f'{"".join(items)}</manifest><spine{toc}>{"".join(refs)}</spine></package>'))
    return stream.getvalue()
