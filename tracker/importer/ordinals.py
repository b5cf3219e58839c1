"""Items a text numbers in words ("Thứ nhất, …", "Thứ hai, …"): numbered clauses, labelled by their
ordinal ("1", "2", …)."""

from __future__ import annotations

import re

ORDINALS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
# "Thứ nhất, thường xuyên …", "Thứ hai: Sở Y tế …"; a weekday with its date ("Thứ năm, ngày 12/3") is
# no item.
ORDINAL = re.compile(rf"^\s*Thứ\s+({'|'.join(ORDINALS)})\s*[,:.]\s*(?!ngày\b|\d)(?=\S)", re.IGNORECASE)


def ordinal_item(paragraph: str) -> tuple[str, str] | None:
    """(number, text) of an item numbered in words, or None."""
    m = ORDINAL.match(paragraph)
    if m is None:
        return None
    rest = paragraph[m.end() :]
    return str(ORDINALS.index(m.group(1).lower()) + 1), rest[:1].upper() + rest[1:]
