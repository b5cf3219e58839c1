"""A clause's text in parts: sentences, and the parts after ';' that open with their own time or subject."""

from __future__ import annotations

import re
from dataclasses import replace

from .names import Mention, find_mentions, leading_subjects
from .text import UPPER, fold
from .timing import Timing, best_timing

SENTENCE_BREAK = re.compile(rf"(?<=[.!?])\s+(?=[{UPPER}])")
# "…; hoàn thành trước ngày X": the date closes the work just described, not a new duty.
COMPLETION = re.compile(r"\s*(?:hoan thanh|xong|ket thuc|thoi han hoan thanh)\b")


def segments(unit: str) -> list[str]:
    """Sentences, and within them parts after ';' that open with their own time or subject."""
    segments: list[str] = []
    for sentence in SENTENCE_BREAK.split(unit):
        pieces = [p for p in _split_outside_brackets(sentence) if p.strip()]
        for index, piece in enumerate(pieces):
            if index == 0 or (_opens_with_time(piece) and not COMPLETION.match(fold(piece))) or own_subjects(piece)[0]:
                segments.append(piece)
            else:
                segments[-1] = f"{segments[-1]} {piece}"
    return segments


def _split_outside_brackets(sentence: str) -> list[str]:
    """Split after each ';' that is not inside parentheses."""
    pieces, depth, start = [], 0, 0
    for index, char in enumerate(sentence):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == ";" and depth <= 0:
            pieces.append(sentence[start : index + 1].strip())
            start = index + 1
    pieces.append(sentence[start:].strip())
    return pieces


def _opens_with_time(text: str) -> Timing | None:
    timing = best_timing(text)
    if timing and timing.start <= 3:
        return timing
    return None


def own_subjects(segment: str) -> tuple[list[Mention], int]:
    """The subjects a segment opens with, after a leading time or adverbial phrase ("Chậm nhất ngày X,")."""
    subjects, end = leading_subjects(segment)
    if subjects:
        return subjects, end
    comma = segment.find(",")
    if 0 < comma < 60 and not find_mentions(segment[:comma]):
        offset = comma + 1
        subjects, end = leading_subjects(segment[offset:])
        shifted = [replace(m, start=m.start + offset, end=m.end + offset) for m in subjects]
        return shifted, end + offset if subjects else 0
    return [], 0
