"""How the sentence and the word read aloud are marked in the text view: a tint of the highlight
colour over the sentence (the text keeps its own colour and, at 30 %, its contrast), the word in
the highlight colours; or dotted and plain underlines ("underline")."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QTextCharFormat

_SENTENCE_TINT = 0.30  # how much of the highlight colour tints the sentence's background


def sentence_format(style: str, palette: QPalette) -> QTextCharFormat:
    char_format = QTextCharFormat()
    if style == "underline":
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        char_format.setUnderlineColor(palette.color(QPalette.ColorRole.Highlight))
    else:
        base = palette.color(QPalette.ColorRole.Base)
        mark = palette.color(QPalette.ColorRole.Highlight)
        char_format.setBackground(_mix(base, mark, _SENTENCE_TINT))
    return char_format


def word_format(style: str, palette: QPalette) -> QTextCharFormat:
    char_format = QTextCharFormat()
    if style == "underline":
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        char_format.setUnderlineColor(palette.color(QPalette.ColorRole.Text))
    else:
        char_format.setBackground(palette.color(QPalette.ColorRole.Highlight))
        char_format.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
    return char_format


def _mix(base: QColor, mark: QColor, amount: float) -> QColor:
    return QColor(*(round(b + (m - b) * amount) for b, m in (
        (base.red(), mark.red()), (base.green(), mark.green()), (base.blue(), mark.blue()))))
