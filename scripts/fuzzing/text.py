"""The text generators: random Unicode, random Markdown constructs, interview-like text, and
web pages. Each makes its input from a ``random.Random``."""

from __future__ import annotations

import html
import random
import unicodedata

_ALPHABETS = (
    "abcdefghijklmnopqrstuvwxyzéèàçœ ABCDEFÉÀ",
    "ßäöüÄÖÜ ñáíóú¿¡",
    "日本語のテキストです。東京",
    "Привет мир",
    "😀👍🏽❤️\u200d🔥",
    "#*_->`[]()!\\|~<&;:=+.0123456789\t\n\n  ",
    "\u00ad\u200b\u2028\u2029\ufeff\r\x0b\x0c\x85",
)


def random_unicode(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randint(0, 60)):
        if rng.random() < 0.2:
            code = rng.randint(0x20, 0x2FFFF)
            char = chr(code)
            if unicodedata.category(char) in ("Cs", "Co", "Cn"):
                continue
            pieces.append(char)
        else:
            alphabet = rng.choice(_ALPHABETS)
            pieces.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))))
    return "".join(pieces)


_WORDS = ("la", "police", "enquête", "Zoé", "Straße", "año", "œuvre", "日本", "😀", "c'est",
          "l'été", "Qui", "pourquoi", "réseau", "HTML", "<b>", "a_b", "x*y", "ok")


def _words(rng: random.Random, low: int = 1, high: int = 12) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(low, high)))


def random_markdown(rng: random.Random) -> str:
    chunks = []
    for _ in range(rng.randint(1, 12)):
        kind = rng.randrange(12)
        depth = rng.choice((1, 1, 2, 3, 5, 12, 25))
        if kind == 0:
            chunks.append("#" * rng.randint(1, 7) + " " + _words(rng))
        elif kind == 1:
            chunks.append("".join(f"{'  ' * rng.randrange(depth)}- {_words(rng)}\n"
                                  for _ in range(rng.randint(1, 5))))
        elif kind == 2:
            chunks.append("".join(f"{n}. {_words(rng)}\n" for n in range(1, rng.randint(2, 5))))
        elif kind == 3:
            chunks.append(">" * depth + " " + _words(rng))
        elif kind == 4:
            chunks.append("```\n" + _words(rng) + "\n" + _words(rng) + "\n```")
        elif kind == 5:
            chunks.append(rng.choice(("***", "---", "___", "- - -")))
        elif kind == 6:
            mark = rng.choice(("*", "**", "_", "__", "`"))
            chunks.append(f"{_words(rng)} {mark}{_words(rng)}{mark} {_words(rng)}")
        elif kind == 7:
            cells = rng.randint(1, 4)
            row = "| " + " | ".join(_words(rng, 1, 2) for _ in range(cells)) + " |"
            chunks.append(row + "\n|" + "---|" * cells + "\n" + row)
        elif kind == 8:  # a hard break, a line ending in two spaces
            chunks.append(_words(rng) + "  \n" + _words(rng))
        elif kind == 9:
            chunks.append("".join(rng.choice("-*+>") + " " for _ in range(depth)) + _words(rng))
        elif kind == 10:
            chunks.append("    " + _words(rng))  # indented: code in Markdown, prose in text
        else:
            chunks.append(_words(rng, 5, 40))
    separator = rng.choice(("\n\n", "\n", "\n\n\n"))
    return separator.join(chunks) + rng.choice(("", "\n"))


_QUESTIONS = ("Pourquoi ce choix ?", "Comment l'expliquez-vous ?", "Et ensuite ?",
              "Qu'est-ce qui a changé depuis 2019 ?")


def interview_like(rng: random.Random) -> str:
    lines = [_words(rng, 2, 8), _words(rng, 10, 30)]
    for number in range(1, rng.randint(2, 12)):
        style = rng.randrange(5)
        question = rng.choice(_QUESTIONS)
        if style == 0:
            lines.append(question)
        elif style == 1:
            lines.append(f"{rng.choice(('Q', 'Priya', 'Journaliste'))} : {question}")
        elif style == 2:
            lines.append(f"{number if rng.random() < 0.9 else number + 999}. {question}")
        elif style == 3:
            lines.append(f"**{question}**")
        else:
            lines.append(f"- {question}")
        answer = _words(rng, 5, 60)
        if rng.random() < 0.3:  # a paragraph broken in the middle of a sentence
            cut = rng.randrange(len(answer))
            answer = answer[:cut] + rng.choice(("\n\n", "\n")) + answer[cut:]
        lines.append(answer)
    return rng.choice(("\n\n", "\n")).join(lines) + "\n"


def _escaped(rng: random.Random, low: int = 1, high: int = 12) -> str:
    return html.escape(_words(rng, low, high), quote=False)


def random_html(rng: random.Random) -> str:
    """A web page's body: headings, paragraphs with inline styles and links, nested lists,
    quotations, preformatted code, tables, line breaks, random Unicode and tags left open."""
    parts = []
    for _ in range(rng.randint(1, 10)):
        kind = rng.randrange(10)
        if kind == 0:
            level = rng.randint(1, 6)
            parts.append(f"<h{level}>{_escaped(rng)}</h{level}>")
        elif kind == 1:
            tag = rng.choice(("em", "strong", "i", "b", "code"))
            link = rng.choice(("", f'<a href="https://x.org/{rng.randrange(99)}">'
                                   f"{rng.choice(('', '&amp;', _escaped(rng, 1, 3)))}</a>"))
            parts.append(f"<p>{_escaped(rng)} <{tag}>{_escaped(rng)}</{tag}> {link}"
                         f"{_escaped(rng)}</p>")
        elif kind == 2:
            tag = rng.choice(("ul", "ol"))
            items = "".join(f"<li>{_escaped(rng)}"
                            + (f"<{tag}><li>{_escaped(rng)}</li></{tag}>" if rng.random() < 0.3
                               else "") + "</li>" for _ in range(rng.randint(1, 4)))
            parts.append(f"<{tag}>{items}</{tag}>")
        elif kind == 3:
            parts.append("<blockquote>" * rng.randint(1, 4) + f"<p>{_escaped(rng)}</p>")
        elif kind == 4:
            parts.append(f"<pre>{_escaped(rng)}\n  {_escaped(rng)}</pre>")
        elif kind == 5:
            cells = rng.randint(1, 4)
            head = "".join(f"<th>{_escaped(rng, 1, 2)}</th>" for _ in range(cells))
            row = "".join(f"<td>{_escaped(rng, 1, 3)}</td>" for _ in range(cells))
            parts.append(f"<table><tr>{head}</tr><tr>{row}</tr></table>")
        elif kind == 6:
            parts.append(f"<div>{html.escape(random_unicode(rng), quote=False)}</div>")
        elif kind == 7:
            parts.append(f"<p>{_escaped(rng)}<br>{_escaped(rng)}</p>")
        elif kind == 8:
            parts.append(f"{_escaped(rng)} <p>{_escaped(rng)} <span>{_escaped(rng)}")
        else:
            parts.append(f'<span style="font-weight:bold">{_escaped(rng)}</span> '
                         f"{_escaped(rng, 5, 40)}")
    body = "\n".join(parts)
    return f"<html><body>{body}</body></html>" if rng.random() < 0.7 else body
