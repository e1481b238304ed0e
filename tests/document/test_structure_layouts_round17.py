"""Layout rules found in the seventeenth round's real pages (a school paper's "N:¿…?" turns,
two guests answering each question in turn, a how-to's questions in title case, a quiz that
tells its reader to answer), each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind
from reader.document.structure.text.textcues import Prefix, split_prefix

from .test_structure_layouts import asked, doc

# --- Initials straight against "¿" -------------------------------------------------------------


def test_initials_against_a_spanish_question_mark_are_its_label():
    assert split_prefix("N:¿Cómo se le ocurrió?")[:2] == (Prefix.SPEAKER, "n")
    assert split_prefix("N.¿A qué se dedica?")[:2] == (Prefix.SPEAKER, "n")


def test_a_sentence_ending_before_a_question_mark_is_no_label():
    # A lower-case word before "¿" ends a sentence, it names no one.
    assert split_prefix("Lo dijo.¿Y qué?")[0] is Prefix.NONE
    # Set apart from "¿", a period ends an abbreviation, not a label.
    assert split_prefix("N. ¿A qué se dedica?")[0] is not Prefix.SPEAKER


_SCHOOL = (
    "Entrevista a Marisa, alcaldesa del pueblo\n\n"
    "Noelia hizo las preguntas que habíamos preparado:\n\n"
    "N:¿Cómo se le ocurrió presentarse a alcaldesa?\n\n"
    "M: Me presenté para colaborar con el pueblo y hacer cosas aquí.\n\n"
    "N: ¿Cuándo empezó a trabajar como alcaldesa?\n\n"
    "M: En junio de 2015, después de las elecciones.\n\n"
    "N.¿A qué se dedica aparte de ser alcaldesa?\n\n"
    "M: Era profesora de autoescuela durante muchos años.\n"
)


def test_a_school_papers_glued_initials_open_the_questions():
    assert asked(doc(_SCHOOL)) == [
        ("N", "¿Cómo se le ocurrió presentarse a alcaldesa?"),
        ("N", "¿Cuándo empezó a trabajar como alcaldesa?"),
        ("N", "¿A qué se dedica aparte de ser alcaldesa?"),
    ]


# --- Two guests answering each question in turn ------------------------------------------------

_TWO_GUESTS = (
    "Dobitnice povelje o knjižnicama\n\n"
    "Ovogodišnje povelje dobile su dvije knjižničarke iz Rijeke. "
    "Tim povodom razgovaramo s njima.\n\n"
    "Kako je povjerenstvo obrazložilo nagradu?\n\n"
    "Milka Perić: Hvala na pozivu. U obrazloženju su istaknuta tri dijela mojeg rada i suradnja "
    "s drugim ustanovama u gradu.\n\n"
    "Ivana Radić: Kad netko s govornice nabraja tvoje aktivnosti, sve odjednom dobije težinu "
    "koje u radu nisi svjestan.\n\n"
    "Kako izgleda vaš radni dan u knjižnici?\n\n"
    "Ivana Radić: Školska knjižnica nikad ne miruje, između dva zvona u njoj je pola škole.\n\n"
    "Milka Perić: Kod nas je dan podijeljen između sastanaka, korisnika i planiranja programa.\n\n"
    "Što biste poručili mladim knjižničarima?\n\n"
    "Milka Perić: Neka ne pristaju na prosječnost ni kad je teško i kad nitko ne gleda.\n\n"
    "Ivana Radić: I neka se ne boje pitati starije kolege za savjet.\n"
)


def test_two_named_guests_in_a_row_answer_the_paragraph_above_them():
    assert [text for _, text in asked(doc(_TWO_GUESTS))] == [
        "Kako je povjerenstvo obrazložilo nagradu?",
        "Kako izgleda vaš radni dan u knjižnici?",
        "Što biste poručili mladim knjižničarima?",
    ]


def test_named_statements_with_no_question_above_them_stay_an_article():
    # The same names over paragraphs that do not ask: quotes gathered in a report.
    text = _TWO_GUESTS.replace("nagradu?", "nagradu.").replace("knjižnici?", "knjižnici.")
    text = text.replace("knjižničarima?", "knjižničarima.")
    assert asked(doc(text)) == []


# --- A how-to's questions in title case ---------------------------------------------------------

_HOW_TO = (
    "Podcast Transcript Example and Format\n\n"
    "A good transcript is a readable record that lets people skim, search and quote.\n\n"
    "Speaker Labels\n\n"
    "Use clear labels. Don't leave Speaker 1 and Speaker 2 when you know the names of both.\n\n"
    "{q1}\n\n"
    "Pick one style and keep to it. For most shows, minutes and seconds are enough for this.\n\n"
    "{q2}\n\n"
    "If you publish the audio, yes: a transcript makes it accessible and searchable by all.\n\n"
    "{q3}\n\n"
    "Read it once against the audio before you publish it, and fix the names you misheard.\n"
)


def test_questions_in_title_case_are_a_how_tos_intertitles():
    document = doc(_HOW_TO.format(
        q1="Which Timestamp Format Should You Use?",
        q2="Do You Need a Transcript for Every Episode?",
        q3="How Do You Check the Final Transcript?",
    ))
    assert asked(document) == []


def test_the_same_questions_written_as_sentences_are_asked():
    document = doc(_HOW_TO.format(
        q1="Which timestamp format should you use?",
        q2="Do you need a transcript for every episode?",
        q3="How do you check the final transcript?",
    ))
    assert len(asked(document)) == 3


# --- A quiz telling its reader to answer --------------------------------------------------------

_QUIZ = (
    "Vyskúšaj otázky z prijímačiek na Oxford\n\n"
    "Ak si dosť bystrý, nasledujúce otázky ti nebudú robiť problém: prečítaj si otázku, "
    "{invite} a až potom si pozri vysvetlenie.\n\n"
    "Máš pred sebou tri zlúčeniny. Ktorá z nich sa rozpúšťa najlepšie?\n\n"
    "Profesor biochémie vysvetľuje, že na správnej odpovedi nezáleží, skúšajúcich zaujíma, ako "
    "uchádzač k otázke pristúpi a koľko úsilia vynaloží.\n\n"
    "Lienky sú červené. Aj jahody sú červené. Prečo?\n\n"
    "Profesor biológie chce zistiť, ako by študenti vyriešili tento prírodný paradox a ako "
    "by postupovali krok za krokom.\n\n"
    "Zaslúžia si bankári platy, ktoré dostávajú?\n\n"
    "Profesor ekonómie očakáva, že uchádzač zváži argumenty oboch strán a nepodľahne prvému "
    "dojmu ani titulkom v novinách.\n"
)


def test_a_page_telling_its_reader_to_answer_is_a_quiz():
    document = doc(_QUIZ.format(invite="skús na ňu odpovedať"))
    assert asked(document) == []
    assert document.kind is not DocumentKind.INTERVIEW


def test_the_same_page_without_the_invitation_keeps_its_questions():
    assert len(asked(doc(_QUIZ.format(invite="zamysli sa")))) == 3


# --- The first question alone under a magazine's name -------------------------------------------

_NAMED_FIRST = (
    "Marta Zielińska: Nic nie zastąpi nam telefonów w kieszeni\n\n"
    "Im bardziej świat się dzieli, tym bardziej firmy słuchają rządów – mówi ekonomistka.\n\n"
    "{label}: Liczyłem, że przyjedziesz tramwajem i zapytam cię, co czytałaś po drodze?\n\n"
    "Nawet gdybym jechała tramwajem, nie zdążyłabym nic przeczytać, bo mieszkam bardzo blisko "
    "redakcji i zwykle chodzę pieszo.\n\n"
    "...i masz mniej okazji do bezmyślnego przewijania?\n\n"
    "To nie takie proste, bo mam małe dzieci, a przy dzieciach telefon jest pod ręką cały czas "
    "i trudno o spokojną lekturę.\n\n"
    "A książki papierowe?\n\n"
    "E-booków wciąż nie lubię, zawsze noszę przy sobie jakąś książkę, ale rzadko do niej "
    "zaglądam w ciągu tygodnia.\n"
)


def test_a_magazines_name_over_its_first_question_only_is_the_asker():
    found = asked(doc(_NAMED_FIRST.format(label="Plus Minus")))
    assert found[0] == (
        "Plus Minus", "Liczyłem, że przyjedziesz tramwajem i zapytam cię, co czytałaś po drodze?"
    )
    assert len(found) == 3


def test_a_label_announcing_the_question_names_no_one():
    found = asked(doc(_NAMED_FIRST.format(label="Pierwsze Pytanie")))
    assert found[0][0] == ""


# --- "Salma pour le JM :" once, then "JM :" -------------------------------------------------------

_FOR_THE_PAPER = (
    "Écoute et rigueur\n\n"
    "La première conférence de presse de l'année a permis à la classe de recevoir "
    "la directrice.\n\n"
    "{first} : Pour commencer, comment voulez-vous qu'on vous appelle ?\n"
    "Mme Lambot : – Comme vous voulez, au plus simple pour vous, vraiment.\n\n"
    "JM : Comment s'est passée votre première rentrée au lycée ?\n"
    "Mme Lambot : – Très bien ! Ma rentrée a commencé dès juillet avec toute l'équipe.\n\n"
    "JM : Allez-vous garder le voyage de fin d'année ?\n"
    "Mme Lambot : – Oui, c'est une tradition à laquelle je tiens beaucoup.\n"
)


def test_a_student_writing_for_the_paper_is_the_paper_shortened():
    found = asked(doc(_FOR_THE_PAPER.format(first="Salma pour le JM")))
    assert found[0] == ("JM", "Pour commencer, comment voulez-vous qu'on vous appelle ?")


def test_a_name_for_another_paper_is_not_the_recurring_asker():
    # Named once for a paper no later label shortens: a lead-in, not the asker "JM".
    found = asked(doc(_FOR_THE_PAPER.format(first="Salma pour le Mag")))
    assert ("JM", "Pour commencer, comment voulez-vous qu'on vous appelle ?") not in found
