"""The cache of parsed documents: a re-open skips the parse, and never shows a stale one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.document import cache as cache_module
from reader.document.cache import DocumentCache
from reader.document.pipeline import open_document

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "interview-pedocriminalite.txt"


@pytest.fixture
def interview_copy(tmp_path) -> Path:
    path = tmp_path / "interview.txt"
    path.write_bytes(SEED.read_bytes())
    return path


@pytest.fixture
def cache(tmp_path) -> DocumentCache:
    return DocumentCache(tmp_path / "cache")


def test_a_stored_document_comes_back_whole(cache, interview_copy):
    document = open_document(interview_copy)
    cache.store(interview_copy, document)
    again = cache.load(interview_copy)
    assert again == document
    assert [again.question_text(q) for q in again.questions] == [
        document.question_text(q) for q in document.questions]
    assert len(again.questions) == 7 and again.text == document.text


def test_a_changed_file_is_parsed_again(cache, interview_copy):
    cache.store(interview_copy, open_document(interview_copy))
    interview_copy.write_text("Un autre texte.\n", encoding="utf-8")
    assert cache.load(interview_copy) is None


def test_same_size_but_touched_file_is_not_trusted(cache, interview_copy):
    cache.store(interview_copy, open_document(interview_copy))
    stat = interview_copy.stat()
    os.utime(interview_copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert cache.load(interview_copy) is None


def test_a_new_parser_ignores_old_entries(cache, interview_copy, monkeypatch):
    cache.store(interview_copy, open_document(interview_copy))
    monkeypatch.setattr(cache_module, "parser_fingerprint", lambda: "a newer parser")
    assert cache.load(interview_copy) is None


@pytest.mark.parametrize("source", ["structure/questions/questions.py", "formats/epub.py"])
def test_the_fingerprint_follows_the_parser_sources(source):
    fingerprint = cache_module.parser_fingerprint()
    assert len(fingerprint) == 40 and fingerprint == cache_module.parser_fingerprint()
    rules = Path(cache_module.__file__).parent / source
    stat = rules.stat()
    try:
        os.utime(rules, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
        cache_module.parser_fingerprint.cache_clear()
        assert cache_module.parser_fingerprint() != fingerprint
    finally:
        os.utime(rules, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        cache_module.parser_fingerprint.cache_clear()


def test_a_corrupt_entry_is_a_miss(cache, interview_copy, tmp_path):
    cache.store(interview_copy, open_document(interview_copy))
    (entry,) = (tmp_path / "cache").iterdir()
    entry.write_bytes(b"\x80\x05not a pickle at all")
    assert cache.load(interview_copy) is None
    cache.store(interview_copy, open_document(interview_copy))  # and it heals
    assert cache.load(interview_copy) is not None


def test_an_unwritable_cache_is_no_cache(tmp_path, interview_copy):
    blocked = tmp_path / "a file where the folder should be"
    blocked.write_text("")
    cache = DocumentCache(blocked / "cache")
    cache.store(interview_copy, open_document(interview_copy))  # no exception
    assert cache.load(interview_copy) is None


def test_a_missing_file_is_a_miss(cache, tmp_path):
    assert cache.load(tmp_path / "gone.txt") is None


def test_only_the_most_recent_documents_are_kept(tmp_path):
    cache = DocumentCache(tmp_path / "cache", max_entries=2)
    paths = []
    for number in range(3):
        path = tmp_path / f"doc{number}.txt"
        path.write_text(f"Document {number}.\n", encoding="utf-8")
        cache.store(path, open_document(path))
        entry = max((tmp_path / "cache").iterdir(), key=lambda e: e.stat().st_mtime_ns)
        os.utime(entry, ns=(number * 10**9, number * 10**9))  # stored in this order
        paths.append(path)
    cache.store(paths[2], open_document(paths[2]))  # a store trims the oldest
    assert cache.load(paths[0]) is None
    assert cache.load(paths[1]) is not None and cache.load(paths[2]) is not None


def test_the_language_found_later_is_kept(cache, interview_copy):
    cache.store(interview_copy, open_document(interview_copy, with_language=False))
    cache.remember_language(interview_copy, "fr")
    assert cache.load(interview_copy).language == "fr"


def test_a_language_found_for_an_older_version_is_not_kept(cache, interview_copy):
    cache.store(interview_copy, open_document(interview_copy, with_language=False))
    interview_copy.write_text("Another text, in English this time.\n", encoding="utf-8")
    cache.remember_language(interview_copy, "fr")
    assert cache.load(interview_copy) is None


def test_the_cache_stays_within_its_size_on_disk(tmp_path):
    # A 50 MB document pickles to about 150 MB: the oldest entries go before the folder grows.
    paths = []
    for number in range(3):
        path = tmp_path / f"doc{number}.txt"
        path.write_text(f"Document {number}. " + "Une phrase de plus. " * 200, encoding="utf-8")
        paths.append(path)
    one_entry = DocumentCache(tmp_path / "probe")
    one_entry.store(paths[0], open_document(paths[0]))
    size = next((tmp_path / "probe").iterdir()).stat().st_size
    cache = DocumentCache(tmp_path / "cache", max_bytes=2 * size + size // 2)
    for number, path in enumerate(paths):
        cache.store(path, open_document(path))
        newest = max((tmp_path / "cache").iterdir(), key=lambda e: e.stat().st_mtime_ns)
        os.utime(newest, ns=((number + 1) * 10**9, (number + 1) * 10**9))
    cache.store(paths[2], open_document(paths[2]))  # trims by age: doc0 is the oldest
    assert cache.load(paths[0]) is None
    assert cache.load(paths[1]) is not None and cache.load(paths[2]) is not None


def test_a_document_larger_than_the_whole_budget_is_still_kept_alone(tmp_path, interview_copy):
    cache = DocumentCache(tmp_path / "cache", max_bytes=1)
    cache.store(interview_copy, open_document(interview_copy))
    assert cache.load(interview_copy) is not None  # the newest always stays


# --- Nothing in the cache runs, and nobody else reads it --------------------------------------


def test_a_planted_pickle_never_runs(cache, interview_copy, tmp_path):
    # Entries used to be unpickled before their key was checked: a file planted in the cache
    # ran its code when the document was opened.
    import pickle

    marker = tmp_path / "ran"

    class Exploit:
        def __reduce__(self):
            return (Path.touch, (marker,))

    cache.store(interview_copy, open_document(interview_copy))
    (entry,) = (tmp_path / "cache").iterdir()
    for name in (entry, entry.with_suffix(".document")):
        name.write_bytes(pickle.dumps(Exploit()))
        assert cache.load(interview_copy) is None
    assert not marker.exists()


def test_an_entry_whose_key_is_wrong_is_not_parsed(cache, interview_copy, tmp_path,
                                                   monkeypatch):
    cache.store(interview_copy, open_document(interview_copy))
    (entry,) = (tmp_path / "cache").iterdir()
    header, body = entry.read_bytes().split(b"\n", 1)
    entry.write_bytes(header.replace(b'"size":', b'"size":1') + b"\n" + body)
    parsed = []
    monkeypatch.setattr(cache_module, "from_data", lambda data: parsed.append(data))
    assert cache.load(interview_copy) is None
    assert parsed == []


def test_a_forged_entry_with_offsets_outside_the_text_is_a_miss(cache, interview_copy,
                                                                tmp_path):
    import json

    cache.store(interview_copy, open_document(interview_copy))
    (entry,) = (tmp_path / "cache").iterdir()
    header, body = entry.read_text(encoding="utf-8").split("\n", 1)
    data = json.loads(body)
    data["sections"][0][4] = 10**9  # a section ending far past the text
    entry.write_text(header + "\n" + json.dumps(data), encoding="utf-8")
    assert cache.load(interview_copy) is None


def test_the_cache_is_private_to_its_user(tmp_path, interview_copy):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o755)  # as older versions made it
    folder.chmod(0o755)
    cache = DocumentCache(folder)
    cache.store(interview_copy, open_document(interview_copy))
    assert folder.stat().st_mode & 0o777 == 0o700
    (entry,) = folder.iterdir()
    assert entry.stat().st_mode & 0o777 == 0o600
    fresh = tmp_path / "fresh" / "cache"
    DocumentCache(fresh).store(interview_copy, open_document(interview_copy))
    assert fresh.stat().st_mode & 0o777 == 0o700


def test_a_symlink_loop_is_a_miss_not_an_error(cache, tmp_path):
    (tmp_path / "a.md").symlink_to(tmp_path / "b.md")
    (tmp_path / "b.md").symlink_to(tmp_path / "a.md")
    assert cache.load(tmp_path / "a.md") is None
    cache.store(tmp_path / "a.md", open_document(interview_copy_text(tmp_path)))


def interview_copy_text(tmp_path: Path) -> Path:
    path = tmp_path / "plain.txt"
    path.write_text("Un texte.\n", encoding="utf-8")
    return path
