"""Re-opening a text file defines on the way to its first paint only what that paint needs: not
the large documents' parts (their records), nor the file formats' readers (theirs), which the
window takes when it first needs them; and what stands in for them says what they would."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from reader.document.formats.reading import ReadingOptions
from reader.ui.opening.background_open import (
    BACKGROUND_BYTES,
    COMPRESSED_BACKGROUND_BYTES,
    opens_in_background,
)
from reader.ui.opening.reading_choices import ReadingChoices
from reader.ui.text.parts import PARTING
from reader.ui.text.renderer import ALWAYS_WHOLE
from tests.ui.test_startup_deferred import _imported_at_first_paint, _loaded

# Needed by no text file of usual size: a large document's parts, the other formats' readers.
NOT_FOR_A_TEXT_FILE = ("reader.ui.text.parts", "reader.document.formats")


def test_a_text_file_reopens_without_the_parts_or_the_formats(tmp_path):
    _imported_at_first_paint(tmp_path)  # the first open fills the cache of parsed documents
    assert _loaded(_imported_at_first_paint(tmp_path), NOT_FOR_A_TEXT_FILE) == []


def test_the_renderer_cuts_every_document_the_usual_parting_would():
    assert PARTING.threshold == ALWAYS_WHOLE


def test_small_files_open_on_the_spot_and_large_ones_in_the_background():
    assert not opens_in_background("book.pdf", COMPRESSED_BACKGROUND_BYTES - 1)
    assert opens_in_background("book.pdf", COMPRESSED_BACKGROUND_BYTES)
    assert opens_in_background("minutes.doc", COMPRESSED_BACKGROUND_BYTES)  # Word 97-2003
    assert not opens_in_background("notes.txt", COMPRESSED_BACKGROUND_BYTES)
    assert opens_in_background("notes.txt", BACKGROUND_BYTES)


def test_the_usual_reading_options_go_through_the_cache(tmp_path, qapp):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    parsed: list[tuple[str, ReadingOptions]] = []
    choices = ReadingChoices(settings, lambda path, options: parsed.append((path, options)))
    load = choices.loader(lambda path: path)  # "the cache": answers with the path
    page = str(tmp_path / "page.html")
    assert choices.options_for(page) == ReadingOptions()
    assert load(page) == page and parsed == []
    choices.set_whole_page(page, True)
    load(page)
    assert parsed == [(page, ReadingOptions(whole_page=True))]
    choices.set_notes(False)
    choices.set_whole_page(page, False)
    assert load(str(tmp_path / "notes.txt")) == str(tmp_path / "notes.txt")
    load(page)
    assert parsed[-1] == (page, ReadingOptions(notes=False))
