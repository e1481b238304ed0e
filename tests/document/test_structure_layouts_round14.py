"""Layout rules found in the fourteenth round's real pages (a sports paper's questions that
ask, then trail off for the coach to take up), each with a document it must catch and one it
must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- A question that asks, then trails off in "…" --------------------------------------------


def test_a_question_that_asks_then_trails_off_is_asked():
    document = doc(
        'Canales: "No me molesta que se analice lo que digo"\n\n'
        "El técnico dice que lleva bien la presión de ganar cada fin de semana.\n\n"
        "¿Cómo llevas la presión de ganar siempre? Porque imagino que es mayor que la que "
        "habías encontrado hasta ahora...\n\n"
        "La exigencia de fuera nunca supera la que nosotros mismos nos imponemos. Me levanto "
        "cada día para prepararme y preparar a quienes me rodean, y eso no cambia de un club "
        "a otro.\n\n"
        "Después de cada rueda de prensa le sacamos punta a todo. ¿Cómo lo llevas? Decía "
        "Rosales que eres un gran orador, pero cada palabra la vamos a analizar…\n\n"
        "Sí, pero en la sociedad en la que vivimos todo aparece y desaparece a una velocidad "
        "de vértigo. Lo que se dice un lunes ya no importa el jueves, y eso también me "
        "ayuda a no darle demasiadas vueltas.\n\n"
        "¿Te preparas las ruedas de prensa?\n\n"
        "Las justas. Prefiero ser natural, aunque hay cosas que, dentro de la sinceridad, uno "
        "se tiene que ahorrar, y eso sí lo pienso antes de sentarme delante de vosotros.\n"
    )
    assert [text for _, text in asked(document)] == [
        "¿Cómo llevas la presión de ganar siempre? Porque imagino que es mayor que la que "
        "habías encontrado hasta ahora...",
        "Después de cada rueda de prensa le sacamos punta a todo. ¿Cómo lo llevas? Decía "
        "Rosales que eres un gran orador, pero cada palabra la vamos a analizar…",
        "¿Te preparas las ruedas de prensa?",
    ]
    assert document.kind is DocumentKind.INTERVIEW


def test_a_standfirst_that_asks_then_trails_off_above_the_first_question_is_not_asked():
    # "… ? Questa e altre domande le abbiamo fatte a …" announces the questions: the block
    # after it asks in turn instead of taking it up.
    document = doc(
        "Voci della radio\n\n"
        "La radio è ancora la sorella minore della televisione? Questa e altre domande le "
        "abbiamo fatte alle voci della radio...\n\n"
        "Qual è la cosa più strana che ti è capitata in diretta?\n\n"
        "Un ospite si è addormentato in studio mentre parlavo, e l'abbiamo lasciato dormire "
        "fino alla fine della trasmissione.\n\n"
        "La radio ti ha reso una persona migliore?\n\n"
        "Forse più paziente. In radio ci si abitua a tutto, anche agli insulti degli "
        "ascoltatori, e si impara ad ascoltare.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Qual è la cosa più strana che ti è capitata in diretta?",
        "La radio ti ha reso una persona migliore?",
    ]


def test_an_answer_that_asks_itself_then_trails_off_stays_the_answer():
    document = doc(
        "Entrevista con la alcaldesa\n\n"
        "¿Por qué se presentó a la alcaldía?\n\n"
        "Porque nadie más quería hacerlo. Llevaba años en la asociación de vecinos, conocía "
        "los problemas del pueblo y sabía cómo se podían resolver. ¿Qué iba a hacer? Quedarme "
        "en casa mirando…\n\n"
        "¿Y qué ha cambiado desde entonces?\n\n"
        "Casi todo: las calles, el colegio, la biblioteca y sobre todo las ganas de la gente.\n"
    )
    assert [text for _, text in asked(document)] == [
        "¿Por qué se presentó a la alcaldía?",
        "¿Y qué ha cambiado desde entonces?",
    ]
