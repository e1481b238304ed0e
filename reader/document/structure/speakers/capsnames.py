"""A publication's name in capitals before its questions, with neither colon nor dash
("KIJK Grappig dat …" / "KIJK Geloven jullie …?"), as magazines print their turns. The same
form opens a paragraph with an acronym ("NASA Scientists said …"): the name is a speaker only
where the text also writes it as a name, in small letters after its capital ("sprak Claes
uitgebreid met Kijk"), which an acronym never is."""

from __future__ import annotations

import re

from ..text.capitals import CAPITALS
from ..text.textcues import Prefix

# The label as ``textcues`` reads it: one word in capitals, then a capitalised word.
_BARE_CAPS = re.compile(rf"([{CAPITALS}]{{3,}})[ \t]+(?=[{CAPITALS}][a-zà-öø-ÿ])")


def drop_acronyms(
    prefixes: list[Prefix], speakers: list[str], cuts: list[int], texts: list[str]
) -> None:
    """Unname the turns opened by a bare word in capitals the text never writes as a name."""
    bare = [
        k for k, prefix in enumerate(prefixes)
        if prefix is Prefix.SPEAKER and (match := _BARE_CAPS.match(texts[k])) is not None
        and match.end() == cuts[k]
    ]
    written: dict[str, bool] = {}
    for k in bare:
        name = speakers[k]
        if name not in written:
            as_name = re.compile(rf"\b{re.escape(name.capitalize())}\b")
            written[name] = any(as_name.search(text) for text in texts)
        if not written[name]:
            prefixes[k], speakers[k], cuts[k] = Prefix.NONE, "", 0
