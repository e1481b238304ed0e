"""Title rules of round 31, made on a second random sample of real pages: a picture's
description above the headline stays the picture's when the headline's subtitle stands between
the headline and the text; a section's name under the site's home link ("Beranda" / "Liputan" /
the headline) is a step of the site's path, not the title, with no date below; a headline in
two parts under a city's section; a broadcast item's label over its headline; the Portuguese
"dezembro"; a radio archive's "Guest - Programme - 2009-04-15" line as the title. Each with
pages it must catch (they fail on the code before this round) and pages it must not break."""

from __future__ import annotations

from .test_structure_layouts import doc

# --- must catch ---------------------------------------------------------------------------


def test_a_pictures_description_over_a_headline_and_its_subtitle_is_no_title():
    page = doc(
        "A close up of a microphone on a concert stage.\n\n"
        "Podcast made by students, for students\n\n"
        "'Teachers Have Weekends Too' puts engineering faculty at the microphone\n\n"
        "A few months ago, assistant professor Hana Voss was in the headlines for her research. "
        "Last December, a podcast told us that she plays the banjo.\n\n"
        "The students made the series as part of their project management class.\n"
    )
    assert page.title == "Podcast made by students, for students"


def test_a_photos_description_in_german_over_headline_and_subtitle():
    page = doc(
        "Ein Mann steht vor einer Tafel im Klassenzimmer.\n\n"
        "Der neue Schulleiter stellt sich vor\n\n"
        "Seit August leitet Tobias Rehm die Realschule am Park\n\n"
        "Tobias Rehm ist kein Unbekannter an der Schule. Er unterrichtet hier seit zwölf Jahren "
        "Mathematik und Physik.\n\n"
        "Was er ändern will, erzählt er im Gespräch mit der Schülerzeitung.\n"
    )
    assert page.title == "Der neue Schulleiter stellt sich vor"


def test_a_sections_name_under_the_home_link_is_a_step_of_the_path():
    page = doc(
        "Beranda\nLiputan\nWawancara: Ngobrol Santai dengan Pengurus OSIS Baru\n"
        "Redaksi Merpati mengajak dua pengurus OSIS yang baru terpilih berbincang. "
        "Berikut profil singkat mereka:\n"
        "Siswa Putra\nNama\n: Bima Saputra\nKelas\n: 11 IPA 2\n"
        "Siswi Putri\nNama\n: Sari Lestari\nKelas\n: 11 IPS 1\n"
        'Merpati : "Selamat pagi. Boleh minta waktunya sebentar?"\nBima : "Boleh, silakan."\n'
        'Merpati : "Bagaimana perasaan kalian terpilih?"\nSari : "Senang sekali."\n'
        'Merpati : "Apa program pertama kalian?"\nBima : "Perpustakaan kelas."\n'
    )
    assert page.title == "Wawancara: Ngobrol Santai dengan Pengurus OSIS Baru"


def test_home_then_section_then_quoted_headline_keeps_the_headline():
    page = doc(
        "Startseite\n\nLokales\n\n"
        "„Wir wollen die Halle im Herbst eröffnen“\n\n"
        "Die Turnhalle der Grundschule wird seit dem Frühjahr saniert. Der Bürgermeister sagt, "
        "wie es weitergeht.\n\n"
        "Wann wird die Halle fertig?\n\nIm Herbst, wenn das Wetter mitspielt.\n"
    )
    assert page.title == "„Wir wollen die Halle im Herbst eröffnen“"


def test_a_blog_posts_portuguese_date_in_december_is_no_title():
    page = doc(
        "domingo, 12 de dezembro de 2021\n\n"
        "Entrevista ao treinador de voleibol - Rui Santos\n\n"
        "Duas alunas do 12.º ano prepararam perguntas para o treinador. Eis o resultado.\n\n"
        "Como é um dia de estágio?\n\nMuito preenchido, treinamos de manhã e de tarde.\n\n"
        "O que diria a um jovem atleta?\n\nQue tenha paciência e trabalhe todos os dias.\n"
    )
    assert page.title == "Entrevista ao treinador de voleibol - Rui Santos"


def test_a_citys_section_over_a_headline_in_two_parts_dated_below():
    page = doc(
        "Lublin\n\n"
        "Kreatywność, pasja, zaangażowanie. Nagroda dla bibliotekarki z Czubów\n\n"
        "12 grudnia 2019, 14:05\n\n"
        "Rozmowa z Anną Nowak, bibliotekarką z filii nr 7 Miejskiej Biblioteki Publicznej\n\n"
        "• Należy pani do osób, dla których praca jest też pasją...\n\n"
        "- To prawda. Praca bibliotekarza rzadko jest tak doceniana.\n\n"
        "• A pozostałe 90 procent? Co to za działania?\n\n- Biblioteka to miejsce dla każdego.\n\n"
        "• Jak wyglądają zajęcia?\n\n- Są bardzo różne.\n"
    )
    assert page.title == "Kreatywność, pasja, zaangażowanie. Nagroda dla bibliotekarki z Czubów"


def test_a_broadcast_items_label_with_the_guests_role_over_the_headline():
    page = doc(
        "Ein Gespräch mit Anna Weber (Leiterin der Stadtbücherei Kempen)\n\n"
        "Die Bücherei öffnet jetzt auch sonntags\n\n"
        "Ab März können Leserinnen und Leser auch am Sonntag Bücher ausleihen. Anna Weber "
        "erklärt, warum.\n\nThemen\n"
    )
    assert page.title == "Die Bücherei öffnet jetzt auch sonntags"


def test_a_tv_items_label_naming_the_programme_over_the_headline():
    page = doc(
        "Rozmowa z burmistrzem Janem Lisem w programie „Gość Dnia”\n"
        "Jan Lis: pytania o nowy basen bez odpowiedzi\n"
        "Drogi, mieszkania i wciąż niejasna przyszłość basenu – to główne tematy rozmowy z "
        "burmistrzem Janem Lisem.\n"
        "01.08.2025 11:46\n"
    )
    assert page.title == "Jan Lis: pytania o nowy basen bez odpowiedzi"


def test_a_radio_archives_guest_programme_and_day_is_the_title():
    page = doc(
        "Ольга Ветрова - Книжная полка - 2016-03-12\n\n"
        "И. ПЕТРОВ – Добрый вечер. Это программа «Книжная полка». У нас в гостях писательница "
        "Ольга Ветрова.\n"
        "О. ВЕТРОВА - Добрый вечер.\n"
        "И. ПЕТРОВ – Ольга, о чём ваша новая книга?\n"
        "О. ВЕТРОВА - О детстве в маленьком городе.\n"
        "И. ПЕТРОВ – А почему именно сейчас?\n"
        "О. ВЕТРОВА - Потому что город исчез.\n"
    )
    assert page.title == "Ольга Ветрова - Книжная полка - 2016-03-12"


# --- must not -----------------------------------------------------------------------------


def test_a_short_sentence_over_a_headline_followed_by_two_lines_without_end_stays():
    # Two lines with no sentence's end under the top line: a list, not a headline's subtitle
    # between the headline and the text; the top sentence is kept as before.
    page = doc(
        "Wir sind umgezogen.\n\n"
        "Neue Adresse\n\n"
        "Am Markt 3\n\n"
        "Ab Montag finden Sie uns im alten Rathaus. Die Telefonnummer bleibt gleich.\n"
    )
    assert page.title != "Am Markt 3"


def test_a_one_word_title_over_its_subtitle_without_a_home_link_stays_the_title():
    page = doc(
        "Hope\n\n"
        "Notes from a Year on the Island: Letters Home\n\n"
        "I arrived in March, when the ferry still ran twice a week. The harbour was empty.\n\n"
        "By April the first boats came back.\n"
    )
    assert page.title == "Hope"


def test_a_headline_after_the_home_link_is_not_taken_for_a_section():
    page = doc(
        "Startseite\n\n"
        "Interview mit der Vorsitzenden des Rudervereins\n\n"
        "Wie kamen Sie zum Rudern?\n\nÜber meine Schwester, vor dreißig Jahren.\n\n"
        "Was ist Ihr Ziel für die Saison?\n\nEin neues Boot für die Jugend.\n"
    )
    assert page.title == "Interview mit der Vorsitzenden des Rudervereins"


def test_a_section_over_two_sentences_does_not_make_them_the_headline():
    # Both parts end with their period: the text's first sentences, not a headline in two parts.
    page = doc(
        "Lublin\n\n"
        "Ktoś zadzwonił do drzwi. Nikt nie odebrał.\n\n"
        "12 grudnia 2019, 14:05\n\n"
        "Tak zaczyna się opowiadanie, które wygrało konkurs biblioteki.\n"
    )
    assert page.title != "Ktoś zadzwonił do drzwi. Nikt nie odebrał."


def test_an_interview_headline_with_the_guests_role_over_its_questions_stays_the_title():
    page = doc(
        "Interview with Laura Price (head teacher at Hillside Primary)\n\n"
        "How did the school garden begin?\n\nAs a science project, ten years ago.\n\n"
        "Who looks after it in the summer?\n\nThe parents, in turns.\n\n"
        "What grows best?\n\nBeans, always beans.\n"
    )
    assert page.title == "Interview with Laura Price (head teacher at Hillside Primary)"


def test_a_headline_with_brackets_inside_is_no_label():
    page = doc(
        "Entrevista a Camila, una niña que estaba (cuando se hicieron las preguntas) en "
        "cuarto grado\n\n"
        "Lo que aprendimos en el huerto de la escuela\n\n"
        "Camila nos contó cómo cuidan las plantas entre todos.\n"
    )
    assert page.title.startswith("Entrevista a Camila")


def test_a_byline_with_a_role_and_a_day_under_the_headline_stays_a_byline():
    page = doc(
        "Die Bäckerin vom Markt\n\n"
        "Anna Berg - Redakteurin - 12.03.2024\n\n"
        "Seit dreißig Jahren steht sie jeden Samstag am Stand. Sie backt alles selbst.\n"
    )
    assert page.title == "Die Bäckerin vom Markt"
