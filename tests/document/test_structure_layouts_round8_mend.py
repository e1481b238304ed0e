"""The eighth round's two sets of layouts scored together: what the titles round's new pages
asked of the question rules (lines a plain-text list swallowed), each rule with a document it
must catch and one it must not."""

from __future__ import annotations

from reader.document.model import BlockKind, DocumentKind

from .test_structure_layouts import asked, doc

# --- Lines a plain-text list item swallowed ----------------------------------------------------


def test_a_faq_question_under_a_lists_last_bullet_is_a_question_again():
    document = doc(
        "Veelgestelde vragen\n\nBetalen\nWat zijn de betaalmogelijkheden?\n"
        "Wij accepteren de volgende betaalmethodes:\n- iDEAL\n- Creditcard\n- Apple Pay\n"
        "Is mijn betaling gelukt?\nKrijg je na het afrekenen een foutmelding? Kijk dan of het "
        "bedrag van je rekening is afgeschreven, of neem contact met ons op.\n"
        "Kan ik betalen met een cadeaubon?\nJa, vul de code in bij het afrekenen.\n"
    )
    assert [q for _, q in asked(document)] == [
        "Wat zijn de betaalmogelijkheden?", "Is mijn betaling gelukt?",
        "Kan ik betalen met een cadeaubon?",
    ]
    assert [b.text for b in document.blocks if b.kind is BlockKind.LIST_ITEM] == [
        "iDEAL", "Creditcard", "Apple Pay"]


def test_an_indented_line_under_a_bullet_stays_the_bullets_however_it_asks():
    document = doc(
        "Before the interview\n\nA few habits help when you meet someone for a long talk. "
        "Write them on a card and keep it in your pocket.\n\n"
        "- Read what they wrote before you meet, and ask\n  What did they leave out?\n"
        "- Arrive early, and check the recorder's batteries twice.\n"
        "- Listen more than you talk.\n\nThe rest comes with practice.\n"
    )
    assert asked(document) == []
    assert document.kind is not DocumentKind.INTERVIEW
    assert [b.text for b in document.blocks if b.kind is BlockKind.LIST_ITEM][0] == (
        "Read what they wrote before you meet, and ask What did they leave out?")


def test_dashed_questions_whose_answers_follow_on_the_next_lines_are_an_interview():
    document = doc(
        "Intervista\ndi Chiara Benedetti e Sofia Marino\n"
        "Abbiamo seguito il giornale d'istituto dall'inizio, e per il nostro ultimo articolo "
        "abbiamo intervistato la professoressa Laura Ricci e il professor Marco Villa.\n"
        "- Professori, com'è nata l'idea di fondare il giornale d'istituto?\n"
        "L'idea è nata per coinvolgere i ragazzi di un istituto tecnico, che passano quasi tutto "
        "il tempo sulle materie scientifiche.\n"
        "- Il giornalino ha aiutato a unire gli studenti?\n"
        "Prima della pandemia sì, poi un po' meno. Ma quest'anno gli iscritti sono cresciuti.\n"
        "- Siete soddisfatti del risultato?\nMolto, anche più di quanto immaginassimo.\n"
    )
    assert [q for _, q in asked(document)] == [
        "Professori, com'è nata l'idea di fondare il giornale d'istituto?",
        "Il giornalino ha aiutato a unire gli studenti?", "Siete soddisfatti del risultato?",
    ]


def test_a_list_of_tips_with_lines_under_its_bullets_gets_no_questions():
    document = doc(
        "Tre consigli per l'esame\nQuest'anno la prova scritta dura quattro ore, e molti "
        "studenti ci hanno chiesto come organizzarsi. Ecco tre consigli dei nostri professori.\n"
        "- Leggere tutte le tracce prima di scegliere.\n"
        "Chi sceglie subito spesso si pente dopo mezz'ora, quando è tardi per cambiare.\n"
        "- Tenere mezz'ora per rileggere.\n"
        "Gli errori di distrazione sono i più facili da correggere.\n"
        "- Portare una bottiglia d'acqua.\nQuattro ore sono lunghe.\n"
    )
    assert asked(document) == []


def test_a_numbered_faq_groups_name_over_its_questions_is_a_heading():
    document = doc(
        "FAQ\nPerguntas frequentes.\n01. A encomenda\nQuando recebo a minha encomenda?\n"
        "Ao encomendar, indicamos um dia de envio, que aparece também na confirmação.\n"
        "Quando recebo a fatura?\nPode obtê-la na sua conta da loja, ou pedi-la por e-mail.\n"
        "02. O envio\nQuanto custa o envio?\nO envio é gratuito a partir de 40 euros.\n"
        "Para que países enviam?\nEnviamos para Portugal continental e ilhas, e para Espanha.\n"
    )
    assert [q for _, q in asked(document)] == [
        "Quando recebo a minha encomenda?", "Quando recebo a fatura?", "Quanto custa o envio?",
        "Para que países enviam?",
    ]
    assert [b.text for b in document.blocks if b.kind is BlockKind.HEADING] == [
        "01. A encomenda", "02. O envio"]


def test_a_numbered_question_over_its_answer_is_no_groups_name():
    document = doc(
        "Otto domande\n\nEcco le domande:\n1) Qual e' stata la piu' lunga?\n"
        "Sei ore in cucina, con il vecchio ciclista.\nNon finiva mai di raccontare.\n"
        "2) E quella piu' breve?\nQuattro minuti in ascensore.\n"
        "3) Il personaggio piu' divertente?\nUn attore che rispondeva in rima.\n"
    )
    assert not [b for b in document.blocks if b.kind is BlockKind.HEADING]
    assert [q for _, q in asked(document)] == [
        "Qual e' stata la piu' lunga?", "E quella piu' breve?", "Il personaggio piu' divertente?"]


# --- A FAQ group's later questions in the same paragraph ---------------------------------------


def test_a_faq_groups_later_question_under_an_answers_full_stop_is_a_question():
    document = doc(
        "Veelgestelde vragen\n\nBetalen\nHoe kan ik betalen?\nMet iDEAL of een creditcard.\n\n"
        "Verzenden\nHoe lang duurt de levering?\nBestellingen die voor 16.00 uur binnen zijn, "
        "versturen we dezelfde werkdag.\nKan ik mijn pakket volgen?\n"
        "Ja, je krijgt een e-mail met een link.\n"
    )
    assert [q for _, q in asked(document)] == [
        "Hoe kan ik betalen?", "Hoe lang duurt de levering?", "Kan ik mijn pakket volgen?"]


def test_a_wrapped_answers_line_ending_in_a_question_mark_stays_in_the_answer():
    document = doc(
        "Veelgestelde vragen\n\nBetalen\nHoe kan ik betalen?\nMet iDEAL of een creditcard.\n"
        "Kan ik achteraf betalen?\nNee, dat kan niet.\n\n"
        "Verzenden\nHoe lang duurt de levering?\nBestellingen die voor 16.00 uur binnen zijn, "
        "versturen we dezelfde werkdag, en als je vraagt\nWaar blijft mijn pakket?\n"
        "dan kijken we het na.\n"
    )
    assert [q for _, q in asked(document)] == [
        "Hoe kan ik betalen?", "Kan ik achteraf betalen?", "Hoe lang duurt de levering?"]


# --- A FAQ group's blurb is no statement a question follows up ----------------------------------


def test_a_faq_groups_blurb_is_not_joined_to_the_groups_first_question():
    document = doc(
        "FAQ\nCustomer FAQ • Answers before and after you check out\n"
        "Orders and Checkout\nEverything about placing an order and paying.\n"
        "How do I place an order?\nPut the product in your cart, go to checkout and confirm.\n"
        "Why was my payment declined?\nA typo in the card details, or a refusal by your bank.\n"
        "Shipping and Delivery\nWhere we ship, how long it takes, tracking and delays.\n"
        "Where do you ship?\nWithin the United States only.\n"
        "How much does shipping cost?\nShipping is free on every order.\n"
    )
    assert [q for _, q in asked(document)] == [
        "How do I place an order?", "Why was my payment declined?", "Where do you ship?",
        "How much does shipping cost?",
    ]


def test_a_short_why_after_an_answers_statement_still_follows_it_up():
    document = doc(
        "Entretien\n\nLa ministre prépare un séminaire sur la protection des mineurs en ligne.\n\n"
        "Pourquoi la France organise-t-elle ce séminaire ?\n\n"
        "Parce que nous voulons réunir les États, les banques et les entreprises de l'Internet "
        "autour d'une même table, ce qui n'a jamais été fait.\n\n"
        "Les banques viendront toutes ?\n\n"
        "Oui, et les grandes plateformes de paiement aussi, qui ont accepté tout de suite.\n\n"
        "Elles signeront la charte dès le premier jour.\n\n"
        "Des acteurs de l'Internet seront représentés. Mais pas Skype.\n\nPourquoi ?\n\n"
        "Nous avons tout fait pour qu'ils soient là, mais ils n'ont pas répondu à l'invitation.\n"
    )
    assert [q for _, q in asked(document)][-1] == (
        "Des acteurs de l'Internet seront représentés. Mais pas Skype. Pourquoi ?")


# --- A section's name between two interviews is no question put without "?" ---------------------

_SECOND_INTERVIEW = (
    "Due interviste al Dirigente\n\nEcco due interviste fatte al Dirigente dai ragazzi della 2D."
    "\n\nPrima intervista\n\nCari lettori, eccoci con il Dirigente per fargli qualche domanda.\n\n"
    "Come sarà la scuola tra qualche anno?\nSarà una scuola piena di stimoli e di esperienze.\n\n"
    "Come saranno i prossimi alunni?\nPiù liberi, ma a educarli devono essere i genitori.\n\n"
    "Per quanto tempo sarà ancora dirigente?\nForse per sempre: qui penso di restare.\n\n"
    "{between}\n\nAlla festa di fine progetto abbiamo incontrato di nuovo il Dirigente.\n\n"
    "Che libro ha letto quest'estate?\nUn romanzo di mare, letto in una settimana di pioggia.\n\n"
    "Qual è il suo ricordo più bello di scuola?\nLa gita in quinta, quando ci perdemmo.\n"
)


def test_a_sections_name_over_its_introduction_is_no_question():
    document = doc(_SECOND_INTERVIEW.format(between="Seconda intervista"))
    assert "Seconda intervista" not in [q for _, q in asked(document)]
    assert len(asked(document)) == 5


def test_a_short_line_put_between_answers_with_its_full_stop_is_still_a_question():
    document = doc(_SECOND_INTERVIEW.format(between="E adesso parliamo di libri."))
    assert "E adesso parliamo di libri." in [q for _, q in asked(document)]


# --- A numbered question that asks twice --------------------------------------------------------


def test_a_numbered_question_asking_why_after_its_question_keeps_the_why():
    document = doc(
        "Entrevista a Lucía\n\nLucía tiene catorce años y termina octavo básico.\n\n"
        "1-Al empezar el año. ¿Qué metas te propusiste?\nSacar buenas notas y hacer amigas.\n\n"
        "2-¿Sientes que las estás cumpliendo? ¿Por qué?\nMás o menos, mis notas no son buenas.\n\n"
        "3-¿Te gustaría seguir en la básica? ¿Por qué?\nNo, es una etapa que hay que dejar.\n"
    )
    assert [q for _, q in asked(document)] == [
        "Al empezar el año. ¿Qué metas te propusiste?",
        "¿Sientes que las estás cumpliendo? ¿Por qué?",
        "¿Te gustaría seguir en la básica? ¿Por qué?",
    ]


def test_an_answer_opening_with_a_sentence_after_a_numbered_question_stays_the_answer():
    document = doc(
        "Entrevista a Lucía\n\nLucía tiene catorce años y termina octavo básico.\n\n"
        "1-¿Qué metas te propusiste? Sacar buenas notas y hacer amigas.\n\n"
        "2-¿Las estás cumpliendo? Más o menos, mis notas no son buenas.\n\n"
        "3-¿Te gustaría seguir en la básica? No, es una etapa que hay que dejar.\n"
    )
    assert [q for _, q in asked(document)] == [
        "¿Qué metas te propusiste?", "¿Las estás cumpliendo?",
        "¿Te gustaría seguir en la básica?",
    ]


# --- A forum's path of links whose last step asks -----------------------------------------------

_THREAD = (
    "{top}\n\nTomaten platzen auf – was tun?\n\nBeitrag von gruenfink » Mo 14. Aug 2023\n\n"
    "Hallo zusammen, seit dem Regen letzte Woche platzen bei mir fast alle Tomaten auf. Ich "
    "gieße jeden Abend, und die Früchte reißen trotzdem rund um den Stiel ein.\n\n"
    "Das liegt am Regen: die Pflanze nimmt auf einmal zu viel Wasser auf. Gieß lieber seltener "
    "und dafür gründlich.\n"
)


def test_a_forums_path_of_links_whose_last_step_asks_is_the_pages_not_the_title():
    document = doc(_THREAD.format(top="Forum › Garten & Balkon › Tomaten platzen auf – was tun?"))
    assert document.title == "Tomaten platzen auf – was tun?"
    assert asked(document) == []


def test_a_headline_comparing_two_names_with_an_arrow_is_still_the_title():
    document = doc(_THREAD.format(top="Wer wächst besser: Strauchtomate › Buschtomate?"))
    assert document.title == "Wer wächst besser: Strauchtomate › Buschtomate?"
