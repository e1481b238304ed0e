"""Play, Pause and Stop icons drawn in the theme's own text colour.

Qt's standard media icons are fixed black pictures: on the white-on-black and yellow-on-black
themes they vanish. Simple shapes in the button's text colour keep the contrast the theme
guarantees for text (≥ 7:1), and are redrawn whenever the palette changes. A disabled button
gets its icon in the palette's disabled colour: Qt's own greying of a white icon stayed almost
white on black, and a disabled Stop looked enabled.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF

_SIZE = 48  # drawn large, scaled down by Qt: crisp at any icon size or screen scale


class MediaIcon(Enum):
    PLAY = "play"
    PAUSE = "pause"
    STOP = "stop"


def media_icon(kind: MediaIcon, color: QColor, disabled: QColor | None = None) -> QIcon:
    icon = QIcon(_drawn(kind, color))
    if disabled is not None:
        icon.addPixmap(_drawn(kind, disabled), QIcon.Mode.Disabled)
    return icon


def _drawn(kind: MediaIcon, color: QColor) -> QPixmap:
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    unit = _SIZE / 12
    if kind is MediaIcon.PLAY:
        painter.drawPolygon(QPolygonF([QPointF(3 * unit, 2 * unit), QPointF(10 * unit, 6 * unit),
                                       QPointF(3 * unit, 10 * unit)]))
    elif kind is MediaIcon.PAUSE:
        painter.drawRect(QRectF(3 * unit, 2 * unit, 2.5 * unit, 8 * unit))
        painter.drawRect(QRectF(6.5 * unit, 2 * unit, 2.5 * unit, 8 * unit))
    else:
        painter.drawRect(QRectF(2.5 * unit, 2.5 * unit, 7 * unit, 7 * unit))
    painter.end()
    return pixmap
