"""A rubric's name, or a question, printed again and glued to the paragraph under it.

A blog's series puts its rubric's name over each post and again as the first words of the
post's box; copied, the two run together with no space ("Cinco à quinta" / "Cinco à
quintaQue tipo de leitura prefere? Sou …"): the first question then reads as opening with the
rubric's name, and is no question at all. Where a paragraph opens with the whole text of an
earlier short paragraph, its last letter a small one right against a capital (or an opening
"¿", "¡", "«", "“"), the paragraph is cut after the name (``gluedturns`` cuts it; the name
stays the first piece). A capital after a capital ("Partie I" / "Partie II") is no glue.

A page's template may print a question twice, the second time glued to its answer's label
("PREGUNTA.- ¿Por qué …?" / "PREGUNTA.- ¿Por qué …?RESPUESTA.- Llegó …"): the paragraph that
opens with the whole question above it is cut after the copy, which the question's heading
then reads once (``qa.text_of``).
"""

from __future__ import annotations

from ...model import Block

_MAX_NAME = 60  # characters of a rubric's name, a headline's at most
_MIN_NAME = 8
_OPENERS = "¿¡«“"
_LOOKBACK = 12  # blocks above: the rubric's name is printed near the top


def repeated_name_cuts(blocks: list[Block], prose: list[int]) -> dict[int, int]:
    """Where the rubric's name ends in a paragraph that opens with it glued (the offset of its
    last letter: the cut keeps it in the piece before)."""
    cuts: dict[int, int] = {}
    names = {
        i: text
        for i, block in enumerate(blocks[:_LOOKBACK])
        if _MIN_NAME <= len(text := block.text.strip()) <= _MAX_NAME and text[-1].islower()
    }
    if not names:
        return cuts
    for index in prose:
        text = blocks[index].text
        for i, name in names.items():
            if i >= index or not text.startswith(name) or len(text) <= len(name):
                continue
            after = text[len(name)]
            if after.isupper() or after in _OPENERS:
                cuts[index] = len(name) - 1
                break
    return cuts


_MIN_REPEAT = 12  # characters of a question printed again: not a word or two


def repeated_question_cuts(blocks: list[Block], prose: list[int]) -> dict[int, int]:
    """Where the copy of the question right above ends (its last character) in a paragraph
    that opens with it, the rest glued to it."""
    cuts: dict[int, int] = {}
    for index in prose:
        above = blocks[index - 1].text.rstrip() if index > 0 else ""
        text = blocks[index].text
        if len(above) < _MIN_REPEAT or not above.endswith(("?", "？", "؟")):
            continue
        # Glued, no space between: an answer may well echo its question first ("Why the
        # river? Because …"), with a space.
        if text.startswith(above) and len(text) > len(above) and text[len(above)].isalpha():
            cuts[index] = len(above) - 1
    return cuts
