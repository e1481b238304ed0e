"""Rules mended when the tenth round's two sets of layouts were scored together (the questions
of the titles' layouts, the titles of the questions' layouts), each with a document it must
catch and one it must not."""

from __future__ import annotations

from reader.document.structure.text.textcues import addresses_someone

from .test_structure_layouts import asked, doc

# --- A question on the line above its answer that asks, then remarks ---------------------------


def test_a_paired_line_that_asks_then_remarks_is_a_question():
    document = doc(
        "Prof. Lis: W Europie brakuje dziś polityków wielkiego formatu\n\n"
        "Tomasz Rybka\n\n"
        "Co się dzieje za oceanem? Od kilku lat można odnieść wrażenie, że tamtejsza "
        "demokracja idzie prosto ku przepaści.\n"
        "Pamiętam czasy, kiedy mówiło się, że tamtejszy kapitalizm zaraz się skończy, a świat "
        "przejmą inni. Nic takiego się nie stało.\n\n"
        "Skąd więc bierze się przekonanie, że jest inaczej?\n"
        "Lubimy krytykować tych, których podziwiamy. To kraj, który jednocześnie kochamy i "
        "któremu zazdrościmy.\n\n"
        "Czy kampania może jeszcze czymś zaskoczyć?\n"
        "Zawsze może. Ale obaj kandydaci są już tak dobrze znani, że trudno sobie wyobrazić "
        "wiadomość, która zmieni zdanie wyborców.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Co się dzieje za oceanem? Od kilku lat można odnieść wrażenie, że tamtejsza "
        "demokracja idzie prosto ku przepaści.",
        "Skąd więc bierze się przekonanie, że jest inaczej?",
        "Czy kampania może jeszcze czymś zaskoczyć?",
    ]


def test_paired_lines_of_a_story_that_ask_in_passing_are_no_questions():
    document = doc(
        "Nad jeziorem\n\n"
        "Szedł brzegiem przez cały ranek. Gdzie był wczoraj wieczorem? Nie pamiętał, i to go "
        "martwiło przez cały dzień.\n"
        "Woda była zimna, a niebo ciemniało nad lasem po drugiej stronie jeziora.\n\n"
        "Wrócił do domu bardzo późno. Kto zostawił otwarte drzwi od kuchni? Nikt nie wiedział "
        "tego na pewno.\n"
        "W kuchni paliło się jeszcze światło, a na stole stała zimna herbata.\n\n"
        "Rano poszedł do sąsiada. Czy on coś widział w nocy? Sąsiad tylko wzruszył ramionami "
        "i wrócił do pracy.\n"
        "Jezioro było spokojne, jak gdyby nic się nie stało tej nocy.\n"
    )
    assert not document.questions


# --- Polish speaks to its guest as "pan" / "pani" ----------------------------------------------


def test_two_questions_put_to_a_polish_guest_as_pan_are_an_interview():
    document = doc(
        "Artur Nowak: „Dziś rzadko spotyka się kulturalną rozmowę”\n\n"
        "Maciej Szymański\n\n"
        "- Społeczeństwo jest podzielone na pół - mówi Artur Nowak, autor horrorów.\n\n"
        "Jest pan matematykiem, więc zapytam: czy matematyka ma coś wspólnego z grozą?\n\n"
        "Może mieć, i próbowałem to pokazać w mojej powieści. Matematyka może straszyć "
        "nieskończonością.\n\n"
        "Skąd pomysł, żeby pisać właśnie horrory?\n\n"
        "Z dzieciństwa w Suwałkach. Długie zimy i ciemne wieczory robią swoje.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Jest pan matematykiem, więc zapytam: czy matematyka ma coś wspólnego z grozą?",
        "Skąd pomysł, żeby pisać właśnie horrory?",
    ]


def test_spanish_bread_and_peter_pan_speak_to_no_one():
    assert addresses_someone("Czy pani to pamięta?")
    assert not addresses_someone("¿Quién no ha comido el pan de cada día?")
    assert not addresses_someone("Who has not read Peter Pan?")
    assert not addresses_someone("Co powiedziała pani Kowalska?")  # of her, not to her


# --- The interviewer's thanks on a turn of its own before the first question --------------------


def test_a_labelled_turn_of_thanks_above_the_first_question_is_the_introduction():
    document = doc(
        "Unsere Schulleitung\n\n"
        "Wir haben mit der Schulleitung ein Interview geführt.\n\n"
        "Homepage AG:\nVorab vielen Dank, dass Sie sich die Zeit für dieses Interview "
        "genommen haben.\n\n"
        "Homepage AG:\nWie lautet Ihr vollständiger Name?\n\n"
        "M.Kessler:\nIch heiße Martin Kessler und bin 38 Jahre alt.\n\n"
        "Homepage AG:\nSind Sie verheiratet?\n\n"
        "M.Kessler:\nJa, und ich habe eine Tochter.\n"
    )
    assert asked(document) == [
        ("Homepage AG", "Wie lautet Ihr vollständiger Name?"),
        ("Homepage AG", "Sind Sie verheiratet?"),
    ]


def test_a_labelled_remark_above_the_first_question_stays_part_of_it():
    document = doc(
        "Unsere Schulleitung\n\n"
        "Wir haben mit der Schulleitung ein Interview geführt.\n\n"
        "Homepage AG:\nSie unterrichten seit zwölf Jahren an unserer Schule.\n\n"
        "Homepage AG:\nWas hat sich in dieser Zeit verändert?\n\n"
        "M.Kessler:\nVor allem die Technik in den Klassenzimmern.\n\n"
        "Homepage AG:\nSind Sie verheiratet?\n\n"
        "M.Kessler:\nJa, und ich habe eine Tochter.\n"
    )
    assert asked(document)[0] == (
        "Homepage AG",
        "Sie unterrichten seit zwölf Jahren an unserer Schule. "
        "Was hat sich in dieser Zeit verändert?",
    )


# --- A second guest answering once, under the first name the introduction gave in full ----------


def test_a_guest_the_introduction_named_in_full_answers_once_under_the_first_name():
    document = doc(
        "Über bittere Jahre\n\n"
        "Im Interview der Woche sprechen Carsten Schäfer und André Neumann über den Verein.\n\n"
        "Carsten, 2012 musste der TSV die erste Mannschaft abmelden. Wie war das?\n\n"
        "Carsten: Das war die bitterste Zeit in meinen elf Jahren im Vorstand.\n\n"
        "Was genau waren die Gründe?\n\n"
        "Carsten: Der Verein hat von der Hand in den Mund gelebt.\n\n"
        "Und wie steht es um den Kunstrasen?\n\n"
        "André: Die Finanzierung steht, im Frühjahr wird gebaut.\n"
    )
    assert [text for _, text in asked(document)][-1] == "Und wie steht es um den Kunstrasen?"


def test_a_lead_in_after_a_question_is_no_guest_the_introduction_named():
    document = doc(
        "Über bittere Jahre\n\n"
        "Im Interview der Woche spricht Carsten Schäfer über den Verein.\n\n"
        "Carsten, 2012 musste der TSV die erste Mannschaft abmelden. Wie war das?\n\n"
        "Carsten: Das war die bitterste Zeit in meinen elf Jahren im Vorstand.\n\n"
        "Was genau waren die Gründe?\n\n"
        "Carsten: Der Verein hat von der Hand in den Mund gelebt.\n\n"
        "Und wie steht es um den Kunstrasen?\n\n"
        "Fazit: Die Finanzierung steht, im Frühjahr wird gebaut.\n"
    )
    assert "Und wie steht es um den Kunstrasen?" not in [text for _, text in asked(document)]


# --- A post of two interviews: named in full once, then "P:", the answers named -----------------


def test_the_question_named_in_full_above_the_p_questions_is_one_the_answers_named():
    document = doc(
        "Entrevistas\n\n"
        "Entrevista a Julián Ibarra y Bruno Tello.\n\n"
        "Periodista: ¿Cómo te sentís siendo presidente?\n"
        "Julián: Me siento muy bien.\n"
        "P: ¿Qué propuestas tienen pensadas?\n"
        "Bruno: Arreglar los baños y organizar bailes.\n"
        "P: ¿Por cuántos votos ganaron?\n"
        "Julián: Por unos 34 votos.\n\n"
        "Entrevista al padre Sergio.\n\n"
        "Periodista: ¿Cuánto hace que sos sacerdote?\n"
        "Padre Sergio: Me ordené en el 99, después de siete años de formación.\n"
        "P: ¿Cómo te recibieron en la escuela?\n"
        "P.S.: Muy bien, sentí una apertura muy grande.\n"
    )
    assert asked(document) == [
        ("Periodista", "¿Cómo te sentís siendo presidente?"),
        ("P", "¿Qué propuestas tienen pensadas?"),
        ("P", "¿Por cuántos votos ganaron?"),
        ("Periodista", "¿Cuánto hace que sos sacerdote?"),
        ("P", "¿Cómo te recibieron en la escuela?"),
    ]


def test_a_named_question_no_other_name_answers_stays_out_of_the_p_questions():
    document = doc(
        "Entrevistas\n\n"
        "Nota: ¿Quién escribió esto?\n\n"
        "Lo escribimos entre todos los alumnos del curso, durante tres semanas.\n\n"
        "P: ¿Qué propuestas tienen pensadas?\n"
        "Bruno: Arreglar los baños y organizar bailes.\n"
        "P: ¿Por cuántos votos ganaron?\n"
        "Julián: Por unos 34 votos.\n"
    )
    assert [speaker for speaker, _ in asked(document)] == ["P", "P"]


# --- A guest named in full, then by the last name; a question between two turns of one guest ---

_STADTBAD = (
    "Das Stadtbad war ein Ort für alle\n\n"
    "Am 3. Mai wird das Stadtbad 125 Jahre alt. Ein Gespräch mit drei Zeugen.\n\n"
    "Stadtanzeiger: Erinnern Sie sich an Ihren ersten Besuch im Stadtbad?\n\n"
    "Gisela Horn: Ich war sechs und hatte furchtbare Angst vor dem Sprungturm.\n\n"
    "Bernd Mahler: Ich kam erst als Student, für eine Seminararbeit über die Halle.\n\n"
    "{middle}\n\n"
    "Mahler: Das Licht. Die Halle wurde so gebaut, dass die Sonne am Nachmittag einfällt.\n\n"
    "Ulrike Sand: Und es war von Anfang an für alle gedacht.\n\n"
    "Stadtanzeiger: Wird es das Bad in fünfundzwanzig Jahren noch geben?\n\n"
    "Sand: Wenn die Stadt weiter so sorgfältig saniert, bestimmt.\n"
)


def test_an_unnamed_question_between_two_turns_of_one_guest_is_a_question():
    document = doc(_STADTBAD.format(middle="Was macht das Gebäude so besonders?"))
    assert asked(document) == [
        ("Stadtanzeiger", "Erinnern Sie sich an Ihren ersten Besuch im Stadtbad?"),
        ("", "Was macht das Gebäude so besonders?"),
        ("Stadtanzeiger", "Wird es das Bad in fünfundzwanzig Jahren noch geben?"),
    ]


def test_a_rhetorical_question_ending_a_guests_turn_before_another_guest_is_none():
    document = doc(
        _STADTBAD.format(middle="Was macht das Gebäude so besonders?").replace(
            "Mahler: Das Licht.", "Ulrike Sand: Das Licht."
        )
    )
    assert "Was macht das Gebäude so besonders?" not in [text for _, text in asked(document)]


# --- A headline broken after an article, its end a paragraph of its own --------------------------


def test_a_headline_broken_after_an_article_goes_on_in_the_next_paragraph():
    document = doc(
        "Interview zum Besuch in der Redaktion der\n\n"
        "Rheinischen Rundschau\n\n"
        "Jonas Berger: Mira, wie bist du dazu gekommen, mitzumachen?\n\n"
        "Mira Okonkwo: Unsere Deutschlehrerin hat das Projekt betreut.\n\n"
        "Jonas Berger: Worum geht es in deinem Artikel?\n\n"
        "Mira Okonkwo: Ich habe darüber geschrieben, wie man ein Vorbild sein kann.\n"
    )
    assert document.title == "Interview zum Besuch in der Redaktion der Rheinischen Rundschau"


def test_a_headline_ending_on_a_swedish_pronoun_stays_apart_from_the_text():
    document = doc(
        "Tio vanliga frågor – så besvarar du dem\n\n"
        "Här är frågorna som nästan alltid kommer upp på en anställningsintervju.\n"
    )
    assert document.title == "Tio vanliga frågor – så besvarar du dem"


# --- A paper's letter-spaced name, a pager, and its issue line as the only headline -------------

_SCHOOL_PAPER_TOP = (
    "^  top of page\n\n"
    "  • 1\n\n\n"
    "s c h o o l   n e w s p a p e r   o n l i n e\n\n"
    "2016/2017 NO 1 - Interview\n\n"
)
_SCHOOL_PAPER_TEXT = (
    "When I came to the first meeting of our school newspaper team, I learned that my job "
    "would be to prepare interviews with interesting guests for you. Today I invited someone "
    "like us: Zofia, aged 12, who is happy to answer a few questions.\n\n"
    "Hi Zofia, thanks for agreeing to talk with me. How are you feeling this Friday?\n\n"
    "Z.M: Tired? No, I feel fine. This week was OK.\n\n"
    "Do you feel at home in your new school?\n\n"
    "Z.M: Yes. I met new people and I like the new teachers.\n"
)


def test_the_issue_line_under_a_top_of_chrome_is_the_title():
    document = doc(_SCHOOL_PAPER_TOP + _SCHOOL_PAPER_TEXT)
    assert document.title == "2016/2017 NO 1 - Interview"


def test_a_headline_under_the_issue_line_is_the_title():
    document = doc(_SCHOOL_PAPER_TOP + "Meet Zofia, our youngest guest\n\n" + _SCHOOL_PAPER_TEXT)
    assert document.title == "Meet Zofia, our youngest guest"


def test_a_letter_spaced_name_is_never_the_headline_but_a_short_title_of_letters_may_be():
    spaced = doc("s c h o o l   n e w s p a p e r\n\nOur new teacher\n\nShe came from Leeds.\n")
    assert spaced.title == "Our new teacher"
    lettered = doc("A B C\n\nThe alphabet song, as children sing it, is older than you think.\n")
    assert lettered.title == "A B C"


# --- A thesis's record names its title in a field ------------------------------------------------


def test_a_records_title_field_is_the_title():
    document = doc(
        "NÁZEV: Profesní dráha ředitele školy AUTOR: Markéta Horáková KATEDRA: Centrum "
        "školského managementu\n"
        "Rozhovor č. 1 s ředitelem základní školy:\n"
        "Tazatel: Pane řediteli, jak vypadala vaše cesta za vzděláním? "
        "Respondent: Po základní škole jsem nastoupil na gymnázium. "
        "T: Má učitelství ve vaší rodině tradici? R: Ano, můj otec učil celý život.\n"
    )
    assert document.title == "Profesní dráha ředitele školy"


def test_a_title_that_only_mentions_a_title_stays_whole():
    document = doc(
        "Title: the story of a word\n\n"
        "Every word has a history, and some are older than the languages that use them.\n"
    )
    assert document.title == "Title: the story of a word"


# --- A standfirst of whole-sentence lines under the headline and a slide counter ----------------

_RADIO = (
    "Voci della radio: intervista multipla\n\n"
    "  • 1 12\n\n"
    "{standfirst}\n\n"
    "Qual è la cosa più imbarazzante che ti è capitata in diretta?\n\n"
    "Quando conducevo un programma per ragazzi ho intervistato un bambino, e lui mi ha "
    "risposto che ci vedeva benissimo.\n\n"
    "La radio ti ha reso una persona migliore?\n\n"
    "In radio ci si abitua agli insulti, e col tempo si impara a non prenderli sul serio.\n"
)


def test_a_standfirst_of_whole_sentence_lines_is_not_the_headline_above_it():
    document = doc(_RADIO.format(
        standfirst="La radio è ancora la sorella minore della televisione?\n"
                   "Queste e altre domande le abbiamo fatte a voci della radio italiana..."))
    assert document.title == "Voci della radio: intervista multipla"


def test_a_headline_over_two_lines_under_a_site_name_is_the_headline():
    document = doc(
        "Radio Nord\n\n"
        "Voci della radio che ci hanno\n"
        "accompagnato per trent'anni\n\n"
        "Per trent'anni le loro voci hanno svegliato la città ogni mattina, e oggi raccontano "
        "come è cominciata.\n"
    )
    assert document.title.startswith("Voci della radio che ci hanno")


def test_a_title_is_one_line_even_when_its_block_keeps_a_line_break():
    document = doc(
        "Eine Zeile\\\nund die zweite\n\nDer Text beginnt hier und geht weiter.\n", markdown=True
    )
    assert document.title == "Eine Zeile und die zweite"
    assert "Eine Zeile\u2028und die zweite" in document.text  # the text keeps its line break


# --- Japanese credits under the headline ----------------------------------------------------------


def test_japanese_credits_under_the_headline_are_no_title():
    document = doc(
        "インタビュアーに逆に聞いてみた\n\n"
        "話し手:ゆき(インタビュアー)\n聞き手:tomo(主催)\n編集:森田\n\n"
        "tomo:\nゆきさんは今、どんなインタビューをしていますか?\n\n"
        "ゆき:\nカナダに住んでいるので、同じタイムゾーンの人たちに話を聞いています。\n\n"
        "tomo:\nそれ以外に、インタビューに近いことはしていますか?\n\n"
        "ゆき:\n友だちの話を聞くくらいですね。\n"
    )
    assert document.title == "インタビュアーに逆に聞いてみた"


def test_a_japanese_headline_with_one_colon_stays_the_title():
    document = doc(
        "特集:森の図書館\n\n"
        "町の森に小さな図書館ができました。だれでも本を借りることができます。\n"
    )
    assert document.title == "特集:森の図書館"


# --- A site's dot-tags under the headline -----------------------------------------------------


def test_a_line_of_dot_tags_under_the_headline_is_never_the_headline():
    document = doc(
        "Zdá sa, že máte zablokovanú reklamu\n\n"
        "Fungujeme však vďaka príjmom z reklamy. Podporte nás povolením reklamy.\n\n"
        "Dvanásť rozhovorov\n\n"
        ".štefan Hrubý .časopis .editorial\n\n"
        "Vážení čitatelia, rád oznamujem, že kniha rozhovorov je hotová. Dúfam, že vám "
        "spríjemní leto.\n"
    )
    assert document.title == "Dvanásť rozhovorov"


def test_a_headline_that_names_a_domain_stays_the_headline():
    document = doc(".NET 9 is out\n\nThe new release brings faster start-up and smaller files.\n")
    assert document.title == ".NET 9 is out"


# --- A speaker's name glued to the caption of the picture above the turn ----------------------


def test_a_speakers_name_glued_to_a_pictures_caption_opens_the_turn():
    document = doc(
        "George ROTARU: INTERVIU CU DOAMNA DANIELA GÂRBEA\n\n"
        "GARBEA Daniela x2George ROTARU: Delicată, modernă, harnică... sunt doar câteva dintre "
        "trăsăturile dumneavoastră. Cum v-aţi defini singură?\n\n"
        "Daniela GÂRBEA: Toate la un loc... şi ceva în plus. Sunt ambiţioasă şi organizată, "
        "uneori prea grăbită.\n\n"
        "George ROTARU: Puţină istorie personală, vă rog! Amintiri plăcute din copilărie...\n\n"
        "Daniela GÂRBEA: Sunt din Bârlad şi am purtat mereu cu mine o mândrie locală.\n"
    )
    assert asked(document) == [
        ("George ROTARU", "Delicată, modernă, harnică... sunt doar câteva dintre trăsăturile "
                          "dumneavoastră. Cum v-aţi defini singură?"),
        ("George ROTARU", "Puţină istorie personală, vă rog! Amintiri plăcute din copilărie..."),
    ]
    assert "GARBEA Daniela x2George ROTARU:" in document.text  # the caption is kept


def test_a_name_glued_to_a_caption_that_opens_no_other_turn_stays_text():
    document = doc(
        "Notes\n\n"
        "Anna: Did you see the new photo?\n\n"
        "Ben: I did. The caption reads like this.\n\n"
        "Foto Lis x2Marta Nowak: the river at dawn, and what did she see?\n\n"
        "Ben: Nothing but fog, she told me.\n\n"
        "Anna: And did it clear?\n\n"
        "Ben: By noon it had.\n"
    )
    assert "Marta Nowak" not in [speaker for speaker, _ in asked(document)]



# --- Names in capitals joined on a cover open no turn -------------------------------------------


def test_names_in_capitals_joined_on_a_cover_open_no_turn():
    document = doc(
        "NORTHFIELD STATE UNIVERSITY\n"
        "AN INTERVIEW WITH HAROLD BECKER\n"
        "INTERVIEW CONDUCTED BY\n"
        "MARGARET COLE\nand\nDANIEL ROSS\n"
        "MARCH 9, 2011\n\n"
        "Margaret Cole: Thank you for coming in today. Can you tell me where you were born?\n"
        "Harold Becker: I was born in Easton, at the old county hospital, in 1931.\n"
        "MC: What did your father do?\n"
        "HB: He ran a hardware store on Main Street.\n"
        "MC: How did the store get through the war years?\n"
        "HB: Barely. My mother kept the books.\n"
    )
    assert [text for _, text in asked(document)][0] == (
        "Thank you for coming in today. Can you tell me where you were born?"
    )


def test_a_name_in_capitals_before_a_turn_opened_by_a_joining_word_still_speaks():
    document = doc(
        "Rencontre\n\n"
        "JULIE DURAND Et pourquoi avoir choisi la mer ?\n\n"
        "PAUL MARTIN Parce que j'y suis né, tout simplement.\n\n"
        "JULIE DURAND Et demain, où irez-vous ?\n\n"
        "PAUL MARTIN Plus au nord, sans doute, vers les îles.\n"
    )
    assert [speaker for speaker, _ in asked(document)] == ["JULIE DURAND", "JULIE DURAND"]


# --- A letters page: the line above the first letter's heading opens the later letters too ------

_LETTERS = (
    "Leserbriefe\n\n"
    "{reference}\n\n"
    "Teurer parken, leerer Markt\n\n"
    "Wer soll denn noch in die Stadt fahren, wenn eine Stunde Parken drei Euro kostet? Aus "
    "meinem Dorf fährt sonntags kein Bus, und die Geschäfte werden es als Erste merken.\n\n"
    "Helga Brenner, Oberau\n\n"
    "Zum Leserbrief „Salz in der Suppe“ vom 20. März\n\n"
    "Was ist eigentlich falsch daran, sich zu wiederholen? Wenn niemand zuhört, muss man es "
    "eben öfter sagen, und Leserbriefe sind dafür die einzige Möglichkeit.\n\n"
    "Jürgen Kolb, Mannheim\n\n"
    "Zum Thema „Neues Hallenbad“\n\n"
    "Warum wird eigentlich nie gefragt, was die Schwimmvereine brauchen? Die Pläne zeigen ein "
    "Spaßbad, aber keine Bahnen für das Training am Abend.\n\n"
    "Sabine Maurer, Hemsbach\n"
)


def test_a_letters_page_is_titled_by_its_top_line():
    document = doc(_LETTERS.format(reference="Zum Thema „Parkgebühren“ / Bericht vom 12. März"))
    assert document.title == "Leserbriefe"


def test_a_kicker_that_no_later_line_repeats_leaves_the_headline_the_title():
    document = doc(_LETTERS.format(reference="Kommentar der Woche aus Oberau").replace(
        "Zum Leserbrief", "Über den Leserbrief").replace("Zum Thema", "Über das"))
    assert document.title == "Teurer parken, leerer Markt"


# --- A questionnaire's line put without its "?", among lines that ask ---------------------------


def test_a_line_put_without_its_question_mark_among_asking_lines_is_a_question():
    document = doc(
        "Brief encounter: Dana Whitfield\n\n"
        "What is the first news story you can remember?\n"
        "The miners' strike. I must have been seven, and the radio was always on.\n\n"
        "What is the book you are most ashamed never to have read\n"
        "Middlemarch. I am finally reading it, with my teenage son.\n\n"
        "One piece of advice to your younger self?\n"
        "Stop worrying so much. It works out in the end, as my grandmother said.\n\n"
        "The talent you wish you had?\n"
        "Singing. I played the cello for years, but I would love to sing.\n"
    )
    assert "What is the book you are most ashamed never to have read" in [
        text for _, text in asked(document)
    ]


def test_how_to_intertitles_over_their_text_are_no_questions():
    document = doc(
        "Growing tomatoes\n\n"
        "How to plant them\n"
        "Dig a hole twice as deep as the pot and set the plant in it.\n\n"
        "When to water them\n"
        "Every morning in summer, at the foot of the plant, never on the leaves.\n\n"
        "What to feed them\n"
        "A spoon of compost every two weeks is plenty for most gardens.\n"
    )
    assert not document.questions
