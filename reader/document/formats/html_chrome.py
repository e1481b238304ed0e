"""The site around a page's article: its navigation, header and footer outside the
article, asides (not a box of facts among the article's paragraphs), forms, ARIA
landmarks, cookie banners, share buttons, "related" lists, pagination, download buttons and
comments (``is_chrome``, by tag, role and class name); and what a page sets among the
article's paragraphs that is the site's and that no class name gives away (the names are
the site's own, in its own language):

- an ad slot's label ("Anzeige", "Publicidad", "- Pubblicità -"): a block that says that one
  word and nothing else, with the empty slot around it;
- a "Read also" line: its label ("Lire aussi :", "Leggi anche", "Lesen Sie auch") and
  links to other articles, nothing else;
- a newsletter box: a form that asks for an e-mail address (forms are left out already)
  with the heading and the few words around it ("Stay in the loop", "Every week in your
  inbox"), as Ghost's signup card, Mailchimp's and MailPoet's embeds set them;
- a forum's bookkeeping: scores, posters' statistics, "Back to top" links (``html_forum``);
- a link card: one link drawn as a box of a title and a description of another page (Ghost's
  bookmark card, WordPress's and Substack's embedded posts), the site's "Read also" with a
  preview; unless such cards hold most of the page's text (a page of teasers).
"""

from __future__ import annotations

import re

from lxml import etree

from .html_forum import forum_bookkeeping

# AMP pages (Google's mobile copies of news pages) name their ads, menus, share buttons and
# consent banners by tag.
_CHROME_TAGS = frozenset({"nav", "aside", "form", "amp-ad", "amp-embed", "amp-sticky-ad",
                          "amp-sidebar", "amp-social-share", "amp-consent",
                          "amp-user-notification",
                          # an AMP story's links out of a page ("Lire l'article"), its
                          # call-to-action layer and the related stories shown after the last
                          "amp-story-page-outlink", "amp-story-cta-layer", "amp-story-bookend",
                          "amp-story-page-attachment", "amp-story-auto-ads"})
_CHROME_ROLES = frozenset(
    {"banner", "navigation", "complementary", "contentinfo", "search", "dialog", "alertdialog"}
)
# Class and id words of a site's chrome, as news sites name them (and WordPress's sharing,
# likes and related-posts plugins: Jetpack's "sharedaddy", YARPP, AddToAny).
_CHROME_NAMES = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|share|sharing|social|related|recommended|comments?"
    r"|newsletter|subscribe|promo|advert|ads?|breadcrumbs?|sidebar|popup|modal|outbrain"
    r"|taboola|paywall|sharedaddy|likes|relatedposts|yarpp|addtoany|a2a_kit"
    # the links to the site's previous and next post (Squarespace's "item-pagination",
    # Joomla's "pager pagenav") and Drupal's "Read more" under a post; WordPress themes'
    # "Previous article / Next article" box (tagDiv's "td-post-next-prev", "td-post-prev-
    # post"; the core's "nav-previous", "nav-next"; "post-navigation")
    r"|pagination|pager|pagenav|readmore"
    r"|next-prev|prev-next|prev-post|next-post|previous-post|nav-previous|nav-next"
    r"|post-navigation"
    # a wiki's "[edit]" links beside each heading, its "Jump to navigation" links, its
    # banners (MediaWiki's site notice, Wikipedia's fundraising "central notice"), its
    # categories' links, its "Retrieved from …" line and its "From Wikipedia, the free
    # encyclopedia" under each title
    r"|editsection|jump-link|sitenotice|centralnotice|catlinks|printfooter|sitesub"
    # a row of a post's actions ("permalink", "save", "report", "reply"; XenForo's
    # "actionBar": "Like", "Quote", "Reply") and a quote's "Click to expand..."
    r"|buttons|actionbar|expandlink"
    r"|download"  # a podcast's or a report's "Download MP3" button
    # a "Listen to this article" player and its "Voiced by artificial intelligence" (a news
    # site's own, BeyondWords', Trinity Audio's text-to-speech widgets)
    r"|audio-?player|listen|tts|beyondwords"
    # a widget asking whether the page helped ("War diese Seite hilfreich?  Ja  Nein")
    r"|feedback"
    # a call to action: "Become a member", "Bli medlem" (Ghost's "kg-cta-card")
    r"|cta"
    # a page builder's parts of the site: Elementor's theme-builder header and footer
    # around the post ("elementor-location-header", its <div>s name no <header>) and its
    # "Posts" widget listing other posts under the article ("elementor-widget-posts"); a
    # theme's "Skip to content" link for keyboard users ("skip-link screen-reader-text")
    r"|location-header|location-footer|widget-posts|skip-link|skip-to-content"
    # a "Rate this article" row of stars or numbers ("Oceń artykuł: 1 2 3 4 5";
    # WP-PostRatings' "post-ratings", kk Star Ratings' "kk-star-ratings")
    r"|ratings?"
    # the same boxes as sites in other languages name them: "relacionadas" (Spanish,
    # Portuguese), "correlati", "connexes", "compartir", "partager", "condividi",
    # "compartilhar", "teilen", "delen", "comentarios", "commentaires", "commenti",
    # "kommentare", "reacties"
    r"|relacionad[ao]s|correlati|connexes|compartir|partager|condividi|compartilhar|teilen"
    r"|delen|comentarios|commentaires|commenti|kommentare|reacties)(?:$|[\s_-])",
    re.IGNORECASE,
)
# A post's reading time ("6 min read", "Lesezeit: 4 Minuten", "5 min de lecture"), as
# Medium, WordPress themes and news sites print it beside the date: the site's estimate,
# never the writer's words. A number of minutes alone ("6 min") is read.
_MINUTES = r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:min(?:ute)?s?\.?|minuten|minutos|minuti|minuter)"
_READING_TIME = re.compile(
    rf"(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura"
    rf"|tempo di lettura|tempo de leitura|leestijd|lästid|läsningstid)\s*:?\s*~?\s*{_MINUTES}"
    rf"|~?\s*{_MINUTES}\s+(?:read|reading|lesezeit|lesen|de lecture|de lectura|di lettura"
    rf"|de leitura|leestijd|lästid|läsning)", re.IGNORECASE)
# A box of a post's tags (Drupal's "field--name-field-tags", a theme's "post-tags"); the
# words "Tagged …" inside a sentence's line are read.
_TAG_BOXES = re.compile(r"(?:^|[\s_-])tags(?:$|[\s_-])", re.IGNORECASE)
# A comment's box as sites name it, within a word ("comment-list", "comentario").
_COMMENT_PART = re.compile(r"comment|coment|kommentar|reactie", re.IGNORECASE)
_COMMENT_NAMES = re.compile(r"(?:^|(?<=[\s_-]))(?:comments?|comentarios|commentaires|commenti"
                            r"|kommentare|reacties)(?=$|[\s_-])", re.IGNORECASE)
# "Advertisement" in the languages of the pages read most, as sites label an ad's slot.
_AD_LABELS = frozenset({
    "advertisement", "advertising", "ad", "ads", "anzeige", "werbung", "publicité",
    "publicite", "publicidad", "publicidade", "pubblicità", "pubblicita", "advertentie",
    "reclame", "reklame", "reklama", "annonse", "annons", "mainos", "hirdetés", "reklam",
    "inzerce", "oglas", "διαφήμιση", "реклама", "広告", "광고", "广告",
})
# "Read also" in the languages of the pages read most, as news sites open a link to another
# of their articles set among the paragraphs ("Lire aussi : Train de nuit…").
_READ_ALSO = frozenset({
    "read also", "also read", "read more", "see also", "related", "more on this",
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lesen sie auch", "auch lesen",
    "mehr zum thema", "siehe auch", "lee también", "lea también", "leer más", "ver también",
    "te puede interesar", "noticias relacionadas", "artículos relacionados",
    "related articles", "related stories", "articles liés", "articoli correlati",
    "verwandte artikel", "leia também", "leia mais", "veja também", "leggi anche",
    "potrebbe interessarti", "lees ook", "zie ook", "czytaj też",
    "czytaj także", "läs också", "læs også", "les også", "читайте также", "اقرأ أيضا",
    "اقرأ أيضًا", "اقرأ ايضا", "קראו גם", "合わせて読みたい", "あわせて読みたい", "関連記事",
})
_NOT_WORDS = re.compile(r"[\W_]+")
# The editor on duty a Chinese news page names under every article ("(责任编辑：王蕾)"),
# the site's bookkeeping; the reporter's own credit ("（本报记者 林晓）") is read.
_EDITOR_ON_DUTY = re.compile(
    r"[(（]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：][^()（），。！？,.!?]{1,30}[)）]?")
_TIME_OF_DAY = re.compile(r"T\d\d:\d\d")
_FEED_ENTRIES = 3
_READ_ALSO_SAID = frozenset(_NOT_WORDS.sub(" ", words).strip() for words in _READ_ALSO)
_BOXES = frozenset({"div", "p", "section", "aside", "figure", "span", "center"})
_NEVER = frozenset({"html", "body", "article", "main"})
_CARD_PARTS = ("div", "p", "h2", "h3", "h4", "h5", "h6", "header", "section")
_CARD_BLOCKS = 2  # a title and a description
# Words at least of a card's description: a poster's card (name, rank) is no preview.
_DESCRIPTION = 5
_BOX_WORDS = 300  # characters around a newsletter's form: more is the page's own text


def without_chrome(root: etree._Element) -> etree._Element:
    """``root`` without the site around its article (``is_chrome``), nor the ad labels and
    newsletter boxes set among the article's paragraphs."""
    without_site_boxes(root)
    thread = _answered_by_its_author(root)
    chrome = [e for e in root.iter() if isinstance(e.tag, str) and is_chrome(e)
              and not (thread and _a_comment(e))]
    for element in chrome:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text, which belongs to the parent
    for label in _labels_left_alone(root):
        label.drop_tree()
    return root


def _labels_left_alone(root: etree._Element) -> list[etree._Element]:
    """A "Read also" heading whose list went as the site's (a page builder sets the label
    in a heading widget of its own above a "Posts" widget: Elementor's "Leia também") and
    after which the page says nothing more: a label of nothing, never the article's."""
    labels = []
    for heading in root.iter("h2", "h3", "h4", "h5", "h6"):
        if _said(heading) in _READ_ALSO_SAID and not heading.xpath(
                "following::text()[normalize-space() and not(ancestor::script)"
                " and not(ancestor::style)]"):
            labels.append(heading)
    return labels


def is_chrome(element: etree._Element) -> bool:
    """A part of the site rather than of the article."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "form":  # some sites wrap their whole page in one form
        # A form with nothing to fill in (hidden fields only) is a wrapper, as Reddit's
        # "usertext" around each post's text.
        return (element.find(".//h1") is None and len(element.findall(".//p")) < 5
                and _has_fields(element))
    if tag in _CHROME_TAGS:
        return not (tag == "aside" and (_is_fact_box(element) or _quotes_the_unsaid(element)))
    if element.get("role", "") in _CHROME_ROLES or element.get("aria-modal") == "true":
        return True
    if tag in ("header", "footer"):
        # An article's own header holds its title and byline: only the page's go.
        return not any(a.tag in ("article", "main") for a in element.iterancestors())
    if tag == "a" and element.get("href", "").lstrip().casefold().startswith("javascript:"):
        # a control drawn as a sign ("[–]" folds a comment), no word
        return not any(c.isalnum() for c in "".join(element.itertext()))
    if tag in ("p", "div") and _only_a_button(element):
        return True
    names = f"{element.get('class', '')} {element.get('id', '')}"
    if tag in ("div", "ul", "section") and _TAG_BOXES.search(names):
        return element.find(".//h1") is None  # a box of the post's tags, a list of links
    if names.strip() and _CHROME_NAMES.search(names) and tag not in ("body", "html", "article"):
        return element.find(".//h1") is None  # never the block that holds the title
    return False


def _only_a_button(element: etree._Element) -> bool:
    """A paragraph that is one link drawn as a button ("Leave a comment", "Subscribe now":
    Substack's, Ghost's and themes' ``<a class="button">``): the site's call to action,
    never a sentence of the article, which a link inside words is."""
    if len(element) != 1 or (element.text or "").strip() or (element[0].tail or "").strip():
        return False
    link = element[0]
    classes = (link.get("class") or "").casefold().split()
    return link.tag == "a" and any(name in ("button", "btn") or name.startswith(
        ("button-", "btn-")) for name in classes)


def _has_fields(form: etree._Element) -> bool:
    return any(field.tag != "input" or field.get("type", "").casefold() != "hidden"
               for field in form.iter("input", "textarea", "select", "button"))


def _answered_by_its_author(root: etree._Element) -> bool:
    """A thread whose author answers in its comments (an "ask me anything": Reddit marks
    the author's name ``submitter`` in each reply, Discourse ``topic-owner``): the
    comments are the interview, not the site's."""
    authors = root.xpath(
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' submitter ')"
        " or contains(concat(' ', normalize-space(@class), ' '), ' topic-owner ')]")
    return any(_COMMENT_PART.search(a.get("class", "")) for author in authors
               for a in author.iterancestors() if isinstance(a.tag, str))


def _a_comment(element: etree._Element) -> bool:
    """Chrome only for being named a comment (its box, the comments' list)."""
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(_COMMENT_NAMES.search(names)) and not _CHROME_NAMES.search(
        _COMMENT_NAMES.sub(" ", names))


def _quotes_the_unsaid(aside: etree._Element) -> bool:
    """A forum post's quote (Discourse's ``aside.quote``) of words this page says nowhere
    else: a post of another topic, or one the page leaves out. They are the quoting post's
    own matter, read as its quote; a quote of a post on the page is heard there."""
    if "quote" not in aside.get("class", "").casefold():
        return False
    quoted = [" ".join("".join(q.itertext()).split()) for q in aside.iter("blockquote")]
    if not any(quoted):
        return False
    page = " ".join("".join(aside.getroottree().getroot().itertext()).split())
    return all(page.count(words) < 2 for words in quoted if words)


def _is_fact_box(aside: etree._Element) -> bool:
    """An ``<aside>`` set among an article's paragraphs that says things rather than links
    to other pages: a news page's box of key figures or a biography ("Repères", "Key
    facts"), part of what the article says. A quote of another post (a forum's) is not
    one: its words are the post's, already read."""
    names = f"{aside.get('class', '')} {aside.get('id', '')}"
    if (not any(a.tag == "article" or a.get("itemprop") == "articleBody"
                for a in aside.iterancestors() if isinstance(a.tag, str))
            or _CHROME_NAMES.search(names) or "quote" in names.casefold()
            or aside.get("role", "") in _CHROME_ROLES):
        return False
    said = len(_said(aside))
    linked = sum(len(_said(link)) for link in aside.iter("a"))
    return said > 0 and linked * 2 < said


def without_site_boxes(root: etree._Element) -> None:
    """``root`` without the ad labels and newsletter boxes it holds."""
    boxes = [_ad_slot(element) for element in root.iter()
             if isinstance(element.tag, str) and element.tag in _BOXES
             and _said(element) in _AD_LABELS]
    boxes += [element for element in root.iter("p", "div") if _reads_also(element)]
    boxes += [element for element in root.iter("span", "p", "div", "li", "time")
              if _READING_TIME.fullmatch(" ".join("".join(element.itertext()).split()))]
    boxes += _entry_times(root)
    boxes += _link_cards(root)
    boxes += forum_bookkeeping(root)
    boxes += [element for element in root.iter("p", "div")
              if _EDITOR_ON_DUTY.fullmatch(" ".join("".join(element.itertext()).split()))]
    boxes += [_newsletter_box(form) for form in root.iter("form")
              if _asks_for_mail(form) and form.find(".//h1") is None
              and len(" ".join(form.itertext())) <= _BOX_WORDS]  # not a page in a form
    for box in boxes:
        if box is not None and box.getparent() is not None:
            _without_dangling_separator(box)
            box.drop_tree()


# The mark a byline sets between its parts ("Por Ana · 8/6/2023 · 6 min de leitura")
_SEPARATOR_BEFORE = re.compile(r"\s*[·•|]\s*$")


def _without_dangling_separator(box: etree._Element) -> None:
    """The separator that set ``box`` apart from the words before it goes with it when
    nothing follows it on its line: "8/6/2023 ·" would be said with nothing after it."""
    if (box.tail or "").strip() or box.getnext() is not None:
        return
    before = box.getprevious()
    if before is not None:
        before.tail = _SEPARATOR_BEFORE.sub("", before.tail or "")
    elif (parent := box.getparent()) is not None:
        parent.text = _SEPARATOR_BEFORE.sub("", parent.text or "")


def _link_cards(root: etree._Element) -> list[etree._Element]:
    """Links to another page that wrap two blocks of words or more, one of them a sentence
    (a title and a description), each with the box around it that says nothing else; none
    when they hold half the page's words or more."""
    cards = []
    for link in root.iter("a"):
        target = link.get("href", "").strip()
        blocks = [e for e in link.iter(*_CARD_PARTS) if e is not link and _own_words(e)]
        if (target and not target.startswith("#") and len(blocks) >= _CARD_BLOCKS
                and max(len((e.text or "").split()) for e in blocks) >= _DESCRIPTION):
            cards.append(_box_of(link))
    if not cards:
        return []
    carded = sum(len(_said(card)) for card in cards)
    return cards if 2 * carded < len(_said(root)) else []


def _own_words(element: etree._Element) -> bool:
    return any(c.isalpha() for c in (element.text or ""))


def _box_of(element: etree._Element) -> etree._Element:
    """The outermost box around ``element`` that says nothing else."""
    said, box = _said(element), element
    parent = element.getparent()
    while (parent is not None and isinstance(parent.tag, str) and parent.tag not in _NEVER
           and _said(parent) == said):
        box, parent = parent, parent.getparent()
    return box


def _entry_times(root: etree._Element) -> list[etree._Element]:
    """A live blog's time stamps: a line that is only a time of day (``<time
    datetime="…T12:41…">12.41 GMT</time>``) above each of three entries or more, the feed's
    own bookkeeping (a date alone on its line, a timeline's years, are read)."""
    lines = [time.getparent() for time in root.iter("time")
             if _TIME_OF_DAY.search(time.get("datetime", ""))]
    lines = [line for line in lines if line is not None and line.tag in ("p", "div", "span")
             and _said(line) == _said(line.find("time"))]
    return lines if len(lines) >= _FEED_ENTRIES else []


def _reads_also(element: etree._Element) -> bool:
    """A "Read also" label and links to other articles, nothing else: the site's."""
    links = list(element.iter("a"))
    if not links or element.find(".//h1") is not None:
        return False
    besides = element.xpath(".//text()[not(ancestor::a) and not(ancestor::script)]")
    label = _NOT_WORDS.sub(" ", " ".join(besides)).strip().casefold()
    return label in _READ_ALSO_SAID


def _said(element: etree._Element) -> str:
    """The words the element shows (an ad slot's script is no word of it)."""
    shown = element.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")
    return _NOT_WORDS.sub(" ", " ".join(shown)).strip().casefold()


def _ad_slot(label: etree._Element) -> etree._Element | None:
    """The outermost block around ``label`` that says nothing else; None when the word is
    part of a sentence."""
    slot: etree._Element | None = None
    element: etree._Element | None = label
    said = _said(label)
    while (element is not None and isinstance(element.tag, str) and element.tag not in _NEVER
           and _said(element) == said):
        if element.tag in _BOXES and element.tag != "span":
            slot = element
        element = element.getparent()
    return slot


def _asks_for_mail(form: etree._Element) -> bool:
    return any(field.get("type", "").casefold() == "email"
               or "mail" in f"{field.get('name', '')} {field.get('placeholder', '')}".casefold()
               for field in form.iter("input"))


def _newsletter_box(form: etree._Element) -> etree._Element:
    """The outermost element around ``form`` whose other words are few: the box's heading
    and blurb, never the article."""
    box = form
    parent = box.getparent()
    while (parent is not None and isinstance(parent.tag, str) and parent.tag not in _NEVER
           and parent.find(".//h1") is None
           and len(" ".join(parent.itertext())) - len(" ".join(form.itertext())) <= _BOX_WORDS):
        box = parent
        parent = box.getparent()
    return box
