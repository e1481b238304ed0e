"""Questions missed on pages never seen (round 40): each rule reads what the page itself
repeats or alternates, with a text it must catch (each fails on the code before this round)
and one it must not. The layouts are reworded: no text of a fixture page is pasted here."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- Two labels taking turns, the short one asking once, the other never ------------------

TAKING_TURNS = (
    "طنز روز\n\n"
    "گزارشی از یک نشست خبری\n\n"
    "خبرنگار: سلام جناب مدیر، ممنون که وقت مصاحبه به ما دادید.\n\n"
    "مدیر: خواهش می‌کنم، ما همیشه در خدمت رسانه‌ها و مردم عزیز هستیم.\n\n"
    "خبرنگار: لطفاً برنامه‌های امسال اداره را برای مردم توضیح بدهید.\n\n"
    "مدیر: ما باید کار کنیم، ما باید تلاش کنیم، ما باید برنامه داشته باشیم.\n\n"
    "خبرنگار: پارسال هم دقیقاً همین جمله‌ها را به ما گفتید.\n\n"
    "مدیر: درست است، و سال آینده هم همین را خواهم گفت، حرف درست کهنه نمی‌شود.\n\n"
    "خبرنگار: مردم از گرانی و وعده‌های تکراری خسته شده‌اند.\n\n"
    "مدیر: ما هم خسته شده‌ایم، برای همین جلسه‌های بیشتری برگزار می‌کنیم.\n\n"
    "خبرنگار: پس کی نتیجه این جلسه‌ها را می‌بینیم؟\n\n"
    "مدیر: نتیجه کار دولت بعدی است، ما فقط برنامه می‌ریزیم و وعده می‌دهیم.\n"
)


def test_a_short_label_taking_turns_with_one_that_never_asks_is_the_interviewer() -> None:
    assert asked(doc(TAKING_TURNS)) == [
        ("خبرنگار", "سلام جناب مدیر، ممنون که وقت مصاحبه به ما دادید."),
        ("خبرنگار", "لطفاً برنامه‌های امسال اداره را برای مردم توضیح بدهید."),
        ("خبرنگار", "پارسال هم دقیقاً همین جمله‌ها را به ما گفتید."),
        ("خبرنگار", "مردم از گرانی و وعده‌های تکراری خسته شده‌اند."),
        ("خبرنگار", "پس کی نتیجه این جلسه‌ها را می‌بینیم؟"),
    ]


def test_labels_taking_turns_where_the_longer_one_asks_once_are_no_interview() -> None:
    # A workshop's instructions: the master, who speaks longer, asks once in five turns; the
    # apprentice answers in a word. Nothing shows the short side asking: no interviewer.
    lesson = (
        "Werkstattbuch\n\n"
        "Der erste Tag an der Hobelbank\n\n"
        "Meister: Zuerst spannst du das Brett fest ein, sonst rutscht es dir beim Hobeln weg.\n\n"
        "Lehrling: Gut.\n\n"
        "Meister: Dann stellst du den Hobel flach ein, ganz wenig Span, lieber zweimal gehen.\n\n"
        "Lehrling: Verstanden.\n\n"
        "Meister: Immer mit der Faser arbeiten, nie dagegen, sonst reißt das Holz dir aus.\n\n"
        "Lehrling: Klar.\n\n"
        "Meister: Und wenn der Span reißt, woran liegt es dann meistens bei diesem Holz?\n\n"
        "Lehrling: Faser.\n\n"
        "Meister: Richtig, und jetzt fegst du die Späne zusammen und ölst den Hobel ein.\n\n"
        "Lehrling: Mach ich.\n"
    )
    assert asked(doc(lesson)) == []


# --- A separator line between the pairs ("|") --------------------------------------------

SEPARATED = (
    "Cinque domande alla segretaria del club\n\n"
    "Da quanti anni segui la squadra?\n"
    "Da quando ero bambina\n"
    "|\n"
    "Qual è la trasferta più lunga che hai fatto?\n"
    "In pullman fino a Bari, quattordici ore all'andata.\n"
    "|\n"
    "Chi è il tifoso più anziano?\n"
    "Un signore di novantadue anni che non salta una partita.\n"
    "|\n"
    "Cosa chiedi alla società?\n"
    "Più pazienza con i ragazzi del vivaio\n"
)


def test_separator_lines_between_questions_and_answers_do_not_hide_the_turns() -> None:
    assert [q for _, q in asked(doc(SEPARATED))] == [
        "Da quanti anni segui la squadra?",
        "Qual è la trasferta più lunga che hai fatto?",
        "Chi è il tifoso più anziano?",
        "Cosa chiedi alla società?",
    ]


def test_a_wrapped_paragraph_with_a_separator_line_stays_whole() -> None:
    # Prose hard-wrapped mid-sentence, a "* * *" line under it: the wrap still joins it.
    wrapped = (
        "Notizie dal paese\n\n"
        "La festa del patrono quest'anno si terrà in piazza e non\n"
        "nel cortile della scuola, dove i lavori non sono finiti? Lo\n"
        "ha deciso il comitato dopo una lunga riunione in cui si\n"
        "è parlato anche della banda e dei fuochi d'artificio\n"
        "* * *\n"
        "Il programma completo sarà affisso in chiesa domenica.\n"
    )
    assert asked(doc(wrapped)) == []


# --- Dashed questions over answers each opened by the guest's name -----------------------

DASHED_OVER_NAMED = (
    "インタビュー > 経営者 > 山田商店 代表 山田 健\n\n"
    "町の八百屋から始まった\n\n"
    "―学生時代からお店を手伝っていたそうですが。\n\n"
    "山田:はい、中学生のころから朝の仕入れについて行っていました。市場の人たちに顔を覚えて"
    "もらえたのが、今につながっています。\n\n"
    "―二代目として継いだ経緯を教えてください。\n\n"
    "山田:父が体を壊して、大学を休んで店に立ったのがきっかけです。一年のつもりが、気がつけば"
    "二十年になりました。\n\n"
    "―そして通信販売へ。\n\n"
    "山田:遠くに引っ越したお客さんから頼まれて、箱に詰めて送ったのが始まりです。\n"
)


def test_dashed_questions_over_named_answers_are_the_questions() -> None:
    assert [q for _, q in asked(doc(DASHED_OVER_NAMED))] == [
        "学生時代からお店を手伝っていたそうですが。",
        "二代目として継いだ経緯を教えてください。",
        "そして通信販売へ。",
    ]


def test_dashed_lines_of_a_story_with_a_name_once_are_no_interview() -> None:
    # A story's dashed lines of dialogue, one name before a colon once: no guest answers.
    story = (
        "Contos da aldeia\n\n"
        "A ponte velha\n\n"
        "– Vais mesmo atravessar agora, com este vento todo?\n\n"
        "O rapaz não respondeu e olhou para o rio, que corria castanho e depressa.\n\n"
        "– Espera pela manhã, pelo menos.\n\n"
        "Avó: Ele nunca esperou por nada, desde pequeno, e não vai ser hoje que começa.\n\n"
        "E atravessou, devagar, agarrado à corda.\n"
    )
    assert asked(doc(story)) == []


# --- A stage direction between a speaker's name and the colon ----------------------------

STAGE_DIRECTION = (
    "Uit het archief\n\n"
    "Op bezoek bij de oudste supporter\n\n"
    "De man zit in de kantine bij het raam. Verslaggever: „Hoe lang komt u hier al?\" "
    "Supporter: „Sinds de oorlog, elke zondag.\" Verslaggever: „Dat is een hele tijd.\" "
    "Supporter (lachend): „Mijn vrouw vindt van wel. Zij komt liever niet mee.\" "
    "Verslaggever: „Wie was de beste speler die u hier zag?\" Supporter: „Een linksbuiten "
    "uit de jaren vijftig, die de bal nooit kwijtraakte.\" Verslaggever: „En nu?\" "
    "Supporter (na enig nadenken): „Nu kijk ik vooral naar de jeugd.\"\n"
)


def test_a_name_with_a_stage_direction_before_its_colon_opens_a_turn() -> None:
    found = asked(doc(STAGE_DIRECTION))
    assert ("Verslaggever", "„Wie was de beste speler die u hier zag?\"") in found
    assert all("Supporter (lachend)" not in q for _, q in found)


def test_a_citation_with_a_year_in_brackets_opens_no_turn() -> None:
    review = (
        "Literatuur\n\n"
        "Wat zeggen de onderzoekers?\n\n"
        "Over de oorzaak is men het oneens. Jansen (2003): de zomers werden droger. De Vries "
        "(2011): het grondwater daalde al eerder. Beide verklaringen sluiten elkaar niet uit, "
        "en nieuw onderzoek is onderweg.\n"
    )
    assert asked(doc(review)) == []


# --- Questions and answers run together in a Persian paragraph, no mark but "؟" ---------

PERSIAN_RUN_ON = (
    "گفت و گو با یک عکاس جوان\n\n"
    "از کجا به عکاسی علاقه‌مند شدید؟ پدرم یک دوربین قدیمی داشت و من از کودکی با آن بازی "
    "می‌کردم. اولین عکس جدی را کی گرفتید؟ در شانزده سالگی، از بازار شهرمان. حالا روی چه کاری "
    "کار می‌کنید؟ مجموعه‌ای از چهره‌های کارگران کارخانه‌های قدیمی. به عکاسان جوان چه می‌گویید؟ "
    "زیاد عکس بگیرید و عکس‌های خوب را ببینید.\n"
)


def test_a_persian_interview_run_into_one_paragraph_is_cut_at_its_questions() -> None:
    assert [q for _, q in asked(doc(PERSIAN_RUN_ON))] == [
        "از کجا به عکاسی علاقه‌مند شدید؟",
        "اولین عکس جدی را کی گرفتید؟",
        "حالا روی چه کاری کار می‌کنید؟",
        "به عکاسان جوان چه می‌گویید؟",
    ]


def test_a_persian_essay_asking_and_answering_itself_is_no_interview() -> None:
    # Rhetorical questions answered in the third person, no interview named, nobody addressed.
    essay = (
        "یادداشت هفته\n\n"
        "شهر بدون درخت\n\n"
        "چرا درخت‌های خیابان خشک شدند؟ آب کم بود و کسی به آن‌ها نرسید. چه کسی مقصر بود؟ "
        "شهرداری بودجه را جای دیگری خرج کرد. چه باید کرد؟ باید از همین امسال درخت تازه کاشت. "
        "آیا دیر نشده است؟ هیچ وقت برای کاشتن دیر نیست.\n"
    )
    assert asked(doc(essay)) == []


# --- The page's own name labelling its first question ------------------------------------

SITE_ASKS_FIRST = (
    "Głos Boiska\n\n"
    "Wywiady\n\n"
    "Trzeba cierpliwości\n\n"
    "Autor: Głos Boiska\n\n"
    "Rozmawiamy z trenerem drużyny juniorów o minionym sezonie.\n\n"
    "Głos Boiska: Czy ten sezon był udany? Drużyna długo była na dole tabeli.\n\n"
    "Adam Nowicki, trener juniorów: Był trudny, ale chłopcy bardzo się rozwinęli.\n\n"
    "Co zmieniło się zimą?\n\n"
    "A.N.: Więcej treningów z piłką, mniej biegania po lesie.\n\n"
    "A co z nowymi zawodnikami?\n\n"
    "A.N.: Przyszło trzech, wszyscy z okolicznych wsi.\n\n"
    "Na co liczy pan wiosną?\n\n"
    "A.N.: Na spokój i na dobre boiska.\n"
)


def test_the_sites_name_over_the_first_question_is_its_label() -> None:
    assert asked(doc(SITE_ASKS_FIRST))[0] == (
        "Głos Boiska", "Czy ten sezon był udany? Drużyna długo była na dole tabeli.")


def test_a_first_label_the_page_top_does_not_show_stays_in_the_question() -> None:
    unseen = SITE_ASKS_FIRST.replace("Głos Boiska\n\nWywiady", "Sport\n\nWywiady").replace(
        "Autor: Głos Boiska", "Autor: Jan Kos")
    speaker, question = asked(doc(unseen))[0]
    assert speaker == "" and question.startswith("Głos Boiska: ")


# --- Dashed answers as short as their questions ------------------------------------------

SHORT_DASHED = (
    "Lokalt\n\n"
    "Ny trener for jentelaget\n\n"
    "Fem kjappe med Kari Lund (38), som tar over jentelaget i klubben fra høsten.\n\n"
    "Hvordan føles det å ta over laget?\n\n"
    "– Veldig gøy.\n\n"
    "Hva blir det viktigste å jobbe med i år?\n\n"
    "– Forsvaret, og at alle har det moro på trening hver eneste uke.\n\n"
    "Har du trent et lag før?\n\n"
    "– Ja, guttene i to sesonger.\n\n"
    "Hva gjør du når du ikke er på banen?\n\n"
    "– Leser.\n"
)


def test_dashed_answers_as_short_as_their_questions_still_answer_them() -> None:
    assert [q for _, q in asked(doc(SHORT_DASHED))] == [
        "Hvordan føles det å ta over laget?",
        "Hva blir det viktigste å jobbe med i år?",
        "Har du trent et lag før?",
        "Hva gjør du når du ikke er på banen?",
    ]


def test_two_questions_over_short_dashed_lines_are_no_interview() -> None:
    # Two only: too few for the page's alternation to outweigh the lengths.
    two = (
        "Lokalt\n\n"
        "Nytt tak på hallen\n\n"
        "Kommunen legger nytt tak på idrettshallen i sommer, og arbeidet tar seks uker.\n\n"
        "Hvem betaler for arbeidet, og hvorfor skjer det akkurat nå?\n\n"
        "– Kommunen.\n\n"
        "Hvor skal lagene trene mens arbeidet pågår i hallen?\n\n"
        "– Ute.\n"
    )
    assert asked(doc(two)) == []


# --- The same unreadable label over every question -----------------------------------------

REPEATED_LABEL = (
    "Grand entretien : le directeur du festival « On a failli tout arrêter »\n\n"
    "Lecture 6 min\n\n"
    "#Ici! : Comment va le festival, un an après l'orage ?\n\n"
    "Paul Girard : Mieux. Nous avons refait la scène et retrouvé nos bénévoles, presque tous.\n\n"
    "#Ici! : Vous avez pensé à arrêter ?\n\n"
    "Paul Girard : Une nuit, oui. Le lendemain, les voisins sont venus ranger avec nous.\n\n"
    "#Ici! : Et cette année, quelle tête d'affiche ?\n\n"
    "Paul Girard : Une surprise, annoncée samedi sur la place du marché.\n"
)


def test_the_same_label_over_every_question_is_the_askers() -> None:
    assert asked(doc(REPEATED_LABEL)) == [
        ("#Ici!", "Comment va le festival, un an après l'orage ?"),
        ("#Ici!", "Vous avez pensé à arrêter ?"),
        ("#Ici!", "Et cette année, quelle tête d'affiche ?"),
    ]


def test_a_label_over_two_questions_only_stays_in_their_text() -> None:
    two = REPEATED_LABEL.replace("#Ici! : Et cette année", "Et cette année")
    found = asked(doc(two))
    assert all(speaker != "#Ici!" for speaker, _ in found)


# --- An Arabic paper's "@" before each question, "-" before each answer, no blank line ---

AT_SIGN_QUESTIONS = (
    "الشاعر سالم: القصيدة تكتبني\n\n"
    "ثقافة | حوار: منى العلي\n\n"
    "اتصلنا به صباح اليوم، فكان هذا الحوار القصير:\n\n"
    "@ أين أنت الآن؟\n"
    "- في المكتبة العامة، أجلس هناك كل صباح منذ سنوات وأكتب بين الرفوف.\n"
    "@ وماذا تقرأ هذه الأيام؟\n"
    "- ديواناً قديماً لشاعر منسي، وجدته صدفة عند بائع كتب مستعملة في السوق القديم.\n"
    "@ ومتى يصدر ديوانك الجديد؟\n"
    "- في الخريف إن شاء الله، بعد أن أنتهي من مراجعة القصائد الأخيرة مع الناشر.\n"
)


def test_an_at_sign_before_each_question_marks_it_as_a_dash_does() -> None:
    assert [q for _, q in asked(doc(AT_SIGN_QUESTIONS))] == [
        "أين أنت الآن؟", "وماذا تقرأ هذه الأيام؟", "ومتى يصدر ديوانك الجديد؟",
    ]


def test_a_handle_opening_a_paragraph_is_no_dash() -> None:
    # "@name" glued to its handle, as a post quotes a reader: no mark of a turn.
    post = (
        "تعليقات القراء\n\n"
        "@salem_77 شكراً على المقال الجميل، هل سيصدر جزء ثان قريباً؟\n\n"
        "@mona شكراً لكم، نعم في الشهر القادم إن شاء الله.\n"
    )
    assert asked(doc(post)) == []


# --- A radio transcript's host and guest signs, the turns run together --------------------

SIGNED_TURNS = (
    "\"동네 서점, 책보다 사람을 팝니다\"\n\n"
    "입력 2025.04.02 08:40\n\n"
    "▷진행자 김하늘 : 아침마다 동네 서점 이야기를 전해 드립니다. 오늘은 골목 서점 주인 박소연 "
    "대표 모셨습니다. 안녕하세요.▶박소연 : 안녕하세요. 반갑습니다.▷김하늘 : 서점 연 지 얼마나 "
    "되셨어요?▶박소연 : 올해로 칠 년째입니다.▷김하늘 : 요즘 책 사는 사람이 줄었다는데 괜찮으세요?"
    "▶박소연 : 쉽지 않죠. 그래도 단골손님들이 친구를 데리고 오세요.▷김하늘 : 제일 잘 팔리는 책은 "
    "뭔가요?▶박소연 : 의외로 시집이에요. 선물하기 좋다고들 하세요.\n"
)


def test_host_and_guest_signs_glued_to_the_sentence_before_open_turns() -> None:
    found = [q for _, q in asked(doc(SIGNED_TURNS))]
    assert "서점 연 지 얼마나 되셨어요?" in found
    assert "제일 잘 팔리는 책은 뭔가요?" in found


def test_a_sign_inside_a_sentence_opens_no_turn() -> None:
    # "▶" as an arrow between words in a list of news items: no names recur before colons.
    news = (
        "오늘의 소식\n\n"
        "주요 뉴스\n\n"
        "버스 요금 인상 ▶ 다음 달부터 적용. 도서관 휴관 ▶ 주말에만 운영. 공원 공사 ▶ 가을까지 "
        "계속. 시장 선거 ▶ 후보 등록 시작.\n"
    )
    assert asked(doc(news)) == []


# --- Hindi's shortened labels, "प्र." and "उ." ---------------------------------------------

HINDI_SHORT_LABELS = (
    "कवि अमन वर्मा से बातचीत\n\n"
    "प्र. आपने लिखना कब शुरू किया?\n\n"
    "उ. स्कूल के दिनों में, जब हिंदी के अध्यापक ने मेरी पहली कविता कक्षा में पढ़कर सुनाई थी।\n\n"
    "प्र. आपकी नई किताब किस बारे में है?\n\n"
    "उ. गाँव से शहर आए लोगों के बारे में, उनकी यादों और उनके अकेलेपन के बारे में।\n\n"
    "प्र. नए लेखकों को क्या सलाह देंगे?\n\n"
    "उ. खूब पढ़ें और रोज़ थोड़ा लिखें।\n"
)


def test_hindi_shortened_question_and_answer_labels_are_read() -> None:
    assert [q for _, q in asked(doc(HINDI_SHORT_LABELS))] == [
        "आपने लिखना कब शुरू किया?",
        "आपकी नई किताब किस बारे में है?",
        "नए लेखकों को क्या सलाह देंगे?",
    ]


def test_uttar_pradesh_shortened_opens_no_answer() -> None:
    news = (
        "मौसम समाचार\n\n"
        "उ.प्र. में अगले तीन दिन तेज़ बारिश होगी, मौसम विभाग ने चेतावनी जारी की है।\n\n"
        "उ.प्र. के पूर्वी ज़िलों में स्कूल दो दिन बंद रहेंगे।\n"
    )
    assert asked(doc(news)) == []
