"""`reader text FILE` and `reader outline FILE` on every format, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .makers import SEED_INTERVIEW, news_page, seed_blocks, write_docx, write_odt

ROOT = Path(__file__).resolve().parents[3]


def reader(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_text_prints_one_paragraph_per_block_with_blank_lines_between(tmp_path):
    path = write_docx(tmp_path / "interview.docx", seed_blocks())
    result = reader("text", str(path))
    assert result.returncode == 0, result.stderr
    paragraphs = result.stdout.rstrip("\n").split("\n\n")
    assert paragraphs[0].startswith("Pédocriminalité: «Il y a une explosion")
    assert paragraphs[3] == "- Twitter"
    assert "Qu'appelle-t-on exploitation sexuelle des mineurs ?" in paragraphs
    assert "Traceback" not in result.stderr


def test_text_of_a_text_file_is_its_paragraphs():
    result = reader("text", str(SEED_INTERVIEW))
    assert result.returncode == 0
    assert "\n\nQu'appelle-t-on exploitation sexuelle des mineurs ?\n\n" in result.stdout


def test_text_says_why_a_file_cannot_be_read_and_exits_1(tmp_path):
    path = tmp_path / "broken.epub"
    path.write_bytes(b"PK\x03\x04 nothing")
    result = reader("text", str(path))
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_text_without_a_file_is_a_usage_error():
    assert reader("text").returncode == 2


def test_outline_works_on_a_web_page_and_an_opendocument_file(tmp_path):
    page = tmp_path / "interview.html"
    page.write_text(news_page(seed_blocks()), encoding="utf-8")
    odt = write_odt(tmp_path / "interview.odt", seed_blocks())
    for path in (page, odt):
        result = reader("outline", str(path), "--json")
        assert result.returncode == 0, result.stderr
        outline = json.loads(result.stdout)
        assert outline["kind"] == "interview"
        assert len(outline["questions"]) == 7


def test_file_open_lists_all_documents_first_then_each_format():
    from reader import messages

    filters = messages.document_filters().split(";;")
    assert filters[0].startswith("All documents (")
    for pattern in ("*.txt", "*.md", "*.html", "*.docx", "*.odt", "*.epub", "*.pdf"):
        assert pattern in filters[0]
    assert "PDF (*.pdf)" in filters
    assert filters[-1] == "All files (*)"
