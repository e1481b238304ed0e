"""Score the structure analysis over the fixture corpus: question precision, recall and F1,
title accuracy, and the articles that wrongly got questions.

Run from the checkout: ``PYTHONPATH=. python scripts/score_structure.py [FOLDER] [-v]`` (the
path makes it score this checkout, not an installed copy). Each document
``NAME.txt``/``NAME.md`` is compared with ``NAME.expected.json`` (``title``, ``kind`` and
``questions``: a list of objects with a ``text``). A found question counts as right when its
text, spaces folded, equals an expected one.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from reader.document import open_document

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "document" / "fixtures"


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def score(folder: Path, verbose: bool) -> None:
    found_total = expected_total = right_total = titles_right = documents = 0
    speakers_right = speakers_total = 0
    articles_with_questions = []
    for path in sorted(folder.iterdir()):
        expected_path = folder / f"{path.stem}.expected.json"
        if path.suffix not in (".txt", ".md") or not expected_path.is_file():
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        document = open_document(path, with_language=False)
        found = Counter(_fold(s.heading) for s in document.questions)
        wanted = Counter(_fold(q["text"]) for q in expected["questions"])
        right = sum((found & wanted).values())
        said = {_fold(s.heading): s.speaker for s in document.questions}
        for question in expected["questions"]:
            if "speaker" in question and _fold(question["text"]) in said:
                speakers_total += 1
                speakers_right += said[_fold(question["text"])] == question["speaker"]
        documents += 1
        found_total += sum(found.values())
        expected_total += sum(wanted.values())
        right_total += right
        title_ok = _fold(document.title) == _fold(expected["title"])
        titles_right += title_ok
        if not wanted and found:
            articles_with_questions.append(path.name)
        if verbose and (not title_ok or found != wanted):
            print(f"{path.name}: {right}/{sum(wanted.values())} right, "
                  f"{sum(found.values()) - right} extra; title {'ok' if title_ok else 'WRONG'}")
            if not title_ok:
                print(f"   title: {document.title!r} (expected {expected['title']!r})")
            for text in (wanted - found):
                print(f"   missed: {text[:90]}")
            for text in (found - wanted):
                print(f"   extra:  {text[:90]}")
    precision = right_total / found_total if found_total else 1.0
    recall = right_total / expected_total if expected_total else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"documents {documents}  questions expected {expected_total} found {found_total}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  "
          f"titles {titles_right / max(documents, 1):.3f}")
    print(f"speakers right {speakers_right}/{speakers_total} of the questions found")
    print(f"articles with questions: {len(articles_with_questions)} {articles_with_questions}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    score(Path(args[0]) if args else DEFAULT, "-v" in sys.argv)
