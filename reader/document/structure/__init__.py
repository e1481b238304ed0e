"""What a document is made of, found by rules that read its blocks' text.

``analysis.analyze`` is the entry point: it runs the rules of the subpackages in order.

- ``text``: what every rule reads of a block (its text without what copying a page adds, how
  it ends, its prefix, the capitals a name may begin with) — measured once, shared;
- ``lines``: a plain paragraph's lines put apart or kept together before the rules read it
  (hard wrap, broken paragraphs, turns glued into one block, a label alone above its turn);
- ``titles``: the page's top: headline, standfirst, byline, the site's chrome and notices,
  front and back matter;
- ``questions``: an interview's questions and answers, the form that marks them, and the
  pages whose questions are not put to a guest (guides, quizzes, how-tos);
- ``speakers``: turns opened by a speaker's name or label, transcripts, and the documents with
  named speakers that are no interview (plays, chat logs, subtitles).

Every rule is linear in the number of blocks and pure Python (no Qt).
"""
