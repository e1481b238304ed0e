"""Rules mended when rounds 13 and 14's four sets of real layouts (questions and titles, each
written blind to the others) were scored together: each with a document it must catch and one
it must not."""

from __future__ import annotations

from reader.document.model import Role
from reader.document.pipeline import open_document

from .test_structure_layouts import asked, doc
from .test_structure_layouts_round14 import _NAMED_EXCHANGE

# --- A question's sequence number, out of its heading ------------------------------------------


def test_a_zines_bare_numbers_in_lower_case_leave_the_questions_headings():
    # A punk zine's blog: "1 " to "4 " before each question, most in lower case, each answer
    # hard-wrapped under its question, the first one asking back in passing.
    zine = doc(
        "quarta-feira, 12 de outubro de 2016\n\n"
        "ENTREVISTA BERROS DO PORÃO ZINE\n\n"
        "1 Bia, de onde veio o nome BERROS?\n"
        "Veio de um show num porão em Santo André, lá por 1998.\n"
        "Conhece aquela sensação de sair de um show sem voz e feliz?\n"
        "Pois é, o nome ficou e o zine veio logo depois.\n\n"
        "2 quantas edições já saíram?\n"
        "Vinte e três, contando as duas que saíram só em xerox para os amigos.\n\n"
        "3 qual foi a entrevista mais difícil?\n"
        "Uma banda de Curitiba que respondeu tudo com uma palavra só.\n\n"
        "4 ainda vale a pena fazer zine de papel?\n"
        "Vale, o papel fica na estante e a internet esquece tudo.\n\n"
        "Postado por Berros às 21:10\n"
    )
    assert asked(zine) == [
        ("", "Bia, de onde veio o nome BERROS?"),
        ("", "quantas edições já saíram?"),
        ("", "qual foi a entrevista mais difícil?"),
        ("", "ainda vale a pena fazer zine de papel?"),
    ]
    # The text keeps every character: only the outline's headings lose the numbers.
    assert "2 quantas edições já saíram?" in zine.text


def test_a_list_of_headings_numbered_by_the_page_names_each_question_without_its_number(
    tmp_path,
):
    page = tmp_path / "preguntas.html"
    items = "".join(
        f"<li><h4>{question}</h4><p>{answer}</p></li>"
        for question, answer in [
            ("¿Cuándo abrió el taller?", "En 1987, con dos sillas y una lámpara prestada."),
            ("¿Qué repara más?", "Relojes de pared, casi siempre heredados de una abuela."),
            ("¿Tiene aprendices?", "Una, Lucía, que ya arregla mejor que yo los de cuco."),
        ]
    )
    page.write_text(
        "<html><body><article><h1>Tres preguntas al relojero de la plaza</h1>"
        "<p>Don Ernesto lleva casi cuarenta años en el mismo local.</p>"
        f"<ol>{items}</ol></article></body></html>",
        "utf-8",
    )
    document = open_document(page, with_language=False)
    assert [q.heading for q in document.questions] == [
        "¿Cuándo abrió el taller?", "¿Qué repara más?", "¿Tiene aprendices?",
    ]


def test_numbers_that_count_things_stay_in_the_questions():
    # Two questions of four open with a number, rising, but they count concerts and albums.
    interview = doc(
        "Retour sur la saison\n\nPar Claire Martin, le 3 mars 2024\n\n"
        "Le groupe revient sur dix ans de tournées.\n\n"
        "3 concerts par semaine, ce n'est pas trop ?\n\n"
        "Si, un peu, mais on ne refuse pas une salle pleine.\n\n"
        "Comment avez-vous choisi les morceaux de ce disque ?\n\n"
        "Au hasard des concerts, en gardant ceux que le public réclamait.\n\n"
        "5 albums en dix ans, c'est un rythme que vous tiendrez ?\n\n"
        "Je ne crois pas, le prochain prendra son temps.\n\n"
        "Et la suite ?\n\nUne tournée en Belgique, puis le studio.\n"
    )
    assert [heading for _, heading in asked(interview)] == [
        "3 concerts par semaine, ce n'est pas trop ?",
        "Comment avez-vous choisi les morceaux de ce disque ?",
        "5 albums en dix ans, c'est un rythme que vous tiendrez ?",
        "Et la suite ?",
    ]


def test_a_worksheets_numbered_lines_are_not_one_question_over_its_answer():
    # A class's worksheet: every line numbered and asking, in one paragraph. No interview.
    sheet = doc(
        "Fiche de lecture\n\n"
        "1 Qui est le personnage principal ?\n"
        "2 Où se passe l'histoire ?\n"
        "3 Pourquoi part-il de chez lui ?\n"
        "4 Comment finit le livre ?\n"
    )
    assert "\u2028" not in sheet.text and not sheet.questions


# --- Labels in scripts without capitals ---------------------------------------------------------


def test_chinese_question_and_answer_labels_are_labels_not_text():
    paper = doc(
        "茶农：“春茶要抢着采”\n\n"
        "清明前后，记者来到山上的茶园，和种了三十年茶的老陈聊了聊。\n\n"
        "问：一年里最忙的是什么时候？\n\n"
        "答：清明前那两个星期，天不亮就上山，晚上还要炒茶。\n\n"
        "问：今年的茶怎么样？\n\n"
        "答：雨水刚好，芽头比去年壮，价钱也好一些。\n\n"
        "問：孩子们愿意接手吗？\n\n"
        "答：大儿子回来了，在网上帮我卖茶。\n"
    )
    assert [text for _, text in asked(paper)] == [
        "一年里最忙的是什么时候？", "今年的茶怎么样？", "孩子们愿意接手吗？",
    ]


def test_a_chinese_paragraph_opened_by_the_word_for_problem_is_no_question_label():
    # "问题：" (problem) opens with the character of "问：": it labels nothing.
    article = doc(
        "社区图书馆的新难题\n\n"
        "问题：周末来的孩子太多，座位不够，家长只能站着等。\n\n"
        "馆长说，下个月会把二楼的会议室改成阅览室。\n\n"
        "问题：旧书太多，新书太少，捐赠的书也很难上架。\n\n"
        "志愿者每周六来帮忙整理书架。\n"
    )
    assert not article.questions


def test_an_arabic_note_opening_a_paragraph_once_is_no_speaker():
    article = doc(
        "افتتاح مكتبة الحي الجديدة\n\n"
        "افتتحت البلدية صباح اليوم مكتبة جديدة في وسط الحي، بحضور عدد من الأهالي.\n\n"
        "ملاحظة: تفتح المكتبة أبوابها من التاسعة صباحًا حتى السادسة مساءً.\n\n"
        "وقالت المديرة إن المكتبة تستقبل التبرعات بالكتب طوال الشهر.\n"
    )
    assert not article.questions
    assert article.title == "افتتاح مكتبة الحي الجديدة"


# --- A chapter's end notes, each a numbered list of its own -------------------------------------


_NOTED_CHAPTERS = (
    "# Voces del puerto\n\n"
    "## 1 Carmen, redera\n\n"
    "### ¿Desde cuándo remienda redes?\n\n"
    "Desde los doce años, en el muelle de mi padre.[^1]\n\n"
    "### ¿Quién le enseñó?\n\n"
    "Mi tía Rosario, que cosía más rápido que nadie.\n\n"
    "1. La lonja antigua cerró en 1998.\n\n"
    "## 2 Julián, patrón\n\n"
    "### ¿A qué hora sale el barco?\n\n"
    "A las cinco, si la mar deja.\n\n"
    "### ¿Seguirá su hijo?\n\n"
    "No lo sé. Estudia en Vigo y allí se queda.\n\n"
    "1. Entrevista grabada en marzo de 2023.\n"
)


def test_a_books_questions_are_found_although_each_chapter_ends_in_a_numbered_note():
    book = doc(_NOTED_CHAPTERS, markdown=True)
    assert [text for _, text in asked(book)] == [
        "¿Desde cuándo remienda redes?", "¿Quién le enseñó?",
        "¿A qué hora sale el barco?", "¿Seguirá su hijo?",
    ]


def test_two_numbered_intertitles_that_ask_still_make_no_interview():
    # An article's two numbered intertitles, put to nobody: no interview, as before.
    article = doc(
        "Cómo hacer pan en casa\n\n"
        "Hacer pan no es difícil, pero pide paciencia y una buena harina.\n\n"
        "1. ¿Qué harina comprar?\n\n"
        "La de fuerza, con al menos un doce por ciento de proteína.\n\n"
        "2. ¿Cuánto tiempo de reposo?\n\n"
        "Una noche en la nevera da mejor sabor que dos horas al calor.\n"
    )
    assert not article.questions


# --- A hard-wrapped page's headline broken over two lines --------------------------------------

_WRAPPED_BODY = (  # wrapped at 78 characters, the blank lines lost
    "Eine Frage gleich zu Beginn, die Ihnen sicher schon oft gestellt wurde: Warum\n"
    "gründet man heute noch einen Verein für Brettspiele, wo doch jeder am Telefon\n"
    "gegen Menschen auf der ganzen Welt spielen kann, zu jeder Tages- und\n"
    "Nachtzeit?\n"
    "Weil am Tisch etwas passiert, das kein Bildschirm ersetzt. Man sieht das\n"
    "Gesicht des anderen, man hört ihn seufzen, wenn er einen Fehler bemerkt hat,\n"
    "und man trinkt hinterher zusammen ein Bier, ob man gewonnen hat oder nicht.\n"
    "Das ist der ganze Grund, und er reicht uns seit dreißig Jahren.\n"
    "Wie viele Mitglieder hat der Verein heute?\n"
    "Zweiundvierzig, davon elf Jugendliche, die jeden Freitag in der Schule\n"
    "spielen, und ein paar Ältere, die seit der Gründung vor dreißig Jahren dabei\n"
    "sind und immer noch jeden Dienstag kommen.\n"
    "Und wer gewinnt die Vereinsmeisterschaft?\n"
    "Meistens einer der Jugendlichen, was den Älteren nicht immer gefällt, aber\n"
    "so muss es sein. Wer verliert, baut die Tische ab und kocht den Kaffee für\n"
    "die nächste Runde, und niemand hat sich darüber je beschwert, soweit ich\n"
    "weiß, auch wenn manche sehr oft Kaffee kochen mussten in diesen Jahren.\n"
)


def test_a_hard_wrapped_headline_over_two_lines_is_one_title():
    page = doc("Gespräch\nmit Anna Berger und Tom Hellwig\n" + _WRAPPED_BODY)
    assert page.title == "Gespräch mit Anna Berger und Tom Hellwig"


def test_a_short_line_before_a_capital_still_ends_its_paragraph_in_hard_wrapped_text():
    page = doc("Gespräch mit Anna Berger\nVon Tom Hellwig, Vereinszeitung\n" + _WRAPPED_BODY)
    assert page.title == "Gespräch mit Anna Berger"


# --- A blog's tag archive over a post whose headline opens with "Interview:" -------------------

_POST = (
    "I met Nora Fells at the book fair, and she kindly agreed to answer a few questions.\n\n"
    "NF: Where did the idea for the novel come from?\n\n"
    "Nora Fells: From my grandmother's letters, which I found in a box in her attic.\n\n"
    "NF: How long did it take to write?\n\n"
    "Nora Fells: Six years, with two false starts and one very patient editor.\n"
)


def test_a_tag_archives_banner_is_no_title_and_the_labelled_headline_is():
    post = doc(
        "Tag Archives: author interviews\n\n"
        "Interview: Nora Fells Talks About Her First Novel\n\n" + _POST
    )
    assert post.title == "Interview: Nora Fells Talks About Her First Novel"


def test_an_interviewers_name_after_the_label_stays_a_byline():
    post = doc("The Letters in the Attic\n\nInterview: Ben Ashdown\n\n" + _POST)
    assert post.title == "The Letters in the Attic"
    assert post.blocks[1].role is Role.BYLINE


def test_a_headline_about_tag_archives_stays_the_headline():
    post = doc("Tag archives are the blog's forgotten pages\n\n" + _POST)
    assert post.title == "Tag archives are the blog's forgotten pages"


# --- A staff profile's field line under its headline -------------------------------------------

_PROFILE = (
    "What are you reading right now? A history of the canal and a very slow cookbook.\n\n"
    "Where is your favourite spot in the library? The map room, in the afternoon light.\n\n"
    "What is the best part of the job? The students, when a search suddenly works.\n"
)


def test_a_profiles_field_line_is_no_headline():
    profile = doc("Meet a Librarian: Omar Pettersen\n\nLiaison areas: History and classics\n\n"
                  + _PROFILE)
    assert profile.title == "Meet a Librarian: Omar Pettersen"


def test_a_headline_opened_by_a_fields_word_stays_the_headline():
    article = doc("Department stores: the end of an era\n\n" + _PROFILE)
    assert article.title == "Department stores: the end of an era"


# --- Capitals of Latin Extended-A and B in the structure patterns ------------------------------


def test_an_interviewer_whose_name_begins_with_an_extended_capital_asks_first():
    # "Łukasz Żak, Interia:": Ł and Ż are capitals the patterns once left out (A-Z, À-Þ only).
    document = doc(_NAMED_EXCHANGE.replace("Wojciech Górny", "Łukasz Żak").format(
        guest="Paweł Grycko, dyrektor Szkoły Trenerów"))
    assert asked(document)[0][0] == "Łukasz Żak, Interia"


def test_one_man_named_twice_with_extended_capitals_is_still_no_interviewer():
    document = doc(_NAMED_EXCHANGE.replace("Wojciech Górny", "Łukasz Żak").format(
        guest="Łukasz Żak, trener"))
    assert not any(text.startswith("Wiosną") for _, text in asked(document))


# --- A magazine's name in lower case as its questions' label -----------------------------------


def test_a_magazines_name_in_lower_case_labels_its_questions():
    paper = doc(
        "Interview mit Jonas Wirth\n\n"
        "Im Gespräch mit dem werkblatt zieht Jonas Wirth nach einem Jahr Bilanz.\n\n"
        "werkblatt: Jonas, wie war das erste Jahr?\n"
        "Anstrengend, aber gut. Wir haben zwei neue Betriebsräte gegründet.\n"
        "werkblatt: Was war am schwierigsten?\n"
        "Die Leute davon zu überzeugen, dass es sich lohnt, sich zu wehren.\n"
        "werkblatt: Und was kommt jetzt?\n"
        "Die Tarifrunde im Herbst, und die wird nicht leicht.\n"
    )
    assert asked(paper) == [
        ("werkblatt", "Jonas, wie war das erste Jahr?"),
        ("werkblatt", "Was war am schwierigsten?"),
        ("werkblatt", "Und was kommt jetzt?"),
    ]


def test_a_notes_label_in_lower_case_is_no_speaker():
    recipe = doc(
        "Brot ohne Kneten\n\n"
        "Mehl, Wasser, Salz und wenig Hefe verrühren und über Nacht stehen lassen.\n\n"
        "hinweis: Der Teig darf ruhig sehr weich sein.\n\n"
        "Am Morgen in einen heißen Topf geben und mit Deckel backen.\n\n"
        "hinweis: Ohne Deckel wird die Kruste zu hart.\n\n"
        "Nach vierzig Minuten herausnehmen und auskühlen lassen.\n\n"
        "hinweis: Warum nicht gleich anschneiden? Weil es innen noch gart.\n"
    )
    assert not recipe.questions


# --- "R:" answers under numbered questions, each asker named in brackets -----------------------


def test_answers_labelled_r_under_numbered_questions_signed_in_brackets_are_split_off():
    post = doc(
        "Entrevista com o autor Rui Vasconcelos\n\n"
        "Olá, pessoal! Reunimos as perguntas de vários blogueiros, cada uma com o nome de quem "
        "perguntou.\n\n"
        "1. O livro nasceu de uma viagem? Alguma vez pensou em desistir dele no meio? (Olívia)\n"
        "R: Nasceu de uma carta antiga que encontrei numa gaveta da casa da minha avó.\n\n"
        "2. Quanto tempo levou para escrever? (Tiago)\n"
        "R: Três anos, com muitas pausas.\n\n"
        "3. Qual capítulo foi o mais difícil? (Bianca)\n"
        "R: O último. Reescrevi quatro vezes.\n"
    )
    assert [text for _, text in asked(post)] == [
        "O livro nasceu de uma viagem? Alguma vez pensou em desistir dele no meio? (Olívia)",
        "Quanto tempo levou para escrever? (Tiago)",
        "Qual capítulo foi o mais difícil? (Bianca)",
    ]


def test_numbered_questions_each_with_a_note_in_brackets_and_no_answer_stay_a_list():
    checklist = doc(
        "Before you sign the lease\n\n"
        "A few questions every tenant should ask, and who to ask them.\n\n"
        "1. Who fixes the boiler? (Ask the landlord)\n"
        "2. Is the deposit protected? (Ask the agent)\n"
        "3. Are pets allowed? (Check the contract)\n"
    )
    assert not checklist.questions


# --- A collection whose chapters ask in forms of their own -------------------------------------

_COLLECTION = (
    "# Gens du port\n\n"
    "## La poissonnière\n\n"
    "Rencontre à l'aube, sur le quai.\n\n"
    "À quelle heure arrivez-vous ?\n\n"
    "À quatre heures, avant les bateaux, pour préparer la glace et les caisses.\n\n"
    "Quel poisson préférez-vous vendre ?\n\n"
    "Le maquereau, parce que tout le monde sait le cuisiner et qu'il part vite.\n\n"
    "## Le charpentier\n\n"
    "Il répare les coques depuis trente ans.\n\n"
    "### Pourquoi le bois ?\n\n"
    "Parce qu'on peut toujours le réparer, morceau par morceau.\n\n"
    "### Combien de bateaux par an ?\n\n"
    "Une douzaine, les petits surtout.\n"
)


def test_each_chapter_of_an_interview_collection_is_read_in_its_own_form():
    book = doc(_COLLECTION, markdown=True)
    assert [text for _, text in asked(book)] == [
        "À quelle heure arrivez-vous ?", "Quel poisson préférez-vous vendre ?",
        "Pourquoi le bois ?", "Combien de bateaux par an ?",
    ]
    assert "Le charpentier" in [s.heading for s in book.sections]


def test_an_interviews_closing_chapter_without_questions_gets_none():
    book = doc(
        _COLLECTION.split("## Le charpentier")[0]
        + "## Sur l'auteur\n\nClaire Morin écrit sur les métiers de la mer. Pourquoi la mer ? "
        "Elle ne le sait pas elle-même.\n\nElle vit à Douarnenez.\n",
        markdown=True,
    )
    assert [text for _, text in asked(book)] == [
        "À quelle heure arrivez-vous ?", "Quel poisson préférez-vous vendre ?",
    ]
