"""A question set wholly inside two apostrophes on each side, as a typewriter's habit writes a
double quote: "1. ''ஒருவரை நம்புவது தவறா?''" (a Tamil blog quoting a weekly's readers, the
answer quoted so too). The marks are the page's way of quoting, none of the question's words,
as the corner brackets of a Japanese turn are not. A leaf module."""

from __future__ import annotations

_MARK = "''"


def without_typed_quotes(text: str) -> str:
    """``text`` without the two apostrophes around it when they enclose it whole."""
    if (len(text) > 2 * len(_MARK) and text.startswith(_MARK) and text.endswith(_MARK)
            and _MARK not in text[len(_MARK) : -len(_MARK)]):
        return text[len(_MARK) : -len(_MARK)].strip()
    return text
