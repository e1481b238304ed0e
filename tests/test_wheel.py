"""An installed wheel, not only a checkout, finds its translations, icons and desktop files."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SEED = PROJECT / "seeds" / "interview-pedocriminalite.txt"


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(PROJECT)],
        capture_output=True, text=True, timeout=600,
    )
    if "No matching distribution found for setuptools" in build.stderr:
        pytest.skip("no package index to fetch the build backend (setuptools) from")
    assert build.returncode == 0, build.stderr
    (wheel,) = out.glob("accessible_reader-*.whl")
    site = out / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site


@pytest.mark.slow
def test_the_wheel_carries_the_resources(unpacked_wheel):
    resources = unpacked_wheel / "reader" / "resources"
    assert resources.is_dir() and not resources.is_symlink()
    for name in ("reader_fr.qm", "reader_de.qm", "reader_es.qm", "reader_en.qm"):
        assert (resources / "translations" / name).is_file()
    assert (resources / "io.github.accessiblereader.AccessibleReader.desktop").is_file()
    assert (resources / "io.github.accessiblereader.AccessibleReader.metainfo.xml").is_file()
    assert (resources / "icons" / "16x16" / "accessible-reader-high-contrast.png").is_file()


@pytest.mark.slow
def test_the_installed_code_speaks_french(unpacked_wheel, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    # The unpacked wheel comes first; the dependencies come from this environment.
    env.update(PYTHONPATH=str(unpacked_wheel), LANG="fr_FR.UTF-8", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "reader", "outline", str(SEED)],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Entretien, langue\u00a0: fr" in result.stdout
    where = subprocess.run([sys.executable, "-c", "import reader; print(reader.__file__)"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert where.stdout.startswith(str(unpacked_wheel))
