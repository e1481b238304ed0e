"""A large plain-text document parsed a piece at a time reads exactly as one parsed whole."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

from benchmarks.corpus import interview_like
from reader.document import chunks, markdown_nesting, pipeline
from reader.document.chunks import pieces
from reader.document.model import NoticeKind
from reader.document.pipeline import parse_text

FUZZ = Path(__file__).resolve().parents[2] / "scripts" / "fuzz.py"
CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"

# "```a`b" is no fence (a backtick in its info string): the fence is the next "```".
NOT_A_FENCE = "```a`b\n\nText.\n\n```\ncode\n\nInside the fence.\n```\n\nEnd.\n\n"

TRICKY = """Intro paragraph.

```
code

Inside the fence, after a blank line.
```

- a list item

  still the item

Then a paragraph.

> a quotation

Another paragraph with *emphasis*.

| a | b |
|---|---|
| 1 | 2 |

Last words.
"""


def test_pieces_join_back_to_the_source_and_never_cut_inside_a_fence():
    source = TRICKY * 40
    cut = list(pieces(source, size=50))
    assert len(cut) > 10
    assert "".join(piece for _line, piece in cut) == source
    for first_line, piece in cut:
        assert source.split("\n")[first_line] == piece.split("\n")[0]
        assert piece.count("```") % 2 == 0  # a fence opened in a piece closes in it


def test_a_document_parsed_in_pieces_is_the_document_parsed_whole(monkeypatch):
    text = interview_like(200_000) + "\n\n" + TRICKY * 20
    assert_parsed_in_pieces_as_whole(monkeypatch, text, True, piece_chars=3000, at_least=20)


def assert_parsed_in_pieces_as_whole(monkeypatch, text: str, plain: bool, piece_chars: int,
                                     at_least: int) -> None:
    """``text`` parsed in pieces of ``piece_chars`` (more than ``at_least`` of them) gives
    the document it gives parsed whole."""
    whole = parse_text(text, plain_text=plain, with_language=False)
    monkeypatch.setattr(pipeline, "CHUNKED_CHARS", 1000)
    monkeypatch.setattr(chunks, "PIECE_CHARS", piece_chars)
    cut = []
    monkeypatch.setattr(markdown_nesting, "pieces",
                        lambda source: cut.extend(pieces(source)) or cut)
    in_pieces = parse_text(text, plain_text=plain, with_language=False)
    assert len(cut) > at_least
    assert in_pieces.text == whole.text
    assert in_pieces.blocks == whole.blocks
    assert in_pieces.sections == whole.sections


def _fuzz_markdown(count: int) -> list[str]:
    spec = importlib.util.spec_from_file_location("fuzz_markdown", FUZZ)
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_markdown"] = module  # its dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        made = [module.random_markdown(random.Random(n)) for n in range(count)]
    finally:
        sys.modules.pop("fuzz_markdown", None)
    # Nesting too deep is flattened in the whole source, or in each piece that has it: the
    # rest of a document is then nested as written (better), not as the whole parse has it.
    return [text for text in made if not any(
        notice.kind is NoticeKind.FLATTENED for notice in parse_text(text).notices)]


@pytest.mark.parametrize("plain", [False, True])
def test_markdown_parsed_in_pieces_is_markdown_parsed_whole(monkeypatch, plain):
    # Large .md files are parsed in pieces too: the corpus's Markdown and the fuzz's, with
    # fences, lists, quotations, tables, indented code and "```a`b" (not a fence).
    corpus = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.md"))]
    text = "\n\n".join(corpus + _fuzz_markdown(600) + [NOT_A_FENCE * 30, TRICKY])
    assert_parsed_in_pieces_as_whole(monkeypatch, text, plain, piece_chars=2000, at_least=40)
