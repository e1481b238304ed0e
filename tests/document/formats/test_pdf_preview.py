"""A long PDF's first pages, read as a preview: the whole document's text begins with theirs,
so the window can show them at once and put the whole in their place. And a long PDF read in
two processes gives exactly what one process gives."""

from __future__ import annotations

import html
import os
from pathlib import Path

import pytest

from benchmarks.corpus import interview_like
from reader.document.formats import pdf_pages
from reader.document.formats.pdf import read_pdf
from reader.document.pipeline import PREVIEW_PAGES, open_document, open_preview
from reader.ui.opening.preview import carried_offset

from .makers import write_pdf


def _book(tmp_path: Path, characters: int, **options: str) -> Path:
    paragraphs = [p for p in interview_like(characters).split("\n\n") if p.strip()]
    body = "<h1>Un entretien au long cours</h1>" + "".join(
        f"<p><b>{html.escape(p)}</b></p>" if n % 9 == 4 else f"<p>{html.escape(p)}</p>"
        for n, p in enumerate(paragraphs))
    return write_pdf(tmp_path / "livre.pdf", body, page_size="A5", **options)


@pytest.fixture(scope="module")
def long_book(tmp_path_factory, qapp):
    # Running headers and page numbers too: the preview judges them over its own pages.
    return _book(tmp_path_factory.mktemp("pdf"), 40_000, header="La Revue")


def test_the_first_pages_are_the_start_of_the_whole(long_book):
    preview = open_preview(long_book)
    whole = open_document(long_book, with_language=False)
    assert preview is not None
    assert preview.pages_shown == PREVIEW_PAGES and preview.pages > 12
    first = preview.document
    assert first.path == "" and first.format == "pdf" and first.title == whole.title
    assert "La Revue" not in first.text and "La Revue" not in whole.text
    # All but the last paragraph, which the next page may go on, exactly as in the whole.
    kept = first.text[:first.blocks[-1].start]
    assert len(kept) > 1000 and whole.text.startswith(kept)
    last = first.blocks[-1].start
    assert carried_offset(first.text, whole.text, last) == last


def test_a_short_pdf_or_another_file_has_no_preview(tmp_path, qapp):
    short = _book(tmp_path, 3_000)
    assert open_document(short).blocks  # a PDF, but of a few pages: read whole at once
    assert open_preview(short) is None
    text = tmp_path / "texte.txt"
    text.write_text("Un texte.\n", encoding="utf-8")
    assert open_preview(text) is None


def test_a_pdf_that_cannot_be_read_has_no_preview_and_fails_as_before(tmp_path):
    broken = tmp_path / "abime.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 500)
    assert open_preview(broken) is None
    missing = tmp_path / "absent.pdf"
    assert open_preview(missing) is None
    pipe = tmp_path / "tube.pdf"
    os.mkfifo(pipe)
    assert open_preview(pipe) is None  # returns at once: PDFium would wait for a writer


def test_two_processes_read_a_long_pdf_exactly_as_one(long_book, monkeypatch):
    data = long_book.read_bytes()
    alone = read_pdf(data, str(long_book))
    received = []
    real = pdf_pages._received

    def spied(process):
        received.append(real(process))
        return received[-1]

    monkeypatch.setattr(pdf_pages, "PARALLEL_FROM_PAGES", 20)
    monkeypatch.setattr(pdf_pages, "_received", spied)
    together = read_pdf(data, str(long_book))
    assert received and received[0], "the second process read no pages"
    assert together == alone
    # From memory (no file to give the other process) or a file that changed: one process.
    received.clear()
    assert read_pdf(data, "") == alone
    assert received == []
    long_book.write_bytes(data + b"\n")
    try:
        assert read_pdf(data, str(long_book)) == alone
        assert received == []
    finally:
        long_book.write_bytes(data)


def test_a_cached_pdf_opens_whole_with_no_preview(long_book, tmp_path):
    from reader.document.cache import DocumentCache
    from reader.ui.opening.preview import preview_unless_cached

    cache = DocumentCache(tmp_path / "cache")
    preview = preview_unless_cached(cache.holds)
    assert not cache.holds(long_book) and preview(str(long_book)) is not None
    cache.store(long_book, open_document(long_book, with_language=False))
    assert cache.holds(long_book) and preview(str(long_book)) is None
    data = long_book.read_bytes()
    long_book.write_bytes(data + b"\n")  # another version of the file: parsed again
    try:
        assert not cache.holds(long_book) and preview(str(long_book)) is not None
    finally:
        long_book.write_bytes(data)
