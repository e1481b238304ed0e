"""Round 43: the released sixth fresh set (heldout20) as a development set. Each rule reads what
the page itself repeats (a title in front of a recurring name, one frame around each reader's
name, a label-colon-dash before every turn), with a text it must catch (each fails on the code
before this round) and one it must not. The texts are reworded: no fixture page is pasted."""

from __future__ import annotations

from reader.document.structure.lines.namedturns import _line_start_for_title
from reader.document.structure.speakers.answerforms import _same_label_shape

from .test_structure_layouts import asked, doc


def texts(document) -> list[str]:
    return [text for _, text in asked(document)]


# --- a title in front of the guest's name on every answer line ("Kỹ sư Name:") ---------------

VIETNAMESE_TITLED_GUEST = (
    "Báo Miền Sông Nước\n"
    "Trang chủ\n"
    "Xã hội\n"
    "Nông nghiệp\n"
    "Trang chủ / Nông nghiệp\n\n"
    "Thứ Hai, 3/6/2024 09:40 (GMT+7)\n\n"
    "Bác sĩ Trần Thu Hà: \"Trạm y tế xã là nơi tôi muốn ở lại\"\n\n"
    "Sau mười năm ở bệnh viện tỉnh, bác sĩ Trần Thu Hà xin về trạm y tế xã nhà.\n\n"
    "PV: Điều gì khiến chị rời bệnh viện tỉnh?\n"
    "Bác sĩ Trần Thu Hà: Mẹ tôi ốm nặng, và tôi thấy xã mình thiếu người khám bệnh.\n\n"
    "PV: Một ngày ở trạm y tế của chị ra sao?\n"
    "Bác sĩ Trần Thu Hà: Sáng tiêm chủng cho trẻ, chiều đi khám cho các cụ ở xa.\n\n"
    "PV: Người dân có tin trạm y tế không?\n"
    "Bác sĩ Trần Thu Hà: Lúc đầu thì chưa. Bây giờ sáng nào cũng đông người chờ.\n\n"
    "PV: Chị mong muốn điều gì nhất?\n"
    "Bác sĩ Trần Thu Hà: Có thêm một điều dưỡng và một máy siêu âm.\n\n"
    "Thanh Vân (thực hiện)\n"
)


def test_a_title_before_the_guests_name_stays_on_the_answer_line() -> None:
    assert texts(doc(VIETNAMESE_TITLED_GUEST)) == [
        "Điều gì khiến chị rời bệnh viện tỉnh?",
        "Một ngày ở trạm y tế của chị ra sao?",
        "Người dân có tin trạm y tế không?",
        "Chị mong muốn điều gì nhất?",
    ]


def test_a_turn_after_a_sentence_or_a_wrapped_line_still_opens_at_the_name() -> None:
    # The words before the name end a sentence, or run on from the line above in lower case,
    # or are too many for a title: the turn opens at the name, as before.
    text = "PV: Vì sao?\u2028Đúng vậy. Trần Thu Hà: Tôi về."
    assert _line_start_for_title(text, text.index("Trần")) == text.index("Trần")
    text = "Anna: we went\u2028there Bob Lee: yes"
    assert _line_start_for_title(text, text.index("Bob")) == text.index("Bob")
    text = "Q: Why?\u2028Then on that day Bob Lee: yes"
    assert _line_start_for_title(text, text.index("Bob")) == text.index("Bob")
    # On the block's first line the words before the name are its own label's ("Marta Wrona:"
    # offering the recurring surname "Wrona"): cut where the name is, as before.
    text = "Marta Wrona: Czy pamiętasz? Halina Wrona: Tak."
    assert _line_start_for_title(text, text.index("Wrona")) == text.index("Wrona")
    text = "Q: Why?\u2028Dr Bob Lee: yes"
    assert _line_start_for_title(text, text.index("Bob")) == text.index("Dr")


# --- a readers' column: each letter's writer named once, in one frame ------------------------

HEALTH_COLUMN = (
    "东江日报 · 生活周刊\n"
    "首页 ＞ 生活 ＞ 医生信箱\n\n"
    "医生信箱：老人晚上睡不着怎么办？\n\n"
    "2024年05月12日　来源：东江日报　作者：本报记者 何敏\n\n"
    "本期请市中医院老年科主任医师孙立为读者解答。\n\n"
    "读者李先生来信：\n"
    "我父亲七十五岁，每天晚上两点就醒，白天又总打瞌睡。这种情况需要吃药吗？\n\n"
    "孙立：\n"
    "老人睡眠变浅很常见，先不要急着吃安眠药。白天多晒太阳、少睡午觉，晚饭别吃太饱，"
    "睡前不看手机。如果连续几周都睡不好，或者白天头晕、心慌，要到医院睡眠门诊做个检查。\n\n"
    "读者小赵来信：\n"
    "我奶奶总说腿抽筋，晚上疼得睡不好，是不是缺钙引起的？\n\n"
    "孙立：\n"
    "抽筋不一定是缺钙，也可能和受凉、血管问题有关。晚上睡觉注意给腿保暖，睡前用热水泡脚，"
    "白天适当走动。抽筋次数多、腿还发凉发麻的话，建议到血管外科门诊查一查。\n\n"
    "（来信请寄：yisheng@djrb.example.cn）\n"
)


def test_every_letter_writers_label_of_the_same_frame_is_left_out() -> None:
    assert texts(doc(HEALTH_COLUMN)) == [
        "我父亲七十五岁，每天晚上两点就醒，白天又总打瞌睡。这种情况需要吃药吗？",
        "我奶奶总说腿抽筋，晚上疼得睡不好，是不是缺钙引起的？",
    ]


def test_a_label_of_another_shape_is_no_letter_writers() -> None:
    assert _same_label_shape("读者王女士来信", "读者小陈来信")
    assert _same_label_shape("Reader Ann asks", "Reader Tom asks")
    assert not _same_label_shape("读者王女士来信", "编者按")
    assert not _same_label_shape("Marta Quiroga", "Julio Lagos")
    assert not _same_label_shape("读者王女士来信", "读者王女士来信")


# --- a roundup: a programme's label, a colon and a dash before each question -----------------

QUESTIONS_OF_THE_WEEK = (
    "ВОПРОСЫ НЕДЕЛИ\n\n"
    "Газета «Приокский край», № 22, 7 июня 2024\n\n"
    "ЭФИР\n\n"
    "«Доброе утро, Ока», радио «Волна»: — Вы тридцать лет учите детей рисовать. "
    "Это можно выучить?\n\n"
    "Вера Зимина, художница: — Можно. Главное — не бояться испортить лист.\n\n"
    "«Итоги дня», телеканал «Край»: — Паром обещают пустить в июле. Вы верите?\n\n"
    "Сергей Рябов, паромщик: — Верю, потому что катер уже покрасили.\n\n"
    "«Наш дом», телеканал «Область-1»: — Зачем вы вернулись из Москвы в село?\n\n"
    "Нина Горелова, пасечница: — Пчёлы не ждут, а в Москве пчёл нет.\n\n"
    "Подготовил Игорь Седов\n"
)


def test_a_programme_label_and_dash_are_left_out_of_each_question() -> None:
    assert texts(doc(QUESTIONS_OF_THE_WEEK)) == [
        "Вы тридцать лет учите детей рисовать. Это можно выучить?",
        "Паром обещают пустить в июле. Вы верите?",
        "Зачем вы вернулись из Москвы в село?",
    ]


DASHED_DIALOGUE_ASKING_IN_TURN = (
    "Спор в студии\n\n"
    "Ведущая передачи: — Вы согласны с решением совета?\n\n"
    "Гость из области: — А вы сами согласны?\n\n"
    "Ведущая передачи: — Я спрашиваю вас. Что скажете?\n\n"
    "Гость из области: — Скажу, что совет поторопился, и объясню почему.\n"
)


def test_labels_asking_in_turn_keep_their_lines_whole() -> None:
    # The guest's first line asks back: the host's first question keeps its label and dash.
    found = texts(doc(DASHED_DIALOGUE_ASKING_IN_TURN))
    assert "Ведущая передачи: — Вы согласны с решением совета?" in found


def test_a_dashed_label_over_an_unlabelled_answer_is_not_cut() -> None:
    from reader.document.structure.questions.dashedlabels import _DASHED_LABEL

    # Only a label, a colon and a dash count; a sentence before the colon is no label.
    assert _DASHED_LABEL.match("Он сказал. Потом: — Пойдём?") is None
    assert _DASHED_LABEL.match("«Итоги дня», телеканал «Край»: — Паром?") is not None
