"""A page's top lines (the site's name, its menu, a date, the headline) stay lines of their own:
none of them is the first half of a wrapped sentence. A lead really broken over a blank line is
still joined."""

from __future__ import annotations

from reader.document.pipeline import parse_text


def _top(text: str) -> tuple[str, list[str]]:
    document = parse_text(text, plain_text=True, with_language=False)
    return document.title, [block.text for block in document.blocks[:5]]


BODY = (
    "\n\nComment avez-vous vécu les fermetures ?\nMal, au début. Puis nous avons appris à "
    "livrer à vélo.\n\nQue vous demandent les clients ?\nDes romans qui font du bien.\n"
)


def test_a_blogs_date_in_lower_case_stays_apart_from_the_menu_above_it() -> None:
    title, lines = _top(
        "Les carnets de Lise\n\nAccueil · Lectures · Entretiens · À propos\n\n"
        "samedi 5 juin 2021\n\nTrois questions à un libraire" + BODY
    )
    assert "samedi 5 juin 2021" in lines
    assert title == "Trois questions à un libraire"


def test_a_blogs_date_stays_apart_from_its_name_and_tagline_set_one_under_the_other() -> None:
    title, lines = _top(
        "Diário da Turma\no blog dos alunos do 9.º B\n\nquinta-feira, 12 de março de 2015\n\n"
        "Entrevista à bibliotecária\n\nFomos à biblioteca fazer perguntas à professora."
        "\n\nHá quanto tempo trabalha aqui?\nHá dez anos.\n\nQual é o livro preferido?\nOs de "
        "aventuras.\n"
    )
    assert "quinta-feira, 12 de março de 2015" in lines
    assert title == "Entrevista à bibliotecária"


def test_a_long_menu_in_capitals_stands_apart_from_the_section_and_date_under_it() -> None:
    # The lines only: which of them is the title is the title rules' (a menu of fourteen words
    # in capitals, no bars, is still taken for the headline there).
    _, lines = _top(
        "GÜNCEL KENT YEREL YÖNETİMLER EKONOMİ POLİTİKA SPOR RÖPORTAJLAR YAZARLAR FOTO GALERİ "
        "VİDEO GALERİ\nYerel Yönetimler\n9 Nisan 2020 Perşembe 09:52\n\n"
        "Başkan Yılmaz: Altı yılımızı dolu dolu geçirdik!\n\nİkinci döneminin ilk yılını geride "
        "bırakan başkan, çalışmaları değerlendirdi.\n\nBu yıl neler yaptınız?\nParkları "
        "yeniledik.\n"
    )
    assert lines[1:3] == ["Yerel Yönetimler", "9 Nisan 2020 Perşembe 09:52"]


def test_a_lead_broken_over_a_blank_line_under_the_menu_is_still_joined() -> None:
    title, lines = _top(
        "The Dale Courier\nNEWS | SPORT | ARTS | OPINION\n\n"
        "New library opens after three years of building work\n\nBy Joanne Reyes\n\n"
        "The town's new library opened its doors on Saturday morning after\n\n"
        "three years of building work and a long argument over the car park.\n"
    )
    assert title == "New library opens after three years of building work"
    assert (
        "The town's new library opened its doors on Saturday morning after three years of "
        "building work and a long argument over the car park." in lines
    )


def test_a_sentence_in_capitals_wrapped_in_capitals_stays_one_paragraph() -> None:
    _, lines = _top(
        "NOTICE TO ALL MEMBERS OF THE ROWING CLUB: THE ANNUAL MEETING\nHAS MOVED TO THE HALL."
        "\n\nBring a chair.\n"
    )
    assert (
        "NOTICE TO ALL MEMBERS OF THE ROWING CLUB: THE ANNUAL MEETING HAS MOVED TO THE HALL."
        in lines
    )


def test_a_sentence_broken_before_a_word_in_lower_case_after_a_line_set_under_another() -> None:
    # Not a date under the lines: the paragraph reading joins it as before.
    _, lines = _top(
        "Club news\n\nOur members met on Friday and the chairman said that\nthe season had "
        "gone well, better than\n\nanyone had hoped in the spring.\n"
    )
    assert any(line.endswith("better than anyone had hoped in the spring.") for line in lines)


def test_a_sentence_that_goes_on_with_its_date_in_lower_case_is_still_joined() -> None:
    # Under lines set one under another, a date that carries the sentence on is no dateline.
    _, lines = _top(
        "Club news\n\nThe shop stayed open until the middle of\nthe spring, in\n\n"
        "march 2020, when the lockdown began, we closed it for good.\n"
    )
    assert any(line.endswith("in march 2020, when the lockdown began, we closed it for good.")
               for line in lines)
