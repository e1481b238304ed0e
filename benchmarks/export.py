"""Audio export: how fast, and whether memory stays flat as the document grows.

- ``export_audio_realtime_factor``: seconds of audio made per second of work (wall clock),
  exporting the seed interview to Opus with espeak-ng (every part, the whole file, captions,
  playlist). On a machine shared with other work the wall clock suffers first, so
  ``export_audio_realtime_factor_cpu`` gives the same per second of this process's CPU time
  (both encoder threads counted).
- ``export_audio_peak_memory_10x_vs_1x``: tracemalloc's peak (numpy's sample buffers
  included) exporting a generated interview ten times the seed's size against one of the
  seed's size, both to WAV (the codec's state does not grow; WAV keeps the 10x run short).
  ``export_audio_peak_mb_10x`` is that peak in MB.

Run alone: .venv/bin/python -m benchmarks.export
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "interview-pedocriminalite.txt"


def _export(document, engine, audio_format):  # noqa: ANN001, ANN202 (benchmark glue)
    from reader.export.job import ExportRequest, export_audio

    with tempfile.TemporaryDirectory() as folder:
        return export_audio(ExportRequest(document, Path(folder), audio_format), engine)


def _peak_bytes(document, engine, audio_format) -> int:  # noqa: ANN001
    tracemalloc.start()
    try:
        _export(document, engine, audio_format)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measure() -> list[tuple[str, float, str]]:
    from benchmarks.corpus import interview_like
    from reader.document import open_document, parse_text
    from reader.export.encoding import AudioFormat
    from reader.speech.espeak_engine import EspeakEngine

    engine = EspeakEngine()
    seed = open_document(SEED)
    wall, cpu = time.perf_counter(), time.process_time()
    result = _export(seed, engine, AudioFormat.OPUS)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    audio_s = result.duration_ms / 1000

    size = len(SEED.read_bytes())
    small = parse_text(interview_like(size), path="1x.txt")
    large = parse_text(interview_like(size * 10), path="10x.txt")
    peak_small = _peak_bytes(small, engine, AudioFormat.WAV)
    peak_large = _peak_bytes(large, engine, AudioFormat.WAV)
    return [
        ("export_audio_realtime_factor", audio_s / wall, ">= 20"),
        ("export_audio_realtime_factor_cpu", audio_s / cpu, ">= 20"),
        ("export_audio_peak_memory_10x_vs_1x", peak_large / peak_small, "<= 1.5"),
        ("export_audio_peak_mb_10x", peak_large / 1e6, "flat: about the 1x peak"),
    ]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    for name, value, target in measure():
        print(f"{name}: {value:.2f} (target {target})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
