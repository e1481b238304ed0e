"""A page that puts its questions to the reader: "read the question, try to answer it, then
look at the explanation" — a quiz of admission or trivia questions, each followed by the
explanation of what the examiners look for, is no interview, though its "?" paragraphs stand
over longer prose as an interview's do."""

from __future__ import annotations

import re

from ..text.cues import Cues
from ..text.textcues import Ending

# The reader told to answer, or to test themselves, in the imperative: "try to answer", "test
# yourself", "skús na ňu odpovedať", "vyskúšaj si", "versuche zu antworten", "testen Sie sich",
# "essayez de répondre", "testez-vous", "intenta responder", "ponte a prueba", "prova a
# rispondere", "tente responder", "spróbuj odpowiedzieć", "sprawdź się", "zkus odpovědět".
_INVITES = re.compile(
    r"(?i)\b(?:"
    r"try to answer|test yourself|see if you can answer|"
    r"versuch(?:e|en Sie)? (?:\w+ )?zu (?:be)?antworten|test(?:e dich|en Sie sich) selbst|"
    r"essa(?:yez|ie) d[e'’] ?y? ?répondre|testez-vous|teste-toi|"
    r"intent(?:a|e) (?:\w+ )?responder(?:la|las)?|ponte a prueba|"
    r"prova a rispondere|mettiti alla prova|tente responder|teste-se|"
    r"spróbuj (?:\w+ )?odpowiedzieć|sprawdź się|"
    r"sk[uú]s(?:te)? (?:\w+ \w+ )?odpoveda[tť]|vysk[uú]šaj(?:te)? si|"
    r"zkus(?:te)? (?:\w+ )?odpovědět|"
    # A worksheet's instruction: "contesta en tu cuaderno", "answer the following questions".
    r"contesta(?:d)? (?:en tu cuaderno|(?:a )?las (?:siguientes )?preguntas)|"
    r"responde(?:d)? (?:a )?las (?:siguientes )?preguntas|answer the (?:following )?questions|"
    r"r[ée]pond(?:s|ez) aux (?:questions|consignes)|beantworte(?:t)? die (?:folgenden )?fragen|"
    r"rispondi(?:te)? alle (?:seguenti )?domande|responda (?:[àa]s )?(?:seguintes )?perguntas"
    r")\b"
)
_SCAN = 2000  # the title and the introduction: the invitation stands above the questions


def invites_reader(cues: Cues) -> bool:
    """Whether the title or the text above the first "?" paragraph tells the reader to answer
    the questions themselves."""
    ends = cues.ends
    first = next((k for k, end in enumerate(ends) if end is Ending.QUESTION), None)
    if first is None:
        return False
    above = [block.text for block in cues.blocks[: cues.lo + first]]
    return _INVITES.search("\n".join(above)[-_SCAN:]) is not None
