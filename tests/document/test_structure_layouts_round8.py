"""Layout rules found in the eighth round's real pages (press conferences, children's and
school interviews, radio transcripts, guides and letters), each with a document it must catch
and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- Dashed turns for everyone, the replies no longer than the questions --------------------


def test_dashed_turns_whose_replies_never_ask_are_an_interview_however_short():
    document = doc(
        "Entrevista imaginada\n\nFizemos esta entrevista na aula de Português.\n\n"
        "- Boa tarde. Quantos jogos já fez pelo clube?\n- Já fiz 160 jogos e marquei três golos.\n"
        "- Não acha poucos golos?\n- Não, na minha posição é muito difícil marcar golos.\n"
        "- Imagino que gostaria de ter jogado na seleção.\n- É verdade, mas não me tira o sono.\n"
        "- O que sente quando entra em campo?\n- Algum nervosismo, e muita vontade de ganhar.\n"
    )
    assert asked(document) == [
        ("", "Boa tarde. Quantos jogos já fez pelo clube?"),
        ("", "Não acha poucos golos?"),
        ("", "Imagino que gostaria de ter jogado na seleção."),
        ("", "O que sente quando entra em campo?"),
    ]


def test_a_bulleted_list_among_an_articles_prose_is_no_dialogue():
    document = doc(
        "Packing for the island\n\nThe ferry leaves at nine, and the shop on the island closes "
        "early, so bring what you need. We asked the regulars what they never forget.\n\n"
        "- Is the water safe to drink?\n- A spare pair of dry socks in a plastic bag.\n"
        "- Cash, since the card machine at the kiosk rarely works.\n"
        "- A torch, because the path back from the pub has no lights.\n"
        "- Do you need to book the campsite?\n- Sun cream, even when the morning looks grey.\n"
        "- Midge spray for the evenings by the water.\n- A paper map of the coastal path.\n\n"
        "Most of it fits in a small rucksack, and the rest you can borrow from the warden, who "
        "has seen every kind of forgotten thing in thirty summers on the island.\n\n"
        "The last ferry back leaves at six, and it does not wait for anyone.\n"
    )
    assert not document.questions


# --- A guide's question headings over its steps -----------------------------------------------


def test_question_headings_over_lists_are_a_guides_sections():
    guide = doc(
        "# Cómo preparar la entrevista\n\n## ¿Cómo investigo la empresa?\n\n"
        "1. Lee su página.\n2. Busca noticias.\n\n## ¿Qué llevo?\n\n- El currículum.\n"
        "- Una libreta.\n\n## ¿Qué hago después?\n\nEnvía un correo de agradecimiento.\n",
        markdown=True,
    )
    assert guide.kind is not DocumentKind.INTERVIEW and not guide.questions
    # An interview whose answers are prose, one of them with a list, keeps its questions.
    interview = doc(
        "# Entrevista con Nuria Campos\n\n## ¿Cuándo empezó a dibujar?\n\n"
        "Muy tarde, a los treinta, cuando dejé el despacho.\n\n## ¿Qué lleva siempre encima?\n\n"
        "Tres cosas:\n\n- un lápiz blando,\n- una libreta.\n\n## ¿Y su familia?\n\n"
        "Mi madre lo entendió enseguida; mi padre tardó diez años.\n",
        markdown=True,
    )
    assert [q.heading for q in interview.questions] == [
        "¿Cuándo empezó a dibujar?", "¿Qué lleva siempre encima?", "¿Y su familia?",
    ]


# --- Short questions answered in turn under an announced interview ----------------------------


def test_four_questions_answered_in_turn_below_an_announced_interview():
    document = doc(
        "Kinderpersbureau\n\nHieronder een interview met iemand die de slappe lach kreeg:\n\n"
        "Waarom doe je mee?\n\nOmdat ik graag een krantje maak.\n\nWaarover wil je schrijven?\n\n"
        "Dieren en grapjes.\n\nWat zeg je tegen andere kinderen?\n\nBlijf oefenen.\n\n"
        "En tegen grote mensen?\n\nBeter luisteren.\n\n(vragen door Jorien)\n"
    )
    assert len(document.questions) == 4
    # The same pairs with no interview announced are a quiz (round 4), and a worksheet's
    # lines under an announced interview answer nothing.
    worksheet = doc(
        "Worksheet\n\nRead the interview on page 12, then answer.\n\nWho is she?\n\n______\n\n"
        "Why this job?\n\n______\n\nWhat does she miss?\n\n______\n\nWould you do it?\n\n______\n"
    )
    assert not worksheet.questions


# --- Letters that abbreviate the names of the first turns ---------------------------------------


def test_letters_after_full_names_are_those_speakers_not_domanda_and_risposta():
    document = doc(
        "Wywiad z Panią Dyrektor\n\nRozmawiali uczniowie klasy piątej.\n\n"
        "Redaktorzy: Co jest najtrudniejsze?\n\nDyrektor: Brak pieniędzy na remonty.\n\n"
        "R: Czy trudno kieruje się szkołą?\n\nD: Bardzo. To dwa różne światy.\n\n"
        "R: Jak spędza Pani wolny czas?\n\nD: Najchętniej w ogrodzie.\n"
    )
    assert asked(document) == [
        ("Redaktorzy", "Co jest najtrudniejsze?"),
        ("R", "Czy trudno kieruje się szkołą?"),
        ("R", "Jak spędza Pani wolny czas?"),
    ]
    # With no names spelt out before them, "D." asks and "R." answers, as in Italian.
    italian = doc(
        "Intervista via e-mail\n\nD. Come è nato il libro?\n\nR. Da un viaggio in treno.\n\n"
        "D. Quanto ci ha messo?\n\nR. Due anni, scrivendo di notte.\n"
    )
    assert asked(italian) == [("D", "Come è nato il libro?"), ("D", "Quanto ci ha messo?")]


# --- A question and its dashed answer on the next line -----------------------------------------


def test_a_question_line_then_its_dashed_answer_line_are_two_turns():
    document = doc(
        "Skicka vidare\n\nKarin Ek svarar på frågorna.\n\n"
        "Vad är ditt viktigaste uppdrag, tycker du?\n– Att personalen trivs och kommer till "
        "jobbet med glädje, för då kan vi stötta eleverna.\n\n"
        "Om du hade en trollstav – vad skulle du ändra?\n– Jag skulle ta bort all mobbning och "
        "alla kränkningar, i alla skolor.\n\n"
        "Vad hade du blivit annars?\n– Kock, och rest runt och skrivit om mat i olika länder.\n"
    )
    assert [q.heading for q in document.questions] == [
        "Vad är ditt viktigaste uppdrag, tycker du?",
        "Om du hade en trollstav – vad skulle du ändra?",
        "Vad hade du blivit annars?",
    ]
    # A dash inside one line of prose after a question is no answer's line.
    prose = doc(
        "Vad händer nu?\n\nVad händer nu? – Det vet ingen, sade hon, och gick hem.\n"
        "Vi väntade länge.\n\nVarför? – Ingen svarade, och bussen kom.\nDet var sent.\n\n"
        "Vem då? – Han som bor vid torget, sade de.\nSen kom regnet.\n"
    )
    assert not prose.questions


# --- Each line a question and its answer -----------------------------------------------------


def test_lines_each_holding_a_question_and_its_answer_are_turns():
    document = doc(
        "Grandchildren interviews\n\nWe played reporters in the car. Here are T's answers.\n\n"
        "Interview with T\nHow old are you?  Seven.\nWhat grade are you in?  Second grade.\n"
        "Who is your teacher?  Mr. B.\nDo you have a pet?  A cat.\n"
    )
    assert [q.heading for q in document.questions] == [
        "How old are you?", "What grade are you in?", "Who is your teacher?",
        "Do you have a pet?",
    ]
    assert "Second grade." in document.text
    # Lines of prose that ask mid-line and run on are no turns.
    prose = doc(
        "The harbour\n\nWhy build there? Nobody could say, and the council\n"
        "never answered. What did the fishermen think? They said\n"
        "nothing at all, as fishermen do? Perhaps not.\n"
    )
    assert not prose.questions


# --- The interviewer named once, then only dashes ----------------------------------------------


def test_the_interviewer_named_on_the_first_question_then_only_dashes():
    document = doc(
        "Entre lápices\n\nHablamos con Nuria Campos en su taller.\n\n"
        "MARTA RIBAS: ¿Cuándo decidiste dibujar para vivir?\n\n"
        "—Muy tarde. Estudié Derecho porque era lo sensato, y dibujaba por las noches hasta "
        "que me di cuenta de que era lo único que me importaba.\n\n—¿Y tu familia lo entendió?\n\n"
        "—Mi madre sí. Mi padre tardó diez años, hasta que vio un libro mío en un escaparate.\n\n"
        "—En el álbum aparece mucho la biblioteca del pueblo.\n\n"
        "—Porque allí aprendí a leer de verdad, con los libros de mayores que me prestaban.\n\n"
        "—¿Qué le dirías a alguien que empieza?\n\n"
        "—Que dibuje todos los días, aunque sea un vaso.\n"
    )
    assert asked(document) == [
        ("MARTA RIBAS", "¿Cuándo decidiste dibujar para vivir?"),
        ("", "¿Y tu familia lo entendió?"),
        ("", "En el álbum aparece mucho la biblioteca del pueblo."),
        ("", "¿Qué le dirías a alguien que empieza?"),
    ]
    # A lead-in named once before a story's dialogue that asks on both sides stays text.
    story = doc(
        "El viaje\n\nNota: ¿quién recuerda aquel verano?\n\n—¿Vienes?\n\n—¿Adónde?\n\n"
        "—¿Al río?\n\n—¿Ahora?\n"
    )
    assert not story.questions


# --- A translator's credit ---------------------------------------------------------------------


def test_a_translators_credit_in_italics_is_no_first_question():
    document = doc(
        "# Entretien avec Maren Holt\n\n*Traduit de l'anglais par Lucie Ferrand. L'entretien a "
        "été raccourci.*\n\nRomancière installée à Londres, Maren Holt publie son cinquième "
        "livre.\n\n*Pourquoi commencer par la fin ?*\n\nParce que le lecteur sait déjà comment "
        "les choses finissent, dans la vie comme dans les livres.\n\n*Est-ce une contrainte ?*\n\n"
        "C'est une liberté. En norvégien, j'entends ma mère derrière chaque phrase.\n",
        markdown=True,
    )
    assert [q.heading for q in document.questions] == [
        "Pourquoi commencer par la fin ?", "Est-ce une contrainte ?",
    ]
    # A first question in italics that mentions a translation is still one.
    asked_first = doc(
        "# Entretien\n\n*Traduit-on mieux ce qu'on aime ?*\n\nSans doute, et je le crois depuis "
        "toujours, pour avoir traduit des livres que je n'aimais pas.\n\n*Et vos débuts ?*\n\n"
        "Je traduisais des notices de machines à laver pour une usine de Lyon.\n",
        markdown=True,
    )
    assert len(asked_first.questions) == 2


# --- A hearing: a chair, members, a witness ----------------------------------------------------

HEARING = (
    "Hearing of the Subcommittee\n\nThe subcommittee met at 10:00 a.m.\n\n"
    "Mr. Berg. The meeting will come to order. I welcome our witness, Ms. Vale.\n\n"
    "Ms. Vale. Thank you, Mr. Chairman.\n\n"
    "Mr. Berg. Why does the chamber need a new committee?\n\n"
    "Ms. Vale. Because the rules were written for a building that is always open.\n\n"
    "Mr. Berg. Thank you. Mr. Ruiz.\n\n"
    "Mr. Ruiz. Who would appoint its members?\n\n"
    "Ms. Vale. The leaders of both parties, six each.\n\n"
    "Mr. Ruiz. I yield back.\n\n"
    "Mr. Berg. The hearing is adjourned.\n"
)


def test_a_hearings_questions_are_those_the_witness_answers():
    assert asked(doc(HEARING)) == [
        ("Mr. Berg", "Why does the chamber need a new committee?"),
        ("Mr. Ruiz", "Who would appoint its members?"),
    ]
    # An interviewer whom the guest answers each time keeps every turn, remarks too.
    interview = doc(
        "Two reporters\n\nAnna: Welcome, Mr. Berg. Why the new committee?\n\n"
        "Berg: Because the rules were written for a building that is always open.\n\n"
        "Tom: And who appoints its members?\n\nBerg: The leaders of both parties.\n\n"
        "Anna: That sounds slow.\n\nBerg: It is, and it should be.\n\n"
        "Tom: Will you sit on it?\n\nBerg: No, never.\n\nAnna: Thank you.\n"
    )
    assert [q.heading for q in interview.questions][:4] == [
        "Welcome, Mr. Berg. Why the new committee?", "And who appoints its members?",
        "That sounds slow.", "Will you sit on it?",
    ]


# --- A court record: the examiner named first, a commentator's notes ---------------------------

COURT = (
    "A real transcript, with our notes\n\nBelow is part of a direct examination.\n\n"
    "ATTY. REYES:     Who was with you at that time?\n\n"
    "WITNESS   :       My son, and my wife upstairs.\n"
    "Q      :       What were you doing then?\n"
    "A      :       Watching the television.\n"
    "Q      :       The sofa you mean is the one near the window.\n"
    "Note: some would call this a leading question. Nobody objected, so it went in.\n"
    "A      :       Yes, sir. Right next to it.\n"
    "Q      :       How high is that window?\n"
    "COURT:     Which one?\n"
    "ATTY. REYES:     The glass window, Your Honor.\n"
    "WITNESS:     About three feet.\n"
)


def test_a_court_records_examiner_named_first_and_a_note_between_q_and_a():
    assert asked(doc(COURT)) == [
        ("ATTY. REYES", "Who was with you at that time?"),
        ("Q", "What were you doing then?"),
        ("Q", "The sofa you mean is the one near the window."),
        ("Q", "How high is that window?"),
    ]
    # A question running on to a second paragraph before its answer still asks with it.
    on = doc(
        "Record\n\nQ: Let me put it another way.\n\nWhere were you standing?\n\nA: By the door."
        "\n\nQ: And then?\n\nA: I left.\n"
    )
    assert [q.heading for q in on.questions] == [
        "Let me put it another way. Where were you standing?", "And then?",
    ]


# --- A numbered question with the guest's quoted words on its next line ------------------------


def test_a_numbered_question_above_a_quotation_is_split_from_it():
    document = doc(
        "Klassikan henki\n\nVeeti Rantala\n\n1. Kuinka kauan olet opiskellut täällä?\n\n"
        "”Kolmatta vuotta”, Veeti kertoo.\n\n2. Millaisena koet koulun hengen?\n"
        "”Hyvänä. Kaikkien kanssa tulee toimeen”, Veeti toteaa.\n\n3. Miksi valitsit koulun?\n\n"
        "”Isoveli kävi täällä”, Veeti kertoo.\n"
    )
    assert [q.heading for q in document.questions] == [
        "Kuinka kauan olet opiskellut täällä?", "Millaisena koet koulun hengen?",
        "Miksi valitsit koulun?",
    ]
    # An item that asks nothing keeps its quoted second line.
    shopping = doc("List\n\n1. Milk\n”the fresh one”\n\n2. Bread\n")
    assert shopping.blocks[1].text.startswith("1. Milk")
    assert "the fresh one" in shopping.blocks[1].text


# --- A photo's file name glued before the first turn --------------------------------------------


def test_a_photo_file_name_glued_before_the_first_turn():
    document = doc(
        "Interviu cu doamna profesoară\n\nDSC_0412Reporter: De câți ani sunteți profesoară?\n\n"
        "VIP: Predau de 22 de ani.\n\nReporter: Ce hobby-uri aveți?\n\n"
        "VIP: Grădinăritul și fotografia.\n"
    )
    assert asked(document) == [
        ("Reporter", "De câți ani sunteți profesoară?"), ("Reporter", "Ce hobby-uri aveți?"),
    ]
    # The file name is left out of the question's heading, not out of the text.
    assert "DSC_0412Reporter: De câți ani" in document.text
    # A name that merely starts like one ("Pia2000: …", no capital right after the digits'
    # run) is the speaker's.
    named = doc(
        "Interviu\n\nPia2000: De câți ani?\n\nVIP: De doi ani.\n\nPia2000: Și acum?\n\n"
        "VIP: Tot așa, de doi.\n"
    )
    assert [q.speaker for q in named.questions] == ["Pia2000", "Pia2000"]


# --- A question to several guests, their named answers on the lines below ----------------------


def test_a_question_line_then_each_guests_named_answer_line():
    document = doc(
        "Q&A with the cast\n\nHow did you meet?\nDana Whitfield: At a workshop in Lisbon.\n\n"
        "Omar, why this role?\nOmar Seddik: The silence of it.\n\n"
        "Can you each describe your first reaction?\nInes Moreau: I missed my stop.\n"
        "Lukas Brandt: I thought it was unfilmable.\n"
    )
    assert [q.heading for q in document.questions][-1] == (
        "Can you each describe your first reaction?"
    )
    # A sentence that names someone mid-line after a question is no answer's line.
    prose = doc(
        "Notes\n\nWho came? Many people. As Dana Whitfield: wrote, it was a good night\n"
        "for everyone.\n"
    )
    assert not prose.questions


# --- Formats: a turn cut where a PDF's page breaks, a forum's path of links ---------------------


def test_a_dashed_turn_cut_in_two_by_a_page_break_goes_on():
    turns = [
        "- Good evening. It was close to a perfect game, and we defended in an organised way.",
        "- Rui, what would you promise the fans if the team reaches the final?",
        "- Our next match is against Millbury, and that is all I think about tonight.",
        "- Which team would you rather avoid in the knockout round?",
        "- I have not thought about it at all. Tonight we enjoy the win with our fans.",
        "- Westbrook's coach said before the game that",
        "he knew how to beat you. How did you surprise him?",
        "- We closed the spaces where they are most dangerous, and they hardly threatened us.",
        "- They started with three centre-backs. Had you prepared for that?",
        "- We studied them carefully and prepared for several shapes, and it worked well.",
    ]
    document = doc("Nearly a perfect night\n\n" + "\n\n".join(turns) + "\n", markdown=True)
    assert [q.heading for q in document.questions] == [
        "Rui, what would you promise the fans if the team reaches the final?",
        "Which team would you rather avoid in the knockout round?",
        "Westbrook's coach said before the game that he knew how to beat you. How did you "
        "surprise him?",
        "They started with three centre-backs. Had you prepared for that?",
    ]
    # A paragraph opening in capitals between the turns breaks the run: no interview.
    broken = [t if not t.startswith("he knew") else "He knew it. Why?" for t in turns]
    assert not doc("Night\n\n" + "\n\n".join(broken) + "\n", markdown=True).questions


def test_a_forums_path_of_links_that_asks_is_no_question():
    document = doc(
        "<h1>Tomaten platzen auf</h1>\n\nForum › Garten & Balkon › Tomaten platzen auf – was "
        "tun?\n\nBeitrag von gruenfink: Seit dem Regen platzen alle Tomaten auf. Ich gieße "
        "jeden Abend, und die Erde ist trotzdem trocken.\n\nZitat von gruenfink: Liegt das am "
        "Gießen?\n\nWahrscheinlich ja. Lieber morgens und gleichmäßig gießen.\n",
        markdown=True,
    )
    assert not document.questions
    # A question that merely names a path ("A > B > C?") in a turn still asks.
    asked_path = doc(
        "Interview\n\nQ: Menu › Settings › Sound: where is the volume?\n\nA: Under Sound, at "
        "the top.\n\nQ: And the voice?\n\nA: Under Speech.\n"
    )
    assert len(asked_path.questions) == 2
