"""Real files' traps (tests/document/fixtures/real_formats, built as WordPress, Medium, AMP,
Blogger, magazines' PDFs and books of interviews make them): what the reader shows of them."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import BlockKind
from reader.document.pipeline import open_document

from .makers import write_pdf
from .score_formats_script import ROOT, scorer

FIXTURES = ROOT / "tests" / "document" / "fixtures" / "real_formats"


def _opened(name: str, folder: Path):
    built = scorer("score_real_formats").built(name, FIXTURES, folder)
    return open_document(built, with_language=False)


def _paragraphs(document) -> list[str]:
    return [block.text for block in document.blocks]


def _questions(document) -> list[str]:
    return [question.heading for question in document.questions]


def test_a_web_pages_pull_quote_is_read_once_and_asks_nothing(tmp_path):
    document = _opened("medium-pullquote-figure", tmp_path)
    said = " ".join(_paragraphs(document))
    assert said.count("Never alone, sometimes lonely") == 1
    assert _questions(document) == [
        "What did a normal night look like?", "Were you ever lonely?",
        "What does silence sound like out there?", "Do you miss the job?"]


def test_a_wordpress_pullquote_goes_with_its_attribution(tmp_path):
    document = _opened("wp-gutenberg-strong-pullquote", tmp_path)
    texts = _paragraphs(document)
    assert " ".join(texts).count("You learn to read the frames like a diary") == 1
    assert "Margaret Olsen" not in texts  # the quote's <cite>, alone on its line


def test_questions_a_page_lists_above_their_answers_are_no_pull_quotes(tmp_path):
    page = tmp_path / "faq.html"
    page.write_text("""<html><head><title>Questions about the library</title></head><body>
<article><h1>Questions about the library</h1><ul><li>When does the library open on Sundays?</li>
<li>Can I borrow a laptop for the day?</li></ul>
<blockquote><p>When does the library open on Sundays?</p></blockquote>
<p>From ten to four, all year except in August, when it stays closed.</p>
<blockquote><p>Can I borrow a laptop for the day?</p></blockquote>
<p>Yes, with your card, and you bring it back before closing time.</p></article>
</body></html>""", "utf-8")
    said = " ".join(_paragraphs(open_document(page, with_language=False)))
    assert said.count("When does the library open on Sundays?") == 2


def test_a_magazines_pull_quote_in_large_type_is_no_heading_nor_question(qapp, tmp_path):
    document = _opened("pdf-magazine-pullquote-dropcap", tmp_path)
    said = " ".join(_paragraphs(document))
    assert said.count("une mémoire qui fond") == 1
    assert "« Un glacier, c’est une mémoire qui fond ? »" not in [
        section.heading for section in document.sections]
    assert _questions(document) == [
        "Comment êtes-vous devenue glaciologue ?",
        "Que voyez-vous changer d’une année sur l’autre ?",
        "Les glaciers peuvent-ils revenir ?", "Que dites-vous aux alpinistes ?"]


def test_a_raised_initial_keeps_its_word_and_its_paragraph(qapp, tmp_path):
    document = _opened("pdf-magazine-pullquote-dropcap", tmp_path)
    opening = next(b for b in document.blocks if "laboratoire" in b.text)
    assert opening.kind is BlockKind.PARAGRAPH
    assert opening.text.startswith("Le laboratoire de Claire Vasseur tient dans un refuge.")


def test_a_two_page_magazines_own_left_and_right_headers_are_not_read(qapp, tmp_path):
    said = " ".join(_paragraphs(_opened("pdf-magazine-pullquote-dropcap", tmp_path)))
    assert "TERRA" not in said
    assert "Printemps 2024" not in said


def test_a_footnotes_raised_mark_stays_in_its_sentence(qapp, tmp_path):
    body = ("<h1>Un entretien</h1><p><b>D’où venez-vous ?</b></p><p>Du Jura<sup>1</sup>, où "
            "mon père tenait une scierie au bord du Doubs, et où nous passions tous nos étés "
            "à empiler des planches.</p><p><b>Et ensuite ?</b></p><p>Lyon, pour mes études, "
            "puis Genève.</p><p style=\"font-size:7pt\"><sup>1</sup> Près de Morteau.</p>")
    document = open_document(write_pdf(tmp_path / "notes.pdf", body, page_size="A5"),
                             with_language=False)
    texts = _paragraphs(document)
    # the mark is no word (round 10): its note, set below, is read where it stands
    assert any(text.startswith("Du Jura, où mon père") for text in texts)
    assert "1 Près de Morteau." in texts
    assert not any(block.kind is BlockKind.LIST_ITEM for block in document.blocks)
    assert _questions(document) == ["D’où venez-vous ?", "Et ensuite ?"]


def test_a_blog_post_keeps_its_title_and_no_empty_lines(tmp_path):
    document = _opened("blogger-div-soup", tmp_path)
    assert document.title == "Trois questions à notre fromager"
    texts = _paragraphs(document)
    assert texts[0] == "Trois questions à notre fromager"
    assert "Le blog de la ferme du Moulin" not in texts
    assert all(text.strip(" \u00a0") for text in texts)


def test_an_amp_pages_ads_are_not_read_and_its_pictures_are_described(tmp_path):
    texts = _paragraphs(_opened("amp-page", tmp_path))
    assert "Publicidade" not in texts
    assert "Ipê amarelo no cerrado" in texts


def test_a_book_of_interviews_is_titled_by_the_book_each_chapter_a_section(tmp_path):
    document = _opened("epub-interview-collection", tmp_path)
    assert document.title == "Gens de la vallée"
    headings = [(b.text, b.level) for b in document.blocks if b.kind is BlockKind.HEADING]
    assert headings[:2] == [("Gens de la vallée", 1), ("Le boulanger", 2)]
    assert ("La libraire", 2) in headings and ("Le facteur", 2) in headings
    assert _questions(document)[:2] == ["À quelle heure commencez-vous ?",
                                         "Quel pain préférez-vous ?"]


def test_a_numbered_list_in_a_table_of_values_is_counted_once(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for cell, text in zip(table._cells, ("Jour", "Lieu", "Lundi", "", "Mardi", "Salle B"),
                          strict=True):
        cell.text = text
    table._cells[3].paragraphs[0].style = "List Number"
    table._cells[3].paragraphs[0].add_run("Salle A")
    after = document.add_paragraph("Salle C", style="List Number")
    assert after.style.name == "List Number"
    path = tmp_path / "rooms.docx"
    document.save(str(path))
    blocks = open_document(path, with_language=False).blocks
    items = [b for b in blocks if b.kind is BlockKind.LIST_ITEM]
    assert [(b.text, b.ordinal) for b in items] == [("2. Salle C", "2.")]
    assert "Lundi\t1. Salle A" in [b.text for b in blocks]  # the cell's number, as Word shows it


def test_a_word_pull_quote_in_a_text_box_is_read_once(tmp_path):
    document = _opened("docx-textbox-pullquote", tmp_path)
    said = " ".join(_paragraphs(document))
    assert said.count("Who knew a choir could learn to listen?") == 1
    assert _questions(document) == ["How did the choir survive the pandemic?",
                                    "What changed when you came back?",
                                    "What is next for the choir?"]


def test_a_subheading_made_of_the_texts_words_stays_a_heading(qapp, tmp_path):
    body = ("<h1>La dernière saison du glacier</h1><p>Chaque été, les piquets de mesure "
            "racontent la même histoire : une mémoire qui fond plus vite que prévu.</p>"
            "<h2>Une mémoire qui fond plus vite</h2><p>Les relevés commencent en 1907 et "
            "montrent une perte régulière.</p>")
    document = open_document(write_pdf(tmp_path / "intertitre.pdf", body, page_size="A5"),
                             with_language=False)
    assert "Une mémoire qui fond plus vite" in [
        b.text for b in document.blocks if b.kind is BlockKind.HEADING]


def test_a_book_whose_title_page_names_it_gets_no_second_title(tmp_path):
    from .makers import write_epub

    chapters = [("Titre", "<p class=\"titre\">Gens de la vallée</p><p>Entretiens</p>"),
                ("Le boulanger", "<h1>Le boulanger</h1><p>Rencontre à l’aube.</p>"),
                ("La libraire", "<h1>La libraire</h1><p>Elle a repris la librairie.</p>")]
    path = write_epub(tmp_path / "book.epub", chapters, title="Gens de la vallée")
    texts = _paragraphs(open_document(path, with_language=False))
    assert texts.count("Gens de la vallée") == 1


def test_a_kicker_the_page_title_names_is_not_put_back_as_the_headline(tmp_path):
    answers = "".join(f"<div><b>Question {n}?</b></div><div>{'An answer of some length. ' * 8}"
                      "</div>" for n in range(1, 5))
    page = tmp_path / "kicker.html"
    page.write_text(f"""<html><head><title>Interview: Ana Costa on the tides | Coast Blog</title>
</head><body><div class="header"><h1><a href="/">Coast Blog</a></h1></div>
<div class="post"><h3 class="kicker">Interview</h3>
<h3 class="post-title">Ana Costa on the tides</h3>
<div class="post-body">{answers}</div></div></body></html>""", "utf-8")
    texts = _paragraphs(open_document(page, with_language=False))
    assert texts[0] == "Ana Costa on the tides"
    assert "Coast Blog" not in texts
