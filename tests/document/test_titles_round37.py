"""Title rules of round 37, from fresh pages whose title is the hard part: a headline the page
gives twice in a row is its headline even when a short stated line of the page ("Close this
search box.", a tagline) stands above it, or the site's menu run into one paragraph with no
sentence's end; its copies' length is no bar (forty kana and kanji). Pages it must catch
(they fail on the code before this round) and pages it must not break."""

from __future__ import annotations

from .test_structure_layouts import doc

# --- must catch: a headline said twice in a row under the page's lines ------------------------


def test_a_headline_said_twice_under_a_tagline_and_a_search_box_line():
    page = doc(
        "Harbour Light : pictures from the coast\n\n"
        "Pictures from the coast\n\n"
        "Close this search box.\n\n"
        "Why Every Portrait Needs a Conversation First\n\n"
        "Why Every Portrait Needs a Conversation First\n\n"
        "Talk before you shoot. If you missed the first part of this series, read it here.\n\n"
        "Before the camera comes out, ask the sitter about their day, their work and their "
        "town. People relax when they are heard, and it shows in their face.\n"
    )
    assert page.title == "Why Every Portrait Needs a Conversation First"


def test_a_long_japanese_headline_said_twice_under_a_menu_run_into_one_paragraph():
    page = doc(
        "お問い合わせ 資料ダウンロード\n最新の記事\nデザイン\n\n"
        "社内報の写真をもっと良くするための撮影の基本と現場で使える小さなコツを紹介します\n\n"
        "社内報の写真をもっと良くするための撮影の基本と現場で使える小さなコツを紹介します\n\n"
        "社内報に写真は欠かせません。この記事では、写真の役割とうまく撮る方法を紹介します。\n\n"
        "まず、光の向きを確かめましょう。窓からの光は人の表情をやわらかく見せてくれます。\n"
    )
    headline = "社内報の写真をもっと良くするための撮影の基本と現場で使える小さなコツを紹介します"
    assert page.title == headline


# --- must not: what the copies rule leaves alone ----------------------------------------------


def test_a_long_caption_said_twice_under_the_headline_and_its_lead_stays_a_caption():
    page = doc(
        "Quiet troubles in our schools\n\n"
        "For months the education office ran the schools blindly. Now it sees no problem "
        "at all, and the teachers are left to cope on their own.\n\n"
        "14.12.2021\n\n"
        "A few minutes' read\n\n"
        "At break time in the second high school in Lublin, 3 October 2021 / MAREK NOWAK / "
        "PHOTO AGENCY\n\n"
        "At break time in the second high school in Lublin, 3 October 2021 / MAREK NOWAK / "
        "PHOTO AGENCY\n\n"
        "12 November, a Friday. Ten weeks of school had gone by, and the schools had worked "
        "normally since September.\n"
    )
    assert page.title == "Quiet troubles in our schools"


def test_a_show_name_over_its_blurb_then_the_episode_said_twice():
    page = doc(
        "Logo\n\nSearch\n\nPodTalk\n\n"
        "PodTalk looks behind the favourite podcasts and the people who make them. Each "
        "episode brings a long talk with a different host. Hosted by Ana Ruiz.\n\n"
        "Episodes (41)\n\n"
        "Episode 12. Omar Haddad of Late Trains\n\n"
        "Episode 12. Omar Haddad of Late Trains\n\n"
        "How do you follow a first season that everyone talked about? You ask your "
        "listeners for their stories.\n"
    )
    assert page.title == "Episode 12. Omar Haddad of Late Trains"


def test_a_question_above_the_copies_still_means_the_text_began():
    page = doc(
        "Questionnaire\n\n"
        "Why?\n\n"
        "Because I like it\n\n"
        "Because I like it\n\n"
        "And what would you change? Nothing at all, I think, but the hours are long.\n"
    )
    assert page.title != "Because I like it"
