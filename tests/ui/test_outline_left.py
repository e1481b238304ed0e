"""The outline of a document left is out of the tree as soon as the next document shows, whole,
and its rows are deleted over the next turns of the event loop, nested ones included."""

from __future__ import annotations

import shiboken6

from reader.document.pipeline import parse_text
from reader.ui.text.outline_view import OutlineView


def _book(chapters: int, parts: int) -> str:
    return "\n\n".join(
        f"# Chapitre {chapter}\n\nTexte.\n\n"
        + "\n\n".join(f"## Partie {chapter}.{part}\n\nTexte." for part in range(parts))
        for chapter in range(chapters)) + "\n"


def _rows(outline: OutlineView) -> list[object]:
    rows, pending = [], [outline.topLevelItem(i) for i in range(outline.topLevelItemCount())]
    while pending:
        item = pending.pop()
        rows.append(item)
        pending.extend(item.child(i) for i in range(item.childCount()))
    return rows


def test_the_rows_left_go_at_once_and_are_deleted_over_the_next_turns(qtbot):
    outline = OutlineView()
    qtbot.addWidget(outline)
    outline.show()
    first = parse_text(_book(30, 40))  # 1 230 rows, 30 of them with children
    second = parse_text(_book(2, 3))
    outline.show_document(first)
    left = _rows(outline)
    assert len(left) == len(first.sections)

    outline.show_document(second)
    assert outline.row_texts() == [outline.item_for(i).text(0)
                                   for i in range(len(second.sections))]
    assert len(_rows(outline)) == len(second.sections) == 8
    assert outline.topLevelItem(0).text(0).startswith("Chapitre 0")
    assert outline.topLevelItem(0).childCount() == 3
    assert all(item.treeWidget() is None for item in left if shiboken6.isValid(item))
    qtbot.waitUntil(lambda: not outline.freeing_rows(), timeout=20000)
    assert not any(shiboken6.isValid(item) for item in left)
    assert len(_rows(outline)) == 8  # the rows shown are not touched


def test_a_document_shown_again_while_the_rows_left_are_deleted_is_whole(qtbot):
    outline = OutlineView()
    qtbot.addWidget(outline)
    first = parse_text(_book(30, 40))
    second = parse_text(_book(2, 3))
    for document in (first, second, first):
        outline.show_document(document)
    assert len(_rows(outline)) == len(first.sections)
    qtbot.waitUntil(lambda: not outline.freeing_rows(), timeout=20000)
    assert len(_rows(outline)) == len(first.sections)
    assert outline.row_texts()[-1] == outline.item_for(len(first.sections) - 1).text(0)
