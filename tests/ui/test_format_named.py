"""The window names a saved e-mail "E-mail" and a song's timed lyrics "Lyrics".

Both are read by readers whose format is another's (an e-mail by the text rules, lyrics as a
timed transcript): the window said "Fragen für die Serie … — Accessible Reader" for an e-mail
(nothing to tell it from a text file) and "Où vas-tu, petit train ? (Transcript)" for a song,
and Orca says the window's title on opening it (docs/what-orca-hears.md, session 17, second
walk)."""

from __future__ import annotations

from pathlib import Path

from reader import messages

MAIL = (
    "From: Sabine Kohl <s.kohl@posteo.example>\n"
    "To: Tobias Reiter <t.reiter@stadtanzeiger.example>\n"
    "Subject: Re: Fragen zur Imkerei\n"
    "Date: Wed, 17 Apr 2024 21:36:05 +0200\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Hallo Herr Reiter,\n\nhier meine Antworten.\n"
)
LYRICS = (
    "[ti:Où vas-tu, petit train ?]\n[ar:Les Cousins Merle]\n"
    "[00:01.00]Où vas-tu, petit train,\n[00:04.50]Si tôt le matin ?\n"
    "[00:08.00]Tu siffles sur le pont,\n[00:11.20]Tu réveilles la maison.\n"
)


def _opened(make_window, path: Path):
    window = make_window()
    assert window.open_path(path) == ""
    return window


def test_a_saved_email_is_named_email(make_window, tmp_path):
    path = tmp_path / "antwort.eml"
    path.write_text(MAIL, encoding="utf-8")
    window = _opened(make_window, path)
    assert window.windowTitle() == "Fragen zur Imkerei (E-mail) — Accessible Reader"
    assert "Fragen zur Imkerei (E-mail)." in window.keyboard.places.where_am_i_text()


def test_timed_lyrics_are_named_lyrics(make_window, tmp_path):
    path = tmp_path / "petit-train.lrc"
    path.write_text(LYRICS, encoding="utf-8")
    window = _opened(make_window, path)
    assert window.windowTitle() == "Où vas-tu, petit train ? (Lyrics) — Accessible Reader"


def test_other_text_and_subtitles_keep_their_names(make_window, tmp_path):
    text = tmp_path / "mail.txt"  # an e-mail pasted into a text file is text
    text.write_text(MAIL, encoding="utf-8")
    assert _opened(make_window, text).windowTitle() == "Fragen zur Imkerei — Accessible Reader"
    subtitles = tmp_path / "talk.srt"
    subtitles.write_text("1\n00:00:01,000 --> 00:00:03,000\nHello there.\n", encoding="utf-8")
    assert _opened(make_window, subtitles).windowTitle().endswith(
        " (Transcript) — Accessible Reader")


def test_file_open_lists_lyrics_under_their_own_name():
    filters = messages.document_filters().split(";;")
    assert "Lyrics (*.lrc)" in filters
    transcript = next(line for line in filters if line.startswith("Transcript ("))
    assert "*.lrc" not in transcript and "*.srt" in transcript
