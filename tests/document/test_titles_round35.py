"""Title rules of round 35, read from the page's own evidence rather than from a foreseen
layout: the post's meta a copy glues to its headline goes by its shape (a date, "Publié",
"Mis à jour", a read time after a separator; a "more" link; a day glued before the headline;
the headline said twice), and a page with no title found names its headline itself (the line
it says again, the line its byline or date follows). Each with pages it must catch (they fail
on the code before this round) and pages it must not break."""

from __future__ import annotations

from reader.document.structure.titles.metatails import without_meta

from .test_structure_layouts import doc

# --- must catch: the post's meta glued to the headline --------------------------------------


def test_a_byline_and_the_templates_words_after_a_middle_dot_leave_the_title():
    page = doc(
        "Questionnaire de Proust par Hugo LAVERGNE · Publié · Mis à jour\n\n"
        "Nous avons posé à notre nouveau bibliothécaire les questions du célèbre questionnaire."
        "\n\nVotre vertu préférée ?\n\nLa patience.\n\nVotre principal défaut ?\n\n"
        "L'impatience, justement.\n"
    )
    assert page.title == "Questionnaire de Proust"


def test_a_dated_weekday_before_a_trailing_separator_leaves_the_title():
    assert (
        without_meta("Jana Veselá: Kdo vlastně řídí školu? středa 24. července 2019 ·")
        == "Jana Veselá: Kdo vlastně řídí školu?"
    )


def test_a_more_link_trailing_marks_and_a_glued_day_leave_the_title():
    assert without_meta("Querida Ana ver +") == "Querida Ana"
    assert without_meta("Wawancara: Bukan Sekadar Tanya Jawab ##") == (
        "Wawancara: Bukan Sekadar Tanya Jawab"
    )
    assert without_meta("12 DécInterview d’un étudiant : Louis MARCHAL") == (
        "Interview d’un étudiant : Louis MARCHAL"
    )


def test_a_headline_said_twice_in_one_line_is_said_once_without_the_site():
    line = (
        "Podcast de français, n° 31 Claire & Bastien – Le Podcast "
        "n° 31 Claire & Bastien – Le Podcast"
    )
    assert without_meta(line) == "n° 31 Claire & Bastien – Le Podcast"


# --- must not: a title's own date, name or separator ------------------------------------------


def test_a_date_the_headline_sets_off_itself_stays():
    for title in (
        "Андрей Голубев - Своё мнение - 2009-04-15",
        "The Night Desk With Paul Haddon WRTV March 14, 2019",
        "ROZHOVOR S ŘEDITELKOU ŠKOLY Mgr. Janou Dvořákovou (12. 03. 2015)",
        "Rozmowy przy kominku, Polskie Radio, 26 stycznia",
    ):
        assert without_meta(title) == title


def test_a_separator_before_words_that_are_no_meta_stays():
    for title in (
        "Headline | Site",
        "Nina Ersova · Radio · Book Casino",
        "Le Monde par ses lecteurs",
    ):
        assert without_meta(title) == title


# --- must catch: the page's own headline when no rule found one ------------------------------


def test_the_headline_a_breadcrumbs_last_step_ends_is_the_title():
    page = doc(
        "  1. Startseite\n  2. >\n  3. Sport\n  4. >\n  5. Lokalsport\n  6. >\n"
        "  7. Neuer Rasen im Stadion\n\n"
        "Fußball Landesliga, SV Elbau: Testspiel endet 3:1 Neuer Rasen im Stadion\n\n"
        "Von Petra Lind 12.04.2016, 08:10\n\n"
        "Der Verein hat über den Winter einen neuen Rasen verlegt. Am Dienstag wurde er im "
        "Test gegen den Nachbarn eingeweiht.\n"
    )
    assert page.title == "Fußball Landesliga, SV Elbau: Testspiel endet 3:1 Neuer Rasen im Stadion"


def test_the_line_its_author_follows_over_separators_is_the_title():
    page = doc(
        "Jak sołtys rozwiązał kłopot z przystankiem\n|\nautor:\nAnna W.\n|\n|\n"
        "Od dawna przystanek przy szkole nie miał wiaty. Wreszcie sołtys znalazł sposób, choć "
        "nie taki, jakiego się spodziewaliśmy. Dziś dzieci czekają pod dachem świetlicy.\n"
    )
    assert page.title == "Jak sołtys rozwiązał kłopot z przystankiem"


# --- must not: an index of signed teasers has no one headline ---------------------------------


def test_signed_teasers_of_an_index_are_no_title():
    page = doc(
        "Each week we talk with curious people about their work; every conversation is "
        "collected below, newest first.\n\n"
        "Lena Ortiz on farming the deep sea\n\nTom Avery | 22nd March 2022\n\n"
        "Kelp will feed more people than wheat within a generation, says Lena Ortiz.\n\n"
        "Paul Greer On Forgotten Words\n\nNina Lowe | 18th March 2022\n\n"
        "The author of a new dictionary of lost words talks to our Nina Lowe.\n"
    )
    assert page.title == ""


def test_a_workshop_page_with_no_headline_keeps_no_title():
    page = doc(
        "Lors du festival, les journalistes du magazine ont proposé deux ateliers aux enfants :"
        "\n\nAtelier du 12 juillet, 15h00 : Paul Ferrand, champion de jeu télévisé\n\n"
        "Paul Ferrand\n\nPaul Ferrand est resté invaincu huit mois. Un record !\n\n"
        "Lina : Pourquoi vous êtes-vous inscrit à ce jeu ?\n\nPaul : Par défi, au départ.\n"
    )
    assert page.title == ""
