"""Fifty documents opened in a row while a screen reader listens leave nothing behind.

With Qt's accessibility bridge active (as when Orca runs), Qt makes an accessible interface for
every object a screen reader hears of, and the app's accessibility factories are asked about
each (reader.ui.shell.unheard, reader.ui.text.accessible_text). The fifty opens of
tests/ui/test_documents_left.py run here on the tests' desktop, the window shown, while a
stand-in for Orca's event handling (``event_listener.py``: the events Orca listens to, and what
Orca asks of their sources) keeps the bridge busy; they must leave what they leave with the
bridge off: nothing a round, nothing in cycles (10 objects: what the test's own fixtures leave).
Measured with the real Orca over a hundred opens: the same (docs/testing.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.accessibility.desktop import SYSTEM_PYTHON, DesktopSession, missing_tools
from tests.ui.test_documents_left import ALONE, BRIDGE

ROOT = Path(__file__).resolve().parents[2]
LISTENER = str(Path(__file__).with_name("event_listener.py"))

pytestmark = pytest.mark.skipif(bool(missing_tools()),
                                reason=f"needs: {' '.join(missing_tools())}")


def test_fifty_documents_leave_nothing_while_a_screen_reader_listens():
    desktop = DesktopSession().start()
    try:
        listener = desktop.spawn([SYSTEM_PYTHON, LISTENER], "listener.log")
        opens = subprocess.run(
            # --no-qt-log: pytest-qt keeps a record of each of Qt's messages until the test
            # ends, and the bridge warns of every event about an object already gone (some 14
            # an open): those records, not the app, grew by 146 objects a round.
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--no-qt-log",
             "tests/ui/test_documents_left.py::"
             "test_fifty_documents_of_every_format_leave_nothing"],
            env={**desktop.env, ALONE: "1", BRIDGE: "1"}, cwd=ROOT, capture_output=True,
            text=True, timeout=900, check=False)
        listener.terminate()
        listener.wait(timeout=10)
        heard = (desktop.dir / "listener.log").read_text()
    finally:
        desktop.stop()
    assert opens.returncode == 0 and " passed" in opens.stdout, _failure(opens.stdout)
    events = int(heard.split()[-1])
    assert events > 100, heard  # the stand-in did hear the opens


def _failure(output: str) -> str:
    """The failure's own lines, without the bridge's warnings pytest-qt captured."""
    return "\n".join(line for line in output.splitlines()
                     if not line.lstrip().startswith(("Qt", "qt."))
                     and "QtWarningMsg" not in line and "QtInfoMsg" not in line)[-4000:]
