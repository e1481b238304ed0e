"""The interface language's setting, for the Preferences dialog. (See ``reader.messages``.)"""

from __future__ import annotations

from .translate import tr


def interface_language_label() -> str:
    return tr("Interface &language:")


def interface_language_automatic(language_name: str) -> str:
    """The choice that follows the desktop; ``language_name`` is what it gives today."""
    return tr("The desktop's language ({language})").format(language=language_name)


def interface_language_next_start() -> str:
    return tr("The reader speaks the new language from its next start.")


def messages_language() -> str:
    """The language the messages are in now, as the installed translation itself says: the
    voice chosen to say them always matches their words."""
    return tr("en", "The code of this translation's language (fr, de, es): the app speaks its "
              "messages with a voice of that language.")
