"""Round 42: interviews of layouts never seen. Each rule reads what the page itself shows (its
script's asking mark, its own question labels, its own names), with a text it must catch
(each fails on the code before this round) and one it must not. The layouts are reworded: no
text of a fixture page is pasted here."""

from __future__ import annotations

from reader.document.structure.lines.labelwraps import label_goes_on
from reader.document.structure.questions.askedfirst import asks_first
from reader.document.structure.questions.namedpair import named_pair_cut
from reader.document.structure.text.cues import Cues
from reader.document.structure.text.endings import Ending, ending
from reader.document.structure.text.stressmarks import asks_inside

from .test_structure_layouts import asked, corpus_page, doc


def texts(document) -> list[str]:
    return [text for _, text in asked(document)]


# --- Armenian asks with "՞" on a word, and ends its sentence with ":" ------------------------

ARMENIAN_BLITZ = (
    "Մեր բլոգը\n"
    "Գլխավոր  Հոդվածներ  Կապ\n\n"
    "Արագ հարցեր. զրույց Նարեկ Հակոբյանի հետ\n"
    "03.05.2020 | 11:15\n\n"
    "Շարքի չորրորդ զրուցակիցը երաժիշտ Նարեկ Հակոբյանն էր: Խոսեցինք երաժշտությունից, "
    "մանկությունից եւ ծովից: Նա պատասխանում էր արագ ու անկեղծ, եւ զրույցը ստացվեց ուրախ:\n"
    "Ծանոթացեք Նարեկի հետ.\n"
    "– Ո՞ր երգն եք վերջերս լսել\n"
    "– Հին ժողովրդական մի երգ, որը տատս էր երգում ամեն երեկո, երբ մենք փոքր էինք:\n"
    "– Ինչո՞ւ ընտրեցիք ջութակը\n"
    "– Որովհետեւ հայրս ջութակահար էր, եւ մեր տանը միշտ երաժշտություն էր հնչում:\n"
    "– Ո՞ւր կուզենայիք նվագել\n"
    "– Ծովի ափին, մայրամուտին, առանց հանդիսատեսի, միայն ալիքների համար:\n"
    "– Ո՞վ է Ձեր սիրելի կոմպոզիտորը\n"
    "– Կոմիտասը, իհարկե: Նրա երգերը ինձ միշտ տուն են տանում, որտեղ էլ որ լինեմ:\n\n"
    "Պիտակներ: զրույց, երաժշտություն\n"
    "Կիսվել  Facebook\n"
)


def test_armenian_questions_marked_on_a_word_are_read_without_a_final_mark() -> None:
    assert texts(doc(ARMENIAN_BLITZ)) == [
        "Ո՞ր երգն եք վերջերս լսել",
        "Ինչո՞ւ ընտրեցիք ջութակը",
        "Ո՞ւր կուզենայիք նվագել",
        "Ո՞վ է Ձեր սիրելի կոմպոզիտորը",
    ]


def test_an_armenian_article_without_the_mark_asks_nothing() -> None:
    article = (
        "Քաղաքային լուրեր\n\n"
        "Նոր զբոսայգի կբացվի\n\n"
        "Քաղաքապետարանը հայտնեց, որ աշնանը կբացվի նոր զբոսայգի:\n"
        "Այնտեղ կտնկվեն հարյուր ծառեր:\n"
        "Աշխատանքները կավարտվեն սեպտեմբերին:\n"
    )
    assert asked(doc(article)) == []


def test_the_armenian_mark_counts_in_the_last_sentence_only() -> None:
    assert asks_inside("Եթե անտեսանելի լինեիք, ի՞նչ կանեիք")
    assert ending("Ո՞վ եք դուք:") is Ending.QUESTION
    # an earlier sentence asked; the last one tells
    assert not asks_inside("Ո՞վ էր նա: Նա իմ ընկերն էր:")
    # Armenian's ":" is its full stop, announcing nothing; a Latin colon still announces
    assert ending("Ամենաուրախ օրը:") is Ending.NONE
    assert ending("Here is the list:") is Ending.COLON


# --- A question's numbered label line broken by hand before the question ends ---------------

SPLIT_LABELS = (
    "株式会社サクラ物流 採用情報\n\n"
    "先輩インタビュー\n"
    "営業部 2018年入社\n\n"
    "Q1.入社を決めた\n"
    "理由は何ですか?\n"
    "説明会で社員の方々が楽しそうに働いていたのが決め手でした。雰囲気の良さは入社後も変わりません。\n"
    "Q2.仕事で大切にしている\n"
    "ことはありますか?\n"
    "お客様の話を最後まで聞くことです。急いでいるときほど意識しています。\n"
    "Q3.学生の皆さんへ\n"
    "メッセージをお願いします。\n"
    "気になることは何でも質問してください。きっと答えが見つかります。\n"
)


def test_a_numbered_label_line_goes_on_in_the_short_line_that_ends_its_question() -> None:
    assert texts(doc(SPLIT_LABELS)) == [
        "入社を決めた 理由は何ですか?",
        "仕事で大切にしている ことはありますか?",
        "学生の皆さんへ メッセージをお願いします。",
    ]


def test_a_short_heading_without_a_label_still_stands_over_its_paragraph() -> None:
    assert not label_goes_on("仕事の魅力", "毎日が新しい発見です。", 22)
    assert not label_goes_on("Q1.入社を決めた理由は何ですか?", "説明会です。", 12)  # ended
    assert label_goes_on("Q1.入社を決めた", "理由は何ですか?", 16)
    # the line under it is an answer's paragraph, not the question's second half
    answer = "説明会で社員の方々が楽しそうに働いていたのが決め手でした。"
    assert not label_goes_on("Q1.入社を決めた", answer, 58)


# --- A Hindi page naming its interview over "…? - answer" paragraphs ------------------------

HINDI_SET_OFF = (
    "फ़िल्मी दुनिया\n\n"
    "इंटरव्यू\n\n"
    "'मेरे लिए हर किरदार नया है' - अनुज सक्सेना\n\n"
    "अभिनेता अनुज सक्सेना से हमारी बातचीत।\n\n"
    "अभिनय की शुरुआत कैसे हुई? - कॉलेज के नाटकों से। वहीं से मुझे मंच का चस्का लगा।\n\n"
    "पहला बड़ा ब्रेक कब मिला? - एक विज्ञापन के बाद एक निर्देशक ने फ़ोन किया और मैं चुन लिया गया।\n\n"
    "आगे क्या करने वाले हैं? - एक वेब सीरीज़ की शूटिंग चल रही है, जल्द ही रिलीज़ होगी।\n"
)


def test_questions_set_off_by_a_dash_under_a_hindi_interview_s_name_are_read() -> None:
    assert texts(doc(HINDI_SET_OFF)) == [
        "अभिनय की शुरुआत कैसे हुई?",
        "पहला बड़ा ब्रेक कब मिला?",
        "आगे क्या करने वाले हैं?",
    ]


def test_a_hindi_story_setting_off_what_happened_is_no_interview() -> None:
    story = (
        "बारिश की रात\n\n"
        "रमेश ने दरवाज़ा खटखटाया।\n\n"
        "कौन है? - कोई जवाब नहीं आया, बस हवा की आवाज़ थी।\n\n"
        "फिर से पूछा, कोई है? - इस बार एक बिल्ली खिड़की से कूदकर भाग गई।\n\n"
        "क्या यह सपना था? - सुबह तक वह यही सोचता रहा।\n"
    )
    assert asked(doc(story)) == []


# --- Two names said once, over the first question and the first answer ---------------------

def test_the_interviewer_s_name_over_the_first_question_is_no_part_of_it() -> None:
    # the guest's name opens the answer under it, said once too; the later questions are bare
    page = corpus_page("tr-gazete-emulakat-ilk-soru-isimli-sonra-isimsiz.txt")
    assert texts(page)[0] == (
        "Kemal Bey, ricam şu: okuyucularımız için kendinizi kısaca tanıtır mısınız?")


def _cues(*paragraphs: str) -> Cues:
    blocks = doc("\n\n".join(paragraphs)).blocks
    return Cues(blocks, 0, len(blocks))


def test_two_names_asking_in_turn_or_one_name_going_on_keep_their_words() -> None:
    asked_in_turn = _cues(
        "Ayla Demir: Bu sergiyi gördünüz mü?", "Murat Kaya: Hangisini, şehirdekini mi?",
    )
    assert named_pair_cut(asked_in_turn, 0) == 0  # a conversation: each line whole
    going_on = _cues(
        "Ayla Demir: Bu sergiyi gördünüz mü?", "Ayla Demir: Ben dün gittim, çok kalabalıktı.",
    )
    assert named_pair_cut(going_on, 0) == 0  # the same name: nobody answers
    answered = _cues(
        "Ayla Demir: Bu sergiyi gördünüz mü?", "Murat Kaya: Evet, dün gördüm, çok beğendim.",
    )
    assert named_pair_cut(answered, 0) == len("Ayla Demir: ")


# --- A dashed question that asks first and adds a few words ---------------------------------

def test_a_question_then_a_short_request_asks() -> None:
    assert asks_first("Ο νέος σας δίσκος; Πείτε μας δυο λόγια.")
    assert asks_first("Your new book? Tell us a little.")


def test_an_answer_taking_up_its_own_question_at_length_does_not_ask_first() -> None:
    assert not asks_first(
        "Γιατί; Επειδή από παιδί μου άρεσε να γράφω τραγούδια για τη θάλασσα, τα νησιά και "
        "τους ανθρώπους που ζουν εκεί."
    )
    assert not asks_first("Το «Parasite». Έμεινα άφωνη.")


def test_a_pull_quote_asking_then_answering_itself_does_not_ask_first() -> None:
    """An article's pull quotes, set apart as a PDF's lines: two of them made the quotes a
    page's dashed questions (found by the formats' sample, tests/document/formats/
    test_score_formats.py)."""
    assert not asks_first("\u201cWho rents a DVD in 2024? More people than you would think.\u201d")
    assert not asks_first('"Who rents a DVD in 2024? More people than you would think."')
    assert asks_first("\u2013 Who rents a DVD in 2024? Tell us.")


GREEK_DASHED = (
    "Περιοδικό Ήχος\n\n"
    "Πέντε ερωτήσεις στη Δανάη Ρήγα\n\n"
    "-Τι ακούτε αυτές τις μέρες;\n\n"
    "Πολλή τζαζ και λίγο ρεμπέτικο.\n\n"
    "-Ένα βιβλίο;\n\n"
    "Τα ποιήματα του Καβάφη, ξανά.\n\n"
    "-Ο επόμενος δίσκος; Πείτε μας κάτι.\n\n"
    "Θα βγει την άνοιξη, με οκτώ καινούργια τραγούδια.\n\n"
    "-Η πρώτη σας συναυλία; Πού και πότε.\n\n"
    "Στη Θεσσαλονίκη, σε ένα μικρό μπαρ, πριν από δέκα χρόνια.\n"
)


def test_dashed_questions_that_add_a_request_keep_the_dash_as_the_questions_mark() -> None:
    assert texts(doc(GREEK_DASHED)) == [
        "Τι ακούτε αυτές τις μέρες;",
        "Ένα βιβλίο;",
        "Ο επόμενος δίσκος; Πείτε μας κάτι.",
        "Η πρώτη σας συναυλία; Πού και πότε.",
    ]


# --- The last question put as a Japanese request, in a question's place ---------------------

REQUEST_LAST = (
    "株式会社みなと電機 採用サイト\n\n"
    "先輩社員の声 02\n\n"
    "なぜ、この会社を選んだのですか。\n\n"
    "学生時代から電気の仕組みに興味があり、地域の暮らしを支える仕事がしたいと思ったからです。\n\n"
    "普段はどのような仕事をしていますか。\n\n"
    "工場の設備を点検し、不具合があれば原因を調べて修理の計画を立てています。\n\n"
    "入社して成長したと感じるのはどんなときですか。\n\n"
    "一人で現場を任されたときです。先輩に頼らず判断できたことが自信になりました。\n\n"
    "最後に、学生の皆さんへひと言お願いします。\n\n"
    "迷ったら、実際に働く人の話を聞いてみてください。会社の空気は話してみて初めてわかります。\n\n"
    "一覧へ戻る\n"
)


def test_a_japanese_request_where_the_next_question_belongs_is_the_last_question() -> None:
    assert texts(doc(REQUEST_LAST))[-1] == "最後に、学生の皆さんへひと言お願いします。"


def test_a_closing_request_over_the_page_s_footer_is_no_question() -> None:
    closing = "ご応募をお待ちしております。詳しくは募集要項をご覧ください。\n\n一覧へ戻る\n"
    footer = REQUEST_LAST.split("最後に、")[0] + closing
    assert texts(doc(footer))[-1] == "入社して成長したと感じるのはどんなときですか。"


# --- An interviewer's remark that nothing answers -------------------------------------------

UNANSWERED_REMARK = (
    "校友访谈\n\n"
    "访谈一\n\n"
    "记者:张学长,您当年为什么选择学机械?\n\n"
    "张伟校友:因为我从小就喜欢拆收音机,总想知道里面是怎么工作的。\n\n"
    "记者:您对现在的学弟学妹有什么建议?\n\n"
    "张伟校友:多动手,多去实验室,理论要和实践结合起来才能学得扎实。\n\n"
    "记者:谢谢学长,您的话让我们很受鼓舞。\n\n"
    "访谈二\n\n"
    "记者:李学姐您好,再回母校有什么感受?\n\n"
    "李娜校友:变化很大,新楼多了,图书馆也比我们那时候大了好几倍。\n"
)


def test_an_interviewer_s_remark_no_turn_answers_is_no_question() -> None:
    assert texts(doc(UNANSWERED_REMARK)) == [
        "张学长,您当年为什么选择学机械?",
        "您对现在的学弟学妹有什么建议?",
        "李学姐您好,再回母校有什么感受?",
    ]


def test_a_remark_the_guest_answers_stays_a_question() -> None:
    answered = UNANSWERED_REMARK.replace(
        "访谈二\n\n", "张伟校友:不客气,也祝大家学业顺利,早日成为栋梁之材。\n\n")
    assert "谢谢学长,您的话让我们很受鼓舞。" in texts(doc(answered))
