"""The cache's JSON, written and read a piece at a time (reader.document.json_pieces)."""

from __future__ import annotations

import io
import json

import pytest

from reader.document import json_pieces


def _written(data, lists=(), texts=()) -> str:
    out = io.StringIO()
    json_pieces.dump(data, out, lists=lists, texts=texts)
    return out.getvalue()


def _read(text: str, texts=()):
    return json_pieces.load(io.BytesIO(text.encode("utf-8")), texts=texts)


@pytest.mark.parametrize("data", [
    {"version": 1, "blocks": [], "source": ""},
    {"version": 1, "blocks": [[i, "é" * i, {"a": [i]}] for i in range(1_234)],
     "source": "Ligne «un»\n\"deux\"\t\\ 🙂 " * 30_000, "title": "T"},
])
def test_what_is_written_in_pieces_reads_back_the_same(data):
    written = _written(data, lists=("blocks",), texts=("source",))
    assert written.count("\n") > 3 or not data["blocks"]  # in lines, not one
    assert _read(written, texts=("source",)) == data


def test_it_is_still_one_json_value_and_plain_json_reads_back_too():
    data = {"version": 1, "blocks": [[1, "a"], [2, "b"]], "source": "texte"}
    written = _written(data, lists=("blocks",), texts=("source",))
    assert json.loads(written)["blocks"] == data["blocks"]
    assert _read(json.dumps(data), texts=("source",)) == data
    assert _read(json.dumps(data, indent=2), texts=("source",)) == data


@pytest.mark.parametrize("broken", [
    "", "{", '{"a":[1,2', '{"a":1 "b":2}', '{"a":[1 2]}', '{"a":1}}', '{"source":["x",3]}',
    "\xff",
])
def test_a_broken_entry_is_a_value_error(broken):
    with pytest.raises(ValueError):
        _read(broken, texts=("source",))


def test_what_dump_wrote_is_read_a_line_at_a_time_never_whole(monkeypatch):
    data = {"version": 2, "text": "Un texte — long 🙂\n" * 50_000,
            "blocks": [[i] for i in range(3000)], "sections": []}
    written = _written(data, lists=("blocks", "sections"), texts=("text",))

    def whole(source):
        raise AssertionError("decoded whole")

    monkeypatch.setattr(json_pieces, "_decoded", whole)
    assert _read(written, texts=("text",)) == data


def test_an_entry_cut_anywhere_is_a_value_error_never_other_data():
    data = {"version": 2, "text": "abc\n" * 10, "blocks": [[1, "a"], [2, "b"]], "sections": []}
    written = _written(data, lists=("blocks", "sections"), texts=("text",))
    for end in range(len(written)):
        with pytest.raises(ValueError):
            _read(written[:end], texts=("text",))
