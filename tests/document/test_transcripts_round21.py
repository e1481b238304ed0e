"""Transcript rules of the twenty-first transcripts round (podcasts, radio, interviews as people
copy them out of players and shared links): labels read from the transcript's own repeated
shape — two full names sharing a first name, a number-name after its time in kana, a turn
running over several lines to the next label — an episode's chapter list that asks nobody, and
the guest asking back, known by who speaks after whom. Each with a document it must catch and
one it must not."""

from __future__ import annotations

from .test_structure_layouts import asked, corpus_page, doc

# --- Two speakers who share a first name, each closing the name with a period --------------

_SHARED_FIRST_NAME = (
    "Giorgio Ferri, CastHub: il podcast oggi\n\n"
    "Giorgio Ferri è co-fondatore di CastHub, una piattaforma per pubblicare podcast.\n\n"
    "Giorgio Vitale. Ciao Giorgio, grazie per questa intervista. Come si ascolta il podcast"
    " oggi rispetto agli altri media?\n\n"
    "Giorgio Ferri. Ciao Giorgio, che piacere. Il podcast continua a crescere, in Italia"
    " come altrove.\n\n"
    "Giorgio Vitale. E fuori dall'Italia la tendenza è la stessa\n\n"
    "Giorgio Ferri. Più o meno sì. Negli Stati Uniti i numeri salgono ogni anno.\n\n"
    "Giorgio Vitale. Parliamo di CastHub. Come è nata l'idea?\n\n"
    "Giorgio Ferri. Da un'esigenza semplice: pubblicare senza diventare tecnici.\n"
)


def test_two_full_names_sharing_a_first_name_are_two_speakers():
    assert asked(doc(_SHARED_FIRST_NAME)) == [
        ("Giorgio Vitale", "Ciao Giorgio, grazie per questa intervista. Come si ascolta il"
                           " podcast oggi rispetto agli altri media?"),
        ("Giorgio Vitale", "E fuori dall'Italia la tendenza è la stessa"),
        ("Giorgio Vitale", "Parliamo di CastHub. Come è nata l'idea?"),
    ]


def test_one_full_name_with_a_period_among_a_first_names_paragraphs_is_no_label():
    # Must not: only one full name closes with a period twice or more ("Anna Berg." opens a
    # note on each of her pictures); the other paragraphs that open with "Anna" are prose.
    text = (
        "Anna Berg: Bilder einer Ausstellung\n\n"
        "Anna Berg. Öl auf Leinwand, 1998. Das Bild zeigt den Hafen am Morgen.\n\n"
        "Anna Berg. Aquarell, 2004. Eine Straße im Regen, von oben gesehen.\n\n"
        "Anna malte oft am frühen Morgen. Warum gerade dann? Das Licht war ihr am liebsten.\n\n"
        "Anna Berg. Kohle, 2011. Ein Gesicht im Halbdunkel.\n\n"
        "Anna stellte nur selten aus. Die Bilder blieben meist im Atelier.\n"
    )
    assert not any(speaker for speaker, _ in asked(doc(text)))


# --- A number-name in kana after its time, the turn on the lines below ------------------------

_PANEL = (
    "S2E8 佐藤さんに聞く、取材の楽しさ\n\n"
    "00:01\nスピーカー 1\nシーズン2のエピソード8です。\n"
    "今日はゲストに佐藤さんをお迎えしています。\n"
    "00:09\nスピーカー 2\nよろしくお願いします。呼んでいただいてうれしいです。\n"
    "00:14\nスピーカー 1\n佐藤さんって、普段はどんなお仕事をされているんですか?\n"
    "00:19\nスピーカー 2\n小さな編集プロダクションをやっていて、記事を書いています。\n"
    "週末はカフェも開けています。\n"
    "00:41\nスピーカー 1\nなるほど。\nインタビューを始めたのはいつ頃からなんですか?\n"
    "00:45\nスピーカー 2\n二十代の終わりですね。最初は録音係でした。\n"
)


def test_a_kana_label_after_its_time_names_the_turn_and_its_lines():
    # "00:41 スピーカー 1" / "なるほど。" / "…始めたのはいつ頃からなんですか?": one turn, two lines
    found = asked(doc(_PANEL))
    assert found[-2:] == [
        ("スピーカー 1", "佐藤さんって、普段はどんなお仕事をされているんですか?"),
        ("スピーカー 1", "なるほど。\u2028インタビューを始めたのはいつ頃からなんですか?"),
    ]
    assert {speaker for speaker, _ in found} == {"スピーカー 1"}


def test_a_timetable_in_kana_is_no_speakers_labels():
    # Must not: a day's programme, each time before an item named once, is no transcript.
    text = (
        "秋の文化祭のご案内\n\n"
        "10:00 開会式\n体育館で行います。\n\n"
        "10:30 合唱\n各クラスの発表です。\n\n"
        "12:00 昼食\n食堂が開いています。何を食べますか?\n\n"
        "13:00 展示\n教室をまわってください。\n"
    )
    assert not any(speaker for speaker, _ in asked(doc(text)))


# --- An episode's chapter list above the talk -------------------------------------------

_CHAPTERS = (
    "Episode 31: What makes a good interview\n\n"
    "() - Opening\n\n"
    "() - Who is Dana Price?\n\n"
    "() - How did the interviews start?\n\n"
    "() - A hundred people in a year\n\n"
    "() - Ending\n\n"
)


def test_a_chapter_list_that_asks_asks_nobody():
    # "() - 佐藤美咲さんってどんな人?" among the show notes' chapters, the talk below
    found = asked(corpus_page("ja-podcast-chapter-list-above-timestamp-speaker-number-lines.txt"))
    assert found and not any(question.startswith("()") for _, question in found)
    text = _CHAPTERS + (
        "Lena: Welcome to the show. My guest today is Dana Price.\n\n"
        "Dana: Thanks for having me.\n\n"
        "Lena: What do you do for a living?\n\n"
        "Dana: I run a small editing studio and I write.\n\n"
        "Lena: And when did you start interviewing people?\n\n"
        "Dana: In my late twenties, as a sound assistant.\n"
    )
    assert [question for _, question in asked(doc(text))] == [
        "What do you do for a living?",
        "And when did you start interviewing people?",
    ]


def test_timed_turns_that_ask_among_the_answers_stay_questions():
    # Must not: a transcript whose turns are each opened by a time and a dash; its questions
    # run among the answers, not above them all, and stay.
    text = (
        "Le Grand Entretien\n\n"
        "00:00 - Bonjour et bienvenue, notre invitée est la navigatrice Claire Morin.\n\n"
        "00:09 - Bonjour, merci de m'accueillir.\n\n"
        "00:14 - Claire Morin, pourquoi la mer ?\n\n"
        "00:18 - Parce que mon père était pêcheur, et que je n'ai jamais su rester à terre plus"
        " d'un mois. Les bateaux, c'était la maison.\n\n"
        "00:41 - Et la course au large, comment est-elle venue ?\n\n"
        "00:45 - Par hasard, un équipier malade, une place libre, et je ne suis jamais"
        " redescendue du bateau depuis.\n\n"
        "01:10 - Quel est votre prochain départ ?\n\n"
        "01:13 - En novembre, depuis Lorient, pour trois semaines en solitaire.\n"
    )
    found = [question for _, question in asked(doc(text))]
    assert any("pourquoi la mer" in question for question in found)


# --- The guest asking back ---------------------------------------------------------------


def test_the_guest_asking_back_is_no_question():
    found = asked(corpus_page("ja-podcast-chapter-list-above-timestamp-speaker-number-lines.txt"))
    assert [speaker for speaker, _ in found] == ["スピーカー 1", "スピーカー 1"]
    assert not any("逆に聞いても" in question for _, question in found)


def test_two_hosts_asking_one_guest_both_stay_askers():
    # Must not: the label answering most questions is the guest; two hosts who both ask keep
    # their questions ("Track 2" and "Track 4" of a co-hosted show).
    found = asked(corpus_page("de-podcast-track-nummern-zeitmarke-eckig-gartenbank-gast.txt"))
    assert {speaker for speaker, _ in found} == {"Track 2", "Track 4"}
    assert len(found) == 5
