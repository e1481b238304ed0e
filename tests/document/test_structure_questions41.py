"""The released heldout19's classes (round 41): each rule reads what the page itself shows,
with a text it must catch (each fails on the code before this round) and one it must not.
The layouts are reworded: no text of a fixture page is pasted here."""

from __future__ import annotations

from .test_structure_layouts import asked, doc


def texts(document) -> list[str]:
    return [text for _, text in asked(document)]


# --- A box-drawing dash before every turn, the replies short -------------------------------

BOX_DASHED = (
    "Okur Köşesi\n\n"
    "Şair Deniz Aksoy ile kısa bir söyleşi\n\n"
    "Yeni kitabı çıkan şairle şiiri ve şehri konuştuk.\n\n"
    "─ İlk şiirinizi ne zaman yazdınız?\n"
    "─ On iki yaşındaydım, okulun duvar gazetesi için yazmıştım, kimse okumadı sanırım.\n"
    "─ Şehir şiirinize nasıl giriyor?\n"
    "─ Vapur sesleriyle, martılarla, sabah kalabalığıyla, hep oradan geliyor bana.\n"
    "─ Sabahları mı yazarsınız?\n"
    "─ Hayır, geceleri yazarım. Sabah kafam hiç çalışmıyor.\n"
    "─ Sırada ne var?\n"
    "─ Bir çocuk kitabı. Daha erken ama.\n\n"
    "Etiketler: söyleşi, şiir, Deniz Aksoy\n"
)


def test_a_box_drawing_dash_opens_each_turn_and_is_no_part_of_the_question() -> None:
    assert texts(doc(BOX_DASHED)) == [
        "İlk şiirinizi ne zaman yazdınız?",
        "Şehir şiirinize nasıl giriyor?",
        "Sabahları mı yazarsınız?",
        "Sırada ne var?",
    ]


def test_dashed_lines_of_a_list_replying_in_a_word_are_no_interview() -> None:
    checklist = (
        "Before the hike\n\n"
        "Pack the night before and check the forecast in the morning.\n\n"
        "─ Is the water bottle full?\n"
        "─ Yes.\n"
        "─ Are the boots dry?\n"
        "─ Mostly.\n"
        "─ Is the map in the bag?\n"
        "─ It is.\n"
    )
    assert asked(doc(checklist)) == []


# --- A tag line in a question's place ------------------------------------------------------

TAGGED = (
    "Revista de Letras\n\n"
    "Conversa com a tradutora Inês Moura\n\n"
    "Inês, como chegou à tradução?\n\n"
    "Por acaso. Uma editora precisava de alguém que lesse checo e eu era a única no prédio.\n\n"
    "O que é mais difícil de traduzir?\n\n"
    "O humor. Uma piada traduzida à letra morre sempre no caminho.\n\n"
    "Lê as traduções antigas antes de começar?\n\n"
    "Nunca. Prefiro errar sozinha do que copiar os erros dos outros.\n\n"
    "E agora, o que está a traduzir?\n\n"
    "Um romance de duzentas páginas sobre um relojoeiro cego.\n\n"
    "Etiquetas: entrevista, tradução, Inês Moura\n\n"
    "Mais entrevistas da revista neste mês, com autores, editores e livreiros do país\n"
)


def test_a_tag_line_after_the_last_answer_is_no_question() -> None:
    assert texts(doc(TAGGED)) == [
        "Inês, como chegou à tradução?",
        "O que é mais difícil de traduzir?",
        "Lê as traduções antigas antes de começar?",
        "E agora, o que está a traduzir?",
    ]


# --- A host's greeting answered only in kind ------------------------------------------------

GREETED = (
    "ホーム ＞ 番組 ＞ まちの記憶\n\n"
    "まちの記憶 第12回「商店街を撮る」\n\n"
    "放送日：2025年3月2日（日）\n\n"
    "※読みやすく編集した書き起こしです。\n\n"
    "司会：こんばんは、「まちの記憶」の時間です。今夜のゲストは、"
    "商店街の写真を四十年撮り続けてこられた写真家の山本健さんです。よろしくお願いします。\n\n"
    "山本：よろしくお願いします。\n\n"
    "司会：写真を撮り始めたのはいつ頃からですか。\n\n"
    "山本：高校生のときです。父のカメラを借りて、毎朝の市場を撮っていました。\n\n"
    "司会：一番思い出に残っている一枚は何ですか。\n\n"
    "山本：閉店の日の魚屋さんです。店主が最後にシャッターを下ろす瞬間でした。\n\n"
    "司会：今の商店街をどう見ていますか。\n\n"
    "山本：店は減りましたが、若い人の新しい店も増えて、また面白くなってきました。\n\n"
    "司会：山本さん、今日はありがとうございました。\n\n"
    "山本：ありがとうございました。\n\n"
    "（終）\n"
)


def test_a_hosts_introduction_greeted_back_in_kind_is_no_question() -> None:
    assert texts(doc(GREETED)) == [
        "写真を撮り始めたのはいつ頃からですか。",
        "一番思い出に残っている一枚は何ですか。",
        "今の商店街をどう見ていますか。",
    ]


def test_a_welcome_the_guest_answers_at_length_still_counts() -> None:
    podcast = (
        "Workshop Hours, episode 3\n\n"
        "Ada: This is Workshop Hours. Today I'm with a violin maker who has worked in the "
        "same attic for thirty years. Welcome, Tom.\n\n"
        "Tom: Thanks, Ada. The attic is smaller than people imagine, and colder in winter.\n\n"
        "Ada: How did you learn the trade?\n\n"
        "Tom: From an old maker in Cremona who never once explained anything out loud.\n\n"
        "Ada: And what wood do you use?\n\n"
        "Tom: Spruce for the top, maple for the back, and patience for everything else.\n"
    )
    assert texts(doc(podcast))[0].startswith("This is Workshop Hours.")


# --- A panel: a panelist the roster names, a moderator's request by name ---------------------

PANEL = (
    "City Forum 2025 › Transcripts\n\n"
    "Panel: Parks After Dark\n\n"
    "Panelists: Joan Okoro (parks director), Liam Brandt (park ranger), Ana Ruiz (youth worker)\n"
    "Moderator: Tess Hale\n\n"
    "TESS HALE: Good evening. We have three people who have kept parks open at night. Joan, "
    "why did the city try it?\n\n"
    "JOAN OKORO: Because the parks emptied at dusk and filled with trouble instead.\n\n"
    "TESS HALE: Was the council convinced?\n\n"
    "JOAN OKORO: Not at first. We ran a trial in one park over one summer and counted.\n\n"
    "TESS HALE: Liam, you patrol at night. What changed for you?\n\n"
    "LIAM BRANDT: Fewer fires, more families. The lights did more than we ever did.\n\n"
    "ANA RUIZ: And the teenagers came back to the courts, which is what we wanted.\n\n"
    "TESS HALE: Ana, tell us about the night league.\n\n"
    "ANA RUIZ: Basketball every Thursday until ten, twelve teams, no fees, no trophies.\n\n"
    "AUDIENCE MEMBER: Who pays for the lights?\n\n"
    "JOAN OKORO: The city, from the events budget.\n\n"
    "TESS HALE: Thank you all.\n"
)


def test_a_panelist_named_in_the_roster_and_a_request_by_name_are_read() -> None:
    assert texts(doc(PANEL)) == [
        "Good evening. We have three people who have kept parks open at night. Joan, why did "
        "the city try it?",
        "Was the council convinced?",
        "Liam, you patrol at night. What changed for you?",
        "Ana, tell us about the night league.",
        "Who pays for the lights?",
    ]


def test_a_name_speaking_once_that_no_roster_gives_stays_text() -> None:
    article = (
        "Council notes\n\n"
        "MAYOR POLK: The budget passes tonight?\n\n"
        "CLERK WADE: It does, if the quorum holds until the vote.\n\n"
        "MAYOR POLK: And the lights?\n\n"
        "CLERK WADE: Funded from the events budget, as last year.\n\n"
        "FINAL NOTE: The meeting closed at nine.\n"
    )
    assert "FINAL NOTE" not in " ".join(texts(doc(article)))


# --- Greek numbered questions, ";" and a note in brackets -----------------------------------

GREEK = (
    "Βιβλιοθήκη\n\n"
    "Πέντε ερωτήσεις στην ποιήτρια Ελένη Μάρκου\n\n"
    "Η ποιήτρια απαντά στο ερωτηματολόγιό μας για τα βιβλία που τη σημάδεψαν.\n\n"
    "1. Ποιο βιβλίο σας έκανε αναγνώστρια; (Όχι σχολικό)\n"
    "Τα «Ψηλά βουνά», που τα διάβασα τρεις φορές ένα καλοκαίρι.\n"
    "2. Το πιο πρόσφατο;\n"
    "Ένα δοκίμιο για τους κήπους της Αθήνας.\n"
    "3. Ποιον συγγραφέα ξαναδιαβάζετε;\n"
    "Τον Καβάφη, κάθε χειμώνα.\n"
    "4. Τι θα χαρίζατε σε έναν φίλο;\n"
    "Μια ποιητική συλλογή, πάντα.\n"
)


def test_greek_numbered_questions_over_their_answers_are_read() -> None:
    assert texts(doc(GREEK)) == [
        "Ποιο βιβλίο σας έκανε αναγνώστρια; (Όχι σχολικό)",
        "Το πιο πρόσφατο;",
        "Ποιον συγγραφέα ξαναδιαβάζετε;",
        "Τι θα χαρίζατε σε έναν φίλο;",
    ]


# --- A guest asking back, and a link's headline under "related" -----------------------------

ASKED_BACK = (
    "Hírek\n\n"
    "„A kertben mindig van munka” – interjú Kovács Annával\n\n"
    "Kovács Anna harminc évig tanított, most a falu közösségi kertjét vezeti.\n\n"
    "Miért pont egy kert?\n\n"
    "Úgy érti, miért nem pihenek?\n\n"
    "Nagyjából.\n\n"
    "Mert a pihenés nekem unalmas. A kertben mindig van munka, és mindig van kivel "
    "beszélni, reggel a szomszédokkal, délután a gyerekekkel, akik iskola után átjönnek, "
    "este pedig azokkal, akik csak megállnak a kerítésnél egy szóra.\n\n"
    "Kik járnak ki?\n\n"
    "Nyugdíjasok és gyerekek. A kettő között alig valaki.\n\n"
    "Tényleg?\n\n"
    "Tényleg. A fiatalok dolgoznak, vagy elköltöztek a városba.\n\n"
    "Mi lesz jövőre?\n\n"
    "Üvegház, ha összegyűlik rá a pénz a faluban.\n\n"
    "Kapcsolódó cikkek\n"
    "Falunap: elmarad idén is?\n"
    "Megyei hírek: új busz indul\n"
)


def test_a_reply_to_the_guest_asking_back_and_a_related_link_are_no_questions() -> None:
    assert texts(doc(ASKED_BACK)) == [
        "Miért pont egy kert?", "Kik járnak ki?", "Tényleg?", "Mi lesz jövőre?",
    ]


# --- A caption naming the answerer, a header repeated over each question --------------------

CAPTIONED = (
    "Văn hóa\n\n"
    "Họa sĩ Lê Minh: Vẽ là một cách đi bộ\n\n"
    "Phóng viên: Anh bắt đầu vẽ từ bao giờ? Vì sao anh chọn màu nước?\n\n"
    "Họa sĩ Lê Minh\n\n"
    "Họa sĩ Lê Minh: Tôi vẽ từ nhỏ. Màu nước nhanh, không cho mình sửa, nên phải thật.\n\n"
    "Phóng viên: Anh thường vẽ ở đâu?\n\n"
    "Họa sĩ Lê Minh: Ở chợ, ở bến xe, chỗ nào có người đi lại là tôi ngồi xuống vẽ.\n\n"
    "Phóng viên: Có người nói tranh anh buồn. Anh nghĩ sao?\n\n"
    "Họa sĩ Lê Minh: Tôi nghĩ tranh chỉ lặng thôi. Người xem mang nỗi buồn của họ vào.\n\n"
    "Phóng viên: Xin cảm ơn anh!\n"
)


def test_a_caption_naming_the_answerer_is_no_part_of_the_question() -> None:
    assert texts(doc(CAPTIONED)) == [
        "Anh bắt đầu vẽ từ bao giờ? Vì sao anh chọn màu nước?",
        "Anh thường vẽ ở đâu?",
        "Có người nói tranh anh buồn. Anh nghĩ sao?",
    ]


HEADERS = (
    "Читачі питають\n\n"
    "Ми зібрали ваші запитання до художників і передали їм.\n\n"
    "Питання до Марії Коваль. Надіслав – Петро\n\n"
    "– Чому ви малюєте лише море?\n\n"
    "– Бо виросла біля нього і досі не намалювала його як слід.\n\n"
    "Питання до Марії Коваль. Надіслала – Ганна\n\n"
    "– Де можна побачити ваші роботи?\n\n"
    "– Восени у міській галереї, а потім у Львові, якщо все складеться.\n\n"
    "Питання до Івана Гнатюка. Надіслала – Оля\n\n"
    "– Коли буде ваша наступна виставка?\n\n"
    "– Не раніше весни, бо зараз я переїжджаю до нової майстерні.\n"
)


def test_a_header_repeated_over_each_question_is_no_part_of_it() -> None:
    found = texts(doc(HEADERS))
    assert found[-1].endswith("Коли буде ваша наступна виставка?")
    assert not any("Питання до" in text for text in found)


# --- Readers' letters, signed and greeted back ----------------------------------------------

LETTERS = (
    "Ask Bernard\n\n"
    "Our columnist answers your letters.\n\n"
    "Dear Bernard,\n"
    "My flatmate never washes a single cup and then borrows mine. I have asked nicely and I "
    "have asked less nicely. What now?\n"
    "Cupless in Cardiff\n\n"
    "Dear Cupless,\n"
    "Buy one cup you love and keep it in your room. Let the rest of the cupboard fend for "
    "itself.\n"
    "Bernard\n\n"
    "Dear Bernard,\n"
    "My father tells the same three stories at every dinner. Should I say something?\n"
    "Bored in Bristol\n\n"
    "Dear Bored,\n"
    "No. One day you will be the one telling them, and you will want someone to laugh.\n"
    "Bernard\n"
)


def test_two_readers_letters_greeted_back_by_their_signers_name_are_the_questions() -> None:
    assert texts(doc(LETTERS)) == [
        "My flatmate never washes a single cup and then borrows mine. I have asked nicely and "
        "I have asked less nicely. What now?",
        "My father tells the same three stories at every dinner. Should I say something?",
    ]


def test_one_letter_alone_stays_an_article() -> None:
    one = LETTERS[: LETTERS.index("Dear Bernard,\nMy father")]
    assert asked(doc(one)) == []
