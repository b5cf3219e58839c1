"""A district's office named after the department it answers to: "Phòng Lao động - Thương binh và Xã hội"
(no level written, as a department's letter to its city's offices names them), "Phòng Giáo dục và đào tạo
huyện" (its level written, its words in a hasty hand's case)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention
from .pattern_family import PatternFamily
from .vocabulary import DEPARTMENTS, URBAN_DISTRICT

# A lower level after a provincial body's name, levels joined by "-" or "," as a city writes them
# ("quận - huyện", "phường - xã, thị trấn"); not "quản lý", "quan tâm" (folded alike).
DISTRICT_OR_COMMUNE = rf"(?:cap huyen|cap xa|thi xa|thi tran|dac khu|huyen|{URBAN_DISTRICT}|phuong|xa(?!\s+hoi))"
LOWER_LEVEL = re.compile(rf"\s+(?P<cac>cac\s+)?{DISTRICT_OR_COMMUNE}(?:\s*[-,]\s*{DISTRICT_OR_COMMUNE})*\b")

# The office of each district, by its department's name.
_OFFICES = PatternFamily([
    ("Phòng" + name.removeprefix("Sở"), re.compile(rf"\bphong\s+(?:{variant})\b")) for name, variants in DEPARTMENTS for variant in variants
])
# After the name, a level alone (a place's name after it is read by the name's shape).
OWN_LEVEL = re.compile(r"\s+(?P<cac>cac\s+)?(?P<level>huyen|quan|thi xa|thanh pho)\b(?!\s*[-,])")


def district_offices(text: str, folded: str) -> Iterator[Mention]:
    for name, m in _OFFICES.finditer(folded):
        before = max(0, m.start() - 16)
        head = HEAD_BEFORE.search(folded[before : m.start()])
        if text[m.start()] != "P" and not head and not _field_capitalised(text, m):
            continue
        start = before + head.start() if head else m.start()
        # With its level written ("… quận - huyện", "… huyện X") the name's shape reads it whole, when its words
        # are capitalised; "Phòng Giáo dục và đào tạo huyện" is no shape, the department's name reads it.
        if (own := OWN_LEVEL.match(folded, m.end())) and not _capitalised(text[m.start() : m.end()]) \
                and not re.match(r"\s+[A-ZĐ]", text[own.end() :]):
            level = text[own.start("level") : own.end()]
            yield Mention(start, own.end(), f"{name} {'các ' if own.group('cac') else ''}{level}", "other",
                          group=bool(own.group("cac")))
            continue
        # A dash after it goes on with another name ("Phòng Tài chính - Kế hoạch"): no department's office.
        if not LOWER_LEVEL.match(folded, m.end()) \
                and not re.compile(r"\s*[-–]|\s+(?:cac|tinh|thanh pho|thi xa|cap|dac khu)\b").match(folded, m.end()):
            yield Mention(start, m.end(), name, "district")


def _capitalised(written: str) -> bool:
    """Whether every word of a name but its joining words opens with a capital."""
    return all(word[:1].isupper() for word in re.findall(r"\w+", written) if word not in ("và", "và", "các"))


# The office's head named by title ("Trưởng phòng Giáo dục và Đào tạo chỉ đạo …", "Phó Trưởng Phòng Y tế huyện"):
# the body is the office (rule 4), read from the title on, so that the title leads to it as "Giám đốc Sở …" does.
HEAD_BEFORE = re.compile(r"\b(?:pho\s+)?truong\s+$")


def _field_capitalised(text: str, m) -> bool:
    """ "phối hợp với phòng Nông nghiệp và Phát triển nông thôn": "phòng" in lower case by a hasty hand, each part of
    the department's field after it opening with a capital as the name writes it, is the office's name; "phòng giáo
    dục", "phòng Tài nguyên và môi trường" (a part in lower case) are no name written with care: not read."""
    field = re.sub(r"^\w+\s+", "", text[m.start() : m.end()])
    parts = re.split(r"\s+(?:và|-|–|&)\s+|\s*,\s*", field)
    return text[m.start()] == "p" and all(part[:1].isupper() for part in parts if part)
