"""Title rules found in the twelfth round's real layouts (a blog's skip links with their
numbers, a media player's notice run into the page's links, a site's name over a breadcrumb
copied without its separators), each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import Role

from .test_structure_layouts import doc

BODY = (
    "Sometimes I forget the questions in my notebook and let the conversation carry me along, "
    "and I end up liking the person across the table even more than I expected to."
)
PT_BODY = (
    "Às vezes esqueço as perguntas que trouxe no caderno e deixo-me levar pela conversa, e "
    "fico a gostar ainda mais da pessoa que está à minha frente."
)


# --- A skip link with its links' numbers ------------------------------------------------------


def test_a_skip_link_listing_numbered_links_is_never_the_title():
    document = doc(
        f"Saltar para: Posts [1], Pesquisa e Arquivos [2]\n\n{PT_BODY}\n\npublicado às 18:20\n"
    )
    assert document.title == ""
    assert document.blocks[0].role is Role.SHARE
    with_headline = doc(
        "Saltar para: Posts [1], Pesquisa e Arquivos [2]\n\nConversas em voz alta\n\n"
        f"{PT_BODY}\n"
    )
    assert with_headline.title == "Conversas em voz alta"


def test_a_headline_that_begins_like_a_skip_link_stays_the_title():
    document = doc(f"Saltar para a fama: a vida de uma atriz [1] e os seus papéis\n\n{PT_BODY}\n")
    assert document.title == "Saltar para a fama: a vida de uma atriz [1] e os seus papéis"


# --- A media player's notice --------------------------------------------------------------------


def test_a_players_notice_run_into_the_pages_links_is_never_the_title():
    document = doc(
        "Go Back to the article pagePlease upgrade to a browser that supports HTML5 audio or "
        "install Flash. Download PodcastDuration: 00:58:12\n\n"
        f"Rivers Without Borders: Sharing Water in the Andes\n\nTranscript\n\n{BODY}\n"
    )
    assert document.title == "Rivers Without Borders: Sharing Water in the Andes"


def test_a_headline_about_browsers_that_asks_stays_the_title():
    document = doc(
        "Is it time to switch to a browser that supports HTML5 video everywhere?\n\n"
        f"{BODY}\n\n{BODY}\n"
    )
    assert document.title == (
        "Is it time to switch to a browser that supports HTML5 video everywhere?"
    )


# --- A site's name over a breadcrumb without separators ------------------------------------------


def test_a_sites_name_over_a_breadcrumb_that_repeats_it_is_not_the_title():
    document = doc(
        "Skip to ContentSkip to Navigation\nLanguage Centre\n"
        "Language Centre Develop yourself Academic language Speaking Interviewing\n\n"
        f"The journalistic interview\n\n{BODY}\n\n{BODY}\n"
    )
    assert document.title == "The journalistic interview"
    assert [b.role for b in document.blocks[:3]] == [Role.SHARE] * 3


def test_a_headline_repeated_with_its_standfirst_run_in_stays_the_title():
    document = doc(
        "Remote work and trust: Stop measuring presence\n"
        "Remote work and trust: Stop measuring presence Teams must stop confusing being seen "
        f"with being useful.\n\n{BODY}\n\n{BODY}\n"
    )
    assert document.title == "Remote work and trust: Stop measuring presence"


# --- A picture's name run into the first paragraph ------------------------------------------------


def test_a_paragraph_opened_by_its_pictures_name_is_not_joined_to_the_headline():
    document = doc(
        "Local radio chat\n\nstudioI was a guest of the morning show yesterday, and it went "
        f"rather well.\n\n{BODY}\n"
    )
    assert document.title == "Local radio chat"


def test_a_paragraph_opened_by_a_brand_in_lower_case_still_continues_the_sentence():
    document = doc(f"We sold every case for the\n\niPhone in a single morning.\n\n{BODY}\n")
    assert document.blocks[0].text == "We sold every case for the iPhone in a single morning."


def test_a_lead_that_names_a_browser_that_supports_video_is_read():
    document = doc(
        "Phones catch up\n\nChrome became the first browser that supports HTML5 video on every "
        f"phone we tested, the others followed within a year.\n\n{BODY}\n"
    )
    assert document.title == "Phones catch up"
    assert document.blocks[1].role is not Role.SHARE
