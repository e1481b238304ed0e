"""Layout rules found in the twenty-second round's pages (session 13's held-out pages, released):
numbered questions marked "1.-" with the answer on the same line, dashed questions with the
answer on the next line and no blank line, a guest introduced by name and role before a colon,
a closing thanks in a verb ("La ringrazio."), a worksheet telling the reader to answer. Each
with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- "1.-" questions, each answered on its own line ------------------------------------------


def test_questions_numbered_with_period_and_dash_are_cut_from_their_answers():
    document = doc(
        "Meet our goalkeeper\n"
        "\n"
        "Name: Pablo Ruiz\n"
        "Age: 16\n"
        "\n"
        "1.- To start with, how did you begin playing? My uncle took me to a trial at six.\n"
        "\n"
        "2.-What do you like about your position? Seeing the whole pitch in front of me.\n"
        "\n"
        "3.- How often do you train? Three evenings a week, and the match on Saturday.\n"
        "\n"
        "4.- Who do you watch on television? The keepers of the national team, mostly.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "To start with, how did you begin playing?",
        "What do you like about your position?",
        "How often do you train?",
        "Who do you watch on television?",
    ]


def test_a_worksheet_telling_the_reader_to_answer_has_no_questions():
    # The same "1.-" questions, each with an instruction after it, under "answer the
    # following questions": the reader's exercise, not an interview.
    document = doc(
        "Reading sheet: The Road\n"
        "\n"
        "Read chapter three and answer the following questions in your notebook.\n"
        "\n"
        "1.- Who tells the story? Give an example from the text.\n"
        "\n"
        "2.- Where does the chapter take place? Describe it in your own words.\n"
        "\n"
        "3.- What does Daniel feel about leaving? Find two sentences that show it.\n"
        "\n"
        "4.- Why did the author choose this ending? Explain in five lines.\n"
    )
    assert document.questions == ()


# --- Dashed questions, the answer on the next line ---------------------------------------------


def test_dashed_questions_over_their_answers_without_blank_lines_are_asked():
    # A request to the guest ("Conte-nos …", addressing "você"/"seu") asks as "?" does.
    document = doc(
        "Editora Farol entrevista: Rita Gomes\n"
        "\n"
        "Publicado em 3 de março\n"
        "\n"
        "- Quando você começou a escrever?\n"
        "Ensino biologia e invento histórias desde criança.\n"
        "- Conte-nos como nasceu o seu livro.\n"
        "Nasceu de uma viagem de ônibus pelo interior, anotada num caderno.\n"
        "- Você tem um cantinho especial para escrever?\n"
        "Não, escrevo onde consigo me sentar.\n"
        "- O que você acha do novo cenário da literatura nacional?\n"
        "Publicar um livro ainda é muito difícil aqui.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Quando você começou a escrever?",
        "Conte-nos como nasceu o seu livro.",
        "Você tem um cantinho especial para escrever?",
        "O que você acha do novo cenário da literatura nacional?",
    ]


def test_a_packing_list_wrapped_onto_lower_case_lines_stays_a_list():
    document = doc(
        "What to pack for a weekend away\n"
        "\n"
        "A short list so you forget nothing.\n"
        "\n"
        "- Papers: your identity card, your insurance card and\n"
        "a copy of the hotel booking.\n"
        "- Light clothes, a thin jacket for the evening and\n"
        "comfortable shoes for walking.\n"
        "- A phone charger, earphones and\n"
        "a bottle you can refill.\n"
    )
    assert document.questions == ()
    items = [b.text for b in document.blocks if b.kind.name == "LIST_ITEM"]
    assert items[0].endswith("a copy of the hotel booking.")


# --- A guest named with their role before a colon ----------------------------------------------


_TWO_DELEGATES = (
    "Three days at the congress\n"
    "\n"
    "We spoke to two of the region's delegates\n"
    "\n"
    "Lisa Kerr, nurse at Holton Hospital:\n"
    "It was my first time, and I was surprised how open the debate was.\n"
    "\n"
    "What do you take home?\n"
    "Many new contacts. I now have the numbers of colleagues all over the country.\n"
    "\n"
    "What was the hardest part?\n"
    "Standing at the rostrum. I had rewritten my speech three times and my voice still shook.\n"
    "\n"
    "James Monk, chair of the western branch:\n"
    "{opening}\n"
    "\n"
    "Which decision pleases you most?\n"
    "Putting the working environment first. Our members have asked for it for years.\n"
    "\n"
    "What happens now?\n"
    "The decisions have to reach the workplaces, and the representatives need training.\n"
)


def test_a_guest_named_with_a_role_before_a_colon_is_no_question():
    text = _TWO_DELEGATES.format(
        opening="It was a good congress with a clear direction for the coming two years and "
        "much more debate than the last one, which I think we all needed after a hard year."
    )
    assert [t for _, t in asked(doc(text))] == [
        "What do you take home?",
        "What was the hardest part?",
        "Which decision pleases you most?",
        "What happens now?",
    ]


def test_a_guest_named_with_a_role_does_not_join_a_short_question_after_it():
    text = _TWO_DELEGATES.format(opening="A good congress with a clear direction.")
    assert "Which decision pleases you most?" in [t for _, t in asked(doc(text))]


def test_a_prompt_after_a_name_that_asks_the_guest_is_still_a_prompt():
    from reader.document.structure.questions.plainchecks import names_a_speaker
    from reader.document.structure.text.cues import Cues

    document = doc("Title\n\nMaria Rossi, tell me about your work:\n\nI restore old maps.\n")
    blocks = list(document.blocks)
    cues = Cues(blocks, 0, len(blocks))
    prompts = [k for k in range(len(cues)) if cues.content(k).startswith("Maria Rossi")]
    assert prompts and not names_a_speaker(cues, prompts[0])
    named = doc("Title\n\nHanne Friis, chair of the branch:\n\nIt was a good congress.\n")
    blocks = list(named.blocks)
    cues = Cues(blocks, 0, len(blocks))
    assert any(names_a_speaker(cues, k) for k in range(len(cues)))


# --- A closing thanks in a verb -------------------------------------------------------------------


def test_a_closing_thanks_in_a_verb_is_no_question():
    document = doc(
        "Appendice B – Trascrizione dell'intervista n. 5\n"
        "\n"
        "R: Mi racconti come è arrivato a lavorare in comunità?\n"
        "\n"
        "I: Per caso, davvero. Facevo il servizio civile e mi hanno chiesto di restare.\n"
        "\n"
        "R: Cosa le piace di più di questo lavoro?\n"
        "\n"
        "I: I momenti normali. La cena, i compiti, una partita a carte.\n"
        "\n"
        "R: E la parte più difficile?\n"
        "\n"
        "I: Quando un ragazzo compie diciotto anni e deve uscire.\n"
        "\n"
        "R: La ringrazio.\n"
    )
    assert [t for _, t in asked(document)] == [
        "Mi racconti come è arrivato a lavorare in comunità?",
        "Cosa le piace di più di questo lavoro?",
        "E la parte più difficile?",
    ]


def test_a_last_question_that_asks_is_kept_though_it_thanks():
    document = doc(
        "R: Mi racconti come è arrivato a lavorare in comunità?\n"
        "\n"
        "I: Per caso, davvero. Facevo il servizio civile e mi hanno chiesto di restare.\n"
        "\n"
        "R: Cosa le piace di più di questo lavoro?\n"
        "\n"
        "I: I momenti normali. La cena, i compiti, una partita a carte.\n"
        "\n"
        "R: La ringrazio, ma chi la ringrazia di solito?\n"
        "\n"
        "I: I ragazzi, quando se ne vanno.\n"
    )
    assert len(document.questions) == 3
