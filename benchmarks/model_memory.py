"""The parsed model's memory: what a window's ``Document`` of the 10 MB interview the other
benchmarks generate (``open_large.large_source``) adds to the process, against the file's
size, on a first open (parsed) and on a re-open (read back from the cache of parsed documents),
each in a fresh process, loaded in a thread as the window's worker does, through the loader
the window uses (``reader.app``: the pipeline behind the cache). Then the sizes of its parts
(``sys.getsizeof``): the normalised source, the joined text, the blocks' own texts, the blocks,
the inline runs and the sections.

``model_resident_vs_file``: resident memory added, the model alive, the loading's garbage
collected; ``..._before_trim``: the same before ``malloc_trim(0)`` gives back what glibc kept
of the loading's garbage (measured here in any case, whatever the loader does itself);
``model_live_mb``: what the model's own objects take (``sys.getsizeof`` of every object it
reaches, once each): the rest of the resident memory is the allocators' (free memory between
the survivors of the loading's garbage, which later allocations reuse).
Run: ``python -m benchmarks.model_memory [MB]``.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from .open_large import large_source


def measure(size_bytes: int = 10 * 2**20) -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory(prefix="reader-model-memory-") as folder:
        name, text = large_source(size_bytes, "text")
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        size = path.stat().st_size
        results = []
        for case in ("first_open", "reopen"):  # the first fills the cache the second reads
            measured = _in_child(case, path, Path(folder) / "cache")
            results += [
                (f"model_resident_vs_file_{case}", measured["resident"] / size,
                 f"a small multiple; {measured['resident'] / 2**20:.0f} MB for "
                 f"{size / 2**20:.0f} MB, load {os.getloadavg()[0]:.1f}"),
                (f"model_resident_before_trim_vs_file_{case}", measured["untrimmed"] / size,
                 f"for information; {measured['untrimmed'] / 2**20:.0f} MB"),
                (f"model_live_mb_{case}", measured["live"] / 2**20, "for information"),
                (f"model_load_cpu_s_{case}", measured["cpu"], "for information"),
                *((f"model_{part}_mb_{case}", value / 2**20, "for information")
                  for part, value in measured["parts"].items()),
            ]
        entries = sum(entry.stat().st_size for entry in (Path(folder) / "cache").iterdir())
        results.append(("model_cache_entry_vs_file", entries / size,
                        f"for information; {entries / 2**20:.0f} MB on disk"))
        return results


def _in_child(case: str, path: Path, cache: Path) -> dict[str, Any]:
    root = Path(__file__).resolve().parent.parent
    output = subprocess.run(
        [sys.executable, "-m", "benchmarks.model_memory", "--child", case, str(path), str(cache)],
        cwd=root, capture_output=True, text=True, check=True).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def _child(case: str, path: str, cache_folder: str) -> dict[str, Any]:
    from reader.document.cache import DocumentCache
    from reader.document.pipeline import parse_text
    from reader.window_documents import open_without_language, through_cache

    from .corpus import interview_like

    load = through_cache(open_without_language, DocumentCache(cache_folder))
    parse_text(interview_like(20_000), plain_text=True)  # the rules' patterns compiled first
    gc.collect()
    _trim()
    before = _resident_bytes()
    documents = []
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    worker = threading.Thread(target=lambda: documents.append(load(path)))
    worker.start()
    worker.join()
    after_cpu = resource.getrusage(resource.RUSAGE_SELF)
    gc.collect()
    untrimmed = _resident_bytes() - before
    _trim()
    document = documents[0]
    return {"resident": _resident_bytes() - before, "untrimmed": untrimmed,
            "cpu": after_cpu.ru_utime + after_cpu.ru_stime - cpu.ru_utime - cpu.ru_stime,
            "live": _deep_size(document), "parts": _parts(document), "case": case}


def _deep_size(document: Any) -> int:
    """Every object ``document`` reaches, once each, but classes, enums and modules."""
    from enum import Enum

    seen: set[int] = set()
    size, waiting = 0, [document]
    while waiting:
        value = waiting.pop()
        if id(value) in seen or isinstance(value, (type, Enum, type(sys))):
            continue
        seen.add(id(value))
        size += sys.getsizeof(value)
        waiting.extend(gc.get_referents(value))
    return size


def _parts(document: Any) -> dict[str, int]:
    blocks = document.blocks
    texts = {id(held): sys.getsizeof(held) for block in blocks
             for held in gc.get_referents(block) if isinstance(held, str)}
    texts.pop(id(document.text), None)
    return {
        "source": sys.getsizeof(document.source) if document.source else 0,
        "text": sys.getsizeof(document.text),
        "block_texts": sum(texts.values()),
        "blocks": sum(sys.getsizeof(block) + sys.getsizeof(block.source_lines)
                      for block in blocks) + sys.getsizeof(blocks),
        "inlines": sum(sys.getsizeof(block.inlines) + sum(map(sys.getsizeof, block.inlines))
                       for block in blocks if block.inlines),
        "sections": sum(sys.getsizeof(section) + sys.getsizeof(section.heading)
                        for section in document.sections) + sys.getsizeof(document.sections),
    }


def _trim() -> None:
    ctypes.CDLL("libc.so.6").malloc_trim(0)


def _resident_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(_child(*sys.argv[2:5])))
    else:
        arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
        megabytes = float(arguments[0]) if arguments else 10.0
        for measure_name, value, note in measure(int(megabytes * 2**20)):
            print(f"{measure_name}: {value:.2f} ({note})", flush=True)
