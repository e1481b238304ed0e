"""Layout rules found in the thirteenth round's real pages (a library director answering
readers who sign with their first name only), each with a document it must catch and one it
must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- Readers' questions, each signed with a first name only -------------------------------


def test_readers_signing_with_a_first_name_are_the_askers_of_an_online_interview():
    document = doc(
        "On-line rozhovor s ředitelem knihovny\n\n"
        "Ředitel knihovny odpovídal ve středu na dotazy čtenářů.\n\n"
        "Zdenka: Musí si knihovnice někdy přivydělávat brigádami?\n\n"
        "Pokud se nabídne brigáda, knihovnice ji asi ráda vezme.\n\n"
        "Alice: Co vás na knihovně nejvíc mrzí?\n\n"
        "Že ji město finančně skoro nepodporuje.\n\n"
        "Evča: Víte něco o krbu v půjčovně? Prý je z Pompejí.\n\n"
        "Takových historek bych mohl sepsat desítky.\n\n"
        "Jana: Jste místní rodák?\n\n"
        "Nejsem, narodil jsem se v Praze.\n"
    )
    assert asked(document) == [
        ("Zdenka", "Musí si knihovnice někdy přivydělávat brigádami?"),
        ("Alice", "Co vás na knihovně nejvíc mrzí?"),
        ("Evča", "Víte něco o krbu v půjčovně? Prý je z Pompejí."),
        ("Jana", "Jste místní rodák?"),
    ]
    assert document.kind is DocumentKind.INTERVIEW


def test_a_reader_whose_turn_asks_nothing_means_the_names_are_no_readers():
    # Three first names or more must ask: with two asking and one thanking ("Petr: Díky za
    # článek"), the names are a comment thread's commenters, not readers' questions.
    document = doc(
        "Diskuse pod článkem\n\n"
        "Zdenka: Kdy bude knihovna otevřená v létě?\n\n"
        "To by mě taky zajímalo.\n\n"
        "Alice: Půjčují se i deskové hry?\n\n"
        "Myslím, že ano.\n\n"
        "Petr: Díky za článek, byl zajímavý.\n\n"
        "Souhlasím.\n"
    )
    assert all(speaker not in ("Zdenka", "Alice", "Petr") for speaker, _ in asked(document))


def test_named_remarks_that_ask_nothing_are_no_readers_questions():
    document = doc(
        "Unsere Woche im Verein\n\n"
        "Anna: Die Halle war am Samstag voll.\n\n"
        "Das Turnier dauerte bis in den Abend.\n\n"
        "Jonas: Die neuen Trikots sind da.\n\n"
        "Sie wurden von der Bäckerei gespendet.\n\n"
        "Lena: Der Ausflug findet im Mai statt.\n\n"
        "Anmeldungen nimmt der Vorstand entgegen.\n"
    )
    assert asked(document) == []
    assert document.kind is not DocumentKind.INTERVIEW


# --- A question's line above an answer of several lines -----------------------------------


def test_a_question_line_above_an_answer_of_several_lines_is_a_question():
    document = doc(
        "Mittwoch, 18. Juli 2012\n\n"
        "Noch ein Interview\n\n"
        "Wie war deine Stimmung auf der Kundgebung?\n"
        "Richtig gut. Als mit der Polizei gedroht wurde, war ich erst recht dabei.\n\n"
        "Was ging dir auf der Fahrt durch den Kopf?\n"
        "Was erwartet mich dort, was sage ich, wenn mich einer fragt.\n"
        "Ich war froh, endlich mit anderen etwas zu tun,\n"
        "denn von dem Lohn kann man kaum leben.\n\n"
        "Geduld ist eine Tugend – wie siehst du das?\n"
        "Ja! Beim Puzzeln…\n\n"
        "Der Tag danach: Wie war die Stimmung?\n"
        "Immer noch gut. Stolz, ja; nicht nur meckern, sondern handeln!\n"
        "Wir haben alles richtig gemacht.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Wie war deine Stimmung auf der Kundgebung?",
        "Was ging dir auf der Fahrt durch den Kopf?",
        "Geduld ist eine Tugend – wie siehst du das?",
        "Der Tag danach: Wie war die Stimmung?",
    ]


def test_a_prompt_whose_later_lines_ask_again_is_a_worksheet_not_an_answer():
    # A worksheet's task: a question, an instruction, another question — the lines under the
    # first question ask too, so they are no answer to it.
    document = doc(
        "Arbeitsblatt Geschichte\n\n"
        "Wer war Karl der Große?\n"
        "Lies den Text auf Seite 12.\n"
        "Wann wurde er zum Kaiser gekrönt?\n\n"
        "Was war die Pfalz?\n"
        "Schau dir die Karte an.\n"
        "Wo lag die Pfalz in Aachen?\n\n"
        "Wer regierte nach ihm?\n"
        "Suche im Lexikon.\n"
        "Wie lange regierte er?\n\n"
        "Was ist ein Kloster?\n"
        "Schreibe zwei Sätze.\n"
        "Wer lebte dort?\n"
    )
    assert asked(document) == []
    assert document.kind is not DocumentKind.INTERVIEW


# --- A question opening its answer's paragraph, unmarked ----------------------------------


def test_questions_opening_their_answers_paragraphs_are_questions():
    document = doc(
        "Meet a Librarian: Dana Whitcombe\n\n"
        "What book are you reading right now? Too many at once! A history of lighthouses, "
        "and a cookbook I keep meaning to use.\n\n"
        "Where is your favorite spot in the library? The map room on the third floor. The "
        "light is wonderful in the afternoon.\n\n"
        "What's the best part of working for the Libraries? The students, and the moment "
        "they realize how much we can help.\n\n"
        "What is one thing you wish students knew? That we lend laptops and board games too.\n"
    )
    assert [text for _, text in asked(document)] == [
        "What book are you reading right now?",
        "Where is your favorite spot in the library?",
        "What's the best part of working for the Libraries?",
        "What is one thing you wish students knew?",
    ]


def test_an_articles_rhetorical_openings_among_its_paragraphs_are_no_questions():
    document = doc(
        "Why our town keeps flooding\n\n"
        "Every spring the river rises, and every spring the same streets go under.\n\n"
        "Why does it matter now? Because the new estate drains straight into the old culverts.\n\n"
        "The council commissioned a survey in 2019, and its findings were never published.\n\n"
        "Residents on Mill Lane have sandbagged their doors four times this year.\n\n"
        "What can be done? Engineers say the culverts could be widened within two years.\n\n"
        "The money, however, has been promised to the ring road.\n\n"
        "A meeting is planned for next month at the town hall.\n\n"
        "Who pays in the end? The people on Mill Lane, as always.\n\n"
        "The survey's authors declined to comment.\n"
    )
    assert asked(document) == []
    assert document.kind is not DocumentKind.INTERVIEW


# --- A guide's labelled examples of questions, wholly quoted -------------------------------


def test_labelled_examples_of_questions_in_quotes_are_shown_not_asked():
    document = doc(
        "Preguntas para entrevistas con clientes\n\n"
        "Vas a hablar con un posible cliente. Tienes media hora. ¿Qué le preguntas?\n\n"
        "Casi todos los fundadores improvisan y hablan de su solución demasiado pronto.\n\n"
        'Mala pregunta: "¿Pagarías 99 € al mes por una herramienta que resuelva X?"\n\n'
        'Buena pregunta: "Cuéntame la última vez que te pasó X. ¿Qué hiciste?"\n\n'
        "Los cuatro tipos de entrevista con clientes se explican a continuación.\n"
    )
    assert asked(document) == []
    assert document.kind is not DocumentKind.INTERVIEW


def test_a_lead_in_before_a_question_that_is_not_quoted_still_asks():
    document = doc(
        "Interview mit der Bibliothekarin\n\n"
        "Seit wann arbeiten Sie hier?\n\n"
        "Seit zwölf Jahren, davor war ich Buchbinderin in einer kleinen Werkstatt.\n\n"
        "Was gefällt Ihnen am meisten?\n\n"
        "Die Kinder, die jeden Freitag zum Vorlesen kommen und immer neue Fragen haben.\n\n"
        "Zum Schluss: Welches Buch empfehlen Sie?\n\n"
        "Eines, das man nicht aus der Hand legen kann, ganz gleich welches.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Seit wann arbeiten Sie hier?",
        "Was gefällt Ihnen am meisten?",
        "Zum Schluss: Welches Buch empfehlen Sie?",
    ]
