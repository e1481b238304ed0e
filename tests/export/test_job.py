"""The export job with the scripted engine: the voices, the files, progress, and every fault
(no folder, unwritable, disk full, Cancel, nothing to read, the engine failing)."""

import errno
import os
import subprocess
from pathlib import Path

import pytest
from mutagen.wave import WAVE

from reader.document import open_document
from reader.export.encoding import AudioFormat, open_soundfile
from reader.export.job import ExportError, ExportFault, ExportRequest, export_audio
from reader.speech.options import ReadingOptions
from reader.speech.scripted_engine import ScriptedEngine
from tests.export.conftest import audio_files, decoded


def export(document, folder, engine=None, **kwargs):
    engine = engine or ScriptedEngine()
    request = ExportRequest(document, Path(folder), AudioFormat.WAV,
                            kwargs.pop("reading", ReadingOptions()))
    return export_audio(request, engine, **kwargs), engine


def leftovers(folder):
    return sorted(p.name for p in Path(folder).iterdir() if p.name.endswith(".part"))


def test_reads_with_the_reading_voices_rate_and_announcements(small_interview, tmp_path):
    reading = ReadingOptions(rate_wpm=200, pitch=60)
    _, engine = export(small_interview, tmp_path, reading=reading)
    spoken = {call.text: call.voice_id for call in engine.calls}
    assert spoken["Question 1."] == "fr"  # the announcement, in the narrator's voice
    assert spoken["Première question ?"] == "fr+m3"  # the interviewer
    assert spoken["Première réponse."] == "fr+f3"  # the interviewee
    assert {(c.rate_wpm, c.pitch) for c in engine.calls} == {(200, 60)}


def test_no_announcements_when_they_are_off(small_interview, tmp_path):
    _, engine = export(small_interview, tmp_path,
                       reading=ReadingOptions(announce_questions=False))
    assert "Question 1." not in engine.texts


def test_writes_parts_whole_captions_and_playlist(small_interview, tmp_path):
    result, _ = export(small_interview, tmp_path)
    names = [p.name for p in result.parts]
    assert names == ["01 – Opening.wav", "02 – Question 1 – Première question.wav",
                     "03 – Question 2 – Deuxième question.wav"]
    lengths = [decoded(p)[0] for p in result.parts]
    whole, rms = decoded(result.whole)
    assert whole == pytest.approx(sum(lengths), abs=0.001) and rms > 0.01
    tags = WAVE(result.parts[1]).tags
    assert str(tags["TIT2"]) == "Question 1 – Première question ?"
    assert str(tags["TRCK"]) == "2/3" and str(tags["TPE1"]) == "Par Jeanne Martin"
    assert str(tags["TALB"]) == "Un entretien" and str(tags["TLAN"]) == "fra"
    chapters = sorted(WAVE(result.whole).tags.getall("CHAP"), key=lambda c: c.start_time)
    assert [c.start_time for c in chapters] == [0, round(lengths[0] * 1000),
                                                round((lengths[0] + lengths[1]) * 1000)]
    captions = result.parts[1].with_suffix(".vtt").read_text(encoding="utf-8")
    assert captions.startswith("WEBVTT\n\n00:00:00.000 --> ")
    assert "Première question ?" in captions and "Première réponse." in captions
    playlist = result.playlist.read_text(encoding="utf-8").splitlines()
    assert playlist[0] == "#EXTM3U" and playlist[-1] == names[-1]
    assert leftovers(tmp_path) == []


def test_progress_goes_from_the_first_part_to_the_end(small_interview, tmp_path):
    seen = []
    export(small_interview, tmp_path, progress=seen.append)
    fractions = [p.fraction for p in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert [p.index for p in seen][0] == 0 and seen[-1].index == 2 and seen[-1].count == 3
    assert seen[-1].seconds_left == 0


def test_no_folder_and_a_file_instead_of_a_folder(small_interview, tmp_path):
    with pytest.raises(ExportError) as missing:
        export(small_interview, tmp_path / "nowhere")
    assert missing.value.fault is ExportFault.NO_FOLDER
    assert "does not exist" in missing.value.message
    (tmp_path / "f").write_text("x")
    with pytest.raises(ExportError) as file:
        export(small_interview, tmp_path / "f")
    assert file.value.fault is ExportFault.NOT_A_FOLDER


@pytest.fixture
def unwritable(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    if not os.access(folder, os.W_OK):
        yield folder
    else:  # root writes anywhere: a read-only file system stops it too
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs",
                               str(folder)], capture_output=True)
        if done.returncode:
            pytest.skip("root here, and no read-only mount to test with")
        yield folder
        subprocess.run(["umount", str(folder)], check=True)
    folder.chmod(0o755)


def test_an_unwritable_folder(small_interview, unwritable):
    with pytest.raises(ExportError) as raised:
        export(small_interview, unwritable)
    assert raised.value.fault is ExportFault.UNWRITABLE
    assert "cannot be written to" in raised.value.message


def test_a_full_disk_keeps_the_finished_parts_and_no_half_file(small_interview, tmp_path):
    writes = {"count": 0}

    class FillingWriter:
        def __init__(self, path, audio_format, rate):
            self._real = open_soundfile(path, audio_format, rate)

        def write(self, samples):
            writes["count"] += 1
            if writes["count"] > 14:  # the opening's sentences, twice, then the disk is full
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            self._real.write(samples)

        def close(self):
            self._real.close()

    with pytest.raises(ExportError) as raised:
        export(small_interview, tmp_path, open_writer=FillingWriter)
    assert raised.value.fault is ExportFault.DISK_FULL
    assert "disk is full" in raised.value.message
    assert [p.name for p in raised.value.finished] == ["01 – Opening.wav"]
    assert [p.name for p in audio_files(tmp_path, "wav")] == ["01 – Opening.wav"]
    assert decoded(tmp_path / "01 – Opening.wav")[0] > 1
    assert leftovers(tmp_path) == []


def test_a_really_full_disk(small_interview, tmp_path):
    folder = tmp_path / "tiny"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(folder)],
                      capture_output=True).returncode:
        pytest.skip("no tmpfs to fill here (needs root)")
    try:
        with pytest.raises(ExportError) as raised:
            export(small_interview, folder)
        assert raised.value.fault is ExportFault.DISK_FULL
        assert leftovers(folder) == []
        for path in raised.value.finished:
            assert decoded(path)[1] > 0.01
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_cancel_keeps_the_finished_parts(small_interview, tmp_path):
    asked = {"count": 0}

    def cancelled():
        asked["count"] += 1
        return asked["count"] > 6  # the opening has 4 sentences: during question 1

    result, _ = export(small_interview, tmp_path, cancelled=cancelled)
    assert result.cancelled and result.whole is None and result.playlist is None
    assert [p.name for p in result.parts] == ["01 – Opening.wav"]
    assert [p.name for p in audio_files(tmp_path, "wav")] == ["01 – Opening.wav"]
    assert leftovers(tmp_path) == []


def test_the_engine_failing_on_a_sentence_says_where(small_interview, tmp_path):
    engine = ScriptedEngine(fail_on=lambda text: text == "Deuxième réponse.")
    with pytest.raises(ExportError) as raised:
        export(small_interview, tmp_path, engine)
    assert raised.value.fault is ExportFault.ENGINE_FAILED
    assert "Deuxième réponse." in raised.value.message
    assert "Question 2" in raised.value.message
    assert len(raised.value.finished) == 2 and len(audio_files(tmp_path, "wav")) == 2
    assert leftovers(tmp_path) == []


def test_a_document_with_nothing_to_read(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ExportError) as raised:
        export(open_document(path), tmp_path)
    assert raised.value.fault is ExportFault.NOTHING_TO_READ
    assert "nothing to read aloud" in raised.value.message
