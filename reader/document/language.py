"""Language detection. STUB: to be completed with py3langid."""


def detect_language(text: str) -> str:
    return ""
