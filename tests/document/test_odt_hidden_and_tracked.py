"""OpenDocument files as LibreOffice writes them: tracked deletions and comments are not
read, nor hidden text; a footnote is read after its paragraph, not where it is stored; the
text around them is. A list numbered
with words of its own ("Q1.") shows them."""

from __future__ import annotations

import odfdo

from reader.document.pipeline import open_document


def _texts(tmp_path, *paragraphs: str, styles: tuple[str, ...] = ()) -> list[str]:
    document = odfdo.Document("text")
    for style in styles:
        document.insert_style(odfdo.Element.from_tag(style), automatic=True)
    document.body.clear()
    for paragraph in paragraphs:
        document.body.append(odfdo.Element.from_tag(paragraph))
    path = tmp_path / "file.odt"
    document.save(str(path))
    return [b.text for b in open_document(path, with_language=False).blocks]


def test_tracked_changes_read_as_accepted(tmp_path):
    changes = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
               '<office:change-info><dc:creator>Ed</dc:creator></office:change-info>'
               "<text:p>ever </text:p></text:deletion></text:changed-region>"
               '<text:changed-region text:id="c2"><text:insertion><office:change-info>'
               "<dc:creator>Ed</dc:creator></office:change-info></text:insertion>"
               "</text:changed-region></text:tracked-changes>")
    assert _texts(tmp_path, changes,
                  '<text:p>Why did you <text:change text:change-id="c1"/>leave '
                  '<text:change-start text:change-id="c2"/>so early<text:change-end '
                  'text:change-id="c2"/>?</text:p>') == ["Why did you leave so early?"]


def test_a_note_comes_after_its_paragraph_a_comment_is_left_out(tmp_path):
    assert _texts(
        tmp_path,
        '<text:p>Why did you leave?<text:note text:note-class="footnote"><text:note-citation>'
        "1</text:note-citation><text:note-body><text:p>In 1998.</text:p></text:note-body>"
        "</text:note> And when?<office:annotation><dc:creator>Ed</dc:creator><text:p>Check"
        "</text:p></office:annotation></text:p>") == ["Why did you leave? And when?", "1 In 1998."]


def test_hidden_text_is_not_read(tmp_path):
    hidden = ('<style:style style:name="T9" style:family="text"><style:text-properties '
              'text:display="none"/></style:style>')
    assert _texts(
        tmp_path,
        '<text:p>Why did you leave?<text:span text:style-name="T9"> (ask about money)'
        "</text:span></text:p>",
        '<text:p>Note to self<text:hidden-paragraph text:condition="ooow:1" '
        'text:is-hidden="true"/></text:p>',
        '<text:section text:name="Draft" text:display="none"><text:p>Old draft.</text:p>'
        "</text:section>",
        "<text:p>Because it was time.</text:p>",
        styles=(hidden,)) == ["Why did you leave?", "Because it was time."]


def test_questions_numbered_with_words_of_their_own_show_them(tmp_path):
    # LibreOffice's numbering "Q1.", "Q2.": the prefix and the number are not in the text.
    numbered = ('<text:list-style style:name="LQ"><text:list-level-style-number text:level="1"'
                ' style:num-prefix="Q" style:num-suffix="." style:num-format="1"/>'
                "</text:list-style>")
    turns = [("Why did you leave?", "Because it was time."),
             ("Where did you go?", "North, to the sea."),
             ("Will you come back?", "Every summer, yes.")]
    paragraphs = ["<text:p>A talk with Ann Lee</text:p>"]
    for question, answer in turns:
        paragraphs.append(f'<text:list text:style-name="LQ" text:continue-numbering="true">'
                          f"<text:list-item><text:p>{question}</text:p></text:list-item>"
                          "</text:list>")
        paragraphs.append(f"<text:p>{answer}</text:p>")
    texts = _texts(tmp_path, *paragraphs, styles=(numbered,))
    document = open_document(tmp_path / "file.odt", with_language=False)
    assert [document.question_text(q) for q in document.questions] == [
        f"Q{n}. {q}" for n, (q, _) in enumerate(turns, 1)]
    # Each question a list of its own that goes on numbering (text:continue-numbering).
    assert texts[1::2] == [f"Q{n}. {q}" for n, (q, _) in enumerate(turns, 1)]
