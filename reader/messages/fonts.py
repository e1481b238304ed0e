"""Scripts no installed font can show (reader.ui.opening.missing_fonts).
(See ``reader.messages``.)"""

from __future__ import annotations

from .translate import tr

# The names of writing systems, as they fit the sentence about a missing font; built when
# asked, so that tr() sees the language chosen at that moment.
_SCRIPT_NAMES = {
    "han": lambda: tr("Chinese characters"),
    "kana": lambda: tr("Japanese characters"),  # kana, and the Chinese ones it uses too
    "hangul": lambda: tr("Korean Hangul"),
    "arabic": lambda: tr("Arabic script"),
    "hebrew": lambda: tr("Hebrew script"),
    "devanagari": lambda: tr("Devanagari script"),
    "bengali": lambda: tr("Bengali script"),
    "tamil": lambda: tr("Tamil script"),
    "thai": lambda: tr("Thai script"),
    "greek": lambda: tr("Greek letters"),
    "cyrillic": lambda: tr("Cyrillic letters"),
    "georgian": lambda: tr("Georgian letters"),
    "armenian": lambda: tr("Armenian letters"),
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
