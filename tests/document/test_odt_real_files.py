"""OpenDocument files as LibreOffice users write them: a text box keeps its text."""

from __future__ import annotations

import odfdo

from reader.document.pipeline import open_document


def test_a_text_box_is_read_after_the_paragraph_it_is_anchored_in(tmp_path):
    document = odfdo.Document("text")
    document.body.clear()
    paragraph = odfdo.Paragraph("She grew up by the sea. ")
    paragraph.append(odfdo.Element.from_tag(
        '<draw:frame draw:name="Quote" text:anchor-type="paragraph"><draw:text-box>'
        "<text:p>“I never wanted to leave.”</text:p><text:p>— Ann Lee</text:p>"
        "</draw:text-box></draw:frame>"))
    paragraph.append("And then she left.")
    document.body.append(paragraph)
    document.body.append(odfdo.Paragraph("Q: And now?"))
    path = tmp_path / "box.odt"
    document.save(str(path))
    assert [b.text for b in open_document(path, with_language=False).blocks] == [
        "She grew up by the sea. And then she left.", "“I never wanted to leave.”",
        "— Ann Lee", "Q: And now?"]


def test_a_text_box_anchored_to_the_page_is_read_too(tmp_path):
    document = odfdo.Document("text")
    document.body.clear()
    document.body.append(odfdo.Paragraph("The interview."))
    document.body.append(odfdo.Element.from_tag(
        '<draw:frame draw:name="Side" text:anchor-type="page"><draw:text-box>'
        "<text:p>Born in Brest in 1958.</text:p></draw:text-box></draw:frame>"))
    path = tmp_path / "page-box.odt"
    document.save(str(path))
    assert [b.text for b in open_document(path, with_language=False).blocks] == [
        "The interview.", "Born in Brest in 1958."]
