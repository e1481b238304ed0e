"""What a web page says about itself: its language (its ``lang``, else its Content-Language,
unless most of its text is marked in another) and its title."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from lxml import etree

# Elements whose content is never the page's text.
# "Headline | Site", "Headline - Site": the site's name after the last separator.
_SITE_SUFFIX = re.compile(r"\s+[|\-–—·]\s+(?P<site>[^|\-–—·]+)$")
_SITE_WORDS = 4


def page_title(root: etree._Element) -> str:
    """The page's own title: its Open Graph or Twitter title (the headline alone, as sites
    share it; some add their name, as in ``<title>``), else its ``<title>`` without the
    site's name after it."""
    title = " ".join((root.findtext(".//title") or "").split())
    site = ""
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:site_name":
            site = " ".join((meta.get("content") or "").split())
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title",
                                                                         "twitter:title"):
            shared = " ".join((meta.get("content") or "").split())
            suffix = _SITE_SUFFIX.search(shared)
            names = {name.casefold() for name in (site, _site_of(title)) if name}
            if suffix and suffix.group("site").casefold() in names:
                return shared[:suffix.start()]
            if shared:
                return shared
    suffix = _SITE_SUFFIX.search(title)
    if suffix and len(suffix.group("site").split()) <= _SITE_WORDS and (
            suffix.start() > len(suffix.group("site"))):
        return title[:suffix.start()]
    return title


def headline(root: etree._Element) -> etree._Element | None:
    """The article's headline among the page's headings: the first ``h1``, else ``h2``, else
    ``h3`` that its ``<title>`` names (a blog's is "Blog: Post" or "Post | Blog", its post's
    title an ``h3`` under the blog's name in an ``h1``) for a third of it at least (a
    kicker, "Interview", is no headline), and that is not a link alone to the home page (a
    site's name; a post's title linking to the post itself, as blogs' and Tumblr's do, is
    the headline); else the first ``h1``."""
    named = " ".join((root.findtext(".//title") or "").split()).casefold()
    for level in ("h1", "h2", "h3"):
        for heading in root.iter(level):
            text = " ".join(heading.text_content().split()).casefold()
            linked = " ".join("".join(heading.xpath(".//a//text()")).split()).casefold()
            if (text and text in named and 3 * len(text) >= len(named)
                    and not (linked == text and _links_home(heading))):
                return heading
    return root.find(".//h1")


def headline_as_heading(content: etree._Element, root: etree._Element) -> None:
    """In an article with no heading, the element its site classes as the title (old
    Reddit's ``<a class="title">``, a CMS's ``<div class="headline">``) and that the page's
    ``<title>`` names, as ``headline`` asks of a heading, made the heading it is drawn as."""
    if content.find(".//h1") is not None or content.find(".//h2") is not None:
        return
    named = " ".join((root.findtext(".//title") or "").split()).casefold()
    for element in content.iter("a", "p", "div", "span"):
        names = element.get("class", "").casefold()
        if "title" not in names and "headline" not in names:
            continue
        text = " ".join(element.text_content().split()).casefold()
        if text and text in named and 3 * len(text) >= 2 * len(named):
            element.tag = "h1"
            return


def _links_home(heading: etree._Element) -> bool:
    """Whether a link in ``heading`` goes to the site's home page ("/", "https://site/")."""
    for link in heading.iter("a"):
        path = urlsplit(link.get("href", "").strip()).path
        if path.strip("/") in ("", "index.html", "index.php"):
            return True
    return False


def _site_of(title: str) -> str:
    """The site's name a ``<title>`` ends with ("Headline | Site"), "" when none."""
    suffix = _SITE_SUFFIX.search(title)
    return suffix.group("site") if suffix else ""


NEVER_TEXT = frozenset({"script", "style", "noscript", "template", "head", "svg", "math",
                         "iframe", "object", "embed", "button", "input", "select", "textarea",
                         "canvas", "video", "audio", "map"})


def language_of(root: etree._Element) -> str:
    language = _lang_attribute(root)
    if not language:
        for meta in root.iter("meta"):
            if meta.get("http-equiv", "").lower() == "content-language":
                language = meta.get("content", "")
                break
    return _language_of_most_text(root, primary_language(language))


def _language_of_most_text(root: etree._Element, declared: str) -> str:
    """The language most of the body's text is marked in, when more than half of it is:
    CMS templates leave ``<html lang="en">`` over articles whose blocks say otherwise."""
    body = root.find("body")
    languages: dict[etree._Element, str] = {}
    lengths: Counter[str] = Counter()
    for element in (body if body is not None else root).iter():
        parent = element.getparent()
        inherited = languages.get(parent, declared) if parent is not None else declared
        if not isinstance(element.tag, str):
            lengths[inherited] += len((element.tail or "").strip())
            continue
        own = primary_language(_lang_attribute(element)) or inherited
        languages[element] = own
        if element.tag not in NEVER_TEXT:
            lengths[own] += len((element.text or "").strip())
        lengths[inherited] += len((element.tail or "").strip())
    language, length = (lengths.most_common(1) or [(declared, 0)])[0]
    return language if length * 2 > sum(lengths.values()) else declared


def _lang_attribute(element: etree._Element) -> str:
    return str(element.get("lang") or element.get("{http://www.w3.org/XML/1998/namespace}lang")
               or "")


def primary_language(tag: str) -> str:
    """"fr-FR" -> "fr"; "" for anything that is not a language tag."""
    primary = tag.strip().split("-")[0].split("_")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else ""
