"""Title rules of round 30, made on a random sample of real pages: what a copied page leaves of
a picture (its file name, its credit) is no headline; an Italian "A cura di" byline; a link
back to a named place of the site ("Volta para a capa"); a headline ending with a period that
the page gives twice; a side column's teasers run together, each with its "Läs mer"; the
Portuguese "set." of a date. Each with pages it must catch (they fail on the code before this
round) and pages it must not break."""

from __future__ import annotations

from .test_structure_layouts import doc

_QA = (
    "Wie hat alles angefangen?\n\nMit sechs Freunden und einem geliehenen Boot.\n\n"
    "Was ist am schwersten?\n\nHelfer für den Winter zu finden.\n\n"
    "Und am schönsten?\n\nDas erste Rennen im Frühling.\n"
)
_QUESTIONS = ["Wie hat alles angefangen?", "Was ist am schwersten?", "Und am schönsten?"]


# --- must catch ---------------------------------------------------------------------------


def test_a_pictures_file_name_and_credit_under_the_headline_are_no_headline():
    page = doc(
        "Intervju med Lina Berggren\n\n"
        "LinaBerggren, Foto OskarLund.jpg\nFoto: Oskar Lund\n\n"
        "Varför skriver du deckare?\nFör att jag själv läser dem på nätterna.\n\n"
        "Hur börjar en ny bok?\nMed en plats, aldrig med ett mord.\n"
    )
    assert page.title == "Intervju med Lina Berggren"


def test_a_photographers_credit_alone_on_top_is_not_the_title():
    page = doc(
        "Foto Marco Bellandi\n"
        "Nel fine settimana sono arrivate altre cinque promozioni nel campionato regionale. "
        "Mancano ormai solo tre posti, play-off a parte.\n"
        "Nel girone A festeggia il Borgo, nonostante la sconfitta in casa della seconda.\n"
    )
    assert page.title != "Foto Marco Bellandi"


def test_a_cura_di_under_a_headline_in_capitals_is_its_byline():
    page = doc(
        "INTERVISTA ALLA PRESIDE DEL LICEO\n\n"
        "A cura di Sara Conti e Luca Ferri (IIIB Liceo Classico)\n\n"
        "1. Da quanto tempo è preside?\n\nDa sei anni.\n\n"
        "2. Che cosa cambierebbe della scuola?\n\nGli orari, che sono troppo lunghi.\n\n"
        "3. Qual è la parte più bella del suo lavoro?\n\nGli studenti, senza dubbio.\n"
    )
    assert page.title == "INTERVISTA ALLA PRESIDE DEL LICEO"
    assert len(page.questions) == 3


def test_a_link_back_to_the_front_page_is_the_sites():
    page = doc(
        "Volta para a capa\nGrandes entrevistas\n\nRenato Lins\n\n"
        "Entrevista feita por Clara Neves, publicada na revista Traço em março de 2011.\n\n"
        "Renato Lins escreve romances curtos e não gosta de falar deles.\n\n"
        "Por que romances tão curtos?\nPorque eu me canso antes do leitor.\n\n"
        "Você relê o que escreve?\nNunca. Eu reescreveria tudo.\n"
    )
    assert page.title == "Renato Lins"


def test_a_headline_ending_with_a_period_given_twice_is_the_title():
    page = doc(
        "Rozmowa z trenerem Pawłem Nowakiem.\n\nRozmowa z trenerem Pawłem Nowakiem.\n\n"
        "Dzień dobry Panie Pawle.\n\nDzień dobry\n\n"
        "Jak ocenia Pan ten sezon?\n\nJako dobry, choć mogło być lepiej.\n\n"
        "Czego brakuje drużynie?\n\nCierpliwości w ostatnich minutach.\n\n"
        "Jakie są plany na zimę?\n\nDwa obozy i turniej halowy.\n"
    )
    assert page.title == "Rozmowa z trenerem Pawłem Nowakiem."


def test_a_side_columns_teasers_run_together_above_the_headline_are_the_sites():
    page = doc(
        "Följ oss på sociala medier:\n"
        "”Ett mästerverk om sorg och hopp. Språket är...”Läs mer\n"
        "”Spännande från första sidan till...”Läs mer\n"
        "”Personligt och varmt.”Läs mer\n\n"
        "Intervju Vinterljus\n\n"
        "Vinterljus utspelar sig på en ö i skärgården. Hur fick du idén?\n"
        "– Jag bodde där en vinter och glömde aldrig mörkret.\n\n"
        "Varför just en ö?\n– För att ingen kan lämna den.\n\n"
        "Vad skriver du nu?\n– En fortsättning.\n"
    )
    assert page.title == "Intervju Vinterljus"


def test_a_portuguese_date_with_set_is_no_headline():
    page = doc(
        "22 de set. de 2015\n\n"
        "Jornal da escola entrevista o diretor.\n\n"
        "Nesta edição os alunos do 9º ano entrevistaram o diretor da escola.\n"
        "Alunos: Por que o senhor escolheu ser diretor?\n"
        "Diretor: Fui convidado, e aceitei.\n"
        "Alunos: O que mudaria na escola?\n"
        "Diretor: A biblioteca, que é pequena.\n"
    )
    assert page.title != "22 de set. de 2015"


def test_a_dated_headline_with_its_pictures_file_name_below():
    page = doc(
        "14/02/2012\n\nL'interview du mois : Julien Marchal.\n\nphoto julien.jpg\n\n"
        "Ce mois-ci, notre capitaine.\n\n"
        "1. Comment va l'équipe ?\n\nBien, malgré les blessures.\n\n"
        "2. Un objectif pour la fin de saison ?\n\nLa montée, évidemment.\n"
    )
    assert page.title == "L'interview du mois : Julien Marchal."


# --- must not ------------------------------------------------------------------------------


def test_a_headline_that_opens_with_a_verb_of_return_is_no_back_link():
    for headline in ("Volta a Portugal chega a Viseu", "Torna a Milano il festival del libro"):
        page = doc(f"{headline}\n\nTesto della notizia, con i dettagli della giornata.\n\n" + _QA)
        assert page.title == headline


def test_a_sentence_in_capitals_given_twice_is_no_title():
    page = doc(
        "Radio Talk Tonight\n\nTHIS IS A RUSH TRANSCRIPT.\n\nTHIS IS A RUSH TRANSCRIPT.\n\n" + _QA
    )
    assert page.title == "Radio Talk Tonight"


def test_a_paragraph_saying_read_more_twice_inside_its_text_is_no_teaser():
    page = doc(
        "Klubbens nya ordförande\n\n"
        "Anna Ek valdes i går till ordförande. Läs mer om valet i vår tidning, och läs mer om "
        "klubbens historia i boken som kom i våras.\n\n" + _QA
    )
    assert page.title == "Klubbens nya ordförande"
    assert [q.heading for q in page.questions] == _QUESTIONS


def test_a_news_sites_day_and_weather_over_the_headline_are_the_sites():
    headline = "Ελλάδα – Κύπρος 2-1: Νίκη στο πρώτο παιχνίδι της χρονιάς"
    page = doc(
        f"Τρίτη, 9 Σεπ.\n17oC Θεσσαλονίκη\n\n{headline}\n\n"
        "Η ομάδα κέρδισε με δύο γκολ στο δεύτερο ημίχρονο, μπροστά σε γεμάτο γήπεδο.\n\n"
        "Ο προπονητής μίλησε για μια δύσκολη αλλά δίκαιη νίκη.\n"
    )
    assert page.title == headline


def test_a_headline_naming_a_temperature_or_a_weekday_stays_the_headline():
    for headline in ("Athens hits 40°C as the heatwave grips the islands",
                     "Friday 13 March: the night the lights went out"):
        page = doc(f"{headline}\n\nA short report on the day, with the details.\n\n" + _QA)
        assert page.title == headline
