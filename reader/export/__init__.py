"""Audio export: a document read aloud into files to take away (issue 15).

No Qt widgets here: the window runs ``export_audio`` in a worker thread, ``reader
export-audio`` (``cli``) in the terminal. Modules: ``parts`` (what becomes one file and its
name), ``job`` (the cancellable job, its progress and faults), ``encoding`` (libsndfile
formats, resampling, temporary names), ``tags`` (mutagen: tags and chapters), ``captions``
(WebVTT and the playlist).
"""
