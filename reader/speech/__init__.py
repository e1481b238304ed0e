"""Speech: engines behind one small interface, reading order, text for the ear, WAV output.

No Qt widgets here, and nothing heavy at import: ``espeak_engine`` loads pyttsx3 and
libespeak-ng only when an engine is built. Modules: ``engine`` (the interface and its values),
``espeak_engine`` + ``_espeak_driver`` (espeak-ng through pyttsx3), ``scripted_engine`` (for
tests), ``worker`` (the one thread that synthesises), ``planning`` (utterances in reading
order), ``pronunciation`` (text for the ear), ``wav`` and ``cli`` (``reader speak``).
"""
