"""Layout rules found in the twenty-fifth round's pages: the words "question" and "answer"
labelling turns in languages the short labels do not know ("Spørsmål:" / "Svar:",
"ΕΡΩΤΗΣΗ 1: -" / "ΑΠΑΝΤΗΣΗ 1:", "提问："), glued where a page's lines broke; a label numbered
with its turn in a language no list knows ("DEMANDO 1:"); a Japanese page's interviewer lines
opened by a dash mark with no blank line anywhere, asking by request ("…お願いします").
Each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind
from reader.document.structure.text.textcues import Prefix, split_prefix

from .test_structure_layouts import asked, doc

# --- The words "question" and "answer" as labels ---------------------------------------------


def test_question_and_answer_words_of_many_languages_are_labels():
    for question, answer in [
        ("Spørsmål: Hvor lenge har du vært rektor?", "Svar: I snart ti år."),
        ("Kérdés: Mióta tanítasz itt?", "Válasz: Nyolc éve."),
        ("ΕΡΩΤΗΣΗ 1: - Πόσο καιρό είστε Πρόεδρος;", "ΑΠΑΝΤΗΣΗ 1: - Έξι χρόνια."),
        ("Вопрос: Как давно вы работаете?", "Ответ: Пятнадцать лет."),
        ("QUESTÃO 2: O que mais gosta na escola?", "Resposta: Dos alunos."),
        ("PYTANIE 3. Jakie ma pani hobby?", "ODPOWIEDŹ: Ogród."),
        ("Întrebare: De când predați?", "Răspuns: De zece ani."),
        ("Soru – Ne zamandır buradasınız?", "Cevap – On yıldır."),
        ("質問：仕事で大変なことは何ですか。", "回答：締め切りです。"),
        ("Pertanyaan: Sejak kapan ibu mengajar?", "Jawaban: Sejak 2005."),
    ]:
        assert split_prefix(question)[0] is Prefix.QUESTION, question
        assert split_prefix(answer)[0] is Prefix.ANSWER, answer


def test_labels_glued_where_the_lines_broke_are_cut_apart():
    document = doc(
        "Συνέντευξη με τον Πρόεδρο\n"
        "\n"
        "Οι μαθήτριες ρώτησαν τον Πρόεδρο για το χωριό.\n"
        "\n"
        "ΕΡΩΤΗΣΗ 1: - Πόσο καιρό είστε Πρόεδρος της\n"
        "κοινότητας;\n"
        "ΑΠΑΝΤΗΣΗ 1: - Έξι χρόνια.\n"
        "ΕΡΩΤΗΣΗ 2: – Πόσοι άνθρωποι μένουν\n"
        "στο χωριό;\n"
        "ΑΠΑΝΤΗΣΗ 2: Περίπου τριακόσιοι.\n"
        "ΕΡΩΤΗΣΗ 3: – Πείτε μας κάτι που σας αρέσει εδώ.\n"
        "ΑΠΑΝΤΗΣΗ 3: Η ησυχία.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Πόσο καιρό είστε Πρόεδρος της κοινότητας;",
        "Πόσοι άνθρωποι μένουν στο χωριό;",
        "Πείτε μας κάτι που σας αρέσει εδώ.",
    ]


def test_a_labelled_question_glued_to_the_guests_named_answer_is_cut_apart():
    document = doc(
        "学生提问校长作答\n"
        "\n"
        "提问：校长怎么看待补习班？王志远：弊大于利，会打乱正常的学习节奏。\n"
        "\n"
        "提问：校长怎么看待早恋？\n"
        "\n"
        "王志远：我不赞成，但也不会随便给学生贴标签。\n"
        "\n"
        "提问：校长还记得自己读高中时的事吗？\n"
        "\n"
        "王志远：那时候我们一周只休息一天。\n"
    )
    assert [text for _, text in asked(document)] == [
        "校长怎么看待补习班？",
        "校长怎么看待早恋？",
        "校长还记得自己读高中时的事吗？",
    ]


def test_the_words_opening_ordinary_sentences_are_no_labels():
    assert split_prefix("Svar kom aldri fra kommunen.")[0] is Prefix.NONE
    assert split_prefix("Soru işaretleri hâlâ duruyor.")[0] is Prefix.NONE
    document = doc(
        "Kommunen svarer ikke\n"
        "\n"
        "Foreldrene sendte et brev til kommunen i mars.\n"
        "\n"
        "Svar: ingen. Brevet ble liggende i tre måneder.\n"
        "\n"
        "Nå vil foreldrene ta saken opp i bystyret.\n"
    )
    assert asked(document) == []


# --- A label numbered with its turn -------------------------------------------------------------


def test_a_label_numbered_with_its_turn_in_an_unknown_language_is_one_label():
    document = doc(
        "Intervjuo kun la direktoro\n"
        "\n"
        "DEMANDO 1: Kiom longe vi laboras ĉi tie?\n"
        "\n"
        "RESPONDO 1: Dek jarojn.\n"
        "\n"
        "DEMANDO 2: Kio plej plaĉas al vi?\n"
        "\n"
        "RESPONDO 2: La infanoj kaj la biblioteko.\n"
        "\n"
        "DEMANDO 3: Kion vi faras libertempe?\n"
        "\n"
        "RESPONDO 3: Mi legas kaj biciklas.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Kiom longe vi laboras ĉi tie?",
        "Kio plej plaĉas al vi?",
        "Kion vi faras libertempe?",
    ]


def test_a_forms_fields_are_no_numbered_labels():
    document = doc(
        "Fișă de înscriere\n"
        "\n"
        "Nume: Pop Maria\n"
        "\n"
        "Clasa 5: a V-a B\n"
        "\n"
        "Clasa 6: a VI-a B\n"
        "\n"
        "Clasa 7: a VII-a B\n"
        "\n"
        "Data: 12 martie\n"
    )
    assert asked(document) == []


# --- A Japanese page's dashed interviewer lines, no blank line -------------------------------


def test_dashed_interviewer_lines_with_no_blank_line_are_questions():
    document = doc(
        "生徒会長インタビュー\n"
        "ーじゃあまず自己紹介をお願いします\n"
        "生徒会長をやっています、高橋です。\n"
        "ーよろしくお願いします\n"
        "よろしくお願いします\n"
        "ー生徒会長の仕事内容を教えてください\n"
        "文化祭では、いろいろな部門の手伝いをしています。\n"
        "ー生徒会長になろうと思ったきっかけは何ですか？\n"
        "先輩の背中を見て、かっこいいなと憧れたのがきっかけです。\n"
    )
    assert document.title == "生徒会長インタビュー"
    assert [text for _, text in asked(document)] == [
        "じゃあまず自己紹介をお願いします",
        "生徒会長の仕事内容を教えてください",
        "生徒会長になろうと思ったきっかけは何ですか？",
    ]


def test_a_dash_setting_off_an_aside_asks_nothing():
    document = doc(
        "干し柿\n"
        "干し柿が完成した。今年は実家の渋柿が不作で、工面するのに苦労した。\n"
        "――それでも、なんとか作ることができた。\n"
        "皮をむいて軒下に吊るすと、祖母の家の冬を思い出す。\n"
        "――あの家も、もうない。\n"
        "それでも毎年、干し柿だけは作り続けている。\n"
        "――来年もまた作ろうと思う。\n"
        "今年の出来は、まずまずである。\n"
    )
    assert asked(document) == []
