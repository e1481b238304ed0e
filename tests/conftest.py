"""Test-wide set-up: Qt off screen, and never the real user's settings or folders.

Runs before any test module imports Qt: the platform and the XDG folders are read when Qt (and
platformdirs) first look, so they are set here, at import time, before that can happen.
"""

import os
import shutil
import tempfile

import pytest
from hypothesis import settings

from tests import ahead

# CI runs the property tests on the same examples each time (a submission fails for what it
# changed, not for an input drawn that run); a developer's run draws new ones each time, and the
# fuzz campaign (scripts/fuzzing) explores at length.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# An explicit QT_QPA_PLATFORM (xcb under a desktop session, for AT-SPI tests) is kept.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_ISOLATED_HOME = tempfile.mkdtemp(prefix="reader-tests-")
for _variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = os.path.join(_ISOLATED_HOME, _variable.lower())


@pytest.fixture(autouse=True, scope="session")
def _isolated_settings():
    """QSettings default paths point into the session's temporary folder too (belt and
    braces: the XDG variables above already do it on Linux)."""
    from PySide6.QtCore import QSettings

    folder = os.path.join(_ISOLATED_HOME, "qsettings")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, folder)
    yield
    shutil.rmtree(_ISOLATED_HOME, ignore_errors=True)


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "ahead(function, *arguments): computed in another process from the start "
        "(tests/ahead.py)")


def pytest_collection_modifyitems(items):
    """The tests whose work is done ahead run last, by when it is done: their place in the
    order changes, nothing else (they only read; tests/ahead.py)."""
    items.sort(key=ahead.waits)  # stable: each group keeps its order


def pytest_collection_finish(session):
    """The selected tests' long read-only jobs start now, on the other core (tests/ahead.py)."""
    if not session.config.option.collectonly:
        ahead.start(session.items)


def pytest_sessionfinish(session):
    ahead.stop()


@pytest.fixture
def computed_ahead(request):
    """What this test's ``@pytest.mark.ahead(function, *arguments)`` computes (tests/ahead.py)."""
    return ahead.result(request.node)
