"""Vietnamese text folded for matching: lower case, no diacritics, "đ" as "d".

Officers type names and symbols with or without their marks ("chi thi" for "Chỉ thị"), and
SQLite's lower() folds only ASCII, so searches compare folded text kept beside the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Every capital letter of Vietnamese text (Latin, Đ and the capitals with tone marks, "Ủ", "Ỹ"): a
# range "À-Ỹ" would also take the small letters between them.
UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x1EFA)) if c.isalpha() and c.isupper()}))
# What separates words for a search: anything but letters, digits and the marks of a symbol
# ("06/CT-UBND", "4.2"), so "triển khai thực hiện" finds "Triển khai, thực hiện".
_SEPARATORS = re.compile(r"[^\w/.\-]+")


class _FoldedCharacters(dict):
    """Each code point's folded character, worked out the first time str.translate asks for it: the
    importer folds the same clauses many times, and one lookup per character is what it can afford."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in "đĐ":
            folded = "d"
        else:
            base = unicodedata.normalize("NFD", char)[0]
            folded = base.lower() if len(base.lower()) == 1 else base
        self[code] = folded
        return folded


_FOLDED = _FoldedCharacters()


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case, without diacritics, one character for one character (so spans carry over)."""
    # The importer folds each clause once for every rule that reads it, a dozen times and more.
    return text.translate(_FOLDED)


def search_key(*parts: str | None) -> str:
    """The folded words of `parts`, single-spaced, without punctuation: what a search matches against."""
    return " ".join(_SEPARATORS.sub(" ", fold(" ".join(part for part in parts if part))).split())
