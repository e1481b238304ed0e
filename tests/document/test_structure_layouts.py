"""The layout rules of real interviews, each with a document it must catch and one it must not
(articles with quotes, rhetorical questions, lists of questions), and the corpus of real-world
layouts scored as a whole (``fixtures/corpus``, measured by ``scripts/score_structure.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import BlockKind, DocumentKind, Role, SectionKind, parse_text
from reader.document.structure.text.cues import Cues
from reader.document.structure.text.textcues import Ending, Prefix, ending
from scripts import score_structure

from .test_structure import check_invariants

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


def corpus_page(name: str):
    """The corpus's page ``name``, parsed as the scores parse it (Markdown if it is .md)."""
    path = CORPUS / name
    return doc(path.read_text(encoding="utf-8"), markdown=path.suffix == ".md")


def questions_of(document) -> list[str]:
    return [text for _, text in asked(document)]


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


def test_a_headline_on_the_first_line_of_plain_text_stands_apart_from_the_text_under_it():
    # A blog post copied as text: the headline, then the first sentences with no blank line.
    document = doc(
        "Le mois Ellroy continue !\n"
        "Je tiens encore une fois à remercier l'auteur pour son incroyable gentillesse et sa "
        "patience.\nMerci à ses éditeurs pour leur soutien sans faille, cette année encore.\n\n"
        "LTB : Votre roman vient de sortir en France, que ressentez-vous ?\n\n"
        "RJE : C'est passionnant, comme chaque publication en France.\n"
    )
    assert document.title == "Le mois Ellroy continue !"
    assert document.blocks[1].text.startswith("Je tiens encore")
    assert document.blocks[1].text.endswith("cette année encore.")  # still one paragraph


def test_a_stack_of_short_lines_above_a_transcript_gives_its_last_line_as_the_title():
    document = doc(
        "March 14, 2026\nCoach Ellen Marsh\nNorthfield Hawks\nPost-game press conference\n\n"
        "Q. Your team was down eleven at the half. What changed?\n\n"
        "ELLEN MARSH: We started defending, and it was a start.\n\n"
        "Q. How is Dawson's knee?\n\n"
        "ELLEN MARSH: He walked off on his own, which is a good sign.\n"
    )
    assert document.title == "Post-game press conference"
    assert len(document.questions) == 2


def test_a_hard_wrapped_first_paragraph_stays_whole():
    # Every line as long as the others, or the first one carrying on: no headline here.
    wrapped = (
        "The harbour was quiet that morning, and the boats that had come in\n"
        "Before dawn were tied up two deep along the wall of the old quay,\n"
        "their crews asleep below.\n\nThe second paragraph.\n"
    )
    carrying_on = "Dear Ms Ortega,\nThank you for your letter of the fourth.\n"
    assert doc(wrapped).blocks[0].text.startswith("The harbour was quiet")
    assert doc(wrapped).blocks[0].text.endswith("asleep below.")
    assert doc(carrying_on).blocks[0].text == (
        "Dear Ms Ortega, Thank you for your letter of the fourth."
    )
    # In Markdown a paragraph's lines are one paragraph, as the writer meant.
    markdown = doc("Le mois Ellroy continue !\nJe tiens à remercier l'auteur.\n", markdown=True)
    assert len(markdown.blocks) == 1


def test_questions_each_over_a_quoted_answer_line_are_one_paragraph_a_line():
    # Answers from a live chat, quoted, each on the line under its question, no blank line.
    document = doc(
        "Ritorno in grande stile\n"
        "Marisa ha risposto in diretta alle molte domande arrivate in chat, eccone alcune:\n"
        "Quanti brani avrà il disco nuovo?\n“Saranno nove o dieci brani”\n"
        "Quando uscirà?\n“Probabilmente a marzo”\n"
        "Sarà tutto in italiano?\n“È da decidere, ma saranno pezzi nuovi”\n"
    )
    assert [q.heading for q in document.questions] == [
        "Quanti brani avrà il disco nuovo?", "Quando uscirà?", "Sarà tutto in italiano?"]


def test_a_wrapped_line_ending_on_a_quoted_word_does_not_make_lines_paragraphs():
    wrapped = (
        "Die Kommission nannte die Gutachter in ihrem Bericht nur die sogenannten „Experten“\n"
        "und verzichtete darauf, ihre Namen oder ihre Auftraggeber zu veröffentlichen, was\n"
        "die Opposition am Dienstag scharf kritisierte und eine Anhörung im Ausschuss\n"
        "verlangte, bevor das Parlament im Herbst über den Entwurf abstimmt.\n"
    )
    assert len(doc(wrapped).blocks) == 1


def test_a_lone_dash_under_a_plain_text_paragraph_separates_it_from_the_next():
    # Teasers of a category page, each closed by a line holding "-".
    document = doc(
        "Kategorie: Interview\n"
        "Interviews mit Autorinnen, Autoren und anderen Buchmenschen.\n-\n"
        "„SCHREIBEN IST FÜR MICH AUSSÖHNUNG.“\n"
        "Wie gut kennen wir die Menschen, die Hauptrollen in unserem Leben spielen?\n-\n"
    )
    assert document.title == "Kategorie: Interview"
    assert not [b for b in document.blocks if b.kind is BlockKind.HEADING]
    assert [b.kind for b in document.blocks].count(BlockKind.RULE) == 2


def test_a_plain_text_heading_underlined_with_three_signs_or_a_markdown_one_stays_a_heading():
    for underline in ("===", "-----"):
        document = doc(f"Interview with the mayor\n{underline}\n\nShe took office in May.\n")
        assert document.blocks[0].kind is BlockKind.HEADING
        assert document.title == "Interview with the mayor"
    markdown = doc("Interview with the mayor\n-\n\nShe took office in May.\n", markdown=True)
    assert markdown.blocks[0].kind is BlockKind.HEADING


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


# Scored in another process from the start of the run (tests/ahead.py): ~1300 pages.
@pytest.mark.ahead(score_structure.measure, CORPUS)
def test_the_corpus_of_real_world_layouts_scores_at_least_as_measured(computed_ahead):
    scores = computed_ahead
    assert scores.documents >= 63
    assert scores.precision >= 0.97
    assert scores.f1 >= 0.95
    # 0.903 on the 1487 pages of session 20; session 21's 50 new pages (no earlier page's
    # title lost, two found) brought 18 titles the rules still miss: 0.896 on 1537.
    assert scores.titles >= 0.89
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


# --- Turns glued into one block ------------------------------------------------------------------

GLUED = (
    "ENTREVISTA 2\n\nBeatriz: Tudo bem? Você lê fora da escola?\nRafael: Leio quase todo dia,\n"
    "principalmente quadrinhos.\nBeatriz: E qual foi o primeiro livro?\nRafael: Um livro de\n"
    "mistério que meu tio me deu.\n"
)


def test_turns_on_lines_of_their_own_are_split_where_the_lines_broke():
    document = doc(GLUED)
    assert [b.text for b in document.blocks[1:3]] == [
        "Beatriz: Tudo bem? Você lê fora da escola?",
        "Rafael: Leio quase todo dia, principalmente quadrinhos.",
    ]
    assert asked(document) == [
        ("Beatriz", "Tudo bem? Você lê fora da escola?"),
        ("Beatriz", "E qual foi o primeiro livro?"),
    ]
    # Each split replaced the space that stood for a line break: no offset moved.
    assert len(document.text) == len(" ".join(GLUED.split("\n\n")).strip())


def test_names_that_do_not_recur_leave_a_paragraph_whole():
    document = doc(
        "Fiche\n\nEntrevistadora: Beatriz Lima\nEntrevistado: Rafael Moura\n\n"
        "Note: the recording starts late.\nSee: the appendix.\n"
    )
    assert len(document.blocks) == 3


def test_numbered_turns_name_their_speaker_without_the_number():
    document = doc(
        "Annexe 3\n\n1 M : vous étiez assise près de la fenêtre ?\n2 C : oui, au début\n"
        "3 M : et ensuite ?\n4 C : ensuite j'ai rempli les phrases une à une\n"
    )
    assert asked(document) == [
        ("M", "vous étiez assise près de la fenêtre ?"), ("M", "et ensuite ?"),
    ]


def test_a_number_that_is_part_of_a_name_stays_in_it():
    document = doc(
        "Le retour\n\nLa navigatrice raconte dix ans de mer.\n\n"
        f"20 Minutes : Pourquoi partir ?\n\n{LONG}\n\n"
        f"20 Minutes : Et revenir ?\n\n{LONG}\n"
    )
    assert [speaker for speaker, _ in asked(document)] == ["20 Minutes", "20 Minutes"]


def test_a_dash_question_glued_after_an_answer_is_a_question_of_its_own():
    document = doc(
        "La mujer no debería caminar con miedo\n\nLa periodista repasa su oficio.\n\n"
        f"-¿Cómo empezó?\n- {LONG}\n-¿En qué se basa su trabajo?\n- {LONG}\n"
        f"-¿Ha mejorado el papel de la mujer?\n- {LONG}\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "¿Cómo empezó?", "¿En qué se basa su trabajo?", "¿Ha mejorado el papel de la mujer?",
    ]


def test_a_dash_inside_a_sentence_splits_nothing():
    document = doc(f"Crónica\n\n{LONG} - dijo. - Bueno,\nya veremos - contestó ella.\n")
    assert len(document.blocks) == 2


def test_numbered_questions_each_with_its_answer_on_the_next_line_are_split():
    document = doc(
        "Intervista all'autrice\n\n1. Che cosa significa per Lei scrivere?\nUn modo per "
        "rimettere in ordine le giornate.\n2. Ebook o carta?\nCarta, senza dubbio.\n"
        "3. Chi ha letto per primo il libro?\nMia sorella.\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "Che cosa significa per Lei scrivere?", "Ebook o carta?",
        "Chi ha letto per primo il libro?",
    ]


def test_a_numbered_list_that_is_not_all_questions_stays_a_list():
    document = doc(
        "Rinvasare\n\n1. Perché rinvasare? Le radici crescono.\n2. Bagnare la pianta.\n"
        "3. Quando? In primavera.\n"
    )
    assert document.questions == ()
    assert [b.kind for b in document.blocks[1:]] == [BlockKind.LIST_ITEM] * 3


# --- Numbered and quoted questions ----------------------------------------------------------------


def test_numbered_questions_in_quotes_are_a_listicles_titles():
    document = doc(
        "Questions before adopting a dog\n\n"
        f'1. "Does everyone want a dog?"\n\n{LONG}\n\n2. "How much is the fee?"\n\n{LONG}\n\n'
        f'3. "What is the breed?"\n\n{LONG}\n'
    )
    assert document.questions == ()


def test_two_numbered_questions_put_to_nobody_after_prose_are_intertitles():
    document = doc(
        f"Réussir les cakes\n\n{LONG}\n\n1. Quels ingrédients ?\n\n{LONG}\n\n"
        f"Comment les choisir ?\n\n{LONG}\n\n2. Quelle cuisson ?\n\n{LONG}\n"
    )
    assert document.questions == ()


def test_questions_numbered_with_a_hyphen_keep_no_number():
    document = doc(
        f"ENTREVISTAS\n\n1-O que você acha da escola?\n\n{LONG}\n\n2-O que deve mudar?\n\n"
        f"{LONG}\n\n3-\n\nO que falta na escola?\n\n{LONG}\n"
    )
    assert asked(document) == [
        ("", "O que você acha da escola?"), ("", "O que deve mudar?"),
        ("", "O que falta na escola?"),
    ]


def test_a_year_range_opening_a_line_numbers_nothing():
    blocks = doc("Season review\n\n2019-2020 was long.\n\n1-O que mudou?\n").blocks
    cues = Cues(list(blocks), 1, 3)
    assert cues.prefixes == [Prefix.NONE, Prefix.QUESTION]
    assert cues.content(1) == "O que mudou?"


def test_a_question_followed_by_examples_in_brackets_still_asks():
    assert ending("Quel est votre endroit préféré ? (lit, fauteuil, bain…)") is Ending.QUESTION
    assert ending("Il est venu avec ses outils (scie, rabot…)") is Ending.SUSPENDED


# --- The rhythm of line-by-line interviews --------------------------------------------------------

LINES = (
    "Cuestionario\n¿Qué libro está leyendo?\n"
    "Telaraña, de un autor joven que descubrí este invierno en una librería de viejo.\n"
    "¿Qué le hace abandonar un libro?\n"
    "El aburrimiento, y que los personajes digan frases que nadie diría nunca en la vida.\n"
    "¿Con quién tomaría un café?\n¿Recuerda el primer libro que leyó?\n"
    "Uno de estrellas y de barcos, que me regalaron a los siete años por mi cumpleaños.\n"
    "¿Cuál es el secreto del programa?\n"
    "La independencia: no debemos nada a nadie, y eso se nota en cada programa que hacemos.\n"
    "Cuéntenos una experiencia que le cambió la vida.\n"
    "La feria del libro de Madrid, adonde me llevaban de niña cada primavera sin falta.\n"
    "¿Y lo mejor de estos años?\n"
    "Ver crecer a los jóvenes que llegaron en prácticas y hoy dirigen sus propios programas.\n"
)


def test_the_rhythm_finds_an_unanswered_question_and_one_put_without_a_mark():
    assert [heading for _, heading in asked(doc(LINES))] == [
        "¿Qué libro está leyendo?", "¿Qué le hace abandonar un libro?",
        "¿Con quién tomaría un café?", "¿Recuerda el primer libro que leyó?",
        "¿Cuál es el secreto del programa?", "Cuéntenos una experiencia que le cambió la vida.",
        "¿Y lo mejor de estos años?",
    ]


def test_a_first_person_line_between_two_answers_stays_in_the_answer():
    document = doc(LINES.replace("Cuéntenos una experiencia que le cambió la vida.",
                                 "Yo recuerdo una experiencia que me cambió la vida."))
    assert "Yo recuerdo una experiencia que me cambió la vida." not in [
        heading for _, heading in asked(document)
    ]


# --- Who asks ------------------------------------------------------------------------------------


def test_only_the_guest_named_the_paragraphs_before_their_turns_ask():
    document = doc(
        f"Entre líneas\n\n¿Qué recuerda de su primera entrevista?\n\nZuluaga: {LONG}\n\n"
        f"La primera primera.\n\nZuluaga: {LONG}\n\n¿Quién fue el entrevistador?\n\n"
        f"Zuluaga: {LONG}\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "¿Qué recuerda de su primera entrevista?", "La primera primera.",
        "¿Quién fue el entrevistador?",
    ]


def test_a_name_that_opens_notes_after_long_paragraphs_makes_no_interview():
    document = doc(
        f"Field diary\n\n{LONG}\n\nNote: the river was high.\n\n{LONG}\n\n"
        f"Note: rain again at noon.\n"
    )
    assert document.questions == ()


def test_two_interviewers_taking_turns_both_ask():
    document = doc(
        f"Transcript\n\nH.: Do you know the neighbours?\n\nP.: {LONG}\n\n"
        f"S.: Do you see her often?\n\nP.: {LONG}\n\nS.: Oh, that often!\n\nP.: {LONG}\n\n"
        f"H.: And the chapel?\n\nP.: {LONG}\n"
    )
    assert [speaker for speaker, _ in asked(document)] == ["H", "S", "S", "H"]


def test_two_guests_of_a_panel_are_no_interviewers():
    document = doc(
        f"Panel\n\nHost: Where do we start?\n\nAna: {LONG}\n\nBen: {LONG}\n\n"
        f"Host: And the money?\n\nAna: {LONG}\n\nBen: {LONG}\n\nHost: Last words?\n\n"
        f"Ana: {LONG}\n"
    )
    assert {speaker for speaker, _ in asked(document)} == {"Host"}


def test_an_interview_about_interviews_is_no_guide():
    document = doc(
        "On questions\n\nWhy do you ask so many questions?\n\nZuluaga: Every question I "
        "ask is a question about myself, and I ask questions for a living.\n\n"
        "Which question do you hate?\n\nZuluaga: The question about my first role, which "
        "every interviewer asks.\n\nAnd the best one?\n\nZuluaga: A question nobody asked me "
        "yet, about my father's garden and the questions he never answered.\n"
    )
    assert len(document.questions) == 3


# --- Titles and front matter ----------------------------------------------------------------------


def test_below_a_sites_lines_a_question_is_the_first_question_not_the_headline():
    document = doc(
        f"Edizioni del Faro\nArea stampa\nIntervista all'autore: Italo Rinaldi\n"
        f"Che cos'è per Lei scrivere?\n{LONG}\nEbook o cartaceo?\n{LONG}\n"
    )
    assert document.title == "Intervista all'autore: Italo Rinaldi"
    assert asked(document)[0] == ("", "Che cos'è per Lei scrivere?")


def test_a_label_line_above_the_first_question_is_no_headline():
    document = doc(
        "ENTREVISTAS\n\nENTREVISTADA: sra. Marta, mãe de alunos\n\n"
        f"1-O que você acha da escola?\n\n{LONG}\n\n2-O que deve mudar?\n\n{LONG}\n"
    )
    assert document.title == "ENTREVISTAS"


def test_a_line_of_credits_is_no_headline():
    document = doc(
        "ENTREVISTA 2\n\nEntrevistadora: Beatriz Lima Entrevistado: Rafael Moura\n\n"
        f"{LONG}\n"
    )
    assert document.title == "ENTREVISTA 2"


def test_a_stills_caption_is_no_headline():
    document = doc(
        "Michel Chanel (2/2)\n\nle 4 décembre 2024\n\n"
        "La Conversation secrète, Francis Ford Coppola, 1974\n\n"
        f"Suite de la première partie. {LONG}\n"
    )
    assert document.title == "Michel Chanel (2/2)"
    assert document.blocks[2].role is Role.CAPTION


def test_entrevista_de_trabajo_is_no_byline_but_entrevista_de_a_name_is():
    document = doc(f"Entrevista de trabajo: 20 preguntas\n\n{LONG}\n")
    assert document.title == "Entrevista de trabajo: 20 preguntas"
    signed = doc(f"La sequía\n\nEntrevista de Ana Gómez\n\n{LONG}\n")
    assert signed.blocks[1].role is Role.BYLINE


def test_a_numbered_question_after_the_headline_is_no_summary():
    document = doc(
        "Edizioni del Ponte\n\nArea stampa\n\nIntervista all'autrice\n\n"
        f"1. Che cosa significa per Lei scrivere?\n\n{LONG}\n\n2. Ebook o carta?\n\n{LONG}\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "Che cosa significa per Lei scrivere?", "Ebook o carta?",
    ]
    summary = doc(
        "Edizioni del Ponte\n\nArea stampa\n\nIl nuovo romanzo\n\n- Esce a marzo.\n\n"
        f"{LONG}\n"
    )
    assert summary.blocks[3].role is Role.SUMMARY


def test_a_faq_question_in_the_first_person_is_no_follow_up():
    document = doc(
        "Cardholder FAQs\n\nHow long can I keep an item?\n\nThree weeks, with exceptions:\n\n"
        "Most items can be renewed three times.\n\nHow can I renew items?\n\n"
        "Online, by telephone or in person, at any branch.\n\nCan I place holds?\n\n"
        "Yes, up to one hundred at a time, at no charge.\n"
    )
    assert "How can I renew items?" in [heading for _, heading in asked(document)]


def test_a_line_announcing_bullets_is_no_question():
    document = doc(
        "Cardholder FAQs\n\nHow can I renew items?\n\nOnline, by telephone or in person.\n\n"
        "You may not renew:\n\n• Items with holds • Items renewed three times already\n\n"
        "Can I place holds?\n\nYes, up to one hundred at a time, at no charge.\n"
    )
    assert "You may not renew:" not in [heading for _, heading in asked(document)]


# --- Held-out layouts --------------------------------------------------------------------------


def test_askers_named_once_each_that_the_guest_answers_are_speakers():
    document = doc(
        "Visite de la mairie\n\nRomane: Travaillez-vous tous les jours ?\n\nJean Blanchard: "
        f"{LONG}\n\nLilia: Qu'avez-vous changé ?\n\nJean Blanchard: {LONG}\n\n"
        f"Enzo: Combien de tracteurs ?\n\nJean Blanchard: {LONG}\n"
    )
    assert asked(document) == [
        ("Romane", "Travaillez-vous tous les jours ?"), ("Lilia", "Qu'avez-vous changé ?"),
        ("Enzo", "Combien de tracteurs ?"),
    ]


def test_a_lone_lead_in_answered_by_the_guest_is_no_asker():
    document = doc(
        f"Der Rückzug\n\nSPIEGEL: Warum jetzt?\n\nMüller: {LONG}\n\nSPIEGEL: Und die Partei?"
        f"\n\nMüller: {LONG}\n\nZum Schluss: Würden Sie es wieder tun?\n\nMüller: {LONG}\n"
    )
    # The lead-in names no one; the question it opens, between two of Müller's turns, is the
    # interviewer's (round 10's mend: an unnamed question between two turns of one guest).
    assert asked(document) == [
        ("SPIEGEL", "Warum jetzt?"),
        ("SPIEGEL", "Und die Partei?"),
        ("", "Zum Schluss: Würden Sie es wieder tun?"),
    ]


def test_paragraphs_numbered_without_a_period_hold_question_and_answer():
    document = doc(
        "Interview de monsieur le Maire\n\n1 Pourquoi avez-vous voulu être maire ?\n"
        "Au collège, j'aimais la nature.\n\n2 Depuis quand ?\nDepuis que je suis petit.\n\n"
        "3 Combien avez-vous d'adjoints ? J'en ai neuf.\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "Pourquoi avez-vous voulu être maire ?", "Depuis quand ?",
        "Combien avez-vous d'adjoints ?",
    ]


def test_numbered_paragraphs_that_do_not_all_ask_are_left_whole():
    document = doc(
        "Rempotage\n\n1 Pourquoi rempoter ? Les racines poussent.\n\n2 Arroser la plante.\n\n"
        "3 Quand ? Au printemps.\n\n4 Où ? Dehors.\n"
    )
    assert len(document.blocks) == 5


def test_a_bare_q_before_brackets_asks():
    document = doc(
        f"Briefing\n\nMR. DEAN: Good afternoon.\n\nQ (Inaudible.)\n\nOFFICIAL: {LONG}\n\n"
        f"Q Will the governor speak of the strike?\n\nOFFICIAL: {LONG}\n"
    )
    assert asked(document) == [
        ("Q", "(Inaudible.)"), ("Q", "Will the governor speak of the strike?"),
    ]


EXCLAIMED = (
    "„Es geht weiter“\n\nWie war es, den eigenen Roman einzulesen?\n\n{long}\n\n"
    "{line}\n\n{long}\n\nWie fing es an?\n\n{long}\n\nHaben Sie die Frau gefunden?\n\n{long}\n"
)


def test_an_exclamation_where_a_question_belongs_asks():
    document = doc(EXCLAIMED.format(long=LONG, line="Was für ein Glück!"))
    assert "Was für ein Glück!" in [heading for _, heading in asked(document)]


def test_a_plain_line_where_a_question_belongs_in_a_looser_rhythm_stays_an_answer():
    document = doc(EXCLAIMED.format(long=LONG, line="Das Wetter war schlecht."))
    assert "Das Wetter war schlecht." not in [heading for _, heading in asked(document)]
