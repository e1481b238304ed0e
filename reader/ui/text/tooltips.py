"""Tooltips that show the characters they are given.

Qt guesses whether a tooltip is rich text: a heading or a link's address written
``<img width=60000>`` would be drawn as a picture the size of the screen. Escaped, it is text.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tooltip(text: str) -> str:
    if not Qt.mightBeRichText(text):
        return text  # shown as it is already
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
