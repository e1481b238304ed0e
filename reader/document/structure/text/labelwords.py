"""The words "question" and "answer" as interviews label their turns, in the languages of
Europe and the major languages of the world: "Spørsmål:" / "Svar:", "Kérdés:" / "Válasz:",
"ΕΡΩΤΗΣΗ 1: -" / "ΑΠΑΝΤΗΣΗ 1:", "Вопрос:" / "Ответ:", "QUESTÃO 2:", "Pertanyaan:" /
"Jawaban:", "質問：" / "回答：". A school paper or a council's newsletter writes its interview
so as often as with "Q:"/"A:" or with names.

The short labels textcues reads from a turn's first letter (Q, F, P, V, D; A, R; "Frage",
"Pregunta", "Réponse"…) stay there; this list is the full words only. A full word counts as a
label only with a colon after it, or a turn's number and then a colon, a period, a bracket or a
dash ("PYTANIE 3.", "Soru 4 –"), or a dash set apart ("Kysymys – …"): "Soru" or "Svar" opening
an ordinary sentence is no label. A leaf module: it imports nothing of the structure rules.
"""

from __future__ import annotations

import re

# Each language's word for "question", as written with and without its accents (capitals
# drop them: "ΕΡΩΤΗΣΗ", "INTREBARE"). Case is ignored.
_QUESTION_WORDS = (
    "questão|questao|pergunta|pregunta|question|domanda|frage|vraag|"  # pt es en it de nl
    "spørsmål|spørgsmål|sporsmal|fråga|spurning|"  # no da sv is
    "kysymys|küsimus|kérdés|kerdes|pytanie|otázka|otazka|vprašanje|pitanje|"  # fi et hu pl cs sl hr
    "întrebare|intrebare|klausimas|jautājums|pyetje|soru|galdera|cwestiwn|ceist|"
    "mistoqsija|pertanyaan|soalan|tanong|swali|câu hỏi|hỏi|"  # mt id ms tl sw vi
    "вопрос|питање|питання|пытанне|въпрос|прашање|"  # ru sr uk be bg mk
    "ερώτηση|ερωτηση"  # el
)
_ANSWER_WORDS = (
    "resposta|respuesta|answer|risposta|antwort|antwoord|réponse|reponse|"
    "svar|svör|vastaus|vastus|válasz|valasz|odpowiedź|odpowiedz|odpověď|odpoveď|odpoved|"
    "odgovor|răspuns|raspuns|atsakymas|atbilde|përgjigje|pergjigje|cevap|yanıt|erantzuna|"
    "ateb|freagra|tweġiba|jawaban|jawapan|sagot|jibu|trả lời|đáp|"
    "ответ|одговор|відповідь|адказ|отговор|"
    "απάντηση|απαντηση"
)
# A turn's number after the word ("QUESTÃO 1", "Pytanie nr 2", "Soru 3"), then what ends the
# label: a colon (a dash may follow it, "ΕΡΩΤΗΣΗ 1: - Πόσο …"), after a number a period or a
# bracket too, or a dash set apart; then the turn's first character.
_NUMBER = r"(?:[ \t]*(?:n[º°or]\.?[ \t]*)?\d{1,3})?"
_END = (
    r"(?:[ \t]*[:：][ \t]*(?:[-–—][ \t]*)?"
    r"|(?<=\d)[.)][ \t]*(?:[-–—][ \t]*)?"
    r"|[ \t]+[-–—][ \t]+)"
    r"(?=\S)"
)


def _label(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:{words})(?![^\W\d_]){_NUMBER}{_END}")


WORD_QUESTION = _label(_QUESTION_WORDS)
WORD_ANSWER = _label(_ANSWER_WORDS)
# The letters those words begin with, either case: any other opening is no such label.
WORD_INITIALS = frozenset(
    case
    for word in (_QUESTION_WORDS + "|" + _ANSWER_WORDS).split("|")
    for case in (word[0], word[0].upper())
)

# Scripts without capitals or spaces: a colon after the word is enough ("質問：", "提问：",
# "回答：", "שאלה:", "پرسش:", "प्रश्न:", "คำถาม:", Thai's verbs "ถาม:" / "ตอบ:", ask / answer);
# Arabic, Chinese and Korean's shortest labels ("س:", "问：", "문:") are textcues' own.
_SCRIPT_QUESTIONS = ("質問", "提问", "提問", "שאלה", "پرسش", "प्रश्न", "सवाल", "คำถาม", "ถาม")
_SCRIPT_ANSWERS = (
    "回答", "答え", "答复", "答覆", "תשובה", "پاسخ", "उत्तर", "जवाब", "คำตอบ", "ตอบ",
)
# Hindi shortens them to their first syllable, with a period or a colon: "प्र. …?" / "उ: …"
# (a space after it: "उ.प्र." is Uttar Pradesh).
_HINDI_QUESTION = r"|प्र(?:\.|[ \t]*[:：])[ \t]+(?=\S)"
_HINDI_ANSWER = r"|उ(?:\.|[ \t]*[:：])[ \t]+(?=\S)"
SCRIPT_QUESTION = re.compile(
    rf"(?:{'|'.join(_SCRIPT_QUESTIONS)})[ \t]*[:：][ \t]*(?=\S){_HINDI_QUESTION}")
SCRIPT_ANSWER = re.compile(
    rf"(?:{'|'.join(_SCRIPT_ANSWERS)})[ \t]*[:：][ \t]*(?=\S){_HINDI_ANSWER}")
SCRIPT_OPENINGS = frozenset(word[0] for word in _SCRIPT_QUESTIONS + _SCRIPT_ANSWERS)

# Such a label glued after the sentence before it, where a page's line broke ("… κοινότητας;
# ΑΠΑΝΤΗΣΗ 1: - Είμαι …", "…？回答：…"): the space that stood for the break, if any, is group 1.
# Greek asks with ";".
GLUED_LABEL = re.compile(
    r"(?<=[.!?;;…»”\"。？！])([ \t\u2028]?)(?="
    rf"(?i:{_QUESTION_WORDS}|{_ANSWER_WORDS})(?![^\W\d_]){_NUMBER}{_END}"
    rf"|(?:{'|'.join(_SCRIPT_QUESTIONS + _SCRIPT_ANSWERS)})[ \t]*[:：])"
)


def label_word(text: str, first: str) -> tuple[bool, int] | None:
    """Whether a turn opens with the word "question" (True) or "answer" (False) in full, in
    any language listed here ("Spørsmål:", "ΕΡΩΤΗΣΗ 1: -", "質問："), and where its words
    begin; None when it opens with neither. ``first`` is the text's first character."""
    if first in WORD_INITIALS:
        question, answer = WORD_QUESTION, WORD_ANSWER
    elif first in SCRIPT_OPENINGS:
        question, answer = SCRIPT_QUESTION, SCRIPT_ANSWER
    else:
        return None
    if match := question.match(text, 0, 48):
        return True, match.end()
    if match := answer.match(text, 0, 48):
        return False, match.end()
    return None
