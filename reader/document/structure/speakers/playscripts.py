"""A play's script is no interview: its characters' lines ("MARGARET: Did you lock the
gate?" / "TOM: I always lock the gate.") are dialogue, not questions and answers.

A script says what it is in two ways a reader sees at once: a scene or an act numbered at
the start of a line ("SCENE 1. A kitchen.", "Act II", "Szene 3", "Scène 2", "Escena 1",
"Atto I") and either a stage direction standing alone in brackets ("(A knock at the door.)")
or a cast list's heading ("CHARACTERS", "Dramatis personae", "Personnages", "Personen",
"Personajes", "Personaggi"). One alone is not enough: an interview may talk about a scene,
or laugh in brackets.
"""

from __future__ import annotations

import re

from ...model import LINE_BREAK, Block

_NUMBER = r"(?:[IVXLC]+|\d{1,2})"
_SCENE = re.compile(
    rf"^(?i:act|scene|akt|szene|acte|scène|acto|escena|atto|scena|akte|scen)\s+{_NUMBER}"
    r"(?:$|[.:,–—-]|\s+[–—-]|\s*[.:]?\s+[A-ZÀ-Ý(])"
)  # a heading: "SCENE 1. A kitchen.", "Act II", "Scène 2 : Le salon"; not "Scene 1 was …"
_CAST = re.compile(
    r"^(?:characters|cast(?: of characters)?|dramatis personae|personnages|personen|"
    r"personajes|personaggi|personagens|postacie|personages|rollista|osoby)\s*:?$",
    re.IGNORECASE,
)
_DIRECTION = re.compile(r"^\([^()]{3,}\)\.?$")


def is_play_script(blocks: list[Block]) -> bool:
    """Whether ``blocks`` are a play's script: a numbered scene or act, and a stage direction
    alone in brackets or a cast list's heading."""
    lines = [
        line.strip()
        for block in blocks
        for line in block.text.replace("\n", LINE_BREAK).split(LINE_BREAK)
        if line.strip()
    ]
    if not any(_SCENE.match(line) for line in lines):
        return False
    return any(_DIRECTION.match(line) or _CAST.match(line) for line in lines)
