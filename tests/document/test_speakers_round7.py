"""Named-speaker rules of the seventh speakers round (name forms on pages no rule was made
on), each with a document it must catch and one it must not."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- Readers each named once, the guest named over every answer -----------------------------

_READERS = (
    "Đại sứ Mỹ tại Việt Nam, Tom Barrett trả lời phỏng vấn trực tuyến của người dân "
    "qua điện thoại\n\n"
    "Nhân dịp hai nước kỷ niệm 20 năm bình thường hóa quan hệ, Đại sứ Tom Barrett trả "
    "lời trực tuyến các câu hỏi của bạn đọc về mọi mặt của quan hệ song phương hôm 22 "
    "tháng 6. Ông cho biết năm nay sẽ có nhiều chuyến thăm cấp cao giữa hai nước.\n\n"
    "– Hoàng Văn Nam, 40 tuổi: Năm 2000, một vị tổng thống Mỹ từng nói rằng quá khứ "
    "chỉ là cái đến trước tương lai, chứ không phải cái quyết định tương lai. Xin "
    "được hỏi ngài đại sứ, chính sách của Mỹ hiện nay chọn những nội dung nào làm "
    "trọng tâm để hiện thực hóa quan điểm đó? Xin cám ơn.\n\n"
    "– Tom Barrett: Tôi rất vui được có mặt ở đây vào thời điểm hai nước kỷ niệm 20 "
    "năm bình thường hóa quan hệ. Năm nay sẽ có khoảng sáu, bảy vị lãnh đạo Việt Nam "
    "sang thăm Mỹ và nhiều bộ trưởng Mỹ sang thăm Việt Nam.\n\n"
    "– Vũ Thị Lan, 31 tuổi: Thưa đại sứ, sinh viên Việt Nam muốn sang Mỹ du học thì "
    "thủ tục thị thực năm nay có gì thay đổi không?\n\n"
    "– Tom Barrett: Chúng tôi đã rút ngắn thời gian chờ phỏng vấn thị thực du học "
    "xuống còn vài ngày. Số sinh viên Việt Nam ở Mỹ hiện đứng hàng đầu Đông Nam Á.\n\n"
    "– Đỗ Minh Khoa, 58 tuổi: Tôi là cựu chiến binh. Tôi muốn hỏi ngài về việc tìm "
    "kiếm hài cốt liệt sĩ Việt Nam, phía Mỹ có giúp được gì không?\n\n"
    "– Tom Barrett: Có. Chúng tôi đã chuyển cho phía Việt Nam nhiều tài liệu lưu trữ "
    "và sẽ tiếp tục làm việc đó, vì đây là việc nhân đạo mà cả hai bên đều coi trọng.\n"
)


def _said(paragraph: int) -> str:
    """The words of the ``paragraph``-th paragraph of ``_READERS`` after its label."""
    return " ".join(_READERS.split("\n\n")[paragraph].split(": ", 1)[1].split())


def test_readers_named_once_asking_a_guest_named_over_each_answer_ask():
    # The only name used twice asks nothing: it is the guest's, and the readers, each named
    # once, ask. The guest was taken for the interviewer, who never asked: no question found.
    assert asked(doc(_READERS)) == [
        ("Hoàng Văn Nam, 40 tuổi", _said(2)),
        ("Vũ Thị Lan, 31 tuổi", _said(4)),
        ("Đỗ Minh Khoa, 58 tuổi", _said(6)),
    ]


def test_names_used_once_that_ask_nothing_are_no_readers():
    # Must not: a press release quoting several people once each, then its spokesman twice,
    # asks nothing: no name used once asks.
    text = (
        "Bürgerfest im Stadtpark\n\n"
        "Anna Berg: Das Fest war ein voller Erfolg.\n\n"
        "Pressesprecher: Wir danken allen Helfern.\n\n"
        "Jonas Weber: Die Musik war wunderbar.\n\n"
        "Pressesprecher: Nächstes Jahr feiern wir wieder.\n"
    )
    assert asked(doc(text)) == []


# --- Bare names in Cyrillic, and in Japanese characters before a space -----------------------

_CYRILLIC_BARE = (
    "Фрагмент передачи «Разбор полёта» с кандидатом Максимом Суриным\n\n"
    "А.Ершов В прошлой части программы много говорили о Сталине, и в оценках вы позитивны…\n\n"
    "М.Сурин Я убеждённый сталинист. Для нас это прежде всего оборона и подготовка кадров.\n\n"
    "Ст.Кручинин И средства, которые при этом применялись, значения не имеют?\n\n"
    "М.Сурин Средства имеют значение, но оценивать эпоху только по ним нельзя.\n\n"
    "А.Ершов Если вас изберут, что вы сделаете в первый же день?\n\n"
    "М.Сурин Подпишу указ о национализации сырьевых компаний.\n\n"
    "Ст.Кручинин Спасибо. Это был «Разбор полёта».\n"
)


def test_a_name_with_its_initial_and_no_colon_labels_a_russian_turn():
    # "А.Ершов В …": the bare-name rule read Latin capitals only; the names stayed in the
    # questions and the outline named no one.
    assert asked(doc(_CYRILLIC_BARE)) == [
        ("А.Ершов", "В прошлой части программы много говорили о Сталине, и в оценках вы "
                    "позитивны…"),
        ("Ст.Кручинин", "И средства, которые при этом применялись, значения не имеют?"),
        ("А.Ершов", "Если вас изберут, что вы сделаете в первый же день?"),
    ]


def test_russian_paragraphs_opening_with_the_same_word_are_no_turns():
    # Must not: an article whose paragraphs often open with "Москва" or "Сегодня" has no
    # speakers: the words do not alternate as names do.
    text = (
        "Новости города\n\n"
        "Сегодня В центре открылась выставка, посвящённая истории метро.\n\n"
        "Сегодня Же в парке пройдёт концерт городского оркестра.\n\n"
        "Сегодня Вечером ожидается сильный дождь.\n\n"
        "Москва Готовится к празднику: на улицах ставят ёлки.\n\n"
        "Москва Встретит Новый год салютом.\n"
    )
    assert [speaker for speaker, _ in asked(doc(text))] == []


_JAPANESE_BARE = (
    "ボランティアの一揆 パネル討論\n\n"
    "加納　再び加納でございます。第2部のゲストをご紹介します。\n\n"
    "石田　よろしくお願いします。\n\n"
    "加納　自己紹介をお願いします。\n\n"
    "石田　兵庫県の西宮市から参りました。"
    "震災のとき、ボランティアセンターの調整役をしていました。\n\n"
    "加納　そのなかで、ボランティアの方たちの気持ちはどう変わっていったんですか。\n\n"
    "石田　手弁当で来てくださった方も、実費だけでも出してもらえないと続けられなくなりました。\n"
)


def test_a_japanese_name_and_a_space_before_each_turn_labels_it():
    # "加納　…": a panel record's names, no colon, no capital: the names stayed in the turns.
    questions = asked(doc(_JAPANESE_BARE))
    changed = "そのなかで、ボランティアの方たちの気持ちはどう変わっていったんですか。"
    assert ("加納", changed) in questions
    assert all(speaker == "加納" for speaker, _ in questions)


def test_japanese_paragraphs_opening_with_a_place_are_no_turns():
    # Must not: a news page whose paragraphs open with a place and a space ("東京　…") has
    # one such word, not names taking turns.
    text = (
        "各地の天気\n\n"
        "東京　晴れのち曇り。夜は雨が降るでしょう。\n\n"
        "東京　最高気温は十八度の予想です。\n\n"
        "大阪　一日晴れるでしょう。\n\n"
        "東京　あすは気温が下がります。\n\n"
        "東京　傘を忘れずに。\n"
    )
    assert asked(doc(text)) == []


# --- A question quoted inside the host's welcome ---------------------------------------------

_QUOTED_WELCOME = (
    "Yerel seçimlerde havada kalan vaatler\n\n"
    "Ömer Kandemir: Stüdyomuzda bir dinleyicimiz var. Bize, kimsenin üzerinde durmadığı bir "
    "soruyu, “Yerel yönetim niçin var?” sorusunu soran bir mektup yazdı. Biz de kendisini "
    "hemen konuşmaya davet ettik. Hoş geldiniz.\n\n"
    "Aydın Ergüven: Hoş bulduk.\n\n"
    "ÖK: O halde yerel yönetim kavramından başlayalım mı?\n\n"
    "AE: Yerel yönetim, evimizin kapısından çıktığımız anda içinde yaşadığımız düzen demek.\n\n"
    "ÖK: Peki bir seçmen olarak adaylardan ne istemeliyiz?\n\n"
    "AE: Somut bir plan. Hangi mahallede neyin ne zaman yapılacağını söyleyen bir plan.\n"
)


def test_a_welcome_quoting_a_listeners_question_is_no_question():
    # The "?" inside the quotation marks made the welcome a question, though the guest only
    # greeted back.
    assert [text for _, text in asked(doc(_QUOTED_WELCOME))] == [
        "O halde yerel yönetim kavramından başlayalım mı?",
        "Peki bir seçmen olarak adaylardan ne istemeliyiz?",
    ]


def test_a_welcome_asking_outside_its_quotation_still_asks():
    # Must not: a welcome that asks itself after the quotation is the first question.
    text = _QUOTED_WELCOME.replace(
        "Hoş geldiniz.\n\nAydın Ergüven: Hoş bulduk.",
        "Hoş geldiniz, nasılsınız?\n\nAydın Ergüven: İyiyim, teşekkürler, davetiniz için "
        "çok sağ olun, bu konuyu uzun zamandır konuşmak istiyordum.",
    )
    assert len(asked(doc(text))) == 3
