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
        "heavy = ('markdown_it', 'reader.document.structure.analysis',\n"
        "         'reader.document.pipeline',\n"
        "         'pyttsx3', 'numpy', 'py3langid', 'charset_normalizer', 'sentencex',\n"
        "         'PySide6.QtMultimedia', 'pyphen')\n"
        "print(','.join(sorted(m for m in heavy if m in sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def _modules(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_no_module_is_over_400_lines():
    long = [f"{path.relative_to(ROOT)}: {lines}"
            for path in _modules(ROOT / "reader")
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400]
    assert long == []


def test_the_ui_is_split_by_concern():
    top = sorted(p.name for p in (ROOT / "reader" / "ui").glob("*.py"))
    assert len(top) <= 8, top


def test_no_function_takes_the_window_untyped():
    # Controllers get the ReaderContext and the widgets they need, typed: an untyped window is
    # a hub every controller could reach through.
    import ast

    untyped = []
    for path in _modules(ROOT / "reader"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                untyped += [f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"
                            for arg in node.args.args + node.args.kwonlyargs
                            if arg.arg == "window" and arg.annotation is None]
    assert untyped == []


def test_no_controller_finds_a_widget_again_by_name():
    offenders = [str(path.relative_to(ROOT)) for path in _modules(ROOT / "reader" / "ui")
                 if "findChild(" in path.read_text(encoding="utf-8")]
    assert offenders == []
