"""Every format parsed by a child process (reader.document.parse_apart) gives the window the
very document its own parse would have, a file the child cannot read is said as before, and
a child that fails leaves the file to the window's own parse.

The sizes from which each format goes apart are lowered to nothing here: the child is sent
small files (what it runs does not depend on the size; the window's process decides). A PDF
named .pdf stays in the window's worker, but one with no suffix goes apart as a text file
would: the child must make the same document of it too."""

from __future__ import annotations

import zipfile

import pytest

from benchmarks.formats import _html, _paragraphs
from reader.document import parse_apart, pipeline
from reader.document.cache import DocumentCache
from reader.document.loading import LoadError, LoadProblem
from reader.document.pipeline import open_document

from .doc_maker import WordFile
from .makers import seed_blocks, write_docx, write_epub, write_odt, write_pdf
from .rtf_maker import write_rtf
from .transcript_makers import write_transcript

SEED = seed_blocks()
WORDS = "\n\n".join(block.text for block in SEED)


@pytest.fixture
def every_size(monkeypatch):
    monkeypatch.setattr(parse_apart, "APART_FROM", dict.fromkeys(parse_apart.APART_FROM, 0))


def _not_here(monkeypatch):
    """The window's process may not parse from now on: only the child."""

    def not_here(*args, **kwargs):
        raise AssertionError("parsed in the window's process")

    monkeypatch.setattr(pipeline, "open_document", not_here)


MAKERS = {
    "interview.pdf": lambda path: write_pdf(path, _html(_paragraphs(WORDS)), title="Entretien"),
    "interview.docx": lambda path: write_docx(path, SEED),
    "interview.odt": lambda path: write_odt(path, SEED),
    "interview.epub": lambda path: write_epub(path, [("Un", _html(_paragraphs(WORDS)))]),
    "interview.html": lambda path: path.write_text(
        f"<html lang='fr'><body><h1>Entretien</h1>{_html(_paragraphs(WORDS))}</body></html>",
        encoding="utf-8"),
    "interview.rtf": lambda path: write_rtf(path, SEED, title_index=0),
    "interview.vtt": lambda path: write_transcript(path, SEED, "zoom"),
    "interview.srt.txt": lambda path: write_transcript(path, SEED, "srt"),  # sniffed
    "interview.doc": lambda path: path.write_bytes(
        WordFile().add("Entretien").add("Pourquoi écrire ?").add("Parce que.").build()),
    "interview.md": lambda path: path.write_text(f"# Entretien\n\n{WORDS}\n", encoding="utf-8"),
}


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_each_format_parsed_in_a_child_is_the_document_the_window_makes(
        name, qapp, tmp_path, monkeypatch, every_size):
    path = tmp_path / name
    MAKERS[name](path)
    here = open_document(path, with_language=False)
    assert here.text.strip()
    _not_here(monkeypatch)
    cache = DocumentCache(tmp_path / "cache")
    apart = cache.parsed_apart(path)
    assert apart is not None
    assert apart == here
    assert (apart.text, apart.sections, apart.format) == (here.text, here.sections, here.format)
    assert cache.holds(path)


def _damaged_docx(path):
    write_docx(path, SEED)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/document.xml"] = members["word/document.xml"][:200]  # cut in the middle
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


DAMAGED = {
    "cut.pdf": lambda path: path.write_bytes(
        write_pdf(path, _html(_paragraphs(WORDS))).read_bytes()[:3000]),
    "cut.docx": _damaged_docx,
    "locked.doc": lambda path: path.write_bytes(WordFile().add("Secret.").build(encrypted=True)),
    "photo.txt": lambda path: path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64),
}


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_a_file_the_child_cannot_read_says_what_the_window_said_without_a_second_parse(
        name, qapp, tmp_path, monkeypatch, every_size):
    path = tmp_path / name
    DAMAGED[name](path)
    with pytest.raises(LoadError) as in_process:
        open_document(path, with_language=False)
    _not_here(monkeypatch)
    cache = DocumentCache(tmp_path / "cache")
    with pytest.raises(LoadError) as apart:
        cache.parsed_apart(path)
    said = (apart.value.problem, apart.value.path, apart.value.detail)
    assert said == (in_process.value.problem, in_process.value.path, in_process.value.detail)
    assert apart.value.problem is not LoadProblem.UNREADABLE
    assert not cache.holds(path)


@pytest.mark.parametrize("child", [
    "import sys; sys.exit(1)",  # a parser's bug, say
    "import sys; print('not a problem'); sys.exit(3)",  # says no problem that is known
    "import sys; print('[\"no_such_problem\", \"\"]'); sys.exit(3)",
    "",  # ends well, yet stored nothing
])
def test_a_child_that_fails_leaves_the_file_to_the_window(child, tmp_path, monkeypatch,
                                                           every_size):
    path = tmp_path / "interview.md"
    MAKERS["interview.md"](path)
    monkeypatch.setattr(parse_apart, "_CHILD", child)
    cache = DocumentCache(tmp_path / "cache")
    assert cache.parsed_apart(path) is None
    assert not cache.holds(path)


def test_what_a_library_printed_before_the_problem_is_passed_over(tmp_path, monkeypatch,
                                                                   every_size):
    path = tmp_path / "interview.md"
    MAKERS["interview.md"](path)
    monkeypatch.setattr(parse_apart, "_CHILD", "import sys; print('a warning'); "
                        "print('[\"corrupt\", \"PDF\"]'); sys.exit(3)")
    with pytest.raises(LoadError) as raised:
        DocumentCache(tmp_path / "cache").parsed_apart(path)
    assert (raised.value.problem, raised.value.detail) == (LoadProblem.CORRUPT, "PDF")
    assert raised.value.path == str(path)


def test_no_interpreter_to_start_leaves_the_file_to_the_window(tmp_path, monkeypatch,
                                                              every_size):
    path = tmp_path / "interview.md"
    MAKERS["interview.md"](path)
    monkeypatch.setattr(parse_apart.sys, "executable", str(tmp_path / "no-python"))
    assert DocumentCache(tmp_path / "cache").parsed_apart(path) is None


def test_each_format_goes_apart_from_its_own_size(tmp_path):
    def worth(name: str, size: int) -> bool:
        path = tmp_path / name
        path.write_bytes(b"x" * size)
        return parse_apart.worth_a_child(path)

    assert not worth("book.pdf", 10 * 1024 * 1024)  # its pages are read apart already
    assert not worth("letter.docx", 200 * 1024) and worth("letter.docx", 300 * 1024)
    assert not worth("page.html", 900 * 1024) and worth("page.html", 1024 * 1024)
    assert not worth("notes.txt", 900 * 1024) and worth("notes", 1024 * 1024)
    assert not parse_apart.worth_a_child(tmp_path / "gone.pdf")
