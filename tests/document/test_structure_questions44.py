"""Round 44: interview layouts the corpus did not hold (Icelandic, Lithuanian, Tamil, Albanian,
Vietnamese, Tagalog, Hindi, Latvian pages). Each rule reads what the page itself repeats (its
labels in a script without capitals, a dash before every turn, prompts set in capitals, the
asker's name under each question), with a text it must catch and one it must not. The texts
are reworded: no fixture page is pasted."""

from __future__ import annotations

from reader.document.structure.lines.sentencestarts import opens_a_sentence
from reader.document.structure.lines.uncasedlabels import uncased_label_cuts
from reader.document.structure.questions.askersigned import asker_signature
from reader.document.structure.questions.typedquotes import without_typed_quotes

from .test_structure_layouts import asked, doc


def texts(document) -> list[str]:
    return [text for _, text in asked(document)]


# --- turns labelled in a script without capitals, other lines between them -------------------

TAMIL_SYLLABLE_LABELS = (
    "தமிழ் எழுத்துகள் வலைப்பதிவு\n"
    "// இன்று வெளியான வாசகர் கேள்வி பதில் பகுதி, ஞாயிறு மலரிலிருந்து //\n"
    "வாசகர் கேள்வி பதில்\n"
    "அருண் குமார், ஈப்போ\n"
    "கே: பழைய திரைப்படங்களை இளைஞர்கள் ஏன் இன்னும் விரும்பிப் பார்க்கிறார்கள்?\n"
    "ப: நல்ல கதைக்கு வயது இல்லை. அவர்கள் தேடிப் பார்க்கிறார்கள்.\n"
    "கலா ராமன், கிள்ளான்\n"
    "கே: நூலகங்கள் குறைந்து வருவது பற்றி உங்கள் கருத்து என்ன?\n"
    "ப: வருத்தம்தான். ஆனால் வாசிப்பு குறையவில்லை.\n"
    "Posted by admin at 9:10 AM\n"
)


def test_syllable_labels_in_tamil_cut_a_page_copied_without_blank_lines() -> None:
    assert texts(doc(TAMIL_SYLLABLE_LABELS)) == [
        "பழைய திரைப்படங்களை இளைஞர்கள் ஏன் இன்னும் விரும்பிப் பார்க்கிறார்கள்?",
        "நூலகங்கள் குறைந்து வருவது பற்றி உங்கள் கருத்து என்ன?",
    ]


def test_uncased_labels_need_two_labels_each_twice_and_one_asking() -> None:
    lines = ["தலைப்பு", "கே: ஒன்று?", "ப: இரண்டு.", "கே: மூன்று?", "ப: நான்கு."]
    text = "\n".join(lines)
    breaks = [i for i, char in enumerate(text) if char == "\n"]
    assert uncased_label_cuts(text, breaks) == breaks
    # One label only (a list of notes "குறிப்பு: …"), or no label's line asking: no turns.
    lines = ["தலைப்பு", "குறிப்பு: ஒன்று.", "குறிப்பு: இரண்டு.", "குறிப்பு: மூன்று."]
    text = "\n".join(lines)
    assert uncased_label_cuts(text, [i for i, c in enumerate(text) if c == "\n"]) == []
    lines = ["தலைப்பு", "அ: ஒன்று.", "ஆ: இரண்டு.", "அ: மூன்று.", "ஆ: நான்கு."]
    text = "\n".join(lines)
    assert uncased_label_cuts(text, [i for i, c in enumerate(text) if c == "\n"]) == []


# --- the asker's signature under a reader's question ---------------------------------------

TAMIL_NUMBERED_SIGNED = (
    "முகப்பு | செய்திகள் | கேள்வி பதில்\n"
    "ஆசிரியர் பதில்கள்\n"
    "செப்டம்பர் 2, 2024\n"
    "கேள்வி 1: கிராமங்களுக்குப் பேருந்து வசதி எப்போது கிடைக்கும்?\n"
    "– சு.ராமன், கடலூர்\n"
    "பதில் 1: திட்டம் அறிவிக்கப்பட்டுவிட்டது; விரைவில் வரும்.\n"
    "– – – – –\n"
    "கேள்வி 2: தேர்வு முடிவுகள் ஏன் தாமதமாகின்றன?\n"
    "– மு.லதா, வேலூர்\n"
    "பதில் 2: மறுமதிப்பீடு நடக்கிறது.\n"
)


def test_a_readers_name_under_the_question_is_none_of_its_words() -> None:
    assert texts(doc(TAMIL_NUMBERED_SIGNED)) == [
        "கிராமங்களுக்குப் பேருந்து வசதி எப்போது கிடைக்கும்?",
        "தேர்வு முடிவுகள் ஏன் தாமதமாகின்றன?",
    ]


def test_a_dashed_sentence_or_question_under_a_question_is_no_signature() -> None:
    assert asker_signature("– Marko, Split", "Kada počinje sezona?")
    assert not asker_signature("– Was hat sich seitdem geändert?", "Wie war es?")
    assert not asker_signature("– Das war damals ganz anders.", "Wie war es?")
    assert not asker_signature("– Marko, Split", "Die Saison beginnt im Mai.")


# --- a page that dashes every turn: an answer's undashed paragraph stays the answer's -------

LITHUANIAN_DASHED_TURNS = (
    "Portalas / Žmonės\n"
    "Ona Petraitė: „Rašau kasdien“\n"
    "2017-03-02 10:15\n"
    "Rašytojai netrukus sukaks devyniasdešimt metų, tačiau ji vis dar kasdien sėda prie stalo.\n"
    "– Jus vadina seniausia rašytoja. Ar tai tiesa?\n"
    "– Galbūt. Yra ir vyresnių, bet jie nebespausdina. Aš dar spausdinu kas mėnesį.\n"
    "– Kaip jaučiatės?\n"
    "– Keistai. Bet rimtai – aš gyvenu todėl, kad rašau.\n"
    "Kasdien parašau bent puslapį. Kitą dieną pusę jo išbraukiu.\n"
    "– Rašote ranka ar kompiuteriu?\n"
    "– Ranka. Kompiuteris per greitas, ir išbraukto nebematai.\n"
    "– Ką skaitote dabar?\n"
    "– Senus laiškus, kuriuos radau palėpėje.\n"
    "Komentarai (4)\n"
)


def test_an_undashed_paragraph_after_a_dashed_answer_does_not_open_the_next_question() -> None:
    assert texts(doc(LITHUANIAN_DASHED_TURNS)) == [
        "Jus vadina seniausia rašytoja. Ar tai tiesa?", "Kaip jaučiatės?",
        "Rašote ranka ar kompiuteriu?", "Ką skaitote dabar?",
    ]


def test_without_dashed_turns_a_statement_still_leads_into_its_question() -> None:
    text = (
        "Ein Gespräch mit Anna Berg\n\n"
        "Sie haben lange in Wien gelebt.\n\n"
        "Warum sind Sie zurückgekommen?\n\n"
        "Meine Eltern wurden alt, und ich wollte in ihrer Nähe sein, jeden Tag.\n\n"
        "Was vermissen Sie?\n\n"
        "Die Kaffeehäuser, ganz ehrlich, und die Theater am Abend mit Freunden.\n\n"
        "Und was nicht?\n\n"
        "Den Verkehr am Gürtel, der mich jeden Morgen Nerven gekostet hat.\n"
    )
    found = texts(doc(text))
    assert "Was vermissen Sie?" in found
    assert not any(question.startswith("Meine") for question in found)


# --- quick-fire prompts in capitals, the answer after one space -----------------------------

ICELANDIC_CAPS_PROMPTS = (
    "Forsíða Fólk Spurt og svarað\n\n"
    "Alltaf á ferðinni\n\n"
    "Jón Ari Pálsson, ljósmyndari, svarar spurningum vikunnar.\n\n"
    "MÉR FINNST GAMAN AÐ … synda í sjónum. Það hefur alltaf verið svo.\n\n"
    "KAFFI EÐA TE? Te, með hunangi.\n\n"
    "HVAR LÆTURÐU KLIPPA ÞIG? Heima, konan mín sér um það.\n\n"
    "FYRSTA STARFIÐ? Að vinna í fiski á Eskifirði.\n\n"
    "Deila\n"
)


def test_prompts_in_capitals_are_cut_from_their_answers() -> None:
    assert texts(doc(ICELANDIC_CAPS_PROMPTS)) == [
        "MÉR FINNST GAMAN AÐ …", "KAFFI EÐA TE?", "HVAR LÆTURÐU KLIPPA ÞIG?", "FYRSTA STARFIÐ?",
    ]


def test_a_news_storys_capitals_are_no_prompts() -> None:
    text = (
        "Local news\n\n"
        "Storm closes harbour\n\n"
        "REYKJAVIK — The harbour was closed on Monday as winds rose.\n\n"
        "UPDATE: Ferries will run again on Tuesday morning.\n\n"
        "WHAT NEXT? Nobody knows yet, the harbour master said.\n\n"
        "The coast guard advised boats to stay in port until the wind drops.\n"
    )
    assert texts(doc(text)) == []


# --- a line under a numbered question that opens in a script without capitals -------------

def test_a_line_opens_a_sentence_in_a_script_without_capitals() -> None:
    assert opens_a_sentence("''யாரை நம்புகிறீர்கள்''")
    assert opens_a_sentence("यह सच है।")
    assert opens_a_sentence("Yes.")
    assert not opens_a_sentence("and then we went home")
    assert not opens_a_sentence("'tis the season")


def test_typed_double_quotes_around_a_whole_question_are_dropped() -> None:
    assert without_typed_quotes("''ஒருவரை நம்புவது தவறா?''") == "ஒருவரை நம்புவது தவறா?"
    assert without_typed_quotes("''Rock'' or ''pop''?") == "''Rock'' or ''pop''?"


# --- a request among the question headings ("### Háblenos de su equipo.") -----------------

SPANISH_HEADING_REQUEST = (
    "# «El glaciar se va, pero seguimos midiendo»\n\n"
    "**Hablamos con la glacióloga Marta Ibáñez sobre el último verano en el Pirineo.**\n\n"
    "### ¿Cuánto hielo se ha perdido este año?\n\n"
    "Más de un metro de espesor en la zona alta, algo que no habíamos medido nunca.\n\n"
    "### ¿Se puede hacer algo para frenarlo?\n\n"
    "Localmente poco. El clima es global y la respuesta también tiene que serlo.\n\n"
    "### Cuéntenos cómo trabaja su equipo.\n\n"
    "Somos cinco personas y subimos cada mes, haga el tiempo que haga, con los aparatos.\n\n"
    "### ¿Qué verán nuestros nietos?\n\n"
    "Roca desnuda donde hoy hay hielo, me temo, salvo en las caras más umbrías.\n"
)


def test_a_request_among_question_headings_is_a_question() -> None:
    assert texts(doc(SPANISH_HEADING_REQUEST, markdown=True)) == [
        "¿Cuánto hielo se ha perdido este año?",
        "¿Se puede hacer algo para frenarlo?",
        "Cuéntenos cómo trabaja su equipo.",
        "¿Qué verán nuestros nietos?",
    ]


def test_an_intertitle_among_question_headings_stays_a_heading() -> None:
    text = SPANISH_HEADING_REQUEST.replace("Cuéntenos cómo trabaja su equipo.", "El equipo")
    assert "El equipo" not in texts(doc(text, markdown=True))


# --- a numbered question over its quoted answer, in a script without capitals --------------

TAMIL_QUOTED_NUMBERED = (
    "வலைப்பதிவு\n\n"
    "நான் ரசித்த கேள்வி பதில்கள்\n\n"
    "வார இதழில் படித்த சில கேள்வி பதில்கள்.\n\n"
    "1. ''நண்பர்களை எப்படித் தேர்ந்தெடுப்பது?''\n"
    "''உங்களைக் கேள்வி கேட்பவர்களை! அவர்களே உண்மையான நண்பர்கள்.''\n"
    "க.ராஜா, மதுரை.\n"
    "2. ''ஓய்வு நேரத்தை எப்படிச் செலவிடலாம்?''\n"
    "''ஒரு புத்தகத்தோடு!''\n"
    "லீலா, சென்னை\n"
    "3. ''மழை ஏன் குறைந்துவிட்டது?''\n"
    "''மரங்கள் குறைந்ததால்.''\n"
    "ப.மணி, கோவை\n"
)


def test_a_numbered_question_over_its_answer_in_tamil_stands_apart() -> None:
    assert texts(doc(TAMIL_QUOTED_NUMBERED)) == [
        "நண்பர்களை எப்படித் தேர்ந்தெடுப்பது?",
        "ஓய்வு நேரத்தை எப்படிச் செலவிடலாம்?",
        "மழை ஏன் குறைந்துவிட்டது?",
    ]


# --- questions kept on their own line over their answers, a box after a news report -------

GERMAN_ASKED_BOX = (
    "Lokales\n\n"
    "Eisbahn öffnet später\n\n"
    "Von Jana Roth\n"
    "04.12.2024, 18:10 Uhr\n\n"
    "Teilen\n"
    "Drucken\n\n"
    "Weiden. Die Eisbahn am Stadtpark öffnet nicht wie geplant Anfang Dezember. Die Kältemaschine "
    "muss erst repariert werden.\n\n"
    "Nachgefragt bei Platzwart Olaf Brink\n\n"
    "Herr Brink, wie groß ist der Schaden?\n"
    "Groß genug. Ein Kompressor ist ausgefallen, das Ersatzteil kommt aus Italien.\n\n"
    "Wann können die Leute wieder laufen?\n"
    "Wenn alles klappt, zu Weihnachten.\n\n"
    "Bleibt der Eintritt gleich?\n"
    "Ja, das hat der Stadtrat schon beschlossen.\n\n"
    "Mehr aus Weiden\n"
    "Weihnachtsmarkt: Buden stehen\n"
)


def test_questions_kept_apart_over_their_answers_are_cut_from_them() -> None:
    assert texts(doc(GERMAN_ASKED_BOX)) == [
        "Herr Brink, wie groß ist der Schaden?",
        "Wann können die Leute wieder laufen?",
        "Bleibt der Eintritt gleich?",
    ]


def test_two_questions_kept_apart_are_not_enough() -> None:
    text = GERMAN_ASKED_BOX.replace(
        "Bleibt der Eintritt gleich?\nJa, das hat der Stadtrat schon beschlossen.\n\n", "")
    assert texts(doc(text)) == []


# --- questions answered in the third person among questions with dashed answers ------------

SWEDISH_TOLD_ANSWERS = (
    "Nyheter | Ljusdal\n\n"
    "Fyra frågor till nya rektorn\n\n"
    "Publicerad 2024-02-02 08:00\n"
    "Av Maria Ek\n\n"
    "Dela\n"
    "Lyssna\n\n"
    "Sedan januari är Eva Lund rektor på Älvskolan. Vi ställde fyra frågor till henne.\n\n"
    "Var växte du upp?\n"
    "Eva Lund är född i Gävle men har bott i Ljusdal i tjugo år.\n"
    "– Jag känner mig hemma här, säger hon.\n\n"
    "Vad vill du ändra först?\n"
    "Hon vill börja med schemat, så att eleverna får längre lunch.\n\n"
    "Vad gör du på fritiden?\n"
    "Hon paddlar kajak och sjunger i kör.\n\n"
    "Vilken bok läser du nu?\n"
    "– En deckare av en lokal författare. Den är riktigt spännande.\n\n"
    "Läs också\n"
    "Skolan får ny matsal\n"
)


def test_questions_answered_in_the_third_person_are_questions_too() -> None:
    assert texts(doc(SWEDISH_TOLD_ANSWERS)) == [
        "Var växte du upp?", "Vad vill du ändra först?", "Vad gör du på fritiden?",
        "Vilken bok läser du nu?",
    ]


# --- numbered questions listed once above each respondent's numbered answers ----------------

CZECH_LISTED_ONCE = (
    "Deník\n\n"
    "Anketa: Jak se připravujete na sezonu?\n\n"
    "Všem trenérům jsme položili stejné tři otázky.\n\n"
    "1. Kdy začínáte trénovat?\n\n"
    "2. Máte nové hráče?\n\n"
    "3. Kam chcete v tabulce dojít?\n\n"
    "Lysá\n\n"
    "Pavel Novák\n\n"
    "1. Už v lednu, dvakrát týdně.\n\n"
    "2. Dva mladé kluky z dorostu.\n\n"
    "3. Do první pětky.\n\n"
    "Milovice\n\n"
    "Karel Svoboda\n\n"
    "1. Až v únoru, hala je obsazená.\n\n"
    "2. Zatím ne.\n\n"
    "3. Hlavně se nechceme bát sestupu.\n"
)


def test_questions_listed_once_above_numbered_answers_are_asked_once() -> None:
    assert texts(doc(CZECH_LISTED_ONCE)) == [
        "Kdy začínáte trénovat?", "Máte nové hráče?", "Kam chcete v tabulce dojít?",
    ]


def test_a_quiz_with_one_answer_key_is_no_questionnaire() -> None:
    text = (
        "Kvíz\n\n"
        "1. Kolik nohou má pavouk?\n\n"
        "2. Jak se jmenuje hlavní město Slovenska?\n\n"
        "3. Kdo napsal Babičku?\n\n"
        "Odpovědi\n\n"
        "1. Osm.\n\n"
        "2. Bratislava.\n\n"
        "3. Božena Němcová.\n"
    )
    assert texts(doc(text)) == []
