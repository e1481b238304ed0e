"""A private headless desktop for the accessibility tests: Xvfb, a D-Bus session bus, the
AT-SPI accessibility bus and (if installed) a window manager.

In Python so that pytest can start it, hand its environment to the app and the AT-SPI
walker, and end exactly the processes it started (never by name). Qt exposes accessibility
over AT-SPI only on the xcb platform, so the app runs there with Qt's accessibility on.

Needs (Debian): xvfb dbus-x11 at-spi2-core, optionally openbox; ``missing_tools`` names what
is absent so a test can skip with that reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ATSPI_BUS_LAUNCHER_PATHS = (
    "/usr/libexec/at-spi-bus-launcher",
    "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    "/usr/lib/at-spi2/at-spi-bus-launcher",
)
SYSTEM_PYTHON = "/usr/bin/python3"


def atspi_bus_launcher() -> str | None:
    return next((p for p in ATSPI_BUS_LAUNCHER_PATHS if os.access(p, os.X_OK)), None)


def missing_tools() -> list[str]:
    """What this machine lacks for a desktop session with AT-SPI (Debian package names)."""
    missing = [package for command, package in
               (("Xvfb", "xvfb"), ("dbus-launch", "dbus-x11"), ("xdotool", "xdotool"))
               if shutil.which(command) is None]
    if atspi_bus_launcher() is None:
        missing.append("at-spi2-core")
    if not system_python_has("pyatspi"):
        missing.append("python3-pyatspi")
    return missing


def system_python_has(module: str) -> bool:
    """pyatspi is a Debian package for the system Python, not installable in the venv."""
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return False
    result = subprocess.run([SYSTEM_PYTHON, "-c", f"import {module}"], capture_output=True,
                            timeout=30)
    return result.returncode == 0


def wait_for(condition: Callable[[], object], timeout: float, interval: float = 0.1) -> object:
    """Poll ``condition`` until it returns something true, or None after ``timeout`` s."""
    end = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > end:
            return None
        time.sleep(interval)


class DesktopSession:
    """Start with ``start()``, end with ``stop()``; ``env`` is what child processes need."""

    def __init__(self, screen: str = "1280x800x24", window_manager: str = "openbox") -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="reader-desktop-"))
        self.screen = screen
        self.window_manager = window_manager
        self.env: dict[str, str] = {}
        self._processes: list[subprocess.Popen] = []

    def _spawn(self, args: list[str], log: str, **kwargs) -> subprocess.Popen:
        # The child keeps its own copy of the log's descriptor: ours can close at once.
        with open(self.dir / log, "wb") as log_file:
            process = subprocess.Popen(args, stdout=log_file, stderr=subprocess.STDOUT,
                                       env=self.env, start_new_session=True, **kwargs)
        self._processes.append(process)
        return process

    def start(self) -> DesktopSession:
        home, run = self.dir / "home", self.dir / "run"
        home.mkdir()
        run.mkdir(mode=0o700)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("DBUS_", "AT_SPI", "QT_", "WAYLAND"))}
        env.update(HOME=str(home), XDG_RUNTIME_DIR=str(run),
                   XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
                   XDG_CACHE_HOME=str(home / ".cache"), NO_AT_BRIDGE="0")
        self.env = env
        # -displayfd: Xvfb picks a free display and writes its number to the pipe.
        read_end, write_end = os.pipe()
        self._spawn(["Xvfb", "-displayfd", str(write_end), "-screen", "0", self.screen,
                     "-nolisten", "tcp"], "xvfb.log", pass_fds=(write_end,))
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            display = pipe.readline().strip()
        if not display:
            self.stop()
            raise RuntimeError(f"Xvfb did not start: {(self.dir / 'xvfb.log').read_text()}")
        env["DISPLAY"] = f":{display}"
        bus = subprocess.run(["dbus-launch", "--sh-syntax"], env=env, capture_output=True,
                             text=True, timeout=20, check=True).stdout
        for line in bus.splitlines():
            if "=" in line and line.startswith("DBUS_SESSION_BUS_"):
                name, value = line.split("=", 1)
                env[name] = value.split(";")[0].strip("'")
        self._bus_pid = int(env.get("DBUS_SESSION_BUS_PID", "0"))
        if self.window_manager and shutil.which(self.window_manager):
            # Focus and window activation behave as on a real desktop only with a WM.
            self._spawn([self.window_manager], "wm.log")
        self._spawn([atspi_bus_launcher(), "--launch-immediately"], "atspi.log")
        if not wait_for(lambda: self._dbus("--print-reply", "/org/a11y/bus",
                                           "org.a11y.Bus.GetAddress"), 10):
            self.stop()
            raise RuntimeError("the AT-SPI bus did not start")
        self._dbus("/org/a11y/bus", "org.freedesktop.DBus.Properties.Set",
                   "string:org.a11y.Status", "string:IsEnabled", "variant:boolean:true")
        env.update(QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1",
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        return self

    def start_audio(self) -> bool:
        """A private PulseAudio server with a null sink, so the app can play (Debian:
        pulseaudio). False if it cannot start here."""
        if shutil.which("pulseaudio") is None:
            return False
        self._spawn(["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
                     "--load=module-native-protocol-unix",
                     "--load=module-null-sink sink_name=reader_test",
                     "--load=module-always-sink"], "pulse.log")
        socket = Path(self.env["XDG_RUNTIME_DIR"]) / "pulse" / "native"
        if not wait_for(socket.exists, 10):
            return False
        self.env["PULSE_SERVER"] = f"unix:{socket}"
        return True

    def _dbus(self, *args: str) -> bool:
        command = ["dbus-send", "--session", "--dest=org.a11y.Bus", *args]
        return subprocess.run(command, env=self.env, capture_output=True,
                              timeout=10).returncode == 0

    def spawn(self, args: list[str], log: str, **kwargs) -> subprocess.Popen:
        """A process on this desktop, ended by ``stop()`` if still running."""
        return self._spawn(args, log, **kwargs)

    def run(self, args: list[str], timeout: float = 30) -> subprocess.CompletedProcess:
        return subprocess.run(args, env=self.env, capture_output=True, text=True,
                              timeout=timeout)

    def activate(self, title: str) -> bool:
        """Give the keyboard focus to the visible window whose title contains ``title``, as
        a click would (a window manager may leave a new window unfocused)."""
        found = self.run(["xdotool", "search", "--onlyvisible", "--name", title]).stdout.split()
        if not found:
            return False
        self.run(["xdotool", "windowactivate", "--sync", found[0]], timeout=10)
        self.run(["xdotool", "windowfocus", "--sync", found[0]], timeout=10)
        return True

    def key(self, *keys: str) -> None:
        """Press keys (xdotool names: "ctrl+t", "F1", "Escape") in the focused window."""
        self.run(["xdotool", "key", "--delay", "60", *keys])

    def stop(self) -> None:
        # Each process leads its own group (start_new_session): the group holds what it
        # started in turn (the AT-SPI bus launcher's bus and registry), and nothing else.
        for process in reversed(self._processes):
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        for process in reversed(self._processes):
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        self._processes = []
        if getattr(self, "_bus_pid", 0):
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._bus_pid, signal.SIGTERM)
            self._bus_pid = 0
        shutil.rmtree(self.dir, ignore_errors=True)
