"""Named-speaker rules of the third speakers round (labels on every line in Chinese and
Japanese, labels on their own line above the turn, hosts' remarks), each with a document it
must catch and one it must not."""

from __future__ import annotations

from .test_structure_layouts import asked, doc

# --- Labelled lines with no blank line anywhere, under a few head lines -------------------------

_CHINESE_TRANSCRIPT = (
    "老编辑做客演播室：我与报社的四十年\n"
    "以下是访谈文字实录：\n"
    "刚进报社的日子\n"
    "主持人：各位网友上午好，今天的嘉宾是老编辑周明远，欢迎周老师。\n"
    "周明远：您好，网友们大家好。\n"
    "主持人：您还记得刚进报社时的情形吗？\n"
    "周明远：记得很清楚。我先在印刷厂当车工，师傅是厂里技术最好的老师傅。\n"
    "主持人：后来您去了非洲当记者，那段经历对您影响大吗？\n"
    "周明远：影响非常大，我学会了在艰苦的地方按时发稿。\n"
    "主持人：谢谢周老师。\n"
    "周明远：谢谢大家。\n"
)


def test_chinese_turns_on_every_line_under_head_lines_are_cut_apart_and_named():
    # The page has no blank line: its head lines and turns were one paragraph. The welcome
    # answered in kind ("网友") and the closing thanks are no questions.
    assert asked(doc(_CHINESE_TRANSCRIPT)) == [
        ("主持人", "您还记得刚进报社时的情形吗？"),
        ("主持人", "后来您去了非洲当记者，那段经历对您影响大吗？"),
    ]


def test_a_label_inside_hard_wrapped_prose_leaves_the_paragraph_whole():
    # One "Note:" line among wrapped lines of prose, and a label opening a line that a hard
    # wrap broke mid-sentence: no turns, no questions.
    document = doc(
        "Club news\n\n"
        "The committee met on Tuesday and agreed the summer programme for the\n"
        "junior section, which starts in May and runs until the end of the school\n"
        "Note: the clubhouse will be closed for repairs during the first week and\n"
        "members are asked to use the side entrance until the work is done, as\n"
        "agreed at the meeting.\n"
    )
    assert asked(document) == []
