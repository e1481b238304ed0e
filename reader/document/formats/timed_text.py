"""Timed Text subtitles (TTML: ``.ttml``, ``.dfxp``, or ``.xml``): what broadcasters and
streaming services deliver (the BBC's, EBU-TT-D, Netflix's and Amazon's downloads, IMSC),
and what subtitle tools export beside SubRip.

The document is XML: ``<tt>`` in the TTML namespace (DFXP's older
``http://www.w3.org/2006/10/ttaf1`` too), its ``<head>`` with the title
(``ttm:title``), the styles (``<style xml:id="s1" tts:color="yellow"/>``) and the speakers
(``<ttm:agent>`` with a ``<ttm:name>``), its ``<body>`` with a ``<p>`` per subtitle, timed by
``begin``/``end`` (clock time "00:00:01.500" or "00:00:01:12" in frames, offsets "1.5s",
"1500ms", or ticks "15000000t" at the document's ``ttp:tickRate``), its lines parted by
``<br/>``. Who speaks is said by the subtitle's agent (``ttm:agent``), else by its colour (a
style's or the element's own ``tts:color``, as British and German broadcasters give each
speaker one), else by italics (``tts:fontStyle="italic"``: a voice off screen). The
subtitles are read as WebVTT's are (``transcripts``); the timings never are.

It is parsed through ``safety.parse_xml``: a file declaring entities is refused, nothing is
fetched.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .blocks import Extracted
from .captions import line_colours

if TYPE_CHECKING:
    from .transcripts import Cue

_NAMESPACES = ("http://www.w3.org/ns/ttml", "http://www.w3.org/2006/10/ttaf1",
               "http://www.w3.org/2006/04/ttaf1")
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CLOCK = re.compile(r"(\d+):(\d{2}):(\d{2})(?:\.(\d+)|:(\d+)(?:\.\d+)?)?$")
_OFFSET = re.compile(r"([\d.]+)(h|m|s|ms|f|t)$")
_FRAME_RATE = 25  # TTML's default is 30; European broadcasters' files, the most, use 25


def is_timed_text(text: str) -> bool:
    """Whether decoded text is a TTML document: its root ``<tt`` in one of TTML's
    namespaces, in the head."""
    head = text[:4096]
    return "<tt" in head and any(namespace in head for namespace in _NAMESPACES)


def read_timed_text(data: bytes, path: str) -> Extracted:
    """The document's subtitles as speech, under its title."""
    from .html_language import primary_language
    from .safety import parse_xml  # here: lxml only for the files that need it
    from .transcripts import spoken

    root = parse_xml(data, path)
    ticks = _number(_attribute(root, "tickRate"))
    ticks = ticks if 0 < ticks < float("inf") else 10_000_000  # TTML's default rate
    styles = {style.get(_XML_ID, ""): style for style in _all(root, "style")}
    agents = {agent.get(_XML_ID, ""): " ".join(
        next((_words(n) for n in _all(agent, "name")), "").split())
        for agent in _all(root, "agent")}
    title = next((" ".join(_words(t).split()) for t in _all(root, "title")), "")
    cues = []
    for paragraph in _all(root, "p"):
        cue = _cue(paragraph, styles, agents, ticks)
        if cue is not None:
            cues.append(cue)
    cues.sort(key=lambda cue: cue.start_ms)
    return spoken(cues, title, primary_language(root.get(_XML_LANG, "")))


def _cue(paragraph: Any, styles: dict[str, Any], agents: dict[str, str],
         ticks: float) -> Cue | None:
    """A ``<p>`` as a cue: its lines (at ``<br/>``), each coloured or set in italics as its
    text is, the agent's name as a voice span; None when it says nothing."""
    raw: list[str] = [""]
    _collect(paragraph, raw, _look(paragraph, styles, ("", False)), styles)
    lines = [line.strip() for line in raw]
    if not any(re.sub(r"<[^>]*>", "", line).strip() for line in lines):
        return None
    colours = line_colours(lines)
    plain = [" ".join(re.sub(r"<[^>]*>", "", line).split()) for line in lines]
    name = agents.get(_attribute(paragraph, "agent").split(" ")[0], "")
    if name:
        plain[0] = f"<v {name}>{plain[0]}"
    from .transcripts import Cue

    return Cue(_time(paragraph.get("begin", ""), ticks), _time(paragraph.get("end", ""), ticks),
               tuple(plain), colours)


def _collect(element: Any, raw: list[str], look: tuple[str, bool],
             styles: dict[str, Any]) -> None:
    """The element's words into ``raw``'s lines, marked as captions mark a colour or italics."""
    if element.text:
        raw[-1] += _marked(element.text, look)
    for child in element:
        name = _local(child)
        if name == "br":
            raw.append("")
        elif name == "span":
            _collect(child, raw, _look(child, styles, look), styles)
        if child.tail:
            raw[-1] += _marked(child.tail, look)


def _look(element: Any, styles: dict[str, Any], inherited: tuple[str, bool]
          ) -> tuple[str, bool]:
    """The element's colour and italics: its own attributes, else its styles', else its
    parent's."""
    colour, italic = inherited
    for source in [styles[s] for s in element.get("style", "").split() if s in styles] + [
            element]:
        colour = _attribute(source, "color") or colour
        style = _attribute(source, "fontStyle")
        italic = (style == "italic") if style else italic
    return colour, italic


def _marked(text: str, look: tuple[str, bool]) -> str:
    colour, italic = look
    text = text.replace("<", "‹")  # the words' own "<" is no tag
    if italic:
        text = f"<i>{text}</i>"
    return f'<font color="{colour}">{text}</font>' if colour else text


def _attribute(element: Any, name: str) -> str:
    """A TTML attribute whatever namespace prefix (tts:, ttm:, ttp:) the file gave it."""
    return next((value for key, value in element.attrib.items()
                 if key.rsplit("}", 1)[-1] == name), "")


def _all(root: Any, name: str) -> list[Any]:
    return [e for e in root.iter() if _local(e) == name]


def _local(element: Any) -> str:
    """The element's name without its namespace ("" for a comment)."""
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _words(element: Any) -> str:
    return "".join(element.itertext())


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def _time(text: str, ticks: float) -> int:
    """A TTML time expression in milliseconds (0 when it is none)."""
    text = text.strip()
    clock = _CLOCK.match(text)
    if clock:
        seconds = int(clock[1]) * 3600 + int(clock[2]) * 60 + int(clock[3])
        fraction = float(f"0.{clock[4]}") if clock[4] else (
            int(clock[5]) / _FRAME_RATE if clock[5] else 0.0)
        return int((seconds + fraction) * 1000)
    offset = _OFFSET.match(text)
    if offset is None:
        return 0
    value = _number(offset[1])
    scale = {"h": 3_600_000, "m": 60_000, "s": 1000, "ms": 1, "f": 1000 / _FRAME_RATE,
             "t": 1000 / ticks}[offset[2]]
    return int(value * scale)
