"""Named-speaker rules of the second speakers round (podcasts, radio, hearings, panels, chat
logs, plays), each with a document it must catch and one it must not."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- The interviewer's asides: a remark, a welcome answered in kind, the closing thanks --------

_RADIO = (
    "Morning guest: a bookseller from Nantes\n\n"
    "Léa: Bonjour à tous, il est 7 h 50, et notre invité tient depuis trente ans une "
    "librairie au centre de Nantes. Marc Dupuy, bonjour.\n\n"
    "Marc: Bonjour Léa, bonjour à tous.\n\n"
    "Léa: On entend partout que les gens ne lisent plus. C'est ce que vous voyez ?\n\n"
    "Marc: Pas du tout. Ils lisent autrement, ils achètent plus de livres d'occasion, mais "
    "ils lisent.\n\n"
    "Léa: Moi, je l'avoue, je lis surtout dans le train. Et l'été, un peu plus.\n\n"
    "Marc: Comme beaucoup de nos clients.\n\n"
    "Léa: Qu'est-ce qui a le plus changé en trente ans ?\n\n"
    "Marc: Le rythme. Un livre avait six mois pour trouver ses lecteurs, il a trois "
    "semaines.\n\n"
    "Léa: Tack så mycket, Marc.\n"
)


def test_a_hosts_remark_welcome_and_thanks_answered_in_a_line_are_no_questions():
    assert asked(doc(_RADIO)) == [
        ("Léa", "On entend partout que les gens ne lisent plus. C'est ce que vous voyez ?"),
        ("Léa", "Qu'est-ce qui a le plus changé en trente ans ?"),
    ]


def test_a_prompt_that_asks_nothing_stays_a_question_when_answered_at_length_or_laughed_at():
    # "Tell me about …" asks without a "?" and is answered at length; a prompt answered only
    # by laughter is answered later; a welcome answered in other words was a prompt too.
    document = doc(
        "Oral history: the harbour\n\n"
        "Ann: Welcome, and tell us first what your name is.\n\n"
        "Ben: As the sign on my boat says, really.\n\n"
        "Ann: Where did you grow up?\n\n"
        "Ben: On the quay, in the house with the blue door, next to the net loft.\n\n"
        "Ann: Tell me about the winter of the big storm, when the pier went.\n\n"
        "Ben: [laughs]\n\n"
        "Ben: We lost three boats that night and my father's shed, and nobody slept.\n\n"
        "Ann: Who rebuilt the pier?\n\n"
        "Ben: The whole village, over two summers, with stones from the old mill.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Welcome, and tell us first what your name is.",
        "Where did you grow up?",
        "Tell me about the winter of the big storm, when the pier went.",
        "Who rebuilt the pier?",
    ]


# --- A play's script: numbered scenes, stage directions, a cast list ----------------------------

_PLAY_LINES = (
    "MARGARET: Did you lock the gate?\n\n"
    "TOM: I always lock the gate.\n\n"
    "MARGARET: You said that last week, and the goats were in the lane.\n\n"
    "TOM: That was the wind. Who are all these letters from?\n\n"
    "MARGARET: People who want to buy the field.\n\n"
    "TOM: Are you selling?\n\n"
    "MARGARET: Not before I've read them all.\n\n"
)


def test_a_plays_script_with_a_numbered_scene_and_stage_directions_has_no_questions():
    document = doc(
        "The Gate at Millbrook\n\nCHARACTERS\nMARGARET, a retired teacher\nTOM, her nephew\n\n"
        "SCENE 1. A farmhouse kitchen, late evening.\n\n" + _PLAY_LINES
        + "(A knock at the door. Blackout.)\n"
    )
    assert not document.questions


def test_an_interview_about_a_scene_that_laughs_in_brackets_keeps_its_questions():
    # A numbered scene's heading alone, or brackets alone, is no script.
    document = doc(
        "Playing Margaret: an interview\n\n"
        "Scene 1 was the hardest to learn, she says.\n\n"
        "ANNA: How long did you rehearse?\n\n"
        "RUTH: Six weeks, every evening, in a church hall with no heating at all.\n\n"
        "(laughs)\n\n"
        "ANNA: What did the director ask of you?\n\n"
        "RUTH: To be quieter. Margaret never raises her voice, even when she is furious.\n"
    )
    assert [text for _, text in asked(document)] == [
        "How long did you rehearse?", "What did the director ask of you?"]


# --- A chat's log: the time of day, a name, a few words a line -----------------------------------

_CHAT = (
    "#release-planning, exported\n\n"
    "[09:12] Dana: morning all. anyone seen why the nightly build failed?\n"
    "[09:13] Priya: yes, the signing key expired at midnight\n"
    "[09:15] Dana: great, thanks. do we still ship on Thursday?\n"
    "[09:16] Marco: I'd rather slip to Friday, the translations aren't in yet\n"
    "[09:16] Dana: how many are missing?\n"
    "[09:17] Marco: German and Polish, maybe 40 strings each\n"
    "[09:21] Dana: ok. Friday it is, I'll tell support\n"
    "[09:40] Priya: build green\n"
)


def test_a_chats_log_stamped_with_the_time_of_day_has_no_questions():
    assert not doc(_CHAT).questions


def test_a_recordings_transcript_stamped_from_its_start_keeps_its_questions():
    # The same short turns counted from the recording's start are an interview's.
    document = doc(
        "Radio: the harbour master\n\n"
        "00:00:04 Anna: Good morning. Where were you when the storm came in?\n"
        "00:00:09 Joris: On the pier, checking the moorings.\n"
        "00:00:14 Fatima: I was in the office with the radio.\n"
        "00:00:18 Anna: How many boats were out?\n"
        "00:00:21 Joris: Eleven, all back by midnight.\n"
        "00:00:25 Anna: Who called them in?\n"
        "00:00:27 Fatima: I did, one by one.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Good morning. Where were you when the storm came in?",
        "How many boats were out?", "Who called them in?"]


# --- Subtitles pasted as text: the cue's number and timing, the speaker in brackets ------------

_SUBTITLES = (
    "Subtitles: the last watchmaker\n\n"
    "1\n00:00:02,000 --> 00:00:05,500\n[REPORTER] How many years have you repaired watches?\n\n"
    "2\n00:00:06,100 --> 00:00:09,800\n[DVORAK] Fifty-two. I started at my uncle's bench\n"
    "when I was fourteen.\n\n"
    "3\n00:00:10,200 --> 00:00:13,000\n[REPORTER] What do you still enjoy about it?\n\n"
    "4\n00:00:13,400 --> 00:00:18,900\n[DVORAK] The moment the wheel starts again.\n"
    "You never tire of it.\n\n"
    "5\n00:00:23,400 --> 00:00:26,600\n[REPORTER] Will you find someone to take over?\n\n"
    "6\n00:00:27,000 --> 00:00:31,200\n[DVORAK] I have looked for ten years.\n"
)


def test_a_subtitle_cues_number_and_timing_leave_the_heading_its_name_the_speaker():
    assert asked(doc(_SUBTITLES)) == [
        ("REPORTER", "How many years have you repaired watches?"),
        ("REPORTER", "What do you still enjoy about it?"),
        ("REPORTER", "Will you find someone to take over?"),
    ]


def test_an_arrow_inside_a_question_is_no_subtitle_cue():
    from reader.document.structure.speakers.subtitlecues import subtitle_cue

    assert subtitle_cue("Q: What does 00:00:02,000 --> 00:00:05,500 mean in a file?") is None
    assert subtitle_cue("[REPORTER] How many years?") is None


# --- A hearing: each senator named in full on their first turn, by the last name after ----------

_HEARING = (
    "Hearing: the harbour authority\n\n"
    "CHAIRMAN ROBERT HALE: Director Price, thank you for coming before the committee today.\n\n"
    "Most of our work happens behind closed doors. Today is different.\n\n"
    "DIRECTOR MARTIN PRICE: Thank you, Mr. Chairman. I will answer as fully as I can today.\n\n"
    "HALE: Did the authority inspect the pier before the storm?\n\n"
    "PRICE: Twice, Senator, in March and in September, and both reports are public.\n\n"
    "HALE: Who signed the second report?\n\n"
    "PRICE: The chief engineer, who has since retired from the authority.\n\n"
    "SEN. DIANE WALSH: Director, why was the September report published only in December?\n\n"
    "PRICE: Because the engineers' annex had to be translated for the insurers first.\n\n"
    "WALSH: Is that written down somewhere?\n\n"
    "PRICE: It is, and I will send it to you.\n\n"
    "WALSH: Thank you. I look forward to reading it carefully.\n\n"
    "HALE: Thank you, Director. The hearing is adjourned.\n"
)


def test_a_senator_named_in_full_once_then_by_the_last_name_asks_as_one_speaker():
    said = asked(doc(_HEARING))
    assert ("SEN. DIANE WALSH",
            "Director, why was the September report published only in December?") in said
    assert ("HALE", "Who signed the second report?") in said
    assert ("WALSH", "Is that written down somewhere?") in said


def test_the_witness_named_in_full_once_answers_and_asks_nothing():
    texts = [text for _, text in asked(doc(_HEARING))]
    answers = ("Thank you, Mr. Chairman", "Twice", "Because")
    assert not any(text.startswith(answers) for text in texts)


# --- A French record: the title and name closed by a period, an office or a role around them ---

_AUDITION = (
    "Audition de Mme Claire Vautrin, directrice de l'agence\n\n"
    "M. le président Jean Darnal. Mes chers collègues, nous recevons Mme Vautrin ce matin.\n\n"
    "Mme Claire Vautrin. Je vous remercie, monsieur le président. L'agence a traité un nombre "
    "record de dossiers, et je voudrais vous en présenter les chiffres.\n\n"
    "M. Paul Giraud, rapporteur. Quel est aujourd'hui le délai moyen de versement ?\n\n"
    "Mme Claire Vautrin. Il est de quatre mois, six dans certains départements.\n\n"
    "Mme Sophie Marchal (LIOT). Comment expliquez-vous de tels écarts ?\n\n"
    "Mme Claire Vautrin. Par le nombre d'accompagnateurs agréés dans chaque département.\n\n"
    "M. le président Jean Darnal. Envisagez-vous de simplifier le formulaire ?\n\n"
    "Mme Claire Vautrin. Oui, une version allégée sera en ligne avant l'été.\n\n"
    "M. le président Jean Darnal. Je vous remercie.\n\n"
    "La séance est levée à onze heures.\n"
)


def test_a_french_records_period_labels_with_office_role_or_group_open_the_turns():
    said = asked(doc(_AUDITION))
    assert ("M. Paul Giraud, rapporteur",
            "Quel est aujourd'hui le délai moyen de versement ?") in said
    assert ("Mme Sophie Marchal", "Comment expliquez-vous de tels écarts ?") in said
    assert ("M. le président Jean Darnal", "Envisagez-vous de simplifier le formulaire ?") in said
    assert "Je vous remercie." not in [text for _, text in said]


def test_a_news_paragraph_opened_by_a_name_and_a_period_is_no_turn():
    document = doc(
        "Le maire visite le chantier\n\n"
        "M. Dupont. Le maire est arrivé à dix heures, accompagné de ses adjoints.\n\n"
        "Il a salué les ouvriers et posé des questions sur le calendrier des travaux.\n\n"
        "Le chantier doit se terminer au printemps, selon l'entreprise.\n"
    )
    assert not document.questions


# --- A committee's record: the office before the name, members asking once each ---------------

_STENOGRAM = (
    "Pełny zapis przebiegu posiedzenia Komisji Zdrowia (nr 27)\n\n"
    "Przewodniczący poseł Adam Wolski (KO): Otwieram posiedzenie. Proszę pana ministra.\n\n"
    "Podsekretarz stanu w Ministerstwie Zdrowia Piotr Lis: Dziękuję. Czas oczekiwania "
    "skrócił się w ubiegłym roku o dwa tygodnie.\n\n"
    "Przewodniczący poseł Adam Wolski (KO): Dziękuję. Otwieram dyskusję.\n\n"
    "Poseł Ewa Kruk (PiS): Panie ministrze, ile wynosi dziś czas oczekiwania na "
    "endokrynologa?\n\n"
    "Podsekretarz stanu w Ministerstwie Zdrowia Piotr Lis: Około ośmiu miesięcy, to jeden z "
    "najgorszych wyników w kraju.\n\n"
    "Poseł Marek Zając (Lewica): Co ministerstwo zamierza zrobić w tym roku?\n\n"
    "Podsekretarz stanu w Ministerstwie Zdrowia Piotr Lis: Zwiększamy wyceny porad.\n\n"
    "Przewodniczący poseł Adam Wolski (KO): Dziękuję. Zamykam posiedzenie.\n"
)


def test_members_asking_once_each_between_a_chair_and_a_witness_named_by_office():
    assert asked(doc(_STENOGRAM)) == [
        ("Poseł Ewa Kruk", "Panie ministrze, ile wynosi dziś czas oczekiwania na endokrynologa?"),
        ("Poseł Marek Zając", "Co ministerstwo zamierza zrobić w tym roku?"),
    ]


def test_a_report_quoting_officials_by_office_and_name_has_no_questions():
    document = doc(
        "Neue Brücke eröffnet\n\n"
        "Der Verkehr rollt wieder über den Fluss, nach zwei Jahren Bauzeit.\n\n"
        "Bürgermeister Hans Müller: Wir haben Wort gehalten, und das unter dem Budget.\n\n"
        "Landrätin Eva Roth: Die Brücke verbindet zwei Ortsteile, die lange getrennt waren.\n\n"
        "Bürgermeister Hans Müller: Danke an alle, die Geduld hatten.\n\n"
        "Die Feier ging bis in den Abend.\n"
    )
    assert not document.questions


# --- A head block's line run into the first turn of the same label -----------------------------

_FOCUS_GROUP = (
    "Bilag 3: Transskription af fokusgruppeinterview\n\n"
    "Dato: 14. april 2023. Varighed: 52 minutter. Sted: Skolens bibliotek.\n"
    "Deltagere: Mette, Søren og Aisha (forældre til elever i 4. klasse). Moderator: Line Holm.\n\n"
    "Moderator: Velkommen. Hvordan bruger jeres børn skolens tablets derhjemme?\n\n"
    "Mette: Mest til lektier, men de ender tit med at se videoer bagefter.\n\n"
    "Søren: Hos os ligger den i skoletasken hele weekenden.\n\n"
    "Moderator: Hvad ville I gerne have, at skolen fortalte jer?\n\n"
    "Aisha: Hvilke apps de skal bruge, og hvor lang tid lektierne bør tage.\n\n"
    "Mette: Enig, især med tiden.\n\n"
    "Moderator: Har I talt med andre forældre om reglerne?\n\n"
    "Søren: Kun i klassens gruppe, og der bliver det hurtigt en diskussion.\n"
)


def test_the_head_blocks_moderator_line_is_not_the_first_questions_start():
    assert [text for _, text in asked(doc(_FOCUS_GROUP))][0] == (
        "Velkommen. Hvordan bruger jeres børn skolens tablets derhjemme?")


def test_a_one_word_prompt_the_guest_answers_stays_a_question():
    document = doc(
        "Word association with the mayor\n\n"
        "ANNA: Ready? First word. Harbour?\n\nTOM: Home, where I grew up and still swim.\n\n"
        "ANNA: Lisbon.\n\nTOM: The trip that made me want to run this city one day.\n\n"
        "ANNA: And the budget?\n\nTOM: Tight, but we will manage it somehow this year.\n"
    )
    assert "Lisbon." in [text for _, text in asked(document)]


# --- Two hosts: the one who greets and remarks as much as they ask still asks -------------------

_TWO_HOSTS = (
    "GB112 Bienen im Hinterhof\n\n"
    "Track 2:\n[0:19] Hier ist die Gartenbank, und ich bin nicht allein. Guten Abend, Lars.\n\n"
    "Track 4:\n[0:31] Schönen guten Abend allerseits.\n\n"
    "Track 2:\n[0:34] Und wir haben einen Gast. Hallo Jana, schön, dass du da bist.\n\n"
    "Track 5:\n[0:38] Hallo, danke für die Einladung.\n\n"
    "Track 2:\n[1:02] Jana, wie bist du überhaupt zu den Bienen gekommen?\n\n"
    "Track 5:\n[1:06] Durch einen Kurs an der Volkshochschule, und plötzlich stand ein Volk "
    "auf meinem Dach.\n\n"
    "Track 4:\n[1:24] Und die Nachbarn, was haben die dazu gesagt?\n\n"
    "Track 5:\n[1:27] Die waren erst skeptisch. Inzwischen fragen sie, wann der Honig fertig "
    "ist.\n\n"
    "Track 2:\n[1:41] Ja, das kenne ich. Bei uns im Hof war es mit den Hühnern genauso.\n\n"
    "Track 4:\n[1:49] Ist Stadthonig nicht voller Abgase?\n\n"
    "Track 5:\n[1:52] Nein, das ist ein Vorurteil, die Proben sind meistens sauberer.\n"
)


def test_a_co_host_whose_every_question_the_guest_answers_asks_too():
    assert [text for _, text in asked(doc(_TWO_HOSTS))] == [
        "Jana, wie bist du überhaupt zu den Bienen gekommen?",
        "Und die Nachbarn, was haben die dazu gesagt?",
        "Ist Stadthonig nicht voller Abgase?",
    ]


def test_a_second_guest_whose_question_the_host_answers_does_not_ask():
    document = doc(
        "Panel: the harbour\n\n"
        "HOST: Where were you when the storm came in?\n\n"
        "JORIS: On the pier, checking the moorings with my brother and the night watchman.\n\n"
        "HOST: How many boats were out?\n\n"
        "JORIS: Eleven, and all of them were back by midnight, which was a small miracle.\n\n"
        "FATIMA: Wasn't the radio down that night?\n\n"
        "HOST: It was, for an hour. Joris, who called the boats in?\n\n"
        "JORIS: Fatima did, one by one, from the office, once the radio came back.\n"
    )
    assert "Wasn't the radio down that night?" not in [text for _, text in asked(document)]
