"""Word and OpenDocument files: the cues the structure needs, as the programs save them."""

from __future__ import annotations

import docx
import odfdo
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from reader.document.model import BlockKind, InlineStyle
from reader.document.pipeline import open_document


def _kinds(document):
    return [(b.kind, b.level, b.ordinal, b.text) for b in document.blocks]


def test_word_headings_come_from_outline_levels_whatever_the_style_is_called(tmp_path):
    document = docx.Document()
    # A French Word names its heading style "Titre 1": only the outline level tells.
    style = document.styles.add_style("Titre 1", WD_STYLE_TYPE.PARAGRAPH)
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "1")
    style.element.get_or_add_pPr().append(outline)
    document.add_paragraph("Le titre du document", style="Title")
    document.add_paragraph("Une partie", style="Titre 1")
    paragraph = document.add_paragraph()
    paragraph.add_run("Une question en gras ?").bold = True
    document.add_paragraph("Premier point", style="List Bullet")
    document.add_paragraph("Étape un", style="List Number")
    document.add_paragraph("Étape deux", style="List Number")
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate((("Nom", "Âge"), ("Ann", "30"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_paragraph("Après le tableau.")
    for language in document.styles.element.iter(qn("w:lang")):  # a German Word's defaults
        language.set(qn("w:val"), "de-DE")
    path = tmp_path / "doc.docx"
    document.save(str(path))

    opened = open_document(path)
    assert _kinds(opened) == [
        (BlockKind.HEADING, 1, "", "Le titre du document"),
        (BlockKind.HEADING, 2, "", "Une partie"),
        (BlockKind.PARAGRAPH, 0, "", "Une question en gras ?"),
        (BlockKind.LIST_ITEM, 1, "-", "Premier point"),
        (BlockKind.LIST_ITEM, 1, "1.", "1. Étape un"),  # its number is text, not a bullet's
        (BlockKind.LIST_ITEM, 1, "2.", "2. Étape deux"),
        (BlockKind.TABLE_HEADER, 0, "", "Nom\tÂge"),
        (BlockKind.TABLE_ROW, 0, "", "Ann\t30"),
        (BlockKind.PARAGRAPH, 0, "", "Après le tableau."),
    ]
    bold = opened.blocks[2]
    assert [(i.start - bold.start, i.end - bold.start, i.style) for i in bold.inlines] == [
        (0, len(bold.text), InlineStyle.STRONG)]
    assert opened.language == "de"
    assert opened.format == "docx"


def test_opendocument_headings_lists_tables_and_bold_through_automatic_styles(tmp_path):
    document = odfdo.Document("text")
    bold = odfdo.Style("paragraph", name="P1", parent_style="Standard")
    bold.set_properties(area="text", **{"fo:font-weight": "bold"})  # as LibreOffice saves it
    document.insert_style(bold, automatic=True)
    document.meta.language = "es-ES"
    body = document.body
    body.clear()
    body.append(odfdo.Header(1, "Entrevista"))
    body.append(odfdo.Header(2, "Primera parte"))
    body.append(odfdo.Paragraph("¿Por qué?", style="P1"))
    body.append(odfdo.Paragraph("Porque sí."))
    body.append(odfdo.List(["uno", "dos"]))
    table = odfdo.Table("T", width=2, height=2)
    table.set_values([["Nombre", "Edad"], ["Ana", "30"]])
    body.append(table)
    path = tmp_path / "doc.odt"
    document.save(str(path))

    opened = open_document(path)
    assert [(k, lvl, t) for k, lvl, _, t in _kinds(opened)] == [
        (BlockKind.HEADING, 1, "Entrevista"),
        (BlockKind.HEADING, 2, "Primera parte"),
        (BlockKind.PARAGRAPH, 0, "¿Por qué?"),
        (BlockKind.PARAGRAPH, 0, "Porque sí."),
        (BlockKind.LIST_ITEM, 1, "uno"),
        (BlockKind.LIST_ITEM, 1, "dos"),
        (BlockKind.TABLE_HEADER, 0, "Nombre\tEdad"),
        (BlockKind.TABLE_ROW, 0, "Ana\t30"),
    ]
    question = opened.blocks[2]
    assert [i.style for i in question.inlines] == [InlineStyle.STRONG]
    assert opened.language == "es"


def test_a_french_text_in_a_word_file_from_an_english_template_is_french(tmp_path):
    # Word files made from an English template say "en-US" whatever they hold: the voice must
    # follow the text once there is enough of it to tell.
    document = docx.Document()
    for language in document.styles.element.iter(qn("w:lang")):
        language.set(qn("w:val"), "en-US")
    document.add_paragraph("Pourquoi avez-vous choisi ce métier de bibliothécaire ?")
    document.add_paragraph(
        "J'ai toujours aimé les livres, et surtout les gens qui les lisent. C'est un métier de "
        "rencontres, bien plus qu'on ne le croit, et chaque journée apporte son lot de "
        "surprises, de questions et de découvertes partagées avec les lecteurs du quartier."
    )
    path = tmp_path / "entretien.docx"
    document.save(str(path))
    assert open_document(path).language == "fr"
