"""The player: gapless queue, a clock that says which utterance is heard, instant controls, a
watchdog for a dead audio server. Driven through an in-memory sink whose clock moves only when
the test says so (no wall-clock timing here)."""

from __future__ import annotations

import pytest

from reader.speech.memory_sink import MemorySink, SinkState
from reader.speech.player import (
    BUFFER_BYTES,
    AudioUnavailable,
    PcmQueue,
    PlaybackError,
    Player,
    PlayerState,
)

MS = 44.1  # bytes per millisecond at 22050 Hz, 16-bit mono


def pcm(ms: int, value: int = 1000) -> bytes:
    return int(value).to_bytes(2, "little", signed=True) * int(22050 * ms / 1000)


@pytest.fixture
def sink(qapp):
    return MemorySink()


@pytest.fixture
def player(sink):
    return Player(lambda: sink)


def test_the_queue_gives_back_exactly_what_was_appended_across_chunks(qapp):
    queue = PcmQueue()
    queue.append(b"abc")
    queue.append(b"defgh")
    assert queue.bytesAvailable() == 8
    assert bytes(queue.read(2)) == b"ab"
    assert bytes(queue.read(4)) == b"cdef"
    queue.append(b"ij")
    assert bytes(queue.read(100)) == b"ghij"
    assert queue.bytesAvailable() == 0 and queue.written == 10


def test_utterances_play_back_to_back_with_their_pauses_and_nothing_else(player, sink):
    player.play()
    player.enqueue(pcm(100, 1000), "one")
    player.enqueue(pcm(200, 2000), "two", silence_before_ms=50)
    sink.advance(1000)
    expected = pcm(100, 1000) + bytes(int(22050 * 0.05) * 2) + pcm(200, 2000)
    assert bytes(sink.played) == expected
    assert sink.buffer_size == BUFFER_BYTES
    assert sink.state() is SinkState.IdleState  # ran dry: waits for more
    player.enqueue(pcm(10), "three")
    sink.advance(1000)
    assert len(sink.played) == len(expected) + int(22050 * 0.01) * 2 + int(22050 * 0.0) * 2


def test_the_clock_says_which_utterance_is_heard_and_how_far_into_it(player, sink):
    player.play()
    assert player.position() is None
    player.enqueue(pcm(100), "one")
    player.enqueue(pcm(100), "two", silence_before_ms=50)
    assert player.position() == ("one", 0)
    sink.advance(60)
    tag, ms = player.position()
    assert tag == "one" and ms == pytest.approx(60, abs=0.1)
    sink.advance(70)  # 130 ms: in the pause after "one"
    tag, ms = player.position()
    assert tag == "one" and ms == pytest.approx(130, abs=0.1)
    assert player.queued_ahead() == 1
    sink.advance(30)  # 160 ms: 10 ms into "two"
    tag, ms = player.position()
    assert tag == "two" and ms == pytest.approx(10, abs=0.1)
    assert player.queued_ahead() == 0
    assert not player.at_end()
    sink.advance(200)
    assert player.at_end()


def test_pause_and_resume_act_on_the_sink_at_once(player, sink):
    player.play()
    player.enqueue(pcm(500), "one")
    sink.advance(100)
    player.pause()
    assert sink.state() is SinkState.SuspendedState and player.state is PlayerState.PAUSED
    assert sink.advance(100) == 0  # nothing is heard while paused
    player.resume()
    assert sink.state() is SinkState.ActiveState and player.state is PlayerState.PLAYING
    sink.advance(100)
    assert player.position()[1] == pytest.approx(200, abs=0.1)


def test_flush_silences_at_once_and_the_next_utterance_starts_a_new_stream(player, sink):
    player.play()
    player.enqueue(pcm(500, 1000), "old")
    sink.advance(100)
    player.flush()
    assert sink.state() is SinkState.StoppedState and player.position() is None
    player.enqueue(pcm(100, 3000), "new")
    assert sink.starts == 2 and player.state is PlayerState.PLAYING
    sink.advance(50)
    assert player.position()[0] == "new"
    assert bytes(sink.played[-10:]) == pcm(100, 3000)[:10]


def test_flush_while_paused_stays_paused_until_resumed(player, sink):
    player.play()
    player.enqueue(pcm(500), "old")
    player.pause()
    player.flush()
    player.enqueue(pcm(100), "new")
    assert player.state is PlayerState.PAUSED and sink.starts == 1
    player.resume()
    assert sink.starts == 2 and sink.state() is SinkState.ActiveState


def test_stop_forgets_everything(player, sink):
    player.play()
    player.enqueue(pcm(500), "one")
    player.stop()
    assert player.state is PlayerState.STOPPED and player.position() is None
    player.enqueue(pcm(100), "queued while stopped")
    assert sink.starts == 1  # not started again until play()


def test_no_audio_device_is_a_clear_error_before_anything_plays(qapp):
    def no_device():
        raise AudioUnavailable(PlaybackError.NO_DEVICE)

    player = Player(no_device)
    with pytest.raises(AudioUnavailable) as caught:
        player.play()
    assert caught.value.reason is PlaybackError.NO_DEVICE
    assert player.state is PlayerState.STOPPED


def test_a_device_that_cannot_be_opened_fails_playback(qapp, qtbot):
    player = Player(lambda: MemorySink(fail_open=True))
    player.play()
    with qtbot.waitSignal(player.failed) as failure:
        player.enqueue(pcm(100), "one")
    assert failure.args == [PlaybackError.OPEN_FAILED]
    assert player.state is PlayerState.STOPPED


def test_a_frozen_clock_while_audio_waits_is_a_dead_server(player, sink, qtbot, monkeypatch):
    import reader.speech.player as module

    now = [1000.0]
    monkeypatch.setattr(module.time, "monotonic", lambda: now[0])
    player.play()
    player.enqueue(pcm(3000), "one")
    failures = []
    player.failed.connect(failures.append)
    for _ in range(3):  # the clock moves: all is well
        sink.advance(250)
        now[0] += 0.25
        player.check()
    sink.freeze()
    for _ in range(module.STALL_MS // 100 - 1):  # frozen, but not yet for STALL_MS
        now[0] += 0.1
        player.check()
        assert failures == []
    now[0] += 0.2
    player.check()
    assert failures == [PlaybackError.STALLED]
    assert player.state is PlayerState.STOPPED


def test_a_clock_waiting_for_synthesis_is_not_a_stall(player, sink, monkeypatch):
    import reader.speech.player as module

    now = [1000.0]
    monkeypatch.setattr(module.time, "monotonic", lambda: now[0])
    player.play()
    player.enqueue(pcm(100), "one")
    sink.advance(50)
    player.check()
    sink.advance(100)  # everything heard: the queue is dry, the clock stops legitimately
    failures = []
    player.failed.connect(failures.append)
    for _ in range(20):
        now[0] += 0.25
        player.check()
    assert failures == [] and player.state is PlayerState.PLAYING
