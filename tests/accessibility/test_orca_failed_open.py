"""What Orca says when the app cannot open the file it was given: the error banner takes the
focus, and Orca must say the error once, with its kind (reader.ui.shell.message_banner).

Same needs and skips as test_orca.py (Orca allows one instance per user)."""

from __future__ import annotations

import sys
import time

import pytest

from reader import messages
from reader.app import APP_NAME
from reader.document.loading import LoadError, LoadProblem
from tests.accessibility.desktop import SYSTEM_PYTHON, DesktopSession, missing_tools, wait_for
from tests.accessibility.orca import Orca, orca_installed, other_orca_running
from tests.accessibility.test_atspi_tree import ROOT, WALKER

pytestmark = [
    pytest.mark.skipif(bool(missing_tools()),
                       reason=f"the Orca test needs: {' '.join(missing_tools())}"),
    pytest.mark.skipif(not orca_installed(),
                       reason="Orca is not installed (Debian package orca; scripts/test installs "
                              "it as root or with password-less sudo)"),
]


def test_orca_says_the_error_once_with_its_kind(tmp_path):
    if wait_for(lambda: not other_orca_running(), 30, 0.5) is None:
        pytest.skip("another Orca is running for this user: Orca allows one per user")
    missing = tmp_path / "absent.txt"
    error = messages.load_error(LoadError(LoadProblem.NOT_FOUND, str(missing)))
    expected = f"{messages.message_spoken(messages.message_kind_error(), error)} label."
    desktop = DesktopSession().start()
    screen_reader = None
    try:
        app = desktop.spawn([sys.executable, "-m", "reader", str(missing)], "app.log", cwd=ROOT)
        found = desktop.run([SYSTEM_PYTHON, WALKER, APP_NAME, "--timeout", "30",
                             "--max-children", "0"], timeout=90)
        assert found.returncode == 0, found.stderr
        assert wait_for(lambda: desktop.activate(messages.app_display_name()), 10)
        screen_reader = Orca(desktop)
        said = screen_reader.wait_to_say(lambda u: u == expected, 30)
        assert expected in said, said
        time.sleep(1)  # anything said after it counts too
        said = screen_reader.utterances()
        assert sum(error in u for u in said) == 1, said  # once: not the panel, then the label
        app.terminate()
    finally:
        if screen_reader is not None:
            screen_reader.stop()
        desktop.stop()
