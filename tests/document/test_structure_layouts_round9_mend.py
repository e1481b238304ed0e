"""Rules mended when the ninth round's two sets of layouts were scored together (the questions
of the titles' layouts, the titles of the questions' layouts), each with a document it must
catch and one it must not."""

from __future__ import annotations

from reader.document.structure.titles.matterlines import is_caption

from .test_structure_layouts import asked, doc

# --- A paper's name of words linked by a small word, then a dash -------------------------------


def test_a_papers_name_linked_by_a_small_word_then_a_dash_opens_each_question():
    document = doc(
        "Helena Prates fala do ofício da reportagem\n\n"
        "Nesta conversa, Helena falou sobre pressa e credibilidade.\n\n"
        "Folha do Sul – Como você responderia?\n\n"
        "Helena Prates – Serve a quem lê, ou deveria servir.\n\n"
        "Folha do Sul – A internet piorou isso?\n\n"
        "Helena Prates – Piorou e melhorou.\n\n"
        "Folha do Sul – Que conselho daria a quem começa agora?\n\n"
        "Helena Prates – Ouvir mais do que falar.\n"
    )
    assert asked(document) == [
        ("Folha do Sul", "Como você responderia?"),
        ("Folha do Sul", "A internet piorou isso?"),
        ("Folha do Sul", "Que conselho daria a quem começa agora?"),
    ]


def test_places_linked_by_a_small_word_then_a_dash_in_a_news_digest_are_no_speakers():
    document = doc(
        "Notícias do dia\n\n"
        "Rio de Janeiro – A cidade abre três piscinas a mais neste verão. Por quê? "
        "Para aliviar o calor dos bairros do norte.\n\n"
        "Rio de Janeiro – As praias terão salva-vidas até as oito da noite.\n\n"
        "Porto do Sul – O cais fica fechado no domingo.\n"
    )
    assert not document.questions


# --- A speaker's label after a dialogue dash ---------------------------------------------------


def test_a_label_after_a_dialogue_dash_names_the_turn_and_is_no_part_of_the_question():
    document = doc(
        "Xoán Pazos: “Hoxe unha obra así sería imposible”\n\n"
        "Entrevista a Xoán Pazos en Diario do Miño:\n"
        "– DM: O libro quere ser unha reflexión sobre o que se perdeu?\n"
        "– XOP: Si, aínda que non pretende xulgar ninguén.\n"
        "– DM: A quen vai dirixido?\n"
        "– XOP: A lectores de máis de dez anos.\n"
        "– DM: Por que segue tan presente algo que pasou hai sesenta anos?\n"
        "– XOP: Porque o tempo deixa ver as cousas doutra maneira.\n"
    )
    assert asked(document) == [
        ("DM", "O libro quere ser unha reflexión sobre o que se perdeu?"),
        ("DM", "A quen vai dirixido?"),
        ("DM", "Por que segue tan presente algo que pasou hai sesenta anos?"),
    ]


def test_a_dialogue_dash_before_a_word_and_a_colon_in_a_story_names_no_one():
    document = doc(
        "Le vieux port\n\n"
        "– Écoute : tu viens avec nous ce soir ?\n"
        "– Non, je reste ici.\n"
        "– Regarde : il pleut déjà, tu es sûr ?\n"
        "– Oui, sûr.\n"
    )
    assert all(q.speaker == "" for q in document.questions)


# --- A magazine's name in capitals, no colon, before each question -----------------------------


def test_a_magazines_name_in_capitals_before_each_question_names_it():
    document = doc(
        "Herlees hier het interview\n\n"
        "Twee mannen, twee voorstellingen: zij spraken uitgebreid met Kijk.\n\n"
        "KIJK Grappig dat je bij dat graf nu mokken kunt kopen.\n\n"
        "Pieter Van Acker «Een late overwinning van de markt, ja.»\n\n"
        "KIJK Geloven jullie nog in een beter ‘straks’?\n\n"
        "Van Acker «In een beter vandaag. Dat is al moeilijk genoeg.»\n\n"
        "KIJK Wat doen jullie morgen?\n\n"
        "Claes «Ik speel, zoals elke avond.»\n"
    )
    assert asked(document) == [
        ("KIJK", "Grappig dat je bij dat graf nu mokken kunt kopen."),
        ("KIJK", "Geloven jullie nog in een beter ‘straks’?"),
        ("KIJK", "Wat doen jullie morgen?"),
    ]


def test_an_agency_in_capitals_opening_paragraphs_of_an_article_names_no_one():
    document = doc(
        "A telescope for the far side of the Moon\n\n"
        "NASA Scientists wonder: will the telescope be ready by 2030?\n\n"
        "The project has cost more than planned, and its engineers are still testing it.\n\n"
        "NASA Engineers will test the mirror in a vacuum chamber this winter. Will it hold?\n\n"
        "ESA Officials welcomed the plan and offered to share the data.\n"
    )
    assert not document.questions


# --- A question on the line right above its answer, the pairs apart by blank lines -------------


def test_a_long_question_on_the_line_above_its_answer_that_asks_too_is_a_question():
    document = doc(
        "Anna Górska: Świat jest już podzielony\n\n"
        "- Wszyscy jesteśmy już zmęczeni tym rokiem - mówi Anna Górska.\n\n"
        "Pani minister, zacznijmy od nowych zasad. Mniej widzów w kinach i teatrach. "
        "To jeszcze da się zrozumieć. Ale mówi się też o szkoleniach. Czy to nie zaskakuje?\n"
        "Dlaczego miałoby zaskakiwać? To zawody, w których ma się kontakt z ludźmi.\n\n"
        "Ale dlaczego dopiero od wiosny?\n"
        "Chcemy dać czas tym, którzy jeszcze się nie zdecydowali.\n\n"
        "Co, jeśli to nie wystarczy?\n"
        "Wtedy usiądziemy do rozmowy jeszcze raz.\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "Pani minister, zacznijmy od nowych zasad. Mniej widzów w kinach i teatrach. "
        "To jeszcze da się zrozumieć. Ale mówi się też o szkoleniach. Czy to nie zaskakuje?",
        "Ale dlaczego dopiero od wiosny?",
        "Co, jeśli to nie wystarczy?",
    ]


def test_paragraphs_of_two_lines_of_which_few_ask_on_the_first_are_no_interview():
    document = doc(
        "Notes from the harbour\n\n"
        "The ferry was late again. The crew blamed the wind, the wind blamed nobody. "
        "Who could blame the crew?\nNobody on the quay said a word about it.\n\n"
        "The harbour master walked along the pier. He counted the boats twice.\n"
        "Then he went back to his office and wrote it all down.\n\n"
        "We waited until noon. The gulls were louder than the engines. Was there no other "
        "boat?\nThere was not, and we went home through the old town.\n\n"
        "In the evening the wind dropped. The ferry came in at last, empty.\n"
        "Its captain tied it up and walked home without a word.\n\n"
        "The next morning it left on time, as if nothing had happened.\n"
        "Nobody mentioned the day before.\n"
    )
    assert not document.questions


# --- Named once in full, then by the initials that are also "P:" and "R:" -----------------------

TWO_INTERVIEWS = (
    "Entrevistas de tercer ciclo\n\n"
    "Entrevista al alcalde\n"
    "1.- ¿Por qué decidió ser alcalde?\n-Porque quiero a mi pueblo.\n"
    "2.- ¿Cuándo empezó?\n-En 1999, con 26 años.\n"
    "3.- ¿Qué proyectos hará?\n-Arreglar caminos.\n\n"
    "PELUQUERA DE LA PELUQUERÍA NEFERTITI\n"
    "Nos encontramos con Rosa Martín, peluquera.\n"
    "Periodista: ¿Por qué decidiste ser peluquera?\n"
    "Rosa: Porque era mi sueño desde pequeña.\n"
    "P: ¿Tiene algún significado el nombre de tu peluquería?\n"
    "R: Sí, me apasiona Egipto.\n"
    "P: ¿Qué es lo que más te gusta de tu trabajo?\n"
    "R: Hablar con las clientas.\n"
)


def test_a_turn_named_in_full_once_before_its_initials_is_the_first_question():
    assert asked(doc(TWO_INTERVIEWS))[3:] == [
        ("Periodista", "¿Por qué decidiste ser peluquera?"),
        ("P", "¿Tiene algún significado el nombre de tu peluquería?"),
        ("P", "¿Qué es lo que más te gusta de tu trabajo?"),
    ]


def test_a_lead_in_named_once_whose_initial_is_a_label_opens_no_turn():
    document = doc(
        "Entrevista con Rosa\n\n"
        "Nos encontramos con Rosa. Pablo: nuestro fotógrafo, hizo las fotos.\n"
        "P: ¿Tiene algún significado el nombre de tu peluquería?\n"
        "R: Sí, me apasiona Egipto.\n"
        "P: ¿Qué es lo que más te gusta de tu trabajo?\n"
        "R: Hablar con las clientas.\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "¿Tiene algún significado el nombre de tu peluquería?",
        "¿Qué es lo que más te gusta de tu trabajo?",
    ]


# --- A Japanese sentence's full stop ----------------------------------------------------------


def test_a_japanese_standfirst_ending_with_its_full_stop_is_not_the_title():
    document = doc(
        "インタビューとは何か、編集者に聞いてみた\n\n"
        "テレビや雑誌でよく目にする「インタビュー」。編集部のA氏に話を聞いた。\n\n"
        "――インタビューとはどういうものなのでしょうか。\n\n"
        "大まかに言えば、一方が他方に質問を続ける会話のことです。\n"
    )
    assert document.title == "インタビューとは何か、編集者に聞いてみた"


def test_a_japanese_sentence_on_the_first_line_is_no_title_as_an_english_one_is_not():
    japanese = doc(
        "夏の終わりに思うこと。\n\n今年の夏はとても暑かった。毎日のように海へ行った。\n\n"
        "それでも、秋が来るのは少し寂しい。\n"
    )
    english = doc(
        "Nearly done.\n\nThe summer was hot. We went to the sea every day.\n\n"
        "Still, autumn is a little sad.\n"
    )
    assert japanese.title == english.title == ""


# --- A rubric glued to its tag, a photographer's credit without a colon ------------------------


def test_a_rubric_glued_to_its_tag_and_a_bare_credit_stand_around_the_headline():
    document = doc(
        "Interviewmarco haddad\n\n"
        "Presentator Marco Haddad: ‘Contact leggen vind ik niet vanzelfsprekend’\n\n"
        "Beeld Roos Terpstra\n\n"
        "Marco Haddad (48) vindt het lastig om contact te maken, dus werd hij presentator. "
        "Hij gelooft in grijstinten en in zijn moeder.\n"
    )
    assert document.title == (
        "Presentator Marco Haddad: ‘Contact leggen vind ik niet vanzelfsprekend’"
    )


def test_a_headline_opened_by_a_rubrics_word_or_a_pictures_word_stays_the_title():
    trainer = doc(
        "Interviewer training for new staff\n\n"
        "Every new member of the team spends a morning with us before the first call. "
        "We go through the questions, the tone and the forms.\n"
    )
    booth = doc(
        "Photo Booth Memories From The Fair\n\n"
        "The booth stood by the gate all weekend, and the queue never got shorter. "
        "Here are the best of the strips.\n"
    )
    assert trainer.title == "Interviewer training for new staff"
    assert booth.title == "Photo Booth Memories From The Fair"


def test_a_photographers_bare_credit_is_a_caption():
    credits = doc("Beeld Roos Terpstra\n\nFot. Piotr Lis / Gazeta Miejska\n\nFoto Finish\n")
    assert [is_caption(block) for block in credits.blocks] == [True, True, False]


# --- Answers wholly in quotation marks, the questions plain, some without "?" ------------------


def test_plain_questions_between_answers_wholly_quoted_are_questions_even_without_a_mark():
    document = doc(
        "Presentator Marco Haddad: ‘Contact leggen vind ik niet vanzelfsprekend’\n\n"
        "Marco Haddad (48) vindt het lastig om contact te maken, dus werd hij presentator.\n\n"
        "Je moeder is heel belangrijk voor je geweest, vertelde je vriendin.\n\n"
        "‘Ik groeide op in een volksbuurt. Iedereen wist: dan staat die moeder op je stoep.’\n\n"
        "Zij leerde je: Marco, je bent een geschenk voor de wereld.\n\n"
        "‘Veel vrienden vragen zich af of ze er wel mogen zijn. Dat komt door haar.’\n\n"
        "Werd je daar niet eigenwijs van?\n\n"
        "‘Natuurlijk. Maar eigenwijs is iets anders dan zeker.’\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "Je moeder is heel belangrijk voor je geweest, vertelde je vriendin.",
        "Zij leerde je: Marco, je bent een geschenk voor de wereld.",
        "Werd je daar niet eigenwijs van?",
    ]


def test_a_storys_short_quoted_lines_of_dialogue_are_no_answers():
    document = doc(
        "The crossing\n\n"
        "She looked at the sea for a long time before she spoke.\n\n"
        "‘It is cold today.’\n\n"
        "Was it? He had not noticed.\n\n"
        "‘Much colder than yesterday.’\n\n"
        "The ferry turned towards the harbour.\n\n"
        "‘We will be late again.’\n"
    )
    assert not document.questions


# --- "P.-" / "R.-": the label's period, then a dash ---------------------------------------------


def test_a_question_label_with_its_period_and_a_dash_opens_each_question():
    document = doc(
        "Lucía Arrieta (Pamplona, 1981) es periodista y autora de un diario de la crisis.\n\n"
        "P.- ¿Por qué sintió la necesidad de escribirlo?\n\n"
        "R.- Creo que los periodistas tenemos un compromiso con la democracia.\n\n"
        "P.- ¿Fue difícil tomar la decisión?\n\n"
        "R.- Mucho. Lo pensé durante semanas.\n"
    )
    assert asked(document) == [
        ("P", "¿Por qué sintió la necesidad de escribirlo?"),
        ("P", "¿Fue difícil tomar la decisión?"),
    ]


def test_initials_with_a_period_and_a_dash_in_an_article_are_no_labels():
    document = doc(
        "La sequía en el valle\n\n"
        "P.-J. Ruiz, alcalde del pueblo, explicó que el embalse está al veinte por ciento. "
        "¿Habrá agua en agosto? Nadie lo sabe todavía.\n\n"
        "R.-M. Gil, la técnica de la confederación, pidió calma a los regantes.\n"
    )
    assert not document.questions


# --- Three questions answered in turn to the end, under an introduction announcing them -------


def test_three_questions_answered_in_turn_to_the_end_below_an_announced_interview():
    document = doc(
        "Salcedo: “El Gobierno sigue sin mover ficha”\n\n"
        "Julián Salcedo nos recibe en su despacho. Vuelve enseguida con el presidente, "
        "posamos para las fotos y empezamos la entrevista.\n\n"
        "Ha escrito veinte libros. ¿Qué nombres ha dejado fuera por considerarlos "
        "demasiado delicados?\n\n"
        "No he dejado fuera temas, aunque sí anécdotas. No me he censurado.\n\n"
        "Empezó en un vespertino. ¿Qué aprendió en aquella etapa?\n\n"
        "Que la noticia no espera a nadie.\n\n"
        "¿Y qué le falta hoy al periodismo?\n\n"
        "Tiempo. Y lectores dispuestos a pagar por él.\n"
    )
    assert len(document.questions) == 3


def test_three_questions_answered_in_turn_then_the_article_going_on_are_no_interview():
    document = doc(
        "El Gobierno y la prensa\n\n"
        "Julián Salcedo nos recibe en su despacho y empezamos la entrevista con una pregunta "
        "que se hace todo el sector.\n\n"
        "Ha escrito veinte libros. ¿Qué nombres ha dejado fuera por considerarlos "
        "demasiado delicados?\n\n"
        "Ninguno, dice, aunque sí anécdotas.\n\n"
        "Empezó en un vespertino. ¿Qué aprendió en aquella etapa?\n\n"
        "Que la noticia no espera a nadie.\n\n"
        "¿Y qué le falta hoy al periodismo?\n\n"
        "Tiempo, y lectores dispuestos a pagar por él.\n\n"
        "El grupo presentará sus cuentas en marzo, cuando vence buena parte de la deuda "
        "que arrastra desde hace una década y que preocupa a los bancos acreedores.\n"
    )
    assert not document.questions


# --- Named once in full with the initials in brackets, a quotation taken up mid-way -----------


def test_a_name_with_its_initials_in_brackets_is_the_speaker_its_initials_name():
    document = doc(
        "Xoán Pazos: “Hoxe unha obra así sería imposible”\n\n"
        "Entrevista a Xoán Pazos en Diario do Miño:\n"
        "“(…) – Diario do Miño (DM): Estamos ante o seu cuarto libro ambientado no val.\n"
        "– Xoán Pazos (XP): É o cuarto, si, pero é a primeira vez que conto esta historia.\n"
        "– DM: O libro quere ser unha reflexión sobre o que se perdeu?\n"
        "– XP: Si, aínda que non pretende xulgar ninguén.\n"
        "– DM: A quen vai dirixido?\n"
        "– XP: A lectores de máis de dez anos.\n"
        "– DM: Por que segue tan presente algo que pasou hai sesenta anos?\n"
        "– XP: Porque o tempo deixa ver as cousas doutra maneira.”\n"
    )
    assert asked(document) == [
        ("DM", "Estamos ante o seu cuarto libro ambientado no val."),
        ("DM", "O libro quere ser unha reflexión sobre o que se perdeu?"),
        ("DM", "A quen vai dirixido?"),
        ("DM", "Por que segue tan presente algo que pasou hai sesenta anos?"),
    ]


def test_a_bracketed_word_that_is_not_the_names_initials_stays_a_bracketed_name():
    document = doc(
        "Radio de la mañana\n\n"
        "LOCUTOR (AP): ¿Qué tal el tráfico esta mañana?\n\n"
        "REPORTERA (LM): Lento en la entrada norte, como cada lunes.\n\n"
        "LOCUTOR (AP): ¿Y en el centro?\n\n"
        "REPORTERA (LM): Fluido, salvo en la plaza mayor.\n"
    )
    assert [speaker for speaker, _ in asked(document)] == ["LOCUTOR", "LOCUTOR"]
