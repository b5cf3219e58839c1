"""A part of a paragraph that says only when the work is to be finished: "…; hoàn thành trước ngày 25 tháng 11 năm
2025.", "…. Thời hạn hoàn thành: Quý II/2026.". It has no work of its own: it dates the work the paragraph gave the
same lead before it (ANNOTATION.md rule 1: one task per clause and lead), the later and more precise time
standing for an earlier looser one ("hoàn thành các nhiệm vụ được giao trong năm 2025; …; hoàn thành trước ngày …")."""

from __future__ import annotations

import re

from .text import fold

# What may stand beside the time: the word for finishing, in its usual turns.
COMPLETION_ONLY = re.compile(r"(?:(?:va|de|phai|can)\s+)?(?:(?:thoi han|thoi gian)\s+)?(?:hoan thanh|xong)(?:\s+xong)?")


def completion_only(text: str, due_text: str) -> bool:
    """Whether the part `text` says nothing but that the work is finished by `due_text`."""
    if not due_text or due_text not in text:
        return False
    rest = fold(text.replace(due_text, " "))
    rest = re.sub(r"[\s.,;:()\-–]+", " ", rest).strip()
    return not rest or COMPLETION_ONLY.fullmatch(rest) is not None  # the time may hold the word itself
