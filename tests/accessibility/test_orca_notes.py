"""What Orca says of the notes shown about a document just opened ("2 paragraphs … were
joined"): shown without the focus, Orca once said nothing of them (the window, "Document text"
and the first line). Each is now said once, with its kind, when the document opens and when
another is opened (Open Recent), and not again as the focus comes back to the text
(reader.ui.shell.screen_reader.NotesUntilHeard).

Orca runs before the app, as users have it. Same needs and skips as test_orca.py (Orca allows
one instance per user)."""

from __future__ import annotations

import time

from reader import messages
from reader.document.pipeline import open_document
from reader.window_documents import default_document_path
from tests.accessibility.orca import NEEDS_ORCA, orca_then_reader, skip_unless_alone

pytestmark = NEEDS_ORCA


def test_orca_says_a_documents_notes_once_at_each_open():
    skip_unless_alone()
    document = open_document(str(default_document_path()))
    note = "\n".join(messages.notice(n) for n in document.notices)
    assert note, "the seed's repaired paragraphs give the banner a note"
    expected = messages.message_spoken(messages.message_kind_note(), note)
    with orca_then_reader(document.path) as screen_reader:
        desktop = screen_reader.desktop
        said = screen_reader.wait_to_say(lambda u: u == expected, 60)
        assert said.count(expected) == 1, said
        assert any(u.startswith("Document text") for u in said), said  # the focus stayed
        time.sleep(1)  # anything said after it counts too
        assert screen_reader.utterances().count(expected) == 1, screen_reader.utterances()
        # F6 round the panes (the message area says the note itself: it is shown there), back
        # to the text: the note is not said again.
        for heard in ("Speech controls tool bar", f"{expected} label.", "Outline tree",
                      "Document text read only text."):
            screen_reader.mark()
            desktop.key("F6")
            said = screen_reader.wait_to_say(lambda u, heard=heard: u == heard, 20)
            assert heard in said, said
        time.sleep(1)
        assert not any(note in u for u in screen_reader.utterances()), screen_reader.utterances()
        screen_reader.mark()
        desktop.key("alt+f", "r", "1")  # Open Recent: the same document, opened again
        said = screen_reader.wait_to_say(lambda u: expected in u, 30)
        time.sleep(1)
        said = screen_reader.utterances()
        assert sum(note in u for u in said) == 1, said
