"""A long outline is made a slice at a time: the window answers between slices, and the outline
ends the same as one made at once."""

from __future__ import annotations

from reader import messages
from reader.ui.text import outline_view


def test_a_long_outline_is_made_in_slices_and_ends_complete(make_window, interview, qtbot,
                                                            monkeypatch):
    window = make_window()
    window.show_document(interview)
    whole = window.outline.row_texts()
    monkeypatch.setattr(outline_view, "OUTLINE_SLICE", 2)  # five sections: three turns
    window.show_document(interview)
    assert window.outline.filling()
    assert len(window.outline.row_texts()) == 2
    last = len(interview.sections) - 1
    window.outline.follow(last)  # the caret went there before its item was made
    qtbot.waitUntil(lambda: not window.outline.filling())
    assert window.outline.row_texts() == whole
    assert window.outline.current_section() == last
    assert whole[-1] == messages.section_label(interview.sections[last])
