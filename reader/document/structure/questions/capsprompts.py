"""A magazine's quick-fire questions set in capitals, each answered on its own line after one
space: "KAFFI EÐA TE? Kaffi. Svart og sterkt." / "HVAR LÆTURÐU KLIPPA ÞIG? Hjá vinkonu …" /
"FALLEGASTI STAÐUR Á LANDINU ER … Hornstrandir í júlí." (an Icelandic weekly's "Spurt og
svarað", its prompts in capitals, some left open for the guest to finish).

What says where each answer begins is the page's own type: the prompt in capitals, the answer
in ordinary case after it. ``inlineanswers`` reads questions run into their answers by words
(a top naming an interview, questions speaking to someone), which a language it does not list
leaves silent; here the case does it, in any language written with capitals. Three paragraphs
or more open so, two of their prompts at least asking ("?"), the others left open ("…");
a paragraph is cut at the space after its prompt (``gluedturns`` cuts it). A news story's
capitals ("WASHINGTON — …", "UPDATE: …") end with a dash or a colon and are no prompt.
"""

from __future__ import annotations

import re

from ...model import LINE_BREAK, Block

# A prompt: two characters or more with no lower-case letter (``caps_prompt_cuts`` checks the
# letters beyond ASCII), ending with "?", "…" or "...", then the gap before the answer, whose
# first word has a lower-case letter ("Kaffi.", "Hjá") or opens with a digit ("15 ára").
_PROMPT = re.compile(r"([^a-z\n]{2,120}?(\?|…|\.\.\.))(?P<gap>[ \t]+)(?=\S)")
_MIN_PROMPTS = 3
_MIN_ASKING = 2
_MIN_CAPITALS = 4  # letters in capitals in a prompt, at least ("TE?" alone is too little)


def caps_prompt_cuts(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    """Where the answer begins in each paragraph of ``prose`` (indices into ``blocks``) that
    opens with a prompt in capitals, when three or more do (see the module)."""
    opened: dict[int, tuple[int, bool]] = {}
    for index in prose:
        text = blocks[index].text
        if LINE_BREAK in text:
            continue
        match = _PROMPT.match(text)
        if match is None:
            continue
        prompt, word = match[1], text[match.end() :].split(maxsplit=1)[0]
        if (
            sum(1 for char in prompt if char.isupper()) < _MIN_CAPITALS
            or any(char.islower() for char in prompt)
            or not (word[:1].isdigit() or any(char.islower() for char in word))
        ):
            continue
        opened[index] = (match.start("gap"), match[2] == "?")
    asking = sum(1 for _, asks in opened.values() if asks)
    if len(opened) < _MIN_PROMPTS or asking < _MIN_ASKING:
        return {}
    return {index: [cut] for index, (cut, _) in opened.items()}
