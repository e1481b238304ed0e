"""Presenter mode: puts a document's questions on a screen for a room, one step at a time.

Composition only: ``slides`` decides the steps, ``slide_fit`` the type size, ``presentation``
what each key does, ``SlideView`` paints for the room, ``PresenterView`` is the trainer's second
screen, ``screen_chooser`` says which screen is which. Everything the presenter needs from
outside comes through the constructor (``reader.app`` builds it): the settings, the screens
provider, and reading aloud as two optional callables, ``read_aloud(document, start, end)``
(False when speech cannot work) and ``stop_reading()`` (``presenter_wiring.reading_through``
makes them from the window's reading session).

Settings (QSettings, "presenter/…"): ``mode`` ("question_then_answer" or "whole_section"),
``timer`` (the elapsed time on the slide), ``audience_screen`` (the screen's name).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QSettings, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QScreen
from PySide6.QtWidgets import QWidget

from reader import messages
from reader.document.model import Document
from reader.ui.keyboard.shortcuts_dialog import ShortcutsDialog
from reader.ui.presenter.presentation import Effect, Presentation
from reader.ui.presenter.presenter_keys import presenter_key
from reader.ui.presenter.presenter_texts import step_words
from reader.ui.presenter.presenter_view import PresenterView
from reader.ui.presenter.screen_chooser import (
    Assignment,
    ScreenChooser,
    ScreenLike,
    assign_screens,
    needs_choice,
)
from reader.ui.presenter.slide_fit import SlideFitter, SlideGeometry, same_face, slide_geometry
from reader.ui.presenter.slide_view import SlideView
from reader.ui.presenter.slides import PresentMode, Slide, Topic, topic_at, topic_slides, topics_of

ReadAloud = Callable[[Document, int, int], bool]  # False: speech cannot work here
MODE_KEY, TIMER_KEY, SCREEN_KEY = "presenter/mode", "presenter/timer", "presenter/audience_screen"


class Presenter(QObject):
    left = Signal(int)  # presenting ended: the section to put the reader's caret at
    unavailable = Signal(str)  # presenting could not start, and why

    def __init__(
        self, *, settings: QSettings, font: QFont, screens: Callable[[], Sequence[ScreenLike]],
        read_aloud: ReadAloud | None = None, stop_reading: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.monotonic, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presenter")
        self._settings = settings
        self._font = QFont(font)
        self._screens = screens
        self._read_aloud = read_aloud
        self._stop_reading = stop_reading
        self._clock = clock
        self._document: Document | None = None
        self._topics: tuple[Topic, ...] = ()
        self._slides: dict[int, tuple[Slide, ...]] = {}
        self._geometry: SlideGeometry | None = None
        self._fitter: SlideFitter | None = None
        self._started = 0.0
        self._message = ""
        self.presentation: Presentation | None = None
        self.assignment: Assignment | None = None
        self.audience: SlideView | None = None
        self.trainer: PresenterView | None = None
        self.chooser: ScreenChooser | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._show_times)

    # --- Settings ---------------------------------------------------------------------------

    @property
    def mode(self) -> PresentMode:
        value = str(self._settings.value(MODE_KEY, PresentMode.QUESTION_THEN_ANSWER.value))
        try:
            return PresentMode(value)
        except ValueError:  # a hand-edited or older settings file
            return PresentMode.QUESTION_THEN_ANSWER

    @property
    def timer_shown(self) -> bool:
        return bool(self._settings.value(TIMER_KEY, False, type=bool))

    @property
    def is_presenting(self) -> bool:
        return self.presentation is not None

    # --- Starting and leaving ---------------------------------------------------------------

    def present(self, document: Document | None, offset: int = 0, *,
                question: int | None = None) -> bool:
        """Start on the topic at ``offset`` (or question ``question``, counted from 1)."""
        if self.is_presenting or self.chooser is not None:
            return True
        if document is None:
            self.unavailable.emit(messages.presenter_no_document())
            return False
        topics = topics_of(document)
        if not topics:
            self.unavailable.emit(messages.presenter_nothing())
            return False
        if question is not None and not 1 <= question <= len(topics):
            self.unavailable.emit(messages.presenter_no_such_question(question, len(topics)))
            return False
        first = question - 1 if question is not None else topic_at(document, topics, offset)
        screens = list(self._screens())
        remembered = str(self._settings.value(SCREEN_KEY, ""))
        if needs_choice(screens, remembered):
            self._choose_screens(screens, remembered, lambda a: self._start(document, topics,
                                                                            first, a))
            return True
        self._start(document, topics, first, assign_screens(screens, remembered))
        return True

    def _start(self, document: Document, topics: tuple[Topic, ...], first: int,
               assignment: Assignment) -> None:
        self._document, self._topics, self._message = document, topics, ""
        self._use_screens(assignment)
        self.presentation = Presentation(len(topics), self._slides_of, first)
        audience = SlideView(self._font)
        audience.setObjectName("presenter_slide")
        audience.setWindowTitle(messages.presenter_window_title(document.title))
        audience.key_pressed.connect(self._key)
        self.audience = audience
        if assignment.trainer is not None:
            self.trainer = PresenterView(self._font)
            self.trainer.key_pressed.connect(self._key)
        self._place_windows()
        self._started = self._clock()
        self._ticker.start()
        self._render()
        audience.activateWindow()
        audience.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave(self) -> None:
        presentation = self.presentation
        if presentation is None:
            return
        section = self._topics[presentation.topic].section_index
        if presentation.reading and self._stop_reading is not None:
            self._stop_reading()
        self._ticker.stop()
        for window in (self.trainer, self.audience):
            if window is not None:
                window.close()
                window.deleteLater()
        self.presentation = self.audience = self.trainer = None
        self.left.emit(section)

    def set_font(self, font: QFont) -> None:
        """The reader's font changed (family, weight, size…): the slides take its face at once,
        fitted again, on the same step; the trainer's view follows its size too. A change of
        size alone leaves the slides as they are: their size is the presenter's own."""
        new_face = not same_face(font, self._font)
        self._font = QFont(font)
        if self.trainer is not None:
            self.trainer.set_reading_font(font)
        if not new_face or self.presentation is None or self._geometry is None:
            return  # presenting starts with the new font (``_start``, ``_use_screens``)
        shown = self.presentation.current  # before the steps are made anew
        self._fitter = SlideFitter(font, self._geometry)
        self._slides.clear()
        if self.audience is not None:
            self.audience.set_base_font(font)
        self.presentation.relayout(self._slides_of, shown)
        self._render()

    # --- Screens ----------------------------------------------------------------------------

    def _use_screens(self, assignment: Assignment) -> None:
        self.assignment = assignment
        self._geometry = slide_geometry(assignment.audience.geometry().size())
        self._fitter = SlideFitter(self._font, self._geometry)
        self._slides.clear()

    def _place_windows(self) -> None:
        assert self.assignment is not None and self.audience is not None
        _show_full_screen(self.audience, self.assignment.audience)
        if self.trainer is not None and self.assignment.trainer is not None:
            _show_full_screen(self.trainer, self.assignment.trainer)

    def _choose_screens(self, screens: list[ScreenLike], current: str,
                        then: Callable[[Assignment], None]) -> None:
        chooser = ScreenChooser(screens, current, self.audience)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.chooser = chooser

        def chosen(result: int) -> None:
            self.chooser = None
            if result == ScreenChooser.DialogCode.Accepted:
                name = chooser.chosen_name()
                self._settings.setValue(SCREEN_KEY, name)
                then(assign_screens(screens, name))
            elif self.audience is not None:
                self.audience.activateWindow()

        chooser.finished.connect(chosen)
        chooser.open()

    def _rechoose_screens(self) -> None:
        screens = list(self._screens())
        if len(screens) < 2:
            self._message = messages.presenter_one_screen()
            return
        current = self.assignment.audience.name() if self.assignment else ""
        self._choose_screens(screens, current, self._reassign)

    def _reassign(self, assignment: Assignment) -> None:
        if self.presentation is None:
            return
        shown = self.presentation.current  # before the steps are made anew
        self._use_screens(assignment)
        if assignment.trainer is not None and self.trainer is None:
            self.trainer = PresenterView(self._font)
            self.trainer.key_pressed.connect(self._key)
        self.presentation.relayout(self._slides_of, shown)
        self._place_windows()
        self._render()
        if self.audience is not None:
            self.audience.activateWindow()
            self.audience.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- Keys -------------------------------------------------------------------------------

    def _key(self, key: int, text: str, modifiers: int) -> None:
        presentation = self.presentation
        if presentation is None:
            return
        self._message = ""
        effects = presentation.press(presenter_key(key, modifiers), text[:1])
        for effect in effects:
            if effect is Effect.LEAVE:
                self.leave()
                return
            self._perform(effect)
        self._render()

    def _perform(self, effect: Effect) -> None:
        presentation = self.presentation
        assert presentation is not None and self._document is not None
        if effect is Effect.STOP_READING and self._stop_reading is not None:
            self._stop_reading()
        elif effect is Effect.START_READING:
            start, end = presentation.current.read_range
            if self._read_aloud is None or not self._read_aloud(self._document, start, end):
                presentation.reading = False
                self._message = messages.presenter_speech_unavailable()
        elif effect is Effect.TOGGLE_MODE:
            flipped = (PresentMode.WHOLE_SECTION if self.mode is PresentMode.QUESTION_THEN_ANSWER
                       else PresentMode.QUESTION_THEN_ANSWER)
            shown = presentation.current  # before the steps are made anew
            self._settings.setValue(MODE_KEY, flipped.value)
            self._slides.clear()
            presentation.relayout(self._slides_of, shown)
            self._message = messages.presenter_mode_changed(
                flipped is PresentMode.QUESTION_THEN_ANSWER)
        elif effect is Effect.TOGGLE_TIMER:
            self._settings.setValue(TIMER_KEY, not self.timer_shown)
            self._message = messages.presenter_timer_changed(self.timer_shown)
        elif effect is Effect.CHOOSE_SCREENS:
            self._rechoose_screens()
        elif effect is Effect.HELP:
            dialog = ShortcutsDialog(messages.presenter_key_rows(), self.audience)
            dialog.setWindowTitle(messages.presenter_keys_title())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    # --- Showing ----------------------------------------------------------------------------

    def _slides_of(self, topic: int) -> tuple[Slide, ...]:
        slides = self._slides.get(topic)
        if slides is None:
            assert self._document is not None and self._fitter is not None
            slides = topic_slides(self._document, self._topics, topic, self.mode, self._fitter,
                                  self._fitter.geometry.sizes)
            self._slides[topic] = slides
        return slides

    def _render(self) -> None:
        presentation, audience = self.presentation, self.audience
        if presentation is None or audience is None or self._geometry is None:
            return
        assert self._document is not None
        slide = presentation.current
        words = step_words(self._document, self._topics, presentation, self._message)
        timer = self._elapsed() if self.timer_shown else ""
        views = [audience, self.trainer.preview] if self.trainer is not None else [audience]
        for view in views:
            view.show_text(self._geometry, words.lead, words.body, slide.size)
            view.set_screen(presentation.screen)
            view.set_footer(timer, words.notice, words.progress)
        audience.setAccessibleName(words.announcement)
        audience.setAccessibleDescription(words.position)
        if self.trainer is not None:
            self.trainer.show_state(words.trainer_position, words.next_topic, words.hidden)
        self._show_times()

    def _elapsed(self) -> str:
        return messages.presenter_elapsed(int(self._clock() - self._started))

    def _show_times(self) -> None:
        if self.presentation is None:
            return
        elapsed = self._elapsed()
        if self.trainer is not None:
            clock = QTime.currentTime().toString("HH:mm")
            self.trainer.show_times(messages.presenter_times(elapsed, clock))
        if self.timer_shown:
            views = [self.audience, self.trainer.preview if self.trainer else None]
            for view in (v for v in views if v is not None):
                _left, centre, right = view.footer
                view.set_footer(elapsed, centre, right)


def _show_full_screen(window: QWidget, screen: ScreenLike) -> None:
    if isinstance(screen, QScreen):
        window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
