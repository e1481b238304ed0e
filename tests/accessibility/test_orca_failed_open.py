"""What Orca says when the app cannot open the file it was given: the error banner takes the
focus, and Orca must say the error once, with its kind (reader.ui.shell.message_banner).

Same needs and skips as test_orca.py (Orca allows one instance per user)."""

from __future__ import annotations

import sys
import time

from reader import messages
from reader.app import APP_NAME
from reader.document.loading import LoadError, LoadProblem
from tests.accessibility.desktop import SYSTEM_PYTHON, DesktopSession, wait_for
from tests.accessibility.orca import NEEDS_ORCA, Orca, skip_unless_alone
from tests.accessibility.test_atspi_tree import ROOT, WALKER

pytestmark = NEEDS_ORCA


def test_orca_says_the_error_once_with_its_kind(tmp_path):
    skip_unless_alone()
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
