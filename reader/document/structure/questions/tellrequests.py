"""Requests an interviewer puts in a question's place: "Tell us about yourself.", "Describe
your typical day.", "Cuéntanos …". They end with a period, so no rule reading "?" sees them;
what marks them is a verb telling the guest to tell us, at the line's start."""

from __future__ import annotations

import re

from ..text.textcues import addresses_someone

_MARKS = "-–—•* \t"

# Told to speak to us (or of themselves), with no "you" in it: "Tell us about yourself.",
# "Walk me through a day.", "Cuéntanos …", "Raconte-nous …", "Erzähl uns …".
_TELL_US = re.compile(
    r"(?i:(?:please[ \t,]+)?(?:tell|walk|take|talk|give|show|remind)[ \t]+(?:us|me)\b|"
    r"(?:share|describe|explain)[ \t]+(?:with|for|to)[ \t]+(?:us|me)\b|"
    r".{0,80}\byoursel(?:f|ves)\b|"
    r"cu[ée]nt(?:a|e)(?:nos|me)\b|h[áa]bl(?:a|e)(?:nos|me)\b|"
    r"(?:raconte|parle|présente)z?-(?:nous|moi|toi|vous)\b|"
    r"erzähl(?:en[ \t]+Sie)?[ \t]+(?:uns|mir)\b|raccont(?:a|i)(?:ci|mi)\b|parla(?:ci|mi)\b|"
    r"(?:conte|fale)-(?:nos|me)\b|vertel[ \t]+(?:eens[ \t]+)?(?:ons|me|iets)\b|"
    # The verb told, its pronoun left out or a particle between ("Erzählt doch bitte mal etwas
    # über …", "Расскажите о себе", "Opowiedz nam", "Proszę opowiedzieć", "Conte um pouco"):
    # the imperative alone tells the guest to speak.
    r"erzähl(?:t|en[ \t]+Sie)?(?:[ \t]+(?:doch|mal|bitte|einmal|kurz|noch))+[ \t]+"
    r"(?:uns|mir|etwas|was|von|über)\b|"
    r"расскаж(?:и|ите)\b|опиш(?:и|ите)\b|"
    r"opowiedz(?:cie)?\b|proszę[ \t]+(?:opowiedzieć|powiedzieć|przybliżyć|opisać)\b|"
    r"řekněte[ \t]+(?:nám|mi)\b|povězte\b|"
    r"(?:conte|fale)[ \t]+(?:um[ \t]+pouco|mais)\b|ci[ \t]+raccont[ia]\b)"
)

# "Describe your typical day.", "Explain your method.": a task set with "your"; without it
# ("Describe the water cycle.") a worksheet's.
_TELL_VERB = re.compile(r"(?i:(?:please[ \t,]+)?(?:describe|explain|share|introduce))\b")


def asks_to_be_told(text: str) -> bool:
    """Whether a line opens with a request to tell us, which speaks to someone though it
    names no one."""
    return _TELL_US.match(text.lstrip(_MARKS)) is not None


def requests_of_someone(text: str) -> bool:
    """Whether a line speaks to someone: an address form, or a request to tell us."""
    return addresses_someone(text) or asks_to_be_told(text)


def tells_the_guest(text: str) -> bool:
    """Whether a line is a request to the guest: told to tell us, or told to describe,
    explain or share something of theirs ("Describe your typical day.")."""
    bare = text.lstrip(_MARKS)
    return asks_to_be_told(bare) or (
        _TELL_VERB.match(bare) is not None and addresses_someone(bare)
    )


_REQUEST_WORDS = 12


def request_line(line: str) -> bool:
    """Whether a line is a short request to the guest in a question's place ("Tell us a little
    bit about your life.", "Describe your writing routine:"): twelve words at most, one
    period or a colon at its end."""
    line = line.strip()
    return (
        line.endswith((".", ":"))
        and line.count(".") <= 1
        and len(line.split()) <= _REQUEST_WORDS
        and tells_the_guest(line)
    )
