"""Title rules of round 39, from pages never seen before (a podcast page, an architecture portal's
printed page, a literacy site, a regional paper, blogs in Hindi and Arabic): a photo caption
copied twice under the standfirst, a site's line closing on its address in brackets, a trail
whose last step is the headline cut short, dates and weekdays in Arabic, Russian and Hindi,
a row of languages each in its own script, a menu row in capitals over its section's name.
Pages it must catch (they fail on the code before this round) and pages it must not break."""

from __future__ import annotations

from reader.document.structure.titles.cuttrails import cut_step
from reader.document.structure.titles.languagerows import names_languages_in_own_scripts
from reader.document.structure.titles.matterlines import is_dateline
from reader.document.structure.titles.notheadlines import ends_with_address_in_brackets

from .test_structure_layouts import doc

# --- must catch ---------------------------------------------------------------------------------


def test_a_caption_copied_twice_under_the_standfirst_is_no_repeated_headline():
    page = doc(
        "Home > Literasi\n\n"
        "Menyimak Lebih Baik (Catatan dari Kelas Menulis Bu Laras)\n\n"
        "Mendengarkan adalah separuh dari seluruh pekerjaan seorang wartawan di lapangan. "
        "Separuh lainnya bertanya.\n\n"
        "Kelas menulis Bu Laras. (FOTO: Dimas Putra)\n\n"
        "Kelas menulis Bu Laras. (FOTO: Dimas Putra)\n\n"
        "Pertama, wawancara terbuka, yaitu wawancara yang pertanyaannya tidak disiapkan.\n\n"
        "Bu Laras mengajar di kelas itu sejak 2009, setiap Sabtu pagi.\n"
    )
    assert page.title == "Menyimak Lebih Baik (Catatan dari Kelas Menulis Bu Laras)"


def test_a_sites_line_closing_on_its_address_in_brackets_over_the_date():
    page = doc(
        "Опубликовано на портале Градостроитель (www.gradostroitel.example)\n\n"
        "02.11.2019\n\n"
        "Ольга Ветрова: «Город должен помнить реку»\n\n"
        "Градостроитель: Ольга, с чего начинался проект набережной?\n\n"
        "Ольга Ветрова: С прогулок. Мы полгода ходили вдоль воды и записывали, где люди "
        "останавливаются.\n\n"
        "Градостроитель: Что было самым трудным?\n\n"
        "Ольга Ветрова: Убедить всех, что деревья важнее парковки.\n"
    )
    assert page.title == "Ольга Ветрова: «Город должен помнить реку»"


def test_a_trail_whose_last_step_cuts_the_headline_short():
    page = doc(
        "1. SLOW RADIO │ AYA KUDO\n"
        "2. 【EPISODE#88】雪国で本を作..\n"
        "2023-12-04 20:15\n\n"
        "【EPISODE#88】雪国で本を作るということ──小さな出版社の十年│高橋のぞみさん(編集者)\n\n"
        "▼ニュースレターのご案内\n"
        "毎週金曜日に、番組の裏話をお届けします。\n\n"
        "新潟の山あいで小さな出版社を営む高橋さんに、雪国で本を作る日々についてうかがいました。\n"
    )
    assert page.title == (
        "【EPISODE#88】雪国で本を作るということ──小さな出版社の十年│高橋のぞみさん(編集者)"
    )


def test_an_arabic_date_under_the_menu_is_the_date_not_the_title():
    page = doc(
        "أقلام شابة\nالرئيسية\nحوارات\nمقالات\nاتصل بنا\n"
        "الأربعاء، 8 مارس 2023\n"
        "حوار مع الشاعرة/ليلى حسن\n"
        "1-متى كتبتِ أول قصيدة؟\n"
        "في الثانية عشرة من عمري.\n"
        "2-من شجعك؟\n"
        "أبي، كان يقرأ لي كل مساء.\n"
        "3-ما مشروعك القادم؟\n"
        "ديوان عن البحر.\n"
    )
    assert page.title == "حوار مع الشاعرة/ليلى حسن"


def test_a_blogs_name_over_a_hindi_weekday_date_over_the_post():
    page = doc(
        "WORDS FROM THE HILLS\n\n"
        "बुधवार, मार्च 6, 2024\n\n"
        "मैं पहाड़ों के लिए लिखती हूँ – कविता नेगी\n\n"
        "पहाड़ की कवयित्री कविता नेगी से मेरी मुलाकात एक पुस्तक मेले में हुई थी और तभी तय "
        "हुआ कि उनसे लंबी बातचीत करूँगा।\n\n"
        "अ. ने. - आपने लिखना कब शुरू किया ?\n\n"
        "क. ने. - स्कूल की पत्रिका से, जब मैं चौदह बरस की थी।\n\n"
        "अ. ने. - आपकी कविताओं में बार-बार बर्फ़ क्यों आती है ?\n\n"
        "क. ने. - क्योंकि बचपन की हर याद में बर्फ़ है।\n"
    )
    assert page.title == "मैं पहाड़ों के लिए लिखती हूँ – कविता नेगी"


def test_a_menu_row_in_capitals_over_its_section_and_the_date():
    page = doc(
        "GÜNCEL KENT SPOR EKONOMİ KÜLTÜR SANAT RÖPORTAJLAR FOTO GALERİ\n"
        "Kültür Sanat\n"
        "14 Mayıs 2021 Cuma 10:20\n\n"
        "Ressam Ayla Demir: Renkleri annemden öğrendim\n\n"
        "Kentin tanınmış ressamı Ayla Demir yeni sergisini anlattı.\n\n"
        "Resme ne zaman başladınız?\n"
        "Çocukken, annemin nakışlarını kopyalayarak.\n\n"
        "Yeni serginizde neler var?\n"
        "Kıyı kasabalarından otuz suluboya.\n"
    )
    assert page.title == "Ressam Ayla Demir: Renkleri annemden öğrendim"


def test_a_row_of_languages_each_in_its_own_script_is_the_sites():
    assert names_languages_in_own_scripts("English हिन्दी मराठी ગુજરાતી বাংলা")
    assert names_languages_in_own_scripts("English | 中文 | 한국어 | Русский | العربية")
    page = doc(
        "English हिन्दी मराठी ગુજરાતી বাংলা ਪੰਜਾਬੀ\n\n"
        "नदी किनारे का स्कूल: एक शिक्षिका की कहानी\n\n"
        "रिपोर्ट: सुनील जोशी\n\n"
        "गाँव के आख़िरी छोर पर बना यह स्कूल तीस बरस से एक ही शिक्षिका के भरोसे चल रहा है.\n"
    )
    assert page.title == "नदी किनारे का स्कूल: एक शिक्षिका की कहानी"


def test_a_headline_that_asks_dated_right_below_under_the_blogs_name():
    page = doc(
        "Quiet Shelves\n\n"
        "Is a library ever really finished?\n\n"
        "Posted on 3 March by Ruth\n\n"
        "Every spring I move the poetry section, and every spring someone asks me why.\n\n"
        "Why do I keep moving it?\n\n"
        "Because the light changes, and poems want the window.\n"
    )
    assert page.title == "Is a library ever really finished?"


def test_dates_with_arabic_russian_and_hindi_months():
    assert is_dateline("الثلاثاء، 24 يناير 2023")
    assert is_dateline("12 تشرين الأول 2021")
    assert is_dateline("14 марта 2017")
    assert is_dateline("सोमवार, सितंबर 23, 2019")


# --- must not -----------------------------------------------------------------------------------


def test_a_first_question_under_the_blogs_name_answered_at_once_stays_a_question():
    page = doc(
        "Quiet Shelves\n\n"
        "What is your favourite shelf?\n\n"
        "The one by the window, where the poems are.\n\n"
        "Who visits most?\n\n"
        "Children after school, and one old man every morning.\n"
    )
    assert page.questions and page.questions[0].heading == "What is your favourite shelf?"


def test_a_headline_said_twice_is_still_the_repeated_title():
    page = doc(
        "Ein Sommer auf der Alm\n\n"
        "Teilen\n\n"
        "Ein Sommer auf der Alm\n\n"
        "Drei Monate lang hat Lena Hofer Kühe gehütet. Wir haben sie oben besucht.\n\n"
        "Wie sind Sie zur Alm gekommen?\n\n"
        "Über eine Anzeige in der Bauernzeitung.\n"
    )
    assert page.title == "Ein Sommer auf der Alm"


def test_a_headline_naming_a_site_in_its_words_is_no_sites_line():
    assert not ends_with_address_in_brackets("How Booking.com grew from a tiny office")
    assert not ends_with_address_in_brackets("Interview with the founder (part 2)")
    page = doc(
        "How Booking.com grew from a tiny office in Amsterdam\n\n"
        "By Jan de Wit\n\n"
        "The travel site started with four people and a rented desk.\n"
    )
    assert page.title == "How Booking.com grew from a tiny office in Amsterdam"


def test_a_headline_ending_in_an_ellipsis_over_another_line_is_no_cut_step():
    assert cut_step("Quand le sport devient un métier...") == "quand le sport devient un métier"
    page = doc(
        "Quand le sport devient un métier...\n\n"
        "Ils étaient amateurs il y a trois ans. Aujourd'hui, ils vivent du vélo.\n\n"
        "Comment avez-vous commencé ?\n\n"
        "Dans un club de quartier, le dimanche matin.\n"
    )
    assert page.title == "Quand le sport devient un métier..."


def test_a_step_cut_with_more_than_a_date_after_it_is_no_trail():
    assert cut_step("Ein Gespräch über Bäume... und was wir von ihnen lernen") == ""


def test_a_japanese_headline_of_kanji_kana_and_latin_letters_is_no_language_row():
    assert not names_languages_in_own_scripts("【INTERVIEW】東京のカフェで聞いたNYの話")
    assert not names_languages_in_own_scripts("삼성 Galaxy 新製品 발표")


def test_a_headline_in_capitals_over_a_subtitle_that_repeats_none_of_it_stays():
    page = doc(
        "DIE LETZTE FÄHRE VOR DEM STURM UND DIE LEUTE AN BORD\n"
        "Eine Reportage\n"
        "14. Mai 2021\n\n"
        "Um sechs Uhr legt die Fähre ab, und niemand weiß, ob sie zurückkommt.\n"
    )
    assert page.title == "DIE LETZTE FÄHRE VOR DEM STURM UND DIE LEUTE AN BORD"
