"""The words of a presentation step: what the room reads, what a screen reader says, what the
trainer's view shows. Pure (messages only), so what is heard is tested without a screen.

What is said is what the step *brings*: the question and its position on arriving at a
question, "Answer: …" when the answer appears below it, "Continued, part 2 of 3: …" for the
rest of a long answer, and any notice (a black screen, a number being typed, the end) in place
of the slide until the next key.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader import messages
from reader.document.model import Document
from reader.ui.presenter.presentation import NoticeKind, Presentation, Screen
from reader.ui.presenter.slides import Span, Topic


@dataclass(frozen=True, slots=True)
class StepWords:
    lead: list[str]
    body: list[str]
    announcement: str  # the focused slide's accessible name
    notice: str  # on the slide's footer; "" when there is none
    progress: str  # "3 / 7", on the slide
    position: str  # "Question 3 of 7, part 2 of 3": the slide's accessible description
    trainer_position: str  # the same, and whether the room sees a black or white screen
    next_topic: str  # the trainer's "Next", as drawn (messages.section_label_shown)
    hidden: str  # the trainer's "Not shown yet"


def step_words(
    document: Document, topics: Sequence[Topic], presentation: Presentation, message: str = ""
) -> StepWords:
    slide = presentation.current
    topic = topics[slide.topic]
    number, total = slide.topic + 1, len(topics)
    lead, body = _texts(document, slide.lead), _texts(document, slide.body)
    notice = _notice(presentation, message)
    position = messages.presenter_position_long(
        topic.is_question, number, total, slide.page, slide.pages, slide.answer_hidden
    )
    if slide.page > 1:
        said = messages.presenter_announce_continued(slide.page, slide.pages, " ".join(body))
    elif slide.page == 1 and presentation.step > 0 and lead:  # the lead alone came first
        said = messages.presenter_announce_answer(" ".join(body))
    else:
        where = messages.presenter_position(topic.is_question, number, total)
        said = messages.presenter_announce_first(where, " ".join([*lead, *body]))
    next_topic = ""
    if number < total:
        # drawn with a question's words isolated (a right-to-left "?" on its left)
        next_topic = messages.section_label_shown(
            document.sections[topics[number].section_index])
    later = presentation.slides[presentation.step + 1 :]
    hidden = "\n\n".join(text for step in later for text in _texts(document, step.body))
    return StepWords(
        lead, body, notice or said, notice,
        messages.presenter_progress(number, total, slide.page, slide.pages), position,
        messages.presenter_screen_state(position, presentation.screen.value),
        next_topic, hidden,
    )


def _texts(document: Document, spans: Sequence[Span]) -> list[str]:
    return [document.text[start:end] for start, end in spans]


def _notice(presentation: Presentation, message: str) -> str:
    if presentation.screen is Screen.BLACK:
        return messages.presenter_black_screen()
    if presentation.screen is Screen.WHITE:
        return messages.presenter_white_screen()
    if presentation.digits:
        return messages.presenter_go_to(presentation.digits)
    if message:
        return message
    notice = presentation.notice
    if notice is None:
        return ""
    if notice.kind is NoticeKind.AT_END:
        return messages.presenter_at_end()
    if notice.kind is NoticeKind.AT_START:
        return messages.presenter_at_start()
    return messages.presenter_no_such_number(notice.number, presentation.topic_count)
