"""Layout rules found in the twenty-third round's pages: a questionnaire's stems as prompts,
unfinished phrases on their own line over their answers' lines with no blank line and no "?"
("Mon principal défaut" / "Hésiter longtemps."); an interviewer's request put in a question's
place with no "?" and no "you" in it ("Tell us about yourself.", "Cuéntanos un poco de ti."),
in a dashed interview. Each with a document it must catch and ones it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- A request in a dashed question's place -------------------------------------------------


def test_a_dashed_request_with_no_address_form_is_a_prompt():
    document = doc(
        "Five minutes with our new librarian\n"
        "\n"
        "We sat down with Dana Whitcombe, who joined the town library in March.\n"
        "\n"
        "- Tell us about yourself.\n"
        "I grew up two streets from here and spent every Saturday in the children's corner.\n"
        "- What brought you back to the library?\n"
        "The chance to run the reading club I once went to as a boy.\n"
        "- Describe your typical day.\n"
        "Mornings are for returns and the post, afternoons for school visits and the club.\n"
        "- What are you reading right now?\n"
        "A history of lighthouses, slowly, a chapter a night.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Tell us about yourself.",
        "What brought you back to the library?",
        "Describe your typical day.",
        "What are you reading right now?",
    ]


def test_dash_lines_in_one_paragraph_with_spanish_requests_are_prompts():
    document = doc(
        "Entrevista a la nueva entrenadora del club de natación\n"
        "\n"
        "La semana pasada charlamos con Irene Salvat, que dirige los entrenamientos.\n"
        "\n"
        "– Cuéntanos un poco de ti.\n"
        "Nadé en el club desde los ocho años y volví después de estudiar.\n"
        "– ¿Cómo es un entrenamiento normal?\n"
        "Calentamos fuera del agua, hacemos técnica y terminamos con un juego.\n"
        "– Háblanos de los objetivos de la temporada.\n"
        "Que todos terminen el curso sabiendo nadar los cuatro estilos sin miedo.\n"
        "– ¿Qué les dirías a las familias?\n"
        "Que la constancia vale más que las medallas.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Cuéntanos un poco de ti.",
        "¿Cómo es un entrenamiento normal?",
        "Háblanos de los objetivos de la temporada.",
        "¿Qué les dirías a las familias?",
    ]


def test_a_worksheets_dashed_tasks_are_no_prompts():
    document = doc(
        "The water cycle: revision sheet\n"
        "\n"
        "Read pages 12 to 15 before you start.\n"
        "\n"
        "- Describe the water cycle.\n"
        "Use the diagram on page 13 and name each stage.\n"
        "- What happens to water when it evaporates?\n"
        "Write two sentences.\n"
        "- Explain why clouds form.\n"
        "Give one example from your own town.\n"
        "- Where does rain go after it falls?\n"
        "Draw arrows on the map.\n"
    )
    assert asked(document) == []


def test_a_support_pages_dashed_requests_are_no_prompts():
    document = doc(
        "Contact support\n"
        "\n"
        "Before you write to us, check the answers below.\n"
        "\n"
        "How do I reset my password?\n"
        "Use the link on the sign-in page and follow the e-mail we send.\n"
        "\n"
        "Can I change my delivery address?\n"
        "Yes, until the parcel leaves the warehouse.\n"
        "\n"
        "Still stuck? Send us a message:\n"
        "- Describe your problem.\n"
        "- Tell us your order number.\n"
        "- Attach a screenshot if you can.\n"
        "\n"
        "We answer within two working days.\n"
    )
    assert document.kind is not DocumentKind.INTERVIEW
    assert asked(document) == []


def test_an_articles_closing_request_to_readers_is_no_prompt():
    document = doc(
        "Our town's new cycle lanes open this week\n"
        "\n"
        "The council opened the first two kilometres of protected lanes on Monday, after three "
        "years of consultation and two changes of plan.\n"
        "\n"
        "Why did it take so long? Officials say the drainage under Station Road had to be "
        "rebuilt first, which nobody had expected.\n"
        "\n"
        "Cyclists we met on the first morning were mostly pleased, though several said the "
        "lane ends abruptly at the bridge.\n"
        "\n"
        "What happens next? A second stretch, towards the hospital, is due next spring.\n"
        "\n"
        "Tell us what you think.\n"
        "\n"
        "We read every letter, and a selection will appear in next week's edition.\n"
    )
    assert asked(document) == []


# --- A questionnaire's stems over their answers, one paragraph -------------------------------


def test_a_questionnaires_stems_over_their_answers_are_prompts():
    document = doc(
        "Le questionnaire de Proust de Claire Vasseur\n"
        "\n"
        "Nous avons soumis le questionnaire à la céramiste Claire Vasseur.\n"
        "Ma vertu préférée\n"
        "La patience, qui s'apprend au tour plus qu'ailleurs.\n"
        "La qualité que je préfère chez un homme\n"
        "Savoir se taire devant un four qui refroidit.\n"
        "Mon principal défaut\n"
        "Tout recommencer dès qu'une pièce me déçoit.\n"
        "Mon occupation préférée\n"
        "Émailler, le samedi matin.\n"
        "La couleur que je préfère\n"
        "Vert\n"
        "Lire la suite ?\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Ma vertu préférée",
        "La qualité que je préfère chez un homme",
        "Mon principal défaut",
        "Mon occupation préférée",
        "La couleur que je préfère",
    ]


def test_an_english_questionnaires_your_stems_are_prompts():
    document = doc(
        "The Proust Questionnaire: Ana Lind\n"
        "\n"
        "Each issue one member of the choir answers the old parlour game.\n"
        "\n"
        "Your favourite virtue\n"
        "Punctuality, which I admire in others.\n"
        "Your favourite occupation\n"
        "Singing in the car.\n"
        "Your chief characteristic\n"
        "Curiosity\n"
        "Your idea of happiness\n"
        "A full rehearsal where nobody is late.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Your favourite virtue",
        "Your favourite occupation",
        "Your chief characteristic",
        "Your idea of happiness",
    ]


def test_a_poems_parallel_lines_are_no_prompts():
    document = doc(
        "Mon pays\n"
        "\n"
        "Mon pays ce n'est pas un pays\n"
        "C'est l'hiver qui descend des collines\n"
        "Mon jardin ce n'est pas un jardin\n"
        "C'est la plaine où la neige s'incline\n"
        "Mon chemin ce n'est pas un chemin\n"
        "C'est le vent qui se couche à la brune\n"
        "Ma maison ce n'est pas ma maison\n"
        "Elle est froide et n'attend plus personne\n"
    )
    assert document.kind is not DocumentKind.INTERVIEW
    assert asked(document) == []


def test_a_blank_questionnaires_list_of_fields_is_no_prompts():
    document = doc(
        "Questionnaire d'inscription à l'atelier\n"
        "\n"
        "Merci de remplir ce questionnaire et de le rapporter au secrétariat.\n"
        "\n"
        "Mon nom\n"
        "Mon prénom\n"
        "Ma date de naissance\n"
        "Mon adresse\n"
        "Mon numéro de téléphone\n"
        "Ma profession\n"
        "Mes disponibilités\n"
        "Ma signature\n"
    )
    assert asked(document) == []
