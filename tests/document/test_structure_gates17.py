"""The gates that refused whole interviews (session 17): questions labelled in words that put
no "?" (children's questions copied as sent), a questionnaire whose answers end above the page's
furniture (a tag line, a link to comment, "Zurück"), a Japanese question that asks with "でしょう"
after a question word, and a welcome answered in kind before the first question; with the pages
they must leave alone: an article's dashed questions listed under a colon, a list of numbered
prompts with no answers, a worksheet's labelled questions, a podcast's initials."""

from __future__ import annotations

from reader.document.model import DocumentKind
from reader.document.structure.text.endings import Ending, ending

from .test_structure_layouts import asked, doc


def _questions(document) -> list[str]:
    return [text for _, text in asked(document)]


# --- Must catch -------------------------------------------------------------------------------


def test_questions_labelled_in_words_ask_without_a_question_mark():
    document = doc(
        "Pupils ask a vet, part 1\n"
        "\n"
        "Here are the first questions the class sent me after our visit to the farm.\n"
        "\n"
        "Question: why do cows have four stomachs\n"
        "\n"
        "Strictly speaking they have one stomach with four parts, and each part does a different "
        "job in breaking down grass, which is very hard to digest.\n"
        "\n"
        "Question: how old is the oldest horse you looked after\n"
        "\n"
        "A pony called Biscuit, who was thirty-eight and still liked carrots more than anything.\n"
        "\n"
        "Question: do you get scared of big dogs\n"
        "\n"
        "Sometimes, yes. I talk to them slowly and let them smell my hand before I touch them.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert _questions(document) == [
        "why do cows have four stomachs",
        "how old is the oldest horse you looked after",
        "do you get scared of big dogs",
    ]


def test_a_questionnaire_answered_in_a_few_words_ends_above_the_tag_line_and_comment_link():
    document = doc(
        "Başkan Demirel: İlk yılımız hızlı geçti\n"
        "\n"
        "İlçenin yeni belediye başkanı Cem Demirel, kısa bir soru-cevapla ilk yılını anlattı.\n"
        "\n"
        "Göreve geleli bir yıl oldu, nasıl geçti?\n"
        "\n"
        "Çok hızlı geçti\n"
        "\n"
        "Belediyeyi nasıl buldunuz?\n"
        "\n"
        "Borçlu bir belediye\n"
        "\n"
        "Şimdi öncelikli işiniz ne?\n"
        "\n"
        "Su şebekesini yenilemek\n"
        "\n"
        "Komşu ilçelerle ilişkileriniz nasıl?\n"
        "\n"
        "Gayet iyi\n"
        "\n"
        "Gelecek yıl için hedefiniz ne?\n"
        "\n"
        "Yeni bir park\n"
        "\n"
        "Etiketler: Demirel, belediye, yerel yönetim\n"
        "\n"
        "Yorum Yaz\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert _questions(document) == [
        "Göreve geleli bir yıl oldu, nasıl geçti?",
        "Belediyeyi nasıl buldunuz?",
        "Şimdi öncelikli işiniz ne?",
        "Komşu ilçelerle ilişkileriniz nasıl?",
        "Gelecek yıl için hedefiniz ne?",
    ]


def test_answers_in_quotation_marks_run_to_the_back_link_and_a_statement_asks_among_them():
    document = doc(
        "TSV Oberdorf\n"
        "\n"
        "Interview mit Jana Kessler\n"
        "\n"
        "Seit dem Sommer trainierst du unsere Damen. Was hat dich an der Aufgabe gereizt?\n"
        "\n"
        "„Die Mannschaft ist jung und hungrig, und der Verein hat mir von Anfang an vertraut. "
        "Das wollte ich mir nicht entgehen lassen.“\n"
        "\n"
        "Du hast früher selbst in der Regionalliga gespielt und kennst die Liga gut.\n"
        "\n"
        "„Ja, fast zehn Jahre lang. Viele der Trainerinnen von heute waren damals meine "
        "Gegnerinnen.“\n"
        "\n"
        "Was ist dein Ziel für die Saison?\n"
        "\n"
        "„Oben mitspielen und zwei, drei Spielerinnen aus der Jugend einbauen.“\n"
        "\n"
        "Zurück\n"
    )
    assert "Du hast früher selbst in der Regionalliga gespielt und kennst die Liga gut." in (
        _questions(document)
    )
    assert len(_questions(document)) == 3


def test_a_japanese_dashed_question_asks_with_deshou_after_its_question_word():
    document = doc(
        "インタビューの基本\n"
        "\n"
        "辞典の編集者C氏に、インタビューについて聞きました。\n"
        "\n"
        "――本日はお時間をいただき、ありがとうございます。よろしくお願いします。\n"
        "\n"
        "こちらこそ、よろしくお願いします。\n"
        "\n"
        "――まず、インタビューの起源は何でしょう。\n"
        "\n"
        "新聞が人の話をそのまま載せるようになったのが始まりだと言われています。\n"
        "\n"
        "――いまはどんな場面で使われているんですか。\n"
        "\n"
        "報道のほか、採用の面接やスポーツの試合後の談話にも使われます。\n"
        "\n"
        "――よい聞き手になるにはどうすればよいでしょう。\n"
        "\n"
        "相手の言葉を最後まで待つことです。\n"
    )
    assert _questions(document) == [
        "まず、インタビューの起源は何でしょう。",
        "いまはどんな場面で使われているんですか。",
        "よい聞き手になるにはどうすればよいでしょう。",
    ]


# --- Must not ---------------------------------------------------------------------------------


def test_deshou_without_a_question_word_guesses_and_does_not_ask():
    assert ending("明日はきっと雨でしょう。") is Ending.NONE
    assert ending("この本の題名は何でしょう。") is Ending.QUESTION


def test_an_article_listing_dashed_questions_under_a_colon_has_none():
    document = doc(
        "Borna intervjua ordføraren\n"
        "\n"
        "Sist veke fekk to elevar frå fjerde klasse intervjua ordføraren på rådhuset.\n"
        "\n"
        "Dei hadde førebudd mange spørsmål:\n"
        "\n"
        "– Kvifor må skulen vår stenge?\n"
        "\n"
        "– Når kjem den nye sykkelvegen?\n"
        "\n"
        "– Kor mykje tener ein ordførar?\n"
        "\n"
        "Læraren deira sat ved sida av og noterte. Ho meiner elevane lærte mykje av besøket.\n"
        "\n"
        "– Dei var godt førebudde og ikkje redde for å spørja, seier ho.\n"
    )
    assert _questions(document) == []


def test_numbered_prompts_with_no_answers_are_a_list_not_an_interview():
    document = doc(
        "Il questionario ai candidati\n"
        "\n"
        "Come sempre prima del voto proponiamo ai candidati lo stesso questionario.\n"
        "\n"
        "1) La prima cosa che fa se viene eletto\n"
        "2) Il punto principale del suo programma\n"
        "3) Un motivo per cui dovrebbero votarla\n"
        "4) Il suo principale difetto\n"
        "5) Libro preferito\n"
        "\n"
        "Le risposte sul numero in edicola.\n"
    )
    assert _questions(document) == []


def test_labelled_questions_one_under_another_are_a_worksheet():
    document = doc(
        "Revision sheet: the water cycle\n"
        "\n"
        "Answer these in your exercise book.\n"
        "\n"
        "Question: name the four stages of the water cycle\n"
        "\n"
        "Question: explain why puddles dry up on a sunny day\n"
        "\n"
        "Question: draw a diagram of a cloud forming\n"
        "\n"
        "Hand your book in on Friday.\n"
    )
    assert _questions(document) == []


def test_a_hosts_initial_before_remarks_is_not_a_question_label():
    document = doc(
        "Episodio 12\n"
        "\n"
        "D: Ciao a tutti, oggi con me c'è Chiara. Grazie di essere qui.\n"
        "\n"
        "C: Grazie a te, è un piacere tornare.\n"
        "\n"
        "D: Sono contento, davvero.\n"
        "\n"
        "C: Anche io, era da tanto che non registravamo insieme.\n"
        "\n"
        "D: Bene, allora partiamo subito.\n"
        "\n"
        "C: Partiamo, sono pronta a tutto.\n"
    )
    assert _questions(document) == []


def test_an_introduction_announcing_the_interview_in_indonesian_lets_short_answers_in():
    document = doc(
        "Kunjungan ke Perpustakaan Kota\n"
        "\n"
        "Hari Rabu kelas kami berkunjung ke perpustakaan kota. Kami melakukan wawancara dengan "
        "Ibu Sari, kepala perpustakaan.\n"
        "\n"
        "Berapa banyak buku di perpustakaan ini?\n"
        "\n"
        "Kira-kira dua puluh ribu buku.\n"
        "\n"
        "Buku apa yang paling sering dipinjam?\n"
        "\n"
        "Buku cerita anak-anak.\n"
        "\n"
        "Jam berapa perpustakaan buka?\n"
        "\n"
        "Dari jam delapan pagi sampai jam empat sore.\n"
        "\n"
        "Apakah anak-anak boleh meminjam buku?\n"
        "\n"
        "Boleh, asal punya kartu anggota.\n"
        "\n"
        "Setelah wawancara kami berkeliling melihat rak-rak buku dan ruang baca yang sangat "
        "nyaman. Kami senang sekali bisa belajar banyak hal baru hari itu.\n"
    )
    assert _questions(document) == [
        "Berapa banyak buku di perpustakaan ini?",
        "Buku apa yang paling sering dipinjam?",
        "Jam berapa perpustakaan buka?",
        "Apakah anak-anak boleh meminjam buku?",
    ]


def test_a_questionnaires_numbered_prompts_ask_without_a_question_mark_under_its_questions():
    document = doc(
        "Elezioni, le nostre domande\n"
        "\n"
        "Cinque domande uguali per tutti i candidati. Oggi risponde Paola Gatti, 44 anni.\n"
        "\n"
        "1) La prima cosa che fa se viene eletta\n"
        "\n"
        "Incontro i commercianti del centro e ascolto cosa chiedono da anni al Comune.\n"
        "\n"
        "2) Il paese che vorrebbe\n"
        "\n"
        "Un paese dove i ragazzi restano, perché trovano lavoro e una casa a un prezzo giusto.\n"
        "\n"
        "3) Sindaca a tempo pieno o part-time?\n"
        "\n"
        "A tempo pieno: il paese lo merita e non potrei fare altrimenti.\n"
        "\n"
        "4) Il suo principale difetto\n"
        "\n"
        "Sono impaziente, lo ammetto, e a volte parlo prima di pensare.\n"
    )
    assert _questions(document) == [
        "La prima cosa che fa se viene eletta",
        "Il paese che vorrebbe",
        "Sindaca a tempo pieno o part-time?",
        "Il suo principale difetto",
    ]


def test_a_lists_numbered_intertitles_one_asking_stay_sections():
    document = doc(
        "Ten things about hedgehogs\n"
        "\n"
        "Our garden centre has a soft spot for hedgehogs. Here are ten things about them.\n"
        "\n"
        "1. Hedgehogs or hedgepigs?\n"
        "\n"
        "Both names were used for centuries; the grunting they make explains the second one.\n"
        "\n"
        "2. Night walkers\n"
        "\n"
        "A hedgehog may roam two kilometres in a single night looking for food.\n"
        "\n"
        "3. Prickly coats\n"
        "\n"
        "An adult carries around five thousand spines, each one hollow and light.\n"
        "\n"
        "4. Long sleepers\n"
        "\n"
        "They hibernate from November to March, living off the fat of the summer.\n"
    )
    assert _questions(document) == []


def test_answers_opened_by_a_typewriters_low_quote_are_quoted_answers():
    document = doc(
        "Een leven op het water\n"
        "\n"
        "Hij dirigeert een koor en zeilt elk voorjaar naar de Oostzee. Een gesprek.\n"
        "\n"
        "Wat heeft u als voorzitter van de roeivereniging bereikt?\n"
        "\n"
        ",,Een nieuw botenhuis en bijna twee keer zoveel leden als toen ik begon.''\n"
        "\n"
        "U was er twintig jaar voorzitter.\n"
        "\n"
        ",,En ik heb er geen dag spijt van gehad. Maar het werd tijd voor nieuwe mensen met "
        "nieuwe ideeën.''\n"
        "\n"
        "Hoe combineert u dat met het koor?\n"
        "\n"
        ",,Dat vraagt mijn vrouw zich ook af. Met een goede agenda, zeg ik dan.''\n"
    )
    assert _questions(document) == [
        "Wat heeft u als voorzitter van de roeivereniging bereikt?",
        "U was er twintig jaar voorzitter.",
        "Hoe combineert u dat met het koor?",
    ]


def test_two_questions_under_a_romanian_introduction_announcing_an_interviu_are_asked():
    document = doc(
        "Interviu cu Ana Popescu, directoarea bibliotecii\n"
        "\n"
        "Acest interviu a fost acordat revistei școlii noastre în luna mai. Îl publicăm "
        "integral, cu acordul doamnei directoare.\n"
        "\n"
        "Cînd ați început să lucrați la bibliotecă? Ce v-a atras la această meserie?\n"
        "\n"
        "Am venit aici imediat după facultate, acum douăzeci de ani. M-au atras liniștea "
        "și oamenii care vin să citească, mai ales copiii care descoperă prima lor carte.\n"
        "\n"
        "Care sînt proiectele bibliotecii pentru anul acesta?\n"
        "\n"
        "Vrem să deschidem o sală de lectură pentru elevi și să organizăm un club de carte "
        "în fiecare lună, cu invitați din oraș.\n"
    )
    assert _questions(document) == [
        "Cînd ați început să lucrați la bibliotecă? Ce v-a atras la această meserie?",
        "Care sînt proiectele bibliotecii pentru anul acesta?",
    ]
