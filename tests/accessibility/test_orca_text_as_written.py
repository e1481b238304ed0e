"""Orca hears a document's text as written: no soft hyphen the page adds for the eye. With
Orca started first and a page with none shown (left-aligned, every word fitting), a Chinese
page opened with File > Open was hyphenated between its characters, and Orca read
'在省\\xad图\\xad书…' (reader.ui.text.typography.Typesetter.follow_screen_reader).

Same needs and skips as test_orca.py (Orca allows one instance per user)."""

from __future__ import annotations

import time

from reader.window_documents import default_document_path
from tests.accessibility.orca import NEEDS_ORCA, orca_then_reader, skip_unless_alone

pytestmark = NEEDS_ORCA

# Reworded from a real news page; its paragraph, with no space in it, is wider than a line at 14 pt.
PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>古籍修复师</title></head><body><h1>古籍修复师</h1>
<p>在省图书馆地下一层，恒温恒湿的修复室里，她已经工作了十六年。她和同事们修好的古籍超过两千册。读书节前夕，我们走进修复室，看她怎样给一本清代的县志换上新的衬纸。每一页都要先洗再补，然后压平晾干，一本书往往要修上好几个月，急不得。</p>
</body></html>"""
LAYOUT_CHARACTERS = ("\u00ad", "\u200b")


def _arrived(utterance: str) -> bool:
    return utterance.startswith(("Document text", "古籍修复师"))


def test_orca_hears_a_page_opened_after_it_started_as_written(tmp_path):
    skip_unless_alone()
    page = tmp_path / "zh.html"
    page.write_text(PAGE, encoding="utf-8")
    with orca_then_reader(str(default_document_path())) as screen_reader:
        desktop = screen_reader.desktop
        said = screen_reader.wait_to_say(lambda u: u.startswith("Document text"), 60)
        assert any(u.startswith("Document text") for u in said), said
        time.sleep(1)
        desktop.key("ctrl+o")
        screen_reader.wait_to_say(lambda u: u.startswith("File name"), 30)
        desktop.run(["xdotool", "type", "--delay", "40", str(page)])
        screen_reader.wait_quiet()  # its echo of the path typed, ~0.2 s a character, heard out
        # Arrived when Orca says the page's window title, or the text: on a computer with no
        # Chinese font the note saying so takes the turn the text's name had (the focus goes
        # back to the text unannounced), and waiting for "Document text" waited in vain (CI,
        # session 19: "return" and nothing more was all the test read of what Orca said).
        screen_reader.mark()
        desktop.key("Return")
        said = screen_reader.wait_to_say(_arrived, 60)
        assert any(_arrived(u) for u in said), said
        time.sleep(1)
        desktop.key("Down")
        said = screen_reader.wait_to_say(lambda u: "在省" in u, 30)
        line = next((u for u in said if "在省" in u), "")
        assert line.startswith("在省图书馆地下一层，恒温恒湿的修复室里"), (line, said)
        assert [u for u in screen_reader.utterances()
                if any(c in u for c in LAYOUT_CHARACTERS)] == []
