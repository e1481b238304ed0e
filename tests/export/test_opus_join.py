"""Opus parts joined without encoding again: one valid stream, every part's audio in it."""

import numpy as np
import pytest
import soundfile

from reader.export.opus_join import JoinedOpus, packet_samples


def tone(path, seconds, hz):
    t = np.arange(int(24000 * seconds)) / 24000
    samples = (0.3 * np.sin(2 * np.pi * hz * t)).astype(np.float32)
    soundfile.write(str(path), samples, 24000, format="OGG", subtype="OPUS")


def test_parts_join_into_one_stream_with_each_where_it_says(tmp_path):
    tone(tmp_path / "a.opus", 1.3, 440)
    tone(tmp_path / "b.opus", 0.7, 880)
    tone(tmp_path / "c.opus", 2.1, 440)
    joined = JoinedOpus(tmp_path / "all.opus")
    starts = [joined.append(tmp_path / name) for name in ("a.opus", "b.opus", "c.opus")]
    path = joined.commit()
    samples, rate = soundfile.read(str(path), dtype="float32")
    assert len(samples) / rate == pytest.approx(1.3 + 0.7 + 2.1, abs=0.06)
    assert starts[0] == 0
    assert starts[1] == pytest.approx(1300, abs=27) and starts[2] == pytest.approx(2000, abs=54)
    # The middle part is there, at its place: its 880 Hz dominates the middle of its span.
    middle = samples[int(rate * (starts[1] + 200) / 1000): int(rate * (starts[1] + 500) / 1000)]
    spectrum = np.abs(np.fft.rfft(middle))
    assert np.fft.rfftfreq(len(middle), 1 / rate)[spectrum.argmax()] == pytest.approx(880, abs=10)
    assert not (tmp_path / ".all.opus.part").exists()


def test_discard_leaves_nothing(tmp_path):
    tone(tmp_path / "a.opus", 0.5, 440)
    joined = JoinedOpus(tmp_path / "all.opus")
    joined.append(tmp_path / "a.opus")
    joined.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.opus"]


@pytest.mark.parametrize(("toc", "samples"), [(bytes([0xD8]), 960), (bytes([0x08]), 960),
                                              (bytes([0xD9]), 1920), (bytes([0xDB, 3]), 2880)])
def test_packet_lengths_from_the_toc_byte(toc, samples):
    assert packet_samples(toc) == samples
