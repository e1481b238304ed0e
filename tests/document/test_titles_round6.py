"""The title a reader expects on real pages (round 6): each rule with a document it must catch
and one it must not."""

from __future__ import annotations

from reader.document.model import Role

from .test_structure_layouts import doc

LONG = (
    "We started with one boat and a folding table on the quay, and for two summers we sold "
    "tickets from a biscuit tin before the council gave us a proper office by the pier."
)


def roles(document) -> list[tuple[str, Role]]:
    return [(b.text, b.role) for b in document.blocks]


# --- Site chrome: a social teaser, a counter ---------------------------------------------------


def test_a_teaser_with_hashtags_is_no_headline_but_a_headline_may_number_an_issue():
    teaser = doc(
        "Entrevista\n\nOlá! Mais um texto escrito pelos nossos alunos.\n#tbt\n#saudadesdaescola\n\n"
        f"{LONG}\n"
    )
    assert teaser.title == "Entrevista"
    assert [r for t, r in roles(teaser) if "#tbt" in t] == [Role.SHARE]  # not read aloud
    # A table's row that asks, right under the title, is no site's line.
    row = doc(
        "Noor sprak met de spelers\n\nNoor | Hoe lang waren jullie onderweg? | |\n"
        "AJ | Zeven uur. | |\nNoor | Hoeven jullie niet naar school? | |\nAJ | Jawel. | |\n"
        "Noor | Wat vinden jullie van het toernooi? | |\nAJ | Geweldig. | |\n"
    )
    assert all(b.role is not Role.SHARE for b in row.blocks)
    issue = doc(f"Issue #1: What are we even doing here?\n\n{LONG}\n")
    assert issue.title == "Issue #1: What are we even doing here?"


def test_a_sites_counter_is_no_headline_but_a_headline_may_count():
    counter = doc(f"Sono presenti 1207 interviste.\n\nIl porto d'inverno\n\n{LONG}\n")
    assert counter.title == "Il porto d'inverno"
    headline = doc(f"Les 10 interviews de l'année\n\n{LONG}\n")
    assert headline.title == "Les 10 interviews de l'année"


# --- A letter: the column's name, a newsletter's subtitle --------------------------------------


def test_an_advice_columns_name_above_the_readers_letter_is_not_the_title():
    column = doc(
        "Ask Ana\n\nMy sister never pays me back. What can I do?\n\nDear Ana,\n\n"
        f"{LONG}\n\nWorried in Leeds\n\nDear Worried,\n\n{LONG}\n"
    )
    assert column.title == "My sister never pays me back. What can I do?"
    assert column.questions == ()


def test_a_newsletters_subtitle_above_its_greeting_is_its_lead_and_asks_nothing():
    letter = doc(
        "Starting a newsletter\n\nWhat is this, anyway?\n\nDear Friends and Readers,\n\n"
        "What is a newsletter? I keep asking myself as I start.\n\n"
        "Is it a holiday letter for people who cannot wait a year? Is it a way of being less "
        "mysterious?\n\nI honestly don't know.\n\nThanks for reading. Take care.\n"
    )
    assert letter.title == "Starting a newsletter"
    assert ("What is this, anyway?", Role.LEAD) in roles(letter)
    assert letter.questions == ()
    # Without a greeting, the line under a short title is still an interview's first question.
    interview = doc(
        "Kurz gefragt\n\nWarum fahren Sie Rad?\n\nWeil es schneller ist als der Bus.\n\n"
        "Auch im Winter?\n\nJa, mit Spikes.\n\nUnd bei Regen?\n\nDann erst recht.\n"
    )
    assert interview.title == "Kurz gefragt"
    assert [q.heading for q in interview.questions][0] == "Warum fahren Sie Rad?"


# --- Lines above the headline ------------------------------------------------------------------


def test_a_headline_in_capitals_that_asks_is_the_headline_below_an_issues_rubric():
    paper = doc(
        "Lindenblatt 4/2022 Nr. 18 | Seite 12\n\n15 Jahre Lindenblatt 2007-2022\n\n"
        "WIE KAM DIE ZEITUNG ZU IHREM NAMEN ?\n\nWie sind Sie zur Zeitung gekommen?\n\n"
        "Ich kam 2006 an die Schule.\n\nWer hatte die Idee?\n\nEine Schülerin.\n\n"
        "Was mögen Sie nicht?\n\nDas Geld für den Druck.\n"
    )
    assert paper.title == "WIE KAM DIE ZEITUNG ZU IHREM NAMEN ?"
    assert [q.heading for q in paper.questions][0] == "Wie sind Sie zur Zeitung gekommen?"
    # In sentence case, the "?" line below the site's lines is the first question.
    site = doc(
        "Edizioni del Faro\n\nArea stampa\n\nIntervista all'autore: Marco Resti\n\n"
        "Che cos'è per lei il mare?\n\nUn confine che si sposta.\n\nE la città?\n\n"
        "Un porto che non dorme.\n\nScrive ogni giorno?\n\nSolo la mattina.\n"
    )
    assert site.title == "Intervista all'autore: Marco Resti"


def test_a_sites_tagline_above_the_headline_is_not_the_title_but_a_listing_headline_is():
    tagline = doc(
        "Notes on Places, Trains, Books, Poetry, Old Maps, Radio and the Arts\n\n"
        f"How to prepare an author interview\n\nFound via a friend's blog:\n\n{LONG}\n"
    )
    assert tagline.title == "How to prepare an author interview"
    headline = doc(f"Bread, butter, jam and the rest of what we eat at home\n\n{LONG}\n")
    assert headline.title == "Bread, butter, jam and the rest of what we eat at home"


def test_a_worksheets_title_stands_above_its_parts_but_a_headline_below_a_papers_name():
    sheet = doc(
        "Dossier de révision : CORRIGÉ\n\nCompréhension en lecture\n\nTexte 1\n\n"
        "1. Ce texte est-il un conte ?\n\nJustifie ta réponse.\n\n"
        "Ce texte n'est pas un conte car il explique un phénomène naturel.\n"
    )
    assert sheet.title == "Dossier de révision : CORRIGÉ"
    paper = doc(f"Le petit journal\n\nLe marché du port\n\n{LONG}\n")
    assert paper.title == "Le marché du port"
    numbered = doc(f"Space News\n\nApollo 11\n\n{LONG}\n")  # a name with a number, no part
    assert numbered.title == "Apollo 11"


def test_below_a_blogs_date_the_first_line_is_the_posts_title_and_the_next_its_subtitle():
    post = doc(
        "jueves, 14 de marzo de 2019\n\nEntre líneas\n\nPara los que todavía contestan "
        f"entrevistas\n\n¿Qué recuerda de su primera entrevista?\n\nZuluaga: {LONG}\n\n"
        f"¿Cuánto tiempo siguió así?\n\nZuluaga: {LONG}\n\n"
        f"¿Quién fue el entrevistador?\n\nZuluaga: {LONG}\n"
    )
    assert post.title == "Entre líneas"
    assert [q.heading for q in post.questions][0] == "¿Qué recuerda de su primera entrevista?"
    # Without the date, the short line above is a site's name, the longer one the headline.
    site = doc(post.source.split("\n\n", 1)[1])
    assert site.title == "Para los que todavía contestan entrevistas"


def test_a_quoted_line_that_recurs_as_intertitles_is_not_the_title_but_a_single_one_is():
    sections = doc(
        "Overheard in the courtroom\n\n“Tea party”\nQ. What was at the inn?\nA. A party.\n"
        "Q. What's that?\nA. Tea for little girls.\n\n\n“House rules”\nQ. Do you understand?\n"
        "A. Yes.\n\n\n“Shared feelings”\nQ. What did he say?\nA. Good luck.\n"
    )
    assert sections.title == "Overheard in the courtroom"
    assert ("“Tea party”", Role.SHARE) not in roles(sections)
    single = doc(f"Le Petit Journal\n\n« On ne naît pas lecteur »\n\n{LONG}\n")
    assert single.title == "« On ne naît pas lecteur »"


# --- A title given twice -----------------------------------------------------------------------


def test_a_title_the_page_repeats_above_its_text_is_the_title_and_the_lines_between_are_hidden():
    page = doc(
        "• Nenhum resultado encontrado\n\nMiniteste ao Coordenador da Biblioteca\n\nN/A\nN/A\n"
        "Protected\n\nShare \"Miniteste ao Coordenador da Biblioteca\"\n\nCopied!\n\n(1)\n\n"
        f"Miniteste ao Coordenador da Biblioteca\n\n{LONG}\n"
    )
    assert page.title == "Miniteste ao Coordenador da Biblioteca"
    hidden = [t for t, r in roles(page) if r is Role.SHARE]
    assert "(1)" in hidden and "Copied!" in hidden and "• Nenhum resultado encontrado" in hidden
    assert page.blocks[-1].role is not Role.SHARE
    # A greeting said twice is no title, and neither is a line the text repeats.
    greeting = doc(
        "# Principal Q&A\n\n\"Good morning!\"\n\n\"Good morning!\"\n\n"
        "\"So the first question: where did you transfer from?\"\n\n"
        f"\"{LONG}\"\n",
        markdown=True,
    )
    assert greeting.title == "Principal Q&A"
    refrain = doc(
        f"Harbour days\n\n{LONG}\n\nOne more summer\n\n{LONG}\n\nOne more summer\n\n{LONG}\n"
    )
    assert refrain.title == "Harbour days"
    questionnaire = doc(
        "Fragebogen\n\nLieblingsfarbe?\n\nBlau.\n\nUnd warum?\n\nWeil das Meer blau ist.\n\n"
        "Lieblingstier?\n\nDer Hund.\n\nUnd warum?\n\nWeil er immer da ist.\n"
    )
    assert questionnaire.title == "Fragebogen"
    assert all(b.role is not Role.SHARE for b in questionnaire.blocks)


# --- Extraction damage under the headline ------------------------------------------------------


def test_an_image_name_or_a_date_field_under_the_headline_is_not_joined_to_it():
    image = doc(
        "22 de maio de 2023\n\nAlunos criam a sua própria rádio\n\nlogo-post-portal-48x48\n\n"
        f"{LONG}\n"
    )
    assert image.title == "Alunos criam a sua própria rádio"
    dated = doc(f"Rosa Beltrán: Victoria, Victoria\n\n date 2025-02 {LONG}\n")
    assert dated.title == "Rosa Beltrán: Victoria, Victoria"
    # A paragraph that goes on in lower case is still joined to the one it continues.
    broken = doc(
        "Le marché du port\n\nIl explique à la presse l'enjeu de ce\n\n"
        "séminaire, qui réunira les pêcheurs du port.\n"
    )
    assert broken.blocks[-1].text == (
        "Il explique à la presse l'enjeu de ce séminaire, qui réunira les pêcheurs du port."
    )


# --- More lines above the headline -------------------------------------------------------------


def test_a_greeting_is_never_the_title_but_a_headline_may_start_with_its_word():
    greeting = doc(f"Hello everyone!\n\n{LONG}\n\n{LONG}\n")
    assert greeting.title == ""  # the file's name, or a web page's own title, is used
    headline = doc(f"Hello Kitty turns fifty\n\n{LONG}\n")
    assert headline.title == "Hello Kitty turns fifty"


def test_a_caption_ending_with_its_credit_in_brackets_is_not_the_title():
    caption = doc(
        f"Ana Ruiz in her bakery. (Photo: Anna Berg)\n\nThe baker of the market\n\n{LONG}\n"
    )
    assert caption.title == "The baker of the market"
    assert ("Ana Ruiz in her bakery. (Photo: Anna Berg)", Role.CAPTION) in roles(caption)
    headline = doc(f"The baker (and her photographs)\n\n{LONG}\n")
    assert headline.title == "The baker (and her photographs)"


def test_a_papers_masthead_with_its_issue_is_not_the_title_but_a_numbered_headline_is():
    masthead = doc(
        "LYCÉE JEAN MOULIN — Le Petit Moulin n°12 — mars 2024\n\nRencontre avec la boulangère"
        f"\n\n{LONG}\n"
    )
    assert masthead.title == "Rencontre avec la boulangère"
    for title in ("Nr. 5 im Ranking: die Bäckerei am Markt", "Die Bäckerei ist Nr. 1 im Jahr 2024"):
        assert doc(f"{title}\n\n{LONG}\n").title == title


def test_a_name_in_capitals_under_a_rubric_is_no_lead_but_a_rubric_opening_a_sentence_is():
    names = doc(f"ENTREVISTA\n\nANA RUIZ\n\n«El pan no espera»\n\n{LONG}\n")
    assert names.title == "«El pan no espera»"
    lead = doc(
        "Le port d'hiver\n\nINTERVIEW De plus en plus de pêcheurs quittent le port, raconte "
        f"le maire.\n\n{LONG}\n"
    )
    assert lead.title == "Le port d'hiver"
    assert lead.blocks[1].role is Role.LEAD


def test_below_a_date_or_a_photo_credit_the_line_above_the_first_question_is_the_title():
    qa = (
        "Wie hat alles angefangen?\n\nMit einem Boot und einem Klapptisch am Kai, und zwei "
        "Sommer lang haben wir die Karten verkauft.\n\nUnd dann?\n\nDann kam das Büro am Pier, "
        "und seitdem haben wir keinen Sommer ausgelassen.\n\nWas wünschen Sie sich?\n\n"
        "Ein zweites Boot und jemanden, der die Kasse macht.\n"
    )
    for top in ("12.03.2024", "Foto: dpa"):
        document = doc(f"{top}\n\nDie Bäckerin vom Markt\n\n{qa}")
        assert document.title == "Die Bäckerin vom Markt"
        assert [q.heading for q in document.questions][0] == "Wie hat alles angefangen?"
    # A column's name above a letter's question is still no title.
    column = doc(
        "12.03.2024\n\nAsk Ana\n\nMy sister never pays me back. What can I do?\n\n"
        f"Dear Ana,\n\n{LONG}\n"
    )
    assert column.title == "My sister never pays me back. What can I do?"


def test_a_rubric_or_a_date_set_as_a_small_heading_above_the_headline_is_not_the_title():
    for top in ("## INTERVIEW", "### 12 March 2024"):
        document = doc(
            f"{top}\n\n# The baker of the market\n\n{LONG}\n\n## Early days\n\n{LONG}\n",
            markdown=True,
        )
        assert document.title == "The baker of the market"
    # A headline above its first section's heading stays the title.
    sections = doc(f"# The baker of the market\n\n## Early days\n\n{LONG}\n", markdown=True)
    assert sections.title == "The baker of the market"


def test_a_pictures_placeholder_and_a_home_link_are_not_the_title_but_headlines_naming_them_are():
    placeholder = doc(
        "Afbeelding\n\nFoto: Joris van Dam\n\nHoe was het, Lotte en Ruud?\n\n"
        f"Er was woensdag bijzonder bezoek in groep 6.\n\n{LONG}\n"
    )
    assert placeholder.title == "Hoe was het, Lotte en Ruud?"
    home = doc(
        "strona główna szkoły\n\nWYWIAD Z PANEM DYREKTOREM\nTOMASZEM NOWICKIM\n\n"
        "Pytanie: jak długo jest pan nauczycielem?\nP. Dyrektor: uczę od dwudziestu lat.\n"
        "Pytanie: od kiedy kieruje pan szkołą?\nP. Dyrektor: od czterech lat.\n"
    )
    assert " ".join(home.title.split()) == "WYWIAD Z PANEM DYREKTOREM TOMASZEM NOWICKIM"
    for headline in ("Fotos vom Hafenfest", "Homepage redesign: what changed"):
        assert doc(f"{headline}\n\n{LONG}\n").title == headline


def test_an_image_name_without_digits_is_not_joined_to_the_repeated_title_above_it():
    page = doc(
        "22 de maio de 2023\n\nAlunos criam a sua rádio\n\nlogo-post-portal-48x48\n\n"
        f"Alunos criam a sua rádio\n\nlogo-post-portal\n\n{LONG}\n"
    )
    assert page.title == "Alunos criam a sua rádio"
    assert all("logo" not in b.text or b.role is Role.SHARE for b in page.blocks)


def test_a_rubric_before_a_quote_is_a_headline_but_before_a_name_it_credits_the_interviewer():
    quote = doc(f"Interview: „Von Scheitern zu reden, ist zu einfach!“\n\n{LONG}\n\n{LONG}\n")
    assert quote.title == "Interview: „Von Scheitern zu reden, ist zu einfach!“"
    credit = doc(f"Die Bäckerin vom Markt\n\nInterview: Samuel Jacker\n\n{LONG}\n")
    assert credit.title == "Die Bäckerin vom Markt"
    assert ("Interview: Samuel Jacker", Role.BYLINE) in roles(credit)


def test_a_short_headline_opening_with_an_indefinite_article_is_no_sites_name():
    qa = (
        "Frage 1: Sind Sie den ganzen Tag im Rathaus?\n\nAntwort: Nein, nur drei Stunden.\n\n"
        "Frage 2: Wollten Sie das schon als Kind werden?\n\nAntwort: Nein, Tierärztin.\n"
    )
    visit = doc(f"Ein Besuch im Rathaus\n\nUnser Interview mit der Bürgermeisterin\n\n{qa}")
    assert visit.title == "Ein Besuch im Rathaus"
    paper = doc(f"The Westfield Courier\n\nMeet the new librarian\n\n{qa}")
    assert paper.title == "Meet the new librarian"


def test_a_headline_naming_two_hashtags_is_still_the_headline():
    headline = doc(f"#MeToo and #TimesUp: five years on\n\n{LONG}\n")
    assert headline.title == "#MeToo and #TimesUp: five years on"
