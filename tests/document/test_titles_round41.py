"""Title rules of round 41: the headline among a page's chrome, found by what the page itself
shows (a headline it gives twice, a trail that ends in the next line, a menu drawn twice and a
headline its source lines and date sit under), each with a page it must catch and a near miss
it must leave alone."""

from __future__ import annotations

from reader.document.model import Block, BlockKind, Role
from reader.document.structure.titles.chromeheadline import (
    headline_at_trail_end,
    headline_given_twice,
    headline_over_its_date,
    headline_past_menu_drawn_twice,
)

from .test_structure_layouts import corpus_page, doc

BODY = (
    "The council met on Tuesday evening and agreed to keep the harbour baths open through the "
    "winter, after three hundred residents signed a letter asking for it."
)
MORE = (
    "The pool will close two days a week instead of five, and the heating will run only in the "
    "mornings, when most of the early swimmers come."
)


# --- A date taken for the headline, the headline given twice below -----------------------------


def test_a_headline_under_date_lines_and_given_again_below_is_the_title():
    document = doc(
        "۱۴ بهمن ۱۴۰۲\n\nبه روز شده در: ۱۴ بهمن ۱۴۰۲ - ۱۸:۱۲\n\nکد خبر ۸۱۲۴۴۰\n\n"
        "گفتگوی وزیر و چند پرسش\n\n"
        "امید است روزی در کشور ما هم شبکه های مستقل کار خود را آغاز کنند "
        "و مردم صدای دیگری بشنوند.\n\n"
        "نخست - وزیر گفته این گروه در فهرست سازمان های ممنوع است و این فهرست باید علنی شود.\n\n"
        "گفتگوی وزیر و چند پرسش\n\n"
        "دوم - این گفتگو نمونه ای از یک کار حرفه ای است و می توان آن را در کلاس ها نشان داد.\n"
    )
    assert document.title == "گفتگوی وزیر و چند پرسش"
    assert document.blocks[0].role is not Role.TITLE


def test_a_headline_given_again_inside_the_standfirst_paragraph_is_found():
    # Skip links and the day's date run into one line over "Reklama" and the headline; the
    # headline's copy ends the standfirst's paragraph, before the photo's name.
    document = corpus_page("pl-gazeta-linki-pomijania-sklejone-data-reklama-tytul-podziel-sie.txt")
    assert document.title == "Wywiad z Markiem Zielińskim"


def test_a_heading_over_a_subheading_said_twice_keeps_its_title():
    # The page's own heading stays its headline, even dated, when a line below is repeated.
    document = doc(
        "# Harbour baths 2024\n\nMarch 3, 2024\n\nWinter opening hours\n\n"
        f"{BODY}\n\nWinter opening hours\n\n{MORE}\n"
    )
    assert document.title == "Harbour baths 2024"


def test_a_headline_without_digits_over_a_repeated_line_keeps_its_title():
    # The line taken holds no date and is no chrome: a real headline, left alone.
    document = doc(
        "The baths that refused to close\n\nBy Mara Quinn\n\nWinter opening hours\n\n"
        f"{BODY}\n\nWinter opening hours\n\n{MORE}\n"
    )
    assert document.title == "The baths that refused to close"


# --- A trail that ends in the headline ---------------------------------------------------------


def test_a_trail_ending_in_the_next_line_gives_way_to_it():
    document = doc(
        "Accueil VIDÉOS MARIE TEHEI SUR RADIO LAGON : « C’EST ENSEMBLE »\n\n"
        "MARIE TEHEI SUR RADIO LAGON : « C’EST ENSEMBLE »\n\n"
        "Marie Tehei était l’invitée de Radio Lagon mardi, avec son colistier, pour présenter "
        "les grands axes de leur campagne municipale.\n"
    )
    assert document.title == "MARIE TEHEI SUR RADIO LAGON : « C’EST ENSEMBLE »"
    assert document.blocks[0].role is Role.SHARE


def _blocks(*lines: str) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, text, 0, (k, k + 1)) for k, text in enumerate(lines)]


def test_a_line_ending_in_the_next_after_many_words_or_in_a_name_is_no_trail():
    # Unit level (the older rules decide such tops on their own): five words before the
    # repeated tail make a headline, not a trail's steps; a two-word tail is a caption's name.
    for top in (
        _blocks("Notes from a long winter at the harbour baths", "the harbour baths", BODY),
        _blocks("Interview with Anna Berg", "Anna Berg", BODY),
    ):
        roles: dict = {}
        assert headline_at_trail_end(top, 0, len(top), roles) == 0
        assert roles == {}


# --- A menu drawn twice, the headline under its source lines and date -------------------------


MENU = "首页\n\n下载应用\n\n提交文章\n\n关于我们\n\n"


def test_past_a_menu_drawn_twice_the_dated_line_is_the_headline():
    document = doc(
        f"{MENU}🔥 热搜 🔥\n\n1\n\n天气\n\n2\n\n地铁\n\n{MENU}🔥\n\n热搜\n\n🔥\n\n"
        "生成图片,分享到微信朋友圈\n\n查看原文\n\n"
        "专访梁志豪:不惧抹黑 让市民看见守护城市的决心\n\nOriginal\n\n许晴\n\n2021-07-14\n\n"
        "风波以来,警队遭到各种恶意起底和抹黑,原本良好的警民关系也受到破坏。记者独家专访了总警司梁志豪。\n"
    )
    assert document.title == "专访梁志豪:不惧抹黑 让市民看见守护城市的决心"


def test_a_menu_drawn_once_leaves_the_top_alone():
    # The menu is not given twice: the rule stays out, whatever the other rules decide.
    document = doc(
        f"{MENU}专访梁志豪:不惧抹黑 让市民看见守护城市的决心\n\nOriginal\n\n许晴\n\n2021-07-14\n\n"
        "风波以来,警队遭到各种恶意起底和抹黑,原本良好的警民关系也受到破坏。记者独家专访了总警司梁志豪。\n"
    )
    assert document.title == "专访梁志豪:不惧抹黑 让市民看见守护城市的决心"


def test_past_a_menu_drawn_twice_no_undated_line_is_taken():
    # Unit level: with no date under any line past the second drawing, the rule gives back
    # the line it was handed.
    lines = ["首页", "下载应用", "提交文章", "热搜", "首页", "下载应用", "提交文章",
             "一篇没有日期的文章标题", "作者", "正文很长很长的一段文字,说明这里没有任何日期。"]
    blocks = _blocks(*lines)
    roles: dict = {}
    assert headline_past_menu_drawn_twice(blocks, 0, 3, len(blocks), roles) == 3
    assert roles == {}


def test_a_date_line_given_twice_itself_is_left_alone():
    # Unit level: the line taken is given again below (a page repeating its dated headline):
    # no other line is looked for.
    top = _blocks(
        "Winter report 2024", "Opening hours", BODY, "Winter report 2024", "Opening hours"
    )
    roles: dict = {}
    assert headline_given_twice(top, 0, len(top), roles) == 0
    assert roles == {}


def test_a_name_given_twice_under_a_dated_headline_is_no_headline():
    # "12.03.2011 Gewerkschaften haben viele Gesichter" / "Petra Lindholm" twice: a portrait's
    # label, one copy under the other; the rule leaves the dated headline to the older rules.
    top = _blocks(
        "Deutscher Gewerkschaftsbund", "12.03.2011 Gewerkschaften haben viele Gesichter",
        "Petra Lindholm", "Petra Lindholm", "Warum bist du Gewerkschaftsmitglied geworden?",
    )
    roles: dict = {}
    assert headline_given_twice(top, 1, len(top), roles) == 1
    assert roles == {}


# --- A one-word label over the text, the headline over its date above it -----------------------


def test_a_transcript_label_gives_way_to_the_headline_its_date_sits_under():
    document = doc(
        "Radio Dreiland – Podcast \"Werkstattgeschichten\"\nSendungen | Podcasts | Team\n\n"
        "Folge 12: Der letzte Korbflechter am Kaiserstuhl\n\n"
        "Veröffentlicht am 14.02.2024 · Dauer 31:05\n\n"
        "Moderation: Jana Frey · Gast: Otto Lenz\n\nAbspielen ▶ | Herunterladen\n\n"
        "Transkript\n\n00:00:03\nJana: Herzlich willkommen in der Werkstatt von Otto Lenz. "
        "Wie lange flechten Sie schon Körbe?\n\n00:00:12\nOtto: Seit fünfzig Jahren, und "
        "jeden Winter mehr.\n"
    )
    assert document.title == "Folge 12: Der letzte Korbflechter am Kaiserstuhl"


def test_a_label_under_a_name_and_date_only_keeps_its_place():
    # Unit level: the line over the date is a two-word name, no headline: the label stays.
    top = _blocks("Jana Frey", "14.02.2024", "Transkript", BODY)
    roles: dict = {}
    assert headline_over_its_date(top, 0, 2, len(top), roles) == 2
    assert roles == {}


def test_a_label_under_the_text_stays_where_it_is():
    # Unit level: a paragraph of the text stands between: the date's line is no headline.
    top = _blocks("Folge 12: Der letzte Korbflechter", "14.02.2024", BODY, "Transkript", MORE)
    roles: dict = {}
    assert headline_over_its_date(top, 0, 3, len(top), roles) == 3
    assert roles == {}


def test_a_blogs_one_word_post_title_under_its_date_stays():
    # "Simply Reading Sarah" / "Tuesday, April 10, 2012" / "Interviews": the blog's name on
    # top, the post's title right under its date.
    document = corpus_page("en-blogspot-name-weekday-date-short-post-title.txt")
    assert document.title == "Interviews"
