"""The units a People's Committee owns, named by their kind in law rather than one by one: its public service
units ("các đơn vị sự nghiệp công lập trực thuộc UBND tỉnh") and state enterprises ("các doanh nghiệp nhà nước
thuộc UBND Thành phố"), often listed with the owner written once after the last ("các đơn vị sự nghiệp công
lập, các doanh nghiệp nhà nước trực thuộc UBND tỉnh"); and the associations the Party and State give tasks
to ("các Hội được Đảng, Nhà nước giao nhiệm vụ"), a category of the law on associations."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention, written_name

UNIT = r"(?:cac\s+)?(?:don vi su nghiep cong lap|doanh nghiep nha nuoc)"
OWNER = r"\s+(?:truc\s+)?thuoc\s+(?:uy ban nhan(?: dan)?|ubnd)\s+(?:tinh|thanh pho)\b"
UNITS = re.compile(rf"\b{UNIT}(?:\s*(?:,|va)\s*{UNIT})*(?P<owner>{OWNER})")
ASSOCIATIONS = re.compile(r"\bcac hoi (?:duoc\s+)?(?:dang\s*(?:,|va)\s*)?nha nuoc giao nhiem vu"
                          r"(?:\s+(?:tren dia ban|cua)(?:\s+(?:tinh|thanh pho))?)?")


# The one-stop offices where citizens file their papers, named by level rather than one by one: "Trung tâm
# Phục vụ hành chính công các cấp", "Bộ phận Một cửa cấp xã" (the two-tier government has one centre in the
# province and one in each commune). The level belongs to the name: a group of every such office.
SERVICE_CENTRES = re.compile(r"\b(?:cac\s+)?(?:trung tam phuc vu hanh chinh cong|bo phan (?:tiep nhan va tra ket qua|mot cua))"
                             r"\s+(?:cac cap|cap xa|cap tinh|cap huyen)\b")


def public_units(text: str, folded: str) -> Iterator[Mention]:
    """Each kind of unit listed, with its owner as written after the list."""
    for m in UNITS.finditer(folded):
        owner = text[m.start("owner") : m.end("owner")]
        for unit in re.finditer(UNIT, folded[m.start() : m.start("owner")]):
            start, end = m.start() + unit.start(), m.start() + unit.end()
            span_end = m.end() if end == m.start("owner") else end
            name = written_name(text[start:end] + owner)
            yield Mention(start, span_end, name if name.startswith("Các") else f"Các {name[:1].lower()}{name[1:]}", "other", group=True)
    for m in SERVICE_CENTRES.finditer(folded):
        if text[m.start() : m.end()].lstrip("cácCÁC ")[:1].isupper():
            yield Mention(m.start(), m.end(), written_name(text[m.start() : m.end()]), "other", group=True)
    for m in ASSOCIATIONS.finditer(folded):
        yield Mention(m.start(), m.end(), written_name(text[m.start() : m.end()]), "mass_organisation", group=True)
