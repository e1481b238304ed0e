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


# --- A label alone on its line above the turn --------------------------------------------------

_PRESS_CONFERENCE = (
    "Coach Vos: post-match press conference\n\n"
    "Read the full transcript below.\n\n"
    "Speaker 1: (00:00)\n"
    "Renata, all that attacking finally paid off tonight?\n\n"
    "Renata Vos: (00:07)\n"
    "Of course. Close to thirty shots, half of them on target, and we are through.\n\n"
    "Tom Hadley: (00:41)\n"
    "Hi Renata.\n\n"
    "Renata Vos: (00:41)\n\n"
    "Tom Hadley: (00:43)\n"
    "Did Jonas show everything you want from him up front?\n\n"
    "Renata Vos: (00:58)\n"
    "He was sharp, and he grew through the season. He is very hard to stop.\n\n"
    "Aisha Grant: (01:24)\n"
    "Will the same eleven start on Sunday?\n\n"
    "Renata Vos: (01:30)\n"
    "We will see tomorrow how they recover.\n"
)


def test_labels_alone_above_their_turns_name_the_questions():
    # Each "Name: (time)" names the paragraph below it; a greeting the guest answers with no
    # words ("Renata Vos: (00:41)" alone) is no question.
    assert asked(doc(_PRESS_CONFERENCE)) == [
        ("Speaker 1", "Renata, all that attacking finally paid off tonight?"),
        ("Tom Hadley", "Did Jonas show everything you want from him up front?"),
        ("Aisha Grant", "Will the same eleven start on Sunday?"),
    ]


def test_a_radio_transcripts_name_and_role_over_each_turn_and_a_welcome_greeted_back():
    document = doc(
        "Transcript: Jak to vidí – 12 April\n\n"
        "Petr HOLUB, moderátor\n--------------------\n"
        "Hezký den přeje Petr Holub. Vítejte u pořadu Jak to vidí. Dnes je naším hostem "
        "doktorka Jana Malá, ředitelka knihovny, se kterou budeme mluvit o čtení. Dobrý den.\n\n"
        "Jana MALÁ, ředitelka knihovny\n--------------------\n"
        "Dobré ráno.\n\n"
        "Petr HOLUB, moderátor\n--------------------\n"
        "Čtou dnes děti méně než dřív?\n\n"
        "Jana MALÁ, ředitelka knihovny\n--------------------\n"
        "Čtou jinak, víc na obrazovce, ale do knihoven chodí víc dětí.\n\n"
        "Petr HOLUB, moderátor\n--------------------\n"
        "A malé knihovny na venkově? Mají budoucnost?\n\n"
        "Jana MALÁ, ředitelka knihovny\n--------------------\n"
        "Mají, pokud dostanou podporu na delší dobu než jeden rok.\n"
    )
    assert asked(document) == [
        ("Petr HOLUB, moderátor", "Čtou dnes děti méně než dřív?"),
        ("Petr HOLUB, moderátor", "A malé knihovny na venkově? Mají budoucnost?"),
    ]


def test_short_capitalised_lines_over_paragraphs_are_no_labels():
    # A page's "Read also" and section lines above paragraphs name no speaker, even twice:
    # their questions are the article's own.
    document = doc(
        "A week at the allotment\n\n"
        "Monday Morning\n"
        "We dug the potato beds and found the last of the carrots.\n\n"
        "Read Also\n"
        "How to keep slugs off your lettuce without poison.\n\n"
        "Monday Morning\n"
        "Rain, so we sorted the seed packets in the shed.\n\n"
        "Read Also\n"
        "Ten vegetables that grow in the shade.\n"
    )
    assert asked(document) == []


_PODCAST_APP = (
    "Good Game: the old lady out there\n\n"
    "Episode Transcript\n"
    "Available transcripts are automatically generated.\n"
    "Speaker 1 (00:00):\n"
    "Welcome back, today we go straight to Alex's chat with a speed skater.\n"
    "Speaker 2 (00:32):\n"
    "Brianna, this would be your fourth Games. What keeps you\n"
    "coming back to the ice?\n"
    "Speaker 3 (00:40):\n"
    "Honestly, the people. I love the grind, but I love the team more.\n"
    "Speaker 2 (00:58):\n"
    "How do you handle wanting a gold medal so badly?\n"
    "Speaker 3 (01:05):\n"
    "I keep it about the process, one boring day at a time.\n"
)


def test_a_podcast_apps_labels_on_their_own_lines_with_no_blank_line_are_turns():
    assert asked(doc(_PODCAST_APP)) == [
        ("Speaker 2",
         "Brianna, this would be your fourth Games. What keeps you coming back to the ice?"),
        ("Speaker 2", "How do you handle wanting a gold medal so badly?"),
    ]


def test_two_hosts_chatting_under_such_labels_and_asking_once_get_no_questions():
    document = doc(
        "Episode Transcript\n"
        "Available transcripts are automatically generated. Complete accuracy is not guaranteed.\n"
        "Speaker 1 (00:00):\n"
        "Welcome to Full Court, where we're still replaying\n"
        "that buzzer-beater from Sunday's win.\n"
        "Speaker 2 (00:06):\n"
        "Again and again, so smooth.\n"
        "Speaker 1 (00:10):\n"
        "Today we go straight to Sam's chat with a sprinter,\n"
        "recorded last month in Chicago.\n"
        "Speaker 2 (00:48):\n"
        "Can't wait. Should we just play it?\n"
        "Speaker 1 (00:50):\n"
        "Let's play it. The race is linked in the show notes.\n"
    )
    assert asked(document) == []


# --- A Japanese page's marks alone on their line: the guest's name, the interviewer's dashes ----


def test_a_name_and_the_interviewers_dashes_alone_on_their_lines_open_turns_each_a_paragraph():
    document = doc(
        "インタビューとは何か。\n\n"
        "松田\n逆にお聞きしたいんですが、\n何かありますか?\n"
        "──\nある作家のロングインタビューです。\n"
        "松田\nええ。\n"
        "──\nどうしてあんなことが\nできるんでしょうか。\n"
        "松田\n信頼があるからでしょうね。\n"
        "──\nその信頼は、\nどうやって作るものなんですか?\n"
        "松田\n準備です。\n"
    )
    turns = [block.text for block in document.blocks[1:]]
    assert [turn.split()[0] for turn in turns] == ["松田", "──"] * 3 + ["松田"]
    assert turns[-2] == "── その信頼は、 どうやって作るものなんですか?"


def test_short_lines_of_a_poem_are_no_turn_marks():
    # Two short words recurring alone on their lines, no turn asking: the stanza stays one.
    document = doc(
        "春の歌\n\n"
        "さくら\n花がひらく\n"
        "かぜ\n花がちる\n"
        "さくら\n空がひかる\n"
        "かぜ\n空がくもる\n"
    )
    assert len(document.blocks) == 2


# --- The host's thanks given back and agreement: remarks, not questions ------------------------


def test_a_hosts_thanks_given_back_and_agreement_are_no_questions():
    document = doc(
        "Episodio 58: imparare con i podcast\n\n"
        "Moreno: Ciao a tutti, oggi c'è qui con me Giulia. Ciao Giulia!\n\n"
        "Giulia: Ciao a tutti. Grazie dell'invito.\n\n"
        "Moreno: Grazie a te di essere qui. È bello non parlare da solo al microfono.\n\n"
        "Giulia: È vero, anch'io sto preparando delle interviste per il mio podcast.\n\n"
        "Moreno: Secondo te i podcast conquisteranno il mondo?\n\n"
        "Giulia: Secondo me sì. Ascolti mentre cammini o cucini, ed è bellissimo.\n\n"
        "Moreno: Sono d'accordo. Io ne ascolto tantissimi proprio per questo.\n\n"
        "Giulia: E poi la voce delle persone ti resta dentro, come nella radio di una volta.\n\n"
        "Moreno: Come è nato il tuo podcast?\n\n"
        "Giulia: Per caso, dagli studenti che volevano qualcosa da ascoltare sull'autobus.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Secondo te i podcast conquisteranno il mondo?",
        "Come è nato il tuo podcast?",
    ]


def test_a_prompt_after_the_first_question_stays_even_when_it_opens_with_thanks():
    # Thanks opening a prompt after the interview has begun ("Thanks. Now tell me …") is no
    # thanks given back at the start: the prompt, answered at length, stays a question.
    document = doc(
        "Harbour memories\n\n"
        "Ann: Where did you grow up?\n\n"
        "Ben: On the quay, in the house with the blue door, next to the net loft.\n\n"
        "Ann: Thanks. Now tell me about the winter of the big storm.\n\n"
        "Ben: We lost three boats that night and my father's shed, and nobody slept.\n\n"
        "Ann: Who rebuilt the pier?\n\n"
        "Ben: The whole village, over two summers, with stones from the old mill.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Where did you grow up?",
        "Thanks. Now tell me about the winter of the big storm.",
        "Who rebuilt the pier?",
    ]


def test_a_japanese_hosts_yes_yes_to_the_guests_own_question_is_no_question():
    document = doc(
        "インタビュアーに聞いてみた\n\n"
        "tomo:\nゆきさんは今、どんなインタビューをしていますか?\n\n"
        "ゆき:\nカナダに住んでいるので、同じ時間帯の人に話を聞く企画をやりました。\n\n"
        "tomo:\nそれ以外に、インタビューに近いことはしていますか?\n\n"
        "ゆき:\nこの企画以外で、ですよね?\n\n"
        "tomo:\nそうそう。\n\n"
        "ゆき:\n友だちの話を録音して、文字に起こすことはよくあります。\n"
    )
    assert [text for _, text in asked(document)] == [
        "ゆきさんは今、どんなインタビューをしていますか?",
        "それ以外に、インタビューに近いことはしていますか?",
    ]
