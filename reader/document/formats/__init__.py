"""Documents that are not text: each format's reader turns a file's bytes into the same blocks
the Markdown path makes (headings with levels, paragraphs, list items, quotes, code, table rows,
with strong/emphasis/link/image runs), so the structure rules never need to know the format.

One module per format; ``blocks`` holds the builder they share and ``safety`` the limits every
archive and XML document goes through.
"""
