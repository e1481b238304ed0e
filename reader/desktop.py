"""``reader --install-desktop`` / ``--uninstall-desktop``: the desktop entry, icons and
metainfo in the user's own data folder (``$XDG_DATA_HOME``, usually ``~/.local/share``), so the
app shows in the menu and in a file manager's "Open with" without root.

The file types come from the entry's MimeType line; ``update-desktop-database`` (when the
desktop has it) refreshes the cache file managers read. The user's default applications are
never changed.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from . import messages
from .resource_paths import APP_ID, desktop_entry, icons_dir, metainfo

ICON_NAME = "accessible-reader"
# The high-contrast icon goes to the theme desktops switch to in high-contrast mode.
ICON_THEMES = {"hicolor": ICON_NAME, "HighContrast": f"{ICON_NAME}-high-contrast"}


def data_home(environ: dict[str, str] | None = None) -> Path:
    environ = dict(os.environ) if environ is None else environ
    return Path(environ.get("XDG_DATA_HOME") or Path(environ.get("HOME", "~")) / ".local/share")


def installed_files(home: Path) -> dict[Path, Path]:
    """Each file the desktop install writes, with the resource it comes from."""
    files = {
        home / "applications" / f"{APP_ID}.desktop": desktop_entry(),
        home / "metainfo" / f"{APP_ID}.metainfo.xml": metainfo(),
    }
    for theme, icon in ICON_THEMES.items():
        files[home / "icons" / theme / "scalable" / "apps" / f"{APP_ID}.svg"] = (
            icons_dir() / f"{icon}.svg"
        )
        for png in sorted(icons_dir().glob(f"*/{icon}.png")):
            files[home / "icons" / theme / png.parent.name / "apps" / f"{APP_ID}.png"] = png
    return files


def launcher_command() -> str:
    """How the desktop starts this installation: the ``reader`` beside this Python (a pipx or
    virtualenv install, often not on the desktop session's PATH), else through this Python."""
    beside = Path(sys.executable).with_name("reader")
    if beside.is_file():
        return shlex.quote(str(beside))
    return f"{shlex.quote(sys.executable)} -m reader"


def install_desktop(home: Path, command: str) -> list[Path]:
    written = []
    for target, source in installed_files(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".desktop":
            target.write_text(_with_command(source.read_text(encoding="utf-8"), command),
                              encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    _refresh_caches(home)
    return written


def uninstall_desktop(home: Path) -> list[Path]:
    removed = []
    for target in installed_files(home):
        if target.exists():
            target.unlink()
            removed.append(target)
    _refresh_caches(home)
    return removed


def desktop_command(flag: str) -> int:
    home = data_home()
    if flag == "--install-desktop":
        install_desktop(home, launcher_command())
        print(messages.desktop_installed(str(home)))
    elif uninstall_desktop(home):
        print(messages.desktop_uninstalled(str(home)))
    else:
        print(messages.desktop_not_installed(str(home)))
    return 0


def _with_command(entry: str, command: str) -> str:
    lines = []
    for line in entry.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={command} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={shlex.split(command)[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _refresh_caches(home: Path) -> None:
    """Best effort: without these tools the desktop rescans by itself, only later."""
    for tool, folder in (("update-desktop-database", home / "applications"),
                         ("gtk-update-icon-cache", home / "icons" / "hicolor")):
        if shutil.which(tool) and folder.is_dir():
            args = [tool, "-q", str(folder)] if tool.startswith("update") else [
                tool, "-q", "-t", "-f", str(folder)]
            subprocess.run(args, check=False, capture_output=True)
