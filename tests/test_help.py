"""`reader --help` lists every command, one line each, as a user runs it (a separate process)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def reader(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def dispatched_commands() -> set[str]:
    """The commands reader/__main__.py answers: the help must not fall behind them."""
    source = (ROOT / "reader" / "__main__.py").read_text(encoding="utf-8")
    return set(re.findall(r'argv\[0\] == "([\w-]+)"', source)) | \
        set(re.findall(r'\["(--[\w-]+)"\]', source))


def test_help_lists_every_command_with_a_line_each():
    result = reader("--help")
    assert result.returncode == 0, result.stderr
    commands = result.stdout.split("commands:\n", 1)[1].splitlines()
    listed = {line.split()[1] for line in commands if line.startswith("  reader ")}
    assert dispatched_commands() <= listed
    assert {"outline", "text", "speak", "export-audio", "--install-desktop"} <= listed
    for line in commands:
        typed_and_said = re.split(r"\s{2,}", line.strip())
        assert len(typed_and_said) == 2 and typed_and_said[1], line  # what it does, said


@pytest.mark.parametrize("command", ["outline", "text", "speak", "export-audio"])
def test_each_command_has_its_own_help(command):
    result = reader(command, "--help")
    assert result.returncode == 0, result.stderr
    assert f"reader {command}" in result.stdout
