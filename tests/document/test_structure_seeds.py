"""The two seed documents, read from ``seeds/`` (never copied), against their full expected
structure: the interview's front matter, introduction, seven questions and every answer; the
article's title, body and footers.

Two levels: through the whole pipeline (``open_document``: loading, repair, structure), and
through ``analyze`` alone on blocks prepared here, so that structure analysis is checked even
while another stage changes.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.document import DocumentKind, Role, SectionKind, open_document
from reader.document.markdown import make_parser, parse_blocks
from reader.document.model import Block, BlockKind, place_blocks
from reader.document.structure.analysis import analyze

from .test_structure import check_invariants, check_offsets_find_sections

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
INTERVIEW = SEEDS / "interview-pedocriminalite.txt"
ARTICLE = SEEDS / "article-pedocriminalite.txt"

TITLE = (
    "Pédocriminalité: «Il y a une explosion du live-streaming de viols d'enfants, notamment aux "
    "Philippines»"
)
# (question, answer's first words, answer's last words, answer paragraphs)
QUESTIONS = [
    (
        "Qu'appelle-t-on exploitation sexuelle des mineurs ?",
        "Cette notion englobe plusieurs comportements.",
        "Il y a une explosion de ce phénomène, notamment aux Philippines.",
        2,
    ),
    (
        "Cela veut-il dire qu'il y a de moins en moins de pédophiles qui se rendent en Asie du "
        "Sud-Est, et de plus en plus sur Internet ?",
        "Les pédophiles se rendent effectivement compte",
        "D'où la nécessité de s'attaquer à ce phénomène.",
        1,
    ),
    (
        "Pourquoi la France organise-t-elle ce séminaire ?",
        "Cet événement va réunir 24 pays",
        "soit en mesure de se mobiliser autour de ce phénomène.",
        2,
    ),
    (
        "Justement, plusieurs organismes bancaires, comme MasterCard ou PayPal, seront "
        "représentés...",
        "Ils sont très demandeurs.",
        "pour identifier les financements suspects.",
        1,  # two paragraphs in the file, broken mid-sentence ("car cette" / "agence"), joined
    ),
    (
        "Pourquoi une immense majorité des victimes se trouvent-elles dans cette partie du monde ?",
        "Ce sont des pays ayant une population très importante",
        "par Skype généralement.",
        1,
    ),
    (
        "Des acteurs de l'Internet, comme Facebook, seront représentés au séminaire. Mais pas "
        "Skype. Pourquoi ?",
        "On a tout fait pour que Skype soit là",
        "je regrette que Skype n'ait pas répondu présent.",
        1,
    ),
    (
        "Quelle est la part de Français qui participent à cette exploitation sexuelle de mineurs ?",
        "Il est très difficile de répondre à cette question",
        "une augmentation exponentielle du nombre de cas traités.",
        2,
    ),
]
FRONT_ROLES = [
    Role.TITLE,
    Role.LEAD,
    Role.BYLINE,
    Role.SHARE,
    Role.DATELINE,
    Role.CAPTION,
    Role.SUMMARY,
    Role.SUMMARY,
    Role.SUMMARY,
]


def _joined_locally(blocks: list[Block]) -> list[Block]:
    """A deliberately naive stand-in for the repair stage: join a paragraph ending on a letter
    or a comma with a next paragraph starting in lower case."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind is block.kind is BlockKind.PARAGRAPH
            and re.search(r"[\w,]$", previous.text)
            and block.text[:1].islower()
        ):
            out[-1] = Block(
                BlockKind.PARAGRAPH,
                f"{previous.text} {block.text}",
                previous.start,
                (previous.source_lines[0], block.source_lines[1]),
            )
        else:
            out.append(block)
    return place_blocks(out)


def _interview_structure():
    source = INTERVIEW.read_text(encoding="utf-8")
    blocks = parse_blocks(source, parser=make_parser(indented_code=False))
    return analyze(_joined_locally(blocks))


def _check_interview(kind, title, blocks, sections, answer_text) -> None:
    assert kind is DocumentKind.INTERVIEW
    assert title == TITLE
    assert [b.role for b in blocks[: len(FRONT_ROLES)]] == FRONT_ROLES
    assert blocks[1].text.startswith("INTERVIEW De plus en plus")
    assert blocks[2].text == "Propos recueillis par Thibaut Chevillard"
    assert blocks[5].text.endswith("Clément Follain / 20 Minutes")
    kinds = [s.kind for s in sections]
    front = [SectionKind.FRONT_MATTER, SectionKind.INTRODUCTION]
    assert kinds == front + [SectionKind.QUESTION] * 7
    intro = sections[1]
    intro_blocks = blocks[intro.first_block : intro.end_block]
    assert [b.role for b in intro_blocks] == [Role.INTRO, Role.INTRO]
    assert intro_blocks[0].text.startswith("Pendant longtemps")
    assert intro_blocks[1].text.startswith("Le phénomène du « live-streaming »")
    assert "l'enjeu de ce séminaire, qui réunira" in intro_blocks[1].text
    questions = sections[2:]
    for number, (section, (text, starts, ends, paragraphs)) in enumerate(
        zip(questions, QUESTIONS, strict=True), 1
    ):
        assert section.number == number
        assert section.heading == text
        assert section.end_block - section.answer_block == paragraphs, text
        answer = answer_text(section)
        assert answer.startswith(starts), text
        assert answer.endswith(ends), text
        assert {b.role for b in blocks[section.first_block : section.answer_block]} == {
            Role.QUESTION
        }
        assert {b.role for b in blocks[section.answer_block : section.end_block]} == {Role.ANSWER}
    assert questions[5].answer_block - questions[5].first_block == 2  # statement + "Pourquoi ?"
    assert questions[-1].end_block == len(blocks)


def test_seed_interview_through_the_pipeline() -> None:
    doc = open_document(INTERVIEW)
    _check_interview(doc.kind, doc.title, doc.blocks, doc.sections, doc.answer_text)
    assert doc.question_text(doc.questions[5]) == QUESTIONS[5][0]
    check_invariants(doc)
    check_offsets_find_sections(doc)
    for section in doc.questions:
        for offset in range(section.start, section.end + 1, 17):
            assert doc.sections[doc.section_index_at(offset)] == section


def test_seed_interview_structure_alone() -> None:
    structure = _interview_structure()
    blocks = structure.blocks

    def answer_text(section):
        return "\n".join(b.text for b in blocks[section.answer_block : section.end_block])

    _check_interview(structure.kind, structure.title, blocks, structure.sections, answer_text)


def test_seed_interview_questions_survive_unrepaired_breaks() -> None:
    # Before repair the seed has two extra paragraphs; the questions must not move.
    source = INTERVIEW.read_text(encoding="utf-8")
    structure = analyze(parse_blocks(source, parser=make_parser(indented_code=False)))
    assert structure.kind is DocumentKind.INTERVIEW
    assert [s.heading for s in structure.sections if s.kind is SectionKind.QUESTION] == [
        q[0] for q in QUESTIONS
    ]


def _check_article(kind, title, blocks, sections) -> None:
    assert kind is DocumentKind.ARTICLE
    assert title == "“Il y a une explosion du streaming en direct de viols d'enfants“"
    assert blocks[0].role is Role.TITLE
    assert [b.role for b in blocks[-2:]] == [Role.FOOTER, Role.FOOTER]
    assert [b.text for b in blocks[-2:]] == ["Source: 20 Minutes", "Crédit Photo: Courtoisie"]
    assert not any(b.role in (Role.QUESTION, Role.ANSWER) for b in blocks)
    assert sections[0].kind is SectionKind.FRONT_MATTER
    assert sections[-1].kind is SectionKind.BACK_MATTER
    assert sections[-1].first_block == len(blocks) - 2
    assert all(s.kind is SectionKind.PARAGRAPH for s in sections[1:-1])


def test_seed_article_structure_alone() -> None:
    # The seed writes one paragraph per line, with no blank line between them.
    source = ARTICLE.read_text(encoding="utf-8").replace("\n", "\n\n")
    structure = analyze(parse_blocks(source, parser=make_parser(indented_code=False)))
    _check_article(structure.kind, structure.title, structure.blocks, structure.sections)


def test_seed_article_through_the_pipeline() -> None:
    doc = open_document(ARTICLE)
    _check_article(doc.kind, doc.title, doc.blocks, doc.sections)
    check_invariants(doc)
