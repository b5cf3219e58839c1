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


# Several regional offices under one name, their regions listed by number: "Ngân hàng Nhà nước chi nhánh tại các
# khu vực 8, 9, 10 và 11", "Kho bạc Nhà nước các khu vực III và IV". Each region is an office of its own (rule 2).
REGIONS_LISTED = re.compile(
    r"\b(?P<head>(?:(?:chi cuc|cuc)\s+)?(?:kho bac nha nuoc|ngan hang nha nuoc(?: viet nam)?|hai quan|kiem toan nha nuoc|thue))"
    r"\s*(?:[-–]\s*)?(?P<branch>chi nhanh\s+)?(?:tai\s+)?cac\s+khu vuc\s+"
    r"(?P<numbers>(?:[ivxlc]+|\d{1,2})(?:\s*(?:,|va)\s*(?:[ivxlc]+|\d{1,2})\b)+)"
)
NUMBER = re.compile(r"\b(?:[ivxlc]+|\d{1,2})\b")


def _listed_regions(text: str, match: re.Match) -> list[Mention]:
    """One office for each region a list names, called as one office of it is ("Ngân hàng Nhà nước chi nhánh Khu
    vực 8"), the head's words as printed."""
    head = re.sub(r"\s+", " ", text[match.start("head") : match.end("head")]).strip()
    head = head[:1].upper() + head[1:] + (" chi nhánh" if match.group("branch") else "")
    offices = []
    for number in NUMBER.finditer(match.group("numbers")):
        start, end = match.start("numbers") + number.start(), match.start("numbers") + number.end()
        written = text[start:end].upper() if number.group(0).isalpha() else text[start:end]
        offices.append(Mention(match.start() if not offices else start, end, f"{head} Khu vực {written}", "central_office"))
    return offices


def with_regions(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each regional office's name read whole, in place of the names inside it."""
    wholes = [[Mention(m.start(), m.end(), "", "central_office")] for m in REGIONAL.finditer(folded)]
    wholes += [_listed_regions(text, m) for m in REGIONS_LISTED.finditer(folded)]
    for offices in wholes:
        start, end = offices[0].start, offices[-1].end
        if not offices[0].name:
            name = re.sub(r"\s+", " ", text[start:end]).strip()
            offices = [Mention(start, end, name[:1].upper() + name[1:], "central_office")]
        inside = [m for m in mentions if m.start < end and m.end > start]
        mentions = sorted([m for m in mentions if m not in inside] + offices, key=lambda m: m.start)
    return mentions
