"""Layout rules found in the thirtieth round's pages: questionnaires whose prompts do not ask.
A local paper's numbered prompts to a candidate, some already on their own paragraph, some run
into their answer's line; a questionnaire's dashed prompts answered in a few words; a table's
rows pasted with a tab between prompt and answer, two prompts of which ask; Proust's stems under
the questionnaire's own title, broken by an aside; a request in a question's place over its
answer's line. Each with a document it must catch and one it must not: how-to steps, a price
list, a list of dashed items, a list of facts, a form's fields."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- Numbered prompts, some apart, some run into their answer --------------------------------

_CANDIDATE = (
    "Valmorta – Luca Bessi: «Un paese che si parla»\n"
    "\n"
    "Il candidato della lista civica risponde al nostro questionario.\n"
    "\n"
    "1) La prima cosa che fa se viene eletto\n"
    "Ringrazio chi mi ha votato e fisso con la squadra un elenco di cose da fare subito.\n"
    "2) Il paese che vorrebbe\n"
    "Un paese dove le associazioni lavorano insieme e i problemi si risolvono in fretta.\n"
    "3) Sindaco a tempo pieno o part-time? Indennità piena o ridotta?\n"
    "Resto in ufficio la mattina e il pomeriggio lo dedico al comune, con l'indennità ridotta.\n"
    "4) Un motivo per cui dovrebbero votarla\n"
    "Perché conosco ogni strada e ogni famiglia.\n"
    "5) Il suo principale difetto\n"
    "Sono testardo\n"
    "6) Il rimpianto più grande\n"
    "Nessuno, davvero.\n"
)


def test_numbered_prompts_to_a_candidate_some_apart_some_run_together_are_questions():
    document = doc(_CANDIDATE)
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "La prima cosa che fa se viene eletto",
        "Il paese che vorrebbe",
        "Sindaco a tempo pieno o part-time? Indennità piena o ridotta?",
        "Un motivo per cui dovrebbero votarla",
        "Il suo principale difetto",
        "Il rimpianto più grande",
    ]


def test_numbered_steps_each_over_its_explanation_under_a_plain_title_are_no_questions():
    document = doc(
        "Come rinvasare una pianta\n"
        "\n"
        "Servono un vaso più grande e del terriccio fresco.\n"
        "\n"
        "1) Bagnare la pianta il giorno prima\n"
        "La terra umida si stacca meglio dalle radici.\n"
        "2) Togliere la pianta dal vaso\n"
        "Capovolgerlo tenendo il fusto tra le dita e battere sul fondo.\n"
        "3) Liberare le radici? Solo se sono attorcigliate\n"
        "Allargarle con le dita senza strapparle.\n"
        "4) Riempire il vaso nuovo\n"
        "Pressare il terriccio attorno al fusto.\n"
        "5) Annaffiare\n"
        "Lasciare scolare bene l'acqua.\n"
    )
    assert document.kind is not DocumentKind.INTERVIEW
    assert asked(document) == []


# --- Dashed prompts answered in a few words ---------------------------------------------------


def test_dashed_prompts_of_a_named_questionnaire_answered_briefly_are_questions():
    document = doc(
        "«Todo tiene arreglo»\n"
        "\n"
        "La candidata responde a nuestro «Cuestionario Plus» en plena campaña.\n"
        "\n"
        "–Su idea de la felicidad perfecta.\n"
        "\n"
        "–Una tarde sin prisa.\n"
        "\n"
        "–Su mayor miedo.\n"
        "\n"
        "–Perder a alguien querido.\n"
        "\n"
        "–¿A quién admira?\n"
        "\n"
        "–A mi abuela.\n"
        "\n"
        "–Su principal defecto.\n"
        "\n"
        "–Soy cabezota.\n"
        "\n"
        "–¿Dónde le gustaría vivir?\n"
        "\n"
        "–Donde vivo.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Su idea de la felicidad perfecta.",
        "Su mayor miedo.",
        "¿A quién admira?",
        "Su principal defecto.",
        "¿Dónde le gustaría vivir?",
    ]


def test_a_dashed_packing_list_naming_no_questionnaire_has_no_questions():
    document = doc(
        "Qué llevar a la playa\n"
        "\n"
        "Lo básico para un día de sol, según nuestra redacción.\n"
        "\n"
        "–Crema solar.\n"
        "\n"
        "–Dos botes, por si acaso.\n"
        "\n"
        "–Una toalla grande.\n"
        "\n"
        "–Mejor de rizo.\n"
        "\n"
        "–¿Sombrilla?\n"
        "\n"
        "–Siempre.\n"
        "\n"
        "–Agua fresca.\n"
        "\n"
        "–Mucha.\n"
    )
    assert document.kind is not DocumentKind.INTERVIEW
    assert asked(document) == []


# --- A table's rows pasted with a tab, some prompts asking -----------------------------------


def test_a_questionnaires_table_rows_pasted_with_tabs_are_prompts_and_answers():
    rows = [
        ("Ma vertu préférée", "La loyauté"),
        ("Mon principal défaut", "L’entêtement"),
        ("Mon occupation préférée", "Bricoler"),
        ("Quel serait mon plus grand malheur ?", "Être seul"),
        ("À part moi-même, qui voudrais-je être ?", "Un gardien de phare"),
        ("La couleur que je préfère", "Le vert"),
    ]
    document = doc(
        "Questionnaire de Proust\n\nÀ mon tour, j’y ai répondu sincèrement.\n\n"
        + "".join(f"{n}. {prompt}\t{answer}\n" for n, (prompt, answer) in enumerate(rows, 1))
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [prompt for prompt, _ in rows]


def test_a_price_list_pasted_with_tabs_under_a_plain_title_has_no_questions():
    document = doc(
        "Nos tarifs\n\nPrix valables à partir du 1er mars.\n\n"
        "1. Coupe femme\t35 €\n2. Coupe homme\t22 €\n3. Brushing\t18 €\n"
        "4. Couleur ?\tSur devis\n5. Mèches ?\tSur devis\n6. Soin\t12 €\n"
    )
    assert document.kind is not DocumentKind.INTERVIEW
    assert asked(document) == []


# --- Stems under the questionnaire's own title, broken by an aside ----------------------------


def test_stems_under_the_questionnaires_title_and_after_an_aside_are_all_prompts():
    document = doc(
        "Le questionnaire de Proust\n"
        "par\n"
        "Le principal trait de mon caractère\n"
        "Un peu de patience\n"
        "La qualité que je désire chez un homme\n"
        "Qu’il écoute\n"
        "La qualité que je désire chez une femme\n"
        "Qu’elle rie\n"
        "Mon principal défaut\n"
        "Dormir tard\n"
        "Mon occupation préférée\n"
        "Marcher\n"
        "(…)\n"
        "Mon rêve de bonheur\n"
        "Une maison au bord de l’eau\n"
        "La couleur que je préfère\n"
        "Le bleu\n"
        "Mes poètes préférés\n"
        "Les romantiques\n"
        "Mes héros dans la fiction\n"
        "Les anonymes\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Le principal trait de mon caractère",
        "La qualité que je désire chez un homme",
        "La qualité que je désire chez une femme",
        "Mon principal défaut",
        "Mon occupation préférée",
        "Mon rêve de bonheur",
        "La couleur que je préfère",
        "Mes poètes préférés",
        "Mes héros dans la fiction",
    ]


# --- A request over its answer's line ---------------------------------------------------------


def test_a_request_over_its_answers_line_among_questions_is_a_question():
    document = doc(
        "Meet the author: June Harlow\n"
        "\n"
        "We welcome June Harlow, who joins us today to talk about her first novel.\n"
        "\n"
        "Where do you live?\n"
        "Galway, by the sea.\n"
        "\n"
        "Tell us a little bit about your life.\n"
        "I taught history for twenty years before I wrote a word of fiction.\n"
        "\n"
        "When did you start writing?\n"
        "In my forties, on the train to work.\n"
        "\n"
        "Who inspires you?\n"
        "Muriel Spark, always.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Where do you live?",
        "Tell us a little bit about your life.",
        "When did you start writing?",
        "Who inspires you?",
    ]


def test_an_articles_closing_request_over_a_line_is_no_question():
    document = doc(
        "The library reopens on Monday\n"
        "\n"
        "After six months of works the reading room has new shelves, new lights and a café.\n"
        "\n"
        "Opening hours are longer too, until eight on weekdays.\n"
        "\n"
        "Tell us what you think.\n"
        "Comments are open below.\n"
    )
    assert document.kind is not DocumentKind.INTERVIEW
    assert asked(document) == []


# --- Numbered facts and a form's fields --------------------------------------------------------


def test_numbered_facts_with_short_headings_one_asking_are_no_questionnaire():
    document = doc(
        "Ten things you didn't know about octopuses\n"
        "\n"
        "There is far more to an octopus than a squishy face.\n"
        "\n"
        "1. Octopi?\n\nThe plural is octopuses, not octopi.\n\n"
        "2. Brains trust\n\nThey have nine brains and three hearts.\n\n"
        "3. Feeling blue\n\nTheir blood is blue.\n\n"
        "4. A spare hand\n\nLose an arm, grow a new one.\n\n"
        "5. Escape artists\n\nApart from the beak, an octopus is entirely soft.\n"
    )
    assert document.kind is not DocumentKind.INTERVIEW
    assert asked(document) == []


def test_a_forms_fields_with_their_values_are_no_questions():
    document = doc(
        "Einzelfragen zur Projektwoche\n"
        "\n"
        "Welches Projekt habt ihr gewählt und warum? Wir haben in den Pausen nachgefragt.\n"
        "\n"
        "Projekt: Radtour, er fährt gern Rad\nAlter: 12\nKlasse: 7b\n\n"
        "Projekt: Brettspiele, weil er ein Spiel entwerfen will\nAlter: 11\nKlasse: 6a\n\n"
        "Projekt: Schulhund, weil sie gern mit Tieren arbeitet\nAlter: 10\nKlasse: 5d\n\n"
        "Projekt: Schülerzeitung\nKlasse: 6c / Lehrerin\nAlter: 47\n"
    )
    assert document.kind is not DocumentKind.INTERVIEW
    assert asked(document) == []
