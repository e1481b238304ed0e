"""A scoring script (scripts/score_formats.py, score_real_formats.py) loaded as a module, and a
sample of the corpus copied for it."""

from __future__ import annotations

import functools
import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "document" / "fixtures" / "corpus"


@functools.cache
def scorer(name: str = "score_formats") -> ModuleType:
    """``scripts/NAME.py`` as a module, loaded once."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def copy_sample(names: tuple[str, ...], folder: Path) -> None:
    """Each corpus document of ``names`` and its expected outline, into ``folder``."""
    for name in names:
        stem = name.rsplit(".", 1)[0]
        shutil.copy(CORPUS / name, folder / name)
        shutil.copy(CORPUS / f"{stem}.expected.json", folder / f"{stem}.expected.json")
