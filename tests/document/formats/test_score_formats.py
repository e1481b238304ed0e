"""scripts/score_formats.py: corpus documents saved in every format as real files look (a news
site's page, Word's and LibreOffice's styles, an EPUB, a paged PDF with running headers) open
with the outline their text has."""

from __future__ import annotations

from .score_formats_script import copy_sample, scorer

# One or two per language, each a way the formats once lost what the text kept: one-line
# questions in a transcript, bulleted questions, a numbered first question, pull quotes in
# Word's Quote style, a page number in the way of a paragraph, names before replies.
SAMPLE = ("en-press-conference-names.txt", "en-bullets-both.txt", "en-article-pullquotes.md",
          "fr-blog-chrome-numerotees.txt", "fr-transcription-m-c.txt",
          "de-frage-antwort-prefix-verband.txt", "es-p-r-sin-punto.txt",
          "es-podcast-nombres.txt")


def test_every_format_of_the_sample_has_the_texts_outline(qapp, tmp_path):
    copy_sample(SAMPLE, tmp_path)
    scores = scorer().measure(tmp_path)
    text = scores["text"]
    assert text.documents == len(SAMPLE)
    for name, score in scores.items():
        assert score.differences == [], name
        assert score.same_as_text == len(SAMPLE)
        assert abs(score.f1 - text.f1) <= 0.03 and abs(score.titles - text.titles) <= 0.03


# Each once lost what its text kept when set in two columns: a right column's lines taken
# for a list, a one-page file's running header, French questions' hyphens at line ends.
COLUMNS_SAMPLE = ("pt-perguntas-fora-do-comum.txt", "fr-revue-nom-du-media.txt",
                  "de-faq-versand-gruppen.txt")


def test_two_column_pdfs_of_the_sample_have_the_texts_outline(qapp, tmp_path):
    copy_sample(COLUMNS_SAMPLE, tmp_path)
    scores = scorer().measure(tmp_path, ("text", "pdf"), pages="A4", columns=2)
    assert scores["pdf"].differences == []
    assert scores["pdf"].same_as_text == len(COLUMNS_SAMPLE)


def test_the_copies_keep_a_line_break_before_a_line_that_opens_with_markup_characters(
        tmp_path):
    # A plain text keeps the "[" that Markdown would read as a link's opening.
    path = tmp_path / "notes.txt"
    path.write_text("Interview V.F.\n[Il s'agit d'une traduction personnelle.]\n"
                    "LTB : Que ressentez-vous ?\n", "utf-8")
    blocks = scorer().fixture_blocks(path)
    assert [b.text.split("\u2028") for b in blocks] == [
        ["Interview V.F.", "[Il s'agit d'une traduction personnelle.]",
         "LTB : Que ressentez-vous ?"]]
