"""Appearance as plain data: themes (colours and their WCAG contrast) and the reader's
typography preferences. Pure Python, no Qt: ``reader --list-themes`` and the contrast tests use
it without a display; ``reader.ui`` turns it into palettes, fonts and formats."""
