"""Score the structure analysis over a corpus of documents with expected outlines: question
precision, recall and F1, title accuracy, speakers, and the articles that wrongly got questions.

Run from the checkout: ``PYTHONPATH=. python scripts/score_structure.py [FOLDER] [-v]`` (the
path makes it score this checkout, not an installed copy; FOLDER defaults to
``tests/document/fixtures/corpus``). Each document ``NAME.txt``/``NAME.md`` is compared with
``NAME.expected.json``: ``title``, ``kind`` and ``questions``, a list of ``{"speaker", "text"}``.
A question found counts as right when its text, spaces and case folded, equals an expected one.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reader.document import Document, open_document
from scripts.scoring import f1, fold, precision, recall

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "document" / "fixtures" / "corpus"


@dataclass
class Scores:
    documents: int = 0
    expected: int = 0
    found: int = 0
    right: int = 0
    titles_right: int = 0
    speakers_right: int = 0
    speakers_checked: int = 0
    articles_with_questions: list[str] = field(default_factory=list)
    report: list[str] = field(default_factory=list)  # what each wrong document got wrong

    @property
    def precision(self) -> float:
        return precision(self.right, self.found)

    @property
    def recall(self) -> float:
        return recall(self.right, self.expected)

    @property
    def f1(self) -> float:
        return f1(self.right, self.found, self.expected)

    @property
    def titles(self) -> float:
        return self.titles_right / self.documents if self.documents else 1.0


def measure(folder: Path) -> Scores:
    scores = Scores()
    for path, expected in corpus(folder):
        score_document(scores, path.name, open_document(path, with_language=False), expected)
    return scores


def corpus(folder: Path) -> list[tuple[Path, dict]]:
    """Each scored document (``.txt``/``.md`` with its ``.expected.json``) and what is expected."""
    pages = []
    for path in sorted(folder.iterdir()):
        expected_path = folder / f"{path.stem}.expected.json"
        if path.suffix in (".txt", ".md") and expected_path.is_file():
            pages.append((path, json.loads(expected_path.read_text(encoding="utf-8"))))
    return pages


def same(text: str) -> str:
    return text


def score_document(scores: Scores, name: str, document: Document, expected: dict,
                   canon: Callable[[str], str] = same) -> tuple[int, int, bool]:
    """Add one document's outline to ``scores``; return its questions right, its questions
    found but not expected, and whether its title is right. ``canon`` is applied to the texts
    found and expected before they are folded (score_variants: a variant's changed characters)."""
    found = Counter(fold(canon(s.heading)) for s in document.questions)
    wanted = Counter(fold(canon(q["text"])) for q in expected["questions"])
    right = sum((found & wanted).values())
    scores.documents += 1
    scores.found += sum(found.values())
    scores.expected += sum(wanted.values())
    scores.right += right
    title_ok = fold(canon(document.title)) == fold(canon(expected["title"]))
    scores.titles_right += title_ok
    said = {fold(canon(s.heading)): s.speaker for s in document.questions}
    for question in expected["questions"]:
        if "speaker" in question and fold(canon(question["text"])) in said:
            scores.speakers_checked += 1
            scores.speakers_right += said[fold(canon(question["text"]))] == question["speaker"]
    if not wanted and found:
        scores.articles_with_questions.append(name)
    if not title_ok or found != wanted:
        scores.report.append(
            f"{name}: {right}/{sum(wanted.values())} right, "
            f"{sum(found.values()) - right} extra; title {'ok' if title_ok else 'WRONG'}"
        )
        if not title_ok:
            scores.report.append(f"   title: {document.title!r} (not {expected['title']!r})")
        scores.report += [f"   missed: {text[:90]}" for text in wanted - found]
        scores.report += [f"   extra:  {text[:90]}" for text in found - wanted]
    return right, sum(found.values()) - right, title_ok


def main(argv: list[str]) -> None:
    args = [a for a in argv if a != "-v"]
    scores = measure(Path(args[0]) if args else DEFAULT)
    if "-v" in argv:
        print("\n".join(scores.report))
    print(f"documents {scores.documents}  questions expected {scores.expected} "
          f"found {scores.found}")
    print(f"precision {scores.precision:.3f}  recall {scores.recall:.3f}  F1 {scores.f1:.3f}  "
          f"titles {scores.titles:.3f}")
    print(f"speakers right {scores.speakers_right}/{scores.speakers_checked} of those found")
    print(f"articles with questions: {len(scores.articles_with_questions)} "
          f"{scores.articles_with_questions}")


if __name__ == "__main__":
    main(sys.argv[1:])
