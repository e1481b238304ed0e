"""Layout rules found in the fourteenth round's real pages (a sports paper's questions that
ask, then trail off for the coach to take up), each with a document it must catch and one it
must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- A question that asks, then trails off in "…" --------------------------------------------


def test_a_question_that_asks_then_trails_off_is_asked():
    document = doc(
        'Canales: "No me molesta que se analice lo que digo"\n\n'
        "El técnico dice que lleva bien la presión de ganar cada fin de semana.\n\n"
        "¿Cómo llevas la presión de ganar siempre? Porque imagino que es mayor que la que "
        "habías encontrado hasta ahora...\n\n"
        "La exigencia de fuera nunca supera la que nosotros mismos nos imponemos. Me levanto "
        "cada día para prepararme y preparar a quienes me rodean, y eso no cambia de un club "
        "a otro.\n\n"
        "Después de cada rueda de prensa le sacamos punta a todo. ¿Cómo lo llevas? Decía "
        "Rosales que eres un gran orador, pero cada palabra la vamos a analizar…\n\n"
        "Sí, pero en la sociedad en la que vivimos todo aparece y desaparece a una velocidad "
        "de vértigo. Lo que se dice un lunes ya no importa el jueves, y eso también me "
        "ayuda a no darle demasiadas vueltas.\n\n"
        "¿Te preparas las ruedas de prensa?\n\n"
        "Las justas. Prefiero ser natural, aunque hay cosas que, dentro de la sinceridad, uno "
        "se tiene que ahorrar, y eso sí lo pienso antes de sentarme delante de vosotros.\n"
    )
    assert [text for _, text in asked(document)] == [
        "¿Cómo llevas la presión de ganar siempre? Porque imagino que es mayor que la que "
        "habías encontrado hasta ahora...",
        "Después de cada rueda de prensa le sacamos punta a todo. ¿Cómo lo llevas? Decía "
        "Rosales que eres un gran orador, pero cada palabra la vamos a analizar…",
        "¿Te preparas las ruedas de prensa?",
    ]
    assert document.kind is DocumentKind.INTERVIEW


def test_a_standfirst_that_asks_then_trails_off_above_the_first_question_is_not_asked():
    # "… ? Questa e altre domande le abbiamo fatte a …" announces the questions: the block
    # after it asks in turn instead of taking it up.
    document = doc(
        "Voci della radio\n\n"
        "La radio è ancora la sorella minore della televisione? Questa e altre domande le "
        "abbiamo fatte alle voci della radio...\n\n"
        "Qual è la cosa più strana che ti è capitata in diretta?\n\n"
        "Un ospite si è addormentato in studio mentre parlavo, e l'abbiamo lasciato dormire "
        "fino alla fine della trasmissione.\n\n"
        "La radio ti ha reso una persona migliore?\n\n"
        "Forse più paziente. In radio ci si abitua a tutto, anche agli insulti degli "
        "ascoltatori, e si impara ad ascoltare.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Qual è la cosa più strana che ti è capitata in diretta?",
        "La radio ti ha reso una persona migliore?",
    ]


def test_an_answer_that_asks_itself_then_trails_off_stays_the_answer():
    document = doc(
        "Entrevista con la alcaldesa\n\n"
        "¿Por qué se presentó a la alcaldía?\n\n"
        "Porque nadie más quería hacerlo. Llevaba años en la asociación de vecinos, conocía "
        "los problemas del pueblo y sabía cómo se podían resolver. ¿Qué iba a hacer? Quedarme "
        "en casa mirando…\n\n"
        "¿Y qué ha cambiado desde entonces?\n\n"
        "Casi todo: las calles, el colegio, la biblioteca y sobre todo las ganas de la gente.\n"
    )
    assert [text for _, text in asked(document)] == [
        "¿Por qué se presentó a la alcaldía?",
        "¿Y qué ha cambiado desde entonces?",
    ]


# --- The first exchange named in full, then dashed answers; a pull quote between -------------

_NAMED_EXCHANGE = (
    "Paweł Grycko dla portalu: Musimy podnieść jakość szkolenia\n\n"
    "Wojciech Górny, Interia: Wiosną rozmawiałem z koordynatorem akademii. Powiedział mi, że "
    "trzeba zacząć od szkolenia trenerów. Wygląda na to, że to będzie pana zadanie.\n\n"
    "{guest}: - Tak jest. Na szczycie piramidy kształcenia jest trener-edukator, niżej "
    "trenerzy z licencjami UEFA Pro, A i B. Musimy zacząć od bardzo dobrego edukatora.\n\n"
    "Reklama\n\n"
    "Zgadza się pan, że szkolenie trenerów nie wyglądało dotąd tak, jak powinno?\n\n"
    "Jednym z naszych celów jest wzmocnienie roli trenerów-edukatorów, ich nabór i selekcja\n\n"
    "- Nie chciałbym patrzeć wstecz. Sam prowadziłem wiele kursów, na lepszym i gorszym "
    "poziomie, a wyzwaniem jest to, żeby szkoła miała oddziały w kilku miastach.\n\n"
    "Kiedy pierwsze zmiany?\n\n"
    "- Już od jesieni, przy kursach UEFA B, a potem na wszystkich pozostałych szczeblach.\n"
)


def test_an_interviewer_named_in_full_before_the_guest_named_in_full_asks_first():
    document = doc(_NAMED_EXCHANGE.format(guest="Paweł Grycko, dyrektor Szkoły Trenerów"))
    assert asked(document) == [
        ("Wojciech Górny, Interia", "Wiosną rozmawiałem z koordynatorem akademii. Powiedział "
         "mi, że trzeba zacząć od szkolenia trenerów. Wygląda na to, że to będzie pana "
         "zadanie."),
        ("", "Zgadza się pan, że szkolenie trenerów nie wyglądało dotąd tak, jak powinno?"),
        ("", "Kiedy pierwsze zmiany?"),
    ]


def test_the_same_name_twice_above_the_first_dashed_answer_is_no_interviewer():
    # Both opening paragraphs are one man's ("Wojciech Górny, Interia:" then "Wojciech
    # Górny, trener:"): nobody asked him the first one.
    document = doc(_NAMED_EXCHANGE.format(guest="Wojciech Górny, trener"))
    assert not any(text.startswith("Wiosną") for _, text in asked(document))


def test_an_unpunctuated_paragraph_below_a_statement_is_no_pull_quote():
    # The pull quote stands aside only below a question that asks: below a statement, the
    # paragraph right above the dashed answer is still the one asked.
    document = doc(
        "Rozmowa z trenerem\n\n"
        "Jak pan ocenia sezon?\n\n"
        "- Dobrze, choć mogło być lepiej. Zabrakło nam kilku punktów w końcówce sezonu.\n\n"
        "Pan mówi o końcówce. Zatem co dalej z drużyną i z młodzieżą w przyszłym sezonie\n\n"
        "- Zostajemy w tym samym składzie, dołączą dwaj juniorzy z naszej akademii.\n\n"
        "Kiedy wracacie do treningów?\n\n"
        "- Już w połowie stycznia, na obozie w górach, jak co roku.\n"
    )
    assert "Pan mówi o końcówce. Zatem co dalej z drużyną i z młodzieżą w przyszłym sezonie" in [
        text for _, text in asked(document)
    ]


# --- The first exchange named in full, then bare paragraphs alternating ----------------------


def test_a_first_exchange_named_in_full_then_bare_turns_alternating_asks_every_other():
    document = doc(
        "Dawid Szwarc: Nie złapać serii z takim zespołem? To niedopuszczalne\n\n"
        "Po siódmym miejscu w lidze Dawid Szwarc znów został asystentem.\n\n"
        "Dlaczego Dawid Szwarc został w Rakowie?\n\n"
        "Przemysław Langer (Gol.pl): Współczułeś parom, które się rozstają, a muszą dalej "
        "mieszkać razem. Jak więc nazwać obecną sytuację?\n\n"
        "Dawid Szwarc (asystent, w minionym sezonie pierwszy trener): Doszło do spotkań i "
        "rozmów, a w rodzinie pojawiła się nowa osoba, której ufam i która wszystko scaliła.\n\n"
        "Marek Papiernik w roli lekarza nie tylko piłki, ale i dusz.\n\n"
        "To człowiek, który patrzy na piłkę podobnie jak ja. Wiem, jaka jest metodologia "
        "pracy i jaką funkcję będę pełnił. Dlatego zostałem.\n\n"
        "Czego nauczył cię ten sezon?\n\n"
        "Pokory. I tego, że w szatni trzeba mówić prościej, niż się wydaje, nawet po "
        "zwycięstwach.\n"
    )
    assert asked(document) == [
        ("Przemysław Langer", "Współczułeś parom, które się rozstają, a muszą dalej mieszkać "
         "razem. Jak więc nazwać obecną sytuację?"),
        ("", "Marek Papiernik w roli lekarza nie tylko piłki, ale i dusz."),
        ("", "Czego nauczył cię ten sezon?"),
    ]


def test_two_people_quoted_in_full_then_plain_paragraphs_are_no_exchange():
    # A report quotes the mayor and the head of the council once each, then goes on in
    # paragraphs that ask nothing: no one is interviewed.
    document = doc(
        "Nowy most otwarty\n\n"
        "Anna Kowalska, burmistrz: Czekaliśmy na ten dzień dziesięć lat.\n\n"
        "Jan Nowak, przewodniczący rady: Most połączy dwie dzielnice, które dotąd dzieliła "
        "rzeka i dwadzieścia minut jazdy objazdem.\n\n"
        "Budowa kosztowała czterdzieści milionów złotych.\n\n"
        "Połowę pieniędzy dała Unia Europejska, resztę miasto i województwo.\n\n"
        "Ruch na moście ruszy w poniedziałek rano.\n\n"
        "Wcześniej przejdą po nim mieszkańcy podczas festynu.\n"
    )
    assert asked(document) == []


# --- Hard-wrapped text that lost its blank lines ---------------------------------------------

_WRAPPED_INTERVIEW = (
    "Die Schachzeitung im Gespräch\n"
    "Wir haben die beiden Herausgeber in ihrer Redaktion in Hamburg besucht und mit\n"
    "ihnen über die ersten Jahre, die Abonnenten und die Zukunft des Blattes geredet.\n"
    "Wie ist die Idee denn entstanden?\n"
    "Die Idee kam folgendermaßen zustande. Vor etwa zwanzig Jahren habe ich recht\n"
    "gerne Schach gespielt, war Mitglied in einem Hamburger Schachklub und dort auch\n"
    "Jugendwart, und vor einiger Zeit suchte ich nach einem Ausgleich zum Beruf.\n"
    "Und dann ging es gleich los?\n"
    "Nein, zuerst stand ich allein da. Ich bin kein Zeitungsmann und kein Layouter,\n"
    "also musste ich mich erst einarbeiten und mit vielen Leuten sprechen, wer\n"
    "mitmachen möchte.\n"
    "Wie viele Abonnenten haben Sie heute?\n"
    "Darüber sprechen wir nicht so gern, aber es werden jeden Monat ein paar mehr.\n"
)


def test_hard_wrapped_turns_without_blank_lines_end_where_a_line_stops_early():
    document = doc(_WRAPPED_INTERVIEW)
    assert [text for _, text in asked(document)] == [
        "Wie ist die Idee denn entstanden?",
        "Und dann ging es gleich los?",
        "Wie viele Abonnenten haben Sie heute?",
    ]


def test_hard_wrapped_prose_whose_full_lines_end_sentences_stays_one_paragraph():
    # Every line is full: one ending a sentence ("… zu sein.") was still ended by the wrap,
    # since the next word would not have fitted.
    document = doc(
        "Ein Nachmittag im Schachklub\n\n"
        "Der Hamburger Schachklub trifft sich seit über hundert Jahren jeden Dienstag,\n"
        "und noch immer kommen Junge und Alte, um an den langen Tischen zu sitzen.\n"
        "Schachspielen ist für viele von ihnen weniger ein Sport als eine Gewohnheit,\n"
        "die sie seit ihrer Schulzeit begleitet und die sie nicht missen möchten. Wer\n"
        "einmal dabei war, kommt wieder, sagt der Vorsitzende, der seit dreißig Jahren\n"
        "die Turniere organisiert und dabei kaum je selbst eine Partie verloren hat.\n"
    )
    assert len([b for b in document.blocks if b.text.startswith("Der Hamburger")]) == 1
    assert "verloren hat." in next(b.text for b in document.blocks
                                   if b.text.startswith("Der Hamburger"))


def test_a_poem_of_short_lines_is_no_hard_wrapped_text():
    document = doc(
        "Am Brett\n\n"
        "Ein Bauer zieht.\n"
        "Der König wartet.\n"
        "Die Dame schweigt\n"
        "und sieht dem Springer zu,\n"
        "der über alle springt.\n"
        "Dann Stille.\n"
    )
    assert sum(1 for b in document.blocks if "Bauer" in b.text or "Stille" in b.text) == 1


# --- Arabic labels: "س:" (question) and "ج:" (answer) ----------------------------------------


def test_arabic_question_and_answer_labels_are_labels_not_text():
    document = doc(
        "مديرة المكتبة: القراءة تبدأ من البيت\n\n"
        "التقينا مديرة مكتبة الحي في قاعة الأطفال.\n\n"
        "س: كيف بدأت فكرة نادي القراءة؟\n\n"
        "ج: لاحظنا أن الأطفال يأتون وحدهم، فاقترحنا على الأمهات أن يقرأن معًا.\n\n"
        "س: ما الكتب الأكثر استعارة؟\n\n"
        "ج: قصص الأطفال المصورة أولًا، ثم كتب الطبخ.\n\n"
        "سؤال: ماذا تحتاج المكتبة اليوم؟\n\n"
        "جواب: متطوعين يقرؤون للأطفال يوم السبت.\n"
    )
    assert [text for _, text in asked(document)] == [
        "كيف بدأت فكرة نادي القراءة؟",
        "ما الكتب الأكثر استعارة؟",
        "ماذا تحتاج المكتبة اليوم؟",
    ]


def test_an_arabic_name_beginning_with_the_letter_of_a_label_is_a_speaker():
    # "سلمى:" (Salma) opens with the letter of "س:", but a name is no question's label: it is
    # the speaker's, who asks (Arabic names are read as speakers since rounds 13 and 14 were
    # scored together).
    document = doc(
        "حوار مع مديرة المكتبة\n\n"
        "سلمى: كيف بدأت فكرة نادي القراءة؟\n\n"
        "هدى: لاحظنا أن الأطفال يأتون وحدهم، فاقترحنا على الأمهات أن يقرأن معًا.\n\n"
        "سلمى: ما الكتب الأكثر استعارة؟\n\n"
        "هدى: قصص الأطفال المصورة أولًا، ثم كتب الطبخ، ثم الروايات المترجمة.\n"
    )
    assert asked(document) == [
        ("سلمى", "كيف بدأت فكرة نادي القراءة؟"),
        ("سلمى", "ما الكتب الأكثر استعارة؟"),
    ]


# --- The last question put as a closing request, with no "?" ---------------------------------

_CLOSING_INTERVIEW = (
    "Entrevista con la entrenadora\n\n"
    "¿Cómo llegó al club?\n\n"
    "Me llamaron en verano, cuando ya había decidido dejar el fútbol, y no pude decir que "
    "no a un proyecto así.\n\n"
    "¿Qué le pide a su equipo?\n\n"
    "Que compita cada balón como si fuera el último y que disfrute del juego.\n\n"
    "{closing}\n\n"
    "Que la gente disfrute en el estadio tanto como nosotras en el vestuario, y que nos "
    "acompañe en cada partido.\n"
)


def test_a_closing_request_after_the_last_answer_is_the_last_question():
    document = doc(_CLOSING_INTERVIEW.format(
        closing="Para terminar, un deseo para lo que queda de temporada."))
    assert [text for _, text in asked(document)][-1] == (
        "Para terminar, un deseo para lo que queda de temporada."
    )


def test_a_closing_remark_in_the_first_person_stays_the_answer():
    document = doc(_CLOSING_INTERVIEW.format(
        closing="Para terminar, yo solo quiero dar las gracias a mi familia."))
    assert [text for _, text in asked(document)] == [
        "¿Cómo llegó al club?",
        "¿Qué le pide a su equipo?",
    ]


# --- A guide asking its reader twice, then telling them what to do --------------------------

_GUIDE = (
    "Gute Interviews führen\n\n"
    "Ein Interview ist immer eine besondere, oft aufregende Situation, vor allem für das "
    "Gegenüber, das vielleicht zum ersten Mal vor einem Mikrofon sitzt.\n\n"
    "Fragen zu stellen ist wichtig, und je älter wir werden, desto seltener tun wir es.\n\n"
    "Wie fühlt sich dein Gegenüber gerade?\n\n"
    "{first}\n\n"
    "Was ist das Ziel des Gesprächs?\n\n"
    "{second}\n"
)


def test_a_guide_that_asks_its_reader_and_tells_them_what_to_do_has_no_questions():
    document = doc(_GUIDE.format(
        first="Versuche, dich in deine Gesprächspartnerin hineinzuversetzen, und lass ihr Zeit "
        "zum Nachdenken.",
        second="Schreib dir die wichtigsten Fragen auf, aber klebe nicht an deinem Zettel.",
    ))
    assert asked(document) == []


def test_two_questions_answered_in_the_first_person_are_still_asked():
    document = doc(_GUIDE.format(
        first="Ich war sehr aufgeregt, aber die Reporterin hat mir viel Zeit gelassen, und am "
        "Ende habe ich mich richtig wohl gefühlt.",
        second="Ich wollte zeigen, wie unser Verein arbeitet und warum wir neue Mitglieder "
        "suchen, vor allem junge Leute.",
    ))
    assert [text for _, text in asked(document)] == [
        "Wie fühlt sich dein Gegenüber gerade?",
        "Was ist das Ziel des Gesprächs?",
    ]


# --- A photo's caption glued before the interviewer's initials --------------------------------


def test_a_caption_glued_before_the_first_initials_label_is_not_the_speaker():
    document = doc(
        "Interview: Alan Carver Talks About His Writing Process\n\n"
        "I recently had the chance to talk with Alan Carver about his writing process.\n\n"
        "Alan Carver MP: Do you remember what first set off the story idea?\n\n"
        "AC: The spark came from watching space shows on TV, years ago.\n\n"
        "MP: What made you start thinking about writing a novel?\n\n"
        "AC: A friend dared me to finish something, so I did.\n\n"
        "MP: Do you outline?\n\n"
        "AC: Always. Every chapter gets a paragraph before I write it.\n"
    )
    assert [speaker for speaker, _ in asked(document)] == ["MP", "MP", "MP"]


def test_a_full_name_before_its_short_form_is_still_shown_in_full():
    document = doc(
        "The interview\n\n"
        "STEPHEN DALE: Where did you grow up?\n\n"
        "MARY LOWE: In a small town by the sea, where my father fished.\n\n"
        "DALE: Did you fish with him?\n\n"
        "LOWE: Every summer, until I left for college in the city.\n\n"
        "DALE: Do you miss it?\n\n"
        "LOWE: Every day, and more each year that goes by.\n"
    )
    assert [speaker for speaker, _ in asked(document)][0] == "STEPHEN DALE"
