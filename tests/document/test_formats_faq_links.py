"""A FAQ page whose questions link to their own answers on the page: every question is in
the outline (the first one was taken for a share link), and other links stay links."""

from __future__ import annotations

import pytest

from reader.document.model import InlineStyle
from reader.document.pipeline import open_document

_QUESTIONS = ["How do I reset my password?", "Can I change my email address?",
              "Where is my invoice?", "How do I close my account?"]
_ANSWER = "The answer number {i} is here, with the detail you need."
_SHAPES = {
    "paragraph": '<p><a href="#a{i}">{q}</a></p><p id="a{i}">' + _ANSWER + "</p>",
    "bold": '<p><strong><a href="#a{i}">{q}</a></strong></p><p>' + _ANSWER + "</p>",
    "accordion": '<p><a href="#" class="toggle">{q}</a></p><div class="panel"><p>'
                 + _ANSWER + "</p></div>",
    "anchor and answer": '<p><a name="q{i}" href="#q{i}">{q}</a><br>' + _ANSWER + "</p>",
}


def _faq(tmp_path, shape):
    body = "".join(shape.format(i=i, q=q) for i, q in enumerate(_QUESTIONS))
    path = tmp_path / "faq.html"
    path.write_text("<html><head><title>FAQ - Shop</title></head><body><article>"
                    f"<h1>Frequently asked questions</h1>{body}"
                    '<p><a href="#contact">Write to us</a></p></article></body></html>', "utf-8")
    return open_document(path, with_language=False)


@pytest.mark.parametrize("shape", _SHAPES.values(), ids=list(_SHAPES))
def test_every_question_linking_to_its_answer_is_in_the_outline(tmp_path, shape):
    document = _faq(tmp_path, shape)
    assert [q.heading for q in document.questions] == _QUESTIONS


def test_a_link_that_is_no_question_stays_a_link(tmp_path):
    document = _faq(tmp_path, _SHAPES["paragraph"])
    links = [document.text[r.start:r.end] for b in document.blocks for r in b.inlines
             if r.style is InlineStyle.LINK]
    assert links == ["Write to us"]  # ("Back to top" is the site's: html_forum)
