"""``reader export-audio``: the files, nothing extra when piped, and the exit codes."""

import pytest

from reader.__main__ import main
from reader.export.cli import export_audio_command
from reader.speech.engine import EngineUnavailable, Unavailability
from reader.speech.scripted_engine import ScriptedEngine
from tests.export.conftest import INTERVIEW_MD, audio_files


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "entretien.md"
    path.write_text(INTERVIEW_MD, encoding="utf-8")
    return path


def run(argv, engine=None):
    engine = engine or ScriptedEngine()
    return export_audio_command([str(a) for a in argv], lambda: engine)


def test_exports_the_sections_asked_for_and_says_so_in_one_line(document, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    code = run([document, "--out", out, "--format", "wav", "--sections", "2-3", "--rate", "150"])
    assert code == 0
    assert [p.name[:2] for p in audio_files(out, "wav")] == ["00", "02", "03"]
    printed = capsys.readouterr()
    assert printed.out.splitlines() == [f"Wrote 3 files to {out} (0.1 min of speech)."]
    assert printed.err == ""


def test_without_out_a_folder_named_after_the_document(document, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run([document, "--format", "wav"]) == 0
    assert len(audio_files(tmp_path / "entretien", "wav")) == 4


def test_a_missing_folder_is_an_error_with_a_message(document, tmp_path, capsys):
    assert run([document, "--out", tmp_path / "nowhere"]) == 1
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["{doc}", "--sections", "9"], ["{doc}", "--format", "flac"],
                                  ["{doc}", "--rate", "20"], ["{doc}", "--voice", "nobody"],
                                  []])
def test_usage_errors_exit_2(document, argv):
    with pytest.raises(SystemExit) as raised:
        run([a.replace("{doc}", str(document)) for a in argv])
    assert raised.value.code == 2


def test_unreadable_file_and_no_speech_exit_1(document, tmp_path, capsys):
    assert run([tmp_path / "missing.txt"]) == 1

    def no_engine():
        raise EngineUnavailable(Unavailability.LIBRARY_MISSING)

    assert export_audio_command([str(document), "--out", str(tmp_path)], no_engine) == 1
    assert "espeak-ng" in capsys.readouterr().err


def test_the_reader_command_dispatches_export_audio(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["export-audio", "--help"])
    assert raised.value.code == 0 and "--sections" in capsys.readouterr().out


def test_on_a_terminal_a_progress_bar_rewritten_in_place(document, tmp_path, capsys,
                                                         monkeypatch):
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert run([document, "--out", tmp_path, "--format", "wav"]) == 0
    out = capsys.readouterr().out
    bar, closing = out.rsplit("\n", 2)[0], out.rsplit("\n", 2)[1]
    assert bar.startswith("\r[") and "section 1 of 3: Opening" in bar
    assert "100% · section 3 of 3: Question 2" in bar.split("\r")[-1]
    assert closing.startswith("Wrote 4 files")
