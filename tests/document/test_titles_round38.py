"""Title rules of round 38, from the released heldout19's wrong titles: a breadcrumb in the
full-width "＞", a site's name set as the page's one "#" over its one "##", a newsletter's
issue line closed by its number, a headline that names its guest and quotes them whole over
the turns, a menu column with an item that asks or items of a syllable-word language. Pages it
must catch (they fail on the code before this round) and pages it must not break."""

from __future__ import annotations

from .test_structure_layouts import doc

# --- must catch ---------------------------------------------------------------------------------


def test_a_breadcrumb_in_full_width_signs_is_the_sites_path():
    page = doc(
        "トップ ＞ 番組 ＞ 朝のまなびや ＞ 放送内容\n\n"
        "朝のまなびや 第12回「古い地図を読む」\n\n"
        "放送日：2023年5月6日（土）\n\n"
        "司会：おはようございます。今朝のゲストは地図の研究者、田村さんです。\n\n"
        "田村：おはようございます。\n\n"
        "司会：古い地図の魅力は何ですか。\n\n"
        "田村：町の昔の姿が、道の曲がり方にそのまま残っていることです。\n"
    )
    assert page.title == "朝のまなびや 第12回「古い地図を読む」"


def test_a_clubs_name_as_the_one_hash_over_its_one_faq_heading():
    page = doc(
        "[Start](/) · [Chor](/chor) · [Termine](/termine) · [Kontakt](/kontakt)\n\n"
        "# Liederkranz Oberau 1862\n\n"
        "## Fragen rund ums Mitsingen\n\n"
        "Hier stehen die Antworten auf das, was Neue uns am häufigsten fragen.\n\n"
        "**Muss ich Noten lesen können?**\n"
        "Nein, wir lernen die Stücke gemeinsam nach Gehör und mit Übungsaufnahmen.\n\n"
        "**Wann wird geprobt?**\n"
        "Jeden Mittwoch um 19.30 Uhr im Gemeindesaal.\n",
        markdown=True,
    )
    assert page.title == "Fragen rund ums Mitsingen"


def test_a_blogs_name_and_tagline_over_the_posts_heading_and_date():
    page = doc(
        "[Home](/) | [Reviews](/reviews) | [About](/about)\n\n"
        "# Inkwell & Oak\n\n"
        "*notes on books from a small town*\n\n"
        "---\n\n"
        "## Five Questions for Tomas Reyes about The Salt Road\n\n"
        "Posted on March 2, 2024 by Lea\n\n"
        "Tomas kindly answered a few questions about his new novel.\n\n"
        "**Q: Where did the book start?**\n\n"
        "A: With a map of old trade routes I found in my grandfather's desk.\n",
        markdown=True,
    )
    assert page.title == "Five Questions for Tomas Reyes about The Salt Road"


def test_a_newsletters_issue_line_over_the_pieces_headline():
    page = doc(
        "Hillcrest Primary School\nHome\nAbout Us\nClasses\nParents\nContact\n\n"
        "Newsletter – Autumn Term, Issue 2\n\n"
        "Say hello to Mrs Patel!\n\n"
        "Our school reporters went to meet the new librarian and asked her all about books.\n\n"
        "What was your favourite book as a child?\n"
        "A book about a girl who lived in a lighthouse.\n\n"
        "Do you have a pet?\n"
        "Two cats called Salt and Pepper.\n"
    )
    assert page.title == "Say hello to Mrs Patel!"


def test_a_headline_naming_its_guest_and_quoting_them_over_the_turns():
    page = doc(
        "Revista Nouă\nAcasă\nCronici\nEseu\nInterviu\nTeatru\nArhiva\nInterviu\n\n"
        "Ana Mureșan: „Poezia se scrie încet, ca o scrisoare lungă”\n\n"
        "Dan Pop: Ana, ai scris patru volume în opt ani. Cum arată, concret, o zi în care scrii?\n"
        "Ana Mureșan: Ca o zi de birou. Mă așez la șapte, scriu până la prânz, iar seara citesc "
        "ce am scris și tai jumătate.\n\n"
        "Dan Pop: De ce ai ales satul copilăriei?\n"
        "Ana Mureșan: Pentru că acolo am învățat primele cuvinte.\n\n"
        "Dan Pop: Îți mulțumesc pentru dialog.\n"
        "Ana Mureșan: Eu îți mulțumesc.\n\n"
        "Interviu realizat de Dan Pop\n"
    )
    assert page.title == "Ana Mureșan: „Poezia se scrie încet, ca o scrisoare lungă”"


def test_a_menu_item_that_asks_is_the_sites_about_page_not_the_title():
    page = doc(
        "Le Jardin de Paul\nAccueil\nPotager\nFleurs\nRecettes\nQui sommes-nous ?\nContact\n\n"
        "Tailler ses rosiers à la fin de l'hiver\n\n"
        "Publié le 2 février 2025 par Paul · 3 commentaires\n\n"
        "Chaque année on hésite sur le bon moment. Voici ce que je fais depuis quinze ans.\n"
    )
    assert page.title == "Tailler ses rosiers à la fin de l'hiver"


def test_menu_items_of_syllable_words_closed_by_the_date():
    page = doc(
        "Trang chủ\nTin tức\nVăn học\nÂm nhạc\nLý luận phê bình\nVăn học nước ngoài\n"
        "Thứ Hai, 4/3/2024, 09:15\n\n"
        "Nhà thơ Lê An: Thơ là cách tôi nhớ lại quê nhà\n\n"
        "Nhân dịp tập thơ mới ra mắt, phóng viên đã trò chuyện với nhà thơ Lê An về quê "
        "hương và nghề viết.\n\n"
        "Phóng viên: Anh bắt đầu làm thơ từ khi nào?\n\n"
        "Nhà thơ Lê An: Từ hồi còn đi học, tôi viết cho riêng mình.\n"
    )
    assert page.title == "Nhà thơ Lê An: Thơ là cách tôi nhớ lại quê nhà"


# --- must not -----------------------------------------------------------------------------------


def test_a_hash_title_over_its_one_section_with_text_between_stays_the_title():
    page = doc(
        "# Harbour Lights\n\n"
        "The keepers of the east coast lights remember the storms of the fifties.\n\n"
        "## What the logbooks say\n\n"
        "Every keeper wrote the weather down twice a day, and the books survive.\n",
        markdown=True,
    )
    assert page.title == "Harbour Lights"


def test_a_hash_title_over_several_section_headings_stays_the_title():
    page = doc(
        "[Home](/) · [Guides](/guides)\n\n"
        "# Bread Basics\n\n"
        "## Flour and water\n\n"
        "Start with a strong flour and lukewarm water.\n\n"
        "## Proving\n\n"
        "Leave the dough somewhere warm for an hour.\n",
        markdown=True,
    )
    assert page.title == "Bread Basics"


def test_one_short_line_under_the_menu_over_its_date_stays_the_headline():
    page = doc(
        "Stadtblatt\nStart\nLokales\nSport\nKultur\n\n"
        "Ein Abend mit Anna Berg\n\n"
        "12.03.2024\n\n"
        "Die Sängerin sprach im Rathaus über ihre Jahre in Wien und das neue Album.\n"
    )
    assert page.title == "Ein Abend mit Anna Berg"


def test_a_headline_saying_an_issue_inside_its_phrase_stays_the_headline():
    page = doc(
        "Radio Nord\nStart\nSendungen\nPodcast\nKontakt\n\n"
        "Our podcast, issue 3 is out now\n\n"
        "This month we talk to the harbour master about the winter storms and the new pier.\n"
    )
    assert page.title == "Our podcast, issue 3 is out now"
