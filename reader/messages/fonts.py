"""Scripts no installed font can show (reader.ui.opening.missing_fonts). (See ``reader.messages``.)"""

from __future__ import annotations

from .translate import tr

_SCRIPT = "The name of a writing system, as it fits the sentence about a missing font"

# Built when asked, so that tr() sees the language chosen at that moment.
_SCRIPT_NAMES = {
    "han": lambda: tr("Chinese characters", _SCRIPT),
    "kana": lambda: tr("Japanese kana", _SCRIPT),
    "hangul": lambda: tr("Korean Hangul", _SCRIPT),
    "arabic": lambda: tr("Arabic script", _SCRIPT),
    "hebrew": lambda: tr("Hebrew script", _SCRIPT),
    "devanagari": lambda: tr("Devanagari script", _SCRIPT),
    "bengali": lambda: tr("Bengali script", _SCRIPT),
    "tamil": lambda: tr("Tamil script", _SCRIPT),
    "thai": lambda: tr("Thai script", _SCRIPT),
    "greek": lambda: tr("Greek letters", _SCRIPT),
    "cyrillic": lambda: tr("Cyrillic letters", _SCRIPT),
    "georgian": lambda: tr("Georgian letters", _SCRIPT),
    "armenian": lambda: tr("Armenian letters", _SCRIPT),
}

# The Debian and Ubuntu package that has a font for each script.
_CJK_SCRIPTS = frozenset({"han", "kana", "hangul"})


def script_name(script: str) -> str:
    """The name of ``script`` (a key of reader.document.scripts.SCRIPTS)."""
    return _SCRIPT_NAMES[script]()


def font_package(script: str) -> str:
    return "fonts-noto-cjk" if script in _CJK_SCRIPTS else "fonts-noto-core"


def missing_font(script: str, platform: str) -> str:
    """A note after opening: part of the document cannot be shown, and what to do. On Linux
    (``platform`` as ``sys.platform``) it names the package to install."""
    if platform.startswith("linux"):
        return tr(
            "Part of this document is written in {script}, which no font on this computer can "
            "show: those characters appear as empty boxes. Install a font for them (on Debian "
            "or Ubuntu: the package {package}) and open the document again. Reading aloud is "
            "not affected."
        ).format(script=script_name(script), package=font_package(script))
    return tr(
        "Part of this document is written in {script}, which no font on this computer can "
        "show: those characters appear as empty boxes. Install a font for them in your "
        "system's settings and open the document again. Reading aloud is not affected."
    ).format(script=script_name(script))
