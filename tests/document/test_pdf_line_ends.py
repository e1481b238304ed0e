"""What a PDF line's end says about the next line: a hyphen that is the word's own or a cut, a
question the writer ended with a line break, a bold question the layout wrapped into its
answer's line."""

from __future__ import annotations

from reader.document.formats.blocks import BlockBuilder
from reader.document.formats.pdf import paragraphs
from reader.document.formats.pdf_lines import Line
from reader.document.model import LINE_BREAK
from reader.document.pipeline import open_document, parse_text

from .formats.makers import write_pdf


def _line(text: str, bottom: float, right: float, opening: float = 40) -> Line:
    return Line(text, 0, 61, right, bottom, bottom + 11, 15, False, (), 0, opening)


def _paragraphs(lines: list[Line]) -> list[str]:
    builder = BlockBuilder()
    paragraphs(lines, builder)
    return [block.text for block in builder.blocks]


def test_a_file_that_does_not_hyphenate_keeps_a_words_own_hyphen_at_a_line_end():
    # Word, LibreOffice and Google Docs do not hyphenate unless asked: "fifty-" / "two" is
    # the only hyphen at a line end in the file, and the word's own.
    lines = [_line("Your first novel came out when you were fifty\ufffe", 700, 340),
             _line("two. Why so late?", 686.5, 160),
             _line("I had a job, three children and a garden.", 664, 300)]
    assert _paragraphs(lines)[0] == (
        "Your first novel came out when you were fifty-two. Why so late?")


def test_a_file_that_hyphenates_joins_the_words_it_cut():
    # InDesign cuts a word at a line end every few lines: those hyphens are cuts.
    texts = ["The column goes on and cuts a word in two: infor\ufffe",
             "mation, then another one at the next line's begin\ufffe",
             "ning, then the last ones, for its read\ufffe",
             "ers and for the whole news\ufffe", "paper."]
    text = _paragraphs([_line(t, 700 - 13.5 * n, 340) for n, t in enumerate(texts)])[0]
    assert text == ("The column goes on and cuts a word in two: information, then another one "
                    "at the next line's beginning, then the last ones, for its readers and for "
                    "the whole newspaper.")


def test_a_question_the_writer_ended_at_the_edge_is_a_line_of_its_own():
    # Shift+Enter after a question that runs so close to the edge that its answer's first
    # word could not have fitted there: the question still ends the line, as in the text.
    lines = [_line("Was tun, wenn meine Zahlung abgelehnt wird?", 700, 328),
             _line("Prüfen Sie Ihr Guthaben oder wenden Sie sich an", 686.5, 354, opening=37),
             _line("Ihre Bank.", 673, 118, opening=22)]
    assert _paragraphs(lines) == [
        f"Was tun, wenn meine Zahlung abgelehnt wird?{LINE_BREAK}Prüfen Sie Ihr Guthaben oder "
        "wenden Sie sich an Ihre Bank."]


def test_a_question_the_layout_wrapped_inside_an_answer_joins_its_paragraph():
    # Deep in a paragraph, or before a word that goes on the sentence, a question at a line
    # end is the layout's wrap.
    opening = ["It will. The works started in March and the steel came", "early, so the",
               "bridge opens in May, and the old ferry stops. Why would it", "not?"]
    deep = [_line(text, 700 - 13.5 * n, 354) for n, text in enumerate(opening)]
    deep += [_line("Because nobody wants to wait for it in the rain.", 646, 300)]
    lowercase = [_line("Will it be ready, the mayor asked, and why not?", 600, 340),
                 _line("she added after a while.", 586.5, 200)]
    assert [LINE_BREAK in text for text in _paragraphs(deep + lowercase)] == [False, False]


def test_a_bold_question_the_layout_wrapped_into_its_answers_line_stays_whole(qapp, tmp_path):
    # A Word interview with each bold question running into its answer: the question's
    # first line is all bold, the next one opens bold and goes on plain.
    turns = [("Vous vous êtes plaint, l'an dernier, de votre traitement de bourgmestre...",
              "Je maintiens ce que j'ai dit. Pour autant de responsabilités, le traitement est "
              "trop faible."),
             ("Et si vous perdez en octobre, que ferez-vous de vos journées et de vos soirées ?",
              "Je retournerai à mon jardin. Il m'attend depuis longtemps.")]
    intro = ("<h1>Le bourgmestre</h1><p>Il a connu l'opposition, puis un retour au pouvoir. "
             "Nous l'avons rencontré à la maison communale.</p>")
    body = "".join(f"<p><b>{q}</b> {a}</p>" for q, a in turns)
    document = open_document(write_pdf(tmp_path / "bold.pdf", intro + body, page_size="A5"),
                             with_language=False)
    markdown = "".join(f"\n\n**{q}** {a}" for q, a in turns)
    text = parse_text("Le bourgmestre\n\nIl a connu l'opposition, puis un retour au pouvoir. "
                      f"Nous l'avons rencontré à la maison communale.{markdown}",
                      with_language=False)
    questions = [document.question_text(q) for q in document.questions]
    assert questions == [text.question_text(q) for q in text.questions]
    assert len(questions) == 2


def test_a_question_after_a_typed_line_break_ends_its_line_too():
    # A blog's turns typed one under the other (Shift+Enter), a question wrapped over two
    # lines ending close to the edge: its answer still starts a line.
    lines = [_line("M: Jak drużyna nastawia się przed meczem z Francją?", 700, 320, opening=12),
             _line("B: Wszyscy chcemy wygrać i pokazać się z najlepszej strony.", 686.5, 320,
                   opening=12),
             _line("M: Kibice obejrzą mecz za darmo w telewizji publicznej, co", 673, 354,
                   opening=12),
             _line("jest rzadkie i wszyscy o tym mówią. Cieszysz się?", 659.5, 340, opening=20),
             _line("B: To naprawdę coś niecodziennego.", 646, 250, opening=12)]
    assert _paragraphs(lines) == [
        f"M: Jak drużyna nastawia się przed meczem z Francją?{LINE_BREAK}B: Wszyscy chcemy "
        f"wygrać i pokazać się z najlepszej strony.{LINE_BREAK}M: Kibice obejrzą mecz za darmo "
        "w telewizji publicznej, co jest rzadkie i wszyscy o tym mówią. Cieszysz się?"
        f"{LINE_BREAK}B: To naprawdę coś niecodziennego."]
