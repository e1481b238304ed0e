"""Named-speaker rules of the fourth speakers round (parliaments' and radio stations' labels
in the forms the first three rounds did not read), each with a document it must catch and one
it must not."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- A label alone on its line: a time before it, a group in brackets, an initial -------------

_QUESTION_TIME = (
    "Riigikogu infotund, 15. mai\n\n"
    "12:00 Esimees Lauri Hussar\n\n"
    "Esimese küsimuse esitab Mart Kask. Palun!\n\n"
    "12:01 Mart Kask\n\n"
    "Aitäh! Lugupeetud minister! Millal te ütlete valdadele, millised koolid suletakse?\n\n"
    "12:03 Minister Kalle Laanemets\n\n"
    "Aitäh! Ühtegi nimekirja ei ole. Otsused teeb koolipidaja.\n\n"
    "12:05 Esimees Lauri Hussar\n\n"
    "Täpsustav küsimus. Mart Kask, palun!\n\n"
    "12:05 Mart Kask\n\n"
    "Miks on siis pearaha valemit muudetud? Kas see ei ole sama asi?\n\n"
    "12:06 Minister Kalle Laanemets\n\n"
    "Valem on sama, mis eelmisel aastal.\n"
)


def test_a_time_before_the_name_alone_on_its_line_names_the_turn_below():
    # A parliament's record (Riigikogu): "12:01 Mart Kask" above each turn, no colon. The
    # chair's "Palun!" asks nothing; the member's turns are the questions, and his.
    assert asked(doc(_QUESTION_TIME)) == [
        ("Mart Kask", "Aitäh! Lugupeetud minister! Millal te ütlete valdadele, millised koolid "
         "suletakse?"),
        ("Mart Kask", "Miks on siis pearaha valemit muudetud? Kas see ei ole sama asi?"),
    ]


_RADIO_ARCHIVE = (
    "Книжное казино - 2015-02-08\n\n"
    "М. Королёв\n\n"
    "Здравствуйте. У нас в гостях переводчица Нина Ершова.\n\n"
    "Н. Ершова\n\n"
    "Здравствуйте.\n\n"
    "М. Королёв\n\n"
    "Сколько лет ушло на эту книгу?\n\n"
    "Н. Ершова\n\n"
    "Почти три года. Первый год я только читала и составляла словарь.\n\n"
    "М. Королёв\n\n"
    "А почему именно февраль?\n\n"
    "Н. Ершова\n\n"
    "Потому что роман про зиму.\n"
)


def test_an_initial_and_a_surname_alone_above_each_turn_name_it():
    # A radio station's archive: the label is an initial and a surname in Cyrillic, no colon.
    assert asked(doc(_RADIO_ARCHIVE)) == [
        ("М. Королёв", "Сколько лет ушло на эту книгу?"),
        ("М. Королёв", "А почему именно февраль?"),
    ]


def test_a_group_in_brackets_after_the_name_alone_on_its_line_names_the_turn():
    # A question-time excerpt with no blank line: "Anja Roth (DIE LINKE):" alone on its line.
    document = doc(
        "Bahnhöfe auf dem Land\n\n"
        "Vizepräsidentin Ute Brandt:\n"
        "Sie haben das Wort zur ersten Nachfrage.\n"
        "Anja Roth (DIE LINKE):\n"
        "Herr Staatssekretär, halten Sie es für richtig, dass der Bund Landstriche abhängt?\n"
        "Jan Mertens, Parl. Staatssekretär beim Bundesminister für Verkehr:\n"
        "Frau Kollegin, das Unternehmen entscheidet selbst.\n"
        "Vizepräsidentin Ute Brandt:\n"
        "Zweite Nachfrage.\n"
        "Anja Roth (DIE LINKE):\n"
        "Welche Kriterien sind das denn?\n"
        "Jan Mertens, Parl. Staatssekretär beim Bundesminister für Verkehr:\n"
        "Die Kriterien liegen mir nicht vor.\n"
    )
    assert asked(document) == [
        ("Anja Roth", "Herr Staatssekretär, halten Sie es für richtig, dass der Bund "
         "Landstriche abhängt?"),
        ("Anja Roth", "Welche Kriterien sind das denn?"),
    ]


def test_initials_and_names_alone_above_paragraphs_of_an_article_name_no_one():
    # An article's pictures captioned by their photographers' initialled names, each once,
    # and a name alone as a byline: no label recurs, so nothing is joined or asked.
    document = doc(
        "Ein Sommer am See\n\n"
        "K. Weber\n\n"
        "Wer im Juli an den See fährt, findet kaum noch einen Parkplatz. Warum eigentlich?\n\n"
        "M. Brandt\n\n"
        "Die Gemeinde will nun einen Bus einsetzen. Wird er reichen?\n\n"
        "Am Ufer selbst ist es ruhiger geworden, seit die Stege erneuert sind.\n"
    )
    assert {q.speaker for q in document.questions} <= {""}
    assert "K. Weber" not in [q.heading for q in document.questions]


# --- A chamber's record: an article and a courtesy title before the name or office ------------

_DIARIO = (
    "Comisión de Transportes\n\n"
    "COMPARECENCIA DEL SEÑOR MINISTRO DE TRANSPORTES\n\n"
    "El señor PRESIDENTE: Buenos días. Tiene la palabra el señor ministro.\n\n"
    "El señor MINISTRO DE TRANSPORTES (Ruiz Calvo): Gracias, presidente. Comparezco para "
    "explicar las incidencias de la red.\n\n"
    "El señor PRESIDENTE: Tiene la palabra el señor García López.\n\n"
    "El señor GARCÍA LÓPEZ: Gracias. ¿Cuántos trenes se cancelaron en enero?\n\n"
    "El señor MINISTRO DE TRANSPORTES (Ruiz Calvo): Fueron 1.240, señoría.\n\n"
    "El señor PRESIDENTE: Tiene la palabra la señora Martín Soto.\n\n"
    "La señora MARTÍN SOTO: Gracias. ¿Para cuándo estará renovada la catenaria?\n\n"
    "El señor MINISTRO DE TRANSPORTES (Ruiz Calvo): En el primer semestre de 2025.\n\n"
    "El señor PRESIDENTE: Muchas gracias. Se levanta la sesión.\n"
)


def test_a_chambers_labels_with_an_article_and_a_courtesy_title_are_read():
    # Spain's Diario de Sesiones: the minister's label runs past forty characters with his
    # name in brackets; each member asks once, the chair and the minister recur.
    assert asked(doc(_DIARIO)) == [
        ("El señor GARCÍA LÓPEZ", "Gracias. ¿Cuántos trenes se cancelaron en enero?"),
        ("La señora MARTÍN SOTO", "Gracias. ¿Para cuándo estará renovada la catenaria?"),
    ]


def test_a_courtesy_title_opening_a_headline_once_names_no_speaker():
    # A profile's headline and a caption open with "La señora …:" once each: lead-ins.
    document = doc(
        "La señora Martín: una vida entre libros\n\n"
        "Durante cuarenta años abrió la biblioteca del barrio cada mañana. ¿Quién no la "
        "recuerda?\n\n"
        "El señor Ruiz: el vecino que la ayudó a catalogar los fondos.\n\n"
        "Hoy la biblioteca lleva su nombre.\n"
    )
    assert {q.speaker for q in document.questions} <= {""}


# --- A shape before each speaker's name -------------------------------------------------------

_KOREAN_RADIO = (
    "[인터뷰 전문] 접경지역 주민들 이야기\n\n"
    "아래 인터뷰는 6월 12일자 방송분입니다.\n\n"
    "▶박지훈 : 오늘은 이수민 군의원님 나와 계십니다. 안녕하세요.\n"
    "▷이수민 : 안녕하세요.\n"
    "▶박지훈 : 요즘 마을 분위기는 어떻습니까?\n"
    "▷이수민 : 겉으로는 조용합니다. 그런데 밤마다 확성기 소리가 들립니다.\n"
    "▶박지훈 : 그래도 이사 가겠다는 분들은 많지 않다고 들었는데요?\n"
    "▷이수민 : 떠날 수가 없죠. 평생 사신 곳이니까요.\n"
    "▶박지훈 : 감사합니다.\n"
    "▷이수민 : 감사합니다.\n"
)


def test_a_shape_before_each_speakers_name_is_no_part_of_the_label():
    # A Korean radio transcript: "▶" marks the host's turns, "▷" the guest's.
    assert asked(doc(_KOREAN_RADIO)) == [
        ("박지훈", "요즘 마을 분위기는 어떻습니까?"),
        ("박지훈", "그래도 이사 가겠다는 분들은 많지 않다고 들었는데요?"),
    ]


def test_links_marked_by_a_shape_name_no_speaker():
    # A news page's related links, each behind "▶" and a colon, one of them asking: links,
    # not turns, around an article's paragraphs.
    document = doc(
        "Zinsen steigen wieder\n\n"
        "Die Zentralbank hat den Leitzins erneut angehoben, zum dritten Mal in diesem Jahr.\n\n"
        "▶ Lesen Sie auch: Wie teuer wird der Kredit für das Eigenheim?\n\n"
        "Banken geben die Erhöhung meist innerhalb weniger Wochen an ihre Kunden weiter.\n\n"
        "▶ Lesen Sie auch: Tagesgeld im Vergleich.\n\n"
        "Sparer profitieren dagegen nur langsam.\n"
    )
    assert {q.speaker for q in document.questions} <= {""}


# --- A role after the name: long, in any alphabet, or with no comma; a chair between ------------

_QUESTION_HOUR = (
    "Azonnali kérdések és válaszok órája\n\n"
    "ELNÖK: Tisztelt Országgyűlés! Áttérünk az azonnali kérdések és válaszok órájára."
    " Kovács Bence képviselő úr, a Jobbik képviselője kérdést kíván feltenni a "
    "belügyminiszternek. Megadom a szót.\n\n"
    "KOVÁCS BENCE (Jobbik): Köszönöm a szót, elnök asszony. Tisztelt Államtitkár Úr! "
    "A megyei kórházakban fél évet kell várni egy csípőműtétre, és az idén három "
    "vidéki mentőállomás is csak nappal működik. Az emberek azt kérdezik, mi lesz "
    "velük éjszaka. Meddig kell még várniuk a vidéki betegeknek arra, hogy a mentő "
    "időben kiérjen? (Taps a Jobbik soraiban.)\n\n"
    "ELNÖK: Köszönöm szépen. A kérdésre Tóth Gergely államtitkár úr válaszol. "
    "Parancsoljon!\n\n"
    "TÓTH GERGELY, a Belügyminisztérium államtitkára: Köszönöm a szót, elnök asszony."
    " Tisztelt Képviselő Úr! A mentőállomások száma tíz év alatt nőtt, nem csökkent. "
    "A három állomáson az éjszakai ügyeletet a szomszédos állomások látják el, és a "
    "kiérkezési idő átlagosan tizenhárom perc maradt. (Közbeszólás a Jobbik soraiból:"
    " Ez nem igaz!)\n\n"
    "ELNÖK: Viszonválaszra megadom a szót a képviselő úrnak.\n\n"
    "KOVÁCS BENCE (Jobbik): Köszönöm. Államtitkár úr, ön átlagról beszél. Járt már "
    "éjjel egy tanyán, ahonnan negyven perc a legközelebbi állomás? Mit mond annak, "
    "aki ott várja a mentőt?\n\n"
    "ELNÖK: Köszönöm. Viszonválasz, államtitkár úr!\n\n"
    "TÓTH GERGELY, a Belügyminisztérium államtitkára: A tanyákon élőknek is ugyanaz a"
    " mentő jár, mint a városiaknak. Idén húsz új mentőautót állítunk szolgálatba. "
    "(Taps a kormánypártok soraiban.)\n\n"
    "ELNÖK: Köszönöm. Szabó Erika képviselő asszony, az LMP képviselője kérdést kíván"
    " feltenni az agrárminiszternek. Megadom a szót.\n\n"
    "SZABÓ ERIKA (LMP): Köszönöm a szót. Tisztelt Miniszter Úr! Az aszály miatt a "
    "gazdák fele idén nem tudta betakarítani a kukoricát. Mikor kapják meg a "
    "kártérítést, amelyet tavasszal megígértek nekik?\n\n"
    "ELNÖK: Köszönöm. Megadom a szót Varga Péter miniszter úrnak.\n\n"
    "VARGA PÉTER agrárminiszter: Köszönöm a szót. A kárenyhítési alapból az első "
    "részletet november végéig utaljuk, a második részletet a jövő év elején.\n\n"
    "ELNÖK: Köszönöm. Az azonnali kérdések és válaszok órája véget ért.\n"
)


def test_answers_past_the_chair_under_long_roles_are_no_questions():
    # Hungary's record: the chair gives the floor between each question and its answer; the
    # secretary's role runs past forty characters, the minister's has no comma.
    assert [(speaker, heading[:40]) for speaker, heading in asked(doc(_QUESTION_HOUR))] == [
        ("KOVÁCS BENCE", "Köszönöm a szót, elnök asszony. Tisztelt"),
        ("KOVÁCS BENCE", "Köszönöm. Államtitkár úr, ön átlagról be"),
        ("SZABÓ ERIKA", "Köszönöm a szót. Tisztelt Miniszter Úr! "),
    ]


def test_a_role_in_small_cyrillic_letters_after_a_comma_ends_the_label():
    document = doc(
        "Вечерний гость: зоопарк зимой\n\n"
        "Ольга ЛЕБЕДЕВА, ведущая: Добрый вечер. У нас Игорь Воронин.\n\n"
        "Игорь ВОРОНИН, директор городского зоопарка: Добрый вечер.\n\n"
        "Ольга ЛЕБЕДЕВА, ведущая: Зачем зоопарк будет открыт зимой на час дольше?\n\n"
        "Игорь ВОРОНИН, директор городского зоопарка: Люди приходят после работы.\n\n"
        "Ольга ЛЕБЕДЕВА, ведущая: А животным это не мешает?\n\n"
        "Игорь ВОРОНИН, директор городского зоопарка: Тигры к этому времени спят.\n"
    )
    assert asked(document) == [
        ("Ольга ЛЕБЕДЕВА, ведущая", "Зачем зоопарк будет открыт зимой на час дольше?"),
        ("Ольга ЛЕБЕДЕВА, ведущая", "А животным это не мешает?"),
    ]


def test_a_reply_then_a_listeners_question_after_a_colon_is_no_label():
    # "Да, уже. Андрей из Самары спрашивает: …": one word before the comma is no name, so the
    # colon forty characters on does not close a label.
    document = doc(
        "Книжное казино\n\n"
        "М. Королёв: У нас уже пришли сообщения.\n\n"
        "Н. Ершова: Уже?\n\n"
        "М. Королёв: Да, уже. Андрей из Самары спрашивает: вы бывали в тех местах?\n\n"
        "Н. Ершова: Дважды.\n\n"
        "М. Королёв: Почему именно февраль?\n\n"
        "Н. Ершова: Потому что роман про зиму.\n"
    )
    assert ("М. Королёв", "Да, уже. Андрей из Самары спрашивает: вы бывали в тех местах?") in (
        asked(document))


# --- The same initials written once without their periods --------------------------------------


def test_initials_written_once_without_a_period_are_the_same_speaker():
    # A scanned magazine: "A.Š.:" asks throughout, "AŠ.:" once (the scan lost a period).
    document = doc(
        "Razgovor sa spikerkom\n\n"
        "A.Š.: Da li ste poželeli da pređete u novinarstvo? D.K.: To mi nije bilo dopušteno. "
        "A.Š.: Šta mislite o jeziku na televiziji? D.K.: Mislim da je sve lošiji.\n\n"
        "AŠ.: Zar onda vaša profesija ne gubi smisao? D.K.: Ne, spiker mora da poznaje "
        "materiju. A.Š.: I šta nameravate dalje? D.K.: Nastaviću ovo.\n"
    )
    assert [heading for _, heading in asked(document)] == [
        "Da li ste poželeli da pređete u novinarstvo?",
        "Šta mislite o jeziku na televiziji?",
        "Zar onda vaša profesija ne gubi smisao?",
        "I šta nameravate dalje?",
    ]


def test_other_initials_used_once_stay_text():
    # "B.K.:" once among "A.Š.:" and "D.K.:" turns is no form of either: a lead-in, kept.
    document = doc(
        "Razgovor\n\n"
        "A.Š.: Da li ste poželeli da pređete u novinarstvo?\n\n"
        "D.K.: To mi nije bilo dopušteno.\n\n"
        "A.Š.: Šta mislite o jeziku?\n\n"
        "D.K.: Mislim da je sve lošiji. B.K.: primer iz zapisnika ostaje tekst.\n"
    )
    assert all(speaker == "A.Š." for speaker, _ in asked(document))
