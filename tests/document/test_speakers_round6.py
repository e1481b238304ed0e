"""Named-speaker rules of the sixth speakers round (a host's turns that ask nothing, and the
labels chatty transcripts write), each with a document it must catch and one it must not."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- The interviewer named once, over the first question, then only the guest named --------

_NAMED_ONCE_ASKER = (
    "Julio Lagos: \"La radio es tener ganas de escuchar\"\n\n"
    "El locutor repasa cincuenta años delante del micrófono.\n\n"
    "Marta Quiroga (conductora): Julio, bienvenido. ¿Cómo nació este libro?\n\n"
    "Julio Lagos: De una deuda. No contar lo vivido era casi un delito, una omisión grave.\n\n"
    "¿Te escuchás a vos mismo cuando hablás?\n\n"
    "Lagos: No, y creo que el tono es un accidente del oficio, no un mérito mío.\n\n"
    "¿Cuál fue la entrevista que nunca olvidaste?\n\n"
    "Lagos: Una con un escritor ciego que me pidió que le describiera el estudio.\n\n"
    "¿Y qué te queda por hacer?\n\n"
    "Lagos: Seguir. Mientras alguien quiera escuchar, voy a tener ganas de hablar.\n"
)


def test_an_interviewer_named_once_over_the_first_question_asks_it():
    # Her turn was read as a guest's answer (two named turns in a row, one answer by two
    # guests), so the lead above it became the first question, or her label stayed in it.
    assert asked(doc(_NAMED_ONCE_ASKER)) == [
        ("Marta Quiroga", "Julio, bienvenido. ¿Cómo nació este libro?"),
        ("", "¿Te escuchás a vos mismo cuando hablás?"),
        ("", "¿Cuál fue la entrevista que nunca olvidaste?"),
        ("", "¿Y qué te queda por hacer?"),
    ]


def test_a_guest_named_in_full_once_then_by_surname_still_answers():
    # Must not: the guest's first answer, named in full once, asks nothing: it is no asker's.
    text = _NAMED_ONCE_ASKER.replace(
        "Marta Quiroga (conductora): Julio, bienvenido. ¿Cómo nació este libro?",
        "Julio, bienvenido. ¿Cómo nació este libro?",
    )
    assert asked(doc(text))[0] == ("", "Julio, bienvenido. ¿Cómo nació este libro?")


# --- A Hindi transcript's visarga after the name, a dash set against the name ---------------

_VISARGA = (
    "आपका पत्र मिला : श्रोता मित्र से बातचीत\n\n"
    "चंद्रिमाः नमस्कार दोस्तो, कार्यक्रम में आपका स्वागत है।\n\n"
    "पंकजः आज हमारे स्टूडियो में हमारे पुराने श्रोता अमीर अहमद आए हैं।\n\n"
    "चंद्रिमाः अमीर जी, आपका हार्दिक स्वागत है।\n\n"
    "अमीरः बहुत बहुत धन्यवाद, चंद्रिमा जी।\n\n"
    "पंकजः आपने हमारा कार्यक्रम सुनना कब शुरू किया था?\n\n"
    "अमीरः उन्नीस सौ अस्सी के आसपास, अब्बा के पुराने ट्रांज़िस्टर पर शॉर्टवेव घुमाते हुए।\n\n"
    "चंद्रिमाः बीजिंग आकर आपको सबसे ज़्यादा क्या अच्छा लगा?\n\n"
    "अमीरः यहाँ की सुबह। पार्क में लोग गाते हैं, नाचते हैं और ताई ची करते हैं।\n"
)


def test_a_name_closed_by_the_visarga_labels_a_hindi_turn():
    # "पंकजः …": the visarga (ः) closes the name as a colon does; it was left in the question.
    assert asked(doc(_VISARGA)) == [
        ("पंकज", "आपने हमारा कार्यक्रम सुनना कब शुरू किया था?"),
        ("चंद्रिमा", "बीजिंग आकर आपको सबसे ज़्यादा क्या अच्छा लगा?"),
    ]


def test_a_name_ending_like_an_adverb_before_the_visarga_is_still_a_name():
    # "अमितः": a name in "-त", as the adverbs "अतः", "मूलतः" end, still labels the turn.
    text = _VISARGA.replace("पंकजः", "अमितः")
    assert asked(doc(text))[0] == ("अमित", "आपने हमारा कार्यक्रम सुनना कब शुरू किया था?")


def test_an_adverb_ending_in_the_visarga_names_no_one():
    # Must not: "अतः" (therefore) and "पुनः" (again) open sentences, they are no speakers.
    text = (
        "जल संरक्षण\n\n"
        "अतः हमें पानी बचाना चाहिए। क्या आप रोज़ पानी बचाते हैं?\n\n"
        "पुनः सोचिए कि नल खुला छोड़ना कितना महंगा है।\n\n"
        "अतः हर बूंद कीमती है। क्या आपके घर में नल टपकता है?\n\n"
        "पुनः याद रखिए कि बारिश का पानी भी जमा किया जा सकता है।\n"
    )
    assert asked(doc(text)) == []


_GLUED_DASH = (
    "Transcript: Pitch Side with Dana Okafor\n\n"
    "Ravi Menon– Hello and welcome to Pitch Side. Today we are talking with Dana Okafor about "
    "reporting football.\n\n"
    "Welcome to the show, Dana!\n\n"
    "Dana Okafor– Oh, great. Thanks so much! I appreciate you having me!\n\n"
    "RM– It is my pleasure!\n\n"
    "Now, you came to football late. What did the game look like to you in that first year?\n\n"
    "DO– Mostly confusing. What got me was the talking: nobody on a pitch is ever quiet.\n\n"
    "RM– Which match would you keep if you could only keep one?\n\n"
    "DO– A rainy league game in March, nothing at stake, two thousand people.\n"
)


def test_a_dash_set_against_the_name_labels_the_turn():
    # "RM– …": the dash straight after the name, then a space; the label stayed in the text.
    assert ("RM", "Which match would you keep if you could only keep one?") in asked(
        doc(_GLUED_DASH)
    )


# --- A turn opening with a reply to the guest's thanks ---------------------------------------


def test_a_reply_to_the_guests_thanks_is_no_part_of_the_question_below_it():
    # "RM– It is my pleasure!" answers "Thanks so much!"; the question is the next paragraph.
    assert asked(doc(_GLUED_DASH))[0] == (
        "RM", "Now, you came to football late. What did the game look like to you in that "
        "first year?",
    )


def test_a_short_opening_after_no_thanks_stays_in_the_question():
    # Must not: without thanks before it, the short paragraph opens the question.
    text = _GLUED_DASH.replace("Oh, great. Thanks so much! I appreciate you having me!",
                               "Oh, great. Happy to be here at last, it has been a while.")
    assert asked(doc(text))[0] == (
        "RM", "It is my pleasure! Now, you came to football late. What did the game look like "
        "to you in that first year?",
    )


def test_a_welcome_answered_at_length_stays_a_question():
    # Must not: the corpus counts a welcome the guest answers with more than thanks
    # ("Ruth, welcome." / "Thanks for having me, Dana. I should say …").
    text = (
        "Night Shift Stories, episode 9\n\n"
        "[00:00:03] Priya: This is Night Shift Stories. My guest tonight has baked bread for "
        "twenty-two years. Sam, welcome.\n\n"
        "[00:00:14] Sam: Thanks, Priya. Honestly I almost said no, because four in the "
        "afternoon is the middle of my night.\n\n"
        "[00:00:25] Priya: What does a normal night look like?\n\n"
        "[00:00:28] Sam: I'm in at eleven. First I shape, then the rolls, and by three the "
        "ovens are full.\n\n"
        "[00:01:40] Priya: Would you do it all again?\n\n"
        "[00:01:43] Sam: Every night of it.\n"
    )
    assert [question for _, question in asked(doc(text))] == [
        "This is Night Shift Stories. My guest tonight has baked bread for twenty-two years. "
        "Sam, welcome.",
        "What does a normal night look like?",
        "Would you do it all again?",
    ]
