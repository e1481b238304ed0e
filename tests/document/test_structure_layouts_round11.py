"""Layout rules found in the eleventh round's real pages (questions and speakers: club papers,
school papers, a children's workshop, a checklist), each with a document it must catch and
one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind
from reader.document.structure.text.cues import Cues
from reader.document.structure.text.textcues import Prefix

from .test_structure_layouts import CORPUS, asked, doc


def corpus(name: str):
    return doc(CORPUS.joinpath(f"{name}.txt").read_text(encoding="utf-8"))

# --- Questions a reader should ask themselves: a checklist, not an interview ---------------


def test_questions_asked_in_the_first_person_are_a_checklist_not_an_interview():
    document = doc(
        "Avant de devenir bénévole\n\n"
        "Voici les questions à se poser avant de s'engager.\n\n"
        "- Ai-je envie de m'engager loin de chez moi ?\n\n"
        "Pensez au temps de trajet, surtout en hiver.\n\n"
        "- Ai-je le goût du travail en équipe ?\n\n"
        "Beaucoup de missions se font à plusieurs.\n\n"
        "- Combien d'heures puis-je donner par semaine ?\n\n"
        "Parlez-en avec l'association, rien n'est gravé dans le marbre.\n\n"
        "- Suis-je prêt à suivre une formation ?\n\n"
        "Certaines missions en demandent une.\n"
    )
    assert asked(document) == []
    assert document.kind is not DocumentKind.INTERVIEW


def test_a_faq_asking_how_do_i_and_an_interviewer_asking_may_i_ask_you_keep_their_questions():
    faq = doc(
        "Library card questions\n\n"
        "How do I get a library card?\n\n"
        "Fill in the form on our registration page.\n\n"
        "How many books can I borrow?\n\n"
        "Up to thirty at any time.\n\n"
        "How long can I keep a book?\n\n"
        "Three weeks, and you may renew it twice.\n"
    )
    assert [text for _, text in asked(faq)] == [
        "How do I get a library card?",
        "How many books can I borrow?",
        "How long can I keep a book?",
    ]
    interview = doc(
        "Rencontre avec la gardienne du phare\n\n"
        "Journaliste : Puis-je vous demander depuis quand vous vivez ici ?\n\n"
        "Odile : Depuis vingt ans, avec mon chat.\n\n"
        "Journaliste : Ai-je raison de croire que l'hiver est rude ?\n\n"
        "Odile : Très rude, mais j'aime ça.\n\n"
        "Journaliste : Puis-je monter voir la lanterne ?\n\n"
        "Odile : Bien sûr, suivez-moi.\n"
    )
    assert len(asked(interview)) == 3


# --- Names beginning with a capital of Latin Extended-A ("Łukasz:", "Šimon:", "İrem Şahin:") --


def test_a_name_beginning_with_an_extended_latin_capital_is_a_speaker():
    document = doc(
        "Rozhovor s trenérem\n\n"
        "Šimon: Kdy jste začal trénovat?\n\n"
        "Řehoř Čermák: Před dvaceti lety, ještě jako student.\n\n"
        "Šimon: Co vás na tom nejvíc baví?\n\n"
        "Řehoř Čermák: Když kluci pochopí, proč něco děláme.\n\n"
        "Šimon: A co vás zlobí?\n\n"
        "Řehoř Čermák: Zima na hřišti v listopadu.\n"
    )
    assert asked(document) == [
        ("Šimon", "Kdy jste začal trénovat?"),
        ("Šimon", "Co vás na tom nejvíc baví?"),
        ("Šimon", "A co vás zlobí?"),
    ]
    answers = [b.text for b in document.blocks if b.role.name == "ANSWER"]
    assert answers[0] == "Řehoř Čermák: Před dvaceti lety, ještě jako student."


def test_the_last_guest_named_once_in_turkish_is_answered_like_the_others():
    # "İrem Şahin:", once, under "İrem, en sevdiğin bölüm hangisi?": a guest named over her
    # answer, as "Can Öztürk:" is, though her name begins with "İ".
    document = corpus("tr-okul-gazetesi-soru-isimli-cevap")
    assert [text for _, text in asked(document)][-2:] == [
        "Can, sen gazeteye nasıl katıldın?",
        "İrem, en sevdiğin bölüm hangisi?",
    ]


def test_a_lead_in_beginning_with_an_extended_latin_capital_used_once_stays_text():
    document = doc(
        "Świąteczny kiermasz w szkole\n\n"
        "Świetna zabawa: tak podsumowali kiermasz uczniowie klas szóstych, którzy sprzedali "
        "wszystkie pierniki w godzinę.\n\n"
        "Zebrane pieniądze trafią do schroniska dla zwierząt w naszym mieście.\n"
    )
    assert asked(document) == []
    assert document.blocks[1].text.startswith("Świetna zabawa: ")


# --- Children taking turns to ask one guest, whose answers are not named -------------------


def test_children_taking_turns_to_ask_are_each_a_speaker_and_the_answers_unnamed():
    document = doc(
        "Atelier : le champion du jeu télévisé\n\n"
        "Lina : Pourquoi vous êtes-vous inscrit ?\n"
        "Paul Ferrand : Mon père regardait le jeu tous les soirs.\n"
        "Hugo : Qu'est-ce que vous faisiez avant ?\n"
        "J'étais bibliothécaire.\n"
        "Hugo : Aviez-vous peur ?\n"
        "Un peu, oui. Le trac aide à rester concentré.\n"
        "Zoé : C'est quoi votre truc pour gagner ?\n"
        "De la mémoire et du calme.\n"
        "Noé : Est-ce qu'on vous reconnaît dans la rue ?\n"
        "Oui, souvent, et ça me fait plaisir.\n"
    )
    assert asked(document) == [
        ("Lina", "Pourquoi vous êtes-vous inscrit ?"),
        ("Hugo", "Qu'est-ce que vous faisiez avant ?"),
        ("Hugo", "Aviez-vous peur ?"),
        ("Zoé", "C'est quoi votre truc pour gagner ?"),
        ("Noé", "Est-ce qu'on vous reconnaît dans la rue ?"),
    ]


def test_parents_quoted_one_after_another_with_no_answers_ask_no_one():
    document = doc(
        "Rentrée : les parents s'inquiètent\n\n"
        "Devant l'école, les questions fusaient hier matin.\n\n"
        "Marie : Quand rouvre la cantine ?\n\n"
        "Paul : Et la garderie du soir ?\n\n"
        "Inès : Qui paiera les travaux ?\n\n"
        "Karim : Pourquoi personne ne nous a prévenus ?\n\n"
        "Autant de questions que la mairie n'a pas encore tranchées. Une réunion est prévue "
        "jeudi à 18 heures dans le préau.\n"
    )
    assert asked(document) == []


# --- A recurring speaker's name, then what they do as they speak ---------------------------


def test_a_speakers_name_then_what_they_do_before_the_colon_is_their_turn():
    document = doc(
        "Standard questions\n\n"
        "Me, smiling: Why would you be a good fit here?\n\n"
        "Walt: I want to help.\n\n"
        "Me, reading from the glossy page: How would you describe yourself?\n\n"
        "Walt: Someone who wants to help.\n\n"
        "Me, tugging my collar, still reading: Where do you see yourself in a year?\n\n"
        "Walt: Helping people.\n\n"
        "Me, skipping ahead: What if we did not take you?\n\n"
        "Walt: I'd help somewhere else.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Why would you be a good fit here?",
        "How would you describe yourself?",
        "Where do you see yourself in a year?",
        "What if we did not take you?",
    ]
    assert asked(document)[1][0] == "Me, reading from the glossy page"


def test_a_guest_calling_the_interviewer_by_name_before_a_colon_goes_on_answering():
    # No label of Lena's has a comma: "Lena, you know this yourself: …" is Tom speaking to her.
    document = doc(
        "At the bakery\n\n"
        "Lena: When do you start in the morning?\n\n"
        "Tom: At three, every day but Sunday.\n\n"
        "Lena, you know this yourself from your own night shifts: the mornings are the hardest.\n\n"
        "Lena: Who taught you?\n\n"
        "Tom: My grandmother.\n\n"
        "Lena: Do you still like it?\n\n"
        "Tom: More than ever.\n"
    )
    assert [text for _, text in asked(document)] == [
        "When do you start in the morning?",
        "Who taught you?",
        "Do you still like it?",
    ]


# --- A copied page's date field glued before the first question ----------------------------


def test_a_date_field_glued_before_the_first_question_is_no_part_of_it():
    document = corpus("cs-dite-se-pta-otce-mezititulek-otazka")
    assert asked(document)[0] == ("", "Báro, co pro tebe bylo v tomhle školním roce nejtěžší?")
    assert "date 2021-12" in document.blocks[0].text  # nothing lost on the page


def test_a_question_beginning_with_the_word_date_keeps_it():
    document = doc(
        "Wedding planners\n\n"
        "Date 2021-12 or 2022-06: which did most couples pick?\n\n"
        "June, by far.\n\n"
        "Why?\n\n"
        "The light, and the guests' holidays.\n\n"
        "And the cost?\n\n"
        "Higher in June, but they pay it.\n"
    )
    assert [text for _, text in asked(document)][0] == (
        "Date 2021-12 or 2022-06: which did most couples pick?"
    )


# --- Speakers' names with no colon, taking turns ------------------------------------------


def test_names_with_no_colon_taking_turns_open_the_turns():
    document = doc(
        "Leute im Sport: Karin Hollweg im Gespräch\n\n"
        "Die Reporterin schreibt seit vielen Jahren über den Handballclub der Stadt.\n\n"
        "Hinter der Linie Du hast als Kind die WM in der eigenen Halle erlebt. Fing es da an?\n\n"
        "Karin Hollweg Es fing eher unfreiwillig an, mein Vater bestimmte das Programm.\n\n"
        "Hinter der Linie Wann wusstest du, dass du darüber schreiben willst?\n\n"
        "Karin Hollweg Mit sechzehn, bei der Schülerzeitung.\n\n"
        "Hinter der Linie Und wie kamst du zur Zeitung?\n\n"
        "Karin Hollweg Über ein Praktikum in den Sommerferien.\n"
    )
    assert asked(document) == [
        ("Hinter der Linie", "Du hast als Kind die WM in der eigenen Halle erlebt. Fing es da an?"),
        ("Hinter der Linie", "Wann wusstest du, dass du darüber schreiben willst?"),
        ("Hinter der Linie", "Und wie kamst du zur Zeitung?"),
    ]


def test_a_results_list_whose_lines_share_their_first_words_names_no_speaker():
    document = doc(
        "Maria Lang Gold im Slalom, mit einer Sekunde Vorsprung.\n\n"
        "Maria Lang Silber in der Abfahrt, knapp hinter der Siegerin.\n\n"
        "Maria Lang Bronze in der Kombination.\n\n"
        "Jonas Frei Gold im Riesenslalom.\n\n"
        "Jonas Frei Silber im Super-G.\n\n"
        "Jonas Frei Vierter in der Abfahrt.\n"
    )
    cues = Cues(document.blocks, 0, len(document.blocks))
    assert all(prefix is Prefix.NONE for prefix in cues.prefixes)


# --- The last numbered question, which does not ask, joined to its answer's line ----------


def _numbered(last: str) -> str:
    return (
        "¡Hola, Lucía! Queremos hablar con las capitanas de cada equipo del club en estos días "
        "tan raros para todas.\n"
        "1. ¿Nos haces un balance de la temporada?\n"
        "Ha sido muy buena, hemos hecho muy buen grupo.\n"
        "2. ¿Qué has aprendido estos meses?\n"
        "A respetar a las compañeras y a pelear hasta el final.\n"
        "3. ¿Qué echas de menos?\n"
        "Ver a mis compañeras jugando todas juntas.\n"
        f"{last}\n"
        "Que podamos salir pronto y que esto se acabe.\n"
    )


def test_the_last_numbered_question_that_does_not_ask_is_cut_from_its_answer():
    document = doc(_numbered("4. Para terminar, un deseo…"))
    assert [text for _, text in asked(document)][-1] == "Para terminar, un deseo…"


def test_a_numbered_line_out_of_sequence_stays_with_the_line_after_it():
    document = doc(_numbered("9. Para terminar, un deseo…"))
    assert "Para terminar, un deseo…" not in [text for _, text in asked(document)]


# --- A dialogue of hyphens against their words, its lines joined into one paragraph --------


def test_hyphen_turns_joined_into_one_paragraph_are_cut_apart():
    # "-¿Qué peso tienen los socios?" / "-Mucho," / "pero no son tantos …": the lines cut
    # short make one paragraph; its hyphens against their words are the turns.
    document = corpus("es-club-barrio-guion-lineas-cortadas-pregunta-repetida")
    assert [text for _, text in asked(document)][:2] == [
        "¿Qué peso tienen los socios?",
        "Algo que llama la atención y no tiene cualquier club es la ludoteca. ¿Cómo funciona?",
    ]


def test_a_report_with_one_dashed_question_and_hyphenated_names_stays_one_paragraph():
    text = (
        "El derbi terminó 2-1 y el entrenador lo resumió en la sala de prensa. -¿Y ahora? "
        "preguntó un periodista al final. -Madrid espera el martes. -Sevilla, el domingo, "
        "y luego llega el parón de selecciones.\n"
    )
    document = doc("Crónica del derbi\n\n" + text)
    # "-¿Y ahora?" is cut off as a dashed question always was; the names after it stay its text.
    assert asked(document) == []
    assert document.blocks[-1].text.endswith(
        "-¿Y ahora? preguntó un periodista al final. -Madrid espera el martes. -Sevilla, el "
        "domingo, y luego llega el parón de selecciones."
    )
