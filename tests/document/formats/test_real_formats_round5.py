"""Real files' traps, round 5 (session 12; tests/document/fixtures/real_formats): numbers a
file's own list draws before a heading (Word's list numbering on a heading style,
LibreOffice's heading numbering), a forum's scores and "back to top" links, and what the new
files brought. Each rule has a test that catches it and one that keeps it from reaching too
far."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import BlockKind
from reader.document.pipeline import open_document
from reader.document.search import FoldedText
from reader.speech.planning import Voices, plan
from tests.document.formats.doc_maker import HEADING_1, NUMBERS, WordFile
from tests.document.formats.test_real_formats_pages import _opened, _said
from tests.document.test_docx_real_files import _p, _r, _set_numbering, _word_file

# Word's "1 Heading 1 / 1.1 Heading 2" multilevel list, linked to the heading styles.
_HEADING_LIST = ('<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt '
                 'w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>'
                 '<w:num w:numId="4"><w:abstractNumId w:val="8"/></w:num>')


def _heading(style: str, text: str, level: int | None, instance: int = 3) -> str:
    numbered = ("" if level is None else f'<w:numPr><w:ilvl w:val="{level}"/>'
                f'<w:numId w:val="{instance}"/></w:numPr>')
    return _p(f'<w:pPr><w:pStyle w:val="{style}"/>{numbered}</w:pPr>{_r(text)}')


def _word_report(folder: Path, *headings: str) -> Path:
    body = "".join(headings) or (
        _heading("Heading1", "Einleitung", 0) + _p(_r("Wir haben vierzig Imker befragt."))
        + _heading("Heading1", "Methoden", 0) + _heading("Heading2", "Stichprobe", 1)
        + _p(_r("Die Imker kamen aus drei Landkreisen.")) + _heading("Heading2", "Fragen", 1))
    path = _word_file(folder, body)
    _set_numbering(path, _HEADING_LIST)
    return path


def _headings(path: Path) -> list[str]:
    return [b.text for b in open_document(path, with_language=False).blocks
            if b.kind is BlockKind.HEADING]


# --- A heading numbered by the file's own list ------------------------------------------------

def test_a_word_heading_numbered_by_its_list_shows_finds_and_speaks_its_number(tmp_path):
    document = open_document(_word_report(tmp_path), with_language=False)
    headings = [b for b in document.blocks if b.kind is BlockKind.HEADING]
    assert [b.text for b in headings] == ["1 Einleitung", "2 Methoden", "2.1 Stichprobe",
                                          "2.2 Fragen"]
    sample = headings[2]
    assert sample.number_length == len("2.1 ")
    assert FoldedText.of(document.text).find_all("2.1 stichprobe") == [
        (sample.start, sample.end)]
    heard = {u.doc_start: u for u in plan(document, 0, Voices("de"))}
    assert heard[sample.start].text.startswith("2.1")


def test_a_word_heading_with_no_list_or_a_bulleted_one_has_no_number(tmp_path):
    path = _word_report(tmp_path, _heading("Heading1", "Einleitung", None),
                        _heading("Heading1", "Methoden", 0, instance=4),
                        _heading("Heading2", "Stichprobe", 0, instance=0))
    assert _headings(path) == ["Einleitung", "Methoden", "Stichprobe"]


def test_a_word_97_heading_numbered_by_a_list_shows_its_number(tmp_path):
    word = (WordFile().add("Wie kamen Sie zur Imkerei?", style=HEADING_1, list_level=0,
                           list_id=NUMBERS).add("Durch meinen Großvater.")
            .add("Und heute?", style=HEADING_1).add("Sechs Völker."))
    path = tmp_path / "imker.doc"
    path.write_bytes(word.build())
    assert _headings(path) == ["1. Wie kamen Sie zur Imkerei?", "Und heute?"]


def test_an_rtf_heading_opens_with_the_number_word_wrote_before_it(tmp_path):
    rtf = (r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}"
           r"{\listtext\pard\plain 2.1\tab}\pard\plain \s2\outlinelevel1\ls1\ilvl1 Methoden\par"
           r"{\listtext\pard\plain \'b7\tab}\pard\plain \s2\outlinelevel1\ls2 Ergebnisse\par"
           r"\pard\plain \s2\outlinelevel1 Fazit\par"
           r"\pard\plain Ein Absatz.\par}")
    path = tmp_path / "bericht.rtf"
    path.write_text(rtf, encoding="ascii")
    assert _headings(path) == ["2.1 Methoden", "Ergebnisse", "Fazit"]


_ODT_HEADING_STYLES = (
    '<style:style style:name="Heading_20_1" style:family="paragraph" '
    'style:default-outline-level="1"/><style:style style:name="Heading_20_2" '
    'style:family="paragraph" style:default-outline-level="2"/>')
_ODT_OUTLINE = (
    '<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" '
    'style:num-format="1" style:num-suffix="."/><text:outline-level-style text:level="2" '
    'style:num-format="1" style:num-suffix="." text:display-levels="2"/>'
    "</text:outline-style>")


def _opendocument(folder: Path, body: str, outline: str = _ODT_OUTLINE) -> Path:
    import odfdo

    document = odfdo.Document("text")
    styles = document.get_part("styles")
    for old in styles.get_elements("//text:outline-style"):
        old.parent.delete(old)
    office_styles = styles.get_element("//office:styles")
    for tag in (outline, *_split(_ODT_HEADING_STYLES)):
        if tag:
            office_styles.append(odfdo.Element.from_tag(tag))
    # LibreOffice's automatic style for a heading it formatted by hand: Heading 2's child.
    document.insert_style(odfdo.Element.from_tag(
        '<style:style style:name="P1" style:family="paragraph" '
        'style:parent-style-name="Heading_20_2"/>'), automatic=True)
    document.insert_style(odfdo.Element.from_tag(
        '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
        'style:num-format="1" style:num-suffix=")"/></text:list-style>'), automatic=True)
    document.body.clear()
    for child in odfdo.Element.from_tag(f"<office:text>{body}</office:text>").children:
        document.body.append(child)
    path = folder / "bericht.odt"
    document.save(str(path))
    return path


def _split(styles: str) -> list[str]:
    return [f"<style:style{part}" for part in styles.split("<style:style")[1:]]


def _h(level: int, text: str, style: str = "", extra: str = "") -> str:
    named = f' text:style-name="{style}"' if style else ""
    return f'<text:h{named} text:outline-level="{level}"{extra}>{text}</text:h>'


def test_libreoffices_heading_numbering_and_a_listed_heading_show_their_numbers(tmp_path):
    body = (_h(1, "Einleitung", "Heading_20_1") + "<text:p>Text.</text:p>"
            + _h(1, "Methoden", "Heading_20_1") + _h(2, "Stichprobe", "P1")
            + _h(2, "Fragen", "Heading_20_2") + _h(1, "Ergebnisse", "Heading_20_1")
            + _h(2, "Erste", "Heading_20_2")
            + '<text:list text:style-name="L1"><text:list-item>'
            + _h(3, "Ein Punkt") + "</text:list-item></text:list>"
            # LibreOffice may wrap a numbered heading in a list of the outline style
            + '<text:list text:style-name="Outline"><text:list-item>'
            + _h(1, "Fazit", "Heading_20_1") + "</text:list-item></text:list>")
    headings = _headings(_opendocument(tmp_path, body))
    assert headings == ["1. Einleitung", "2. Methoden", "2.1. Stichprobe", "2.2. Fragen",
                        "3. Ergebnisse", "3.1. Erste", "1) Ein Punkt", "4. Fazit"]


def test_an_unnumbered_outline_a_list_header_or_a_typed_number_is_not_numbered_again(tmp_path):
    body = (_h(1, "Vorwort", "Heading_20_1", ' text:is-list-header="true"')
            + _h(1, "<text:number>1.</text:number>Einleitung", "Heading_20_1")
            + _h(1, "Ohne Stil"))  # a heading whose style is in no outline level
    assert _headings(_opendocument(tmp_path, body)) == ["Vorwort", "1. Einleitung",
                                                        "Ohne Stil"]
    unnumbered = _ODT_OUTLINE.replace('style:num-format="1"', 'style:num-format=""')
    assert _headings(_opendocument(tmp_path, _h(1, "Einleitung", "Heading_20_1"),
                                   unnumbered)) == ["Einleitung"]


# --- A forum's scores, posters' statistics and "Back to top" links -----------------------------

def _web_page(tmp_path: Path, article: str) -> str:
    page = tmp_path / "thread.html"
    page.write_text(f"""<html lang="en"><head><title>Ask the ferryman</title></head><body>
<article><h1>Ask the ferryman anything</h1>{article}</article></body></html>""", "utf-8")
    return " ".join(b.text for b in open_document(page, with_language=False).blocks)


def test_a_threads_scores_profile_facts_and_back_to_top_links_are_not_read(qapp, tmp_path):
    assert "points" not in _said(_opened("reddit-ama-old-en", tmp_path))
    said = _web_page(tmp_path, """
<div class="post"><dl class="postprofile"><dt><a href="/u/7">ferry_jo</a></dt>
<dd class="profile-posts"><strong>Beiträge:</strong> 532</dd>
<dd class="profile-joined"><strong>Registriert:</strong> Mo 3. Jan 2022</dd></dl>
<div class="content"><p>How long is the crossing in winter?</p></div>
<div class="votes"><span class="vote-count">+12</span></div>
<p class="tagline"><span class="score">2.4k points</span> 9 hours ago</p>
<div class="back2top"><a href="#top" class="top"><i class="icon"></i>
<span class="sr-only">Nach oben</span></a></div></div>
<p><a href="#wrap">↑ Back to top</a></p><p><a href="#page">ページの先頭へ</a></p>""")
    for chrome in ("Beiträge", "532", "Registriert", "+12", "2.4k", "Nach oben",
                   "Back to top", "ページ"):
        assert chrome not in said, chrome
    assert "ferry_jo" in said and "How long is the crossing in winter?" in said
    assert "9 hours ago" in said


def test_scores_and_facts_in_sentences_tables_and_a_faq_link_are_read(tmp_path):
    said = _web_page(tmp_path, """
<p>We scored 2.4k points in the quiz, and the club has 532 members.</p>
<table><tr><th>Team</th><th>Score</th></tr><tr><td>Ferrymen</td><td>12 points</td></tr></table>
<aside class="facts"><p>Location: Oban harbour</p></aside>
<div class="box"><p>Posts: every morning at six, from the harbour office.</p></div>
<p><a href="#a1">How long is the crossing?</a></p><p id="a1">Forty minutes.</p>
<p>Back to top of the hill, we walked the last mile.</p>
<p><a href="https://example.org/top">Top</a> of the list.</p>""")
    for words in ("We scored 2.4k points", "12 points", "Location: Oban harbour",
                  "Posts: every morning", "How long is the crossing?",
                  "Back to top of the hill", "Top of the list"):
        assert words in said, words


# --- A form's empty fields, an AMP story's links out ---------------------------------------------

def _control(content: str, placeholder: bool) -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="Campo"/>{shown}<w:text/></w:sdtPr>'
            f"<w:sdtContent>{content}</w:sdtContent></w:sdt>")


def test_a_word_forms_fields_still_showing_their_placeholder_are_not_read(qapp, tmp_path):
    assert "Haga clic" not in _said(_opened("docx-content-controls-sdt-es", tmp_path))
    prompt = "Haga clic o pulse aquí para escribir texto."
    body = (_p(_r("Fotografía: ") + _control(_r(prompt), True))
            + _control(_p(_r(prompt)), True) + _p(_r("¿Cómo ha ido este año?")))
    texts = [b.text for b in open_document(_word_file(tmp_path, body), with_language=False)
             .blocks]
    assert texts == ["Fotografía:", "¿Cómo ha ido este año?"]


def test_a_filled_fields_words_are_read_where_they_stand(tmp_path):
    body = (_p(_r("Fotografía: ") + _control(_r("Rui Lopes"), False))
            + _control(_p(_r("Corto de lluvia, pero el aceite ha salido muy bueno.")), False))
    texts = [b.text for b in open_document(_word_file(tmp_path, body), with_language=False)
             .blocks]
    assert texts == ["Fotografía: Rui Lopes",
                     "Corto de lluvia, pero el aceite ha salido muy bueno."]


def _story(tmp_path: Path, page: str) -> str:
    path = tmp_path / "story.html"
    path.write_text(f"""<!doctype html><html ⚡ lang="fr"><head><title>Refuge</title></head>
<body><amp-story standalone title="Refuge"><amp-story-page id="p1"><amp-story-grid-layer
template="vertical"><h1>Cinq questions à une gardienne</h1></amp-story-grid-layer>
</amp-story-page><amp-story-page id="p2">{page}</amp-story-page>
<amp-story-bookend src="bookend.json" layout="nodisplay"></amp-story-bookend></amp-story>
</body></html>""", "utf-8")
    return " ".join(b.text for b in open_document(path, with_language=False).blocks)


def test_an_amp_storys_links_out_of_a_page_and_its_call_to_action_are_not_read(tmp_path):
    said = _story(tmp_path, """<amp-story-grid-layer template="vertical"><h2>Et le plus
beau ?</h2><p>Les soirs de septembre.</p></amp-story-grid-layer><amp-story-cta-layer><a
href="https://example.org/abonnement">S'abonner</a></amp-story-cta-layer>
<amp-story-page-outlink layout="nodisplay"><a href="https://example.org/">Lire le portrait
complet</a></amp-story-page-outlink>""")
    assert "Et le plus beau ?" in said and "Les soirs de septembre." in said
    assert "abonner" not in said and "Lire le portrait" not in said


def test_a_link_in_an_amp_storys_own_text_is_read(tmp_path):
    said = _story(tmp_path, """<amp-story-grid-layer template="vertical"><p>Réservez au
<a href="https://example.org/refuge">refuge de la Pra</a> dès mai.</p></amp-story-grid-layer>""")
    assert "Réservez au refuge de la Pra dès mai." in said


def test_a_forums_profile_pairs_actions_and_quotes_of_earlier_posts_are_not_read(
        qapp, tmp_path):
    said = _said(_opened("xenforo-vragenuur-nl", tmp_path))
    assert said.count("Hoe herken ik of mijn volk moerloos is?") == 1
    for chrome in ("Lid geworden", "Waarderingsscore", "Klik om uit te vouwen", "Citeren"):
        assert chrome not in said, chrome
    said = _web_page(tmp_path, """
<div class="post"><p>How long is the crossing in winter?</p></div>
<div class="post"><div class="message-user"><dl><dt>Join Date</dt><dd>Mar 2021</dd></dl>
</div><blockquote class="quote"><cite>ferry_jo wrote:</cite>How long is the crossing in
winter?</blockquote><p>Forty minutes, an hour in a gale.</p></div>""")
    assert said.count("How long is the crossing in winter?") == 1
    assert "Join Date" not in said and "Forty minutes" in said


def test_a_new_quote_a_short_echo_and_facts_outside_a_profile_are_read(tmp_path):
    said = _web_page(tmp_path, """
<p>We sail at dawn. The crossing is calm.</p>
<blockquote><cite>The harbour master wrote:</cite>No ferry leaves in fog.</blockquote>
<blockquote>We sail</blockquote>
<dl><dt>Posts</dt><dd>Two harbours, Oban and Craignure</dd></dl>""")
    for words in ("No ferry leaves in fog.", "The harbour master wrote:",
                  "Posts", "Two harbours"):
        assert words in said, words
    assert said.count("We sail") == 2


def test_a_pages_own_quote_of_its_index_with_no_attribution_is_read(tmp_path):
    said = _web_page(tmp_path, """<ul><li>When does the ferry leave?</li></ul>
<blockquote><p>When does the ferry leave?</p></blockquote><p>At seven.</p>""")
    assert said.count("When does the ferry leave?") == 2
