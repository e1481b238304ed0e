"""The reader context on its own, without a window: what controllers rely on."""

from __future__ import annotations

from dataclasses import replace

from reader.ui.context import ActionId, ReaderContext, same_document


def test_the_place_is_the_reading_position_while_reading_else_the_caret(qapp):
    context = ReaderContext()
    context.set_caret_source(lambda: 12)
    assert context.place() == 12
    reading: list[int | None] = [None]
    context.set_reading_position_source(lambda: reading[0])
    assert context.place() == 12 and context.reading_position() is None
    reading[0] = 40
    assert context.place() == 40 and context.reading_position() == 40


def test_a_document_keeps_its_identity_when_only_its_language_is_learned(qapp, interview):
    context = ReaderContext()
    context.show(interview)
    first = context.document_id
    context.show(replace(interview, language="en"))
    assert context.document_id == first
    assert same_document(context.document, interview)
    context.show(replace(interview, blocks=tuple(list(interview.blocks))))  # another parse
    assert context.document_id != first


def test_say_goes_to_the_status_line_and_announce_to_the_voice(qapp):
    context = ReaderContext()
    shown, heard = [], []
    context.set_status_line(shown.append)
    context.set_voice(heard.append)
    context.say("Question 2 of 3")
    context.announce("Reading paused")
    assert shown == ["Question 2 of 3"] and heard == ["Reading paused"]


def test_action_ids_are_the_names_in_the_settings_file():
    assert ActionId.NEXT_QUESTION == "next_question"
    assert ActionId("play_pause") is ActionId.PLAY_PAUSE
