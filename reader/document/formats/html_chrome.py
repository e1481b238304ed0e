"""The site around a page's article: its navigation, header and footer outside the
article, asides, forms, ARIA landmarks, cookie banners, share buttons, "related" lists and
comments, by tag, role and class name.
"""

from __future__ import annotations

import re

from lxml import etree

# AMP pages (Google's mobile copies of news pages) name their ads, menus, share buttons and
# consent banners by tag.
_CHROME_TAGS = frozenset({"nav", "aside", "form", "amp-ad", "amp-embed", "amp-sticky-ad",
                          "amp-sidebar", "amp-social-share", "amp-consent",
                          "amp-user-notification"})
_CHROME_ROLES = frozenset(
    {"banner", "navigation", "complementary", "contentinfo", "search", "dialog", "alertdialog"}
)
# Class and id words of a site's chrome, as news sites name them (and WordPress's sharing,
# likes and related-posts plugins: Jetpack's "sharedaddy", YARPP, AddToAny).
_CHROME_NAMES = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|share|sharing|social|related|recommended|comments?"
    r"|newsletter|subscribe|promo|advert|ads?|breadcrumbs?|sidebar|popup|modal|outbrain"
    r"|taboola|paywall|sharedaddy|likes|relatedposts|yarpp|addtoany|a2a_kit)(?:$|[\s_-])",
    re.IGNORECASE,
)


def without_chrome(root: etree._Element) -> etree._Element:
    """``root`` without the site around its article (``is_chrome``)."""
    chrome = [e for e in root.iter() if isinstance(e.tag, str) and is_chrome(e)]
    for element in chrome:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text, which belongs to the parent
    return root


def is_chrome(element: etree._Element) -> bool:
    """A part of the site rather than of the article."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "form":  # some sites wrap their whole page in one form
        return element.find(".//h1") is None and len(element.findall(".//p")) < 5
    if tag in _CHROME_TAGS:
        return True
    if element.get("role", "") in _CHROME_ROLES or element.get("aria-modal") == "true":
        return True
    if tag in ("header", "footer"):
        # An article's own header holds its title and byline: only the page's go.
        return not any(a.tag in ("article", "main") for a in element.iterancestors())
    names = f"{element.get('class', '')} {element.get('id', '')}"
    if names.strip() and _CHROME_NAMES.search(names) and tag not in ("body", "html", "article"):
        return element.find(".//h1") is None  # never the block that holds the title
    return False
