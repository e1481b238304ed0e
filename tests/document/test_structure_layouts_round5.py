"""Layout rules found in the fifth round's real pages (school and club papers, blogs, guides,
worksheets), each with a document it must catch and one it must not."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

LONG = (
    "We started with one boat and a folding table on the quay, and for two summers we sold "
    "tickets from a biscuit tin before the council gave us a proper office by the pier."
)


# --- Above the headline ------------------------------------------------------------------------


def test_a_page_counter_and_an_icon_breadcrumb_at_the_top_are_not_the_title():
    counter = doc(
        "Page 1 sur 9\n\nEXERCICES – Compréhension de textes\n\nTexte 1\n\n"
        "Le boulanger ouvre à six heures et ferme à midi, sauf le dimanche.\n"
    )
    assert counter.title == "EXERCICES – Compréhension de textes"
    crumb = doc(
        "Accueilchevron_rightLa lettre du lycéechevron_rightLes entretiens\nÀ l'heure du bilan\n\n"
        f"{LONG}\n"
    )
    assert crumb.title == "À l'heure du bilan"
    # A line shaped like a breadcrumb right above the text is the headline.
    section = doc(f"Entrevista | Ana Ruiz\n\n{LONG}\n\n{LONG}\n")
    assert section.title == "Entrevista | Ana Ruiz"
    # A headline that only says "back" is still the headline.
    headline = doc(f"Harbor Lights Brings Port Towns Back to the Screen\n\n{LONG}\n")
    assert headline.title == "Harbor Lights Brings Port Towns Back to the Screen"


def test_a_menu_link_above_the_headline_is_not_the_title_but_a_headline_may_name_partners():
    menu = doc(
        "Partnerseiten\n\nInterview mit Timo Ahrens\n\nReporter: Wer wird Meister?\n\n"
        "Timo: Eintracht II, ganz sicher.\n\nReporter: Und wer steigt ab?\n\n"
        "Timo: Blau Gelb Nordstadt, leider.\n"
    )
    assert menu.title == "Interview mit Timo Ahrens"
    named = doc(f"Unsere Partner im Gespräch\n\n{LONG}\n")
    assert named.title == "Unsere Partner im Gespräch"


def test_a_headline_dated_in_brackets_is_the_title_and_a_bare_date_line_is_not():
    dated = doc(
        "Interview mit Timo Ahrens (12.11.2006)\n\nReporter: Wer wird Meister?\n\n"
        "Timo: Eintracht II, ganz sicher.\n\nReporter: Und wer steigt ab?\n\n"
        "Timo: Blau Gelb Nordstadt, leider.\n"
    )
    assert dated.title == "Interview mit Timo Ahrens (12.11.2006)"
    dateline = doc(f"Le marché du port\n\nMardi (12.11.2006)\n\n{LONG}\n")
    assert dateline.title == "Le marché du port"


def test_an_archive_page_is_titled_by_its_tag_not_by_its_first_teaser():
    archive = doc(
        "Schlagwort: Interview\n\nScout Vogel: „Spiele werden vorher entschieden“\n\n"
        f"{LONG}\n\nJetzt lesen!\n"
    )
    assert archive.title == "Schlagwort: Interview"
    # A headline with a colon in it is no archive's tag.
    headline = doc(
        "Scout Vogel: „Spiele werden vorher entschieden“\n\nSchlagwort: Interview\n\n"
        f"{LONG}\n"
    )
    assert headline.title == "Scout Vogel: „Spiele werden vorher entschieden“"


def test_a_short_headline_in_sentence_case_above_its_subtitle_is_the_title():
    medium = doc(
        "Welcoming a new team member\n\n"
        "A simple team exercise to help them feel part of the team quickly\n\n"
        f"Alex Moreno 5 min read · Apr 3, 2023\n\n{LONG}\n"
    )
    assert medium.title == "Welcoming a new team member"
    # A site's name, and a link back to the site's lists, stand above the headline.
    site = doc(
        "Edizioni del Faro\n\nReturn to Transcripts main page\n\n"
        f"A conversation about ferries and the people who run them\n\n{LONG}\n"
    )
    assert site.title == "A conversation about ferries and the people who run them"
    school = doc(f"Le petit journal de l'école\n\nLa visite du maire\n\n{LONG}\n")
    assert school.title == "La visite du maire"


def test_a_headline_in_title_case_may_end_with_a_period_and_a_sentence_may_not():
    unit = doc(f"UNIT 9 – Imaginary Interview with a Famous Chef.\n\n{LONG}\n")
    assert unit.title == "UNIT 9 – Imaginary Interview with a Famous Chef."
    sentence = doc(f"Die Stadt hat ein neues Rathaus gebaut.\n\n{LONG}\n")
    assert sentence.title != "Die Stadt hat ein neues Rathaus gebaut."


# --- Guides, not interviews --------------------------------------------------------------------


def test_a_guide_whose_answers_open_with_the_same_labels_gets_no_questions():
    guide = doc(
        "As perguntas mais comuns\n\n1. Fale um pouco sobre você.\n\n"
        "Intenção do recrutador: ouvir um resumo claro.\n\n"
        'Exemplo de resposta: "Sou analista há 6 anos."\n\n'
        "2. Por que você quer trabalhar aqui?\n\nIntenção do recrutador: ver se pesquisou.\n\n"
        'Exemplo de resposta: "Admiro o produto Y."\n\n3. Qual é o seu maior defeito?\n\n'
        "Intenção do recrutador: ver se você se conhece.\n\n"
        'Exemplo de resposta: "Eu queria resolver tudo sozinho."\n'
    )
    assert guide.questions == ()
    # Guests named before their answers are no guide's labels.
    guests = doc(
        f"The old boys\n\nWhere did you start?\n\nYanis Belkacem: {LONG}\n\n"
        f"Ines Garnier: {LONG}\n\nWhat did you sell?\n\nYanis Belkacem: {LONG}\n\n"
        f"Ines Garnier: {LONG}\n\nWhat changed?\n\nYanis Belkacem: {LONG}\n\n"
        f"Ines Garnier: {LONG}\n"
    )
    assert len(guests.questions) == 3
    roles = doc(
        f"Le port\n\nPourquoi ce métier ?\n\nLe maire : {LONG}\n\nLa directrice : {LONG}\n\n"
        f"Et ensuite ?\n\nLe maire : {LONG}\n\nLa directrice : {LONG}\n\n"
        f"Un conseil ?\n\nLe maire : {LONG}\n\nLa directrice : {LONG}\n"
    )
    assert len(roles.questions) == 3


# --- Marks before the questions ----------------------------------------------------------------


def test_a_bullet_or_an_emoji_before_each_question_is_no_part_of_it():
    document = doc(
        f"Le métier de principale\n\n  • Pourquoi ce métier ?\n\n« {LONG} »\n\n"
        f"  • Quelles études ?\n\n« {LONG} »\n\n🎤 Et demain ?\n\n« {LONG} »\n"
    )
    assert asked(document) == [
        ("", "Pourquoi ce métier ?"), ("", "Quelles études ?"), ("", "Et demain ?"),
    ]
    # A line announcing bullets is still no question when the bullets follow it.
    faq = doc(
        f"Renewals\n\nHow can I renew items?\n\n{LONG}\n\nCan I renew online?\n\n{LONG}\n\n"
        "There is no grace period. You may not renew:\n\n  • Items with holds\n\n"
        "  • Items renewed three times\n"
    )
    assert [q.heading for q in faq.questions] == ["How can I renew items?", "Can I renew online?"]


# --- Opening and closing -----------------------------------------------------------------------


def test_thanks_then_a_farewell_close_the_interview():
    document = doc(
        "Interview mit Timo\n\nReporter: Wer wird Meister?\n\nTimo: Eintracht II, ganz sicher.\n\n"
        "Reporter: Und wer steigt ab?\n\nTimo: Blau Gelb Nordstadt, leider.\n\n"
        "Reporter: Danke dir für das Gespräch.\n\nTimo: Gern.\n\nReporter: Bis bald!\n\n"
        "Timo: Ciao!\n"
    )
    assert asked(document) == [
        ("Reporter", "Wer wird Meister?"), ("Reporter", "Und wer steigt ab?"),
    ]
    # A short last question after the thanks of an answer still asks.
    asking = doc(
        f"Ferry talk\n\nQ: Where did you start?\n\nA: {LONG}\n\nQ: Any regrets?\n\n"
        f"A: Thanks for asking, none at all.\n\nQ: And next year?\n\nA: {LONG}\n"
    )
    assert len(asking.questions) == 3


def test_a_welcome_that_thanks_the_guest_is_the_introduction():
    document = doc(
        "Entrevista a Laura Whitfield\n\n"
        "Pageturner: Estamos aquí con Laura Whitfield, autora de la novela que está por salir. "
        "Gracias por acompañarnos en esta conversación.\n\nLaura Whitfield: Un placer.\n\n"
        f"Pageturner: ¿Cómo empezó todo?\n\nLaura Whitfield: {LONG}\n\n"
        f"Pageturner: ¿Y después?\n\nLaura Whitfield: {LONG}\n"
    )
    assert asked(document) == [("Pageturner", "¿Cómo empezó todo?"), ("Pageturner", "¿Y después?")]
    # A first question that thanks and is answered at length stays a question.
    answered = doc(
        f"Ferry talk\n\nQ: Thank you for coming. Tell me about the first boat.\n\nA: {LONG}\n\n"
        f"Q: And the second?\n\nA: {LONG}\n"
    )
    assert len(answered.questions) == 2


# --- Turns in a table --------------------------------------------------------------------------


def test_turns_in_a_tables_rows_name_their_speaker_in_the_first_cell():
    text = doc(
        "Noor sprak met Ajax O13\n"
        "Noor | Hoe lang waren jullie onderweg? | |\nAJ* | Zeven uur, met de bus. | |\n"
        "Noor | Hoeven jullie maandag niet naar school? | |\n"
        "AJ* | Jawel, maar pas om tien uur. | |\n"
        "Noor | Hoe vaak trainen jullie? | |\nAJ* | Drie keer per week. | |\n"
    )
    assert asked(text) == [
        ("Noor", "Hoe lang waren jullie onderweg?"),
        ("Noor", "Hoeven jullie maandag niet naar school?"),
        ("Noor", "Hoe vaak trainen jullie?"),
    ]
    table = doc(
        "# Noor sprak met Ajax O13\n\n| Wie | Wat |\n|---|---|\n"
        "| Noor | Hoe lang waren jullie onderweg? |\n| AJ | Zeven uur, met de bus. |\n"
        "| Noor | Hoeven jullie niet naar school? |\n| AJ | Jawel, maar pas om tien uur. |\n",
        markdown=True,
    )
    assert asked(table) == [
        ("Noor", "Hoe lang waren jullie onderweg?"), ("Noor", "Hoeven jullie niet naar school?"),
    ]
    prices = doc(
        "Tarieven\n\nJeugd | 12 euro | |\nSenioren | 20 euro | |\nJeugd | per maand | |\n"
        "Senioren | per maand | |\n"
    )
    assert prices.questions == ()


# --- Readers' questions ------------------------------------------------------------------------


def test_readers_named_once_each_before_their_question_are_its_speakers():
    document = doc(
        f"Rozmowa z Adamem\n\nPaweł Kmita: Jak często proszą cię o dowód?\n\n{LONG}\n\n"
        f"Skąd pomysł na bloga?\n\n{LONG}\n\nMarta Zięba: Kto jest twoim wzorem?\n\n{LONG}\n"
    )
    assert asked(document) == [
        ("Paweł Kmita", "Jak często proszą cię o dowód?"), ("", "Skąd pomysł na bloga?"),
        ("Marta Zięba", "Kto jest twoim wzorem?"),
    ]
    # One lead-in before a question stays part of it.
    lead_in = doc(
        f"Im Gespräch\n\nWie fing es an?\n\n{LONG}\n\nUnd dann?\n\n{LONG}\n\n"
        f"Zum Schluss: Was kommt jetzt?\n\n{LONG}\n"
    )
    assert [q.heading for q in lead_in.questions][-1] == "Zum Schluss: Was kommt jetzt?"


# --- Names in capitals, numbers with a slash --------------------------------------------------


def test_a_name_in_capitals_without_a_colon_opens_a_turn_when_it_recurs():
    paper = doc(
        f"Le port\n\nLE MONDE. – Pourquoi ce métier ?\n\nMARC LEROY. – {LONG}\n\n"
        f"LE MONDE. – Et ensuite ?\n\nMARC LEROY. – {LONG}\n"
    )
    assert asked(paper) == [("LE MONDE", "Pourquoi ce métier ?"), ("LE MONDE", "Et ensuite ?")]
    bare = doc(
        f"Le port\n\nJULIE DURAND Pourquoi ce métier ?\n\nMARC LEROY {LONG}\n\n"
        f"JULIE DURAND Et ensuite ?\n\nMARC LEROY {LONG}\n"
    )
    assert asked(bare) == [
        ("JULIE DURAND", "Pourquoi ce métier ?"), ("JULIE DURAND", "Et ensuite ?"),
    ]
    # One word in capitals opening answers is emphasis, not a speaker.
    emphatic = doc(
        f"Le port\n\nPourquoi ce métier ?\n\nOUI je sais, {LONG}\n\nEt ensuite ?\n\n"
        f"OUI je sais, {LONG}\n\nUn conseil ?\n\n{LONG}\n"
    )
    assert len(emphatic.questions) == 3
    # An acronym opening two paragraphs of an article is nobody's turn.
    article = doc(
        f"Launch week\n\nNASA Announces a new date for the launch.\n\n{LONG}\n\n"
        f"NASA Says the weather may delay it again.\n\n{LONG}\n"
    )
    assert article.questions == ()


def test_a_number_and_a_slash_before_a_question_is_no_part_of_it():
    document = doc(
        f"Titre\n\n1/ Pourquoi ce métier ?\n\n{LONG}\n\n2/ Et ensuite ?\n\n{LONG}\n\n"
        f"3/ Un conseil ?\n\n{LONG}\n"
    )
    assert [q.heading for q in document.questions] == [
        "Pourquoi ce métier ?", "Et ensuite ?", "Un conseil ?",
    ]
    # A fraction is a number, not a question's.
    recipe = doc(f"Crêpes\n\n1/2 litre de lait ?\n\n{LONG}\n\n3/4 de farine ?\n\n{LONG}\n")
    assert all(not q.heading[:1].isalpha() for q in recipe.questions)


def test_a_short_first_question_in_italics_is_no_standfirst_when_later_ones_ask_in_italics():
    document = doc(
        f"# Talk\n\n*Tell me about the first boat.*\n\n{LONG}\n\n*Where did you start?*\n\n"
        f"{LONG}\n\n*And the second one?*\n\n{LONG}\n",
        markdown=True,
    )
    assert [q.heading for q in document.questions] == [
        "Tell me about the first boat.", "Where did you start?", "And the second one?",
    ]
    # A standfirst in italics is one when it runs long, or when no later italics ask.
    standfirst = doc(
        "# Talk\n\n*She ran the ferry for thirty years, through two floods and a strike, and "
        f"never missed a crossing. We met her at the pier.*\n\n*Where did you start?*\n\n{LONG}\n\n"
        f"*And the second one?*\n\n{LONG}\n",
        markdown=True,
    )
    assert [q.heading for q in standfirst.questions] == [
        "Where did you start?", "And the second one?",
    ]
    article = doc(f"# Talk\n\n*A ferry, a strike, a flood.*\n\n{LONG}\n\n{LONG}\n", markdown=True)
    assert article.questions == () and article.title == "Talk"


# --- Asides between the answers ----------------------------------------------------------------


def test_a_related_articles_link_and_a_credited_caption_ask_nothing():
    document = doc(
        f"Le port\n\nPourquoi ce métier ?\n\n{LONG}\n\n"
        "Lire aussi : Faut-il fermer le port le dimanche ?\n\n"
        f"Et ensuite ?\n\n{LONG}\n\nMarc Leroy sur le quai, en mai. (Photo : J. Durand)\n\n"
        f"Un conseil ?\n\n{LONG}\n"
    )
    assert [q.heading for q in document.questions] == [
        "Pourquoi ce métier ?", "Et ensuite ?", "Un conseil ?",
    ]
    # A question that mentions reading, or a photo, still asks.
    asking = doc(
        f"Le port\n\nPourquoi ce métier ?\n\n{LONG}\n\nLire, aussi, vous aimez ?\n\n{LONG}\n\n"
        f"Et la photo (celle du quai) ?\n\n{LONG}\n"
    )
    assert len(asking.questions) == 3


# --- Two interviewers named together -----------------------------------------------------------


def test_two_interviewers_joined_by_and_in_any_language_are_one_speaker():
    polish = doc(
        "Wywiad z bramkarzem\n\nKuba i Olek: W jakim klubie zaczynałeś karierę?\n\n"
        "Piotr Zając: Wszystko zaczęło się w Hutniku.\n\nK i O: Grałeś też w Stali?\n"
        "PZ: Zgadza się, byłem tam rok.\nK i O: Masz radę dla młodych bramkarzy?\n"
        "PZ: Trenujcie codziennie.\n"
    )
    assert asked(polish) == [
        ("Kuba i Olek", "W jakim klubie zaczynałeś karierę?"),
        ("K i O", "Grałeś też w Stali?"),
        ("K i O", "Masz radę dla młodych bramkarzy?"),
    ]
    # "i" inside a sentence before a colon is no name: the line stays the answer's text.
    sentence = doc(
        "Wywiad\n\nKuba: Co lubisz?\n\nPiotr: Lubię mecze i treningi: to moje życie.\n\n"
        "Kuba: A co jeszcze?\n\nPiotr: Góry i morze: jeżdżę tam latem.\n"
    )
    assert asked(sentence) == [("Kuba", "Co lubisz?"), ("Kuba", "A co jeszcze?")]


# --- Numbered questions between numbered answers -----------------------------------------------


def test_a_line_opening_with_the_next_number_after_a_numbered_answer_is_the_next_question():
    paper = doc(
        "Il capitano compie 45 anni\n\n"
        "1- CHE REGALO VORRESTI DALLA TUA SQUADRA ?\n"
        "1. Una vittoria, anche senza meritarla, visto che la fortuna ci deve parecchio.\n"
        "2- COSA TI ASPETTI DA QUESTA STAGIONE ?\n"
        "2. Di cominciarla. Finora ho avuto un problema alla caviglia, parto adesso.\n"
        "3 – CHI VINCE LA PARTITA, IL MISTER O IL GRUPPO ?\n"
        "3. Dopo tanti anni di calcio non l'ho ancora capito, e forse è meglio così.\n"
        "4- COSA TI FA PIU' ARRABBIARE IN CAMPO ?\n"
        "4. Un po' tutto, ma dopo trenta secondi trovo il modo di non pensarci più.\n"
    )
    assert [heading for _, heading in asked(paper)] == [
        "CHE REGALO VORRESTI DALLA TUA SQUADRA ?", "COSA TI ASPETTI DA QUESTA STAGIONE ?",
        "CHI VINCE LA PARTITA, IL MISTER O IL GRUPPO ?", "COSA TI FA PIU' ARRABBIARE IN CAMPO ?",
    ]
    # An item's line going on with a number that is not the next one's, or with no capital
    # after its mark, is the item's text going on.
    timetable = doc(
        "Programma\n\n1. The talk ran from\n2 - 4 pm, then lunch.\n2. Prices rose by\n"
        "15 - Twenty percent, said the board.\n3. Then a walk.\n"
    )
    assert [b.text for b in timetable.blocks][1:] == [
        "1. The talk ran from 2 - 4 pm, then lunch.",
        "2. Prices rose by 15 - Twenty percent, said the board.",
        "3. Then a walk.",
    ]


# --- A headline that ends with a period ---------------------------------------------------------


def test_a_short_sentence_above_a_caption_or_dateline_is_the_headline_but_not_above_text():
    captioned = doc(
        f"Redactie bij een lid van de supportersvereniging.\n\n"
        f"Foto: links interviewer Kees Vermeer en rechts Ilse Hoekstra.\n\n{LONG}\n\n{LONG}\n"
    )
    assert captioned.title == "Redactie bij een lid van de supportersvereniging."
    first_sentence = doc(f"We went down to the harbour at dawn.\n\n{LONG}\n\n{LONG}\n")
    assert first_sentence.title != "We went down to the harbour at dawn."


# --- A paragraph that only numbers the question ------------------------------------------------


def test_a_paragraph_that_only_numbers_the_question_is_not_part_of_its_heading():
    answers = (
        "Because my father did, and his father before him, and the sea was all we knew.",
        "The ships are bigger, the crews smaller, and the paperwork has tripled since then.",
        "Without a doubt, every single day of it, even the winters on the night shift.",
    )
    numbered = doc(
        "Meeting the harbour master\n\nQuestion 1\n\nWhy did you start working on the boats?\n\n"
        f"{answers[0]}\n\nQuestion 2\n\nWhat changed in twenty years?\n\n{answers[1]}\n\n"
        f"Question 3\n\nWould you do it again?\n\n{answers[2]}\n"
    )
    assert [heading for _, heading in asked(numbered)] == [
        "Why did you start working on the boats?", "What changed in twenty years?",
        "Would you do it again?",
    ]
    # A line with more than the number says something: it stays in the question's heading.
    worded = doc(
        "Meeting the harbour master\n\nQuestion 1\n\nWhy did you start working on the boats?\n\n"
        f"{answers[0]}\n\nQuestion 2 from a reader\n\nWhat changed in twenty years?\n\n"
        f"{answers[1]}\n\nQuestion 3\n\nWould you do it again?\n\n{answers[2]}\n"
    )
    assert "Question 2 from a reader What changed in twenty years?" in [
        heading for _, heading in asked(worded)]
