"""The outline a text gets, kept when the same document comes as a web page, a Word file or a
PDF: the structure rules hold for the blocks those readers give (a title set as a heading,
list items without their number, lines of a paragraph joined by line breaks). Each rule has a
document it must catch and one it must not."""

from __future__ import annotations

import pytest

from reader.document.formats.blocks import Extracted
from reader.document.markdown import make_parser, parse_blocks
from reader.document.model import LINE_BREAK, Block, BlockKind, DocumentKind
from reader.document.pipeline import open_document, parse_extracted, parse_text

from .formats.makers import news_page, write_docx


def _blocks(markdown: str):
    return parse_blocks(markdown, parser=make_parser(indented_code=False))


def _saved(markdown: str, format_name: str, folder):
    """The Markdown document saved as a web page or a Word file, and opened as the reader
    opens it."""
    blocks = _blocks(markdown)
    if format_name == "html":
        path = folder / "page.html"
        path.write_text(news_page(blocks, lang="en"), encoding="utf-8")
    else:
        path = write_docx(folder / "page.docx", blocks, title_style=False, language="en")
    return open_document(path, with_language=False)


def _from_pdf(*paragraphs: str, bullet: str = ""):
    """The document a PDF's reader makes of these paragraphs (a heading first, then
    paragraphs whose lines are joined by ``LINE_BREAK``; ``bullet``: "-" makes each
    paragraph after the second a list item, as a list's items come out of a PDF)."""
    blocks = [Block(BlockKind.HEADING, paragraphs[0], 0, (0, 1), 1)]
    for number, text in enumerate(paragraphs[1:]):
        if bullet and number >= 1:
            blocks.append(Block(BlockKind.LIST_ITEM, text, 0, (0, 1), 1, ordinal=bullet))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, text, 0, (0, 1)))
    return parse_extracted(Extracted(blocks), format_name="pdf", with_language=False)


def _questions(document) -> list[str]:
    return [q.heading for q in document.questions]


FORMATS = ["html", "docx"]


# --- A list's title that counts its items ---------------------------------------------------

LEASE = """# 14 Questions to Ask Your Landlord Before You Sign

Your lease is a binding contract, so read it closely before you sign. Here is what to ask:

1. Is the lease fixed-term or month-to-month? A rolling lease can end at any time. Check how long.

2. Is the first month's rent pro-rated? If you move in mid-month, ask what you pay.

3. Are utilities included? Find out whether water, heating or internet are part of the rent.

4. Who handles repairs? Get the contact details of the manager.
"""


@pytest.mark.parametrize("format_name", FORMATS)
def test_an_articles_numbered_questions_with_advice_are_no_interview_in_any_format(
    tmp_path, format_name
):
    text = parse_text(LEASE.replace("# ", "", 1), plain_text=True, with_language=False)
    document = _saved(LEASE, format_name, tmp_path)
    assert _questions(text) == []
    assert _questions(document) == []
    assert document.kind is not DocumentKind.INTERVIEW
    assert document.title == "14 Questions to Ask Your Landlord Before You Sign"


FIVE_QUESTIONS = """# Cinque domande a Marta Bianchi

La scrittrice risponde alle nostre domande di rito.

1. Ebook o carta? Carta, senza dubbio, e con la matita in mano.

2. Il libro sul comodino? Un giallo svedese che non riesco a finire.

3. Dove scrive? In cucina, la mattina presto, prima che si svegli la casa.

4. Il prossimo libro? Esce in autunno, ma non posso dire di più.
"""


@pytest.mark.parametrize("format_name", FORMATS)
def test_numbered_questions_under_a_heading_that_counts_nothing_stay_an_interview(
    tmp_path, format_name
):
    document = _saved(FIVE_QUESTIONS, format_name, tmp_path)
    assert _questions(document) == [
        "Ebook o carta?", "Il libro sul comodino?", "Dove scrive?", "Il prossimo libro?"
    ]


# --- A paper's name and its headline, both first-level headings ------------------------------

PAPER = """# The Eastside Echo

# A conversation with our new librarian

By Sam Whitaker, staff writer

**Echo:** Where did you work before Eastside?

**Mr. Adeyemi:** At the public library downtown, mostly in the children's room.

**Echo:** What will change in our library?

**Mr. Adeyemi:** More comics, more chairs, and a quiet corner for exams.
"""


@pytest.mark.parametrize("format_name", FORMATS)
def test_a_papers_name_above_a_headline_of_the_same_rank_is_not_the_title(tmp_path, format_name):
    document = _saved(PAPER, format_name, tmp_path)
    assert document.title == "A conversation with our new librarian"
    assert document.title == parse_text(PAPER, with_language=False).title
    assert len(document.questions) == 2


@pytest.mark.parametrize("format_name", FORMATS)
def test_a_headline_above_a_second_heading_of_its_rank_stays_the_title(tmp_path, format_name):
    headline = PAPER.replace("The Eastside Echo", "Our new librarian opens the doors")
    document = _saved(headline, format_name, tmp_path)
    assert document.title == "Our new librarian opens the doors"


# --- Lines of a PDF's paragraph ---------------------------------------------------------------

BR = LINE_BREAK


def test_a_turn_on_the_last_line_of_a_pdfs_paragraph_is_split_out_when_its_name_recurs():
    document = _from_pdf(
        "Le mois Ellroy continue !",
        f"Une traduction personnelle, faite avec cœur.{BR}Première partie des questions : Léa"
        f"{BR}LTB : Votre premier roman vient de sortir en France, que ressentez-vous ?",
        "R.J. Ellroy : C'est passionnant, comme chaque publication en France.",
        "LTB : Comment avez-vous eu l'idée de ce premier roman ?",
        "R.J. Ellroy : Je voulais écrire sur un pan de l'histoire américaine.",
        "LTB : Écrivez-vous tous les jours ?",
        "R.J. Ellroy : Presque, oui. Je commence tôt le matin.",
    )
    assert [(q.speaker, q.heading) for q in document.questions] == [
        ("LTB", "Votre premier roman vient de sortir en France, que ressentez-vous ?"),
        ("LTB", "Comment avez-vous eu l'idée de ce premier roman ?"),
        ("LTB", "Écrivez-vous tous les jours ?"),
    ]


def test_turns_on_the_lines_of_one_paragraph_are_split_where_their_lines_broke():
    document = _from_pdf(
        "Intervista alle nuove direttrici",
        "Cominciamo da Giulia.",
        "I:Che sport pratichi?",
        "G:Gioco a basket da cinque anni e mi diverte molto. I:Dove ti alleni?",
        "G:Con la mia squadra, nella palestra comunale.",
        f"Continuiamo con Elena{BR}I:Quali sono i tuoi passatempi?",
        f"E:Leggere e disegnare.{BR}I:Perché hai scelto il giornalino?{BR}E:Perché mi piace.",
    )
    assert [q.heading for q in document.questions] == [
        "Che sport pratichi?", "Dove ti alleni?", "Quali sono i tuoi passatempi?",
        "Perché hai scelto il giornalino?",
    ]


def test_a_name_with_a_colon_on_a_line_of_a_paragraph_is_no_turn_when_it_opens_no_other():
    document = _from_pdf(
        "Notes from the harbour",
        f"We met on the quay at dawn.{BR}Anna: the skipper, forty years at sea.",
        "The boats came in one by one, and the market opened at six.",
        f"Prices were fair.{BR}Tom: the buyer from the hotel, who never haggles.",
        "By noon the fish was gone and the gulls had the quay to themselves.",
    )
    assert document.questions == ()
    assert document.blocks[1].text.endswith("forty years at sea.")


def test_a_dashed_question_on_the_first_line_of_a_pdfs_list_item_is_split_from_its_answer():
    document = _from_pdf(
        "La mujer no debería caminar con miedo",
        "-¿Cómo te convertiste en periodista?",
        f"No tenía muy claro qué estudiar, solo sabía que me gustaban las letras.{BR}Empecé"
        f" como maestra y me convertí en periodista sin darme cuenta.{BR}-¿En qué se basa tu"
        " trabajo?",
        "En preguntar, descubrir y despejar las dudas del público, que es el trabajo del"
        " periodista. Digo lo que considero que debo decir.",
        f"-¿Crees que el papel de la mujer ha mejorado?{BR}Por muchos años a la mujer se le ha"
        f" cuestionado el opinar.{BR}Mi madre vivió una época en la que muchas no podían votar.",
        bullet="-",
    )
    assert [q.heading for q in document.questions] == [
        "¿Cómo te convertiste en periodista?", "¿En qué se basa tu trabajo?",
        "¿Crees que el papel de la mujer ha mejorado?",
    ]


def test_a_dashed_question_that_runs_on_to_its_next_line_is_not_cut_there():
    document = _from_pdf(
        "La mujer no debería caminar con miedo",
        "-¿Cómo te convertiste en periodista?",
        "No tenía muy claro qué estudiar, solo sabía que me gustaban las letras.",
        "-¿En qué se basa tu trabajo?",
        "En preguntar, descubrir y despejar las dudas del público, que es el trabajo del"
        " periodista. Digo lo que considero que debo decir.",
        f"-¿Crees que el papel de la mujer,{BR}en tu opinión, ha mejorado?{BR}Por muchos años"
        " a la mujer se le ha cuestionado el opinar.",
        bullet="-",
    )
    assert all(b.text != "-¿Crees que el papel de la mujer," for b in document.blocks)
    assert not any(q.heading.endswith(",") for q in document.questions)


# --- A first turn whose name ends with a period -------------------------------------------------

BLOG = """sobota, 19 września 2015

Rozmowa z Bartoszem Lisem

Wczoraj dowiedziałem się od kolegi, że zna Bartosza Lisa. Zapraszam do czytania:
{first}.  Bartku, za kilka godzin najważniejszy mecz turnieju. Denerwujesz się?
Bartosz:  Jak wszyscy, nie możemy się doczekać.
Michał: O co był ten zakład po treningu?
Bartosz:  Jeśli wszyscy trafią po jednym rzucie wolnym, trenerzy biegają sprinty.
Michał: Czym się interesujesz poza koszykówką?
Bartosz:  Lubię spędzać czas aktywnie: golf, piłka nożna, tenis.
"""


def test_a_first_turn_whose_recurring_name_ends_with_a_period_is_that_speakers_question():
    document = parse_text(BLOG.format(first="Michał"), plain_text=True, with_language=False)
    assert [(q.speaker, q.heading) for q in document.questions][0] == (
        "Michał", "Bartku, za kilka godzin najważniejszy mecz turnieju. Denerwujesz się?"
    )
    assert len(document.questions) == 3


def test_a_name_with_a_period_that_opens_no_turn_stays_in_its_paragraph():
    document = parse_text(BLOG.format(first="Warszawa"), plain_text=True, with_language=False)
    assert [q.heading for q in document.questions] == [
        "O co był ten zakład po treningu?", "Czym się interesujesz poza koszykówką?"
    ]


# --- A kicker above the one first-level heading --------------------------------------------------

BAKER = """{kicker}

# The baker of the market

Ana Ruiz bakes bread every night in a small shop behind the market, and has done so for years.

How did it all begin?

With my grandmother's oven and a lot of burnt loaves, to be honest with you.

What keeps you going?

The smell at four in the morning, and the first customers at six.
"""


@pytest.mark.parametrize("format_name", FORMATS)
@pytest.mark.parametrize("kicker", ["Ask Ana", "Our weekly column on money"])
def test_a_short_line_above_the_one_first_level_heading_is_a_kicker(
    tmp_path, format_name, kicker
):
    document = _saved(BAKER.format(kicker=kicker), format_name, tmp_path)
    assert document.title == "The baker of the market"
    assert kicker not in [q.heading for q in document.questions]


@pytest.mark.parametrize("format_name", FORMATS)
def test_a_line_above_first_level_section_headings_stays_the_title(tmp_path, format_name):
    sections = BAKER.format(kicker="Our weekly column on money") + (
        "\n# The baker's apprentice\n\nTom came to the shop at sixteen and never left it.\n"
    )
    document = _saved(sections, format_name, tmp_path)
    assert document.title == "Our weekly column on money"


# --- A numbered turn that a PDF gives as a list item ------------------------------------------


def _numbered_turns(label: str):
    blocks = [Block(BlockKind.HEADING, "Intervista alla sindaca del CCR", 0, (0, 1), 1),
              Block(BlockKind.PARAGRAPH, "La redazione ha incontrato la nuova sindaca.", 0,
                    (0, 1))]
    for number, (asked, said) in enumerate([
        ("Come hai reagito all'elezione?", "Non ci credevo, sono felicissima!"),
        ("Quali sono le tue proposte?", "Più panchine in cortile e più uscite didattiche."),
        ("Come pensi di realizzarle?", "Con l'aiuto di tutto il consiglio e del comune."),
    ], start=1):
        ordinal = f"{number}."
        blocks.append(Block(BlockKind.LIST_ITEM, f"{ordinal} {label}{asked}", 0, (0, 1), 1,
                            ordinal=ordinal))
        blocks.append(Block(BlockKind.PARAGRAPH, f"Sindaca: {said}", 0, (0, 1)))
    return parse_extracted(Extracted(blocks), format_name="pdf", with_language=False)


def test_a_numbered_turn_set_as_a_list_item_keeps_its_speaker():
    document = _numbered_turns("Giornalista: ")
    assert [(q.speaker, q.heading) for q in document.questions] == [
        ("Giornalista", "Come hai reagito all'elezione?"),
        ("Giornalista", "Quali sono le tue proposte?"),
        ("Giornalista", "Come pensi di realizzarle?"),
    ]


def test_a_numbered_question_without_a_name_has_no_speaker():
    document = _numbered_turns("")
    assert [q.speaker for q in document.questions] == ["", "", ""]
    assert document.questions[0].heading == "Come hai reagito all'elezione?"
