"""What each presenter key does (pure state machine: no Qt, no screen)."""

from __future__ import annotations

from reader.ui.presenter.presentation import Effect, Key, NoticeKind, Presentation, Screen
from reader.ui.presenter.slides import Slide


def steps(pages_per_topic: list[int], *, lead_first: bool = True):
    """A ``slides_of`` for topics with these page counts (a lead-only step first, as in
    "question then answer")."""

    def slides_of(topic: int) -> list[Slide]:
        pages = pages_per_topic[topic]
        numbers = ([0] if lead_first else []) + list(range(1, pages + 1))
        return [Slide(topic, ((0, 1),), (), page, pages, 40) for page in numbers]

    return slides_of


def where(presentation: Presentation) -> tuple[int, int]:
    return presentation.topic, presentation.current.page


def make(pages=(1, 2, 1), topic=0, **options) -> Presentation:
    return Presentation(len(pages), steps(list(pages), **options), topic)


def test_next_and_previous_walk_every_step_across_topics():
    presentation = make()
    seen = [where(presentation)]
    for _ in range(6):
        presentation.press(Key.NEXT)
        seen.append(where(presentation))
    assert seen == [(0, 0), (0, 1), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1)]
    assert presentation.notice is None
    presentation.press(Key.NEXT)
    assert where(presentation) == (2, 1) and presentation.notice.kind is NoticeKind.AT_END
    back = []
    for _ in range(6):
        presentation.press(Key.PREVIOUS)
        back.append(where(presentation))
    assert back == seen[-2::-1]
    presentation.press(Key.PREVIOUS)
    assert presentation.notice.kind is NoticeKind.AT_START


def test_previous_from_a_question_goes_to_the_last_step_of_the_one_before():
    presentation = make(topic=2)
    presentation.press(Key.PREVIOUS)
    assert where(presentation) == (1, 2)


def test_home_and_end():
    presentation = make(topic=1)
    presentation.press(Key.LAST)
    assert where(presentation) == (2, 1)
    presentation.press(Key.FIRST)
    assert where(presentation) == (0, 0)


def test_a_number_then_enter_goes_to_that_question():
    presentation = make(pages=(1,) * 12)
    for digit in "11":
        presentation.press(Key.DIGIT, digit)
    assert presentation.digits == "11" and where(presentation) == (0, 0)
    presentation.press(Key.ENTER)
    assert where(presentation) == (10, 0) and presentation.digits == ""


def test_backspace_takes_a_digit_back_and_esc_forgets_the_number_without_leaving():
    presentation = make(pages=(1,) * 12)
    presentation.press(Key.DIGIT, "1")
    presentation.press(Key.DIGIT, "2")
    presentation.press(Key.BACKSPACE)
    assert presentation.digits == "1"
    assert presentation.press(Key.LEAVE) == []  # only the number is gone
    assert presentation.digits == "" and where(presentation) == (0, 0)
    assert presentation.press(Key.LEAVE) == [Effect.LEAVE]


def test_a_number_out_of_range_stays_and_says_so():
    presentation = make()
    presentation.press(Key.DIGIT, "9")
    presentation.press(Key.ENTER)
    assert where(presentation) == (0, 0)
    assert (presentation.notice.kind, presentation.notice.number) == (NoticeKind.NO_SUCH_NUMBER, 9)
    presentation.press(Key.DIGIT, "0")
    presentation.press(Key.ENTER)
    assert presentation.notice.kind is NoticeKind.NO_SUCH_NUMBER


def test_a_navigation_key_abandons_a_number_and_moves():
    presentation = make()
    presentation.press(Key.DIGIT, "3")
    presentation.press(Key.NEXT)
    assert presentation.digits == "" and where(presentation) == (0, 1)


def test_enter_without_a_number_is_next():
    presentation = make()
    presentation.press(Key.ENTER)
    assert where(presentation) == (0, 1)


def test_black_and_white_screens_and_any_key_comes_back_without_moving():
    presentation = make()
    for key, screen in ((Key.BLACK, Screen.BLACK), (Key.WHITE, Screen.WHITE)):
        presentation.press(key)
        assert presentation.screen is screen
        assert presentation.press(Key.NEXT) == []
        assert presentation.screen is Screen.SLIDE and where(presentation) == (0, 0)
    presentation.press(Key.BLACK)
    assert presentation.press(Key.LEAVE) == []  # Esc too: it only shows the slide again
    assert presentation.screen is Screen.SLIDE


def test_reading_stops_on_the_next_key_which_still_does_its_job():
    presentation = make()
    assert presentation.press(Key.READ) == [Effect.START_READING]
    assert presentation.reading
    assert presentation.press(Key.NEXT) == [Effect.STOP_READING]
    assert not presentation.reading and where(presentation) == (0, 1)
    presentation.press(Key.READ)
    assert presentation.press(Key.READ) == [Effect.STOP_READING]  # R again only stops
    assert not presentation.reading
    presentation.press(Key.READ)
    assert presentation.press(Key.LEAVE) == [Effect.STOP_READING, Effect.LEAVE]


def test_settings_keys_are_passed_on():
    presentation = make()
    assert presentation.press(Key.TOGGLE_MODE) == [Effect.TOGGLE_MODE]
    assert presentation.press(Key.TOGGLE_TIMER) == [Effect.TOGGLE_TIMER]
    assert presentation.press(Key.CHOOSE_SCREENS) == [Effect.CHOOSE_SCREENS]
    assert presentation.press(Key.HELP) == [Effect.HELP]
    assert presentation.press(Key.OTHER) == []
    assert where(presentation) == (0, 0)


def test_new_steps_keep_the_topic_and_page():
    presentation = make(pages=(1, 3, 1), topic=1)
    presentation.press(Key.NEXT)
    presentation.press(Key.NEXT)
    assert where(presentation) == (1, 2)
    presentation.relayout(steps([1, 3, 1], lead_first=False))  # "whole section" now
    assert where(presentation) == (1, 2) and presentation.step == 1
    presentation.press(Key.FIRST)
    presentation.relayout(steps([1, 3, 1], lead_first=True))
    assert where(presentation) == (0, 1)  # page 1 is still page 1, after the lead step
    presentation.relayout(steps([1, 1, 1], lead_first=False))
    assert where(presentation) == (0, 1)


def test_new_steps_keep_the_text_that_was_on_screen_when_pages_change():
    def paged(*pages):  # one topic, its pages as (start, end) of the body's text
        return lambda topic: [Slide(0, (), (span,), number, len(pages), 40)
                              for number, span in enumerate(pages, start=1)]

    presentation = Presentation(1, paged((0, 100), (101, 200), (201, 300), (301, 400)))
    for _ in range(3):
        presentation.press(Key.NEXT)
    shown = presentation.current
    assert shown.body == ((301, 400),)
    # Smaller pages (a wider font): the same text is now further on, on page 5.
    smaller = paged((0, 70), (71, 140), (141, 210), (211, 280), (281, 350), (351, 400))
    presentation.relayout(smaller, shown)
    assert presentation.current.body == ((281, 350),) and presentation.current.page == 5
    presentation.relayout(paged((0, 250), (251, 400)))  # bigger pages: the one holding it
    assert presentation.current.body == ((251, 400),)
