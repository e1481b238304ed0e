"""How the presenter meets the main window and the command line (built by ``reader.app``).

Kept out of ``MainWindow``, which stays thin: the window only offers its Present action, its
caret and ``read_section``; ``PresenterLink`` connects them to a ``Presenter``. The presenter
is built the first time it is needed: its modules cost ~20 ms to import, kept off the way to
the first paint (docs/architecture.md#text-view-and-start-up).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QFont

from reader import messages
from reader.ui.context import ActionId, ReaderContext

if TYPE_CHECKING:
    from reader.document.model import Document
    from reader.ui.presenter.presenter import Presenter
    from reader.ui.presenter.screen_chooser import ScreenLike
    from reader.ui.shell.main_window import MainWindow
    from reader.ui.speech.speech_controller import SpeechController

ReadAloud = Callable[["Document", int, int], bool]


class PresenterLink(QObject):
    """View > Present starts at the caret; leaving puts the caret at the start of the section
    that was on the screen (focus in the text, where Orca reads it); a reason not to start
    shows in the window's message area, which takes focus so that it is heard."""

    def __init__(
        self, window: MainWindow, context: ReaderContext, *, settings: QSettings,
        screens: Callable[[], Sequence[ScreenLike]],
        font: QFont | Callable[[], QFont], read_aloud: ReadAloud | None = None,
        stop_reading: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._screens = screens
        self._font = font
        self._read_aloud = read_aloud
        self._stop_reading = stop_reading
        self._presenter: Presenter | None = None
        context.action(ActionId.PRESENT).triggered.connect(self.present_at_caret)

    @property
    def presenter(self) -> Presenter:
        if self._presenter is None:
            from reader.ui.presenter.presenter import Presenter

            window = self._window
            # The reader's font as it is now (then follow_font).
            font = self._font() if callable(self._font) else self._font
            presenter = Presenter(settings=self._settings, font=font, screens=self._screens,
                                  read_aloud=self._read_aloud, stop_reading=self._stop_reading,
                                  parent=self)
            presenter.left.connect(self._back_to_reading)
            presenter.unavailable.connect(
                lambda text: window.banner.show_messages([text], error=False, take_focus=True)
            )
            self._presenter = presenter
        return self._presenter

    def follow_font(self, font: QFont) -> None:
        """The reader's font changed: a presenter already made takes it, presenting or not (one
        not made yet takes the font of its time when it is)."""
        if self._presenter is not None:
            self._presenter.set_font(font)

    def present_at_caret(self) -> bool:
        return self.presenter.present(self._window.document, self._window.text.caret_offset())

    def _back_to_reading(self, section_index: int) -> None:
        # Orca, on coming back, says the window's title, then the text and the line at the
        # caret (checked with orca-probe.sh).
        self._window.activateWindow()
        self._window.read_section(section_index)


def reading_through(speech: SpeechController) -> tuple[ReadAloud, Callable[[], None]]:
    """R on a slide, through the window's reading session: it reads exactly the slide's range
    (``ReadingSession.start(document, start, end)``) with the user's voice and rate."""

    def read_aloud(document: Document, start: int, end: int) -> bool:
        if speech.session is None and not speech.unavailable:
            # The engine loads after the first paint; R may come first (reader --present).
            speech.wait_until_loaded()
        session = speech.session
        if session is None:
            return False  # no speech here: the slide says so
        session.start(document, start, end)
        return True

    def stop_reading() -> None:
        if speech.session is not None:
            speech.session.stop()

    return read_aloud, stop_reading


class PresentingWindow(Protocol):
    """The main window with its presenter (reader.app.ReaderWindow)."""

    @property
    def presenter_link(self) -> PresenterLink: ...

    @property
    def document(self) -> Document | None: ...

    def read_section(self, index: int) -> None: ...


def presenter_link(window: PresentingWindow) -> PresenterLink:
    return window.presenter_link


def start_options(window: PresentingWindow, *, present: bool, question: int | None) -> str:
    """``reader FILE --present [--question N]``: present from the first question or from
    question N (in a document without questions, its Nth presented section). ``--question N``
    alone puts the caret there. Returns an error for stderr, or "" when all is well."""
    document = window.document
    if document is None or (not present and question is None):
        return ""
    from reader.ui.presenter.slides import topics_of

    topics = topics_of(document)
    if question is not None and not 1 <= question <= len(topics):
        return messages.usage_no_such_question(question)
    if question is not None:
        window.read_section(topics[question - 1].section_index)
    if present:
        # Once the event loop runs, so that the window is shown first (Esc returns to it).
        QTimer.singleShot(0, window.presenter_link.present_at_caret)
    return ""
