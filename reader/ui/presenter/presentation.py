"""Where a presentation is and what each key does to it (pure logic, no Qt).

The keys follow presentation software and clickers (PowerPoint, LibreOffice Impress): next and
previous step, first and last, a number then Enter to go to that question, B or "." for a black
screen and W or "," for a white one. The order in which a key is looked at matters:

1. While the slide is being read aloud, any key stops the reading; R only stops it, any other
   key then does its own job too (a trainer who presses Next wants the next slide).
2. On a black or white screen, any key only brings the slide back, so a key pressed to wake
   the room never also moves on.
3. While a number is being typed, Enter goes there, Backspace takes a digit back and Esc
   forgets the number (rather than leave); any other key forgets it and does its own job.
4. Otherwise the key does its job. Moving past either end stays and says so.

The presenter (Qt) maps key events to ``Key`` and performs the returned ``Effect``s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from reader.ui.presenter.slides import Slide

MAX_DIGITS = 4


class Screen(Enum):
    SLIDE = "slide"
    BLACK = "black"
    WHITE = "white"


class Key(Enum):
    NEXT = "next"
    PREVIOUS = "previous"
    FIRST = "first"
    LAST = "last"
    DIGIT = "digit"
    ENTER = "enter"
    BACKSPACE = "backspace"
    BLACK = "black"
    WHITE = "white"
    READ = "read"
    LEAVE = "leave"
    TOGGLE_MODE = "toggle_mode"
    TOGGLE_TIMER = "toggle_timer"
    CHOOSE_SCREENS = "choose_screens"
    HELP = "help"
    OTHER = "other"


class Effect(Enum):
    """What the presenter must do beyond showing the new state."""

    START_READING = "start_reading"
    STOP_READING = "stop_reading"
    LEAVE = "leave"
    TOGGLE_MODE = "toggle_mode"
    TOGGLE_TIMER = "toggle_timer"
    CHOOSE_SCREENS = "choose_screens"
    HELP = "help"


class NoticeKind(Enum):
    AT_END = "at_end"
    AT_START = "at_start"
    NO_SUCH_NUMBER = "no_such_number"


@dataclass(frozen=True, slots=True)
class Notice:
    kind: NoticeKind
    number: int = 0


_PASSED_ON = {
    Key.TOGGLE_MODE: Effect.TOGGLE_MODE,
    Key.TOGGLE_TIMER: Effect.TOGGLE_TIMER,
    Key.CHOOSE_SCREENS: Effect.CHOOSE_SCREENS,
    Key.HELP: Effect.HELP,
    Key.LEAVE: Effect.LEAVE,
}


class Presentation:
    """The current step among ``topic_count`` topics; ``slides_of(topic)`` gives a topic's
    steps (computed on demand: a long document's later topics are never laid out unseen)."""

    def __init__(
        self, topic_count: int, slides_of: Callable[[int], Sequence[Slide]], topic: int = 0
    ) -> None:
        if topic_count < 1:
            raise ValueError("nothing to present")
        self.topic_count = topic_count
        self._slides_of = slides_of
        self.topic = max(0, min(topic, topic_count - 1))
        self.step = 0
        self.screen = Screen.SLIDE
        self.digits = ""
        self.reading = False
        self.notice: Notice | None = None

    @property
    def slides(self) -> Sequence[Slide]:
        return self._slides_of(self.topic)

    @property
    def current(self) -> Slide:
        return self.slides[self.step]

    def next_topic_slide(self) -> Slide | None:
        """The first step of the next topic (for the trainer's "next question")."""
        if self.topic + 1 >= self.topic_count:
            return None
        return self._slides_of(self.topic + 1)[0]

    def press(self, key: Key, digit: str = "") -> list[Effect]:
        effects: list[Effect] = []
        self.notice = None
        if self.reading:
            self.reading = False
            effects.append(Effect.STOP_READING)
            if key is Key.READ:
                return effects
        if self.screen is not Screen.SLIDE:
            self.screen = Screen.SLIDE
            return effects
        if key is Key.DIGIT:
            self.digits = (self.digits + digit)[-MAX_DIGITS:]
            return effects
        if self.digits:
            if key is Key.ENTER:
                self.go_to_number(int(self.digits))
                self.digits = ""
                return effects
            if key is Key.BACKSPACE:
                self.digits = self.digits[:-1]
                return effects
            self.digits = ""
            if key is Key.LEAVE:
                return effects
        effects.extend(self._act(key))
        return effects

    def _act(self, key: Key) -> list[Effect]:
        if key in (Key.NEXT, Key.ENTER):
            self.next()
        elif key in (Key.PREVIOUS, Key.BACKSPACE):
            self.previous()
        elif key is Key.FIRST:
            self.topic, self.step = 0, 0
        elif key is Key.LAST:
            self.topic = self.topic_count - 1
            self.step = len(self.slides) - 1
        elif key is Key.BLACK:
            self.screen = Screen.BLACK
        elif key is Key.WHITE:
            self.screen = Screen.WHITE
        elif key is Key.READ:
            self.reading = True
            return [Effect.START_READING]
        elif key in _PASSED_ON:
            return [_PASSED_ON[key]]
        return []

    def next(self) -> None:
        if self.step + 1 < len(self.slides):
            self.step += 1
        elif self.topic + 1 < self.topic_count:
            self.topic, self.step = self.topic + 1, 0
        else:
            self.notice = Notice(NoticeKind.AT_END)

    def previous(self) -> None:
        if self.step > 0:
            self.step -= 1
        elif self.topic > 0:
            self.topic -= 1
            self.step = len(self.slides) - 1
        else:
            self.notice = Notice(NoticeKind.AT_START)

    def go_to_number(self, number: int) -> None:
        """To the first step of question (or section) ``number``, counted from 1."""
        if 1 <= number <= self.topic_count:
            self.topic, self.step = number - 1, 0
        else:
            self.notice = Notice(NoticeKind.NO_SUCH_NUMBER, number)

    def relayout(self, slides_of: Callable[[int], Sequence[Slide]],
                 shown: Slide | None = None) -> None:
        """New steps (another screen size, mode or font): stay on the same topic, on the step
        that now shows the text the screen began with (pages may have grown or shrunk), or on
        the same page when the step showed no body (the question alone). ``shown`` is the step
        on screen, for a caller whose ``slides_of`` already gives the new steps."""
        before = shown if shown is not None else self.current
        self._slides_of = slides_of
        self.step = _same_place(self.slides, before)


def _same_place(slides: Sequence[Slide], before: Slide) -> int:
    if before.body:
        first = before.body[0][0]
        for index, slide in enumerate(slides):
            if slide.body and slide.body[0][0] <= first < slide.body[-1][1]:
                return index
    pages = [slide.page for slide in slides]
    if before.page in pages:
        return pages.index(before.page)
    return min(range(len(pages)), key=lambda i: abs(pages[i] - before.page))
