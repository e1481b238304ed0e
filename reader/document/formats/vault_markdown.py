"""Markdown as note-taking apps and site generators write it, made CommonMark before it is
parsed: what their own reading view shows, not their syntax.

- Front matter (Jekyll, Hugo, Obsidian, Zettlr: ``---`` YAML or ``+++`` TOML lines at the
  very top) is the file's metadata, never shown: it goes, and its ``title`` opens the text
  as a heading when no heading does.
- Obsidian's comments (``%%…%%``) are the writer's own, hidden in its reading view.
- Wiki links show their alias or their note's name (``[[Page|shown]]``, ``[[Page#Part]]``);
  an embedded picture (``![[photo.jpg]]``) shows the picture, which a listener cannot see
  (its name is no text of the note); an embedded note shows that note's name.
- Highlights (``==words==``) are the words.
- HTML that GitHub renders on its own lines (``<details>``, its ``<summary>``, ``<div
  align="center">``, ``<p>``, ``<center>``) and Notion's callouts (exported as ``<aside>``
  lines around the callout's words) show their words, not their tags: a summary's label is
  a paragraph of its own. A line with other tags (a picture's ``<img>``) stays as
  written.
- A callout or an alert (``> [!info] Title``, GitHub's ``> [!NOTE]``) shows its title, or
  its kind's name when it has none, not the marker: a line of its own over the callout's
  words (an FAQ's ``> [!question] …?`` is a question over its answer, not its first words).
- A block id (``^frage3`` ending a line, Obsidian's place to link to) is hidden.
- A Notion page's properties, which its export writes as "Key: value" lines right under
  the page's title ("Created: …", "Status: …", "Tags: …"), are shown by Notion as a table,
  one a row: each is a paragraph of its own, not one run of words.

Fenced code is left as written. Nothing else changes: text the apps show is never lost.
"""

from __future__ import annotations

import re

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.DOTALL)
# A line of YAML or TOML metadata: "key: value", "key = value", a list item, an indented
# continuation, a comment.
_METADATA_LINE = re.compile(r"[\w.-]+[ \t]*[:=]|[ \t]+\S|-[ \t]|#|\[[\w.-]+\][ \t]*$")
_TITLE = re.compile(r"^title[ \t]*[:=][ \t]*(.+?)[ \t]*$", re.MULTILINE | re.IGNORECASE)
_HEADING_FIRST = re.compile(r"\A\s*(?:#{1,6}[ \t]+\S|[^\n]+\n[ \t]*(?:=+|-+)[ \t]*\n)")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", re.MULTILINE)
_COMMENT = re.compile(r"%%.*?%%", re.DOTALL)
_PICTURE = re.compile(
    r"!\[\[[^\]\n]+?\.(?:png|jpe?g|gif|svg|webp|bmp|avif|tiff?)(?:\|[^\]\n]*)?\]\]",
    re.IGNORECASE)
_WIKI_LINK = re.compile(r"!?\[\[([^\]|\n]+?)(?:\|([^\]\n]+?))?\]\]")
_HIGHLIGHT = re.compile(r"==(?=[^=\s])([^=\n]+?)(?<=\S)==")
# GitHub's README and wiki HTML: a disclosure (<details>, its <summary>), a centred block;
# Notion's callout (<aside>)
_LAYOUT_TAG = re.compile(r"</?(?:details|summary|div|center|p|aside)\b[^<>\n]*>",
                         re.IGNORECASE)
_LAYOUT_LINE = re.compile(r"^[ \t]{0,3}</?(?:details|summary|div|center|p|aside)\b[^\n]*$",
                          re.MULTILINE | re.IGNORECASE)
# The opening title and the lines of fields under it, up to the next blank line
_FIELDS_UNDER_TITLE = re.compile(r"\A(#[ \t]+[^\n]+\n\n)((?:[^\n]+\n){2,}?)(?=\n|\Z)")
_FIELD = re.compile(r"[^\W\d_][\w'’ ]{0,30}:[ \t]+\S")
_CALLOUT = re.compile(r"^([ \t]*>[ \t]*)\[!([A-Za-z-]+)\][+-]?[ \t]*(.*)$", re.MULTILINE)
# Obsidian's block id ("… ^frage3" at a line's end, or alone on a line), a place to link
# to that its reading view hides; an id has a letter ("x ^2" is a power)
_BLOCK_ID = re.compile(r"(?:^|[ \t]+)\^(?=[\w-]*[A-Za-z])[A-Za-z0-9-]+[ \t]*$", re.MULTILINE)


def as_commonmark(text: str) -> str:
    """``text`` (a ``.md`` file's) as its app shows it, in CommonMark."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _fields_apart(_without_front_matter(text))
    return _outside_fences(text) if "```" in text or "~~~" in text else _shown(text)


def _without_front_matter(text: str) -> str:
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    lines = [line for line in match.group(2).split("\n") if line.strip()]
    if not lines or not all(_METADATA_LINE.match(line) for line in lines):
        return text  # a thematic break above prose, not metadata
    rest = text[match.end():]
    title = _TITLE.search(match.group(2))
    if title and not _HEADING_FIRST.match(rest):
        words = title.group(1).strip("\"'")
        if words:
            return f"# {words}\n\n{rest}"
    return rest


def _fields_apart(text: str) -> str:
    """Notion's properties under the title, each a paragraph (blank lines between)."""
    match = _FIELDS_UNDER_TITLE.match(text)
    if not match or not all(_FIELD.match(line) for line in match.group(2).splitlines()):
        return text
    return match.group(1) + match.group(2).replace("\n", "\n\n") + text[match.end():]


def _outside_fences(text: str) -> str:
    out, at, fence = [], 0, ""
    for match in _FENCE.finditer(text):
        mark = match.group(1)
        if not fence:
            out.append(_shown(text[at:match.start()]))
            at, fence = match.start(), mark[0] * len(mark)
        elif mark[0] == fence[0] and len(mark) >= len(fence):
            end = text.find("\n", match.end())
            end = len(text) if end < 0 else end
            out.append(text[at:end])
            at, fence = end, ""
    out.append(text[at:] if fence else _shown(text[at:]))
    return "".join(out)


def _shown(text: str) -> str:
    if "%%" in text:
        text = _COMMENT.sub("", text)
    if "[[" in text:
        text = _PICTURE.sub("", text)
        text = _WIKI_LINK.sub(_link_words, text)
    if "==" in text:
        text = _HIGHLIGHT.sub(r"\1", text)
    if "[!" in text:
        text = _CALLOUT.sub(_callout_title, text)
    if "^" in text:
        text = _BLOCK_ID.sub("", text)
    if "<" in text:
        text = _LAYOUT_LINE.sub(_layout_words, text)
    return text


def _layout_words(match: re.Match[str]) -> str:
    """A line of layout tags (and words between them) as its words, a paragraph apart."""
    words = _LAYOUT_TAG.sub("", match.group(0)).strip()
    return f"{words}\n" if words and "<" not in words else (
        "" if not words else match.group(0))


def _link_words(match: re.Match[str]) -> str:
    if match.group(2):
        return match.group(2).strip()
    target = match.group(1).strip()
    page, _, part = target.partition("#")
    page = page.rsplit("/", 1)[-1]
    part = part.lstrip("^")
    return f"{page} > {part}" if page and part else page or part


def _callout_title(match: re.Match[str]) -> str:
    """The callout's title on a line of its own, as the apps show it over the box: a
    paragraph apart from the callout's words (bold, as drawn), not their first words."""
    quote = match.group(1).rstrip()
    title = match.group(3).strip() or match.group(2).capitalize()
    return f"{match.group(1)}**{title}**\n{quote}"
