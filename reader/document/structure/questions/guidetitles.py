"""A guide to a job interview's questions, told by its title: "25 Park Ranger Interview
Questions and Answers", "Archivist Job Interview Questions and Answers", "Entrevista de
trabajo: 20 preguntas frecuentes", "Fragen im Vorstellungsgespräch". Its questions are samples
for a reader to prepare, each followed by advice and an example answer: an article, never an
interview, however its questions are set. So is a how-to ("How to …", "Comment écrire …?")
and a practical sheet ("Fiche 12 : Rédiger …")."""

from __future__ import annotations

import re

# A job interview named in the languages read here, with its questions ("Die fünf häufigsten
# Fragen im Vorstellungsgespräch"), or an interview's questions "and answers", or the common
# ones counted. "Interview questions" alone would also name an interview's own list ("Ten
# interview questions for our mayor").
_JOB_INTERVIEW = (
    r"job\s+interview|entrevista\s+de\s+(?:trabajo|emprego|empleo)|vorstellungsgespr[äa]ch"
    r"|bewerbungsgespr[äa]ch|entretien\s+d['’]embauche|colloquio\s+di\s+lavoro"
    r"|sollicitatiegesprek|rozmow\w*\s+kwalifikacyjn\w*|jobbintervju|anst[äa]llningsintervju"
    r"|työhaastattelu\w*|pohovor\w*|συνέντευξη\s+εργασίας|iş\s+görüşmesi"
    r"|собеседовани\w*|співбесід\w*"
)
_INTERVIEW_QUESTIONS_AND_ANSWERS = (
    r"interview\s+questions?\s+(?:and|&)\s+answers|(?:common|most\s+asked|top\s+\d+)"
    r"(?:\s+\S+){0,4}\s+interview\s+questions"
)
_QUESTIONS = (
    r"question|pregunt|frage|vrag|otázk|ερωτήσ|pytani|domand|pergunt|kysymy|frågor|spørsmål"
    r"|sorular|sorusu|вопрос|питан"
)
_GUIDE_TITLE = re.compile(
    rf"(?i)(?=.*(?:{_QUESTIONS})).*\b(?:{_JOB_INTERVIEW}|{_INTERVIEW_QUESTIONS_AND_ANSWERS})\b.*"
)


# A how-to's title, a question or not: "How to write a press release", "Comment écrire un
# communiqué de presse ?", "Cómo redactar …", "Come scrivere …", "Wie man …", "Jak napisać …"
# (an infinitive after the question word). Its intertitles ask what the guide then explains.
_HOW_TO = re.compile(
    r"(?i)(?:how\s+to|wie\s+man|comment\s+\w+(?:er|ir|re)|c[óo]mo\s+\w+(?:ar|er|ir)"
    r"|come\s+\w+(?:are|ere|ire)|jak\s+\w+[ćc])\b.*"
)


# A practical sheet's title, numbered or not, before its subject: "Fiche 12 : Rédiger un
# communiqué de presse", "Tip sheet: …", "Merkblatt 3: …", "Ficha 2: …" (the questions it lists
# are the ones a reader's text must answer: "QUOI ?" / "POURQUOI ?").
_SHEET = re.compile(
    r"(?i)(?:fiche(?:\s+pratique)?|ficha|scheda|merkblatt|infoblatt|tip\s+sheet|fact\s+sheet"
    r"|tutoriel|tutorial|mode\s+d['’]emploi)(?:\s+(?:n[°o]\.?\s*)?\d{1,3})?\s*:\s*\S.*"
)


# A guide named so, and what it guides to: "Guide to your first job interview", "Гайд із
# проходження співбесіди", "Guía para preparar …", "Leitfaden für …", "Poradnik dla …". Its
# intertitles ask what it then explains ("Що таке співбесіда?"). The word alone may name a
# person's trade ("Guide de montagne : …", "Guide dog trainer"), hence the preposition.
_GUIDE = re.compile(
    r"(?i)(?:guide|гайд|посібник|путівник|руководство|guía|guia|leitfaden|ratgeber|poradnik"
    r"|průvodce|handleiding)\s+(?:to|for|з|із|до|по|для|para|pra|de\s+la|del|für|zum|zur|dla"
    r"|do|k|ke|voor|naar)\s+\S.*"
)


def is_question_guide_title(title: str) -> bool:
    """Whether a title names a guide to a job interview's questions, a how-to, a guide or a
    sheet."""
    title = title.strip()
    return any(p.fullmatch(title) is not None for p in (_GUIDE_TITLE, _HOW_TO, _SHEET, _GUIDE))


_HEADLINE_WORDS = 16


def guide_above(lines: list[str]) -> bool:
    """Whether a short line above the questions (``lines``, the page's top down to the first
    question) names a guide to a job interview's questions, as its headline does when the
    site's name was taken for the title ("Search Engine Libro" over "SEO Interview Questions &
    Answers"); only the job interview's guide, the one kind a line names that surely."""
    return any(
        len(line.split()) <= _HEADLINE_WORDS and _GUIDE_TITLE.fullmatch(line.strip()) is not None
        for line in lines
    )
