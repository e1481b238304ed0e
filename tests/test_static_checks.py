"""The project's lint and type configurations (pyproject.toml) pass on the code they cover."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *arguments], cwd=ROOT, capture_output=True, text=True
    )


# Both run from the start of the session, beside the other tests (tests/ahead.py): they only
# read the code, which no test changes.
@pytest.mark.ahead(_run, "ruff", "check", "reader", "tests", "benchmarks")
def test_ruff_finds_nothing(computed_ahead):
    result = computed_ahead
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.ahead(_run, "mypy", "reader", "benchmarks")
def test_mypy_finds_nothing(computed_ahead):
    result = computed_ahead
    assert result.returncode == 0, result.stdout + result.stderr
