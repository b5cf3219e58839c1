"""A state group or corporation named with no level ("Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tổng công ty
Trực thăng Miền Bắc"): each word of its name opens with a capital (the syllable after it may be in lower case,
"Công nghiệp"), a dash may join two fields; two syllables in lower case are the sentence's own words ("… Sông
Hồng tài trợ kinh phí …"), and then the name is not read by its shape."""

from __future__ import annotations

import re

from .proper_names import WORD

FIRM_HEAD = re.compile(r"(?:tap doan|tong cong ty)\s+")


def firm_end(text: str, folded: str, start: int, end: int) -> int:
    """`end` if the words from the firm's head at `start` up to `end` are all a name's, `start` if not
    (no name); `end` for other bodies."""
    head = FIRM_HEAD.match(folded, start)
    if head is None:
        return end
    position, lower = head.end(), 1  # the head's own second syllable ("đoàn", "công ty") is in lower case
    while position < end and (syllable := WORD.match(text, position, end)):
        token = syllable.group(1)
        if token[:1].isupper():
            lower = 0
        elif token not in ("-", "–"):
            lower += 1
            if lower > 1:
                return start  # two syllables in lower case: a sentence runs on, not a name
        position = syllable.end()
    return end
