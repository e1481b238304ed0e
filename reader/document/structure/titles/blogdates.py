"""A blog's date header over each post: Blogger and its like print the day a post was written,
with its weekday ("martes, 4 de abril de 2017", "donderdag 6 februari 2014"), under the blog's
own lines (its name, its description, its address) and over the post's title. A paper dates
its article under the headline, seldom with the weekday first: the weekday's date right over a
title candidate followed by the text says that what stands above the date is the blog's."""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from .matterlines import MONTHS

_GREEK_MONTHS = (
    r"(?:ιαν|φεβ|μαρ|απρ|μα[ΐι]|ιουν|ιουλ|αυγ|σεπ|οκτ|νο[έε]|δεκ)[^\W\d_]*\.?"
)

WEEKDAY = re.compile(
    r"(?i)^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
    r"|segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira"
    r"|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|poniedzia[łl]ek|wtorek|[śs]roda|czwartek|pi[ąa]tek|sobota|niedziela"
    r"|pond[ěe]l[íi]|[úu]ter[ýy]|st[řr]eda|[čc]tvrtek|p[áa]tek|ned[ěe]le"
    r"|m[åa]ndag|tisdag|onsdag|torsdag|fredag|l[öø]rdag|s[öø]ndag|mandag|tirsdag"
    r"|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge"
    r"|h[ée]tf[őo]|kedd|szerda|cs[üu]t[öo]rt[öo]k|p[ée]ntek|szombat|vas[áa]rnap"
    r"|δευτ[έε]ρα|τρ[ίι]τη|τετ[άα]ρτη|π[έε]μπτη|παρασκευ[ήη]|σ[άα]ββατο|κυριακ[ήη]"
    # Hindi, Arabic, Russian and Ukrainian blogs date their posts by weekday too ("सोमवार,
    # सितंबर 23, 2019", "الثلاثاء، 24 يناير 2023", "вторник, 14 марта 2017 г.")
    r"|सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार"
    r"|ال[أا]حد|ال[إا]ثنين|الاثنين|الثلاثاء|ال[أا]ربعاء|الخميس|الجمعة|السبت"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
    r"|понеділок|вівторок|середа|четвер|п['’ʼ]ятниця|субота|неділя)\b[,.،]?\s"
)
# A news site's line of the day over its pages, the weekday and the day with no year:
# "Παρασκευή, 6 Μαρ.", "Friday, 6 March", "vendredi 6 mars 14:02".
_TODAY = re.compile(
    rf"(?ix)(?:{WEEKDAY.pattern[5:]})\s* \d{{1,2}}\.? \s+ (?:{MONTHS}|{_GREEK_MONTHS})"
    r"(?:\s+\d{1,2}[:.]\d{2})?"
)
_DATE_WORDS = 8


def is_weekday_date(text: str) -> bool:
    """A short line dating by weekday, day and year: "martes, 4 de abril de 2017"."""
    text = text.strip()
    return (
        WEEKDAY.match(text) is not None
        and any(ch.isdigit() for ch in text)
        and len(text.split()) <= _DATE_WORDS
    )


def is_todays_date(text: str) -> bool:
    """A news site's date of the day at its top, the weekday and the day without the year
    ("Παρασκευή, 6 Μαρ."): the site's line, not a headline."""
    return _TODAY.fullmatch(text.strip()) is not None


def post_under_blog_date(blocks: list[Block], k: int, headline: int) -> bool:
    """Whether line ``k`` is the blog's, above the weekday's date that stands right over the
    post's title (``headline``), the post's text below it."""
    return (
        k < headline - 1
        and is_weekday_date(blocks[headline - 1].text)
        and headline + 1 < len(blocks)
        and blocks[headline + 1].kind is BlockKind.PARAGRAPH
        and not is_weekday_date(blocks[headline + 1].text)
    )
