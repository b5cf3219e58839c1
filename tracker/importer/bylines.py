"""A press page's byline: the reporter's initial and name on the last line ("T.HÀ", "N. Lan"). Its
initial may be a letter Roman numerals use (I, V, X, L, C), so "V.THÀNH" would read as a section "V"."""

from __future__ import annotations

import re

from .text import UPPER

# One or two initials, each a capital and a dot, then a name of one or two words with no punctuation.
BYLINE = re.compile(rf"(?:[{UPPER}]\.\s?){{1,2}}[{UPPER}]\w*(?:\s[{UPPER}]\w*)?")


def without_byline(text: str) -> str:
    """The text without the byline closing it: a short line of initials and a name with nothing below
    it. A Roman section ("V. KINH PHÍ") always has its content below, so it is never the last line."""
    lines = text.rstrip().split("\n")
    if len(lines) > 1 and BYLINE.fullmatch(lines[-1].strip()):
        return "\n".join(lines[:-1])
    return text
