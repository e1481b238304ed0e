"""Title rules of round 29: the site's own lines over the headline told by where they stand — a
path to the page (a breadcrumb, "You are here:", a language switcher) and whatever stands
above it, a "# Site" heading over the path or the blog's description, a blog's weekday date
over the post, a site's description under its name, "Published / on / <date>" set a word a
line. Each with pages it must catch (they fail on the code before this round) and pages it
must not break: a first line that truly is the title, a title with " – ", a title that is a
proper name, a byline or a date joined by the same marks as a path."""

from __future__ import annotations

from reader.document.model import Block, BlockKind
from reader.document.structure.titles.sitetrails import is_path, is_site_path

from .test_structure_layouts import doc

_QA = (
    "How did the club start?\n\nWith six friends and one borrowed boat.\n\n"
    "What is the hardest part?\n\nFinding volunteers for the winter.\n\n"
    "And the best?\n\nThe first race in spring.\n"
)
_QUESTIONS = ["How did the club start?", "What is the hardest part?", "And the best?"]


def _line(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text, 0, (0, 1))


# --- must catch: the site's path and what stands above it ------------------------------------


def test_a_breadcrumb_naming_the_headline_said_again_below_is_not_the_title():
    headline = "Volunteers of the rowing club rebuild the old boathouse: ‘We did it together’"
    page = doc(
        f"Club news > {headline}\n\n{headline}\n\n"
        "Twelve members spent four weekends on the roof, the doors and the slipway. The club "
        "paid for the timber; the work was free.\n\n"
        "“Who fixes the slipway next year?”, asks the treasurer. Nobody answers yet.\n"
    )
    assert page.title == headline
    assert not page.questions


def test_a_sites_name_and_tagline_above_a_dotted_path_are_the_sites():
    page = doc(
        "Riverside Voices\nStories from the water's edge\n\nInterviews · Rowers\n\n"
        "Interview with Dana Ruiz: “The river teaches patience.”\n\n"
        "March 3, 2024 · 4 min read\n\n"
        "Dana Ruiz has coached the junior crews for eleven years.\n\n" + _QA
    )
    assert page.title == "Interview with Dana Ruiz: “The river teaches patience.”"
    assert [q.heading for q in page.questions] == _QUESTIONS


def test_a_you_are_here_trail_under_the_sites_name_and_tagline():
    page = doc(
        "Stadtbibliothek Altenau\nLesen und Lernen am Fluss\n\n"
        "Sie sind hier: Startseite / Über uns / Aktuelles / Bibliothek in den Medien\n\n"
        "Kerstin Vogel: Nicht sicher, dass die neuen Zeiten bleiben\n\n"
        "Kerstin Vogel, Leiterin der Stadtbibliothek, sprach im Lokalradio über die neuen "
        "Öffnungszeiten.\n\n„Wer liest, braucht Ruhe und einen Stuhl“, sagte sie.\n"
    )
    assert page.title == "Kerstin Vogel: Nicht sicher, dass die neuen Zeiten bleiben"


def test_a_labelled_category_is_a_step_of_the_path():
    page = doc(
        "Ridge Rowing Club\nNews from the river since 1921\n\nCategory: Club life\n\n"
        "Our coach on winter training\n\nBy Sam Lee\n\n" + _QA
    )
    assert page.title == "Our coach on winter training"
    under = doc("Our coach on winter training\n\nPosted in: Club life\n\n"
                "This week we talked to our coach, Dana Ruiz.\n\n" + _QA)
    assert under.title == "Our coach on winter training"


def test_a_site_heading_over_a_link_and_a_path_is_no_title():
    page = doc(
        "# Radio Ridge\n\n[Listen live](/live/)\n\n[News](/news/) › [Interviews](/interviews/)"
        "\n\n## The coach who never sits down\n\nA talk with Dana Ruiz about her crews.\n\n"
        + _QA,
        markdown=True,
    )
    assert page.title == "The coach who never sits down"
    assert [q.heading for q in page.questions] == _QUESTIONS


def test_a_blog_heading_over_its_description_and_a_dated_post():
    page = doc(
        "# Blog\n\nNews and stories from our rowing club.\n\n"
        "## Three questions for our new captain\n\n*Posted 06.05.2023 · Club life*\n\n"
        + _QA,
        markdown=True,
    )
    assert page.title == "Three questions for our new captain"


def test_published_on_set_a_word_a_line_under_a_section_line():
    page = doc(
        "Connect with us\n\nSport\n\nThe coach who never sits down\n\nPublished\n\non\n\n"
        "March 14, 2022\n\nBy\n\nNewsroom\n\n"
        "Dana Ruiz has coached the junior crews for eleven years. We asked her why.\n\n" + _QA
    )
    assert page.title == "The coach who never sits down"


def test_a_blogs_name_in_capitals_over_its_address_and_weekday_date():
    page = doc(
        "THE READING ROOM: THE BLOG OF THE LIBRARY AT RIDGE HIGH SCHOOL\n\n"
        "library.ridgehigh@example.org\n\nTuesday, 4 April 2017\n\nA CORNER TO READ IN\n\n"
        "We asked our librarian, Mrs Rosa Bennett, about the library and its readers.\n\n"
        "How do the pupils behave in the library?\n\nWell, as long as a teacher is there.\n\n"
        "What does the library need most?\n\nMore books, and a projector.\n"
    )
    assert page.title == "A CORNER TO READ IN"


def test_a_series_tag_under_a_blogs_name_and_description():
    page = doc(
        "Le carnet de Lou\nUn blog sur le sport amateur\n\n[À TABLE] #12\n\n"
        "Cette semaine, Paul Mercier, président du club d'aviron.\n\n"
        "Comment est né le club ?\n\nAvec six amis et un bateau prêté.\n\n"
        "Le plus dur ?\n\nTrouver des bénévoles l'hiver.\n"
    )
    assert page.title == "[À TABLE] #12"


def test_a_sites_name_and_what_it_is_joined_by_a_dash_over_the_headline():
    page = doc(
        "Hírmondó – városi közéleti lap\n\nHárom kérdés a csónakház új gondnokának\n\n"
        "A csónakházat októbertől Kiss Péter gondozza.\n\n"
        "Hogyan indult a klub?\n\nHat barát és egy kölcsönkapott csónak.\n\n"
        "Mi a legnehezebb?\n\nÖnkénteseket találni télen.\n"
    )
    assert page.title == "Három kérdés a csónakház új gondnokának"


def test_a_blogs_name_in_sentence_case_over_its_description():
    page = doc(
        "Notes from a small harbour\nA blog about boats, rowing and the people who row\n\n"
        "Interview #42\n\nThis week we talked to our coach, Dana Ruiz.\n\n" + _QA
    )
    assert page.title == "Interview #42"


def test_a_byline_in_lower_case_under_a_dashed_headline_stays_apart():
    page = doc(
        "Kite Harbour Press – Ten Years of Small Poems\n\nby Tessellate Magazine\n\n"
        "April 3, 2017\n\nWe spoke with the two founders about a decade of small books.\n\n"
        + _QA
    )
    assert page.title == "Kite Harbour Press – Ten Years of Small Poems"


def test_paths_and_switchers_read_as_the_sites():
    for line in ("Interviews · Novelists", "fr | en | es | de", "fr pl de en ua",
                 "You are here: Home / News / Interviews", "Du är här: Startsida / Om oss",
                 "Cronaca › Interviste", "Strona główna / Blog / Wywiady / Jan Wierzbicki"):
        assert is_path(_line(line)), line
    for line in ("Interviews · Novelists", "fr | en | es | de", "Sei qui: Home / Interviste"):
        assert is_site_path(_line(line)), line


# --- must not: a first line that is the title, a dash, a proper name, a byline's marks ------


def test_a_first_line_title_over_a_path_stays_the_title():
    page = doc(
        "Our coach on winter training\n\nNews / Interviews\n\n"
        "This week we talked to our coach, Dana Ruiz.\n\n" + _QA
    )
    assert page.title == "Our coach on winter training"


def test_a_dashed_headline_whose_second_part_is_no_sites_description_stays():
    page = doc(
        "Ridge Rowing Club – A Hundred Years on the River\n\nThe club's story, told by its "
        "oldest members.\n\nBy Sam Lee\n\n" + _QA
    )
    assert page.title == "Ridge Rowing Club – A Hundred Years on the River"


def test_a_proper_name_title_over_its_standfirst_and_byline_stays():
    page = doc(
        "Café Kosmos\n\nSeit dreißig Jahren sitzt man im Café Kosmos zwischen Studenten und "
        "Schachspielern. Ein Gespräch mit den Wirtsleuten.\n\nVon Anna Berg | 3. Mai 2021\n\n"
        "Wie kam es zu dem Namen?\n\nDer Vorbesitzer war Hobby-Astronom.\n\n"
        "Was hat sich verändert?\n\nDie Gäste schauen aufs Handy.\n"
    )
    assert page.title == "Café Kosmos"


def test_a_byline_or_a_date_joined_by_a_paths_marks_is_no_path():
    page = doc(
        "La dichiarazione di successione: tempi e documenti\n\n"
        "Marco Bellini • 14 marzo 2024\n\n"
        "Dichiarazione di successione: che cos'è e quando si presenta\n\n"
        "Quando muore una persona, gli eredi devono comunicarlo all'Agenzia delle Entrate.\n"
    )
    assert page.title == "La dichiarazione di successione: tempi e documenti"
    for line in ("Marco Bellini • 14 marzo 2024", "středa 24. července 2019 ·",
                 "| 9. August 2019 | Content & Redaktion | Lesedauer: 3 Minuten",
                 "October 2, 2022 · 6 min read", "/ / Newsletters", "Anna Berg | Redakteurin"):
        assert not is_path(_line(line)), line


def test_a_sentence_broken_across_a_blank_line_still_joins():
    page = doc(
        "Notes from the boathouse\n\nThe new doors were made entirely\n\n"
        "by hand, over four weekends, from old oak.\n"
    )
    assert "The new doors were made entirely by hand, over four weekends, from old oak." in [
        b.text for b in page.blocks
    ]
