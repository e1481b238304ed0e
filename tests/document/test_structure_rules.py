"""Structure analysis rule by rule, on small documents written inline: each test names one rule
of ``reader.document.structure.titles.frontmatter``, ``questions`` or ``outline`` and shows it
at work."""

from __future__ import annotations

import dataclasses

import pytest

from reader.document import DocumentKind, Role, SectionKind, parse_text
from reader.document.markdown import make_parser, parse_blocks
from reader.document.model import Block, BlockKind
from reader.document.structure.analysis import _with_role, analyze
from reader.document.structure.text.textcues import (
    Ending,
    Prefix,
    ending,
    opening_words,
    split_prefix,
)

from .test_structure import check_invariants, check_offsets_find_sections

ANSWER = (
    "Cette réponse est bien plus longue que la question, comme toujours dans un entretien. "
    "Elle développe une idée, donne un exemple précis et un chiffre, puis conclut sur une note "
    "personnelle que personne n'attendait vraiment."
)


def doc(text: str, markdown: bool = True):
    document = parse_text(text, plain_text=not markdown)
    check_invariants(document)
    check_offsets_find_sections(document)
    return document


def roles(document) -> list[Role]:
    return [b.role for b in document.blocks]


# --- Text cues ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pourquoi ?", Ending.QUESTION),
        ("«Pourquoi la France organise-t-elle ce séminaire?»", Ending.QUESTION),
        ("Pourquoi ? »", Ending.QUESTION),
        ('Why did you say "never?"', Ending.QUESTION),
        ("¿Por qué?", Ending.QUESTION),
        ("Really?!", Ending.QUESTION),
        ("Ils seront représentés...", Ending.SUSPENDED),
        ("Ils seront représentés…", Ending.SUSPENDED),
        ("La voici :", Ending.COLON),
        ("Une affirmation.", Ending.NONE),
        ("", Ending.NONE),
    ],
)
def test_endings(text: str, expected: Ending) -> None:
    assert ending(text) is expected


@pytest.mark.parametrize(
    "text, prefix, speaker, rest",
    [
        ("Q: Why?", Prefix.QUESTION, "", "Why?"),
        ("Q. Pourquoi ?", Prefix.QUESTION, "", "Pourquoi ?"),
        ("P. ¿Por qué?", Prefix.QUESTION, "", "¿Por qué?"),
        ("Frage: Warum?", Prefix.QUESTION, "", "Warum?"),
        ("F: Warum?", Prefix.QUESTION, "", "Warum?"),
        ("Q 1042: Why?", Prefix.QUESTION, "", "Why?"),  # a long FAQ numbers past 999
        ("R : Parce que.", Prefix.ANSWER, "", "Parce que."),
        ("A: Because.", Prefix.ANSWER, "", "Because."),
        ("Antwort: Weil.", Prefix.ANSWER, "", "Weil."),
        ("— Pourquoi ?", Prefix.DASH, "", "Pourquoi ?"),
        ("—¿Por qué?", Prefix.DASH, "", "¿Por qué?"),
        ("-- Why?", Prefix.DASH, "", "Why?"),
        ("Le Monde : Pourquoi ?", Prefix.SPEAKER, "le monde", "Pourquoi ?"),
        ("J. G. : Parce que.", Prefix.SPEAKER, "j. g", "Parce que."),
        ("20 Minutes : Pourquoi ?", Prefix.SPEAKER, "20 minutes", "Pourquoi ?"),
        ("SPIEGEL: Warum?", Prefix.SPEAKER, "spiegel", "Warum?"),
        ("Quand il s'agit de trafic, les montants sont importants.", Prefix.NONE, "", ""),
        ("Alors que ceux-ci devaient partir, ils restent chez eux : voilà.", Prefix.NONE, "", ""),
    ],
)
def test_prefixes(text: str, prefix: Prefix, speaker: str, rest: str) -> None:
    found, name, cut = split_prefix(text)
    assert (found, name) == (prefix, speaker)
    if rest:
        assert text[cut:] == rest


def test_opening_words_cut_at_a_word_boundary() -> None:
    assert opening_words("Kinder sind willkommen.") == "Kinder sind willkommen."
    assert (
        opening_words("La piscine Jean-Bouin, construite en 1972, accueillait chaque année plus")
        == "La piscine Jean-Bouin, construite en 1972, accueillait chaque…"
    )
    assert opening_words("« Qui va payer ? » s'interroge Martine Caron, présidente du club") == (
        "« Qui va payer ? » s'interroge Martine Caron, présidente du…"
    )
    assert len(opening_words("Donaudampfschifffahrtsgesellschaftskapitän " * 3)) <= 65


# --- Front matter --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Propos recueillis par Thibaut Chevillard",
        "Entretien réalisé par Léa Martin",
        "Par Léa Martin",
        "By Jane Doe, staff writer",
        "Interview by Jane Doe",
        "Interviewed by Jane Doe",
        "Von Katrin Vogel",
        "Das Gespräch führte Tobias Keller",
        "Por Javier Ortega",
        "Entrevista de Marta Gil",
    ],
)
def test_bylines(line: str) -> None:
    document = doc(f"Un titre court\n\n{line}\n\n{ANSWER}\n")
    assert roles(document)[:2] == [Role.TITLE, Role.BYLINE]


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, la ville a voté un budget.",
        "Von Anfang an war das klar.",
        "By then, nobody cared.",
    ],
)
def test_sentences_that_open_like_bylines_are_not(line: str) -> None:
    document = doc(f"Un titre court\n\n{line}\n\n{ANSWER}\n")
    assert Role.BYLINE not in roles(document)


@pytest.mark.parametrize(
    "line",
    [
        "Publié le 18/06/19 à 07h35 — Mis à jour le 18/06/19 à 18h57",
        "Published June 3, 2024",
        "Updated 14 March 2024, 10:02",
        "Publicado el 5 de mayo de 2023",
        "Veröffentlicht am 7. Februar 2024",
        "18/06/19 à 07h35",
    ],
)
def test_datelines(line: str) -> None:
    document = doc(f"Un titre court\n\n{line}\n\n{ANSWER}\n")
    assert roles(document)[:2] == [Role.TITLE, Role.DATELINE]


@pytest.mark.parametrize(
    "line",
    [
        "- [Twitter](#)",
        "[Twitter](#) | [Facebook](#) | [LinkedIn](#)",
        "Partager : Facebook · Twitter · E-mail",
    ],
)
def test_share_lines(line: str) -> None:
    document = doc(f"Un titre court\n\nPar Léa Martin\n\n{line}\n\n{ANSWER}\n")
    assert roles(document)[:3] == [Role.TITLE, Role.BYLINE, Role.SHARE]


def test_caption_with_an_emphasised_credit_then_the_summary_bullets() -> None:
    document = doc(
        "Un titre court\n\nPar Léa Martin\n\n"
        "Une rue de Singapour au petit matin. — *Jean Dupont / Agence*\n\n"
        "- Premier point du résumé.\n- Deuxième point du résumé.\n\n"
        f"{ANSWER}\n"
    )
    assert roles(document) == [
        Role.TITLE, Role.BYLINE, Role.CAPTION, Role.SUMMARY, Role.SUMMARY, Role.BODY,
    ]
    assert document.kind is DocumentKind.ARTICLE


def test_an_image_is_a_caption() -> None:
    document = doc(f"# Titre\n\nPar Léa Martin\n\n![Un port au matin](port.jpg)\n\n{ANSWER}\n")
    assert roles(document)[2] is Role.CAPTION


def test_lead_opened_by_a_rubric_or_confirmed_by_a_byline() -> None:
    rubric = doc(f"Un titre court\n\nENTREVISTA La arquitecta habla de calor\n\n{ANSWER}\n")
    assert roles(rubric)[:2] == [Role.TITLE, Role.LEAD]
    placed = doc(f"Un titre court\n\nUn chapeau sans rubrique.\n\nPar Léa Martin\n\n{ANSWER}\n")
    assert roles(placed)[:3] == [Role.TITLE, Role.LEAD, Role.BYLINE]
    alone = doc(f"Un titre court\n\nUn premier paragraphe ordinaire.\n\n{ANSWER}\n")
    assert roles(alone)[:2] == [Role.TITLE, Role.BODY]


def test_a_long_first_paragraph_or_one_ending_in_a_period_is_no_title() -> None:
    assert doc(f"{ANSWER}\n\n{ANSWER}\n").title == ""
    assert doc(f"Une phrase courte.\n\n{ANSWER}\n").title == ""


def test_a_heading_outranked_later_is_no_title() -> None:
    document = doc(f"## Partie A\n\n{ANSWER}\n\n# Partie B\n\n{ANSWER}\n")
    assert Role.TITLE not in roles(document)
    assert document.title == "Partie A"  # still the first heading, for the window title
    assert [s.kind for s in document.sections] == [SectionKind.HEADING, SectionKind.HEADING]


# --- Back matter ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "footer",
    [
        "Source: 20 Minutes",
        "Crédit Photo: Courtoisie",
        "Photo credit: Jane Doe",
        "Fuente: Agencia EFE",
        "Quelle: dpa",
        "© 2024 Indie Review",
        "This interview has been edited for length and clarity.",
    ],
)
def test_footers_gather_in_the_back_matter(footer: str) -> None:
    document = doc(f"Un titre court\n\n{ANSWER}\n\n---\n\n{footer}\n")
    assert roles(document)[-2:] == [Role.BODY, Role.FOOTER]  # the rule before it comes along
    back = document.sections[-1]
    assert back.kind is SectionKind.BACK_MATTER
    assert back.first_block == len(document.blocks) - 2
    assert document.kind is DocumentKind.ARTICLE


def test_a_source_mentioned_in_the_body_is_no_footer() -> None:
    document = doc(f"Un titre court\n\nSource: 20 Minutes\n\n{ANSWER}\n")
    assert Role.FOOTER not in roles(document)


# --- Questions -----------------------------------------------------------------------------------


def test_one_question_is_no_interview_but_one_q_and_a_pair_is() -> None:
    single = doc(f"Un titre court\n\n{ANSWER}\n\nEt maintenant ?\n\n{ANSWER}\n")
    assert single.kind is not DocumentKind.INTERVIEW
    pair = doc(f"Un titre court\n\nQ: Et maintenant ?\n\nA: {ANSWER}\n")
    assert pair.kind is DocumentKind.INTERVIEW
    assert [q.heading for q in pair.questions] == ["Et maintenant ?"]


def test_rhetorical_questions_inside_long_answers_are_not_questions() -> None:
    rhetorical = (
        "Nous avons tout essayé pendant des années, avec des moyens limités et des équipes "
        "épuisées. Les résultats sont venus lentement, puis d'un coup. Les partenaires ont suivi. "
        "Qui aurait pu le prévoir ?"
    )
    document = doc(
        f"Un titre court\n\nVous avez commencé quand ?\n\n{ANSWER}\n\n{rhetorical}\n\n"
        f"Et ensuite ?\n\n{ANSWER}\n"
    )
    assert [q.heading for q in document.questions] == ["Vous avez commencé quand ?", "Et ensuite ?"]


def test_questions_must_be_shorter_than_their_answers() -> None:
    # Short "?" lines each followed by a shorter line: a list of questions, not an interview.
    document = doc("Un titre court\n\n" + "\n\n".join(["Pourquoi pas nous ?", "Oui."] * 4) + "\n")
    assert document.kind is not DocumentKind.INTERVIEW


def test_the_block_after_a_question_is_its_answer_even_if_it_asks_back() -> None:
    document = doc(
        f"Un titre court\n\nVous êtes optimiste ?\n\nQui ne le serait pas ?\n\n{ANSWER}\n\n"
        f"Et demain ?\n\n{ANSWER}\n"
    )
    assert [q.heading for q in document.questions] == ["Vous êtes optimiste ?", "Et demain ?"]


def test_a_follow_up_joins_the_statement_before_it() -> None:
    document = doc(
        f"Un titre court\n\nVous êtes optimiste ?\n\n{ANSWER}\n\n"
        "Skype ne sera pas là. Facebook, si.\n\nPourquoi ?\n\n"
        f"{ANSWER}\n"
    )
    second = document.questions[1]
    assert second.heading == "Skype ne sera pas là. Facebook, si. Pourquoi ?"
    assert second.answer_block - second.first_block == 2
    assert document.question_text(second) == second.heading


def test_quoted_questions_in_an_article_are_not_questions() -> None:
    document = doc(
        "Un titre court\n\nPar Léa Martin\n\n"
        f"{ANSWER}\n\nLe maire s'interroge : « Qui va payer ? »\n\n{ANSWER}\n\n"
        f"Un riverain résume : « Et après, que fera-t-on ? »\n\n{ANSWER}\n"
    )
    assert document.kind is DocumentKind.ARTICLE
    assert document.questions == ()


def test_a_quotation_put_to_the_interviewee_still_makes_a_question() -> None:
    document = doc(
        "A title\n\n"
        f'What do you say to people who ask "why bother?"\n\n{ANSWER}\n\n'
        f"And next?\n\n{ANSWER}\n"
    )
    assert [q.heading for q in document.questions] == [
        'What do you say to people who ask "why bother?"',
        "And next?",
    ]


def test_the_interviewers_name_alone_marks_the_questions() -> None:
    document = doc(
        f"Un titre court\n\n20 Minutes : Vous partez quand ?\n\n{ANSWER}\n\n"
        f"20 Minutes : Vous reviendrez.\n\n{ANSWER}\n\n{ANSWER}\n"
    )
    assert [q.heading for q in document.questions] == ["Vous partez quand ?", "Vous reviendrez."]
    assert document.questions[1].end_block - document.questions[1].answer_block == 2


def test_the_interviewees_name_alone_leaves_the_questions_to_their_question_marks() -> None:
    document = doc(
        f"Un titre court\n\nVous partez quand ?\n\nJ. G. : {ANSWER}\n\n"
        f"Et pourquoi maintenant ?\n\nJ. G. : {ANSWER}\n"
    )
    headings = [q.heading for q in document.questions]
    assert headings == ["Vous partez quand ?", "Et pourquoi maintenant ?"]


def test_of_two_names_the_one_asking_is_the_interviewer() -> None:
    document = doc(
        f"Un titre court\n\nLe Monde : Vous partez quand ?\n\nJ. G. : {ANSWER}\n\n"
        f"Le Monde : Et pourquoi ?\n\nJ. G. : {ANSWER}\n\nJ. G. : {ANSWER}\n"
    )
    assert [q.heading for q in document.questions] == ["Vous partez quand ?", "Et pourquoi ?"]


def test_heading_questions_lose_their_prefix() -> None:
    document = doc(f"# Titre\n\n## Q: Pourquoi ?\n\n{ANSWER}\n\n## Q: Comment ?\n\n{ANSWER}\n")
    assert [q.heading for q in document.questions] == ["Pourquoi ?", "Comment ?"]


def test_question_headings_must_be_most_of_the_headings() -> None:
    document = doc(
        f"# Guide\n\n## Installation\n\n{ANSWER}\n\n## Why use it?\n\n{ANSWER}\n\n"
        f"## Usage\n\n{ANSWER}\n\n## How does it work?\n\n{ANSWER}\n\n## Licence\n\n{ANSWER}\n"
    )
    assert document.kind is not DocumentKind.INTERVIEW


def test_bold_subheadings_are_not_bold_questions() -> None:
    document = doc(
        f"# Titre\n\nPar Léa Martin\n\n{ANSWER}\n\n**Un geste oublié**\n\n{ANSWER}\n\n"
        f"**Des brasseurs convaincus**\n\n{ANSWER}\n"
    )
    assert document.kind is DocumentKind.ARTICLE
    assert [s.heading for s in document.sections if s.kind is SectionKind.HEADING] == [
        "Un geste oublié",
        "Des brasseurs convaincus",
    ]


def test_a_lone_question_title_becomes_the_first_question_of_an_interview() -> None:
    document = doc(f"Pourquoi ce métier ?\n\n{ANSWER}\n\nEt ensuite ?\n\n{ANSWER}\n")
    assert document.kind is DocumentKind.INTERVIEW
    assert [q.heading for q in document.questions] == ["Pourquoi ce métier ?", "Et ensuite ?"]
    assert Role.TITLE not in roles(document)


def test_a_question_title_followed_by_a_byline_stays_a_title() -> None:
    document = doc(
        f"Faut-il avoir peur ?\n\nPar Léa Martin\n\n{ANSWER}\n\nEt ensuite ?\n\n{ANSWER}\n"
    )
    assert document.title == "Faut-il avoir peur ?"
    assert document.kind is DocumentKind.ARTICLE


def test_dialogue_dashes_read_as_list_items_still_mark_questions() -> None:
    # In Markdown "- Question ?" is a one-item list; between paragraphs it is a dialogue dash.
    document = doc(
        f"Un titre court\n\n- Vous cuisinez depuis quand ?\n\n{ANSWER}\n\n"
        f"- Et demain ?\n\n{ANSWER}\n"
    )
    headings = [q.heading for q in document.questions]
    assert headings == ["Vous cuisinez depuis quand ?", "Et demain ?"]


def test_prefixed_questions_continue_up_to_the_answer_prefix() -> None:
    document = doc(
        f"Un titre court\n\nQ: Une remarque d'abord.\n\nEt une question ?\n\nA: {ANSWER}\n\n"
        f"Q: Encore ?\n\nA: {ANSWER}\n"
    )
    first = document.questions[0]
    assert first.heading == "Une remarque d'abord. Et une question ?"
    assert document.blocks[first.answer_block].text.startswith("A: ")


# --- Outline -------------------------------------------------------------------------------------


def test_headings_nest_by_rank() -> None:
    document = doc(
        f"# Guide\n\n{ANSWER}\n\n## A\n\n{ANSWER}\n\n#### A.1\n\n{ANSWER}\n\n### A.2\n\n"
        f"{ANSWER}\n\n## B\n\n{ANSWER}\n"
    )
    rows = [(s.kind, s.heading, s.level, s.first_block, s.end_block) for s in document.sections]
    assert rows == [
        (SectionKind.FRONT_MATTER, "", 1, 0, 1),
        (SectionKind.INTRODUCTION, "", 1, 1, 2),
        (SectionKind.HEADING, "A", 1, 2, 8),
        (SectionKind.HEADING, "A.1", 2, 4, 6),
        (SectionKind.HEADING, "A.2", 2, 6, 8),
        (SectionKind.HEADING, "B", 1, 8, 10),
    ]
    assert document.sections[document.section_index_at(document.blocks[5].start)].heading == "A.1"
    assert document.sections[document.section_index_at(document.blocks[3].start)].heading == "A"


def test_short_paragraphs_gather_into_one_section() -> None:
    document = doc(f"{ANSWER}\n\nCourt.\n\nCourt aussi.\n\n- une liste\n- qui suit\n\n{ANSWER}\n")
    assert [(s.first_block, s.end_block) for s in document.sections] == [(0, 1), (1, 5), (5, 6)]
    assert [s.heading for s in document.sections][1] == "Court."


def test_empty_document() -> None:
    document = parse_text("")
    assert document.kind is DocumentKind.DOCUMENT
    assert document.sections == ()
    structure = analyze([])
    assert (structure.kind, structure.title, structure.blocks, structure.sections) == (
        DocumentKind.DOCUMENT, "", [], []
    )


def test_analysis_keeps_every_block_but_its_role() -> None:
    source = open_seed_like_text()
    blocks = parse_blocks(source, parser=make_parser(indented_code=False))
    structure = analyze(blocks)
    assert len(structure.blocks) == len(blocks)
    for before, after in zip(blocks, structure.blocks, strict=True):
        assert dataclasses.replace(after, role=Role.BODY) == before


def test_with_role_is_dataclasses_replace() -> None:
    block = Block(BlockKind.LIST_ITEM, "texte", 3, (1, 2), 1, (), Role.BODY, "-")
    assert _with_role(block, Role.SUMMARY) == dataclasses.replace(block, role=Role.SUMMARY)
    assert [f.name for f in dataclasses.fields(Block)] == [
        "kind", "text", "start", "source_lines", "level", "inlines", "role", "ordinal",
    ]


def open_seed_like_text() -> str:
    return (
        "Un titre court\n\nINTERVIEW Un chapeau\n\nPropos recueillis par Léa Martin\n\n"
        "- [Twitter](#)\n\n"
        + "\n\n".join(f"Question {i} ?\n\n{ANSWER}" for i in range(5))
        + "\n\nSource : AFP\n"
    )
