"""Layout rules found in the thirteenth round's real pages (a library director answering
readers who sign with their first name only), each with a document it must catch and one it
must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- Readers' questions, each signed with a first name only -------------------------------


def test_readers_signing_with_a_first_name_are_the_askers_of_an_online_interview():
    document = doc(
        "On-line rozhovor s ředitelem knihovny\n\n"
        "Ředitel knihovny odpovídal ve středu na dotazy čtenářů.\n\n"
        "Zdenka: Musí si knihovnice někdy přivydělávat brigádami?\n\n"
        "Pokud se nabídne brigáda, knihovnice ji asi ráda vezme.\n\n"
        "Alice: Co vás na knihovně nejvíc mrzí?\n\n"
        "Že ji město finančně skoro nepodporuje.\n\n"
        "Evča: Víte něco o krbu v půjčovně? Prý je z Pompejí.\n\n"
        "Takových historek bych mohl sepsat desítky.\n\n"
        "Jana: Jste místní rodák?\n\n"
        "Nejsem, narodil jsem se v Praze.\n"
    )
    assert asked(document) == [
        ("Zdenka", "Musí si knihovnice někdy přivydělávat brigádami?"),
        ("Alice", "Co vás na knihovně nejvíc mrzí?"),
        ("Evča", "Víte něco o krbu v půjčovně? Prý je z Pompejí."),
        ("Jana", "Jste místní rodák?"),
    ]
    assert document.kind is DocumentKind.INTERVIEW


def test_a_reader_whose_turn_asks_nothing_means_the_names_are_no_readers():
    # Three first names or more must ask: with two asking and one thanking ("Petr: Díky za
    # článek"), the names are a comment thread's commenters, not readers' questions.
    document = doc(
        "Diskuse pod článkem\n\n"
        "Zdenka: Kdy bude knihovna otevřená v létě?\n\n"
        "To by mě taky zajímalo.\n\n"
        "Alice: Půjčují se i deskové hry?\n\n"
        "Myslím, že ano.\n\n"
        "Petr: Díky za článek, byl zajímavý.\n\n"
        "Souhlasím.\n"
    )
    assert all(speaker not in ("Zdenka", "Alice", "Petr") for speaker, _ in asked(document))


def test_named_remarks_that_ask_nothing_are_no_readers_questions():
    document = doc(
        "Unsere Woche im Verein\n\n"
        "Anna: Die Halle war am Samstag voll.\n\n"
        "Das Turnier dauerte bis in den Abend.\n\n"
        "Jonas: Die neuen Trikots sind da.\n\n"
        "Sie wurden von der Bäckerei gespendet.\n\n"
        "Lena: Der Ausflug findet im Mai statt.\n\n"
        "Anmeldungen nimmt der Vorstand entgegen.\n"
    )
    assert asked(document) == []
    assert document.kind is not DocumentKind.INTERVIEW
