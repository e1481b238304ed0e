"""The Orca screen reader, headless, against the app: what Orca says, read from its debug log.

Orca logs every utterance ("SPEECH OUTPUT: '…'") even with no speech synthesizer; speech-
dispatcher is pointed at a socket nobody listens on, so nothing is heard and nothing waits for
sound. Orca writes its debug log through a block-buffered file, so the last utterances would
sit in its buffer for as long as it runs; given a pseudo-terminal instead, Python buffers the
file by line (``open`` line-buffers a tty), and a thread here collects the lines as they come.
Orca allows one instance per user on a machine: ``other_orca_running`` lets the test
skip rather than replace someone's screen reader. The project's tests set all of this up
themselves.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.accessibility.desktop import DesktopSession, missing_tools, wait_for

_UTTERANCE = re.compile(r"SPEECH OUTPUT: '(.*?)'(?: voice=\w+)? ?\{", re.S)


def orca_installed() -> bool:
    return shutil.which("orca") is not None


def other_orca_running() -> bool:
    result = subprocess.run(["pgrep", "-u", str(os.getuid()), "-x", "orca"],
                            capture_output=True, text=True)
    return bool(result.stdout.strip())


# What every test of the real Orca needs: ``pytestmark = NEEDS_ORCA``.
NEEDS_ORCA = [
    pytest.mark.skipif(bool(missing_tools()),
                       reason=f"the Orca test needs: {' '.join(missing_tools())}"),
    pytest.mark.skipif(not orca_installed(),
                       reason="Orca is not installed (Debian package orca; scripts/test installs "
                              "it as root or with password-less sudo)"),
]


def skip_unless_alone() -> None:
    """Skip the test when another Orca runs for this user (Orca allows one per user; the test
    must not replace someone's screen reader): waited for up to 30 s first."""
    if wait_for(lambda: not other_orca_running(), 30, 0.5) is None:
        pytest.skip("another Orca is running for this user: Orca allows one per user")


class Orca:
    def __init__(self, desktop: DesktopSession) -> None:
        self.desktop = desktop
        folder = desktop.dir / "orca"
        (folder / "prefs").mkdir(parents=True)
        self._log = bytearray()
        self._lock = threading.Lock()
        self._master, self._slave = os.openpty()
        attributes = termios.tcgetattr(self._slave)
        attributes[1] &= ~termios.OPOST  # lines as written: no "\r" added
        termios.tcsetattr(self._slave, termios.TCSANOW, attributes)
        threading.Thread(target=self._collect, name="orca-log", daemon=True).start()
        desktop.env["SPEECHD_ADDRESS"] = f"unix_socket:{folder / 'no-speechd.sock'}"
        self.process = desktop.spawn(["orca", "-u", str(folder / "prefs"),
                                      "--debug-file", os.ttyname(self._slave)], "orca.log")
        self._mark = 0

    def _collect(self) -> None:
        while True:
            try:
                data = os.read(self._master, 65536)
            except OSError:
                return
            if not data:
                return
            with self._lock:
                self._log += data

    def text(self) -> str:
        with self._lock:
            return self._log.decode("utf-8", errors="replace")

    def utterances(self) -> list[str]:
        """Everything Orca said since the last ``mark()``."""
        return _UTTERANCE.findall(self.text()[self._mark:])

    def mark(self) -> None:
        self._mark = len(self.text())

    def wait_to_say(self, predicate, timeout: float = 10) -> list[str]:
        """Wait until Orca has said something ``predicate`` accepts; returns what it said."""
        wait_for(lambda: any(predicate(u) for u in self.utterances()), timeout, 0.2)
        return self.utterances()

    def wait_quiet(self, quiet: float = 1.5, timeout: float = 60) -> None:
        """Wait until Orca has said nothing new for ``quiet`` seconds: its echo of typed keys
        runs some 0.2 s a character behind the keys, more on a loaded machine, and a key
        pressed before it ends is heard, and acted on, only after it."""
        said, since = len(self.utterances()), time.monotonic()

        def silent() -> bool:
            nonlocal said, since
            now = len(self.utterances())
            if now != said:
                said, since = now, time.monotonic()
            return time.monotonic() - since >= quiet

        wait_for(silent, timeout, 0.2)

    def logged(self) -> str:
        """Orca's whole log since the last ``mark()``: the events it received, spoken or not
        (a label's new name, a button becoming sensitive…)."""
        return self.text()[self._mark:]

    def wait_to_log(self, fragment: str, timeout: float = 10) -> bool:
        """Wait until Orca has received an event whose log line holds ``fragment``."""
        return bool(wait_for(lambda: fragment in self.logged(), timeout, 0.2))

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        for fd in (self._slave, self._master):
            with contextlib.suppress(OSError):
                os.close(fd)


_ROOT = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def orca_then_reader(*arguments: str) -> Iterator[Orca]:
    """Orca started first, as its users have it, then the reader (``python -m reader
    *arguments``) given the focus, as a click would (a window manager may leave a new window
    unfocused); what Orca says is marked from the reader's start. All stopped after."""
    from reader import messages

    desktop = DesktopSession().start()
    screen_reader = app = None
    try:
        screen_reader = Orca(desktop)
        assert screen_reader.wait_to_log("About to launch Orca", 60), "Orca did not start"
        time.sleep(2)  # Orca's own start-up settles
        screen_reader.mark()
        app = desktop.spawn([sys.executable, "-m", "reader", *arguments], "app.log", cwd=_ROOT)
        assert wait_for(lambda: desktop.activate(messages.app_display_name()), 60, 0.2)
        yield screen_reader
    finally:
        if app is not None:
            app.terminate()
        if screen_reader is not None:
            screen_reader.stop()
        desktop.stop()
