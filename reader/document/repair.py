"""Repair of extraction damage. STUB: to be completed."""

from __future__ import annotations

from .model import Block


def join_broken_paragraphs(blocks: list[Block]) -> tuple[list[Block], int]:
    return blocks, 0
