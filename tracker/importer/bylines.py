"""A press page's byline: the reporter's initial and name on the last line ("T.HÀ", "N. Lan"), or the name
written out ("Hoàng Thị Oanh", "Thanh Tâm"). Its initial may be a letter Roman numerals use (I, V, X, L, C), so
"V.THÀNH" would read as a section "V"."""

from __future__ import annotations

import re

from .text import UPPER

# One or two initials, each a capital and a dot, then a name of one or two words with no punctuation.
BYLINE = re.compile(rf"(?:[{UPPER}]\.\s?){{1,2}}[{UPPER}]\w*(?:\s[{UPPER}]\w*)?")
# A name written out: two to four words, each a capital then small letters, nothing else on the line (a body's
# name has words in lower case: "Sở Tài chính"). Read below the page's last paragraph, it is its reporter; below a
# signer's title ("PHÓ CHỦ TỊCH"), the signer.
FULL_NAME = re.compile(rf"[{UPPER}][^\W\d_A-Z]+(?:\s[{UPPER}][^\W\d_A-Z]+){{1,3}}")


def without_byline(text: str) -> str:
    """The text without the byline closing it: a short line of initials and a name with nothing below
    it. A Roman section ("V. KINH PHÍ") always has its content below, so it is never the last line."""
    lines = text.rstrip().split("\n")
    last = lines[-1].strip()
    if len(lines) > 1 and (BYLINE.fullmatch(last) or FULL_NAME.fullmatch(last) and _paragraph_ended(lines[-2])):
        return "\n".join(lines[:-1])
    return text


def _paragraph_ended(line: str) -> bool:
    return not line.strip() or line.rstrip().endswith((".", "!", "?", "./."))
