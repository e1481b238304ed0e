"""Engine word events onto the words of the text, with the events espeak-ng really sends
(recorded on this machine: positions are 0-based characters here, 1-based in espeak-ng)."""

from reader.speech.espeak_engine import timings_from_events

TEXT = "Élève: l'étude « Est-ce que » 2024 ça été. Où?"
# (text_position - 1, length, audio_position) as espeak-ng 1.51 reported them for TEXT.
EVENTS = [
    (0, 5, 0), (7, 1, 581), (17, 3, 1043), (24, 3, 1218), (30, 4, 1471), (31, 4, 1563),
    (31, 4, 1746), (35, 2, 2269), (38, 3, 2432), (43, 2, 3020),
]


def heard(text, events):
    timings = timings_from_events(text, events)
    return [(text[t.text_start : t.text_end], t.audio_ms) for t in timings]


def test_recorded_french_events():
    assert heard(TEXT, EVENTS) == [
        ("Élève", 0), ("l'étude", 581), ("Est-ce", 1043), ("que", 1218), ("2024", 1471),
        ("ça", 2269), ("été", 2432), ("Où", 3020),
    ]


def test_zero_length_and_out_of_text_events_are_dropped():
    text = "Bonjour."
    assert heard(text, [(0, 0, 0), (0, 7, 0), (8, 0, 400), (9, 0, 450)]) == [("Bonjour", 0)]


def test_an_event_on_punctuation_goes_to_the_word_it_reaches_or_nowhere():
    text = "« Non », dit-il"
    assert heard(text, [(0, 5, 10), (8, 6, 300)]) == [("Non", 10), ("dit-il", 300)]
    assert heard(text, [(6, 1, 200)]) == []  # the "»" alone


def test_events_never_go_back():
    assert heard("un deux trois", [(3, 4, 100), (0, 2, 150), (8, 5, 200)]) == [
        ("deux", 100), ("trois", 200)]


def test_no_words_no_timings():
    assert heard("…", [(0, 1, 0)]) == []
