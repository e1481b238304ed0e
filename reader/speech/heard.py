"""What the listener hears now, told once per change (step 4 of ``reader.speech.session``):
the sentence, the section it belongs to and the word."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from ..document.model import Document
from .engine import Synthesis, WordTiming
from .planning import Utterance

Range = tuple[int, int]


def word_heard_at(words: Sequence[WordTiming], ms: float) -> int:
    """The index of the word heard ``ms`` into the audio (words in audio order), -1 before
    the first one starts."""
    return bisect.bisect_right([timing.audio_ms for timing in words], ms) - 1


class HeardNow:
    def __init__(self, sentence_changed: Callable[[int, int], None],
                 section_reached: Callable[[int], None],
                 word_changed: Callable[[int, int], None]) -> None:
        self._sentence_changed = sentence_changed
        self._section_reached = section_reached
        self._word_changed = word_changed
        self._sentence: Range | None = None
        self._section = -1
        self._word: Range | None = None

    def forget_section(self) -> None:
        """Reading starts anew: its first section is told even if it is the last one told."""
        self._section = -1

    def forget_sentence(self) -> None:
        self._sentence = None

    def forget_word(self) -> None:
        self._word = None

    def sentence(self, utterance: Utterance, document: Document | None) -> None:
        sentence = (utterance.doc_start, utterance.doc_end)
        if sentence != self._sentence:
            self._sentence = sentence
            self._sentence_changed(*sentence)
        if document is not None and document.sections:
            section = document.section_index_at(utterance.doc_start)
            if section != self._section:
                self._section = section
                self._section_reached(section)

    def word(self, utterance: Utterance, synthesis: Synthesis, ms: float) -> float | None:
        """Tell the word heard at ``ms``; returns the ms until the next word begins, None
        after the last one."""
        words = synthesis.words
        index = word_heard_at(words, ms)
        if index >= 0 and not utterance.announcement:
            timing = words[index]
            word = utterance.document_range(timing.text_start, timing.text_end)
            if word != self._word:
                self._word = word
                self._word_changed(*word)
        return words[index + 1].audio_ms - ms if index + 1 < len(words) else None
