"""A paragraph too long to lay out at once is cut into blocks; text and offsets stay exact."""

from __future__ import annotations

import random

from reader.document.chunks import BLOCK_CHARS, split_long_blocks
from reader.document.model import Block, BlockKind, Inline, InlineStyle
from reader.document.pipeline import parse_text
from reader.document.search import FoldedText

WORDS = ("la", "police", "enquête", "sur", "un", "réseau.", "Pourquoi", "?", "Zoé", "sait!")


def test_a_five_megabyte_line_is_cut_into_blocks_that_keep_every_character():
    # Issue 17: Qt laid out a 5 MB single line at once and froze the window 11 s.
    rng = random.Random(5)
    line = " ".join(rng.choice(WORDS) for _ in range(5 * 2**20 // 6)) + " fin-unique"
    document = parse_text(line + "\n", plain_text=True, with_language=False)
    assert len(document.blocks) > 400
    assert max(len(block.text) for block in document.blocks) <= BLOCK_CHARS
    # The spaces cut at became the line breaks between blocks: nothing else changed.
    assert document.text.replace("\n", " ") == line
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text
        assert block.source_lines == (0, 1)
    assert [block.text[-1] for block in document.blocks[:-1]].count(" ") == 0
    (found,) = FoldedText.of(document.text).find_all("fin-unique")
    assert document.text[found[0]:found[1]] == "fin-unique"


def test_a_cut_falls_after_a_sentence_then_at_a_space_then_anywhere():
    text = ("Une phrase courte. " * 12 + "mot " * 30).rstrip()
    blocks = split_long_blocks([Block(BlockKind.PARAGRAPH, text, 0, (3, 9))], limit=100)
    # No sentence ends in the second half of the third stretch: cut at a space there.
    assert [block.text.endswith("courte.") for block in blocks] == [True, True, False, False]
    assert blocks[2].text.endswith(" mot")
    assert all(len(block.text) <= 100 for block in blocks)
    assert " ".join(block.text for block in blocks) == text
    assert [block.start for block in blocks] == [0, *(b.end + 1 for b in blocks[:-1])]
    assert {block.source_lines for block in blocks} == {(3, 9)}
    unbroken = split_long_blocks([Block(BlockKind.PARAGRAPH, "x" * 250, 0, (0, 1))], limit=100)
    assert [(block.start, len(block.text)) for block in unbroken] == [(0, 100), (101, 100),
                                                                       (202, 50)]


def test_a_run_without_spaces_is_cut_after_a_full_stop_of_its_script_never_inside_a_letter():
    chinese = "今天天气很好。" * 30  # 210 characters, no space: Chinese needs none
    blocks = split_long_blocks([Block(BlockKind.PARAGRAPH, chinese, 0, (0, 1))], limit=100)
    assert [block.text[-1] for block in blocks[:-1]] == ["。"] * (len(blocks) - 1)
    assert "".join(block.text for block in blocks) == chinese
    # "é" written as "e" and a combining accent, and a family emoji joined by ZWJs: a cut at
    # the limit would fall inside one of them.
    accented = "e\u0301" * 150
    family = "x" * 98 + "\U0001F469\u200d\U0001F467" + "x" * 100
    for text in (accented, family):
        pieces = split_long_blocks([Block(BlockKind.PARAGRAPH, text, 0, (0, 1))], limit=100)
        assert "".join(block.text for block in pieces) == text
        for block in pieces:
            first, last = block.text[0], block.text[-1]
            assert first not in "\u0301\u200d" and last != "\u200d", block.text


def test_pieces_keep_their_styles_and_one_heading_one_marker():
    text = "début " + "gras " * 40 + "fin"
    bold = Inline(6, 6 + 5 * 40 - 1, InlineStyle.STRONG)
    heading = Block(BlockKind.HEADING, text, 0, (0, 1), 1, (bold,))
    item = Block(BlockKind.LIST_ITEM, "1. " + text, len(text) + 1, (1, 2), 1, (), ordinal="1.")
    blocks = split_long_blocks([heading, item], limit=80)
    kinds = [block.kind for block in blocks]
    assert kinds.count(BlockKind.HEADING) == 1 and kinds[0] is BlockKind.HEADING
    items = [block for block in blocks if block.kind is BlockKind.LIST_ITEM]
    assert [block.ordinal for block in items] == ["1."] + [""] * (len(items) - 1)
    joined = "\n".join(block.text for block in blocks)
    for block in blocks:
        for run in block.inlines:
            assert block.start <= run.start < run.end <= block.end
            assert set(joined[run.start:run.end].split()) == {"gras"}
