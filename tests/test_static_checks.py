"""The project's lint and type configurations (pyproject.toml) pass on the code they cover."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *arguments], cwd=ROOT, capture_output=True, text=True
    )


def test_ruff_finds_nothing():
    result = _run("ruff", "check", "reader", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing():
    result = _run("mypy", "reader", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr
