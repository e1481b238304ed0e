"""Where a jump's target goes on screen: its line whole near the top, with a line or two of the
text before it above, so that it is not glued to the window's edge and the reader sees where
they arrived from. Whole lines only: nothing is cut in half at the top edge.

At very large type a line of context can cost half the view: then one line, or only the blank
space above the target (a heading's or question's own space), never the target itself pushed
low or cut.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

SECOND_LINE_SHARE = 0.4  # the second line of context only while the target stays this high
# Room kept above and below the word read aloud before the view scrolls to follow it.
_CONTEXT_ABOVE_PX = 24


def scroll_to_show(view: QTextEdit, cursor: QTextCursor, *, context_lines: int) -> None:
    """Scroll (the caret does not move) so that ``cursor``'s line is shown with up to
    ``context_lines`` whole lines above it."""
    target_rect = view.cursorRect(cursor)
    target = top = target_rect.top()
    height = view.viewport().height()
    # One line above, unless that leaves no room for the target and the line after it; a
    # second one while the target stays in the upper part of the view.
    limits = (height - 2 * target_rect.height(), height * SECOND_LINE_SHARE)
    above = QTextCursor(cursor)
    for limit in limits[:context_lines]:
        if not above.movePosition(QTextCursor.MoveOperation.Up):
            break
        line = view.cursorRect(above)
        if target - line.top() > limit:
            if top == target:  # no room for a line: the blank space above the target
                top = target - max(0, min(target - line.bottom() - 1, round(limit)))
            break
        top = line.top()
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + top)


def keep_in_sight(view: QTextEdit, cursor: QTextCursor) -> None:
    """Scroll (never move the caret) so that ``cursor``'s selection is in sight, with some text
    after it: when it leaves the view, it is brought to a third of the height."""
    top = view.cursorRect(cursor).top()
    cursor = QTextCursor(cursor)
    cursor.setPosition(cursor.selectionEnd())
    bottom = view.cursorRect(cursor).bottom()
    height = view.viewport().height()
    if top >= _CONTEXT_ABOVE_PX and bottom <= height - _CONTEXT_ABOVE_PX:
        return
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + top - height // 3)
