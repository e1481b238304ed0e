"""Dialogs built once and kept, so that a screen reader speaks them at once.

Building a dialog sends a screen reader an event for every list filled and value set (60 to
160 for the larger dialogs). Orca queues them, and past about 50 queued events it prunes the
whole queue again after each one it takes: it said a freshly built dialog 2 to 3 s after its
key, and a kept one within half a second. A kept dialog is shown again with only the values
that changed.

Only Preferences is built ahead, when a screen reader listens (``reader.app``): building
Speech settings and Export audio at the same moment gave Orca some 300 events at once, and it
lost the keys pressed meanwhile (N said nothing). Their first opening is still slow.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def forget_native_window_when_closed(dialog: QDialog) -> None:
    """Closed, only the dialog's native window goes: a hidden window would still be listed
    among the app's windows to a screen reader. Its widgets stay, built."""
    dialog.finished.connect(lambda _result: dialog.destroy())
