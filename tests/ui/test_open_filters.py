"""File > Open's "All documents" filter shows every file the reader opens.

A file the filter hides cannot be chosen without switching to "All files": a WordPress export
(.xml) was read from session 16 on, yet the Open dialog did not list it. The files compared
are the real files the loaders are tested on (tests/document/fixtures/real_formats), built as
the scorer builds them, and every suffix the loaders read by name.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

from reader import messages
from reader.document.formats.reading import ALL_SUFFIXES
from scripts.score_real_formats import built, names

_REAL_FILES = Path(__file__).parents[1] / "document" / "fixtures" / "real_formats"


def _all_documents() -> list[str]:
    first = messages.document_filters().split(";;")[0]
    return first[first.index("(") + 1:first.rindex(")")].split()


def _shown(name: str) -> bool:
    return any(fnmatch.fnmatch(name.lower(), pattern) for pattern in _all_documents())


def test_every_real_file_the_reader_opens_is_shown_by_all_documents(qapp, tmp_path):
    files = [built(name, _REAL_FILES, tmp_path) for name in names(_REAL_FILES)]
    hidden = sorted({path.suffix for path in files if not _shown(path.name)})
    assert hidden == []
    assert any(path.suffix == ".xml" for path in files)  # the WordPress export is among them


def test_every_suffix_read_by_name_is_shown_and_its_format_has_a_filter():
    filters = messages.document_filters().split(";;")
    assert [s for s in ALL_SUFFIXES if not _shown(f"interview{s}")] == []
    for suffix in ALL_SUFFIXES:
        assert any(f"*{suffix}" in line.split("(")[-1].rstrip(")").split()
                   for line in filters[1:-1]), suffix


def test_a_wordpress_export_has_a_filter_of_its_own():
    filters = messages.document_filters().split(";;")
    assert any("*.xml" in line and "WordPress" in line for line in filters[1:-1])
    assert filters[-1].endswith("(*)")


def test_saved_e_mails_have_a_filter_named_for_them_not_text():
    """A saved e-mail is read as text, but a person looking for one looks for "E-mail"."""
    filters = messages.document_filters().split(";;")
    e_mail = [line for line in filters[1:-1] if line.startswith("E-mail (")]
    assert e_mail == ["E-mail (*.eml *.msg)"]
    text = next(line for line in filters if line.startswith("Text ("))
    assert "*.eml" not in text and "*.msg" not in text
