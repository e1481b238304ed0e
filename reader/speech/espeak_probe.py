"""Try espeak-ng in a child process before starting it in ours.

libespeak-ng calls ``exit()`` itself when its data is missing or broken (``espeak_Initialize``
with option 0; with "do not exit" it returns 0 and a later synthesis crashes): started in the
reader's own process, a broken installation would close the window with no word. The child
does what ``EspeakEngine`` will do (start espeak-ng, list the voices, speak one word) and only
if it comes back healthy does our process load it.

The answer is kept per data folder (``ESPEAK_DATA_PATH``) for the whole run: the installation
does not change under a running reader, and the child costs about 100 ms.
"""

from __future__ import annotations

import os
import subprocess
import sys
from functools import cache

_TIMEOUT_S = 20
_MARK = "espeak-ok"
# What the child runs: pyttsx3's own binding, so that it loads the very library ours will.
_CHILD = f"""
from pyttsx3.drivers import _espeak
rate = _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 200)
assert rate > 0, "espeak_Initialize returned %d" % rate
voices = _espeak.ListVoices(None)
assert voices, "no voices"
assert _espeak.SetVoiceByName(voices[0].name) == _espeak.EE_OK, "cannot set a voice"
assert _espeak.Synth(b"a", flags=_espeak.CHARS_UTF8) == _espeak.EE_OK, "cannot speak"
print({_MARK!r}, flush=True)
"""


def espeak_problem() -> str:
    """"" when espeak-ng starts and speaks in a child process; else what went wrong (the
    last line it wrote, or how it ended)."""
    return _probe(os.environ.get("ESPEAK_DATA_PATH"))


@cache
def _probe(data_path: str | None) -> str:  # the argument keys the cache, see module docstring
    try:
        child = subprocess.run(
            [sys.executable, "-c", _CHILD], capture_output=True, text=True,
            timeout=_TIMEOUT_S, stdin=subprocess.DEVNULL, errors="replace", check=False,
        )
    except subprocess.TimeoutExpired:
        return "espeak-ng did not start in time"
    except OSError as error:
        return str(error)
    if child.returncode == 0 and _MARK in child.stdout:
        return ""
    lines = [line for line in child.stderr.splitlines() if line.strip()]
    if lines:
        return lines[-1]
    if child.returncode < 0:
        return f"espeak-ng crashed (signal {-child.returncode})"
    return f"espeak-ng exited with status {child.returncode}"
