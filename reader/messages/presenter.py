"""Presenter mode. (See ``reader.messages``.)"""

from __future__ import annotations

from .documents import question_position
from .translate import tr
from .window import app_display_name

# --- Presenter -------------------------------------------------------------------------------
# View > Present (F5): slides for a room, the trainer's view, the screen chooser.


def action_present() -> str:
    return tr("&Present")


def presenter_window_title(document_title: str) -> str:
    return tr("Presenting: {title}").format(title=document_title or app_display_name())


def presenter_view_title() -> str:
    return tr("Presenter view")


def presenter_nothing() -> str:
    return tr("There is nothing to present: this document has no text.")


def presenter_no_document() -> str:
    return tr("Open a document first, then present it with View > Present (F5).")


def presenter_no_such_question(number: int, total: int) -> str:
    return tr("There is no question {number}: this document has {total}.").format(
        number=number, total=total
    )


def presenter_position(is_question: bool, number: int, total: int) -> str:
    """Said and shown in the trainer's view: "Question 3 of 7"."""
    if is_question:
        return question_position(number, total)
    return tr("Section {number} of {total}").format(number=number, total=total)


def presenter_position_long(is_question: bool, number: int, total: int, page: int,
                            pages: int, answer_hidden: bool) -> str:
    where = presenter_position(is_question, number, total)
    if answer_hidden:
        return tr("{where}, answer not shown yet").format(where=where)
    if pages > 1:
        return tr("{where}, part {page} of {pages}").format(where=where, page=page, pages=pages)
    return where


def presenter_progress(number: int, total: int, page: int, pages: int) -> str:
    """On the slide, for the room: "3 / 7", and which part of a long answer."""
    if pages > 1 and page > 0:
        return tr("{number} / {total} · {page}/{pages}").format(
            number=number, total=total, page=page, pages=pages
        )
    return tr("{number} / {total}").format(number=number, total=total)


def presenter_announce_first(where: str, text: str) -> str:
    return tr("{where}. {text}").format(where=where, text=text)


def presenter_announce_answer(text: str) -> str:
    return tr("Answer: {text}").format(text=text)


def presenter_announce_continued(page: int, pages: int, text: str) -> str:
    return tr("Continued, part {page} of {pages}: {text}").format(page=page, pages=pages,
                                                                   text=text)


def presenter_black_screen() -> str:
    return tr("Black screen. Any key shows the slide again.")


def presenter_white_screen() -> str:
    return tr("White screen. Any key shows the slide again.")


def presenter_go_to(digits: str) -> str:
    return tr("Go to {number}, then Enter").format(number=digits)


def presenter_at_end() -> str:
    return tr("End of the presentation. Esc leaves.")


def presenter_at_start() -> str:
    return tr("This is the first slide.")


def presenter_no_such_number(number: int, total: int) -> str:
    return tr("There is no {number}: 1 to {total}.").format(number=number, total=total)


def presenter_speech_unavailable() -> str:
    return tr("Speech is not available.")


def presenter_mode_changed(question_then_answer: bool) -> str:
    if question_then_answer:
        return tr("Answers now come after their question.")
    return tr("Answers now come with their question.")


def presenter_timer_changed(shown: bool) -> str:
    return tr("Timer shown on the slide.") if shown else tr("Timer hidden from the slide.")


def presenter_one_screen() -> str:
    return tr("Only one screen: the presenter view needs a second one.")


def presenter_elapsed(seconds: int) -> str:
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return tr("{h}:{m:02d}:{s:02d}").format(h=hours, m=minutes, s=seconds)
    return tr("{m:02d}:{s:02d}").format(m=minutes, s=seconds)


def presenter_times(elapsed: str, clock: str) -> str:
    return tr("Elapsed {elapsed} · Time {clock}").format(elapsed=elapsed, clock=clock)


def presenter_screen_state(where: str, screen_value: str) -> str:
    """The trainer's position line while the room sees a black or white screen."""
    if screen_value == "black":
        return tr("{where} — the room sees a black screen").format(where=where)
    if screen_value == "white":
        return tr("{where} — the room sees a white screen").format(where=where)
    return where


def presenter_preview_name() -> str:
    return tr("What the room sees")


def presenter_next_title() -> str:
    return tr("Next")


def presenter_no_next() -> str:
    return tr("Nothing: this is the last one.")


def presenter_hidden_title() -> str:
    return tr("Not shown yet")


def presenter_nothing_hidden() -> str:
    return tr("Everything of this question is shown.")


def presenter_key_summary() -> str:
    return tr("PgDown/Space next · PgUp previous · number+Enter go to · B black · W white · "
              "R read aloud · A answers after/with question · T timer · S screens · F1 keys · "
              "Esc leave")


def screen_chooser_title() -> str:
    return tr("Choose the audience screen")


def screen_chooser_prompt() -> str:
    return tr("Which screen does the room see? The slides go there; the other screen shows "
              "your presenter view: the next question, the answer not shown yet and the time.")


def screen_chooser_list_name() -> str:
    return tr("Screens")


def screen_entry(number: int, name: str, width: int, height: int) -> str:
    return tr("Screen {number}: {name} ({width} × {height})").format(
        number=number, name=name, width=width, height=height
    )


def presenter_keys_title() -> str:
    return tr("Presenting: keys")


def presenter_key_rows() -> list[tuple[str, str]]:
    """F1 while presenting: the presenter's keys, as (what, keys) rows."""
    return [
        (tr("Next step"), tr("Page Down, Right, Down, Space, Enter")),
        (tr("Previous step"), tr("Page Up, Left, Up, Backspace")),
        (tr("First / last slide"), tr("Home / End")),
        (tr("Go to a question"), tr("its number, then Enter")),
        (tr("Black screen"), tr("B or . (any key comes back)")),
        (tr("White screen"), tr("W or , (any key comes back)")),
        (tr("Read the slide aloud"), tr("R (any key stops)")),
        (tr("Answers after or with their question"), tr("A")),
        (tr("Timer on the slide"), tr("T")),
        (tr("Choose the audience screen"), tr("S")),
        (tr("These keys"), tr("F1")),
        (tr("Leave, back to the same place in the text"), tr("Esc")),
    ]


def usage_present() -> str:
    return tr("start presenting the document full screen (Esc leaves)")


def usage_question() -> str:
    return tr("start at question (or section) N")


def usage_no_such_question(number: int) -> str:
    return tr("there is no question {number} in this document").format(number=number)
