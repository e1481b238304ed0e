"""Text for the ear, and the map back to the words of the original."""

import re

import pytest

from reader.document import parse_text
from reader.speech.pronunciation import speakable


@pytest.mark.parametrize(
    "text, language, said",
    [
        ("M. Dupont et MM. Durand", "fr", "Monsieur Dupont et Messieurs Durand"),
        ("Mme Durand, Mme. Li, Mlle Roux", "fr", "Madame Durand, Madame Li, Mademoiselle Roux"),
        ("le Dr Martin et le Pr. Ho, n° 3", "fr",
         "le Docteur Martin et le Professeur Ho, numéro 3"),
        ("J.-M. Dupont", "fr", "J.-M. Dupont"),  # an initial, not "Monsieur"
        ("Le M de Monsieur, Mmes et Mmeu", "fr", "Le M de Monsieur, Mesdames et Mmeu"),
        ("Publié le 18/06/19 à 07h35", "fr", "Publié le 18 juin 2019 à 7 heures 35"),
        ("le 1/1/1999 à 1 h et à 10 h 05", "fr",
         "le 1er janvier 1999 à 1 heure et à 10 heures 5"),
        ("à 18h, 3 hommes, 1,5 h", "fr", "à 18 heures, 3 hommes, 1,5 h"),
        ("le 31/13/19 et 25h99", "fr", "le 31/13/19 et 25h99"),  # not a date, not a time
        ("Il a dit « non » ici.", "fr", "Il a dit non ici."),
        ("«Il y a une explosion»", "fr", "Il y a une explosion"),
        ("10\u00a0000 euros\u202f!", "fr", "10 000 euros !"),
        ("la zone – des policiers — et eux", "fr", "la zone, des policiers, et eux"),
        ("— Oui, dit-il.", "fr", "Oui, dit-il."),
        ("les années 1990–2000", "fr", "les années 1990–2000"),
        ("Voir https://www.20minutes.fr/societe/2541.html.", "fr", "Voir 20minutes."),
        ("sur www.bbc.co.uk/news ou http://192.168.0.1/x", "fr", "sur bbc ou lien"),
        ("Mr. Smith met Dr. Jones on 06/18/19", "en",
         "Mister Smith met Doctor Jones on 18 June 2019"),
        ("See https://example.com/a, or http://10.0.0.1/", "en", "See example, or link"),
        ("M. Dupont à 07h35", "de", "M. Dupont à 07h35"),  # no French rules for German
        ("Plain text stays as it is.", "en", "Plain text stays as it is."),
    ],
)
def test_what_is_said(text, language, said):
    assert speakable(text, language).text == said


def test_unchanged_text_maps_onto_itself():
    text = "Rien à changer ici."
    spoken = speakable(text, "fr", base=100)
    assert spoken.text == text
    assert spoken.offsets.to_original(0, len(text)) == (100, 100 + len(text))
    assert spoken.offsets.to_original(5, 6) == (105, 106)


def test_words_of_the_spoken_text_map_back_to_words_of_the_original():
    original = "Selon M. Dupont, le 18/06/19 à 07h35 « tout va bien » sur www.lemonde.fr."
    base = 1000
    spoken = speakable(original, "fr", base=base)
    back = {}
    for match in re.finditer(r"\w+", spoken.text):
        start, end = spoken.offsets.to_original(*match.span())
        back[match.group()] = original[start - base : end - base]
    assert back["Monsieur"] == "M."
    assert back["Dupont"] == "Dupont"
    assert back["juin"] == back["2019"] == "18/06/19"
    assert back["heures"] == "07h35"
    assert back["tout"] == "tout" and back["bien"] == "bien"
    assert back["lemonde"] == "www.lemonde.fr"


def test_the_map_at_the_edges():
    spoken = speakable("M. X", "fr", base=10)
    assert spoken.offsets.to_original(len(spoken.text), len(spoken.text)) == (14, 14)
    assert spoken.offsets.to_original(2, 2) == (10, 10)  # an empty range inside "Monsieur"
    empty = speakable("", "fr", base=7)
    assert empty.text == "" and empty.offsets.to_original(0, 0) == (7, 7)


def test_markdown_markers_never_reach_speech():
    # The model already strips them: what pronunciation is given is display text.
    document = parse_text(
        "# Titre\n\nDu **gras**, de l'*italique*, un [lien](https://x.fr), du `code`.\n\n"
        "- un point\n\n> une citation", plain_text=False)
    assert not re.search(r"[*`#>\[\]]|\]\(", document.text)
    assert "Du gras, de l'italique, un lien, du code." in document.text
