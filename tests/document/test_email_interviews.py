"""Interviews done by e-mail and saved or pasted as plain text: the mail's header, the reply's
attribution, the questions quoted with "> " and answered under each, the sign-off, signature
and "Sent from my iPhone". Each rule with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind, Role

from .test_structure_layouts import doc

QUOTED = (
    "> What made you take on the overgrown plot?\n\n"
    "Nobody else wanted it, and the brambles were full of blackberries.\n\n"
    "> How much time do you spend there in a week?\n\n"
    "Three evenings and most of Sunday.\n\n"
    "> Which crop has surprised you the most?\n\n"
    "Sweet potatoes: eleven kilos from one bed.\n"
)


def roles(document) -> dict[str, Role]:
    return {block.text: block.role for block in document.blocks}


def headings(document) -> list[str]:
    return [question.heading for question in document.questions]


# --- The header: each line apart, the subject without its reply prefix is the title ----------


def test_a_mail_header_is_front_matter_and_its_subject_without_re_is_the_title():
    mail = doc(
        "Von: Katrin Albers <k.albers@example.de>\n"
        "Gesendet: Mittwoch, 5. Februar 2025 21:32\n"
        "An: Redaktion <redaktion@example.de>\n"
        "Betreff: AW: Ihre Fragen zum Lastenrad-Verleih\n\n"
        f"Hallo Herr Brandt, anbei meine Antworten.\n\n{QUOTED}"
    )
    assert mail.title == "Ihre Fragen zum Lastenrad-Verleih"
    assert mail.kind is DocumentKind.INTERVIEW
    header = [b for b in mail.blocks if b.text.startswith(("Von:", "Gesendet:", "An:", "Betreff:"))]
    assert len(header) == 4  # each line its own block, none of them a question or an answer
    assert all(b.role not in (Role.QUESTION, Role.ANSWER, Role.INTRO) for b in header)
    assert "Von: Katrin Albers" in mail.text and "AW: Ihre Fragen" in mail.text  # nothing lost


def test_forward_and_repeated_prefixes_leave_the_subject_and_a_subject_word_stays():
    for prefix in ("Re: ", "RE: Fwd: ", "TR: ", "RV: ", "Re[2]: "):
        mail = doc(
            f"From: Ana Ruiz\nTo: Editor\nSubject: {prefix}Five minutes with Ana\n\n{QUOTED}"
        )
        assert mail.title == "Five minutes with Ana", prefix
    # "Regional news" opens with "Re" but is no prefix; "From here to there" is no header
    kept = doc(f"From: Ana Ruiz\nTo: Editor\nSubject: Regional news: the ferry\n\n{QUOTED}")
    assert kept.title == "Regional news: the ferry"
    prose = doc(
        "From here to there\nThe ferry crosses twice a day.\nTo: nobody\n\n"
        "The ferry crosses the bay twice a day, more in summer.\n"
    )
    assert prose.title == "From here to there"


# --- The reply's attribution is no question and no title ----------------------------------------


def test_on_a_date_someone_wrote_is_neither_a_question_nor_the_title():
    for attribution in (
        "On Mon, 3 Jun 2024 at 10:02, Peter Walsh <peter@example.org> wrote:",
        "Le lun. 3 mars 2025 à 09:14, Julien Favre <julien@example.fr> a écrit :",
        "Am Mo., 3. Feb. 2025 um 11:20 Uhr schrieb Jonas Brandt <jonas@example.de>:",
    ):
        mail = doc(
            f"From: Ana Ruiz\nTo: Editor\nSubject: Re: Five minutes\n\n{attribution}\n{QUOTED}"
        )
        assert mail.title == "Five minutes"
        assert headings(mail) == [
            "What made you take on the overgrown plot?",
            "How much time do you spend there in a week?",
            "Which crop has surprised you the most?",
        ], attribution


# --- The sign-off, signature and "Sent from my iPhone" end the last answer ----------------------


def test_the_sign_off_signature_and_phone_line_are_not_the_last_answer():
    mail = doc(
        f"From: Tomasz\nTo: Ruth\nSubject: Re: Q&A for the autumn issue\n\n{QUOTED}\n"
        "Cheers,\nTomasz\n\n-- \nTomasz Wieczorek, plot 41\n\nSent from my iPhone\n"
    )
    seen = roles(mail)
    assert seen["Sweet potatoes: eleven kilos from one bed."] is Role.ANSWER
    assert seen["Sent from my iPhone"] is Role.FOOTER
    sign_off = next(text for text in seen if text.startswith("Cheers,"))
    signature = next(text for text in seen if text.startswith("--"))
    assert seen[sign_off] is Role.FOOTER and seen[signature] is Role.FOOTER
    for sent in ("Envoyé de mon iPhone", "Von meinem iPhone gesendet", "Enviado desde mi móvil"):
        other = doc(f"From: A\nTo: B\nSubject: Re: Five minutes\n\n{QUOTED}\n{sent}\n")
        assert roles(other)[sent] is Role.FOOTER, sent


def test_a_last_answer_that_thanks_or_signs_in_its_sentence_stays_an_answer():
    thanks = doc(f"From: A\nTo: B\nSubject: Re: Five minutes\n\n{QUOTED}\nThank you!\n")
    assert roles(thanks)["Thank you!"] is not Role.FOOTER  # the interview's last words
    sentence = doc(
        f"From: A\nTo: B\nSubject: Re: Five minutes\n\n{QUOTED}\n"
        "Best of all, the neighbours now bring their own seeds every spring.\n"
    )
    assert (
        roles(sentence)["Best of all, the neighbours now bring their own seeds every spring."]
        is Role.ANSWER
    )


# --- Mail that is no interview --------------------------------------------------------------------


def test_an_ordinary_thread_with_a_question_or_two_gets_no_questions():
    thread = doc(
        "From: Jane Doyle\nSubject: Re: Room booking for the March meetup\n\n"
        "Yes, the small room is fine. 18:30 works for me too.\n\n"
        "Can someone bring the projector cable? I lost mine.\n\nJane\n\n"
        "John Smithers wrote:\n> Hi all,\n>\n> Should we keep the small room, or is it too tight?\n"
        ">\n> If we keep it, what time suits everyone?\n>\n> John\n"
    )
    assert thread.questions == ()
    assert thread.title == "Room booking for the March meetup"


# --- An answer typed right under its quoted question, no blank line between ------------------


def test_an_answer_right_under_its_quoted_question_is_the_answer_not_the_quote():
    mail = doc(
        "De: Lucía Herrero\nPara: Boletín\nAsunto: RE: Entrevista para el boletín\n\n"
        "> ¿Cuándo empezó el coro del barrio?\n"
        "Hace diez años, con seis vecinas y un piano desafinado en el local.\n\n"
        "> ¿Hace falta saber música para entrar?\n"
        "No. Solo ganas y venir los martes. Aprendemos las canciones de oído.\n\n"
        "> ¿Cuál ha sido vuestro mejor concierto?\n"
        "El de la residencia en Navidad: acabamos cantando con ellos villancicos.\n\n"
        "> ¿Qué necesitáis ahora?\nVoces de hombre, sobre todo graves. Somos veintidós.\n"
    )
    assert headings(mail) == [
        "¿Cuándo empezó el coro del barrio?",
        "¿Hace falta saber música para entrar?",
        "¿Cuál ha sido vuestro mejor concierto?",
        "¿Qué necesitáis ahora?",
    ]
    answer = "Hace diez años, con seis vecinas y un piano desafinado en el local."
    assert roles(mail)[answer] is Role.ANSWER


def test_a_quote_going_on_without_its_mark_after_a_statement_stays_one_quote():
    page = doc(
        "Notes from the meeting\n\n"
        "> We will keep the small room for now.\nThe bigger one is booked until May.\n\n"
        "Everybody agreed and the meeting closed at nine.\n"
    )
    quotes = [b.text for b in page.blocks if b.kind.name == "QUOTE"]
    assert quotes == ["We will keep the small room for now. The bigger one is booked until May."]
