"""When progress is worth saying aloud: a screen reader that announced every sentence's
progress would talk over everything else (WAI-ARIA advises polite, sparse live updates).

The window's progress dialog shows every ``ExportProgress``; it announces one (politely,
through its live region or accessible description) only when ``worth_announcing`` says so:
each new part, each further tenth of the job, and the end.
"""

from __future__ import annotations

from .job import ExportProgress

STEP = 0.1  # of the job between two announcements within one part


def worth_announcing(last: ExportProgress | None, now: ExportProgress) -> bool:
    """Whether ``now`` should be spoken, ``last`` being the last one that was (None: none)."""
    if last is None or now.index != last.index or now.fraction >= 1.0 > last.fraction:
        return True
    return int(now.fraction / STEP) > int(last.fraction / STEP)
