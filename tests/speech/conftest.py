"""Shared fixtures: the real espeak-ng engine (one per process, as espeak-ng allows)."""

import pytest

from reader.speech.engine import EngineUnavailable, Unavailability


@pytest.fixture(scope="session")
def espeak():
    """The real engine; the tests that need it skip only when libespeak-ng1 is not installed
    (any other failure to start is a failure: the set-up installs espeak-ng)."""
    from reader.speech.espeak_engine import EspeakEngine

    try:
        engine = EspeakEngine()
    except EngineUnavailable as error:
        if error.reason in (Unavailability.LIBRARY_MISSING, Unavailability.PYTTSX3_MISSING):
            pytest.skip(f"espeak-ng speech not installed here ({error}): "
                        "sudo apt-get install libespeak-ng1 espeak-ng-data")
        raise
    yield engine
    engine.close()
