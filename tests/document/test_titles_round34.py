"""Title rules of round 34, made on the third fresh set (corpus_heldout17, now a development
set): a site's menu copied one item a line ("Home" / "Nieuws" / "Regio" / "Sport") is the
site's, and the headline is the first line under it that is no item (past the page's path, its
section and its date), or the one line under the column's date. Each with pages it must catch
(they fail on the code before this round) and pages it must not break."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- must catch ---------------------------------------------------------------------------


def test_the_last_item_of_a_menu_column_is_not_the_title():
    page = doc(
        "Nordkurier Online\n"
        "Start\n"
        "Mein Land\n"
        "Politik\n"
        "Wirtschaft\n"
        "Kultur\n"
        "Sport\n"
        "Mein Land > Politik\n\n"
        "Kreistag 2024: Landrätin Weber will ein drittes Mal antreten\n\n"
        "Seit 2014 führt Hanna Weber den Kreis. Wir haben mit ihr über die Wahl gesprochen.\n\n"
        "Von Jan Stolle\n\n"
        "Warum treten Sie noch einmal an?\n\n"
        "Weil vieles, was wir begonnen haben, erst jetzt Früchte trägt.\n\n"
        "Was ist Ihr wichtigstes Vorhaben?\n\n"
        "Der Ausbau der Busverbindungen in die Dörfer.\n"
    )
    assert page.title == "Kreistag 2024: Landrätin Weber will ein drittes Mal antreten"


def test_a_headline_under_a_menu_column_and_its_section_without_a_date():
    page = doc(
        "Gazzetta del Lago\n"
        "Home\n"
        "Cronaca\n"
        "Alto Lago\n"
        "Eventi\n"
        "Scuola\n"
        "Sport\n"
        "Cronaca > Scuola\n\n"
        "I ragazzi della terza media intervistano la vicesindaca: «Il paese siete voi»\n\n"
        "Una mattina in municipio per la redazione del giornalino scolastico, che ha preparato "
        "dieci domande sulla vita del comune.\n\n"
        "Ai ragazzi la vicesindaca ha spiegato come si approva un bilancio.\n"
    )
    assert page.title == (
        "I ragazzi della terza media intervistano la vicesindaca: «Il paese siete voi»"
    )


def test_a_headline_that_asks_under_a_menu_column_is_the_title():
    page = doc(
        "stadtleben.de\n"
        "Bremen\n"
        "Tipps\n"
        "Nachbarschaft\n"
        "Anmelden\n"
        "Wie schreibe ich einen Vereinsbericht? Worauf kommt es an?\n"
        "Ein Leitfaden für Schriftführer\n"
        "Jeder Verein hat etwas zu berichten, doch nicht jeder Bericht wird gelesen. "
        "Mit ein paar Regeln gelingt er besser.\n"
        "Beginnen Sie mit dem wichtigsten Ereignis des Jahres und nennen Sie Namen.\n"
    )
    assert page.title == "Wie schreibe ich einen Vereinsbericht? Worauf kommt es an?"


def test_a_short_title_under_the_menu_columns_date():
    page = doc(
        "Liceum nr 3 w Toruniu\n"
        "Strona główna\n"
        "Aktualności\n"
        "Rekrutacja\n"
        "Galeria\n"
        "Gazetka\n"
        "Kontakt\n"
        "Echo Szkoły\n\n"
        "14 marca 2019\n\n"
        "ROZMOWA Z WICEDYREKTOREM\n\n"
        "Czy lubi Pan swoją pracę?\n\n"
        "Bardzo, choć bywa męcząca.\n\n"
        "Co zmieni się w przyszłym roku?\n\n"
        "Otworzymy nową pracownię chemiczną.\n"
    )
    assert page.title == "ROZMOWA Z WICEDYREKTOREM"


def test_a_japanese_menu_column_over_the_headline():
    page = doc(
        "ことばラボ\n"
        "事業内容\n"
        "会社概要\n"
        "実績\n"
        "コラム\n"
        "採用情報\n"
        "コラム\n"
        "取材記事の書き方 初心者がつまずく三つのポイントと対策を解説\n"
        "2023.11.02\n"
        "取材記事を書くときに大切なのは、読者が知りたいことを先に考えることです。\n"
        "この記事では、構成の作り方と原稿の見直し方を順番に説明します。\n"
    )
    assert page.title == "取材記事の書き方 初心者がつまずく三つのポイントと対策を解説"


def test_a_menu_item_said_again_over_a_line_that_goes_on_from_it():
    page = doc(
        "Clara Hoffmann – Autorin\n"
        "Startseite\n"
        "Romane\n"
        "Termine\n"
        "Fragebogen\n"
        "Impressum\n"
        "Fragebogen\n"
        "... nach Max Frisch\n"
        "Max Frisch hat seine Fragen in einem Tagebuch gesammelt. Hier sind meine Antworten.\n"
        "Sind Sie sicher, dass Sie die Erhaltung des Menschengeschlechts wünschen?\n"
        "Meistens ja.\n"
    )
    assert page.title == "Fragebogen"


# --- must not -----------------------------------------------------------------------------


def test_a_title_over_four_short_topics_keeps_its_title():
    page = doc(
        "Interview with the Mayor of Lund\n\n"
        "March 3, 2024\n\n"
        "Schools\n\n"
        "Roads\n\n"
        "Taxes\n\n"
        "Parks\n\n"
        "We talked with the mayor about the four things readers asked most about.\n\n"
        "What comes first?\n\n"
        "The schools.\n"
    )
    assert page.title == "Interview with the Mayor of Lund"


def test_a_title_set_on_three_short_lines_is_no_menu():
    page = doc(
        "Sommerfest\n\n"
        "im Park\n\n"
        "am Fluss\n\n"
        "2. Mai 2023\n\n"
        "Das Fest beginnt um zehn Uhr mit einem Konzert der Schulband.\n"
    )
    assert page.title == "Sommerfest im Park am Fluss"


def test_a_players_card_of_short_fields_is_no_menu():
    page = doc(
        "Hablamos con Nerea Vidal\n\n"
        "Nombre:\tNerea Vidal Roca \n"
        "Edad:\t14 \n"
        "Equipo:\tInfantil A \n"
        "Posición:\tBase \n\n"
        "1.- Para empezar ¿Cuándo empezaste a jugar? Con ocho años, en el patio del colegio. \n\n"
        "2.- ¿Qué es lo que más te gusta? Entrenar con mis amigas. \n\n"
        "3.- ¿Cuántos días entrenas? Cuatro, y los sábados hay partido. \n"
    )
    assert page.title == "Hablamos con Nerea Vidal"


def test_a_covers_credits_over_named_turns_are_no_menu():
    page = doc(
        "LAKESIDE COUNTY LIBRARY\n"
        "ORAL HISTORY PROJECT\n"
        "RECORDED BY\n"
        "ANNA PRICE\nand\nTOM HALL\n"
        "JUNE 4, 2009\n\n"
        "Anna Price: Thanks for having us. Where did you grow up?\n"
        "Ruth Meyer: On a dairy farm north of the lake.\n"
        "AP: What was school like?\n"
        "RM: One room, eleven pupils.\n"
        "AP: How did the farm do in the dry years?\n"
        "RM: Badly. We sold half the herd.\n"
    )
    assert [text for _, text in asked(page)][0] == "Thanks for having us. Where did you grow up?"
