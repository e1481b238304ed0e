"""Layout rules found in the twenty-seventh round's pages: the first question under a greeting
line of its own ("Hallo Andi," / "wie bist du …?"), a statement put as a question among bold
or named questions (each with a document it must catch and one it must not), and, for a
guest's own question inside a one-paragraph interview's answer, the interviewer's questions
about anyone that any rule for it must keep."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

_CORPUS = Path(__file__).parent / "fixtures" / "corpus"

# --- A greeting line over the first question ------------------------------------------------


def test_the_greeting_line_opens_the_first_question_it_runs_on_into():
    # A club's page: "Hallo Jonas," on its own line, the question going on under it.
    page = _CORPUS / "de-verein-interview-der-woche-gruss-zeile-ueber-erster-frage-tischtennis.txt"
    document = doc(page.read_text(encoding="utf-8"))
    assert document.kind is DocumentKind.INTERVIEW
    first = [text for _, text in asked(document)][0]
    assert first == "Hallo Jonas, wie bist du eigentlich zum Tischtennis gekommen?"


def test_a_greeting_paragraph_ending_in_a_dash_opens_the_first_question():
    document = doc(
        "Member spotlight: Sam Okafor, volunteer coach\n"
        "\n"
        "Every month we sit down with one of the people who keep the club running.\n"
        "\n"
        "Hi Sam —\n"
        "\n"
        "tell us how you first came to the club.\n"
        "\n"
        "My daughter wanted to play, and the team was short of a coach.\n"
        "\n"
        "What does a training night look like?\n"
        "\n"
        "Games first, then one skill, then a match.\n"
        "\n"
        "What has been the hardest part?\n"
        "\n"
        "Keeping everyone involved.\n"
    )
    first = [text for _, text in asked(document)][0]
    assert first == "Hi Sam — tell us how you first came to the club."


def test_a_greeting_over_a_question_of_its_own_stays_apart():
    document = doc(
        "Interview der Woche: Mia Vogt, unsere Platzwartin\n"
        "\n"
        "Hallo Mia!\n"
        "\n"
        "Wie bist du zum Verein gekommen?\n"
        "\n"
        "Über meinen Vater, der hier seit dreißig Jahren spielt.\n"
        "\n"
        "Was machst du an einem typischen Samstag?\n"
        "\n"
        "Ich mähe, kreide die Linien und schließe die Kabinen auf.\n"
        "\n"
        "Was wünschst du dir vom Verein?\n"
        "\n"
        "Einen zweiten Rasenmäher und mehr Helfer.\n"
    )
    assert [text for _, text in asked(document)][0] == "Wie bist du zum Verein gekommen?"


# --- A statement put as a question among bold questions --------------------------------------


def test_a_bold_statement_among_bold_questions_is_a_question():
    document = doc(
        "# „Wir wollen oben mitspielen“\n"
        "\n"
        "Markus Hübner trainiert seit drei Jahren den FC Lindenau.\n"
        "\n"
        "**Herr Hübner, wie lief die Vorbereitung?**\n"
        "\n"
        "Ordentlich, wir hatten kaum Verletzte.\n"
        "\n"
        "**Sie haben den Verein 2019 übernommen.**\n"
        "\n"
        "Ja, damals standen wir auf dem vorletzten Platz.\n"
        "\n"
        "**Ist der Aufstieg das Ziel?**\n"
        "\n"
        "Wir reden nicht vom Aufstieg.\n",
        markdown=True,
    )
    assert "Sie haben den Verein 2019 übernommen." in [text for _, text in asked(document)]


def test_an_articles_bold_statements_are_no_questions():
    document = doc(
        "# Der FC Lindenau vor der Saison\n"
        "\n"
        "Markus Hübner trainiert seit drei Jahren den FC Lindenau.\n"
        "\n"
        "**Die Vorbereitung lief ordentlich.**\n"
        "\n"
        "Es gab kaum Verletzte, die Neuen fügten sich schnell ein.\n"
        "\n"
        "**Der Verein setzt auf die Jugend.**\n"
        "\n"
        "Neun Spieler im Kader kommen aus dem eigenen Nachwuchs.\n",
        markdown=True,
    )
    assert asked(document) == []


# --- A guest's own question inside a one-paragraph answer ------------------------------------
# No rule this round (see docs/structure.md "Round 27: questions"): a question about anyone
# ("Was soll man …?", "Qui viendrait …?") is the guest's as often as the interviewer's. What any
# later rule must keep: the interviewer's questions about anyone, between the guest's answers.


def test_the_interviewers_question_about_anyone_is_still_asked():
    document = doc(
        "Im Gespräch: Imker Paul Heck\n"
        "\n"
        "Das Interview führte Anna Roth.\n"
        "\n"
        "Herr Heck, wie war Ihr Jahr? Durchwachsen, der Frühling war nass. Wer kauft heute"
        " noch Honig? Vor allem Stammkunden. Wie viele Völker haben Sie? Zwanzig. Was kann"
        " man gegen die Milbe tun? Behandeln, im Sommer und im Winter.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Herr Heck, wie war Ihr Jahr?",
        "Wer kauft heute noch Honig?",
        "Wie viele Völker haben Sie?",
        "Was kann man gegen die Milbe tun?",
    ]
