"""A Spanish question and its answer in one paragraph, the answer in the guest's first person:
"Leo en una biografía suya que …, ¿no le parecen bastantes …? En realidad estoy divorciado …",
"¿Qué es para usted escribir? Escribir me permite vivir …", as a blog reprinting a newspaper's
interview runs each exchange into one paragraph. The opening "¿" says where the question
starts, its "?" where it ends; the first person ("estoy", "me", "mi") tells the guest's answer
from an article answering its own rhetorical question ("¿Quedan desprotegidos? La respuesta,
muy resumida, es que no.")."""

from __future__ import annotations

import re

from ...model import Block
from ..text.capitals import CAPITALS
from ..text.textcues import speaks_of_self

# The paragraph's first sentence asking (once or twice) in "¿…?", then the answer after a space,
# opening with a capital or a quotation mark.
_ASKED_FIRST = re.compile(
    r"[^.!?¿\u2028]{0,300}¿[^?¿\u2028]{2,300}\?[»”\"]?(?:[ \t]¿[^?¿\u2028]{1,300}\?[»”\"]?)*"
    rf"(?=[ \t][«“\"]?[{CAPITALS}])"
)
_MIN_WORDS = 4  # an answer says something: "Sí." alone is a line of dialogue
_MIN_IN_FIRST_PERSON = 2


def self_answer_cuts(blocks: list[Block], prose: list[int]) -> dict[int, int]:
    """Where the answer opens in paragraphs that ask in "¿…?" and answer after it, asking
    nothing more; when two such answers or more speak in the first person, every such
    paragraph of the text is cut, the others being the same interview's ("¿Y el cine? Del
    cine hay que aprenderlo todo."); otherwise none is."""
    cuts: dict[int, int] = {}
    selves = 0
    for index in [i for i in prose if "¿" in blocks[i].text]:
        text = blocks[index].text
        found = _ASKED_FIRST.match(text)
        if found is None:
            continue
        answer = text[found.end() :]
        if "?" in answer or len(answer.split()) < _MIN_WORDS:
            continue
        cuts[index] = found.end()  # the space before the answer becomes the break
        selves += speaks_of_self(answer)
    return cuts if selves >= _MIN_IN_FIRST_PERSON else {}
