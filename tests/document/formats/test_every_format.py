"""The seed interview saved in every format opens with the outline its text has: the same
title, the same seven questions, the same sections."""

from __future__ import annotations

import pytest

from reader.document.pipeline import open_document

from .makers import (
    SEED_INTERVIEW,
    SEEDS,
    html_body,
    news_page,
    seed_blocks,
    write_docx,
    write_epub,
    write_odt,
    write_pdf,
)


def _make(name, folder):
    blocks = seed_blocks()
    if name == "html":
        path = folder / "interview.html"
        path.write_text(news_page(blocks), encoding="utf-8")
        return path
    if name == "docx":
        return write_docx(folder / "interview.docx", blocks)
    if name == "odt":
        return write_odt(folder / "interview.odt", blocks)
    if name in ("epub", "epub2"):
        return write_epub(folder / f"interview-{name}.epub",
                          [("Entretien", html_body(blocks, title_heading=True))],
                          version="2" if name == "epub2" else "3")
    return write_pdf(folder / "interview.pdf", html_body(blocks, title_heading=True),
                     title="Entretien", header="20 Minutes — Société")


@pytest.fixture(scope="module")
def text_version():
    return open_document(SEED_INTERVIEW)


@pytest.mark.parametrize("name", ["html", "docx", "odt", "epub", "epub2", "pdf"])
def test_the_seed_in_every_format_has_the_texts_outline(qapp, tmp_path, text_version, name):
    document = open_document(_make(name, tmp_path))
    assert document.format == name.rstrip("2")
    assert document.title == text_version.title
    assert document.language == "fr"
    assert [document.question_text(q) for q in document.questions] == [
        text_version.question_text(q) for q in text_version.questions
    ]
    assert len(document.questions) == 7
    assert [s.kind for s in document.sections] == [s.kind for s in text_version.sections]
    assert [b.role for b in document.blocks[:9]] == [b.role for b in text_version.blocks[:9]]


def test_a_pdf_loses_its_running_header_and_page_numbers(qapp, tmp_path):
    document = open_document(_make("pdf", tmp_path))
    assert "Société" not in document.text
    assert not any(block.text.isdigit() for block in document.blocks)


def test_a_pdf_under_another_name_is_still_read_as_a_pdf(qapp, tmp_path):
    disguised = tmp_path / "interview.dat"
    disguised.write_bytes(_make("pdf", tmp_path).read_bytes())
    document = open_document(disguised)
    assert document.format == "pdf"
    assert len(document.questions) == 7


@pytest.mark.parametrize("name", ["html", "docx", "odt", "epub", "pdf"])
def test_the_seed_article_in_every_format_has_the_texts_outline(qapp, tmp_path, name):
    article = SEEDS / "article-pedocriminalite.txt"
    text_version = open_document(article)
    blocks = seed_blocks(article)
    if name == "html":
        path = tmp_path / "article.html"
        path.write_text(news_page(blocks), encoding="utf-8")
    elif name == "docx":
        path = write_docx(tmp_path / "article.docx", blocks)
    elif name == "odt":
        path = write_odt(tmp_path / "article.odt", blocks)
    elif name == "epub":
        path = write_epub(tmp_path / "article.epub", [("Article", html_body(blocks,
                                                                              title_heading=True))])
    else:
        path = write_pdf(tmp_path / "article.pdf", html_body(blocks, title_heading=True))
    document = open_document(path)
    assert document.kind == text_version.kind
    assert document.title == text_version.title
    assert [(s.kind, s.heading) for s in document.sections] == [
        (s.kind, s.heading) for s in text_version.sections
    ]
