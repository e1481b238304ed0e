"""Accessible Reader: an accessible document reader with a question-and-answer outline."""

__version__ = "0.1.0"
