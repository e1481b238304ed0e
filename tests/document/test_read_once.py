"""A file is read from disk once, whatever it turns out to be: a transcript or an RTF file saved
as .txt (found once its bytes decoded as text) is read from the bytes already read, not opened
again."""

from __future__ import annotations

import os

import pytest

from reader.document.loading import LoadError, LoadProblem
from reader.document.pipeline import open_document

WEBVTT = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nClaire: Comment avez-vous commencé ?\n\n"
          "00:00:04.000 --> 00:00:06.000\nPaul: Avec les abeilles de mon grand-père.\n")
# An RTF file whose letters beyond ASCII are raw bytes of its code page (cp1252), as old
# editors write them: read as the RTF reader decodes them, not as the text decoding guessed.
RTF = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times;}}\pard Pourquoi \'eates-vous "
       b"venue \xe0 la mer ?\\par\r\nPour voir l'\\'e9t\xe9.\\par\r\n}\r\n")


@pytest.fixture
def opened(monkeypatch):
    """The paths ``os.open`` opened, in order."""
    paths: list[str] = []
    real_open = os.open

    def counting_open(path, *args, **kwargs):
        paths.append(os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", counting_open)
    return paths


@pytest.mark.parametrize(("data", "format_name", "words"), [
    (WEBVTT.encode("utf-8"), "transcript", ["Comment avez-vous commencé ?",
                                            "Avec les abeilles de mon grand-père."]),
    (RTF, "rtf", ["Pourquoi êtes-vous venue à la mer ?", "Pour voir l'été."]),
    ("Chapitre\n\nIl faisait nuit à Nîmes.\n".encode(), "text", ["Il faisait nuit à Nîmes."]),
])
def test_a_text_file_is_read_once_whatever_it_holds(tmp_path, opened, data, format_name,
                                                    words):
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    document = open_document(path, with_language=False)
    assert document.format == format_name
    assert all(word in document.text for word in words), document.text
    assert opened.count(str(path)) == 1


def test_binary_data_under_a_text_name_is_still_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(LoadError) as refused:
        open_document(path, with_language=False)
    assert refused.value.problem is LoadProblem.BINARY
