"""Markdown tables are tables, not raw pipes: one block per row, the header row first."""

from reader.document import BlockKind, InlineStyle, parse_text
from reader.document.model import TABLE_CELL_SEPARATOR as SEP


def test_a_markdown_table_is_one_block_per_row_not_raw_pipes():
    document = parse_text("Avant.\n\n| Nom | **Âge** |\n|---|---:|\n| Ann | 30 |\n\nAprès.",
                          with_language=False)
    assert [(b.kind, b.text) for b in document.blocks] == [
        (BlockKind.PARAGRAPH, "Avant."),
        (BlockKind.TABLE_HEADER, f"Nom{SEP}Âge"),
        (BlockKind.TABLE_ROW, f"Ann{SEP}30"),
        (BlockKind.PARAGRAPH, "Après."),
    ]
    assert "|" not in document.text
    header = document.blocks[1]
    (bold,) = header.inlines
    assert (document.text[bold.start:bold.end], bold.style) == ("Âge", InlineStyle.STRONG)
    assert header.source_lines == (2, 3)


def test_cells_past_the_header_count_are_kept_as_written():
    # markdown-it drops them; the fuzz campaign found the words gone from view and speech.
    document = parse_text("| Nom | Âge |\n|---|---|\n| Ann | 30 | Lyon | *trop* |\n")
    rows = [b for b in document.blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows[0].text.split(SEP) == ["Ann", "30", "Lyon", "*trop*"]
