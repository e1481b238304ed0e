"""Real files' traps, round 15 (session 17; tests/document/fixtures/real_formats): a voice
off screen set in italics in subtitles, lyrics files (LRC), … Each rule has a test that
catches it and one that keeps it from reaching too far."""

from __future__ import annotations

from pathlib import Path

from reader.document.pipeline import open_document
from scripts.score_real_formats import DEFAULT, built


def _document(path: Path):
    return open_document(path, with_language=False)


def _paragraphs(document) -> list[str]:
    return [block.text for block in document.blocks]


def _said(document) -> str:
    return " ".join(block.text for block in document.blocks)


# --- Subtitles: the interviewer off screen, in italics ---------------------------------------

def _captions(tmp_path: Path, cues: list[str], suffix: str = ".vtt") -> Path:
    blocks = [f"{n}\n00:00:{2 * n:02},000 --> 00:00:{2 * n + 1:02},500\n{text}"
              for n, text in enumerate(cues, 1)]
    if suffix == ".vtt":
        blocks = ["WEBVTT"] + [b.replace(",", ".", 2) for b in blocks]
    path = tmp_path / f"captions{suffix}"
    path.write_text("\n\n".join(blocks) + "\n", "utf-8")
    return path


def test_a_voice_in_italics_beside_roman_lines_is_another_speaker(tmp_path):
    document = _document(built("vtt-offscreen-interviewer-italics-pt", DEFAULT, tmp_path))
    assert [q.heading for q in document.questions][:2] == [
        "Dona Amélia, há quanto tempo faz renda de bilros?",
        "E ainda se vende renda aqui na vila?"]
    srt = _document(_captions(tmp_path, [
        "<i>How long have you kept bees?</i>", "Since I was nine.",
        "My uncle had twenty hives.", "<i>Do they sting you</i>", "<i>very often?</i>",
        "Less than you would think."], ".srt"))
    assert _paragraphs(srt) == ["How long have you kept bees?",
                                "Since I was nine. My uncle had twenty hives.",
                                "Do they sting you very often?", "Less than you would think."]


def test_italics_inside_a_line_or_all_through_a_file_say_nothing_of_speakers(tmp_path):
    emphasis = _document(_captions(tmp_path, [
        "It was <i>really</i> cold that year.", "We lost half the hives.",
        "<i>Nobody</i> saw it coming.", "Not even my uncle."]))
    assert len(_paragraphs(emphasis)) == 1
    all_italic = _document(_captions(tmp_path, [
        "<i>The wind came first.</i>", "<i>Then the snow.</i>", "<i>Then nothing.</i>"]))
    assert len(_paragraphs(all_italic)) == 1
    sung = _document(_captions(tmp_path, [
        "<i>♪ Over the hills ♪</i>", "And that was the song.", "<i>♪ and far away ♪</i>",
        "My mother sang it."]))
    assert len(_paragraphs(sung)) == 1


# --- Lyrics with timings (LRC) ---------------------------------------------------------------

_SONG = ("[ti:The Ferryman's Reel]\n[ar:Ellen Shaw]\n[al:Tidewater]\n[by:lrc-maker]\n"
         "[length: 2:40]\n[offset:+120]\n"
         "[00:01.00]\n[00:04.10]Row me over, ferryman,\n[00:07.20]the water's running high,\n"
         "[00:10.30][00:40.00]Sing it low and <00:12.00>sing it slow\n"
         "[00:13.40][00:43.10]until the morning sky.\n"
         "[00:26.00]The lantern on the landing stage\n[00:29.10]is burning down to blue,\n")


def test_an_lrc_files_song_is_read_by_its_times_under_its_title(tmp_path):
    for name in ("song.lrc", "song.txt"):  # a player's file, or the same saved as text
        path = tmp_path / name
        path.write_text(_SONG, "utf-8")
        document = _document(path)
        assert document.title == "The Ferryman's Reel"
        said = _said(document)
        assert "[" not in said and "lrc-maker" not in said and "2:40" not in said
        assert "Ellen Shaw" in said and "Tidewater" in said
        assert said.count("Sing it low and sing it slow") == 2  # the chorus, as sung
        verses = [b.text for b in document.blocks if "Row me over" in b.text
                  or "The lantern" in b.text]
        assert len(verses) == 2  # the music between them parts the verses
    corpus = _document(DEFAULT.parent / "corpus" / "fr-chanson-paroles-lrc-horodatees.txt")
    assert corpus.title == "Où vas-tu, petit train ?"


def test_a_transcript_with_bracketed_times_is_no_lyrics_file(tmp_path):
    path = tmp_path / "episode.txt"
    path.write_text("[00:00:03] Host: Welcome back to the show.\n"
                    "[00:00:09] Guest: Thanks for having me.\n"
                    "[00:00:12] Host: Where did it all start?\n", "utf-8")
    document = _document(path)
    assert document.format == "text"
    assert "[00:00:03]" in _said(document)  # as written: the text rules read its times
    note = tmp_path / "note.txt"
    note.write_text("[Note: this draft is not final]\nWe met on Tuesday.\n", "utf-8")
    assert _document(note).format == "text"


# --- A post's "Previous article / Next article" box ------------------------------------------

def _post(tmp_path: Path, box: str) -> Path:
    path = tmp_path / "post.html"
    path.write_text(
        "<html><body><article><h1>Ten questions for the ferry captain</h1>"
        "<p><b>How long have you sailed this route?</b></p><p>Since 1998, twice a day.</p>"
        "<p><b>What is the worst weather you have seen?</b></p><p>The January storm of "
        f"2014.</p>{box}</article></body></html>", "utf-8")
    return path


def test_a_themes_previous_and_next_article_box_is_not_read(tmp_path):
    said = _said(_document(built("html-firefox-complete-tagdiv-p-r-es", DEFAULT, tmp_path)))
    assert "Artículo anterior" not in said and "feria de ganado" not in said
    for box in ('<div class="td-block-row td-post-next-prev"><div class="td-post-prev-post">'
                '<span>Previous article</span><a href="/a">Harbour fees to rise</a></div></div>',
                '<div class="nav-links"><div class="nav-previous"><a href="/a">Previous '
                'article Harbour fees to rise</a></div></div>'):
        said = _said(_document(_post(tmp_path, box)))
        assert "Harbour fees" not in said and "The January storm of 2014." in said


def test_a_box_of_next_steps_or_words_about_the_next_post_are_read(tmp_path):
    said = _said(_document(_post(tmp_path, '<div class="next-steps"><p>Harbour fees will be '
                                            "discussed at the next post-holiday meeting.</p>"
                                            "</div>")))
    assert "Harbour fees will be discussed at the next post-holiday meeting." in said


# --- A PDF's rule typed with one character ---------------------------------------------------

def _pdf(tmp_path: Path, lines: list[str]) -> Path:
    import sys

    if str(DEFAULT) not in sys.path:
        sys.path.insert(0, str(DEFAULT))
    from pdf_raw import Item, write_raw_pdf

    items = [Item(60, 760 - 16 * n, text, "R", 10) for n, text in enumerate(lines)]
    return write_raw_pdf(tmp_path / "typed.pdf", [items], producer="Microsoft Word")


def test_a_rule_typed_in_a_pdf_is_a_rule_not_words(tmp_path):
    said = _said(_document(built("pdf-word-two-column-footnotes-hyphens-fr", DEFAULT, tmp_path)))
    assert "__" not in said and "Le bibliobus dessert 41 communes" in said
    document = _document(_pdf(tmp_path, ["The first part ends here.", "", "*  *  *", "",
                                         "The second part opens here.", "",
                                         "____________________", "1 A note under the rule."]))
    assert [b.kind.name for b in document.blocks].count("RULE") == 2
    assert "*" not in _said(document) and "A note under the rule." in _said(document)


def test_a_line_with_words_and_underscores_is_read(tmp_path):
    said = _said(_document(_pdf(tmp_path, ["Please sign below.", "",
                                           "Signature: ______________", "",
                                           "-- the editors"])))
    assert "Signature: ______________" in said and "-- the editors" in said


# --- SubStation Alpha subtitles (.ass, .ssa) --------------------------------------------------

def _script(tmp_path: Path, title: str, events: list[str], name: str = "talk.ass") -> Path:
    path = tmp_path / name
    path.write_text(
        "[Script Info]\n; Script generated by Aegisub 3.2.2\n"
        f"Title: {title}\nScriptType: v4.00+\nPlayResX: 1920\nPlayResY: 1080\n\n"
        "[V4+ Styles]\nFormat: Name, Fontname, Fontsize, PrimaryColour, Bold, Italic, "
        "Alignment\nStyle: Default,Arial,64,&H00FFFFFF,0,0,2\n\n[Events]\n"
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
        + "\n".join(events) + "\n", "utf-8-sig")
    return path


def test_a_substation_scripts_dialogues_are_read_as_speech(tmp_path):
    events = [
        r"Dialogue: 0,0:00:05.00,0:00:07.50,Default,Ines,0,0,0,,Since I was nine, in Hartley.",
        r"Dialogue: 0,0:00:01.00,0:00:04.00,Default,Tom,0,0,0,,{\an8}How long have you\Nkept "
        "bees?",
        "Comment: 0,0:00:02.00,0:00:03.00,Default,,0,0,0,,check the spelling of Hartley",
        r"Dialogue: 0,0:00:08.00,0:00:10.00,Default,Tom,0,0,0,,Do they sting you, then?",
        r"Dialogue: 0,0:00:11.00,0:00:13.00,Default,Ines,0,0,0,,{\p1}m 0 0 l 100 0 100 100"
        r"{\p0}Less than you'd think."]
    for name in ("talk.ass", "talk.txt"):
        document = _document(_script(tmp_path, "Beekeepers of the valley, part 2", events,
                                     name))
        assert document.title == "Beekeepers of the valley, part 2"
        assert _paragraphs(document)[1:] == [
            "Tom: How long have you kept bees?", "Ines: Since I was nine, in Hartley.",
            "Tom: Do they sting you, then?", "Ines: Less than you'd think."]
    italics = _document(_script(tmp_path, "Default Aegisub file", [
        r"Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,{\i1}Where were you born?{\i0}",
        r"Dialogue: 0,0:00:04.00,0:00:06.00,Default,,0,0,0,,In the mill house.",
        r"Dialogue: 0,0:00:07.00,0:00:09.00,Default,,0,0,0,,My father ran the mill.",
        r"Dialogue: 0,0:00:10.00,0:00:12.00,Default,,0,0,0,,{\i1}And your mother?{\i0}",
        r"Dialogue: 0,0:00:13.00,0:00:15.00,Default,,0,0,0,,She kept the books."]))
    assert italics.title == "talk"  # Aegisub's own name for a new script is no title
    assert _paragraphs(italics)[:2] == ["Where were you born?",
                                        "In the mill house. My father ran the mill."]


def test_a_text_that_mentions_script_info_is_text(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Notes on the subtitles\n[Script Info] comes first in an .ass file.\n",
                    "utf-8")
    assert _document(path).format == "text"


# --- Word's documents with macros and templates ----------------------------------------------

def _word_as(tmp_path: Path, content_type: str, name: str) -> Path:
    import zipfile

    import docx

    document = docx.Document()
    document.add_paragraph("Minutes of the allotment committee", style="Title")
    document.add_paragraph("When does the water come back on?").runs[0].bold = True
    document.add_paragraph("In the first week of April.")
    source = tmp_path / "source.docx"
    document.save(str(source))
    with zipfile.ZipFile(source) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    main = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        main.encode(), content_type.encode())
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        for part, data in parts.items():
            archive.writestr(part, data)
    return path


def test_words_documents_with_macros_and_its_templates_are_read(tmp_path):
    for kind, name in (("application/vnd.ms-word.document.macroEnabled.main+xml", "a.docm"),
                       ("application/vnd.openxmlformats-officedocument.wordprocessingml."
                        "template.main+xml", "b.dotx"),
                       ("application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
                        "c.dotm"),
                       ("application/vnd.ms-word.document.macroEnabled.main+xml", "d.docx")):
        document = _document(_word_as(tmp_path, kind, name))
        assert document.title == "Minutes of the allotment committee"
        assert "In the first week of April." in _said(document)


def test_a_package_that_is_no_word_document_is_still_refused(tmp_path):
    import pytest

    from reader.document.loading import LoadError

    path = _word_as(tmp_path, "application/vnd.openxmlformats-officedocument."
                              "presentationml.presentation.main+xml", "e.docx")
    with pytest.raises(LoadError):
        _document(path)


# --- Timed Text subtitles (TTML, DFXP) --------------------------------------------------------

_TT = ('<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="{ns}" xmlns:tts="{ns}#styling" '
       'xmlns:ttm="{ns}#metadata" xmlns:ttp="{ns}#parameter" ttp:tickRate="10000000" '
       'xml:lang="de"><head><metadata><ttm:title>Orgelbauer im Porträt</ttm:title>{agents}'
       '</metadata><styling><style xml:id="weiss" tts:color="#FFFFFF"/><style xml:id="gelb" '
       'tts:color="#FFFF00"/></styling></head><body><div>{body}</div></body></tt>\n')


def _timed_text(tmp_path: Path, body: str, name: str = "sendung.ttml", agents: str = "",
                ns: str = "http://www.w3.org/ns/ttml") -> Path:
    path = tmp_path / name
    path.write_text(_TT.format(ns=ns, agents=agents, body=body), "utf-8")
    return path


def test_a_timed_text_files_subtitles_are_read_with_their_speakers(tmp_path):
    coloured = ('<p begin="10000000t" end="35000000t" style="gelb">Frau Albrecht, wie kommt '
                'man<br/>zu so einem Beruf?</p><p begin="40000000t" end="70000000t" '
                'style="weiss">Über meinen Großvater.<br/>Er war Kantor.</p>'
                '<p begin="11s" end="13s" style="gelb">Und heute?</p>'
                '<p begin="00:00:14:05" end="00:00:16:00"><span style="weiss">Heute stimme '
                "ich vierzig Orgeln im Jahr.</span></p>")
    for name, ns in (("sendung.ttml", "http://www.w3.org/ns/ttml"),
                     ("sendung.xml", "http://www.w3.org/2006/10/ttaf1")):  # DFXP, as .xml
        document = _document(_timed_text(tmp_path, coloured, name, ns=ns))
        assert document.title == "Orgelbauer im Porträt"
        assert _paragraphs(document)[1:] == [
            "Frau Albrecht, wie kommt man zu so einem Beruf?",
            "Über meinen Großvater. Er war Kantor.", "Und heute?",
            "Heute stimme ich vierzig Orgeln im Jahr."]
    agents = ('<ttm:agent xml:id="a1" type="person"><ttm:name type="full">Jana Krüger'
              '</ttm:name></ttm:agent><ttm:agent xml:id="a2" type="person"><ttm:name '
              'type="full">Eva Albrecht</ttm:name></ttm:agent>')
    named = _document(_timed_text(tmp_path, (
        '<p begin="1s" end="3s" ttm:agent="a1">Wie kommt man zu so einem Beruf?</p>'
        '<p begin="4s" end="6s" ttm:agent="a2">Über meinen Großvater.</p>'
        '<p begin="7s" end="9s" ttm:agent="a1">Und heute?</p>'
        '<p begin="10s" end="12s" ttm:agent="a2">Vierzig Orgeln im Jahr.</p>'), agents=agents))
    assert _paragraphs(named)[1:3] == ["Jana Krüger: Wie kommt man zu so einem Beruf?",
                                       "Eva Albrecht: Über meinen Großvater."]


def test_other_xml_is_no_timed_text_and_entities_are_refused(tmp_path):
    import pytest

    from reader.document.loading import LoadError

    other = tmp_path / "inventory.xml"
    other.write_text('<?xml version="1.0"?>\n<tt xmlns="urn:example:tools"><p>Hammer, 3</p>'
                     "</tt>\n", "utf-8")
    assert _document(other).format == "text"
    hostile = tmp_path / "hostile.ttml"
    hostile.write_text('<?xml version="1.0"?>\n<!DOCTYPE tt [<!ENTITY x SYSTEM '
                       '"file:///etc/passwd">]>\n<tt xmlns="http://www.w3.org/ns/ttml"><body>'
                       '<div><p begin="1s" end="2s">&x;</p></div></body></tt>\n', "utf-8")
    with pytest.raises(LoadError):
        _document(hostile)


# --- Damaged lyrics, SubStation and Timed Text files ------------------------------------------

_ASS_SAMPLE = (
    "[Script Info]\nTitle: Interview\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, "
    "End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:01.00,"
    "0:00:03.00,Default,Ann,0,0,0,,{\\i1}Where were you born?{\\i0}\\Nin the valley?\n"
    "Dialogue: 0,0:00:04.00,0:00:06.00,Default,Bo,0,0,0,,{\\p1}m 0 0 l 1 1{\\p0}At the mill.\n")
_TTML_SAMPLE = _TT.format(ns="http://www.w3.org/ns/ttml", agents="", body=(
    '<p begin="1s" end="2s" style="gelb">Where were you<br/>born?</p><p begin="00:00:03.000" '
    'end="00:00:04:12" style="weiss"><span tts:fontStyle="italic">At the mill.</span></p>'))


def test_a_damaged_lyrics_subtitle_or_timed_text_file_opens_or_says_why():
    import contextlib

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from reader.document.formats.lyrics import read_lyrics
    from reader.document.formats.substation import read_substation
    from reader.document.formats.timed_text import read_timed_text
    from reader.document.loading import LoadError

    samples = [(_SONG.encode(), read_lyrics), (_ASS_SAMPLE.encode(), read_substation),
               (_TTML_SAMPLE.encode(), read_timed_text)]

    @st.composite
    def damaged(draw):
        data, reader = draw(st.sampled_from(samples))
        data = bytearray(data)
        for _ in range(draw(st.integers(1, 6))):
            where = draw(st.integers(0, len(data)))
            change = draw(st.sampled_from(("cut", "flip", "insert")))
            if change == "cut":
                data = data[:where]
            elif change == "flip" and where < len(data):
                data[where] = draw(st.integers(0, 255))
            else:
                data[where:where] = draw(st.sampled_from(
                    (b"[", b"]", b"{", b"}", b"\\p1", b"\\N", b",", b"<", b">", b"<br/>",
                     b"&", b"t", b"nan", b"\x00", b"\xff\xfe", b"[00:", b":99.")))
        return bytes(data), reader

    @settings(max_examples=150, deadline=None)
    @given(damaged())
    def opens_or_says_why(sample):
        data, reader = sample  # the format's own reader: a library's error would escape it
        with contextlib.suppress(LoadError):
            assert all(block.text.strip() for block in reader(data, "damaged").blocks
                       if block.kind.name != "RULE")

    opens_or_says_why()


# --- An e-mail saved as .eml --------------------------------------------------------------------

def _mail(tmp_path: Path, *, html_only: bool = False) -> Path:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Léa Marchand <lea@example.org>"
    message["To"] = "Paul Girard <paul@example.org>"
    message["Date"] = "Tue, 14 May 2024 18:02:11 +0200"
    message["Subject"] = "Re: Questions pour le portrait du mois"
    answers = ("Bonjour Paul,\n\nVoici mes réponses.\n\nLe 13/05/2024 à 09:14, Paul Girard a "
               "écrit :\n> 1. Depuis quand tenez-vous l'épicerie solidaire ?\n\nDepuis "
               "l'automne 2019.\n\n> 2. Qui vient faire ses courses chez vous ?\n\nSurtout "
               "des étudiants.\n\nBien à vous,\nLéa\n")
    if html_only:
        message.set_content("<html><body><p>Bonjour Paul,</p><p>Depuis l'automne 2019, "
                            "avec deux autres bénévoles.</p></body></html>", subtype="html")
    else:
        message.set_content(answers, cte="quoted-printable")
        message.add_alternative("<p>Bonjour Paul, (HTML)</p>", subtype="html")
        message.add_attachment(b"%PDF-1.4 secret bytes", maintype="application",
                               subtype="pdf", filename="photo.pdf")
    path = tmp_path / "reponse.eml"
    path.write_bytes(bytes(message))
    return path


def test_a_saved_email_is_read_as_a_mail_program_shows_it(tmp_path):
    document = _document(_mail(tmp_path))
    assert document.title == "Questions pour le portrait du mois"
    assert [q.heading for q in document.questions] == [
        "Depuis quand tenez-vous l'épicerie solidaire ?",
        "Qui vient faire ses courses chez vous ?"]
    said = _said(document)
    assert "From: Léa Marchand" in said and "réponses" in said
    assert "=C3" not in said and "Content-Type" not in said and "secret bytes" not in said
    assert "(HTML)" not in said  # the plain part, once
    html = _said(_document(_mail(tmp_path, html_only=True)))
    assert "Depuis l'automne 2019, avec deux autres bénévoles." in html and "<p>" not in html


def test_an_email_pasted_in_a_text_file_and_a_file_with_no_message(tmp_path):
    import pytest

    from reader.document.loading import LoadError

    pasted = tmp_path / "mail.txt"
    pasted.write_text("From: Léa Marchand\nSubject: Re: Questions\n\n> Depuis quand ?\n\n"
                      "Depuis 2019. =C3=A9 stays as typed.\n", "utf-8")
    assert "=C3=A9 stays as typed." in _said(_document(pasted))  # text, as it was
    nothing = tmp_path / "empty.eml"
    nothing.write_text("\n\njust some words, no header\n", "utf-8")
    with pytest.raises(LoadError):
        _document(nothing)


def _outlook(tmp_path: Path, streams: dict[str, bytes]) -> Path:
    from tests.document.formats.ole_maker import ole_file

    path = tmp_path / "antworten.msg"
    path.write_bytes(ole_file(streams))
    return path


def test_an_outlook_message_is_read_as_its_mail_is(tmp_path):
    import struct

    def text(words: str) -> bytes:
        return words.encode("utf-16-le")

    from datetime import datetime

    sent = int((datetime(2024, 4, 17, 19, 35, 31) - datetime(1601, 1, 1)).total_seconds()
               * 10_000_000)  # a FILETIME: tenths of microseconds since 1601
    properties = bytes(32) + struct.pack("<HHIQ", 0x0040, 0x0039, 6, sent)
    path = _outlook(tmp_path, {
        "__substg1.0_0037001F": text("AW: Fragen für die Serie"),
        "__substg1.0_0C1A001F": text("Sabine Kohl"),
        "__substg1.0_5D01001F": text("s.kohl@example.org"),
        "__substg1.0_0E04001F": text("Tobias Reiter"),
        "__substg1.0_1000001F": text(
            "Hallo Herr Reiter,\r\n\r\nhier meine Antworten.\r\n\r\nAm 15.04.24 schrieb "
            "Tobias Reiter:\r\n> Wie sind Sie zur Imkerei gekommen?\r\n\r\nÜber meinen "
            "Nachbarn.\r\n\r\n> Wie viele Völker haben Sie?\r\n\r\nVierzehn, am "
            "Stadtrand.\r\n\r\n> Was können Gärten tun?\r\n\r\nSeltener mähen.\r\n"),
        "__properties_version1.0": properties})
    document = _document(path)
    said = _said(document)
    assert "From: Sabine Kohl" in said and "Date: Wed, 17 Apr 2024 19:35:31" in said
    assert "Vierzehn, am Stadtrand." in said and "\x00" not in said
    assert document.title == "Fragen für die Serie"
    assert [b.text for b in document.blocks if b.kind.name == "QUOTE"] == [
        "Wie sind Sie zur Imkerei gekommen?", "Wie viele Völker haben Sie?",
        "Was können Gärten tun?"]  # the quoted questions, as the mail program shows them


def test_an_ole_file_that_holds_no_message_is_refused(tmp_path):
    import pytest

    from reader.document.loading import LoadError

    with pytest.raises(LoadError):
        _document(_outlook(tmp_path, {"WordDocument": b"\x00" * 600}))
    damaged = tmp_path / "cut.msg"
    damaged.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(LoadError):
        _document(damaged)
