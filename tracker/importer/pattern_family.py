"""Many patterns looked for in one text, found as each pattern's own `finditer` would find them.

A clause is read for some three hundred names, each a pattern of its own; scanning the clause once per
pattern cost most of a large plan's reading. A family scans the text once for the places where any of
its patterns could begin, and tries each pattern only there."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class PatternFamily(Generic[T]):
    """Patterns, each with what it stands for, found in the order of the list, each pattern's matches
    in reading order: what `for value, pattern in patterns: for m in pattern.finditer(text)` yields."""

    def __init__(self, patterns: Sequence[tuple[T, re.Pattern[str]]]) -> None:
        self.patterns = list(patterns)
        # Zero-width, so every place where some pattern matches is found, however the matches overlap.
        self._starts = re.compile("(?=" + "|".join(f"(?:{pattern.pattern})" for _, pattern in self.patterns) + ")")

    def finditer(self, text: str) -> Iterator[tuple[T, re.Match[str]]]:
        starts = [m.start() for m in self._starts.finditer(text)]
        if not starts:
            return
        for value, pattern in self.patterns:
            searched_from = 0
            for start in starts:
                if start < searched_from:
                    continue  # inside this pattern's previous match, as finditer goes on after it
                m = pattern.match(text, start)
                if m:
                    yield value, m
                    searched_from = max(m.end(), start + 1)
