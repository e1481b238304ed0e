"""Pictures a Markdown file carries in itself: Google Docs' Markdown download (File >
Download > Markdown) writes each picture as ``![][image1]`` where it stands and its bytes at
the file's end as a reference definition, ``[image1]: <data:image/png;base64,iVBOR…>`` —
kilobytes of base64 that no one reads, and a bracketed name in place of the picture.

Reference definitions otherwise stay in the text as written (``markdown.make_parser``: a
link's address is seen and heard). Only a definition whose address is a ``data:`` URI (the
picture itself, never an address to fetch) is blanked, with the image references that name
it: an image with no alt text stands as nothing, one with alt text as its alt text, as the
reader shows any other image. Each is replaced by spaces of its own length, so that every
line and offset of the source stays where it was.
"""

from __future__ import annotations

import re

# "[image1]: <data:image/png;base64,…>" on a line of its own (up to three spaces before it,
# as CommonMark allows a definition)
_DATA_DEFINITION = re.compile(r"^ {0,3}\[([^\]\n]{1,200})\]:[ \t]*<?data:[^\s>]*>?[ \t]*$",
                              re.MULTILINE)
_IMAGE_REFERENCE = re.compile(r"!\[([^\]\n]*)\]\[([^\]\n]{1,200})\]")


def embedded_images_blanked(source: str) -> str:
    """``source`` with its embedded pictures' definitions and references blanked."""
    if "data:" not in source:
        return source
    labels = {match[1].strip().casefold() for match in _DATA_DEFINITION.finditer(source)}
    if not labels:
        return source

    def image(match: re.Match[str]) -> str:
        if match[2].strip().casefold() not in labels:
            return match[0]  # "![map][1]" naming an address: as written
        alt, padding = match[1].strip(), " " * (len(match[0]) - len(match[1].strip()))
        line_start = source.rfind("\n", 0, match.start()) + 1
        if source[line_start:match.start()].strip():
            return padding + alt  # inside a line: no trailing spaces, no line break
        return alt + padding  # opening its line: no four spaces before it (a code block)

    source = _DATA_DEFINITION.sub(lambda match: " " * len(match[0]), source)
    return _IMAGE_REFERENCE.sub(image, source)
