"""The layout rules of real interviews, each with a document it must catch and one it must not
(articles with quotes, rhetorical questions, lists of questions), and the corpus of real-world
layouts scored as a whole (``fixtures/corpus``, measured by ``scripts/score_structure.py``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from reader.document import DocumentKind, Role, SectionKind, parse_text

from .test_structure import check_invariants

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).parent / "fixtures" / "corpus"

LONG = (
    "I took a course first, then sailed only in daylight for a whole year, always close to the "
    "shore, and I still wear a life jacket whenever I go forward on the deck in a swell."
)


def doc(text: str, markdown: bool = False):
    document = parse_text(text, plain_text=not markdown, with_language=False)
    check_invariants(document)
    return document


def asked(document) -> list[tuple[str, str]]:
    return [(q.speaker, q.heading) for q in document.questions]


# --- Site chrome above the headline -----------------------------------------------------------


def test_chrome_above_the_headline_is_hidden_and_the_headline_is_the_title():
    document = doc(
        "EL DIARIO DEL SUR\n\nSociedad > Agua\n\nSuscríbete\n\n"
        'Irene Bravo: "La sequía no es un accidente"\n\n'
        "La hidróloga repasa una década de veranos secos en el observatorio del río.\n"
    )
    assert document.title == 'Irene Bravo: "La sequía no es un accidente"'
    assert [b.role for b in document.blocks[:3]] == [Role.SHARE] * 3


def test_a_long_first_line_is_the_title_whatever_short_line_follows():
    document = doc(
        "Riverside homes approved despite flood warnings\n\nA council divided\n\n"
        "The council voted six to three on Tuesday to allow forty homes on the meadow.\n"
    )
    assert document.title == "Riverside homes approved despite flood warnings"


# --- Who speaks --------------------------------------------------------------------------------


def test_a_name_used_once_is_a_lead_in_unless_it_is_a_speakers_full_name():
    document = doc(
        "**Was nehmen Sie sich vor?**\n\nIch möchte mit allen Fraktionen sprechen, jede "
        "einzeln, und mit jedem Amt einen Vormittag verbringen.\n\n"
        "**Zum Schluss: Würden Sie es wieder tun?**\n\nJa, ohne zu zögern, aber mit mehr "
        "Schlaf und weniger Terminen am Abend.\n",
        markdown=True,
    )
    assert asked(document)[-1] == ("", "Zum Schluss: Würden Sie es wieder tun?")
    named = doc(
        "The cheeseburger question\n\nA podcast about food, recorded in Louisville.\n\n"
        f"STEPHEN DALE: You're joking.\n\nEMILY OWENS: {LONG}\n\nDALE: So what now?\n\n"
        f"OWENS: {LONG}\n\nDALE: And after that?\n\nOWENS: {LONG}\n"
    )
    assert asked(named) == [
        ("STEPHEN DALE", "You're joking."), ("DALE", "So what now?"), ("DALE", "And after that?"),
    ]


def test_the_interviewer_asks_in_short_turns_that_need_not_end_in_a_question_mark():
    document = doc(
        f"Sailing at seventy\n\nPriya: Tell me about your first boat.\n\nMargaret: {LONG}\n\n"
        f"Priya: Your friends must have asked whether it was safe.\n\nMargaret: {LONG}\n\n"
        f"Priya: What do you do when the weather turns?\n\nMargaret: {LONG}\n\n"
        "Priya: Thank you, Margaret.\n\nMargaret: Thank you for coming.\n"
    )
    assert asked(document) == [
        ("Priya", "Tell me about your first boat."),
        ("Priya", "Your friends must have asked whether it was safe."),
        ("Priya", "What do you do when the weather turns?"),
    ]


def test_a_speaker_who_never_asks_is_no_interviewer():
    document = doc(
        f"Testimonies\n\nPriya: I was there that day.\n\nMargaret: {LONG}\n\n"
        f"Priya: The boat left at noon.\n\nMargaret: {LONG}\n\n"
        f"Priya: Nobody saw the storm coming.\n\nMargaret: {LONG}\n"
    )
    assert document.questions == ()


def test_the_same_dash_for_everyone_alternates_the_turns():
    document = doc(
        f"Le luthier\n\n— Qu'est-ce qui vous a amené là ?\n\n— {LONG}\n\n"
        f"— Vous formez des apprentis ?\n\n— {LONG}\n\n— Parlez-moi du vernis.\n\n— {LONG}\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "Qu'est-ce qui vous a amené là ?", "Vous formez des apprentis ?", "Parlez-moi du vernis.",
    ]


def test_dialogue_in_a_story_is_no_interview():
    document = doc(
        "Chapitre 3\n\n— Tu viens ?\n\n— Non.\n\n— Pourquoi ?\n\n— Parce que.\n\n"
        "— Et demain ?\n\n— Peut-être.\n"
    )
    assert document.questions == ()


def test_an_opening_greeting_exchange_is_the_introduction():
    document = doc(
        '# Principal Q&A\n\n*"Good morning!"*\n\n**"Good morning!"**\n\n'
        '*"Where did you transfer from?"*\n\n'
        f'**"{LONG}"**\n\n*"What is your favorite memory?"*\n\n**"{LONG}"**\n',
        markdown=True,
    )
    assert [heading for _, heading in asked(document)] == [
        '"Where did you transfer from?"', '"What is your favorite memory?"',
    ]
    assert document.sections[1].kind is SectionKind.INTRODUCTION


# --- Numbered questions, lists of questions, rhetorical ones ----------------------------------


def test_numbered_questions_each_before_its_answer():
    document = doc(
        f"Rencontre\n\n1. Peux-tu te présenter ?\n\n{LONG}\n\n2. Pourquoi un blog ?\n\n{LONG}\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "Peux-tu te présenter ?", "Pourquoi un blog ?",
    ]


def test_numbered_steps_are_no_questions():
    document = doc(
        f"Repotting\n\n1. Water the plant.\n\n{LONG}\n\n2. Loosen the roots.\n\n{LONG}\n"
    )
    assert document.questions == ()


SURVEY = (
    "Transports : plus de bus le dimanche\n\n"
    "Une enquête menée auprès de 1 200 habitants montre une forte attente.\n\n"
    "Le questionnaire posait trois questions simples :\n\n"
    "Utilisez-vous le bus chaque semaine ?\n\nRenonceriez-vous à votre voiture ?\n\n"
    "Quel jour le service vous manque-t-il ?\n\n"
    "À la dernière question, 62 % des répondants ont cité le dimanche, loin devant le samedi "
    "soir, et les plus jeunes réclament surtout des bus tardifs après les concerts.\n"
)


def test_questions_listed_after_a_colon_are_quoted_not_asked():
    assert doc(SURVEY).questions == ()


def test_the_same_questions_each_answered_are_asked():
    answered = doc(
        "Transports : trois questions au maire\n\n"
        f"Utilisez-vous le bus chaque semaine ?\n\n{LONG}\n\n"
        f"Renonceriez-vous à votre voiture ?\n\n{LONG}\n\n"
        f"Quel jour le service vous manque-t-il ?\n\n{LONG}\n"
    )
    assert len(answered.questions) == 3


COLUMN = (
    "Ciudades sin sombra\n\n"
    "Cada verano repetimos la misma escena: plazas recién reformadas, duras y blancas, en las "
    "que a las cuatro de la tarde no se puede estar, y los mayores se quedan en casa.\n\n"
    "¿Quién decidió que una plaza debía parecer una bandeja?\n\n"
    "No hubo una sola decisión, sino muchas pequeñas: los árboles dan trabajo, las raíces "
    "levantan el pavimento y las hojas atascan los desagües cada otoño.\n\n"
    "¿Y ahora qué?\n\n"
    "Algunas ciudades ya han empezado a arrancar losas para plantar, más despacio y más caro "
    "que poner un toldo, pero un árbol no se guarda en invierno.\n"
)


def test_two_rhetorical_questions_in_a_column_are_no_interview():
    document = doc(COLUMN)
    assert document.questions == ()
    assert document.kind is not DocumentKind.INTERVIEW


def test_two_questions_put_to_someone_are_an_interview():
    document = doc(
        COLUMN.replace("¿Quién decidió", "¿Usted decidió quién").replace(
            "¿Y ahora qué?", "¿Y ahora qué hará usted?"
        )
    )
    assert len(document.questions) == 2


def test_a_reply_that_finishes_the_questions_sentence_answers_it():
    document = doc(
        "Fragebogen\n\nHaben Sie sich schon an das Amt gewöhnt?\n\nEindeutig nein.\n\n"
        "Was wollten Sie mit sechzehn werden?\n\nPolizistin.\n\n"
        "Was hat Sie zuletzt gefreut?\n\nDass die Turnhallen endlich frei werden.\n\n"
        "Wie geht der Satz weiter: Wenn ich abends nach Hause komme …\n\n"
        "… lese ich meine Post.\n"
    )
    assert [heading for _, heading in asked(document)][-1] == (
        "Wie geht der Satz weiter: Wenn ich abends nach Hause komme …"
    )


# --- Headings inside the questions and answers -------------------------------------------------


def test_faq_groups_are_sections_and_a_closing_heading_is_no_question():
    document = doc(
        "# FAQ\n\n## Booking\n\n### Can I change the date?\n\nYes, up to seven days before.\n\n"
        "### Do you take a deposit?\n\nThirty percent when you book.\n\n## On site\n\n"
        "### Are dogs allowed?\n\nIn the garden cottages only.\n\n## Still unsure?\n\n"
        "Call us between nine and six.\n",
        markdown=True,
    )
    assert [q.heading for q in document.questions] == [
        "Can I change the date?", "Do you take a deposit?", "Are dogs allowed?",
    ]
    headings = [s.heading for s in document.sections if s.kind is SectionKind.HEADING]
    assert headings == ["On site", "Still unsure?"]
    assert document.answer_text(document.questions[-1]) == "In the garden cottages only."


# --- The corpus --------------------------------------------------------------------------------


def _scorer():
    spec = importlib.util.spec_from_file_location("score", ROOT / "scripts" / "score_structure.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_corpus_of_real_world_layouts_scores_at_least_as_measured(capsys):
    scores = _scorer().measure(CORPUS)
    assert scores.documents >= 63
    assert scores.precision >= 0.97
    assert scores.f1 >= 0.95
    assert scores.titles >= 0.90
    assert scores.articles_with_questions == []


def test_a_bold_line_without_punctuation_among_bold_questions_is_an_intertitle():
    document = doc(
        f"# Le retour\n\n**Qu'est-ce qui vous a décidé ?**\n\n{LONG}\n\n"
        f"**Vos proches vous ont-ils soutenu ?**\n\n{LONG}\n\n**Le retour au village**\n\n"
        f"{LONG}\n\n**Et aujourd'hui ?**\n\n{LONG}\n",
        markdown=True,
    )
    assert [q.heading for q in document.questions] == [
        "Qu'est-ce qui vous a décidé ?", "Vos proches vous ont-ils soutenu ?", "Et aujourd'hui ?",
    ]
    assert "Le retour au village" in [
        s.heading for s in document.sections if s.kind is SectionKind.HEADING
    ]


def test_bold_statements_ending_with_a_period_stay_questions():
    document = doc(
        f"# Forty pages\n\n**Why so late?**\n\n{LONG}\n\n"
        f"**You threw away forty pages.**\n\n{LONG}\n\n**Did you regret it?**\n\n{LONG}\n",
        markdown=True,
    )
    assert len(document.questions) == 3


def test_bare_p_and_r_letters_mark_questions_and_answers_but_a_bare_a_does_not():
    document = doc(
        f"Entrevista\n\nP ¿A qué hora escribe?\n\nR {LONG}\n\nP Suele ser muy duro.\n\nR {LONG}\n"
    )
    assert asked(document) == [("P", "¿A qué hora escribe?"), ("P", "Suele ser muy duro.")]
    english = doc(f"Notes\n\nA boat is not a house.\n\n{LONG}\n\nA sail is not a wing.\n\n{LONG}\n")
    assert english.questions == ()


def test_closing_thanks_and_a_faqs_still_asking_line_are_no_questions():
    interview = doc(
        f"Gespräch\n\nSPIEGEL: Sind wir vorbereitet?\n\nMaurer: {LONG}\n\n"
        f"SPIEGEL: Welchen Fehler haben Sie gemacht?\n\nMaurer: {LONG}\n\n"
        "SPIEGEL: Herr Maurer, wir danken Ihnen für dieses Gespräch.\n"
    )
    assert len(interview.questions) == 2
    faq = doc(
        f"# FAQ\n\n**Faut-il un rendez-vous ?**\n\n{LONG}\n\n**Combien de temps ?**\n\n{LONG}\n\n"
        "**Vous n'avez pas trouvé votre réponse ?**\n\nÉcrivez-nous.\n",
        markdown=True,
    )
    assert [q.heading for q in faq.questions] == ["Faut-il un rendez-vous ?", "Combien de temps ?"]


def test_a_timestamp_before_the_speakers_name_is_no_part_of_the_question():
    document = doc(
        f"Episode 31\n\n[00:00:18] Dana: Where does somebody start?\n\n[00:00:21] Ruth: {LONG}\n\n"
        f"[00:01:02] Dana: And the containers?\n\n[00:01:05] Ruth: {LONG}\n"
    )
    assert asked(document) == [
        ("Dana", "Where does somebody start?"), ("Dana", "And the containers?"),
    ]


# --- Short lines without blank lines, short answers in turn ------------------------------------

KIDS_PAPER = (
    "Interview mit dem Hausmeister\n"
    "Was machen sie morgens als Erstes?\nIch schließe die Türen auf und mache Licht.\n"
    "Seit wann arbeiten sie hier?\nIch bin seit neun Jahren hier.\n"
    "Was mögen sie an der Schule?\nIch mag die Pausen, da ist viel los.\n"
    "Danke für das Gespräch!\n"
)


def test_one_short_paragraph_per_line_without_blank_lines_is_read_line_by_line():
    document = doc(KIDS_PAPER)
    assert document.title == "Interview mit dem Hausmeister"
    assert [heading for _, heading in asked(document)] == [
        "Was machen sie morgens als Erstes?", "Seit wann arbeiten sie hier?",
        "Was mögen sie an der Schule?",
    ]


def test_hard_wrapped_prose_without_blank_lines_stays_one_paragraph():
    wrapped = (
        "The council met on Tuesday to discuss the\nnew bus routes. Why did it take so long?\n"
        "Nobody at the meeting could say, and the\nmayor promised an answer before the\n"
        "summer holidays, when most families\nleave town for a few weeks.\n"
    )
    document = doc(wrapped)
    assert document.questions == ()
    assert any("discuss the new bus routes" in block.text for block in document.blocks)


def test_short_third_person_replies_to_longer_questions_are_no_interview():
    quiz = (
        "Quiz de la semaine\n\nQuel fleuve traverse la ville de Lyon avant Vienne ?\n\n"
        "Le Rhône.\n\nQuelle montagne domine la ville de Grenoble au nord ?\n\n"
        "La Chartreuse.\n\nQuel département porte le numéro soixante-neuf ?\n\n"
        "Le Rhône.\n"
    )
    assert doc(quiz).questions == ()


def test_a_name_with_a_dash_against_it_opens_a_turn():
    document = doc(
        "Entrevista com o vizinho\n\nRepórter- O senhor mora aqui há quanto tempo?\n\n"
        "Entrevistado- Há quarenta anos, desde que casei.\n\n"
        "Repórter- O que mudou no bairro?\n\nEntrevistado- Quase tudo, menos a praça.\n"
    )
    assert asked(document) == [
        ("Repórter", "O senhor mora aqui há quanto tempo?"),
        ("Repórter", "O que mudou no bairro?"),
    ]


def test_datelines_before_a_dash_are_no_turns():
    document = doc(
        "Grève des transports\n\nPARIS – Les syndicats appellent à une nouvelle journée de "
        "grève jeudi.\n\nLe ministre a répondu dans la soirée. Faut-il s'attendre à un week-end "
        "difficile ?\n\nPARIS – La RATP prévoit un trafic très perturbé.\n"
    )
    assert document.questions == ()


def test_a_guide_discussing_interview_questions_asks_none():
    guide = (
        "# Five questions every candidate hears\n\n## Why do you want this job?\n\n"
        "Recruiters ask this question to see whether you know the company.\n\n"
        "## What are your weaknesses?\n\nA classic trick question: pick a real one.\n\n"
        "## Where do you see yourself in five years?\n\nNobody expects a plan; the question "
        "tests ambition.\n"
    )
    document = doc(guide, markdown=True)
    assert document.questions == ()
    assert [s.heading for s in document.sections][1:] == [
        "Why do you want this job?", "What are your weaknesses?",
        "Where do you see yourself in five years?",
    ]


def test_an_interviewee_saying_good_question_once_is_still_interviewed():
    interview = (
        "# Meet our librarian\n\n## Why did you become a librarian?\n\nGood question. I loved "
        "the quiet.\n\n## What changes this year?\n\nLonger hours on Thursdays.\n\n"
        "## Your favourite book?\n\nA picture book about a rude penguin.\n"
    )
    assert len(doc(interview, markdown=True).questions) == 3


def test_a_first_turn_in_capitals_right_after_the_title_is_the_first_question():
    document = doc(
        f"The joke that went too far\n\nSTEPHEN DALE: You're joking.\n\nMARA LIN: {LONG}\n\n"
        f"DALE: Tell me about the boat.\n\nMARA LIN: {LONG}\n\nDALE: Why alone?\n\n"
        f"MARA LIN: {LONG}\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "You're joking.", "Tell me about the boat.", "Why alone?",
    ]


def test_a_rubric_in_capitals_before_the_turns_is_still_the_lead():
    document = doc(
        "Le retour des loups\n\nINTERVIEW : De plus en plus de bergers demandent de l'aide, "
        f"explique la chercheuse.\n\nLe Monde : Pourquoi ?\n\n{LONG}\n\nLe Monde : Et demain ?"
        f"\n\n{LONG}\n"
    )
    assert [heading for _, heading in asked(document)] == ["Pourquoi ?", "Et demain ?"]
    assert document.sections[0].kind is SectionKind.FRONT_MATTER
    assert document.sections[0].end_block == 2
