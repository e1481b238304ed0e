"""A large plain-text document parsed a piece at a time reads exactly as one parsed whole."""

from __future__ import annotations

from benchmarks.corpus import interview_like
from reader.document import chunks, markdown, pipeline
from reader.document.chunks import pieces
from reader.document.pipeline import parse_text

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
    whole = parse_text(text, plain_text=True, with_language=False)
    monkeypatch.setattr(pipeline, "CHUNKED_CHARS", 1000)
    monkeypatch.setattr(chunks, "PIECE_CHARS", 3000)
    cut = []
    monkeypatch.setattr(markdown, "pieces", lambda source: cut.extend(pieces(source)) or cut)
    in_pieces = parse_text(text, plain_text=True, with_language=False)
    assert len(cut) > 20
    assert in_pieces.text == whole.text
    assert in_pieces.blocks == whole.blocks
    assert in_pieces.sections == whole.sections
