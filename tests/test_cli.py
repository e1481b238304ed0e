"""`reader outline FILE [--json]`, run as a user runs it: a separate process, real files."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INTERVIEW = ROOT / "seeds" / "interview-pedocriminalite.txt"
ARTICLE = ROOT / "seeds" / "article-pedocriminalite.txt"

SEED_QUESTIONS = [
    "Qu'appelle-t-on exploitation sexuelle des mineurs ?",
    "Cela veut-il dire qu'il y a de moins en moins de pédophiles qui se rendent en Asie du "
    "Sud-Est, et de plus en plus sur Internet ?",
    "Pourquoi la France organise-t-elle ce séminaire ?",
    "Justement, plusieurs organismes bancaires, comme MasterCard ou PayPal, seront représentés...",
    "Pourquoi une immense majorité des victimes se trouvent-elles dans cette partie du monde ?",
    "Des acteurs de l'Internet, comme Facebook, seront représentés au séminaire. Mais pas Skype. "
    "Pourquoi ?",
    "Quelle est la part de Français qui participent à cette exploitation sexuelle de mineurs ?",
]


def reader(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], cwd=ROOT, capture_output=True, text=True,
        timeout=60,
    )


def test_json_outline_of_the_seed_interview():
    result = reader("outline", str(INTERVIEW), "--json")
    assert result.returncode == 0, result.stderr
    outline = json.loads(result.stdout)
    assert outline["kind"] == "interview"
    assert outline["language"] == "fr"
    assert outline["title"].startswith("Pédocriminalité: «Il y a une explosion du live-streaming")
    assert [q["text"] for q in outline["questions"]] == SEED_QUESTIONS
    first, last = outline["questions"][0], outline["questions"][-1]
    assert first["answer"].startswith("Cette notion englobe plusieurs comportements.")
    assert first["answer"].endswith("notamment aux Philippines.")
    assert last["answer"].endswith("augmentation exponentielle du nombre de cas traités.")
    # Question 6's answer is the Skype paragraph, not the "Pourquoi ?" that belongs to the question.
    assert outline["questions"][5]["answer"].startswith("On a tout fait pour que Skype soit là")


def test_json_outline_of_the_seed_article_has_no_question():
    result = reader("outline", str(ARTICLE), "--json")
    assert result.returncode == 0, result.stderr
    outline = json.loads(result.stdout)
    assert outline["questions"] == []
    assert outline["kind"] == "article"
    assert outline["language"] == "fr"


def test_text_outline_lists_numbered_questions_for_a_terminal():
    result = reader("outline", str(INTERVIEW))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Pédocriminalité")
    assert "Question 1: Qu'appelle-t-on exploitation sexuelle des mineurs ?" in lines
    assert sum(line.startswith("Question ") for line in lines) == 7


def test_unreadable_file_exits_1_with_a_message_on_stderr(tmp_path):
    result = reader("outline", str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_folder_is_refused_with_exit_1(tmp_path):
    result = reader("outline", str(tmp_path))
    assert result.returncode == 1
    assert "folder" in result.stderr


def test_usage_error_exits_2():
    result = reader("outline")
    assert result.returncode == 2
    assert "usage" in result.stderr.lower()
    assert reader("outline", str(INTERVIEW), "--no-such-option").returncode == 2


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    # `reader outline big.txt --json | head`: the pipe closes before the output is written.
    big = tmp_path / "big.txt"
    big.write_text("".join(f"Question {i} ?\n\nRéponse {i}.\n\n" for i in range(20_000)))
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "outline", str(big), "--json"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert process.stdout.read(100)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in stderr
