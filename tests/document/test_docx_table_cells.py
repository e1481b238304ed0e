"""A Word table read as rows of values keeps everything its cells show, as a paragraph would."""

from __future__ import annotations

import docx

from reader.document.model import TABLE_CELL_SEPARATOR, BlockKind
from reader.document.pipeline import open_document


def test_a_table_inside_a_cell_of_a_table_of_values_is_kept(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(table._cells, ("Ville", "Horaires", "Lyon", ""), strict=True):
        cell.text = text
    inner = table._cells[3].add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Lundi 9 h"
    inner.cell(0, 1).text = "Mardi 14 h"
    path = tmp_path / "nested.docx"
    document.save(str(path))
    rows = [block.text for block in open_document(path, with_language=False).blocks
            if block.kind in (BlockKind.TABLE_HEADER, BlockKind.TABLE_ROW)]
    assert rows[0] == f"Ville{TABLE_CELL_SEPARATOR}Horaires"
    # The inner table's cells are in the outer cell (the runs alone lost them), and the row
    # keeps its two cells.
    assert rows[1].split(TABLE_CELL_SEPARATOR)[0] == "Lyon"
    assert "Lundi 9 h" in rows[1] and "Mardi 14 h" in rows[1]
    assert rows[1].count(TABLE_CELL_SEPARATOR) == 1
