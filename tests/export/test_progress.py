"""A screen reader hears progress at each part, each tenth, and the end; not every sentence."""

from reader.export.encoding import AudioFormat
from reader.export.job import ExportRequest, export_audio
from reader.export.progress import worth_announcing
from reader.speech.scripted_engine import ScriptedEngine


def test_announced_at_each_part_and_the_end_but_not_each_sentence(small_interview, tmp_path):
    seen = []
    export_audio(ExportRequest(small_interview, tmp_path, AudioFormat.WAV), ScriptedEngine(),
                 progress=seen.append)
    spoken, last = [], None
    for progress in seen:
        if worth_announcing(last, progress):
            spoken.append(progress)
            last = progress
    assert {p.index for p in spoken} == {0, 1, 2}
    assert spoken[-1].fraction == 1.0
    assert len(spoken) < len(seen)
    places = [(p.index, int(p.fraction * 10)) for p in spoken if p.fraction < 1.0]
    assert len(places) == len(set(places))  # never twice in the same tenth of one part
