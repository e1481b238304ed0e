"""Random content for the file generators, and what a made file promises a reader: every
visible character in reading order, and the words it must never show."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from .text import random_unicode

WORDS = ("la", "police", "enquête", "Zoé", "Straße", "año", "œuvre", "日本", "東京", "😀",
         "c'est", "l'été", "Qui", "pourquoi", "réseau", "Привет", "мир", "a_b", "x*y", "ok",
         "Ελλάδα", "שלום", "مرحبا", "Ça", "naïve", "fjörður", "Łódź", "👍🏽", "1999", "n°3")
SECRET_LETTERS = "qxzjkvw"


@dataclass(frozen=True)
class Made:
    """A generated file: its bytes, its suffix, the text a reader must see (every visible
    letter, in reading order), and words that must never be shown."""

    data: bytes
    suffix: str
    shown: str
    hidden: tuple[str, ...] = ()

    def __str__(self) -> str:  # how a failure shows its input
        return f"{self.suffix} file of {len(self.data):,} bytes: {self.shown[:200]!r}"


@dataclass
class Content:
    """What a file generator writes, in reading order: ``say`` returns visible words (and
    remembers them), ``secret`` a word that must not be shown."""

    rng: random.Random
    shown: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)

    def say(self, low: int = 1, high: int = 8) -> str:
        words = [self._word() for _ in range(self.rng.randint(low, high))]
        text = " ".join(words)
        self.shown.append(text)
        return text

    def secret(self, kind: str) -> str:
        """A word of its own (never one a ``say`` makes): "Secretdelqxzjk"."""
        word = f"Secret{kind}" + "".join(self.rng.choice(SECRET_LETTERS) for _ in range(6))
        self.hidden.append(word)
        return word

    def seen(self, text: str) -> str:
        """Text a generator writes itself (a list's words), shown where it stands."""
        self.shown.append(text)
        return text

    def made(self, data: bytes, suffix: str) -> Made:
        return Made(data, suffix, " ".join(self.shown), tuple(self.hidden))

    def _word(self) -> str:
        if self.rng.random() < 0.08:
            return xml_safe(random_unicode(self.rng)).strip() or "mot"
        return self.rng.choice(WORDS)


def xml_safe(text: str) -> str:
    """``text`` without what XML 1.0 cannot hold (control characters, lone surrogates,
    U+FFFE/U+FFFF) nor the characters a reader removes as invisible; ligatures are fine."""
    return "".join(c for c in text if (c in "\t\n" or c >= " ") and not (
        "\x7f" <= c <= "\x9f" or c in "\ufffe\uffff\u00ad\ufeff"
        or unicodedata.category(c) in ("Cs", "Co", "Cn")))


def xml(text: str) -> str:
    """Escaped for an XML text node or a double-quoted attribute."""
    return escape(text, {'"': "&quot;"})
