"""Central offices of a region. Since 2025 the State Treasury, the State Bank, Customs, Taxation and
the State Audit serve provinces through offices named by region ("Kho bạc Nhà nước khu vực XI",
"Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II", "Chi cục Hải quan khu vực V"): such a name
is one body, kept as printed, not the province's branch the name without its region would give."""

from __future__ import annotations

import re

from .name_shapes import Mention

REGIONAL = re.compile(
    r"\b(?:(?:chi cuc|cuc)\s+)?(?:kho bac nha nuoc|ngan hang nha nuoc(?: viet nam)?|hai quan|kiem toan nha nuoc|thue)"
    r"\s*(?:[-–]\s*)?(?:chi nhanh\s+)?khu vuc\s+(?:[ivxlc]+|\d{1,2})\b"
)


def with_regions(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each regional office's name read whole, in place of the names inside it."""
    for match in REGIONAL.finditer(folded):
        start, end = match.span()
        inside = [m for m in mentions if m.start < end and m.end > start]
        name = re.sub(r"\s+", " ", text[start:end]).strip()
        whole = Mention(start, end, name[:1].upper() + name[1:], "central_office")
        mentions = sorted([m for m in mentions if m not in inside] + [whole], key=lambda m: m.start)
    return mentions
