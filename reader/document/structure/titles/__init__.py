"""The top and the foot of a document: its headline among a web page's chrome, notices,
kickers and buttons; the standfirst, byline, dateline and captions; source and credit lines at
the bottom (``frontmatter`` is the entry point)."""
