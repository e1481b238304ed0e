"""Rules that keep the architecture livable, checked on the real code."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_document_package_never_imports_qt():
    # A fresh interpreter: parse both seeds and check no Qt module was loaded on the way.
    code = (
        "import sys\n"
        "from reader.document import open_document\n"
        "for name in ('interview-pedocriminalite.txt', 'article-pedocriminalite.txt'):\n"
        f"    open_document({str(ROOT / 'seeds')!r} + '/' + name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"reader.document loaded Qt: {result.stdout}"


def test_no_document_module_mentions_pyside():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "reader" / "document").rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_both_seed_documents_ship_with_the_project():
    names = sorted(p.name for p in (ROOT / "seeds").iterdir())
    assert names == ["article-pedocriminalite.txt", "interview-pedocriminalite.txt"]


def test_the_window_module_imports_nothing_heavy_before_the_first_paint():
    # Start-up (README, Benchmarks): the parser, speech and the language model load only when
    # used — a cached document opens without the parser, speech loads after the first paint.
    code = (
        "import sys\n"
        "import reader.app\n"
        "heavy = ('markdown_it', 'reader.document.structure', 'reader.document.pipeline',\n"
        "         'pyttsx3', 'numpy', 'py3langid', 'charset_normalizer', 'sentencex',\n"
        "         'PySide6.QtMultimedia', 'pyphen')\n"
        "print(','.join(sorted(m for m in heavy if m in sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
