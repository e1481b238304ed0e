"""The fuzz campaign (``scripts/fuzz.py`` is its command): generators of documents in every
format the reader opens, valid and damaged (``generators``), what each document must satisfy
(``checks``), and the watched run (``runner``)."""
