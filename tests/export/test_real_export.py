"""The seed interview exported with espeak-ng, decoded again: what a listener gets."""

import pytest
from mutagen.mp3 import MP3
from mutagen.oggopus import OggOpus

from reader.document import open_document
from reader.export.encoding import AudioFormat
from reader.export.job import ExportRequest, export_audio
from reader.export.parts import outline_parts
from tests.export.conftest import INTERVIEW, audio_files, decoded

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def opus_export(espeak, tmp_path_factory):  # noqa: F811 (the shared fixture, used)
    folder = tmp_path_factory.mktemp("opus")
    result = export_audio(ExportRequest(open_document(INTERVIEW), folder), espeak)
    return folder, result


def test_one_opus_file_per_part_each_with_speech(opus_export):
    folder, result = opus_export
    assert len(result.parts) >= 8
    assert audio_files(folder, "opus") == sorted([*result.parts, result.whole])
    for path in result.parts:
        seconds, rms = decoded(path)
        assert seconds > 5 and rms > 0.02, path.name
    assert result.parts[3].name.startswith(
        "04 – Question 3 – Pourquoi la France organise-t-elle ce séminaire")


def test_parts_add_up_to_the_whole_and_chapters_start_where_they_do(opus_export):
    _, result = opus_export
    lengths = [decoded(path)[0] for path in result.parts]
    whole, rms = decoded(result.whole)
    assert sum(lengths) == pytest.approx(whole, rel=0.02) and rms > 0.02
    tags = OggOpus(result.whole).tags
    starts, total = [], 0.0
    for number, length in enumerate(lengths, 1):
        clock = tags[f"CHAPTER{number:03d}"][0]
        hours, minutes, seconds = clock.split(":")
        starts.append(int(hours) * 3600 + int(minutes) * 60 + float(seconds))
        # The whole Opus file is the parts' packets joined: each part adds at most one
        # 20 ms frame of padding and 6.5 ms of encoder start-up before the next chapter.
        assert starts[-1] == pytest.approx(total, abs=0.001 + 0.027 * (number - 1))
        total += length
    assert tags["CHAPTER004NAME"][0].startswith("Question 3 – Pourquoi la France")


def test_opus_tags_say_what_each_file_is(opus_export):
    _, result = opus_export
    tags = OggOpus(result.parts[3]).tags
    assert tags["TITLE"] == ["Question 3 – Pourquoi la France organise-t-elle ce séminaire ?"]
    assert tags["ALBUM"][0].startswith("Pédocriminalité")
    assert tags["ARTIST"] == ["Propos recueillis par Thibaut Chevillard"]
    assert (tags["TRACKNUMBER"], tags["TRACKTOTAL"]) == (["4"], ["8"])
    assert tags["LANGUAGE"] == ["fr"] and tags["ENCODER"][0].startswith("Accessible Reader")


def test_captions_follow_the_sentences_within_each_file(opus_export):
    _, result = opus_export
    seconds, _ = decoded(result.parts[3])
    captions = result.parts[3].with_suffix(".vtt").read_text(encoding="utf-8")
    assert "\nQuestion 3.\n" in captions
    assert "\nPourquoi la France organise-t-elle ce séminaire ?\n" in captions
    last_end = captions.strip().split("\n\n")[-1].splitlines()[0].split(" --> ")[1]
    hours, minutes, secs = last_end.split(":")
    assert 0 < int(minutes) * 60 + float(secs) <= seconds


def test_mp3_carries_id3_chapters(espeak, tmp_path):  # noqa: F811 (the shared fixture)
    document = open_document(INTERVIEW)
    parts = tuple(outline_parts(document)[2:4])
    result = export_audio(ExportRequest(document, tmp_path, AudioFormat.MP3, parts=parts),
                          espeak)
    lengths = [decoded(path)[0] for path in result.parts]
    whole = MP3(result.whole)
    assert whole.info.length == pytest.approx(sum(lengths), rel=0.02)
    chapters = sorted(whole.tags.getall("CHAP"), key=lambda chapter: chapter.start_time)
    assert [c.start_time for c in chapters] == pytest.approx([0, lengths[0] * 1000], abs=60)
    assert str(chapters[1].sub_frames["TIT2"]).startswith("Question 3 – Pourquoi")
    toc = whole.tags.getall("CTOC")[0]
    assert list(toc.child_element_ids) == [c.element_id for c in chapters]
    assert str(MP3(result.parts[0]).tags["TRCK"]) == "3/8"
