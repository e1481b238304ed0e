"""Layout rules found in the sixteenth round's real pages (a forum post quoting a press
conference's transcript, a Japanese Q&A with "Q1なぜ…?", a Japanese guide quoting its
questions first, a blog's footer under the last answer, a first request ending with ":", a
dashed question under a numbered section), each with a document it must catch and one it
must not."""

from __future__ import annotations

from reader.document.model import DocumentKind
from reader.document.structure.text.textcues import Prefix, split_prefix, word_count

from .test_structure_layouts import asked, doc

# --- The moderator named once in capitals -----------------------------------------------------

_PRESS = (
    "03-27-2025, 01:10 PM\nNicely done. Coach Ferris handled that well.\n\n"
    "03-27-2025, 01:36 PM\nSome of those questions though.......... <rolls eyes>\n\n"
    "03-27-2025, 02:31 PM\n\n03-27-2025, 02:38 PM\n\n"
    "Transcript is up: http://example-text.com/transcripts/hawks.html\n\n"
    "03-27-2025, 02:40 PM\nTranscript is up: http://example-text.com/transcripts/hawks.html\n\n"
    "Q. For the players, you've watched this team closely now. What will it take tomorrow?\n"
    "{moderator}: Owen, you start and we'll go down the row.\n\n"
    "OWEN BRANDT: We have to play with confidence and keep playing our own basketball.\n\n"
    "TOMASZ NOWAK: They're a good team. We have to get the ball to our guards.\n\n"
    "Q. Owen, how much did the loss in February change the way you practise?\n"
    "OWEN BRANDT: A lot, honestly. Every drill became a game.\n\n"
    "Q. Tomasz, is your ankle a hundred percent?\n"
    "TOMASZ NOWAK: It's good enough. I'll play.\n"
)


def test_a_moderator_named_once_in_capitals_opens_a_turn_of_his_own():
    document = doc(_PRESS.format(moderator="THE MODERATOR"))
    assert [text for _, text in asked(document)] == [
        "For the players, you've watched this team closely now. What will it take tomorrow?",
        "Owen, how much did the loss in February change the way you practise?",
        "Tomasz, is your ankle a hundred percent?",
    ]


def test_a_name_in_lower_case_once_stays_in_the_question_among_names_in_capitals():
    # Only a name written as the transcript writes its speakers (in capitals) is one.
    document = doc(_PRESS.format(moderator="The Moderator"))
    assert asked(document)[0][1].endswith("we'll go down the row.")


# --- Japanese and Chinese words, "Q1なぜ…?" ------------------------------------------------------


def test_kana_and_kanji_count_as_words_two_characters_each():
    assert word_count("目標にしている経営者はいますか?") >= 6
    assert word_count("Why is that?") == 3


_JA = (
    "新入社員から社長への質問\n\n"
    "{q1}なぜ社長になろうと思ったんですか?\n\n"
    "実は僕、社長になりたかったわけじゃないんだよね。そもそも興味もなくて。\n\n"
    "もう1つは、制作業界の既得権がだんだん薄れてきていたこと。\n\n"
    "{q2}目標にしている経営者はいますか?\n\n"
    "うーん、特定の誰かはいないかな。尊敬する人はたくさんいるけど。\n\n"
    "{q3}社長が一番うれしい瞬間はいつですか?\n\n"
    "社員が自分で考えて動いて、それがうまくいったとき。\n"
)


def test_a_numbered_q_against_a_japanese_question_is_its_label_and_the_question_stands_alone():
    document = doc(_JA.format(q1="Q1", q2="Q2", q3="Q3"))
    assert [text for _, text in asked(document)] == [
        "なぜ社長になろうと思ったんですか?",
        "目標にしている経営者はいますか?",
        "社長が一番うれしい瞬間はいつですか?",
    ]


def test_a_q_number_against_a_latin_word_is_no_label():
    # "Q1なぜ…" is labelled; "Q1results…" is a word as written (a quarter, a code).
    assert split_prefix("Q1なぜ社長になろうと思ったんですか?")[0] is Prefix.QUESTION
    assert split_prefix("Q1results came in lower than hoped?")[0] is Prefix.NONE


# --- Questions quoted first, then taken up one by one -----------------------------------------

_QUOTED = (
    "記者がインタビューで聞きたい質問リスト\n\n"
    "初めて取材を受ける起業家のために、よく聞く質問を紹介しよう。\n\n"
    "{list}\n\n"
    "なぜ起業したの?\n\n"
    "起業家の人となりを知るために、まず聞きたいのがこれだ。動機を聞けば人柄が見えてくる。\n\n"
    "どんなサービスを作っている?\n\n"
    "一言で説明できるかどうかで、サービスの輪郭がどれだけはっきりしているかがわかる。\n\n"
    "直近の目標は?\n\n"
    "半年後にどうなっていたいかを語れる起業家は、記事にしやすい。\n"
)


def test_questions_quoted_earlier_and_then_taken_up_are_a_guides():
    document = doc(_QUOTED.format(
        list="• 「なぜ起業したの?」\n• 「どんなサービスを作っている?」\n• 「直近の目標は?」"
    ))
    assert document.questions == ()


def test_questions_listed_unquoted_as_a_table_of_contents_are_asked():
    document = doc(_QUOTED.format(list="目次"))
    assert len(asked(document)) == 3


# --- A blog's footer under the last answer ------------------------------------------------------

_BLOG = (
    "Entrevista com a autora\n\n"
    "Qual é a emoção de ter seu livro publicado?\n\n"
    "É uma realização. Fiquei muito feliz por contar essa história.\n\n"
    "Onde busca inspiração?\n\n"
    "Em tudo. Um comentário ao meu lado, crianças correndo, uma frase.\n\n"
    "Qual é o seu autor favorito?\n\n"
    "Machado de Assis.\n\n"
    "Postado por Carla às 10:15\n\n"
    "{footer}\n\n"
    "{link}\n"
)


def test_a_line_ending_with_a_colon_over_a_link_is_no_question():
    document = doc(_BLOG.format(footer="Nenhum comentário:", link="Postar um comentário"))
    assert [text for _, text in asked(document)] == [
        "Qual é a emoção de ter seu livro publicado?",
        "Onde busca inspiração?",
        "Qual é o seu autor favorito?",
    ]


def test_a_line_ending_with_a_colon_over_a_sentence_is_a_question():
    document = doc(_BLOG.format(
        footer="E para terminar, um recado aos leitores:",
        link="Leiam sem pressa, e escrevam-me contando o que acharam do livro.",
    ))
    assert asked(document)[-1][1] == "E para terminar, um recado aos leitores:"


# --- A first request ending with ":" ----------------------------------------------------------

_FIRST = (
    "Entrevista com autor de livro\n\n"
    "{request}\n\n"
    "Gosto de dizer que é uma história de amizade, mas qual história não é? O resto, só lendo.\n\n"
    "Qual é a emoção de ver o livro publicado?\n\n"
    "É uma conquista. Não me considero escritor, eu conto histórias.\n\n"
    "Pretende publicar outro?\n\n"
    "Sim, já estou escrevendo a continuação, ainda sem nome.\n\n"
    "Onde busca inspiração?\n\n"
    "Em tudo: na rua, nos amigos, nas conversas de ônibus.\n"
)


def test_a_first_request_ending_with_a_colon_speaking_to_the_guest_is_a_question():
    document = doc(_FIRST.format(request="Conte um pouco mais sobre o seu livro:"))
    assert asked(document)[0][1] == "Conte um pouco mais sobre o seu livro:"
    assert len(asked(document)) == 4


def test_a_line_announcing_the_guest_with_a_colon_is_the_introduction():
    document = doc(_FIRST.format(request="Hoje o blog recebe o autor Rodrigo Veiga:"))
    assert asked(document)[0][1] == "Qual é a emoção de ver o livro publicado?"


# --- A dashed question under a numbered section -------------------------------------------------

_SECTIONS = (
    "Rozliczyć się. Rozmowa z Maciejem Gołyźniakiem\n\n"
    "Perkusista i kompozytor wyjaśnia mi, skąd wziął się tytuł jego płyty.\n\n"
    "1. OPOWIEDZIEĆ INNĄ HISTORIĘ\n\n"
    "{first}\n\n"
    "MACIEJ GOŁYŹNIAK: Szkoda, że tamten projekt się nie rozwinął. Ale chciałem opowiedzieć "
    "swoją historię.\n\n"
    "- Czy jazz był w tobie od początku?\n\n"
    "MACIEJ GOŁYŹNIAK: Słuchałem go od dziecka, w domu ojca.\n\n"
    "2. PŁYTA W SZACOWNEJ SERII\n\n"
    "- Jak trafiłeś do tej serii wydawniczej?\n\n"
    "MACIEJ GOŁYŹNIAK: Wysłałem nagrania bez większych nadziei.\n\n"
    "- Co dalej z triem?\n\n"
    "MACIEJ GOŁYŹNIAK: Gramy koncerty i piszemy drugą płytę.\n"
)


def test_a_dashed_question_right_under_a_numbered_section_is_a_turn():
    document = doc(
        _SECTIONS.format(first="- Trzy lata temu grałeś w supergrupie. Skąd taki zwrot?")
    )
    assert [text for _, text in asked(document)] == [
        "Trzy lata temu grałeś w supergrupie. Skąd taki zwrot?",
        "Czy jazz był w tobie od początku?",
        "Jak trafiłeś do tej serii wydawniczej?",
        "Co dalej z triem?",
    ]


def test_dashed_items_in_a_row_under_a_numbered_section_stay_a_list():
    document = doc(_SECTIONS.format(
        first="- Czy woda jest bezpieczna?\n- Suche skarpety.\n- Gotówka."
    ))
    assert "Czy woda jest bezpieczna?" not in [text for _, text in asked(document)]


def test_a_line_ending_with_a_colon_among_the_questions_keeps_a_short_answer():
    document = doc(
        "Questionário rápido\n\n"
        "Qual a sua maior qualidade?\n\nSou uma pessoa sincera e paciente com todos.\n\n"
        "Comida favorita:\n\nPizza de calabresa\n\n"
        "Qual o seu maior medo?\n\nPerder as pessoas que amo, sem dúvida nenhuma.\n\n"
        "Quem são os seus heróis?\n\nA minha família, sempre ao meu lado.\n"
    )
    assert "Comida favorita:" in [text for _, text in asked(document)]


# --- A title naming the questions to ask ------------------------------------------------------

_TO_ASK = (
    "{title}\n\n"
    "So what should you ask at your first visit?\n\n"
    "First Question: What's my illness?\n\n"
    "Before you agree to any treatment, you need to know your diagnosis and its causes.\n\n"
    "Second Question: What is the treatment?\n\n"
    "Once you know the illness, find out the main choices and the risks of each of them.\n\n"
    "Third Question: What else should I do?\n\n"
    "Diet, exercise and sleep: small changes often matter as much as the pills.\n"
)


def test_a_title_naming_the_questions_to_ask_makes_an_article():
    document = doc(_TO_ASK.format(title="Three Questions to Ask the Doctor at Your First Visit"))
    assert document.questions == ()
    assert document.kind is not DocumentKind.INTERVIEW


def test_a_title_naming_questions_for_someone_keeps_the_interview():
    document = doc(_TO_ASK.format(title="Three questions for Dr Ruth Ellery"))
    assert document.kind is DocumentKind.INTERVIEW
    assert "What's my illness?" in [text for _, text in asked(document)]
