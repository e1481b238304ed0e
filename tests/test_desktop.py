"""The desktop entry, icons and metainfo: valid for the desktop's own tools, and installed into
and removed from the user's data folder without root."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.desktop import data_home, install_desktop, installed_files, uninstall_desktop
from reader.resource_paths import APP_ID, desktop_entry, icons_dir, metainfo

PROJECT = Path(__file__).resolve().parent.parent
MIME_TYPES = {
    "text/plain", "text/markdown", "text/html", "application/xhtml+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text", "application/epub+zip", "application/pdf",
}


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/setup.sh installs it for the tests)")
    return path


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive: Name[fr]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_validates():
    result = subprocess.run([_tool("desktop-file-validate"), str(desktop_entry())],
                            capture_output=True, text=True)
    problems = [line for line in result.stdout.splitlines() if ": hint:" not in line]
    assert result.returncode == 0 and not problems, result.stdout


def test_the_desktop_entry_opens_every_readable_type_and_speaks_french():
    entry = _entry(desktop_entry())
    assert set(filter(None, entry["MimeType"].split(";"))) == MIME_TYPES
    assert {"Office", "Viewer", "Accessibility"} <= set(entry["Categories"].split(";"))
    assert entry["Name[fr]"] == "Lecteur accessible"
    assert "hors ligne" in entry["Comment[fr]"]
    assert entry["Icon"] == APP_ID


def test_the_metainfo_validates():
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(metainfo())],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("icon", ["accessible-reader", "accessible-reader-high-contrast"])
def test_every_icon_size_exists(icon):
    assert (icons_dir() / f"{icon}.svg").is_file()
    for size in (16, 22, 24, 32, 48, 64, 128, 256):
        image = QImage(str(icons_dir() / f"{size}x{size}" / f"{icon}.png"))
        assert (image.width(), image.height()) == (size, size)


def test_the_16_pixel_icon_is_legible():
    """At 16 px the page's lines must be solid pixels, not a grey blur: strong contrast
    between a line and the page around it."""
    image = QImage(str(icons_dir() / "16x16" / "accessible-reader.png"))
    page, line = image.pixelColor(5, 6), image.pixelColor(5, 7)
    assert page.lightness() > 240 and line.lightness() < 110


def test_install_and_uninstall_in_a_new_home(tmp_path):
    home = data_home({"HOME": str(tmp_path)})
    assert home == tmp_path / ".local" / "share"
    written = install_desktop(home, "/opt/my reader/bin/reader")
    assert set(written) == set(installed_files(home))
    entry = _entry(home / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == "/opt/my reader/bin/reader %f"
    assert (home / "icons" / "hicolor" / "16x16" / "apps" / f"{APP_ID}.png").is_file()
    assert (home / "icons" / "HighContrast" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    assert set(uninstall_desktop(home)) == set(written)
    assert not any(path.is_file() and APP_ID in path.name for path in home.rglob("*"))
    assert uninstall_desktop(home) == []


def test_the_command_uses_xdg_data_home(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data"),
               LANG="fr_FR.UTF-8")
    run = [sys.executable, "-m", "reader"]
    installed = subprocess.run([*run, "--install-desktop"], cwd=PROJECT, env=env,
                               capture_output=True, text=True, timeout=120)
    assert installed.returncode == 0, installed.stderr
    assert "menu des applications" in installed.stdout
    assert (tmp_path / "data" / "applications" / f"{APP_ID}.desktop").is_file()
    removed = subprocess.run([*run, "--uninstall-desktop"], cwd=PROJECT, env=env,
                             capture_output=True, text=True, timeout=120)
    assert removed.returncode == 0 and "retiré" in removed.stdout
    assert not (tmp_path / "data" / "applications" / f"{APP_ID}.desktop").exists()
    assert not (tmp_path / "home").exists()


def test_every_screenshot_the_metainfo_lists_is_in_the_project():
    import xml.etree.ElementTree as ET

    images = [image.text.rsplit("/", 1)[-1]
              for image in ET.parse(metainfo()).getroot().iter("image")]
    assert images
    for name in images:
        assert (PROJECT / "resources" / "screenshots" / name).is_file(), name
