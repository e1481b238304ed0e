"""The title a reader expects on real pages (round 7): each rule with a document it must catch
and one it must not."""

from __future__ import annotations

from reader.document import open_document
from reader.document.model import Role

from .test_structure_layouts import doc

LONG = (
    "We started with one boat and a folding table on the quay, and for two summers we sold "
    "tickets from a biscuit tin before the council gave us a proper office by the pier."
)
TURNS = (
    "Reporter: Why did you open the shop?\n\nGuest: Because the village had none.\n\n"
    "Reporter: What do you sell most?\n\nGuest: Bread, and stamps.\n"
)


def role_of(document, start: str) -> Role:
    return next(b.role for b in document.blocks if b.text.startswith(start))


# --- Lines at the top: a school year, a blog's title under its date ----------------------------


def test_a_school_year_under_the_headline_is_not_joined_to_it_but_a_broken_sentence_is():
    dated = doc(f"15.01.2025\nIntervista al sindaco dei ragazzi\na.s. 2024-25\nLUCA B.\n{TURNS}")
    assert dated.title == "Intervista al sindaco dei ragazzi"
    broken = doc(f"Il porto d'inverno\n\n{LONG} Il museo ha aperto nel\n\nmarzo 2024.\n")
    assert any(b.text.endswith("aperto nel marzo 2024.") for b in broken.blocks)


def test_a_date_alone_at_the_top_is_no_title():
    assert doc(f"12.03.2024\n\n{LONG}\n").title == ""


def test_a_blogs_title_in_lower_case_under_its_date_stands_apart_but_a_broken_line_is_joined():
    blog = doc(
        "mercoledì 12 marzo 2025\nmetodo\nquelle interviste in cui l'ospite comincia calmo e "
        "alla quinta domanda alza la voce. Come lo chiamiamo?\nLettere al giornale\n"
    )
    assert blog.title == "metodo"
    # With a blank line between, a word and the lower-case line after it are one sentence the
    # copy broke.
    broken = doc(
        "metodo\n\nquelle interviste in cui l'ospite comincia calmo e alla quinta domanda alza "
        "la voce. Come lo chiamiamo?\n"
    )
    assert broken.blocks[0].text.startswith("metodo quelle interviste")


# --- A blog's name, another article's teaser ---------------------------------------------------


def test_a_title_that_counts_the_questions_is_the_posts_under_the_blogs_name_and_date():
    counted = doc(
        "3 de maio de 2023\n\nNotas de um leitor distraído\n\n12 Perguntas\n\n"
        "1- Onde você nasceu?\nR: Em Recife.\n\n2- O que você lê agora?\nR: Poemas.\n\n"
        "3- Por que escreve?\nR: Porque não sei desenhar.\n"
    )
    assert counted.title == "12 Perguntas"
    subtitled = doc(
        "jueves, 4 de mayo de 2023\n\nCrónicas del puerto\n\nPara quien todavía lee "
        "entrevistas\n\n¿Qué recuerda de su primer barco?\n\n" + LONG + "\n\n"
        "¿Volvería a empezar?\n\n" + LONG + "\n"
    )
    assert subtitled.title == "Crónicas del puerto"


def test_another_articles_teaser_above_a_link_to_the_sites_lists_is_the_sites():
    page = doc(
        "02/11/2024\n\nMARCO RIVA\n\n''Dipingo solo all'alba...''\n\ntutte le interviste\n\n"
        "Il porto d'inverno\n\n" + LONG + "\n"
    )
    assert page.title == "Il porto d'inverno"
    assert role_of(page, "MARCO RIVA") is Role.SHARE  # not read before the headline
    # The headline's own standfirst above the link, and no headline after it: the page's.
    own = doc("Il porto d'inverno\n\n''Dipingo solo all'alba...''\n\ntutte le interviste\n\n"
              + LONG + "\n")
    assert own.title == "Il porto d'inverno"


# --- What is glued to the headline: a date, a greeting -----------------------------------------


def test_a_headline_glued_after_its_date_is_read_without_it_but_a_dateline_stays_one():
    dated = doc(f"10/03/2023   CHIARA VENTURI\n\n{LONG}\n")
    assert dated.title == "CHIARA VENTURI"
    timed = doc(f"14/03/2024 10:32\n\nIl porto d'inverno\n\n{LONG}\n")
    assert timed.title == "Il porto d'inverno"
    assert role_of(timed, "14/03/2024") is Role.DATELINE


def test_a_greeting_on_its_own_line_above_the_headline_is_left_out_of_the_title():
    greeted = doc(
        f"sábado, 9 de março de 2024\n\nOlá, pessoal!\nCom vocês: Rita Sampaio\n\n{TURNS}"
    )
    assert greeted.title == "Com vocês: Rita Sampaio"
    song = doc(f"Hey Jude, Don't Make It Bad\n\n{LONG}\n")
    assert song.title == "Hey Jude, Don't Make It Bad"


# --- A headline in capitals over two lines, a title given twice, a sentence above it ----------


def test_a_headline_in_capitals_running_on_is_the_title_not_a_rubric_over_a_lead():
    capitals = doc(
        "Rozhovor\n\nROZHOVOR S ŘEDITELEM ŠKOLY\nMgr. Petrem Malým (3. 4. 2016)\n\n"
        f"{LONG}\n\nBaví Vás Vaše práce?\n\nAno.\n\nUčíte ještě rád?\n\nAno, baví mě to.\n"
    )
    assert capitals.title == "ROZHOVOR S ŘEDITELEM ŠKOLY Mgr. Petrem Malým (3. 4. 2016)"
    # A sentence after the capitals: a rubric opening the standfirst.
    lead = doc(
        "El pan de cada día\n\nENTREVISTA EXCLUSIVA CON ANA RUIZ La panadera cuenta veinte "
        f"años de oficio.\n\n{LONG}\n"
    )
    assert role_of(lead, "ENTREVISTA EXCLUSIVA") is Role.LEAD


def test_a_title_given_twice_below_a_standfirst_is_the_title_and_the_standfirst_is_read():
    twice = doc(
        f"{LONG}\n\nThe harbour in winter\n\n12 min read\n\nThe harbour in winter\n\n"
        "Why did you stay?\n\nBecause of the boats.\n"
    )
    assert twice.title == "The harbour in winter"
    assert role_of(twice, "We started") is Role.LEAD
    assert role_of(twice, "12 min read") is Role.SHARE
    # A sentence between the copies: a line the text repeats, no page's title.
    text = doc(
        f"{LONG}\n\nThe harbour in winter\n\nIt was cold that year.\n\nThe harbour in winter\n\n"
        f"{LONG}\n"
    )
    assert text.title != "The harbour in winter"


def test_a_short_sentence_above_the_headline_is_a_caption_but_not_above_more_short_lines():
    pictured = doc(
        "A woman stands at a whiteboard.\n\n“Staff come first”\n\n"
        "Karin Ek, head of Lindskolan, answers the questions Johan Berg sent her.\n\n"
        f"{TURNS}"
    )
    assert pictured.title == "“Staff come first”"
    assert role_of(pictured, "A woman stands") is Role.CAPTION  # still read aloud
    listed = doc("A woman stands at a whiteboard.\n\nStaff come first\n\nPupils come next\n")
    assert all(b.role is not Role.CAPTION for b in listed.blocks)


# --- Found by the held-out layouts: a credit, a screen reader's links, a file name, a subtitle --


def test_a_caption_ending_with_its_credit_is_no_headline_but_a_headline_may_name_a_photo():
    captioned = doc(
        "See the gallery Pupils asked the head many questions. Foto: Egeskolen\n\n"
        f"Pupils put the head on the spot in news week\n\n{LONG}\n"
    )
    assert captioned.title == "Pupils put the head on the spot in news week"
    assert role_of(captioned, "See the gallery") is Role.CAPTION
    # No sentence ends before it: a club's name in the headline, no credit.
    headline = doc(f"Twenty years of the club Foto: Egeskolen\n\n{LONG}\n")
    assert headline.title == "Twenty years of the club Foto: Egeskolen"


def test_a_screen_readers_links_at_the_top_are_the_sites_but_a_headline_may_name_them():
    linked = doc(f"Linkuri accesibilitate\n\nSunt legale contribuțiile școlilor?\n\n{LONG}\n")
    assert linked.title == "Sunt legale contribuțiile școlilor?"
    assert role_of(linked, "Linkuri") is Role.SHARE
    headline = doc(f"Accessibility in our school: what changed this year\n\n{LONG}\n")
    assert headline.title == "Accessibility in our school: what changed this year"


def test_a_name_and_a_date_run_together_are_an_images_file_name_but_a_code_name_is_not():
    named = doc(f"RUIZ03112021\n\n¿Quién cuida el puerto en invierno?\n\n{LONG}\n")
    assert named.title == "¿Quién cuida el puerto en invierno?"
    code = doc(f"Apollo 11\n\n{LONG}\n")
    assert code.title == "Apollo 11"


def test_a_subtitle_that_opens_as_the_headline_and_says_more_is_not_the_title():
    subtitled = doc(
        "Wywiad z Panią Dyrektor\nWywiad z dyrektorką przeprowadzony przez uczniów klasy piątej\n"
        "Redaktorzy: Co jest najtrudniejsze?\nDyrektor: Brak pieniędzy.\n"
        "R: Czy lubi Pani szkołę?\nD: Bardzo.\n"
    )
    assert subtitled.title == "Wywiad z Panią Dyrektor"
    # A rubric's one word above the headline in capitals stays the rubric.
    rubric = doc(
        "Rozhovor\n\nROZHOVOR S ŘEDITELEM ŠKOLY A JEHO ZÁSTUPKYNÍ\n\n"
        f"{LONG}\n\nBaví Vás Vaše práce?\n\nAno.\n\nUčíte ještě rád?\n\nAno, baví mě to.\n"
    )
    assert rubric.title == "ROZHOVOR S ŘEDITELEM ŠKOLY A JEHO ZÁSTUPKYNÍ"



def test_a_greeting_above_the_headline_on_a_web_pages_line_break_is_left_out_too(tmp_path):
    page = tmp_path / "blog.html"
    page.write_text(
        "<html><body><h1>Olá, pessoal!<br>Com vocês: Rita Sampaio</h1>"
        "<p>Blog: Qual a sua maior alegria?</p><p>Rita: Levar o leitor a viajar.</p>"
        "<p>Blog: Como divulga seus livros?</p><p>Rita: No boca a boca.</p></body></html>",
        encoding="utf-8",
    )
    assert open_document(page, with_language=False).title == "Com vocês: Rita Sampaio"
    song = tmp_path / "song.html"
    song.write_text(
        f"<html><body><h1>Hey Jude, Don't Make It Bad</h1><p>{LONG}</p></body></html>",
        encoding="utf-8",
    )
    assert open_document(song, with_language=False).title == "Hey Jude, Don't Make It Bad"


# --- Probed beyond the corpus: a cookie notice, a rubric before a headline's phrase ------------


def test_a_cookie_notice_and_its_buttons_are_the_sites_but_a_headline_about_cookies_is_not():
    notice = doc(
        "This website uses cookies. By continuing you agree to their use.\n\nAccept all\n\n"
        f"The baker of the market\n\n{LONG}\n"
    )
    assert notice.title == "The baker of the market"
    assert role_of(notice, "Accept all") is Role.SHARE
    recipe = doc(f"Chocolate chip cookies my grandmother baked\n\n{LONG}\n")
    assert recipe.title == "Chocolate chip cookies my grandmother baked"


def test_interview_and_a_headlines_phrase_is_the_title_but_interview_and_a_name_credits():
    headline = doc(f"Interview: Jane Doe on her new novel\n\n{TURNS}")
    assert headline.title == "Interview: Jane Doe on her new novel"
    credit = doc(f"The baker of the market\n\nInterview: Samuel Jacker\n\n{LONG}\n")
    assert role_of(credit, "Interview: Samuel") is Role.BYLINE
