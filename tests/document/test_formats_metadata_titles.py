"""A file's metadata title is its title only when a person gave it: Word's PDF printer, a new
file's "Document1" and a template's "Title" name the program or the file, not the text."""

from __future__ import annotations

import docx
import pytest

from reader.document.formats.metadata_title import given_title
from reader.document.pipeline import open_document

TURNS = [("Q: Why did you leave?", "A: Because it was time."),
         ("Q: Where did you go?", "A: North, to the sea.")]


@pytest.mark.parametrize("written", [
    "Microsoft Word - interview_final_v3.docx", "Document1", "Untitled document",
    "Sans titre 2", "Title", "interview-ann.docx", "Documento sin título", "  "])
def test_a_programs_or_templates_title_is_none(written):
    assert given_title(written) == ""


@pytest.mark.parametrize("written", [
    "A painter at sixty", "Document: the lost letters", "Title fight: an interview"])
def test_a_persons_title_is_kept(written):
    assert given_title(written) == written


def _word_file(tmp_path, metadata_title: str):
    document = docx.Document()
    document.core_properties.title = metadata_title
    for question, answer in TURNS:
        document.add_paragraph(question)
        document.add_paragraph(answer)
    path = tmp_path / "ann-lee.docx"
    document.save(str(path))
    return open_document(path, with_language=False)


def test_a_word_file_titled_by_word_takes_its_files_name(tmp_path):
    assert _word_file(tmp_path, "Document1").title == "ann-lee"


def test_a_word_file_titled_by_its_writer_keeps_that_title(tmp_path):
    assert _word_file(tmp_path, "Ann Lee, at home").title == "Ann Lee, at home"
