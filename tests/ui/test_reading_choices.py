"""View > Show the whole page and View > Read notes and page numbers, and the format named
with the file: a web page re-opened with its chrome or without, at the same place, the choice
kept per document; notes left out and the choice remembered; the cache never serving a parse
made with other choices."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.app import build_main_window
from reader.document.cache import DocumentCache
from reader.document.pipeline import open_document
from reader.ui.context import ActionId
from reader.window_documents import through_cache

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>A page</title></head><body>
<nav><a href="/">Home</a> <a href="/news">All the news of the site</a></nav>
<article>
<h1>The article</h1>
<p>First paragraph of the article, long enough to be the article.</p>
<p>Second paragraph, where the reader stands<a role="doc-noteref" href="#n1">1</a>.</p>
<div role="doc-footnote" id="n1"><p>The footnote itself.</p></div>
<p>Third paragraph of the article, the last one.</p>
</article>
<footer>Copyright the site</footer>
</body></html>
"""


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture
def cached_window(qtbot, settings, tmp_path):
    def make():
        cache = DocumentCache(tmp_path / "cache")
        window = build_main_window(settings, load=through_cache(open_document, cache))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def test_the_format_is_named_with_the_file(cached_window, page, qtbot):
    window = cached_window()
    assert window.open_path(page, in_background=False) == ""
    assert window.windowTitle() == "The article (Web page) — Accessible Reader"
    window.context.action(ActionId.WHERE_AM_I).trigger()
    assert window.statusBar().currentMessage().startswith("The article (Web page).")


def test_whole_page_brings_back_the_site_and_keeps_the_place(cached_window, page, qtbot):
    window = cached_window()
    window.open_path(page, in_background=False)
    assert "All the news" not in window.document.text
    place = window.document.text.index("Second paragraph")
    window.jump_to(place)
    whole = window.named_actions[ActionId.WHOLE_PAGE]
    assert not whole.isChecked()
    whole.trigger()
    assert whole.isChecked()
    assert "All the news" in window.document.text
    assert window.text.caret_offset() == window.document.text.index("Second paragraph")
    assert window.statusBar().currentMessage().startswith("Showing the whole page")
    whole.trigger()  # back to the article; and the cache still holds the article's parse
    assert "All the news" not in window.document.text
    window.open_path(page, in_background=False)
    assert "All the news" not in window.document.text


def test_whole_page_is_per_document(cached_window, page, tmp_path, qtbot):
    other = tmp_path / "notes.txt"
    other.write_text("Just notes.\n", encoding="utf-8")
    window = cached_window()
    window.open_path(page, in_background=False)
    window.named_actions[ActionId.WHOLE_PAGE].trigger()
    window.open_path(other, in_background=False)
    assert not window.named_actions[ActionId.WHOLE_PAGE].isChecked()
    window.named_actions[ActionId.WHOLE_PAGE].trigger()  # not a web page: said so, not checked
    assert not window.named_actions[ActionId.WHOLE_PAGE].isChecked()
    assert window.statusBar().currentMessage().startswith("Only a web page")
    window.open_path(page, in_background=False)
    assert window.named_actions[ActionId.WHOLE_PAGE].isChecked()
    assert "All the news" in window.document.text


def test_notes_can_be_left_out_and_the_choice_is_remembered(cached_window, page, qtbot,
                                                            settings):
    window = cached_window()
    window.open_path(page, in_background=False)
    notes = window.named_actions[ActionId.READ_NOTES]
    assert notes.isChecked()
    assert "The footnote itself." in window.document.text
    notes.trigger()
    assert "The footnote itself." not in window.document.text
    assert "where the reader stands." in window.document.text  # the note's mark too
    assert window.statusBar().currentMessage().startswith("Notes and page numbers are left out")
    window.close()
    again = cached_window()
    assert not again.named_actions[ActionId.READ_NOTES].isChecked()
    again.open_path(page, in_background=False)  # the cache holds the parse with notes
    assert "The footnote itself." not in again.document.text


def test_the_view_choices_are_in_the_view_menu(cached_window, qtbot):
    window = cached_window()
    view = [a.text() for a in window.menuBar().actions()[2].menu().actions()]
    assert "Show the w&hole page" in view and "Read notes an&d page numbers" in view
    file_menu = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Export audio…" in file_menu


def test_a_document_dropped_with_its_pictures_is_the_one_opened(tmp_path):
    from PySide6.QtCore import QMimeData, QUrl

    from reader.ui.shell.links import local_files

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / name))
                  for name in ("photo.jpg", "report.docx", "notes.txt")])
    assert [Path(p).name for p in local_files(mime)] == ["report.docx", "notes.txt", "photo.jpg"]
