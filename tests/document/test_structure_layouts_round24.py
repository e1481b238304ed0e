"""Layout rules found in the twenty-fourth round's pages: a Korean question asked in the verb's
ending and closed with a period or nothing ("… 어떻게 짜나요."); questions on lines of their
own over answers hard-wrapped onto several lines, one question left unanswered, with no blank
line anywhere; a first turn naming the interviewer in full ("Reporter:") before the short
form of every later turn ("Rep.:"). Each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind
from reader.document.structure.text.endings import Ending, ending

from .test_structure_layouts import asked, doc

# --- A Korean question ends in the verb -------------------------------------------------------


def test_korean_questions_ending_in_a_period_are_asked():
    document = doc(
        "해솔중 기자단, 보건선생님을 만나다\n"
        "\n"
        "해솔중학교 학생기자단은 9일 보건실에서 보건선생님과 일문일답 인터뷰를 했다.\n"
        "\n"
        "- 보건실에는 하루에 몇 명쯤 찾아오나요.\n"
        "\n"
        "보건선생님 “많은 날은 서른 명이 넘고, 시험 기간에는 더 많아요.”\n"
        "\n"
        "- 학생들이 가장 자주 아픈 곳은 어디인가요\n"
        "\n"
        "보건선생님 “머리와 배가 제일 많습니다. 잠이 부족한 경우가 대부분이에요.”\n"
        "\n"
        "- 건강하게 지내려면 무엇을 해야 합니까.\n"
        "\n"
        "보건선생님 “아침을 먹고, 일찍 자고, 물을 자주 마시면 됩니다.”\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "보건실에는 하루에 몇 명쯤 찾아오나요.",
        "학생들이 가장 자주 아픈 곳은 어디인가요",
        "건강하게 지내려면 무엇을 해야 합니까.",
    ]


def test_korean_statements_in_the_polite_style_do_not_ask():
    assert ending("오늘은 학교에 가요.") is Ending.NONE
    assert ending("대회는 다음 주에 열립니다.") is Ending.NONE
    assert ending("선생님은 늘 웃으며 인사해요") is Ending.NONE
    assert ending("점심은 어디에서 먹을까요.") is Ending.QUESTION
    document = doc(
        "도서관 새 단장 마쳐\n"
        "\n"
        "시립도서관이 석 달 동안의 공사를 마치고 다시 문을 열었습니다.\n"
        "\n"
        "어린이 열람실은 두 배로 넓어졌어요.\n"
        "\n"
        "관장은 주민들이 더 자주 찾아오기를 바란다고 말했습니다.\n"
    )
    assert asked(document) == []


# --- Question lines over hard-wrapped answers, no blank line ---------------------------------


def test_question_lines_over_wrapped_answers_with_no_blank_line_are_asked():
    document = doc(
        "A word with our new caretaker\n"
        "\n"
        "Photo: R. Kent |\n"
        "Everyone at Hillside has met Mr Dale by now. He took\n"
        "over the building in September and agreed to answer a few of our questions.\n"
        "What made you apply for the job?\n"
        "My daughter saw the advert and told me it was made for me. I had fixed\n"
        "boilers for twenty years, so why not a school.\n"
        "What surprised you most?\n"
        "How much the children notice. Change one light bulb and\n"
        "three of them will tell you the corridor looks brighter.\n"
        "Do you have a favourite corner of the building?\n"
        "Is there anything you would change?\n"
        "The bike shed. It leaks, and the bikes deserve\n"
        "better.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "What made you apply for the job?",
        "What surprised you most?",
        "Do you have a favourite corner of the building?",
        "Is there anything you would change?",
    ]


def test_wrapped_prose_whose_lines_end_with_a_question_mark_stays_whole():
    document = doc(
        "Why we still write letters\n"
        "\n"
        "When did you last open an envelope with your name written by\n"
        "hand? Most of us cannot remember. And who would we even write\n"
        "to? The post office sells fewer stamps every year, but is that\n"
        "the end of the letter? Not quite. A handful of clubs still meet\n"
        "to write to strangers, and their members say it slows them down.\n"
    )
    assert asked(document) == []
    assert len(document.blocks) == 2


# --- A one-word label in full on the first turn, shortened after -------------------------------


def test_a_first_request_under_the_full_label_before_its_short_form_is_asked():
    document = doc(
        "Rencontre avec la major de promotion du lycée Jean-Moulin\n"
        "\n"
        "Chaque année, notre journal donne la parole aux meilleurs élèves du département.\n"
        "\n"
        "Journaliste : Pour commencer, présente-toi en quelques mots, s'il te plaît.\n"
        "\n"
        "Léa Fournier : Je m'appelle Léa Fournier, j'ai dix-huit ans et j'habite à Vienne.\n"
        "\n"
        "Journ. : Avec quelle moyenne as-tu obtenu ton bac ?\n"
        "\n"
        "L. F. : Dix-huit virgule quatre.\n"
        "\n"
        "Journ. : Que comptes-tu faire l'an prochain ?\n"
        "\n"
        "L. F. : Une école d'architecture, si mon dossier est retenu.\n"
        "\n"
        "Journ. : Un conseil pour les élèves de seconde ?\n"
        "\n"
        "L. F. : Travailler un peu chaque soir plutôt que tout la veille.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Pour commencer, présente-toi en quelques mots, s'il te plaît.",
        "Avec quelle moyenne as-tu obtenu ton bac ?",
        "Que comptes-tu faire l'an prochain ?",
        "Un conseil pour les élèves de seconde ?",
    ]


def test_a_key_naming_the_short_label_is_not_the_first_question():
    document = doc(
        "Interview 3 - Participant P3 (allotment holder)\n"
        "\n"
        "Interviewer: Int.\n"
        "Interviewee: P3\n"
        "Recorded: 2 May 2019, 40 min\n"
        "Transcription: verbatim, pauses in seconds (2)\n"
        "\n"
        "1   Int.: So, how long have you had the plot?\n"
        "2   P3: Eleven years this spring. My father had it before me.\n"
        "3   Int.: And what do you grow?\n"
        "4   P3: Beans mostly, and far too many courgettes.\n"
    )
    assert [text for _, text in asked(document)] == [
        "So, how long have you had the plot?",
        "And what do you grow?",
    ]


# --- Dashed questions run on in one paragraph --------------------------------------------------


def test_dashed_questions_run_on_in_one_paragraph_are_cut_into_turns():
    document = doc(
        "Fünf Fragen an die Bibliothekarin\n"
        "\n"
        "Gemeindeblatt - 14.05.2021, Seite 9\n"
        "\n"
        "Frisch gefragt – Wie haben Sie die Ostertage verbracht? Ganz ruhig zu Hause mit "
        "meiner Familie. – Was lesen Sie gerade? Einen dicken Roman über eine Hafenstadt, "
        "abends ein Kapitel. – Wie halten Sie Kontakt zu den Lesern? Per Telefon oder "
        "Videoanruf? Wir bringen Bücher an die Haustür und telefonieren viel. – Was haben "
        "wir aus dem Jahr gelernt? Dass nichts selbstverständlich ist.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Wie haben Sie die Ostertage verbracht?",
        "Was lesen Sie gerade?",
        "Wie halten Sie Kontakt zu den Lesern? Per Telefon oder Videoanruf?",
        "Was haben wir aus dem Jahr gelernt?",
    ]


def test_spaced_dashes_setting_off_phrases_in_prose_cut_nothing():
    document = doc(
        "Das Freibad bleibt zu\n"
        "\n"
        "Der Sommer – Zeit der Freibäder – ist vorbei, bevor er begann. Die Stadt – Heimat "
        "von vierzigtausend Menschen – muss sparen. Das Bad – Treffpunkt für Generationen – "
        "bleibt deshalb geschlossen. Was nun? Der Verein sammelt Unterschriften.\n"
    )
    assert asked(document) == []
    assert len(document.blocks) == 2


# --- A questionnaire's numbered prompts answered after a colon on the same line ---------------


def test_numbered_prompts_answered_after_a_colon_under_a_questionnaire_are_asked():
    document = doc(
        "The Proust Questionnaire: Maya Lindqvist, cellist\n"
        "\n"
        "Every month a guest answers the questions Proust once answered in an album.\n"
        "\n"
        "1. YOUR IDEA OF PERFECT HAPPINESS: A QUIET MORNING AND A NEW SCORE.\n"
        "2. YOUR GREATEST FEAR: FORGETTING THE SECOND MOVEMENT ON STAGE.\n"
        "3. WHERE WOULD YOU MOST LIKE TO LIVE?: BY THE SEA, ANYWHERE.\n"
        "4. YOUR FAVOURITE COMPOSER: STILL BACH.\n"
        "5. YOUR MOTTO: PRACTISE SLOWLY.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "YOUR IDEA OF PERFECT HAPPINESS",
        "YOUR GREATEST FEAR",
        "WHERE WOULD YOU MOST LIKE TO LIVE?",
        "YOUR FAVOURITE COMPOSER",
        "YOUR MOTTO",
    ]


def test_a_numbered_glossary_with_colons_is_no_questionnaire():
    document = doc(
        "Cell biology: the words to know\n"
        "\n"
        "Learn these before Thursday's test.\n"
        "\n"
        "1. Nucleus: Holds the cell's genetic material.\n"
        "2. Mitochondria: Where the cell's energy is made.\n"
        "3. Ribosome: Builds proteins from amino acids.\n"
        "4. Membrane: Controls what enters and leaves the cell.\n"
    )
    assert asked(document) == []
    assert [block.text for block in document.blocks][2] == (
        "1. Nucleus: Holds the cell's genetic material."
    )
