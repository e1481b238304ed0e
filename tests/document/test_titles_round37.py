"""Title rules of round 37, from fresh pages whose title is the hard part: a headline the page
gives twice in a row is its headline even when a short stated line of the page ("Close this
search box.", a tagline) stands above it, or the site's menu run into one paragraph with no
sentence's end; its copies' length is no bar (forty kana and kanji). Pages it must catch
(they fail on the code before this round) and pages it must not break."""

from __future__ import annotations

from reader.document.structure.titles.labelover import headline_under_label

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


# --- must catch: a label of a word or two over the headline and what a page sets under it ---


def test_a_place_label_over_a_quoted_headline_and_its_subheadline():
    page = doc(
        "Oviedo\n\n"
        "\"Queremos un club abierto a todos los vecinos del barrio\"\n\n"
        "Marta Ibáñez, candidata a la presidencia del Club de Remo del Nalón, defiende una "
        "directiva \"más cercana\"\n\n"
        "14·03·24 | 07:00\n\n"
        "Marta Ibáñez (Oviedo, 1980) es profesora de instituto y rema desde niña.\n\n"
        "–¿Por qué se presenta?\n\n–Porque el club necesita gente nueva.\n"
    )
    assert page.title == "\"Queremos un club abierto a todos los vecinos del barrio\""


def test_a_column_label_in_capitals_over_the_headline_and_its_first_paragraph():
    page = doc(
        "OPINIÓN\n\n"
        "¿Trabajar desde casa? Depende de la casa\n\n"
        "Elena Robles\n\n"
        "Mi empresa ha decidido que desde enero trabajaremos dos días en casa. No sé si "
        "celebrarlo: mi casa tiene una mesa, y la usa toda la familia.\n\n"
        "¿Se trabaja mejor solo?\n\n"
        "A veces sí. Nadie interrumpe, pero nadie ayuda tampoco.\n"
    )
    assert page.title == "¿Trabajar desde casa? Depende de la casa"


def test_a_school_news_label_over_the_headline_then_a_short_line_and_its_standfirst():
    page = doc(
        "Schulnachrichten\n"
        "Eine Fünftklässlerin im Gespräch\n"
        "Lesenacht 2019\n"
        "Wie war die Lesenacht in der Bibliothek? Unsere Schulreporterin hat nachgefragt.\n\n"
        "LK: Wie hat dir die Lesenacht gefallen?\n\n"
        "MS: Sehr gut. Wir haben bis Mitternacht gelesen und Kakao getrunken.\n"
    )
    assert page.title == "Eine Fünftklässlerin im Gespräch"


def test_a_place_and_a_genre_over_the_headline_and_its_standfirst():
    page = doc(
        "Valencia\n\n"
        "Cuestionario Proust\n\n"
        "Ana Ferrer: «Mi defecto principal es la prisa»\n\n"
        "La candidata a la alcaldía de Burjassot no soporta las colas y adora el mar en "
        "invierno, cuando no hay nadie en la playa.\n\n"
        "¿El rasgo principal de su carácter?\n\nLa tenacidad.\n\n"
        "¿Qué cualidad prefiere en una persona?\n\nLa lealtad.\n"
    )
    assert page.title == "Ana Ferrer: «Mi defecto principal es la prisa»"
    assert headline_under_label(page.blocks, 0, len(page.blocks)) == 2  # read under two labels


# --- must not: the label is the page's title ---------------------------------------------------


def test_an_archive_tag_over_its_first_teaser_stays_the_title():
    page = doc(
        "Schlagwort: Interview\n\n"
        "Torwarttrainer Kühn: „Ein Elfmeter ist Kopfsache“\n\n"
        "Der Torwarttrainer der Jugendmannschaft spricht über Nerven, Training und die "
        "Angst vor dem Strafstoß. Weiterlesen\n"
    )
    assert page.title == "Schlagwort: Interview"


def test_a_label_said_again_at_length_under_it_stays_the_title():
    page = doc(
        "FAQ\n\n"
        "Shop FAQ • Answers before and after you order\n\n"
        "Everything you need to know about shipping, returns and payment, in one place for "
        "every customer.\n\n"
        "How long does shipping take?\n\nThree to five working days.\n"
    )
    assert page.title == "FAQ"


def test_a_trade_label_over_a_persons_card_stays_the_title():
    page = doc(
        "BAKER\n\n"
        "Jonas Berg, master baker, the bakery at the harbour in Visby\n\n"
        "Jonas has baked bread for thirty years and starts every night at three o'clock.\n\n"
        "What do you like most about your work?\n\nThe smell of the first loaves.\n"
    )
    assert page.title == "BAKER"


def test_a_name_over_a_photo_credit_stays_the_title():
    page = doc(
        "Claire Moreau\n\n"
        "Photo © Paul Girard 2014\n\n"
        "Non, vous ne rêvez pas : Claire Moreau a accepté de répondre à mon petit "
        "questionnaire du lecteur, à la veille du salon du livre.\n"
    )
    assert page.title == "Claire Moreau"


def test_a_label_going_on_in_the_line_under_it_is_not_moved_down():
    page = doc(
        "Im Gespräch\n\n"
        "... mit Virginia Woolf\n\n"
        "Den berühmten Fragebogen hat sie nie ausgefüllt. Wir haben ihre Antworten aus "
        "Briefen und Tagebüchern zusammengesucht.\n\n"
        "Was ist für Sie das größte Unglück?\n\nNicht schreiben zu können.\n"
    )
    assert headline_under_label(page.blocks, 0, len(page.blocks)) == -1



def test_a_rubric_said_again_over_each_teaser_keeps_the_archives_title():
    page = doc(
        "Interview\n\n"
        "Portret\n\n"
        "Sanne de Wit: ‘Ik schilder wat ik niet kan zeggen’\n\n"
        "Sanne de Wit (41) maakt al twintig jaar schilderijen van de zee. Haar nieuwe "
        "tentoonstelling opent volgende week in Den Helder.\n\n"
        "Lees meer\nPortret\n\n"
        "Joris Bakker: ‘Muziek is mijn tweede taal’\n\n"
        "Joris Bakker speelt cello in een orkest en geeft les aan kinderen.\n\n"
        "Lees meer\n"
    )
    assert headline_under_label(page.blocks, 0, len(page.blocks)) == -1


def test_a_site_name_of_three_words_and_two_section_links_over_the_headline():
    page = doc(
        "Gazeta do Vale\n\n"
        "Busca\n\n"
        "Educação\n\n"
        "Alunos de escola estadual de Ribeirão aprendem como se faz um podcast\n\n"
        "Estudantes do 7º ano gravaram entrevistas com moradores do bairro e com a diretora\n\n"
        "Publicado em: 12/05/2019 10:02\n\n"
        "A professora Joana Lima mostrou às crianças como se prepara uma pauta.\n"
    )
    assert headline_under_label(page.blocks, 0, len(page.blocks)) == 3
    assert page.title == "Alunos de escola estadual de Ribeirão aprendem como se faz um podcast"
