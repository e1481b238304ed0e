"""A window's document keeps its text once: the source is let go after parsing, the blocks read
their texts from the document's. What the reader relies on must not change: the whole text,
every block's text at its place, outline corrections found again, old cache entries."""

from __future__ import annotations

import copy
import dataclasses
import gc
import hashlib
import json
import pickle
from pathlib import Path

from reader.document import Block, open_document, parse_text
from reader.document import cache as cache_module
from reader.document.cache import DocumentCache
from reader.document.correction_store import CorrectionStore, corrected
from reader.document.corrections import CorrectionKind, correction_at
from reader.document.loading import normalize

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "interview-pedocriminalite.txt"
ESSAY = """Why we keep old letters — a note
Most of us keep a box of letters somewhere, and we seldom open it.
Part of the answer is handwriting, which carries a person in a way print cannot.
Another part is time: a letter took days to arrive, and so it was written with care.
"""


def _copy_of_seed(tmp_path: Path) -> Path:
    path = tmp_path / "interview.txt"
    path.write_bytes(SEED.read_bytes())
    return path


def _texts_held(document) -> list[str]:
    """The strings the blocks hold, but the document's own text."""
    return [held for block in document.blocks for held in gc.get_referents(block)
            if isinstance(held, str) and held is not document.text and len(held) > 1]


def test_the_text_is_whole_and_every_block_reads_its_own(tmp_path):
    path = _copy_of_seed(tmp_path)
    document = open_document(path, with_language=False)
    parsed = parse_text(SEED.read_text(encoding="utf-8"), path=str(path), plain_text=True,
                        with_language=False)
    assert document.text == parsed.text
    assert [b.text for b in document.blocks] == [b.text for b in parsed.blocks]
    assert document.text == "\n".join(block.text for block in document.blocks)
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text
    assert document.questions and document.question_text(document.questions[0])
    assert _texts_held(document) == []  # the text once
    assert document.source == "" and parsed.source  # a string parsed keeps it, for its caller


def test_a_document_read_back_from_the_cache_is_the_same_and_keeps_its_text_once(tmp_path):
    path = _copy_of_seed(tmp_path)
    cache = DocumentCache(tmp_path / "cache")
    document = open_document(path, with_language=False)
    cache.store(path, document)
    again = cache.load(path)
    assert again == document and again.text == document.text
    assert [again.answer_text(q) for q in again.questions] == [
        document.answer_text(q) for q in document.questions]
    assert _texts_held(again) == []
    named = dataclasses.replace(again, path="/elsewhere/interview.txt")
    assert named.text is again.text and named.blocks == again.blocks


def test_a_block_changed_copied_or_compared_is_the_block_it_stands_for():
    document = parse_text(ESSAY, plain_text=True, with_language=False)
    block = document.blocks[1]
    own = Block(block.kind, block.text, block.start, block.source_lines, block.level,
                block.inlines, block.role, block.ordinal)
    assert block == own and own == block and hash(block) == hash(own)
    assert copy.deepcopy(block) == block and pickle.loads(pickle.dumps(block)) == block
    moved = dataclasses.replace(block, start=0)
    assert moved.text == block.text and moved.start == 0 and moved.end == len(block.text)
    assert repr(block) == repr(own)


def test_a_corrected_outline_is_still_found_after_a_reopen_from_the_cache(tmp_path):
    path = tmp_path / "letters.txt"
    path.write_text(ESSAY, encoding="utf-8")
    store = CorrectionStore(tmp_path / "corrections")
    cache = DocumentCache(tmp_path / "cache")
    document = open_document(path, with_language=False)
    part = next(i for i, b in enumerate(document.blocks) if b.text.startswith("Part of"))
    correction = correction_at(document, CorrectionKind.QUESTION, part)
    assert store.save(document, (correction,)) is None
    # Kept under the same name as before the source was let go: SHA-256 of the normalised text.
    digest = hashlib.sha256(normalize(ESSAY).encode("utf-8")).hexdigest()
    assert [f.stem for f in store.folder.iterdir()] == [digest]
    cache.store(path, document)
    path.rename(tmp_path / "renamed.txt")  # found by its content, not its path
    renamed = tmp_path / "renamed.txt"
    cache.store(renamed, open_document(renamed, with_language=False))
    again, stored, dropped = corrected(cache.load(renamed), store)
    assert stored.corrections == (correction,) and dropped == ()
    assert [q.heading for q in again.questions] == [document.blocks[part].text]


def test_an_entry_of_the_previous_version_is_parsed_again(tmp_path):
    path = _copy_of_seed(tmp_path)
    cache = DocumentCache(tmp_path / "cache")
    document = open_document(path, with_language=False)
    cache.store(path, document)
    (entry,) = (tmp_path / "cache").iterdir()
    header = entry.read_text(encoding="utf-8").split("\n", 1)[0]
    old = {  # as version 1 wrote it: the source, and every block with its own text
        "version": 1, "title": document.title, "kind": document.kind.value, "language": "",
        "blocks": [[b.kind.value, b.text, b.start, list(b.source_lines), b.level, [],
                    b.role.value, b.ordinal] for b in document.blocks],
        "sections": [], "source": SEED.read_text(encoding="utf-8"), "path": str(path),
        "encoding": "utf-8", "notices": [], "format": "text"}
    entry.write_text(header + "\n" + json.dumps(old), encoding="utf-8")
    assert cache_module.DocumentCache(tmp_path / "cache").holds(path)  # the key still fits
    assert cache.load(path) is None  # a miss: the document is parsed again, as the window does
    cache.store(path, open_document(path, with_language=False))
    assert cache.load(path) == document
