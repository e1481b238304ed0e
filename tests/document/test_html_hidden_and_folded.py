"""Web pages as sites save them: a FAQ's or an interview's questions folded in accordions (the
question a button, its answer hidden until opened) are read open; text the page hides is not;
a shared title ("og:title") says the headline without the site's name."""

from __future__ import annotations

from pathlib import Path

from reader.document.pipeline import open_document

TURNS = [("Why did you start painting so late?", "Because I was afraid of it for years."),
         ("What changed in the end?", "My daughter gave me a box of brushes."),
         ("Do you paint every day now?", "Every morning, before the light goes.")]
INTRO = ("<h1>A painter at sixty</h1><p>She sold her first canvas last year. We met her in "
         "her studio by the sea, where she works every morning.</p>")
# The three ways pages hide a closed accordion's panel.
HIDERS = ("hidden", 'style="display:none"', 'aria-hidden="true"')


def _open(folder: Path, body: str, wrapper: str = "article"):
    path = folder / "page.html"
    path.write_text(f"<html lang='en'><head><title>Blog</title></head><body><{wrapper}>"
                    f"{INTRO}{body}</{wrapper}></body></html>", encoding="utf-8")
    return open_document(path, with_language=False)


def _questions(document) -> list[str]:
    return [document.question_text(q) for q in document.questions]


def _accordion(number: int, question: str, answer: str) -> str:
    return (f'<h3><button aria-expanded="false" aria-controls="a{number}">{question}</button>'
            f'</h3><div id="a{number}" {HIDERS[number % 3]}><p>{answer}</p></div>')


def test_a_folded_accordions_questions_and_answers_are_read(tmp_path):
    body = "".join(_accordion(n, q, a) for n, (q, a) in enumerate(TURNS))
    for wrapper in ("article", "div"):  # the article marked, or found by readability
        document = _open(tmp_path, body, wrapper)
        assert _questions(document) == [q for q, _ in TURNS]
        assert [document.answer_text(q).strip() for q in document.questions] == [
            a for _, a in TURNS]


def test_a_bootstrap_accordions_buttons_are_its_questions(tmp_path):
    body = "".join(
        f'<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-'
        f'button collapsed" type="button" data-bs-toggle="collapse" aria-expanded="false">{q}'
        f'</button></h2><div class="accordion-collapse collapse"><div class="accordion-body">'
        f"{a}</div></div></div>" for q, a in TURNS)
    assert _questions(_open(tmp_path, f'<div class="accordion">{body}</div>')) == [
        q for q, _ in TURNS]


def test_a_jquery_faq_answer_hidden_under_its_question_is_read(tmp_path):
    body = "".join(f'<h4 class="faq-q">{q}</h4><div style="display: none;">{a}</div>'
                   for q, a in TURNS)
    for wrapper in ("article", "div"):
        document = _open(tmp_path, body, wrapper)
        assert _questions(document) == [q for q, _ in TURNS]
        assert TURNS[2][1] in document.text


def test_text_the_page_hides_is_not_read(tmp_path):
    body = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in TURNS)
    body += ('<p hidden>Is this hidden?</p><div style="color:red; display: none">'
             '<p>Was this a draft?</p></div><p style="visibility:hidden">Hidden too?</p>'
             '<p>The end<span aria-hidden="true"> ★★★</span>.</p>')
    document = _open(tmp_path, body)
    assert _questions(document) == [q for q, _ in TURNS]
    assert document.blocks[-1].text == "The end."
    for hidden in ("hidden?", "draft", "too?", "★"):
        assert hidden not in document.text


def test_a_page_saved_with_a_dialog_open_keeps_its_article(tmp_path):
    # Sites set aria-hidden on everything behind an open dialog (a cookie banner).
    body = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in TURNS)
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><div id='app' aria-hidden='true'><div>{INTRO}{body}</div>"
                    "</div><div role='dialog' aria-modal='true'>We use cookies. OK?</div>"
                    "</body></html>", encoding="utf-8")
    document = open_document(path, with_language=False)
    assert _questions(document) == [q for q, _ in TURNS]


def test_a_shared_title_loses_the_sites_name_after_it(tmp_path):
    # No heading names the talk: the page's shared title is its title, without the site.
    body = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in TURNS)
    for meta in ('<meta property="og:site_name" content="The Daily Brush">',
                 "<title>Ann Lee, painter – The Daily Brush</title>"):
        path = tmp_path / "page.html"
        path.write_text(f"<html><head>{meta}<meta property='og:title' content='Ann Lee, "
                        f"painter – The Daily Brush'></head><body><article>{body}</article>"
                        "</body></html>", encoding="utf-8")
        assert open_document(path, with_language=False).title == "Ann Lee, painter"


def test_a_shared_title_keeps_a_dash_of_its_own(tmp_path):
    body = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in TURNS)
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Painting - Part two | Blog</title><meta property="
                    "'og:title' content='Painting - Part two'></head><body><article>"
                    f"{body}</article></body></html>", encoding="utf-8")
    assert open_document(path, with_language=False).title == "Painting - Part two"


def test_a_books_hidden_text_is_not_read_and_its_folds_are(tmp_path):
    from tests.document.formats.makers import write_epub

    body = INTRO + "".join(_accordion(n, q, a) for n, (q, a) in enumerate(TURNS))
    body += '<p>The end<span style="display:none"> (draft)</span>.</p>'
    path = write_epub(tmp_path / "book.epub", [("A painter at sixty", body)],
                      title="A painter at sixty", language="en")
    document = open_document(path, with_language=False)
    assert [document.question_text(q) for q in document.questions] == [q for q, _ in TURNS]
    assert document.blocks[-1].text == "The end."


def test_unspoken_text_that_is_neither_an_icon_nor_a_copy_is_read(tmp_path):
    # A drop cap that screen readers skip is the word's first letter; a headline shown for
    # the eye beside its copy for screen readers is read once.
    body = ('<p><span class="dropcap" aria-hidden="true">S</span>he paints every day.</p>'
            '<h2 aria-hidden="true">Light and boats</h2><h2 class="sr-only">Light and boats'
            "</h2>" + "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in TURNS))
    document = _open(tmp_path, body)
    assert "She paints every day." in [b.text for b in document.blocks]
    assert [b.text for b in document.blocks].count("Light and boats") == 1
