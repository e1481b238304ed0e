"""Interviews by e-mail, round 2: a quoted header in the middle of a thread ("-----Original
Message-----" / "-------- Message d'origine --------" / "-----Ursprüngliche Nachricht-----"),
the note a forwarder writes above it, an answer typed into the quoted questionnaire ("> ANTWORT:
…", capitals), a mail forwarded under a cover note. Each rule with a document it must catch and
one it must not; every character stays in the text."""

from __future__ import annotations

from reader.document.model import DocumentKind, Role

from .test_structure_layouts import doc

QUESTIONS = (
    "What got you into rowing?\n"
    "A friend dragged me to a learn-to-row weekend and I never went back to the gym.\n\n"
    "How many juniors train with the club now?\n"
    "Thirty-one, up from nine when I started coaching.\n\n"
    "Which race are you aiming at this season?\n"
    "The regional junior regatta in June.\n"
)
HEADER = (
    "-----Original Message-----\n"
    "From: Marcus Bell <marcus@example.org>\n"
    "Sent: Wednesday, March 12, 2025 9:10 AM\n"
    "To: Daniel Osei <d.osei@example.net>\n"
    "Subject: Q&A for the bulletin\n\n"
)


def headings(document) -> list[str]:
    return [question.heading for question in document.questions]


def block_texts(document) -> list[str]:
    return [block.text for block in document.blocks]


# --- A quoted header mid-text: each line apart ---------------------------------------------


def test_a_quoted_header_in_the_middle_stands_line_by_line_and_a_prose_paragraph_does_not():
    mail = doc(f"Hi Grace,\n\nSee below.\n\n{HEADER}{QUESTIONS}")
    texts = block_texts(mail)
    for line in HEADER.strip().splitlines():
        assert line.replace("<", "").replace(">", "") in texts  # its own block, not glued
    assert "Original Message" in mail.text and "marcus@example.org" in mail.text
    # a paragraph whose lines merely open with "From" and "To" stays one paragraph
    prose = doc(
        "The ferry.\n\nIt runs daily.\n\nFrom the harbour it crosses twice a day\n"
        "to the island and back, more often in summer\nwhen the weather allows.\n"
    )
    assert any(t.startswith("From the harbour it crosses") and "weather" in t
               for t in block_texts(prose))


def test_thunderbirds_divider_with_the_subject_first_stands_apart():
    mail = doc(
        "Bonjour,\n\nVoici les réponses.\n\n-------- Message d'origine --------\n"
        "Sujet : Re: Entretien\nDate : mer. 9 avr. 2025 22:41\nDe : Noémie <n@example.org>\n"
        "Pour : Claire <c@example.fr>\n\nLe texte suit ici.\n"
    )
    texts = block_texts(mail)
    assert "-------- Message d'origine --------" in texts
    assert "Date : mer. 9 avr. 2025 22:41" in texts


# --- The note above a quoted header is no question of the interview -------------------------


def test_the_forwarders_question_above_the_quoted_header_is_not_a_question():
    mail = doc(
        "Subject: FW: Q&A for the bulletin\n\nHi Grace,\n\n"
        "Forwarding Daniel's answers, typed under my questions. Could you tidy the layout?\n\n"
        f"Thanks,\nMarcus\n\n{HEADER}Hi Daniel, a few questions:\n\n{QUESTIONS}"
    )
    assert headings(mail) == [
        "What got you into rowing?",
        "How many juniors train with the club now?",
        "Which race are you aiming at this season?",
    ]
    note = next(b for b in mail.blocks if b.text.startswith("Forwarding"))
    assert note.role is not Role.QUESTION


def test_questions_above_and_below_a_header_with_one_below_are_left_as_found():
    # only one question under the header: the rule needs two, the interview above stands
    above = (
        "What got you into rowing?\nA friend took me along one weekend in spring.\n\n"
        "How many juniors train now?\nThirty-one of them, up from nine.\n\n"
        "Which race is next for you?\nThe regional regatta in June.\n\n"
    )
    mail = doc(f"Rowing questions\n\n{above}{HEADER}Any news on the boathouse?\nNot yet.\n")
    assert "What got you into rowing?" in headings(mail)


# --- An answer typed into the quoted questionnaire ------------------------------------------


def test_an_answer_labelled_or_in_capitals_under_a_quoted_question_is_split_from_it():
    mail = doc(
        "Betreff: Interview Repair-Café\n\nHallo,\n\n"
        "> Wie kam es zur Gründung?\n"
        "> ANTWORT: Mein Toaster war kaputt und niemand wollte ihn reparieren.\n>\n"
        "> Was wird am häufigsten gebracht?\n"
        "> ANTWORT: Lampen, Kaffeemaschinen und im Sommer vor allem Fahrräder.\n>\n"
        "> Wie viele helfen mit?\n"
        "> ANTWORT: Im Moment vierzehn, darunter zwei pensionierte Elektriker.\n"
    )
    assert headings(mail) == [
        "Wie kam es zur Gründung?", "Was wird am häufigsten gebracht?", "Wie viele helfen mit?"]
    capitals = doc(
        "Subject: Club questions\n\nHi,\n\n"
        "> What got you into rowing?\n"
        "> A FRIEND TOOK ME ALONG TO A LEARN-TO-ROW WEEKEND IN 2009.\n>\n"
        "> How many juniors train now?\n"
        "> THIRTY-ONE, UP FROM NINE WHEN I STARTED COACHING THEM.\n>\n"
        "> Which race is next?\n> THE REGIONAL REGATTA IN JUNE, WITH TWO QUADS THAT COULD MEDAL.\n"
    )
    assert headings(capitals) == [
        "What got you into rowing?", "How many juniors train now?", "Which race is next?"]
    assert "> A FRIEND" not in capitals.text and "A FRIEND TOOK ME ALONG" in capitals.text


def test_a_quoted_question_followed_by_quoted_prose_stays_one_quote():
    mail = doc(
        "Letters\n\nShe wrote:\n\n> Why do we bother? Because the river is ours,\n"
        "> and nobody else will clean it.\n\nThe letter went on for a page.\n"
    )
    quotes = [b for b in mail.blocks if b.text.startswith("Why do we bother?")]
    assert len(quotes) == 1 and "nobody else will clean it." in quotes[0].text
    assert mail.kind is not DocumentKind.INTERVIEW


# --- A mail forwarded under a cover note ----------------------------------------------------


def test_a_forwarded_release_is_titled_by_its_headline_not_the_cover_note():
    mail = doc(
        "Pour info, à passer dans l'agenda ?\n\n-------- Message transféré --------\n"
        "Sujet : COMMUNIQUÉ - La piscine rouvre le 2 juin\nDate : lun. 19 mai 2025 10:30\n"
        "De : Service communication <com@ville.example>\n"
        "Pour : Rédactions <presse@ville.example>\n\n"
        "COMMUNIQUÉ DE PRESSE\n\nLa piscine rouvre le 2 juin\n\n"
        "Après huit mois de travaux, la piscine municipale rouvrira le lundi 2 juin.\n\n"
        "Le bassin a été rénové et un vestiaire accessible a été aménagé.\n"
    )
    assert mail.title == "La piscine rouvre le 2 juin"
    assert mail.questions == [] or not headings(mail)
    assert "Pour info, à passer dans l'agenda ?" in mail.text  # the note kept


def test_a_mail_opening_with_its_own_header_keeps_its_subject_as_title():
    mail = doc(
        "From: Ana <ana@example.org>\nSent: Monday\nTo: Editor <ed@example.org>\n"
        "Subject: Fwd: Five minutes with Ana\n\nSee below.\n\n"
        "---------- Forwarded message ---------\nFrom: Bo <bo@example.org>\n"
        "Date: Sunday\nSubject: Notes\nTo: Ana <ana@example.org>\n\nHere are my notes.\n"
    )
    assert mail.title == "Five minutes with Ana"
