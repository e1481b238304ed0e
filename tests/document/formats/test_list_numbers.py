"""A numbered list's numbers are text in every format (issue 17): a bookseller's interview whose
questions are numbered by the file's own list ("1) Comment …", reworded from a blog's monthly
bookseller interview) shows each number in the text, finds it, speaks it, and has the outline
its Markdown copy has. Bullets stay markers, drawn beside the text."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from reader.document.model import BlockKind
from reader.document.pipeline import open_document
from reader.document.search import FoldedText
from reader.speech.planning import Voices, plan
from tests.document.formats.doc_maker import NUMBERS, WordFile
from tests.document.formats.makers import write_epub
from tests.document.test_docx_real_files import _p, _r, _set_numbering, _word_file

TITLE = "Rencontre avec une libraire de Rennes"
INTRO = ("Chaque mois, une libraire de la région répond à nos questions. Ce mois-ci, c'est "
         "Hélène Garnier, de la librairie Le Marque-Page, qui s'est prêtée au jeu.")
TURNS = [
    ("Comment êtes-vous arrivée dans ce métier ?",
     "Un peu par hasard. J'ai étudié l'histoire, puis j'ai remplacé une vendeuse un été dans "
     "une librairie, et je n'en suis jamais repartie."),
    ("Qu'aimez-vous le plus dans votre travail ?",
     "Conseiller. Voir revenir un lecteur qui a aimé le livre que je lui avais glissé dans les "
     "mains, c'est ma plus grande joie."),
    ("Quel livre avez-vous lu en dernier ?",
     "Un roman islandais, lu d'une traite pendant un week-end de pluie. Je le recommande à "
     "tout le monde depuis."),
]


def _markdown(folder: Path) -> Path:
    turns = "".join(f"{n}) {q}\n\n{a}\n\n" for n, (q, a) in enumerate(TURNS, 1))
    path = folder / "libraire.md"
    path.write_text(f"# {TITLE}\n\n{INTRO}\n\n{turns}", encoding="utf-8")
    return path


def _page_body() -> str:
    """Each question a list of one item that starts at its number, as blog editors save it."""
    turns = "".join(f'<ol start="{n}"><li>{html.escape(q)}</li></ol><p>{html.escape(a)}</p>'
                    for n, (q, a) in enumerate(TURNS, 1))
    return f"<h1>{TITLE}</h1><p>{html.escape(INTRO)}</p>{turns}"


def _web_page(folder: Path) -> Path:
    # The site's menu is an <ol> too: chrome, dropped, its numbers with it.
    menu = ('<nav><ol><li><a href="/">Accueil</a></li><li><a href="/l">Librairies</a></li>'
            "</ol></nav>")
    path = folder / "libraire.html"
    path.write_text(f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{TITLE}'
                    f"</title></head><body>{menu}<article>{_page_body()}</article></body></html>",
                    encoding="utf-8")
    return path


def _epub(folder: Path) -> Path:
    return write_epub(folder / "libraire.epub", [(TITLE, _page_body())])


def _word(folder: Path) -> Path:
    """Word's way: the questions are one list ("%1)") with the answers between its items."""
    body = _p(f'<w:pPr><w:pStyle w:val="Title"/></w:pPr>{_r(TITLE)}') + _p(_r(INTRO))
    for question, answer in TURNS:
        body += _p('<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr>'
                   + _r(html.escape(question))) + _p(_r(html.escape(answer)))
    path = _word_file(folder, body)
    _numbering(path, '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
               '<w:lvlText w:val="%1)"/></w:lvl>', '<w:num w:numId="4"><w:abstractNumId '
               'w:val="2"/></w:num>')
    return path


def _numbering(path: Path, levels: str, instances: str) -> None:
    _set_numbering(path, f'<w:abstractNum w:abstractNumId="2">{levels}</w:abstractNum>{instances}')


def _opendocument(folder: Path, levels: str = "", lists: str = "") -> Path:
    """LibreOffice's way: each question a list of its own that goes on numbering."""
    import odfdo

    document = odfdo.Document("text")
    document.insert_style(odfdo.Element.from_tag(
        f'<text:list-style style:name="L1">{levels or _ODT_LEVEL}</text:list-style>'),
        automatic=True)
    body = document.body
    body.clear()
    if lists:
        body.append(odfdo.Element.from_tag(lists))
    else:
        body.append(odfdo.Header(1, TITLE))
        body.append(odfdo.Paragraph(INTRO))
        for number, (question, answer) in enumerate(TURNS):
            goes_on = ' text:continue-numbering="true"' if number else ""
            body.append(odfdo.Element.from_tag(
                f'<text:list text:style-name="L1"{goes_on}><text:list-item><text:p>'
                f"{html.escape(question)}</text:p></text:list-item></text:list>"))
            body.append(odfdo.Paragraph(answer))
    path = folder / "libraire.odt"
    document.save(str(path))
    return path


_ODT_LEVEL = ('<text:list-level-style-number text:level="1" style:num-format="1" '
              'style:num-suffix=")"/>')


def _rtf(folder: Path, items: list[tuple[str, str]] | None = None) -> Path:
    """As Word saves RTF: each item's number as shown, in \\listtext, before its text."""
    def paragraph(text: str) -> str:
        return rf"\pard\plain {text}\par" + "\n"

    def item(marker: str, text: str) -> str:
        return (rf"{{\listtext\pard\plain {marker}\tab}}\pard\plain \fi-360\li720\ls1\ilvl0 "
                rf"{text}\par" + "\n")

    if items is None:
        body = rf"\pard\plain \s1\outlinelevel0 {TITLE}\par" + "\n" + paragraph(INTRO)
        for number, (question, answer) in enumerate(TURNS, 1):
            body += item(f"{number})", question) + paragraph(answer)
    else:
        body = "".join(item(marker, text) for marker, text in items)
    rtf = r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}" + "\n" + body + "}"
    path = folder / "libraire.rtf"
    path.write_text("".join(c if ord(c) < 128 else rf"\u{ord(c)}?" for c in rtf),
                    encoding="ascii")
    return path


def _word_97(folder: Path) -> Path:
    word = WordFile().add(TITLE, level=0).add(INTRO)
    for question, answer in TURNS:
        word.add(question, list_level=0, list_id=NUMBERS).add(answer)
    path = folder / "libraire.doc"
    path.write_bytes(word.build())
    return path


# How each file shows the numbers: a browser draws "2." for an <ol>, the Word 97 maker's list
# writes "%1.", the others "%1)" as the blog did.
FORMATS = {"html": (_web_page, "."), "epub": (_epub, "."), "docx": (_word, ")"),
           "odt": (_opendocument, ")"), "rtf": (_rtf, ")"), "doc": (_word_97, ".")}


@pytest.mark.parametrize("kind", FORMATS)
def test_each_questions_number_is_seen_found_and_heard_and_the_outline_is_the_texts(
        tmp_path, kind):
    make, closing = FORMATS[kind]
    document = open_document(make(tmp_path), with_language=False)
    shown = [f"{n}{closing} {q}" for n, (q, _) in enumerate(TURNS, 1)]
    numbered = [b for b in document.blocks if b.text in shown]
    assert [b.text for b in numbered] == shown  # seen: the number opens the text, once
    assert all(b.number_length == len(f"{n}{closing} ") for n, b in enumerate(numbered, 1))
    assert "Accueil" not in document.text  # a menu's <ol> is still no part of the article
    second = numbered[1]
    found = FoldedText.of(document.text).find_all(f"2{closing} qu'aimez")
    assert found == [(second.start, second.start + len(f"2{closing} qu'aimez"))]
    heard = {u.doc_start: u for u in plan(document, 0, Voices("roa/fr"))}
    assert heard[second.start].text == f"2, {TURNS[1][0]}"  # the number, a clause's pause
    assert document.text[heard[second.start].doc_start:heard[second.start].doc_end] == (
        shown[1])  # the highlight covers the number with the words
    # The outline is the Markdown copy's: the questions, shown without their numbers.
    markdown = open_document(_markdown(tmp_path), with_language=False)
    expected = [(q.number, q.heading) for q in markdown.questions]
    assert expected == [(n, q) for n, (q, _) in enumerate(TURNS, 1)]
    assert [(q.number, q.heading) for q in document.questions] == expected


def test_a_web_pages_ordered_lists_are_numbered_as_a_browser_draws_them(tmp_path):
    page = tmp_path / "listes.html"
    page.write_text(
        "<html><body><main><p>Les étapes du festival, dans l'ordre.</p>"
        '<ol reversed><li>Trois</li><li>Deux</li><li>Un</li></ol>'
        '<ol type="i" start="4"><li>quatre</li><li value="9">neuf</li><li>dix</li></ol>'
        '<ol type="A"><li>Avant<ol style="list-style-type: lower-alpha"><li>tôt</li>'
        "<li>tard</li></ol>ensuite</li></ol>"
        '<ol start="-1"><li>moins un</li><li>zéro</li></ol>'
        '<ol style="list-style: none"><li>sans numéro</li></ol>'
        # A page that hides its <ol>'s numbers with a style sheet and types them instead.
        "<ol><li>1. Déjà numéroté</li><li>2) aussi</li><li>3 fois rien</li></ol>"
        "<ul><li>une puce</li></ul></main></body></html>", encoding="utf-8")
    items = [(b.level, b.ordinal, b.text) for b in open_document(page).blocks
             if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        (1, "3.", "3. Trois"), (1, "2.", "2. Deux"), (1, "1.", "1. Un"),
        (1, "iv.", "iv. quatre"), (1, "ix.", "ix. neuf"), (1, "x.", "x. dix"),
        (1, "A.", "A. Avant"), (2, "a.", "a. tôt"), (2, "b.", "b. tard"),
        (1, "", "ensuite"),  # the item's later paragraph: no second number
        (1, "-1.", "-1. moins un"), (1, "0.", "0. zéro"),
        (1, "-", "sans numéro"),  # drawn with no number: no number in the text either
        (1, "1.", "1. Déjà numéroté"), (1, "2)", "2) aussi"),  # typed numbers: once
        (1, "3.", "3. 3 fois rien"),  # a number that is a word of the item stays one
        (1, "-", "une puce"),  # a bullet is a marker beside the text, never text
    ]


def test_word_writes_each_level_as_its_format_and_text_say_and_restarts_where_told(tmp_path):
    def item(text: str, level: int = 0, instance: int = 1) -> str:
        return _p(f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{instance}"/>'
                  f"</w:numPr></w:pPr>{_r(text)}")

    body = (_p(_r("Le programme de la journée.")) + item("Accueil") + item("Visite", 1)
            + item("Atelier", 1) + item("Déjeuner") + item("Projection", 2)
            + _p(_r("Le lendemain :")) + item("Marché", instance=2) + item("Départ", instance=2)
            + item("Bilan", instance=3))
    path = _word_file(tmp_path, body)
    _numbering(path, '<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/>'
               '<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/>'
               '<w:lvlText w:val="%1.%2."/></w:lvl><w:lvl w:ilvl="2"><w:numFmt '
               'w:val="decimalZero"/><w:lvlText w:val="(%3)"/></w:lvl>',
               '<w:num w:numId="1"><w:abstractNumId w:val="2"/></w:num>'
               '<w:num w:numId="2"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0">'
               '<w:startOverride w:val="1"/></w:lvlOverride></w:num>'
               '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>')
    items = [b.text for b in open_document(path, with_language=False).blocks
             if b.kind is BlockKind.LIST_ITEM]
    assert items == ["III. Accueil", "III.1. Visite", "III.2. Atelier", "IV. Déjeuner",
                     "(01) Projection",
                     # "Restart numbering": a list instance that starts again at I…
                     "I. Marché", "II. Départ",
                     # …and one of the same list that does not goes on counting.
                     "III. Bilan"]


def test_opendocument_writes_each_level_as_its_list_style_says(tmp_path):
    levels = ('<text:list-level-style-number text:level="1" style:num-format="a" '
              'style:num-suffix=")" text:start-value="2"/>'
              '<text:list-level-style-number text:level="2" style:num-format="1" '
              'style:num-suffix="." text:display-levels="2"/>'
              '<text:list-level-style-bullet text:level="3" text:bullet-char="•"/>')
    lists = ('<text:list text:style-name="L1"><text:list-item><text:p>Entrée</text:p>'
             "<text:list><text:list-item><text:p>Soupe</text:p></text:list-item>"
             "<text:list-item><text:p>Salade</text:p><text:list><text:list-item><text:p>"
             "verte</text:p></text:list-item></text:list></text:list-item></text:list>"
             "</text:list-item><text:list-item><text:p>Plat</text:p></text:list-item>"
             '<text:list-item text:start-value="7"><text:p>Dessert</text:p></text:list-item>'
             "</text:list>")
    items = [(b.level, b.text) for b in open_document(
        _opendocument(tmp_path, levels, lists), with_language=False).blocks]
    assert items == [(1, "b) Entrée"), (2, "b.1. Soupe"), (2, "b.2. Salade"),
                     (3, "verte"),  # a bulleted level: its bullet is no text
                     (1, "c) Plat"), (1, "g) Dessert")]


def test_rtf_items_open_with_their_number_as_written_and_bullets_do_not(tmp_path):
    path = _rtf(tmp_path, [("a)", "Le marché"), ("b)", "La gare"), ("iv.", "Le port"),
                           (r"\'b7", "une puce")])
    blocks = open_document(path, with_language=False).blocks
    assert [(b.ordinal, b.text) for b in blocks] == [
        ("a)", "a) Le marché"), ("b)", "b) La gare"), ("iv.", "iv. Le port"),
        ("-", "une puce")]


def test_a_damaged_word_list_that_starts_at_a_billion_is_numbered_in_decimal(tmp_path):
    # Roman numerals and letters for it would be a million "m"s, or 38 million letters.
    body = "".join(_p(f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/>'
                      f"</w:numPr></w:pPr>{_r(text)}") for level, text in ((0, "Un"), (1, "Deux")))
    path = _word_file(tmp_path, body)
    _numbering(path, '<w:lvl w:ilvl="0"><w:start w:val="999999999"/><w:numFmt '
               'w:val="lowerRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start '
               'w:val="999999999"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2)"/>'
               "</w:lvl>", '<w:num w:numId="1"><w:abstractNumId w:val="2"/></w:num>')
    assert [b.text for b in open_document(path, with_language=False).blocks] == [
        "999999999. Un", "999999999) Deux"]
