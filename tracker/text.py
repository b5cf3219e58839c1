"""Vietnamese text folded for matching: lower case, no diacritics, "đ" as "d".

Officers type names and symbols with or without their marks ("chi thi" for "Chỉ thị"), and
SQLite's lower() folds only ASCII, so searches compare folded text kept beside the original.
"""

from __future__ import annotations

import re
import unicodedata

# What separates words for a search: anything but letters, digits and the marks of a symbol
# ("06/CT-UBND", "4.2"), so "triển khai thực hiện" finds "Triển khai, thực hiện".
_SEPARATORS = re.compile(r"[^\w/.\-]+")


def fold(text: str) -> str:
    """Lower-case, without diacritics, one character for one character (so spans carry over)."""
    out = []
    for char in text:
        if char in "đĐ":
            out.append("d")
            continue
        base = unicodedata.normalize("NFD", char)[0]
        out.append(base.lower() if len(base.lower()) == 1 else base)
    return "".join(out)


def search_key(*parts: str | None) -> str:
    """The folded words of `parts`, single-spaced, without punctuation: what a search matches against."""
    return " ".join(_SEPARATORS.sub(" ", fold(" ".join(part for part in parts if part))).split())
