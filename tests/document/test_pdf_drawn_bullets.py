"""A list whose bullets the PDF draws as shapes (as Qt and browsers printing a page do), not
as characters: each item is an item of its own, even when nothing spaces them apart."""

from __future__ import annotations

from reader.document.model import BlockKind
from reader.document.pipeline import open_document

from .formats.makers import write_pdf

INTRO = ("<h1>A painter at sixty</h1><p>She sold her first canvas last year. We met her in "
         "her studio by the sea, where she works every morning.</p>")


def _items(path) -> list[str]:
    return [b.text for b in open_document(path, with_language=False).blocks
            if b.kind is BlockKind.LIST_ITEM]


def test_items_that_end_short_stay_apart(qapp, tmp_path):
    items = ["How long have you lived here?", "Since 1998, in the old harbour house.",
             "What do you paint?", "Boats."]
    body = INTRO + "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    assert _items(write_pdf(tmp_path / "list.pdf", body, page_size="A5")) == items


def test_an_item_the_layout_wraps_keeps_its_lines(qapp, tmp_path):
    long = ("A long walk by the harbour every morning, before the light goes flat and the "
            "boats come back in with the tide and the gulls.")
    items = ["Brushes.", long, "Paper."]
    body = INTRO + "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    assert _items(write_pdf(tmp_path / "list.pdf", body, page_size="A6")) == items
