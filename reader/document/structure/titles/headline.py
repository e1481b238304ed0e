"""Where the headline stands when a web page puts its own lines above it: the site's name, a
section, a breadcrumb, a "< back" link, a paper's name set as a heading."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..lines.lines import NUMBER_MARK
from ..text.textcues import Ending, Prefix, ending, split_prefix, word_count
from . import pagetop
from .aboveheadline import (
    HEAD_LIMIT,
    SECTION_LABEL,
    above_signed_standfirst,
    after_chrome,
    after_lone_label,
    after_teaser,
    column_name,
    expands,
    is_kicker,
    kicker_over_signed_headline,
    names_again,
    outranked,
    section_over_explainer,
    standfirst_under_quotation,
    under_rubric,
)
from .blogdates import post_under_blog_date
from .chrome import cites_issue, is_chrome, issue_line_below_chrome, names_paper_and_issue
from .cuttrails import headline_after_cut_step
from .datedtitle import headline_under_date, opens_sections
from .encyclopedia import entry_above_source_line
from .headlineshapes import (
    above_name_twice,
    in_fact_box,
    is_genre_subtitle,
    profession_over_person,
)
from .leadlines import is_lead
from .matterlines import is_month_and_year, is_standfirst_lines
from .menucolumn import after_menu_paragraph, headline_under_menu_column
from .menurows import headline_under_capitals_menu
from .navtop import headline_under_navigation
from .notheadlines import header_after, subject_under_header
from .noticetop import headline_under_notices
from .repeatedtitle import repeated_title
from .sectionlabels import after_section_label
from .showheader import after_header_lines
from .signedtop import labelled_headline, signed_by_name, signs_over_date
from .sitenames import (
    SITE_NAME_WORDS,
    describes_site,
    is_tagline,
    names_paper,
    names_site_with_tagline,
    reads_as_name,
    says_news_site,
)
from .sitenotices import lists_teasers
from .sitetrails import is_path, title_said_below_path
from .titlecues import (
    counts_questions,
    in_capitals,
    is_faq_title,
    is_rubric,
    is_rubric_kicker,
    is_title_candidate,
    marker_role,
)
from .topkickers import (
    after_epigraph,
    after_lower_case_rubric,
    below_tagline,
    published_by,
    recurring_intertitle,
    signed_below,
)
from .toptrails import after_bulleted_menu, after_numbered_breadcrumb, after_site_line_above_term

# An archive page's heading, above the teasers of the articles it lists.
_ARCHIVE = re.compile(
    r"(?i)(?:kategorie|schlagwort|tag|category|cat[ée]gorie|[ée]tiquette|etiqueta|categor[íi]a"
    r"|archiv|archives?|tagged|mot-cl[ée])\s?:\s*\S[^:]{0,60}$"
)

def _marker(blocks: list[Block], k: int, roles: dict[int, Role]) -> Role | None:
    """A line's own front-matter role, or the byline role a line signing over the date got.
    A page that sets its "Published on <date> by <name>" one word a line ("Veröffentlicht" /
    "am" / "14. März 2022" / "Von" / …) leaves a short word in lower case alone between two
    markers: it is theirs."""
    role = marker_role(blocks[k]) or (Role.BYLINE if roles.get(k) is Role.BYLINE else None)
    if role is None and _joins_markers(blocks, k):
        return Role.DATELINE
    return role


def _joins_markers(blocks: list[Block], k: int) -> bool:
    text = blocks[k].text.strip()
    return (
        0 < k < len(blocks) - 1
        and blocks[k].kind is BlockKind.PARAGRAPH
        and len(text) <= 3
        and text.isalpha()
        and text.islower()
        and marker_role(blocks[k - 1]) is not None
        and marker_role(blocks[k + 1]) is not None
    )


def _under_path(blocks: list[Block], k: int, headline: int) -> bool:
    """Whether the site's path to the page stands between line ``k`` and the headline: the
    line is then the site's own (its name, its tagline, its search box), whatever its words."""
    return any(is_path(blocks[m]) for m in range(k + 1, headline))


def _title_said_below_path(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """The headline said again right under a path naming it as its last step, the top's other
    lines short ones of the site's; -1 when there is none."""
    for k in range(i, min(n, i + HEAD_LIMIT)):
        said = title_said_below_path(blocks, k, n)
        if said >= 0:
            for m in range(i, said):
                roles[m] = marker_role(blocks[m]) or Role.SHARE
            return said
        if not (is_chrome(blocks[k]) or is_title_candidate(blocks[k])):
            return -1
    return -1


def skip_chrome(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when site chrome stands above it: the first heading among the
    top lines, else the last of the short lines before the text begins (the one before it
    when that last one asks and two lines or more stand above it), when every line before it
    is chrome or a site's or section's name (five words at most). The lines above
    the headline become SHARE (hidden from reading, like share links), markers keep their
    role. Returns ``i`` unchanged when the top holds no chrome."""
    if i < n and _ARCHIVE.match(blocks[i].text):
        return i  # "Schlagwort: Interview": an archive's page, titled by its tag
    if i < n and word_count(blocks[i].text) <= SITE_NAME_WORDS and lists_teasers(blocks, i, n):
        return i  # "Interview" / teasers, each with its "Lees meer": an archive, titled on top
    if (entry := entry_above_source_line(blocks, i, n, roles)) >= 0:
        return entry  # "俳句" / "出典: フリー百科事典『ウィキペディア(Wikipedia)』" / a caption
    subject = subject_under_header(blocks, i, n)
    if subject >= 0:  # "From: …" / "Sent: …" / "To: …" / "Subject: …": an e-mail's header
        for k in [*range(i, subject), *range(subject + 1, header_after(blocks, subject, n))]:
            roles[k] = marker_role(blocks[k]) or Role.SHARE
        return subject
    if (said := _title_said_below_path(blocks, i, n, roles)) >= 0:
        return said  # "Onderwijsnieuws > Leerlingen … schoolkrant" / "Leerlingen … schoolkrant"
    if (sectioned := headline_under_capitals_menu(blocks, i, n, roles)) >= 0:
        return sectioned  # "GÜNCEL EGE YEREL YÖNETİMLER …" / "Yerel Yönetimler" / date / headline
    if (cut := headline_after_cut_step(blocks, i, n, roles)) >= 0:
        return cut  # "2. 【INTERVIEW#231】港町で書き続.." / "【INTERVIEW#231】港町で書き続けると…"
    if (navigated := headline_under_navigation(blocks, i, n, roles)) > i:
        return navigated  # "Granada Digital" / "Granada | Provincia | …" / headline / its date
    if (columned := headline_under_menu_column(blocks, i, n, roles)) > i:
        return columned  # "Linfo.re" / "Accueil" / "Société" / "Sport" / the headline
    i = after_menu_paragraph(blocks, i, n, roles)  # "Home Chi siamo Articoli Foto Contatti"
    i = after_lone_label(blocks, i, n, roles)  # "Hoy:" / the headline, said once
    i = headline_under_notices(blocks, i, n, roles)  # cookies, chatbot / "Noticia" / headline
    i = after_teaser(blocks, i, n, roles)
    i = after_section_label(blocks, after_lower_case_rubric(blocks, i, n, roles), n, roles)
    i = after_epigraph(blocks, i, n, roles)  # "Leserbriefe" / its headline, dated: a section
    if (tagged := below_tagline(blocks, i, n, roles)) >= 0:
        return tagged  # "Notes From the Slow Lane …" / "Reading the Death Notices" / date / by
    i = pagetop.after_site_links(blocks, i, n, roles)
    i = after_numbered_breadcrumb(blocks, i, n, roles)  # "1. Casa" / "2. Movilidad" / "3. News"
    i = after_bulleted_menu(blocks, i, n, roles)  # "• Archiv" / "• Kontakt" / "• Nesmrtelná …"
    i = after_site_line_above_term(blocks, i, n, roles)  # a line over "Epitafium" / "Epitafium, …"
    i = pagetop.after_ad_blocker_plea(blocks, i, n, roles)
    i = after_header_lines(blocks, i, n, roles)  # a blog's, a show's, a journal's authors
    listened = pagetop.above_listen_link(blocks, i, n, roles)
    if listened >= 0:
        return listened
    i = pagetop.after_name_twice(blocks, i, n, roles)
    repeated = repeated_title(blocks, i, n, roles)
    if repeated >= 0:
        return repeated
    marked = pagetop.marked_headline(blocks, i, n, roles)
    if marked >= 0:
        return marked
    tops: list[int] = []
    limit = min(n, i + HEAD_LIMIT)
    j = i
    while j < limit:
        block = blocks[j]
        if tops and is_lead(block):
            break  # a standfirst follows the headline
        if signs_over_date(blocks, j, n):
            roles[j] = Role.BYLINE  # "Priya Raman, Staff Writer" / "October 3, 2024"
        if is_chrome(block) or _marker(blocks, j, roles) is not None:
            tops.append(j)
            # A byline closes the head under the page's lines: the headline is above it (a
            # site's name, then a byline, then the headline: the headline is below). A line
            # saying who published the piece closes it under the headline alone too.
            heads = tops[:-1] if published_by(block) else tops[1:]
            if (_marker(blocks, j, roles) is Role.BYLINE or published_by(block)) and any(
                is_title_candidate(blocks[k]) and not is_chrome(blocks[k]) for k in heads
            ):
                break
            # A paper's issue line naming the paper ("Газета «…», № 14, 5 апреля 2024") under
            # a rubric: the rubric is the page's headline, a line under the issue line its
            # section ("ВОПРОСЫ НЕДЕЛИ" / the issue line / "ТЕЛЕВИДЕНИЕ И РАДИО" / turns).
            if (names_paper_and_issue(block.text) and len(tops) == 2 and tops[0] == j - 1
                    and is_title_candidate(blocks[j - 1]) and not is_chrome(blocks[j - 1])):
                break
        elif is_title_candidate(block) or headline_under_date(blocks, j, n):
            tops.append(j)
            if headline_under_date(blocks, j, n):
                break  # "23/11/2011" / "L'interview de la semaine : Patrick Lenoir." / text
            if block.kind is BlockKind.HEADING and not outranked(blocks, j, n):
                break  # a heading is the headline, unless a higher one follows it
            if block.kind is not BlockKind.HEADING and ending(block.text) is not Ending.NONE:
                break  # a "?" line may be the first question
        else:
            break
        j += 1
    # Plain chrome at the very top ("Page 1 sur 9", "Partnerseiten") is never the headline.
    leading = next((k for k in range(i, j) if not is_chrome(blocks[k], strict=True)), j)
    while i <= leading < j and (
        marker_role(blocks[leading]) is not None or is_chrome(blocks[leading], strict=True)
    ):
        leading += 1  # "Sono presenti 1207 interviste." / "02/11/2024" / the headline
    fallback = after_chrome(blocks, i, leading if leading < n else i, roles)
    lines = [k for k in tops if not is_chrome(blocks[k]) and _marker(blocks, k, roles) is None
             and not in_fact_box(blocks, k, n)]  # "Edad: 16" / "Posición: Central": a card
    chrome_above = [k for k in tops if lines and k < lines[0]]
    if (len(lines) >= 2 and len(chrome_above) >= 2 and lines[-1] == lines[-2] + 1
            and is_month_and_year(blocks[lines[-1]].text)):
        # Under the site's chrome lines, "Grief in the Age of the Inbox" / "March 2014": the
        # column's date. A title (one line may read as a link: "… Is Back"), its subtitle and
        # a month keep the older rules.
        lines.pop()
    if len(lines) >= 2 and SECTION_LABEL.fullmatch(blocks[lines[-1]].text.strip()):
        # "Dossier de révision" / "Compréhension en lecture" / "Texte 1": a worksheet's title,
        # then its parts.
        lines = lines[:1]
    if not lines:  # all chrome: a paper's issue line may be the only headline there is
        return fallback if fallback > i else issue_line_below_chrome(blocks, tops, i, roles)
    headline = lines[-1]
    headings = [k for k in lines if blocks[k].kind is BlockKind.HEADING]
    # "## INTERVIEW" or "### 12 March 2024" above "# The baker of the market": the highest.
    heading = min(headings, key=lambda k: blocks[k].level, default=-1)
    if heading >= 0:
        headline = heading
    elif (len(lines) >= 2 and is_standfirst_lines(blocks[headline])
          and not reads_as_name(blocks[lines[-2]].text)):
        headline = lines[-2]  # "Voci della radio: …" / "• 1 12" / "La radio …?" / "Questa …"
    elif len(lines) >= 2 and is_genre_subtitle(blocks[headline].text):
        headline = lines[-2]  # "The Gate at Millbrook" / "A one-act play": its genre below
    elif len(lines) >= 2 and standfirst_under_quotation(blocks[lines[-2]], blocks[headline]):
        headline = lines[-2]  # "“Con el club todo se torció …”" / "El exdefensa repasa …..."
    elif lines[0] < headline - 1 and pagetop.heads_an_item(blocks, headline, n):
        headline = lines[0]  # "Leserbriefe" / "Zum Thema „…“" / the first letter's heading
    elif len(lines) >= 2 and recurring_intertitle(blocks, headline, n):
        # "Overheard in the courtroom" / "“Tea party”" / Q. … / "“House rules”": the quoted
        # line opens the first of the sections, the page's title stands first.
        headline = lines[0]
    elif (
        len(lines) >= 3
        and ending(blocks[headline].text) is Ending.QUESTION
        and (split_prefix(blocks[lines[-2]].text)[0] is not Prefix.SPEAKER
             or labelled_headline(blocks, lines[-2], n))
        and not is_rubric(blocks[lines[-2]].text)
        and not signed_below(blocks, headline, n)
    ):
        # "Edizioni del Faro" / "Area stampa" / "Intervista all'autore: …" / "Che cos'è…?":
        # below a site's lines, the "?" line is the first question and the one above it the
        # headline, unless that one is a label ("Entrevistada: Marta, mãe de alunos").
        headline = signed_by_name(blocks, lines, lines[-2])  # "…" / "Ernesto Salinas" / "1- ¿…?"
        if (
            marker_role(blocks[tops[0]]) is Role.DATELINE
            and tops[1] in lines
            and not counts_questions(blocks[headline].text)
        ):
            # A blog's date above each post, then the post's title and its subtitle
            # ("jueves, 14 de marzo de 2019" / "Entre líneas" / "Para los que todavía
            # contestan entrevistas"): a site puts its name above the date. Not when the line
            # above the first question counts them ("20 Perguntas"): the blog's name is above.
            headline = tops[1]
    headline = above_name_twice(blocks, lines, headline)  # "…" / "Petra Lindholm" twice
    headline = above_signed_standfirst(blocks, lines, headline, n)  # kicker / it / standfirst
    upper = lines[lines.index(headline) - 1] if headline in lines[1:] else -1
    if upper >= 0 and (
        expands(blocks[upper], blocks[headline]) or names_again(blocks[upper], blocks[headline])
        or profession_over_person(blocks[upper], blocks[headline])  # "BIBLIOTEKAR" / "Siri …, …"
    ):
        headline = upper
    above = [k for k in tops if k < headline]
    if not above:
        return fallback
    # A short line may be the title itself when what follows it asks ("Le Monde : Vous partez
    # quand ?" is a first question): only chrome then stands above a headline.
    # Not when the line is set in capitals: a headline's "?" then ("WIE KAM DIE ZEITUNG ZU
    # IHREM NAMEN ?"), unless it is numbered as a question is ("1- CHE REGALO VORRESTI ?").
    text = blocks[headline].text
    asks = ending(text) in (Ending.QUESTION, Ending.SUSPENDED) and (
        not in_capitals(text) or NUMBER_MARK.match(text) is not None
        or split_prefix(text)[0] is Prefix.SPEAKER  # "IS: SEIT WANN …?": a labelled turn
    ) and not signed_below(blocks, headline, n)  # "…?" / "Posted on 14 January by Maggie"
    greeting = blocks[headline + 1] if headline + 1 < n else None
    if (
        asks
        and lines == [lines[0], headline]
        and tops[0] < lines[0]
        and not column_name(blocks[lines[0]], greeting)
        and not signed_below(blocks, headline, n)  # a journal's question signed by its authors
    ):
        # "12.03.2024" / "Die Bäckerin vom Markt" / "Wie hat alles angefangen?": below the
        # markers and the chrome, the line above the first question is the title.
        for k in tops:
            if k < lines[0]:
                roles[k] = marker_role(blocks[k]) or Role.SHARE
        return lines[0]
    # A title that counts the questions below it ("20 Perguntas") is the post's: the short
    # lines above it are the site's ("Um pouco de tudo sobre quase nada", a blog's name).
    counted = counts_questions(text)
    if lines == [lines[0], headline] and opens_sections(blocks, lines[0], headline, n):
        # "Intervjuteknikk" / "Publisert: …" / "Journalistens seks hjelpeord" / text / "Åpne og
        # lukkede spørsmål" / text: the line under the date heads the page's first section,
        # as the short lines further down head the others; the page's title stands above it.
        return fallback
    for k in above:
        block = blocks[k]
        name = counted or (
            not asks
            and (reads_as_name(block.text) or is_tagline(block.text) or names_paper(block.text))
        )
        name = name or column_name(block, greeting) or is_kicker(blocks, k, headline, n)
        name = name or kicker_over_signed_headline(blocks, k, headline, n)  # "Grand format"
        name = name or section_over_explainer(block, blocks[headline])  # "Obituaries"
        # "Şehrin en hızlı haber sitesi" over the site's lines: its tagline, not a headline
        name = name or (says_news_site(block.text) and is_chrome(blocks[k + 1]))
        name = name or is_rubric_kicker(block.text, text)
        name = name or cites_issue(blocks[k + 1].text)  # a journal's name over its issue's line
        # "how to run a podcast interview" (the address's slug) or "Médianapló" above
        # "Médianapló - Amikor …": the headline says the line above again
        name = name or pagetop.slug_of(block, blocks[headline])
        name = name or pagetop.names_column(block, blocks[headline])
        # A rubric ("Interview", "Editorial") above the headline, and the page's lines above
        # it (a picture's caption, "Beliebte Themen").
        name = name or under_rubric(blocks, k, above, headline, n, asks)
        name = name or _under_path(blocks, k, headline)  # "Desk Habits" / "Writers on …" / path
        name = name or post_under_blog_date(blocks, k, headline)  # blog / "martes, 4 de …"
        # "Un blog sur …" under the site's name, whatever the name's case above it
        name = name or (k - 1 in above and describes_site(block.text))
        name = name or (k + 1 in above and describes_site(blocks[k + 1].text))
        name = name or names_site_with_tagline(block.text)  # "Hírmondó – városi … lap"
        if (marker_role(block) is None and not is_chrome(block) and not name) or is_faq_title(
            block.text
        ):
            return fallback  # "FAQ" / "Customer FAQ • Answers before and after you check out"
    for k in above:
        roles[k] = marker_role(blocks[k]) or Role.SHARE
    return headline
