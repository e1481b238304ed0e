"""Articles that are no interview but carry its traps, found in the twenty-seventh round: a
glossary whose terms the label rules read as turns ("Question : phrase interrogative …",
"Interviewer: The person who …" under a headline that asks), and a list of labelled questions
answered by no one (a worksheet's "Pytanie 1:", an article's "Kysymys:" lines). Each rule
with an article it must keep clean (each fails before this round) and an interview it must
still read."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- A glossary's terms are not speakers -----------------------------------------------------


def test_a_glossary_under_a_headline_that_asks_has_no_questions_and_keeps_its_title():
    document = doc(
        "Interviewing 101: what is an interview?\n\n"
        "An interview is a conversation with a purpose. This guide explains the words.\n\n"
        "Interviewer: The person who prepares and asks the questions.\n\n"
        "Interviewee: The person who answers them.\n\n"
        "Follow-up: A question asked because of something said in an answer.\n\n"
        "Off the record: Information that may be used only if its source is not named.\n\n"
        "Transcript: A written record of every word spoken.\n"
    )
    assert asked(document) == []
    assert document.kind is not DocumentKind.INTERVIEW
    assert document.title == "Interviewing 101: what is an interview?"


def test_the_words_question_and_answer_defined_in_a_glossary_are_no_labels():
    for text in (
        "Glossaire de l'entretien\n\n"
        "Question : phrase interrogative adressée à la personne interrogée.\n\n"
        "Réponse : ce que dit la personne interrogée.\n\n"
        "Relance : nouvelle question posée pour approfondir.\n\n"
        "Verbatim : citation exacte des propos.\n",
        "Ordlista för nyhetsskribenter\n\n"
        "Fråga: det du vill att intervjupersonen ska svara på.\n\n"
        "Svar: det intervjupersonen säger.\n\n"
        "Citat: ordagrant återgivna ord inom citattecken.\n\n"
        "Källa: den person eller det dokument som uppgiften kommer ifrån.\n",
    ):
        assert asked(doc(text)) == [], text


def test_a_vox_pop_names_each_pupil_once_under_the_question_and_is_still_read():
    document = doc(
        "Ferienumfrage in der 6b\n\n"
        "Was wünscht ihr euch für die Sommerferien?\n\n"
        "Anna, 12: Endlich mal ans Meer fahren und jeden Tag schwimmen.\n\n"
        "Ben, 11: Ausschlafen! Und mit meinem Opa angeln gehen.\n\n"
        "Carla, 12: Ich fahre ins Zeltlager und freue mich auf die Nachtwanderung.\n\n"
        "Deniz, 11: Viel Fußball spielen und meine Cousins in Izmir besuchen.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Was wünscht ihr euch für die Sommerferien?"
    ]


def test_a_profile_fact_box_over_an_interview_leaves_its_questions_read():
    document = doc(
        "Intervju med den nye rektoren\n\n"
        "Vi snakket med Hilde før sommeren.\n\n"
        "Navn: Hilde Brekke\n\nFødt: 1974\n\nFra: Steinkjer\n\nYrke: Lærer i 25 år\n\n"
        "Hva fikk deg til å søke jobben?\n\n"
        "Jeg hadde lyst til å ta et større ansvar for skolen, og så dukket muligheten opp.\n\n"
        "Hva ønsker du å få til som rektor?\n\n"
        "Jeg ønsker at alle skal trives og lære så mye som mulig.\n\n"
        "Er dette en drømmejobb?\n\n"
        "Nei, egentlig ikke, men da sjansen kom, tok jeg den.\n"
    )
    assert len(asked(document)) == 3


# --- Labelled questions one under another are a list -----------------------------------------


def test_a_worksheets_labelled_questions_with_no_answers_are_no_interview():
    document = doc(
        "Sprawdzian z historii – klasa 6\n\n"
        "Pytanie 1: Kiedy odbył się chrzest Polski?\n\n"
        "Pytanie 2: Kto był pierwszym królem Polski?\n\n"
        "Pytanie 3: Jak nazywała się pierwsza stolica Polski?\n\n"
        "Pytanie 4: Wymień dwa skutki chrztu Polski.\n\n"
        "Powodzenia!\n"
    )
    assert asked(document) == []


def test_an_articles_list_of_labelled_questions_is_no_interview():
    document = doc(
        "Mitä kysyä työhaastattelussa?\n\n"
        "Työhaastattelun lopussa hakijalta kysytään lähes aina, onko hänellä kysyttävää.\n\n"
        "Kysymys: Millainen on tavallinen työpäivä?\n"
        "Kysymys: Miten perehdytys järjestetään?\n"
        "Kysymys: Milloin päätös tehdään?\n\n"
        "Näillä kysymyksillä osoitat kiinnostusta. Palkasta kannattaa kysyä myöhemmin.\n"
    )
    assert asked(document) == []
    assert document.title == "Mitä kysyä työhaastattelussa?"


def test_labelled_questions_each_answered_below_are_still_read():
    document = doc(
        "Haastattelussa rehtori Maija Virtanen\n\n"
        "Kysymys: Kauanko olet ollut rehtorina?\n\n"
        "Kahdeksan vuotta, sitä ennen opetin matematiikkaa.\n\n"
        "Kysymys: Mikä työssä on parasta?\n\n"
        "Oppilaat. He yllättävät minut joka päivä.\n\n"
        "Kysymys: Entä vaikeinta?\n\n"
        "Kiire. Päivässä on liian vähän tunteja.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Kauanko olet ollut rehtorina?", "Mikä työssä on parasta?", "Entä vaikeinta?"
    ]


# --- A Korean explainer wonders aloud ---------------------------------------------------------


def test_a_korean_explainer_answering_its_own_kkayo_questions_is_no_interview():
    document = doc(
        "겨울철 건강 관리, 어떻게 해야 할까요?\n\n"
        "날씨가 추워지면 감기 환자가 늘어납니다. 그렇다면 어떻게 예방할 수 있을까요.\n\n"
        "첫째, 손을 자주 씻어야 합니다. 외출 후에는 비누로 씻는 것이 좋습니다.\n\n"
        "물은 얼마나 마셔야 할까요.\n\n"
        "하루 여섯 잔에서 여덟 잔 정도가 적당합니다.\n\n"
        "잠은 충분히 자고 있나요.\n\n"
        "성인은 하루 일곱 시간 이상 자는 것이 좋습니다.\n"
    )
    assert asked(document) == []


def test_an_expert_asked_in_kkayo_and_answering_in_the_first_person_is_still_read():
    document = doc(
        "경제 전문가 김민수 교수 인터뷰\n\n"
        "내년 경제는 어떻게 될까요?\n\n"
        "저는 완만한 회복을 예상합니다. 수출이 조금씩 살아나고 있기 때문입니다.\n\n"
        "금리는 언제쯤 내려갈까요?\n\n"
        "제가 보기에는 내년 하반기가 될 가능성이 높습니다.\n\n"
        "집값은 어떻게 될까요?\n\n"
        "지역마다 크게 다를 것입니다. 수도권은 보합, 지방은 약세로 봅니다.\n"
    )
    assert len(asked(document)) == 3
