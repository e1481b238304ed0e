"""How the user wants to be read to: one value shared by the reading session, the settings
dialog and ``reader speak`` (no Qt here; ``reader.ui.speech.speech_settings`` stores it).

The voice is an engine voice id ("roa/fr") or "" for the document's language. Interviewer and
interviewee are read in *timbres* of that voice: an espeak-ng variant ("m3", "f3") appended as
"roa/fr+f3" makes a second, distinguishable voice of the same language; "" keeps the voice's own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not on the way to the first paint (planning pulls in segmentation)
    from ..document.model import Section
    from .engine import Voice
    from .planning import PlanOptions, Voices

# espeak-ng's variants that every espeak-ng-data since 1.49 ships (voices/!v): the timbres
# offered for the interviewer and the interviewee.
TIMBRES = ("m1", "m2", "m3", "m4", "m5", "m6", "m7", "f1", "f2", "f3", "f4", "f5")


@dataclass(frozen=True, slots=True)
class ReadingOptions:
    voice: str = ""  # "" follows the document's language
    interviewer_timbre: str = "m3"
    interviewee_timbre: str = "f3"
    rate_wpm: int = 175
    pitch: int = 50  # 0-100, 50 = the voice's own
    volume: int = 100  # percent
    sentence_pause_ms: int = 250
    paragraph_pause_ms: int = 600
    announce_questions: bool = True
    section_only: bool = False  # read the section where reading starts, then stop

    def voices(
        self, available: list[Voice], language: str, messages_language: str = ""
    ) -> Voices:
        """The voice of each role for a document in ``language``; the app's own words, in
        ``messages_language``, are said in a voice of that language when the reading voice
        does not speak it ("" or the same language: the reading voice says them)."""
        from .planning import Voices

        narrator = resolve_voice(self.voice, available, language)
        announcer = ""
        if messages_language and not speaks(narrator, available, messages_language):
            announcer = resolve_voice("", available, messages_language)
        return Voices(
            narrator,
            _with_timbre(narrator, self.interviewer_timbre),
            _with_timbre(narrator, self.interviewee_timbre),
            announcer,
        )

    def plan_options(self, announce_question: Callable[[Section], str]) -> PlanOptions:
        """What a plan of the whole document is made with: these pauses, and questions
        announced in the words of ``announce_question`` when the user wants them."""
        from .planning import PlanOptions, Scope

        return PlanOptions(
            scope=Scope.DOCUMENT,
            sentence_pause_ms=self.sentence_pause_ms,
            paragraph_pause_ms=self.paragraph_pause_ms,
            announce=announce_question if self.announce_questions else None,
        )


def resolve_voice(wanted: str, available: list[Voice], language: str) -> str:
    """``wanted`` if the engine has it, else the best voice for ``language``, else English,
    else the engine's first voice."""
    from .engine import voice_for_language

    ids = {v.id for v in available}
    if wanted and wanted.split("+")[0] in ids:
        return wanted
    voice = (voice_for_language(available, language) or voice_for_language(available, "en")
             or (available[0] if available else None))
    return voice.id if voice is not None else wanted


def speaks(voice_id: str, available: list[Voice], language: str) -> bool:
    """Whether the engine's voice ``voice_id`` (timbre or not) speaks ``language``."""
    primary = language.lower().replace("_", "-").split("-")[0]
    return any(code.split("-")[0] == primary
               for voice in available if voice.id == voice_id.split("+")[0]
               for code in voice.languages)


def _with_timbre(voice_id: str, timbre: str) -> str:
    if not timbre or timbre not in TIMBRES:
        return voice_id
    return f"{voice_id.split('+')[0]}+{timbre}"
