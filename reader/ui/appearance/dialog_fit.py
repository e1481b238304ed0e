"""Dialogs at any text size: whole labels, within the screen, the focused control in view.

Menus and dialogs take the reader's font (reader.ui.appearance.appearance_controller), so at
large sizes a dialog grows past the screen: its labels were cut ("set:" for "Preset:") and the
field being changed slid out of sight. ``fit_dialog`` puts a dialog's content in a scroll area
that follows the focus (``FocusInView``), lets its labels wrap, keeps its lists of choices from
widening it to their longest entry, and sizes it to its content within the screen, again
whenever its font changes (``FitToFont``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

SCREEN_SHARE = 0.9  # of the screen's free area, at most: the dialog's edges stay in sight
LARGE_PIXELS = 24  # 18 pt on a 96 dpi screen: from here labels go above their fields
CHOICE_CHARACTERS = 16  # a list of choices is this wide, whatever its longest entry


class FocusInView(QObject):
    """Keeps the focused control of ``area`` in view: when focus moves to it, however it got
    there (Tab, a mnemonic, a click, the program), and when the content is laid out anew (a
    live change of the text size moves every control)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self._pending = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        content = area.widget()
        if content is not None:
            content.installEventFilter(self)
        area.viewport().installEventFilter(self)  # a scroll bar came or went

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._holds(new):
            self.show_focus()

    def _holds(self, widget: QWidget) -> bool:
        content = self._area.widget()
        return content is not None and content.isAncestorOf(widget)

    def show_focus(self) -> None:
        """Scroll so the focused control is whole on screen, with a line of context."""
        self._pending = False
        focused = QApplication.focusWidget()
        if focused is None or not self._holds(focused):
            return
        content = self._area.widget()
        if content is None:
            return
        # Not ensureWidgetVisible: for a list it shows the current row, not the list itself.
        rect = QRect(focused.mapTo(content, QPoint(0, 0)), focused.size())
        page = self._area.viewport().size()
        margin = QFontMetrics(focused.font()).height() // 2
        # Sideways, its beginning: the label on its left stays in view (it was cut to "set:").
        x, x_margin = rect.left(), margin
        y, y_margin = _target(rect.top(), rect.height(), page.height(), margin)
        self._area.ensureVisible(x, y, x_margin, y_margin)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._settle)  # once the layout has settled
        return False

    def _settle(self) -> None:
        content = self._area.widget()
        if content is not None:
            fit_label_heights(content)
        self.show_focus()


def fit_label_heights(content: QWidget) -> None:
    """A form gives a label the height of one line whether it wraps or not: each wrapped label
    asks for the height of its lines at the width it was given. Beside its field, it also asks
    for a little more width than it measures: given just that, Qt painted "Paragraph
    spacing:" on two lines where it had measured one, in one line's height, the second cut."""
    large = QFontInfo(content.font()).pixelSize() >= LARGE_PIXELS  # above its field
    for label in content.findChildren(QLabel):
        if label.wordWrap() and label.isVisibleTo(content):
            slack = 0 if large else QFontMetrics(label.font()).averageCharWidth()
            width = label.sizeHint().width() + slack if slack else 0
            if width != label.minimumWidth():
                label.setMinimumWidth(width)
            needed = label.heightForWidth(label.width())
            if needed > 0 and needed != label.minimumHeight():
                label.setMinimumHeight(needed)


def _target(start: int, length: int, page: int, margin: int) -> tuple[int, int]:
    """A point and margin for ``QScrollArea.ensureVisible``: the whole control with some
    context, or, for one longer than the page, its beginning."""
    if length + 2 * margin <= page:
        return start + length // 2, length // 2 + margin
    return start + page // 2, page // 2


def following_scroll_area(content: QWidget, parent: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that keeps the focused control in view."""
    area = QScrollArea(parent)
    area.setObjectName("dialog_scroll_area")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
    area.setWidget(content)
    FocusInView(area)
    return area


def fit_dialog(dialog: QDialog) -> QScrollArea | None:
    """Call at the end of a dialog's constructor, once its layout holds everything."""
    layout = dialog.layout()
    if layout is None:
        return None
    wrap_labels(dialog)
    narrow_choices(dialog)
    stack_form_rows(dialog)
    stack_buttons(dialog)
    chosen = dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) else None
    content = QWidget()
    content.setObjectName("dialog_content")
    content.setLayout(layout)  # Qt moves the layout and its widgets from the dialog
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    area = following_scroll_area(content, dialog)
    outer.addWidget(area)
    _resize_within_screen(dialog, content, chosen)
    FitToFont(dialog, content, chosen)
    return area


class FitToFont(QObject):
    """Fits ``dialog`` again to a new font: a dialog given the text's font when it is shown
    (Speech settings, Go to question) kept the size of the font it was built with, and
    opened too small, its lists cut and its form scrolling."""

    def __init__(self, dialog: QDialog, content: QWidget, chosen: QSize | None) -> None:
        super().__init__(dialog)
        self._dialog, self._content, self._chosen = dialog, content, chosen
        self._fitted_to = QFont(dialog.font())
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The dialog hears of its new font before its controls do: fitted as it is shown, or,
        # shown already, once the controls have it.
        if watched is self._dialog and event.type() == QEvent.Type.Show:
            self._fit()
        elif watched is self._dialog and event.type() == QEvent.Type.FontChange \
                and self._dialog.isVisible():
            QTimer.singleShot(0, self, self._fit)
        return False

    def _fit(self) -> None:
        if self._dialog.font() == self._fitted_to:
            return
        self._fitted_to = QFont(self._dialog.font())
        stack_form_rows(self._dialog)
        stack_buttons(self._dialog)
        _resize_within_screen(self._dialog, self._content, self._chosen)


def wrap_labels(dialog: QWidget) -> None:
    """Labels go onto more lines rather than being cut when the dialog is narrower than them."""
    for label in dialog.findChildren(QLabel):
        if label.pixmap().isNull():
            label.setWordWrap(True)


def stack_form_rows(dialog: QWidget) -> None:
    """In large type every field goes under its label: side by side, a wrapped label was
    squeezed into the field's height and the field pushed the form wider than the screen."""
    large = QFontInfo(dialog.font()).pixelSize() >= LARGE_PIXELS
    for form in dialog.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if large
                              else QFormLayout.RowWrapPolicy.WrapLongRows)


def stack_buttons(dialog: QWidget) -> bool:
    """A row of dialog buttons wider than the screen (OK, Cancel and Reset at 96 pt) becomes a
    column; True if even that is wider than the screen (the buttons must then scroll)."""
    room = (dialog.parentWidget() or dialog).screen().availableGeometry().width() \
        * SCREEN_SHARE - 40
    too_wide = False
    for box in dialog.findChildren(QDialogButtonBox):
        if box.sizeHint().width() > room:
            box.setOrientation(Qt.Orientation.Vertical)
            too_wide = too_wide or box.sizeHint().width() > room
    return too_wide


def narrow_choices(dialog: QWidget) -> None:
    """A list of choices as wide as ``CHOICE_CHARACTERS``, not as its longest entry (a long
    voice or font name at 96 pt made a dialog many screens wide)."""
    for combo in dialog.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(CHOICE_CHARACTERS)


def fit_to_screen(dialog: QWidget, content: QWidget) -> None:
    """As large as its content wants (or the size it was given, if larger), within the
    screen (the rest scrolls)."""
    chosen = dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) else None
    _resize_within_screen(dialog, content, chosen)


def _resize_within_screen(dialog: QWidget, content: QWidget, chosen: QSize | None) -> None:
    """As large as ``content`` wants, and at least ``chosen`` (a size the dialog gave
    itself), within the screen."""
    screen = (dialog.parentWidget() or dialog).screen().availableGeometry()
    wanted = content.sizeHint()
    spare = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 4
    width, height = wanted.width() + spare, wanted.height() + spare
    if chosen is not None:
        width, height = max(width, chosen.width()), max(height, chosen.height())
    dialog.resize(min(width, int(screen.width() * SCREEN_SHARE)),
                  min(height, int(screen.height() * SCREEN_SHARE)))
