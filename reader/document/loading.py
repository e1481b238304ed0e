"""Bytes to text. STUB: to be completed (encodings, binary detection, size limit, errors)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from .model import Notice

MAX_FILE_BYTES = 50 * 1024 * 1024


class LoadProblem(Enum):
    NOT_FOUND = "not_found"
    IS_DIRECTORY = "is_directory"
    PERMISSION_DENIED = "permission_denied"
    BINARY = "binary"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"  # any other OS error; detail says which


class LoadError(Exception):
    def __init__(self, problem: LoadProblem, path: str, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {path} {detail}".strip())
        self.problem, self.path, self.detail = problem, path, detail


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    notices: tuple[Notice, ...] = ()


def read_text_file(path: Path) -> Decoded:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise LoadError(LoadProblem.NOT_FOUND, str(path)) from None
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8")


def normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return unicodedata.normalize("NFC", text)
