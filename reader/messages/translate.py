"""The one translation call every message goes through.

The context is empty because that is where ``pyside6-lupdate`` files a ``tr()`` called outside
a class, and the lookup must use the context the ``.ts`` files were extracted into (a test
checks that every extracted message lands there). Qt's own strings all have a class context,
so they never meet ours.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = ""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate marks a message as plural only when ``n`` is passed as the third positional
    # argument: ``tr("%n line(s)", None, count)``.
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)
