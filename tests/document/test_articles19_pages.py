"""Pages that ask questions but interview nobody (session 19): an essay asking "we" with its
reader, a litany of rhetorical questions one a line, news answering its own questions with
its prose and the people it quotes — each must get no question; a FAQ, an expert's hotline
answers and interviews whose later questions go unlabelled keep theirs."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import corpus_page as _page
from .test_structure_layouts import doc
from .test_structure_layouts import questions_of as _questions

# --- Must catch: the writer asking with the reader, "we" --------------------------------------


def test_an_essay_asking_we_and_answering_no_gets_no_questions_and_keeps_its_headline():
    document = _page("en-essay-why-we-really-procrastinate-asks-itself-no-first-person.txt")
    assert _questions(document) == []
    assert document.kind is not DocumentKind.INTERVIEW
    assert document.title == "Why Do We Really Put Things Off?"


def test_a_column_whose_intertitles_ask_wir_gets_no_questions():
    assert _questions(_page("de-kolumne-warum-tun-wir-nichts-zwischentitel-fragen-zitat.md")) == []


def test_a_dutch_opinion_piece_asking_we_in_bold_gets_no_questions():
    document = doc(
        "# Waarom gooien we zoveel eten weg?\n\n"
        "Elk jaar verdwijnt per huishouden tientallen kilo's voedsel in de container.\n\n"
        "**Kopen we te veel?**\n\n"
        "Vaak wel. De aanbiedingen lokken, en de koelkast raakt voller dan nodig.\n\n"
        "**Weten we niet hoe lang iets goed blijft?**\n\n"
        "De datum op de verpakking wordt vaak verkeerd gelezen: 'ten minste houdbaar tot' "
        "betekent niet dat het daarna bederft.\n\n"
        "**Wat helpt dan?**\n\n"
        "Een boodschappenlijst, en eerst kijken wat er nog ligt.\n",
        markdown=True,
    )
    assert _questions(document) == []


# --- Must catch: a litany, every line under a question asking again ---------------------------


def test_a_litany_of_rhetorical_questions_one_a_line_gets_no_questions():
    for name in (
        "pt-cronica-sera-que-vale-a-pena-perguntas-sem-resposta.txt",
        "sv-kronika-sluta-aldrig-fraga-varfor-lista-parentes-svar.txt",
    ):
        assert _questions(_page(name)) == [], name


def test_an_italian_litany_of_why_short_and_long_lines_by_turns_gets_no_questions():
    # Short and long lines by turns read as questions and answers; every "answer" asks too.
    document = doc(
        "Domande da pendolare\n"
        "Stamattina, sul treno delle sette, ho contato le cose che non capisco, e sono più di "
        "quante pensassi.\n"
        "Perché il biglietto aumenta ogni anno?\n"
        "Perché le stazioni piccole chiudono la biglietteria proprio d'inverno, quando fa "
        "freddo e nessuno vuole aspettare fuori al binario?\n"
        "Perché gli orari cambiano a dicembre?\n"
        "Perché i pendolari, che pagano l'abbonamento ogni mese da vent'anni, non hanno mai "
        "voce in capitolo quando si decide qualcosa?\n"
        "Perché nessuno risponde ai reclami?\n"
        "Perché il bagno del treno, in tutte le carrozze che ho visto quest'anno, è sempre "
        "chiuso o guasto?\n"
        "Forse un giorno qualcuno risponderà.\n"
    )
    assert _questions(document) == []


# --- Must catch: news answering its own questions by quoting others ---------------------------


def test_news_asking_its_own_questions_and_quoting_named_experts_gets_none():
    document = _page("fr-reportage-inflation-hausses-justifiees-questions-experts-cites.txt")
    assert _questions(document) == []
    assert document.title == (
        "Inflation : toutes les hausses de prix sont-elles vraiment justifiées ?"
    )


# --- Must not: FAQs and interviews keep their questions ---------------------------------------


def test_a_labelled_faq_and_an_experts_hotline_answers_keep_their_questions():
    faq = _page("es-faq-banco-de-libros-pregunta-respuesta-mayusculas-numeradas.txt")
    assert len(_questions(faq)) == 7
    hotline = _page("de-servicetelefon-expertin-fragen-und-antworten-ehrenamt-konflikte.txt")
    assert _questions(hotline)[:2] == ["Wer kann helfen?", "Was passiert bei einer Mediation?"]


def test_an_interview_whose_later_questions_go_unlabelled_keeps_them_all():
    name = (
        "pl-wywiad-strategia-miasta-pierwsze-pytanie-z-nazwiskiem-potem-gole-pytania-inicjaly.txt"
    )
    questions = _questions(_page(name))
    assert len(questions) == 5
    assert questions[1:3] == ["Jaka jest pani?", "Dlaczego tylko w trzech?"]


def test_an_interviewers_we_among_questions_put_to_the_guest_keeps_them():
    document = doc(
        "Sea levels: an oceanographer's view\n\n"
        "Dr Amal Rahman has measured the coast of the estuary for twenty years.\n\n"
        "Should we be worried about the estuary?\n\n"
        "Worried, no. Watchful, yes. I see the marsh losing a few metres every winter.\n\n"
        "What did you measure first?\n\n"
        "The tide gauge at the old pier. I still read it every Monday.\n\n"
        "What would you change tomorrow?\n\n"
        "I would stop building on the low fields behind the dyke.\n"
    )
    assert len(_questions(document)) == 3


def test_a_guest_answering_with_a_question_once_keeps_the_interviews_questions():
    document = doc(
        "Un café avec la boulangère\n\n"
        "Depuis quand faites-vous du pain ?\n\n"
        "Pourquoi pas depuis toujours ?\n\n"
        "Mon père pétrissait déjà ici, et je l'ai remplacé il y a quinze ans.\n\n"
        "Qu'est-ce qui a changé depuis ?\n\n"
        "La farine coûte le double, et les clients veulent du pain au levain.\n\n"
        "Et demain ?\n\n"
        "Je voudrais ouvrir une deuxième boutique, plus près de la gare.\n"
    )
    assert len(_questions(document)) >= 3


def test_an_interview_whose_answers_are_quotations_keeps_its_questions():
    document = doc(
        "Drei Fragen an die Bürgermeisterin\n\n"
        "Frau Keller, wann wird die Brücke fertig?\n\n"
        "„Ich rechne mit dem Herbst, wenn das Wetter mitspielt und die Firma Wort hält.“\n\n"
        "Was kostet Sie die Verzögerung?\n\n"
        "„Rund zweihunderttausend Euro mehr, das hat uns Ingrid Sommer vom Bauamt "
        "vorgerechnet.“\n\n"
        "Und was sagen Sie den Pendlern?\n\n"
        "„Dass ich ihren Ärger verstehe, und dass wir die Umleitung besser ausschildern.“\n"
    )
    assert len(_questions(document)) == 3


# --- An interview told, not printed: its questions speak of the guest as "she" ---------------


def test_a_blog_post_telling_an_interview_in_the_third_person_gets_no_questions():
    name = "en-blog-interview-with-climate-scientist-narrated-third-person-asides.txt"
    document = _page(name)
    assert _questions(document) == []
    assert document.title.startswith("Interview with an American Climate Scientist")


def test_a_relative_asked_about_him_who_answers_in_the_first_person_keeps_the_questions():
    document = doc(
        "Remembering the painter of the harbour\n\n"
        "His daughter Nora spoke to us in the studio he left exactly as it was.\n\n"
        "When did he start painting?\n\n"
        "At fourteen. I still have his first sketchbook, full of boats.\n\n"
        "What was he like at home?\n\n"
        "Quiet. I remember him humming while he cleaned his brushes.\n\n"
        "Did he ever want to leave the harbour?\n\n"
        "Once, for Paris. I think he lasted three weeks.\n"
    )
    assert len(_questions(document)) == 3


def test_a_spanish_tv_page_whose_economist_answers_in_quotation_marks_keeps_its_questions():
    name = "es-noticia-tv-economista-preguntas-respuestas-entrecomilladas-explica.txt"
    questions = _questions(_page(name))
    assert "¿Hay empresas que se están aprovechando de la situación?" in questions
    assert "¿Cuándo bajarán los precios?" in questions


def test_an_interview_asking_we_of_a_guest_its_lead_names_keeps_its_questions():
    document = doc(
        "Energie: Wer zahlt die Wende?\n\n"
        "Die Ökonomin Lena Berg forscht seit zehn Jahren zu Strompreisen und berät das Land.\n\n"
        "Was müssen wir jetzt tun?\n\n"
        "Zuerst die Netze ausbauen. Ohne Leitungen nützt der billigste Windstrom nichts.\n\n"
        "Was kostet uns das?\n\n"
        "Viel, aber weniger als das Zögern. Jede verlorene Saison wird teurer.\n\n"
        "Und wer zahlt am Ende?\n\n"
        "Die Verbraucher über die Netzentgelte, wenn der Staat nichts ändert.\n"
    )
    assert len(_questions(document)) == 3
