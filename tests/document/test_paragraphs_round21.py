"""Paragraphs of round 21: where a copied text's paragraphs and turns begin when the copy lost
its blank lines. A Chinese or Japanese text's line that ends a sentence ends its paragraph
(no wrap broke it: such a text has no words to leave room for), unless its lines share one
wrap's width or it goes on (a comma, a colon, a hanging dash); a reply's label glued to the
question mark before it ("…?Resposta do Diretor: …", "…?赵川:…") opens the reply when the page
uses the label for turns elsewhere; a dashed answer's lines in a text wrapped at a known width
go on where the wrap broke them, and a numbered question under them stands apart. Each with
pages it must catch (they fail on the code before this round) and pages it must not break; no
character is lost or moved."""

from __future__ import annotations

import textwrap

from .test_structure_layouts import asked, doc


def _kept(text: str, document) -> bool:
    """Whether every character of ``text`` but white space is in the document, in order."""
    shown = "".join(b.text for b in document.blocks)
    return "".join(text.split()) == "".join(shown.split())


def _paragraphs(document) -> list[str]:
    return [b.text for b in document.blocks]


# --- must catch ---------------------------------------------------------------------------


def test_chinese_turns_one_pair_a_line_the_reply_glued_to_the_question_are_read():
    text = (
        "慢慢走,也能到\n"
        "这次采访约在一家小书店。她说自己写得很慢,一年只写一本。\n"
        "记者:你为什么一直坚持手写?李岚:我喜欢笔尖碰到纸的声音。写得慢,想得就多一点。\n"
        "记者:写作之外你做什么?李岚:种花,散步,偶尔去河边钓鱼。\n"
        "记者:下一本书写什么?李岚:还没想好,也许写我外婆的村子。\n"
    )
    page = doc(text)
    assert asked(page) == [
        ("记者", "你为什么一直坚持手写?"),
        ("记者", "写作之外你做什么?"),
        ("记者", "下一本书写什么?"),
    ]
    assert page.title == "慢慢走,也能到"
    assert _kept(text, page)


def test_a_japanese_panels_record_one_turn_a_line_is_read_turn_by_turn():
    text = (
        "第1部 まちの記憶をつなぐ\n"
        "司会 森下 亮(市民活動センター)\n"
        "森下 それでは始めます。まず大野さん、自己紹介をお願いします。\n"
        "大野 商店街で古本屋を営んでいる大野です。三十年ほど続けています。\n"
        "森下 店を続けるなかで、いちばん大変だったことは何ですか。\n"
        "大野 やはり大型店ができたときですね。お客さんが半分になりました。\n"
        "森下 それでも続けられたのはなぜでしょうか。\n"
        "大野 常連さんが毎週来てくれたからです。それだけです。\n"
    )
    page = doc(text)
    headings = [heading for _, heading in asked(page)]
    assert "店を続けるなかで、いちばん大変だったことは何ですか。" in headings
    assert "それでも続けられたのはなぜでしょうか。" in headings
    assert _kept(text, page)


def test_a_question_glued_to_its_answers_label_is_asked_apart():
    text = (
        "Conheça a diretora da escola\n"
        "1ª PERGUNTA: Quando a senhora chegou à escola?\n"
        "Resposta da Diretora: Cheguei em 2010, como professora de ciências.\n"
        "2ª PERGUNTA: O que mais mudou desde então?"
        "Resposta da Diretora: A biblioteca, que hoje abre também aos sábados.\n"
        "3ª PERGUNTA: Qual é o maior desafio deste ano?\n"
        "Resposta da Diretora: Trazer as famílias para dentro da escola.\n"
    )
    page = doc(text)
    headings = [heading for _, heading in asked(page)]
    assert any(h.endswith("O que mais mudou desde então?") for h in headings)
    assert not any("biblioteca" in h for h in headings)
    assert _kept(text, page)


_WRAPPED_TURNS = (
    "Entrevista\n"
    + textwrap.fill(
        "Hoy Lucía y Pablo, del periódico del instituto, entrevistamos a dos alumnos de "
        "bachillerato que se despiden del centro este año, Andrés y Carla.", 88) + "\n"
    + textwrap.fill(
        "1- Bueno, sabemos que es vuestro último curso en el centro, ¿Qué tal ha sido vuestra "
        "etapa aquí?", 88) + "\n"
    "- ANDRÉS: pues muy bien, la verdad, porque somos pocos alumnos y todos nos conocemos, y\n"
    "los profesores nos ayudan mucho.\n"
    "2- Este año habéis ido de viaje de fin de curso, ¿cómo fue la experiencia?\n"
    "- CARLA: fue precioso, teníamos muchísimas ganas de ir y por fin hemos visto la ciudad\n"
    "de verdad, no solo en fotos y en vídeos.\n"
    "3- ¿Qué pensáis estudiar el año que viene?\n"
    "- ANDRÉS: yo quiero estudiar Historia, aunque todavía me lo estoy pensando un poco, la\n"
    "verdad.\n"
)


def test_a_numbered_question_under_a_wrapped_dashed_answer_stands_apart():
    page = doc(_WRAPPED_TURNS)
    headings = [heading for _, heading in asked(page)]
    assert "Este año habéis ido de viaje de fin de curso, ¿cómo fue la experiencia?" in headings
    assert "¿Qué pensáis estudiar el año que viene?" in headings
    # The answer's line the wrap broke goes on with it.
    assert any(p.endswith("y todos nos conocemos, y los profesores nos ayudan mucho.")
               for p in _paragraphs(page))
    assert _kept(_WRAPPED_TURNS.replace("\n- ", "\n"), page)  # the dashes are list marks


# --- must not break -----------------------------------------------------------------------


def test_a_japanese_blogs_lines_broken_by_hand_with_a_hanging_dash_stay_one_paragraph():
    text = (
        "旅の記録\n\n"
        "人に話を聞くというのは――\n"
        "聞くより、待つほうが難しいように思います。\n\n"
        "今日も少し、待ちすぎたかもしれない――\n"
        "そんな気がしています。\n"
    )
    page = doc(text)
    joined = "人に話を聞くというのは―― 聞くより、待つほうが難しいように思います。"
    assert joined in _paragraphs(page)
    assert page.title == "旅の記録"


def test_a_chinese_text_wrapped_at_one_width_keeps_its_paragraphs_whole():
    paragraph = (
        "这座小城的春天来得很晚。三月底河边的柳树才发芽,镇上的人却早早换上了薄衣服,"
        "好像只要衣服换了,春天就会跟着来。我在这里住了十年,每年都看见同样的事情。"
    )
    lines = textwrap.wrap(paragraph, 20)
    text = "小城的春天\n\n" + "\n".join(lines) + "\n"
    page = doc(text)
    # One paragraph, its lines joined (by spaces, as a soft line break is shown).
    assert paragraph in ["".join(p.split()) for p in _paragraphs(page)]


def test_a_label_on_its_own_line_stays_with_its_words():
    text = (
        "聞き手に聞いてみた\n\n"
        "tomo:\n"
        "いま、どんな仕事をしていますか?\n\n"
        "ゆき:\n"
        "カナダで、同じ時間帯に住む人たちに話を聞いています。\n\n"
        "tomo:\n"
        "いちばん楽しいのはどんなときですか?\n\n"
        "ゆき:\n"
        "思ってもいない答えが返ってきたときです。\n"
    )
    page = doc(text)
    assert asked(page) == [
        ("tomo", "いま、どんな仕事をしていますか?"),
        ("tomo", "いちばん楽しいのはどんなときですか?"),
    ]


def test_a_word_and_colon_after_a_question_mark_used_once_is_no_reply():
    text = (
        "Notes from the reading group\n\n"
        "We met on Thursday to talk about the novel. Who chose it?Maria: she always does, "
        "and nobody minds.\n\n"
        "Next month we read something shorter, and we meet at the library again.\n"
    )
    page = doc(text)
    assert any("Who chose it?Maria: she always does" in p for p in _paragraphs(page))


def test_a_bullet_wrapped_onto_a_lower_case_line_stays_one_item():
    text = (
        "Packing list for the school trip\n"
        + textwrap.fill(
            "Please bring the following things with you on Monday morning, packed in one bag "
            "that you can carry yourself up the hill to the hostel.", 80) + "\n"
        "- a warm jacket, a hat and gloves, because the evenings in the mountains can be cold\n"
        "and windy even in May.\n"
        "- a water bottle and a small packed lunch for the first day of the trip.\n"
        "- walking boots that you have already worn a few times before the trip.\n"
    )
    page = doc(text)
    assert any(p.endswith("can be cold and windy even in May.") for p in _paragraphs(page))
    assert not page.questions
