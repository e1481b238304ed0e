"""Real files' traps, round 11 (tests/document/fixtures/real_formats): what a site, a browser
or a word processor puts around an interview, and what the reader shows of it."""

from __future__ import annotations

from pathlib import Path

from reader.document.formats.pdf_lines import Line
from reader.document.formats.pdf_running import without_running_lines
from reader.document.formats.pull_quotes import blocks_without_pull_quotes
from reader.document.model import Block, BlockKind
from reader.document.pipeline import open_document

from .score_formats_script import ROOT, scorer

FIXTURES = ROOT / "tests" / "document" / "fixtures" / "real_formats"


def _opened(name: str, folder: Path):
    return open_document(scorer("score_real_formats").built(name, FIXTURES, folder),
                         with_language=False)


def _said(document) -> str:
    return " ".join(block.text for block in document.blocks)


def _page(tmp_path: Path, article: str) -> str:
    page = tmp_path / "page.html"
    page.write_text(f"""<html lang="de"><head><title>Im Gespräch</title></head><body>
<article><h1>Im Gespräch mit der Bäckerin</h1>{article}</article></body></html>""", "utf-8")
    return _said(open_document(page, with_language=False))


_ANSWER = "<p>Um vier Uhr, wie jeden Tag, seit zwanzig Jahren und bei jedem Wetter.</p>"


# --- A browser's printed page -----------------------------------------------------------------

def test_a_browser_printed_pages_date_title_address_and_page_count_are_not_read(qapp, tmp_path):
    document = _opened("pdf-browser-print", tmp_path)  # one page: nothing repeats
    said = _said(document)
    assert "14:32" not in said and "towncrier.example" not in said and "| Town Crier" not in said
    assert document.title == ("Meet the volunteer who has run the Saturday repair café for "
                              "ten years")


def _line(text: str, top: float, size: float) -> Line:
    return Line(text, 0, 50, 500, top - size, top, size, False)


def test_a_small_footer_that_says_its_page_beside_other_words_goes():
    body = [_line(f"Line {n} of the text, as long as the text's lines are.", 700 - 20 * n, 10)
            for n in range(20)]
    footer = _line("https://www.example.org/news/interview 1/1", 20, 7)
    kept = without_running_lines([[*body, footer]], [800.0])
    assert footer not in kept and len(kept) == 20


def test_a_line_of_the_text_that_ends_with_a_fraction_at_the_foot_of_the_page_stays():
    body = [_line(f"Line {n} of the recipe, as long as the text's lines are.", 700 - 20 * n, 10)
            for n in range(20)]
    foot = _line("Then add the milk, a little at a time, and the sugar: 1/2", 20, 10)
    second = _line("Notes set small, as a footer is, on dates: 3/4", 20, 7)  # not page 1's
    kept = without_running_lines([[*body, foot, second]], [800.0])
    assert foot in kept and second in kept


# --- A contents page ---------------------------------------------------------------------------

def _block(kind: BlockKind, text: str, level: int = 0) -> Block:
    return Block(kind, text, 0, (0, 1), level)


def test_a_question_a_contents_page_lists_stays_a_heading(qapp, tmp_path):
    document = _opened("pdf-heading-questions-contents", tmp_path)
    assert [q.heading for q in document.questions] == [
        "Como surgiu a biblioteca comunitária?", "Quem frequenta a biblioteca?",
        "Quais são os planos para o próximo ano?"]


def test_a_contents_entry_says_no_more_than_its_heading_but_a_sentence_with_a_year_does():
    heading = _block(BlockKind.HEADING, "Why did the harbour close in winter?", 2)
    blocks = [_block(BlockKind.HEADING, "The harbour", 1),
              _block(BlockKind.PARAGRAPH, "Why did the harbour close in winter? ....... 4"),
              heading,
              _block(BlockKind.PARAGRAPH, "Nobody asked why did the harbour close in winter "
                     "2019 until the fishermen did.")]
    assert blocks_without_pull_quotes(blocks[:3]) == blocks[:3]  # a contents entry: kept
    assert heading not in blocks_without_pull_quotes(blocks)  # a passage says it and more


# --- Ad labels and newsletter boxes ----------------------------------------------------------

def test_an_ad_slots_label_is_not_read_in_any_of_the_sites_languages(tmp_path):
    said = _page(tmp_path, f"<p><b>Wann beginnt Ihr Tag?</b></p>{_ANSWER}"
                           '<div class="werbung"><span>Anzeige</span></div>'
                           '<div class="td-a-rec"><span>- Publicidad -</span></div>'
                           "<div><script>slot('mpu')</script><span>Werbung</span></div>"
                           f"<p><b>Und am Sonntag?</b></p>{_ANSWER}")
    assert "Anzeige" not in said and "Publicidad" not in said and "Werbung" not in said
    assert said.count("Um vier Uhr") == 2


def test_the_word_anzeige_in_a_sentence_or_a_heading_with_more_words_stays(tmp_path):
    said = _page(tmp_path, "<p>Die <b>Anzeige</b> erschien am Montag.</p>"
                           "<h2>Anzeige gegen Unbekannt</h2><p><span>Anzeige</span> und "
                           f"Wirklichkeit sind zweierlei.</p>{_ANSWER}")
    assert "Die Anzeige erschien am Montag." in said
    assert "Anzeige gegen Unbekannt" in said
    assert "Anzeige und Wirklichkeit sind zweierlei." in said


def test_a_newsletter_box_goes_with_its_heading_and_blurb(tmp_path):
    document = _opened("ghost-nl-callouts", tmp_path)
    said = _said(document)
    assert "Blijf op de hoogte" not in said and "in je mailbox" not in said
    assert "Een leerling vinden." in said


def test_text_beside_a_form_that_asks_for_mail_stays_when_it_is_the_articles(tmp_path):
    long_answer = "Wir backen jeden Tag Brot für das ganze Dorf und die Nachbarorte. " * 6
    said = _page(tmp_path, f'<div class="inhalt"><p><b>Was backen Sie?</b></p><p>{long_answer}'
                           '</p><form><input type="email" placeholder="E-Mail"></form></div>')
    assert said.count("Wir backen jeden Tag Brot") == 6


# --- A picture and its caption -----------------------------------------------------------------

def test_a_pictures_description_its_caption_says_again_is_read_once(tmp_path):
    said = _page(tmp_path, '<figure><img src="b.jpg" alt="Die Bäckerin in ihrer Backstube.">'
                           "<figcaption>Die Bäckerin in ihrer Backstube. <span>FOTO: A. "
                           f"Roth</span></figcaption></figure>{_ANSWER}"
                           '<div class="wp-caption"><img src="c.jpg" alt="Der Ofen"><p '
                           'class="wp-caption-text">Der Ofen, gebaut 1921</p></div>')
    assert said.count("Die Bäckerin in ihrer Backstube") == 1
    assert said.count("Der Ofen") == 1


def test_a_description_that_says_what_the_caption_does_not_is_read(tmp_path):
    said = _page(tmp_path, '<figure><img src="b.jpg" alt="Eine Frau knetet Teig am Tisch.">'
                           f"<figcaption>Marta Roth, 2019.</figcaption></figure>{_ANSWER}")
    assert "Eine Frau knetet Teig am Tisch." in said and "Marta Roth, 2019." in said


# --- Items a style sheet sets apart ------------------------------------------------------------

def test_a_bylines_name_and_date_and_a_posts_category_and_tags_are_two_words(tmp_path):
    said = _page(tmp_path, '<div class="meta"><span class="author">Anna Roth</span><span '
                           'class="date">12. Mai 2024</span></div><p><span class="cat">Posted in '
                           '<a href="/c">Backen</a></span><span class="tags">Tagged <a>Brot</a>'
                           f"</span></p>{_ANSWER}")
    assert "Anna Roth 12. Mai 2024" in said
    assert "Posted in Backen Tagged Brot" in said


def test_a_word_split_across_styled_spans_stays_one_word(tmp_path):
    said = _page(tmp_path, '<p><span class="dropcap">W</span><span class="rest">ährend</span> '
                           'des Tages <span class="hl">Sauer</span><span class="hl">teig</span>, '
                           f"<b>Brot</b><i>Zeit</i></p>{_ANSWER}")
    assert "Während des Tages Sauerteig, BrotZeit" in said


def test_a_page_wrapped_in_one_form_with_a_mail_field_keeps_its_article(tmp_path):
    page = tmp_path / "aspnet.html"
    answers = "".join(f"<p><b>Frage {n}?</b></p>{_ANSWER}" for n in range(1, 4))
    page.write_text('<html><body><form id="aspnetForm" method="post"><div id="page">'
                    f"<h1>Im Gespräch mit der Bäckerin</h1>{answers}<div class=\"fuss\">"
                    '<input type="email" name="newsletter_email"></div></div></form>'
                    "</body></html>", "utf-8")
    said = _said(open_document(page, with_language=False))
    assert said.count("Um vier Uhr") == 3
