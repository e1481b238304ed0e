"""The interface language: which one, and the translators that make Qt speak it.

The desktop's choice is read as gettext reads it (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG), so
the reader speaks the language the rest of the session does; a setting can force another one.
The app's own strings and Qt's standard texts (file dialog buttons, context menus) are loaded
together, so a window never mixes two languages.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ..resource_paths import translations_dir

INTERFACE_LANGUAGES = ("en", "fr", "de", "es")
# Each language in its own words, as a language menu shows them: a reader who cannot read the
# current interface still finds their own.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "de": "Deutsch", "es": "Español"}
DEFAULT_LANGUAGE = "en"
_IN_USE = [DEFAULT_LANGUAGE]  # the language last installed (``install_translators``)
# The settings key the Preferences dialog writes: a code from INTERFACE_LANGUAGES, or "" to
# follow the desktop.
LANGUAGE_SETTING = "interface/language"


def desktop_language(environ: Mapping[str, str] | None = None) -> str:
    """The first interface language the desktop asks for, else English."""
    environ = os.environ if environ is None else environ
    locale = next(
        (environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), ""
    )
    # gettext ignores LANGUAGE when the locale is "C": the user asked for untranslated output.
    if _language_code(locale) in ("c", "posix"):
        return DEFAULT_LANGUAGE
    wanted = [*environ.get("LANGUAGE", "").split(":"), locale]
    return next(
        (code for code in map(_language_code, wanted) if code in INTERFACE_LANGUAGES),
        DEFAULT_LANGUAGE,
    )


def interface_language(choice: str | None, environ: Mapping[str, str] | None = None) -> str:
    """``choice`` is the setting: a supported code wins, anything else follows the desktop."""
    if choice in INTERFACE_LANGUAGES:
        return choice
    return desktop_language(environ)


def language_choices(environ: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(setting value, label) for a language menu: following the desktop first, then each
    language by its own name."""
    # Imported when a menu lists the languages (Preferences), as reader.messages imports it.
    from .interface import interface_language_automatic

    automatic = interface_language_automatic(LANGUAGE_NAMES[desktop_language(environ)])
    return [("", automatic), *((code, LANGUAGE_NAMES[code]) for code in INTERFACE_LANGUAGES)]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the app's and Qt's translations for ``language``.

    Returns what was installed, for ``remove_translators`` when the user picks another language
    (English needs none). The translators are children of ``app``, so they live as long as it.
    """
    catalogues = [
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
        ("qtmultimedia", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
        ("reader", translations_dir()),
    ]
    _IN_USE[0] = language
    installed = []
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def interface_language_in_use() -> str:
    """The language the interface speaks: its words in a label (the outline's "Question 3:")
    break at its syllables, the document's words at the document's."""
    return _IN_USE[0]


def remove_translators(app: QCoreApplication, translators: Iterable[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def translate_terminal(environ: Mapping[str, str] | None = None) -> QCoreApplication:
    """A terminal command's application, speaking the desktop's language.

    Qt installs translators only once an application exists; a QCoreApplication needs no
    display, and the commands that play sound reuse it. An application that already exists
    (a test's, an embedding program's) keeps the translations its owner chose.
    """
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    app = QCoreApplication(["reader"])
    install_translators(app, desktop_language(environ))
    return app


def _language_code(locale: str) -> str:
    """"fr_FR.UTF-8@euro" -> "fr"."""
    return locale.split(".")[0].split("@")[0].split("_")[0].split("-")[0].strip().lower()
