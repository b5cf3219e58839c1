"""The Fatherland Front and the Youth Union by the names their own documents give their bodies.

"Mặt trận và các đoàn thể huyện" is the Front's committee and the unions of the level written once after
both ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"); "Ban Thường trực Ủy ban MTTQ Việt Nam các quận, huyện" the
Front's standing boards of the lower levels; "các cấp bộ Đoàn", "Đoàn cấp cơ sở", "Văn phòng Trung ương
Đoàn" the Youth Union's committees by level and its central office."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .name_shapes import Mention, expand_abbreviations

# A level below the province, as a group's name lists them ("các quận, huyện, thị xã").
_LOWER = r"(?:cap huyen|cap xa|cap co so|thi xa|thi tran|thanh pho|dac khu|huyen|quan|phuong|xa(?!\s+hoi))"

FRONT_BESIDE_UNIONS = re.compile(
    r"\bmat tran(?=\s*(?:,|va)\s*(?:cac\s+)?(?:hoi\s*,\s*)?doan the\s+(?P<level>tinh|huyen|thi xa|thanh pho|xa(?! hoi)|phuong)\b)"
)


# With no level written after the unions, in a list of bodies ("các sở, ban ngành, Mặt trận và các đoàn thể"): the
# Front of the level that writes, as "Mặt trận" in a list after the party committees is (governments.py).
FRONT_BESIDE_BARE_UNIONS = re.compile(r"(?<=, )mat tran(?=\s*(?:,|va)\s*(?:cac\s+)?doan the\b(?!\s+(?:tinh|huyen|thi xa|thanh pho|xa|phuong)\b))")


def fronts(text: str, folded: str) -> Iterator[Mention]:
    for m in FRONT_BESIDE_UNIONS.finditer(folded):
        if text[m.start()].isupper():
            level = text[m.start("level") : m.end("level")]
            yield Mention(m.start(), m.end(), f"Ủy ban Mặt trận Tổ quốc Việt Nam {level}", "mass_organisation")
    for m in FRONT_BESIDE_BARE_UNIONS.finditer(folded):
        if text[m.start()].isupper():
            yield Mention(m.start(), m.end(), "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "mass_organisation")
    for m in FRONT_BOARD.finditer(folded):
        if text[m.start()].isupper():
            name = expand_abbreviations(text[m.start() : m.end()])
            yield Mention(m.start(), m.end(), name, "mass_organisation", group=True)
    yield from unions(text, folded)
    yield from abbreviated_unions(text, folded)


# The Front's standing organs of the lower levels, addressed together by the level above them: "Ban
# Thường trực Ủy ban MTTQ Việt Nam các quận, huyện", "Ban thường vụ Ủy ban MTTQ … các xã, phường, đặc khu".
# Each level has one, so the levels written after the committee make the whole one group of boards.
# So with no board: "Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố" is the committees of those levels, a group.
FRONT_BOARD = re.compile(
    r"\b(?:(?:ban thuong truc|ban thuong vu|thuong truc)\s+)?(?:(?:uy ban|ub)\s*(?:mat tran to quoc|mttq)|ubmttq)(?:\s*vn|\s+viet nam)?"
    r"\s+(?P<levels>cac\s+" + _LOWER + r"(?:\s*(?:,|-|va)\s*" + _LOWER + r")*)\b"
)


# The Youth Union names its own bodies by level, as its statute does: "các cấp bộ Đoàn" (the union's
# committees of every level), "Ban Chấp hành Đoàn các cấp", "Đoàn cấp cơ sở", "Đoàn cấp huyện và tương
# đương" (the union at each unit of that level). Each is one group, one body at every place of the level.
# "Đại hội Đoàn cấp cơ sở" is the congress, an event, not the body.
UNION_LEVELS = re.compile(
    r"(?<!dai hoi )(?<!dai hoi dai bieu )\b(?:cac cap bo doan|ban chap hanh doan cac cap"
    r"|doan(?: tncs ho chi minh| thanh nien cong san ho chi minh)? cap (?:co so|huyen|tinh|xa)(?: va tuong duong)?)\b"
)
# The Youth Union's central office, as its central committee's decisions name it: "Văn phòng Trung ương Đoàn".
UNION_OFFICE = re.compile(r"\bvan phong trung uong doan\b")


def unions(text: str, folded: str) -> Iterator[Mention]:
    for m in UNION_LEVELS.finditer(folded):
        written = re.sub(r"\s+", " ", text[m.start() : m.end()])
        if "Đoàn" in written or "ĐOÀN" in written:  # the union's name is written with its capital
            yield Mention(m.start(), m.end(), written[:1].upper() + written[1:], "mass_organisation", group=True)
    for m in UNION_OFFICE.finditer(folded):
        if text[m.start()].isupper():
            yield Mention(m.start(), m.end(), "Văn phòng Trung ương Đoàn", "other")


# The mass organisations by the initials their own papers and the press use once the name has been given:
# "Hội CCB" (Cựu chiến binh), "HND" or "Hội ND" (Nông dân), "Hội LHPN", "HLHPN" (Liên hiệp Phụ nữ), "Đoàn
# TN" (Thanh niên), "LĐLĐ" (Liên đoàn Lao động), then the level as the full name has it: "Hội CCB tỉnh",
# "HND các xã, phường" (a group: the union of each commune), "Hội CCB các cấp". Written in capitals only.
INITIALS = (("Hội Cựu chiến binh", r"hoi ccb", "Hội CCB"), ("Hội Nông dân", r"hoi nd|hnd", "ND"),
            ("Hội Liên hiệp Phụ nữ", r"hoi lhpn|hlhpn", "LHPN"), ("Đoàn Thanh niên", r"doan tn", "Đoàn TN"),
            ("Liên đoàn Lao động", r"ldld", "LĐLĐ"))
UNION_INITIALS = re.compile(r"\b(?:" + "|".join(f"(?P<u{i}>{p})" for i, (_, p, _) in enumerate(INITIALS)) + r")\b")
UNION_LEVEL = re.compile(r"\s+(?:(?P<cac>cac\s+|\d+\s+)?" + _LOWER + r"(?:\s*(?:,|-)\s*" + _LOWER + r")*|tinh|cac cap|cung cap)\b")


def abbreviated_unions(text: str, folded: str) -> Iterator[Mention]:
    for m in UNION_INITIALS.finditer(folded):
        index = int(next(k for k, v in m.groupdict().items() if v)[1:])
        full, _, capitals = INITIALS[index]
        if capitals not in text[m.start() : m.end()]:
            continue  # "hnd" in lower case is no union's initials
        level = UNION_LEVEL.match(folded, m.end())
        if level is None:
            yield Mention(m.start(), m.end(), f"{full} tỉnh", "mass_organisation")
            continue
        written = re.sub(r"\s+", " ", text[level.start() : level.end()])
        yield Mention(m.start(), level.end(), full + written, "mass_organisation", group=bool(level.group("cac")))


# "Các phòng, ban, ngành, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội … cấp huyện": the Front named bare
# among the unions of a list whose level is written once, after its last body. The Front is that level's
# committee ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), as the unions beside it are that level's.
FRONT_BARE = re.compile(r"mat tran to quoc(?: viet nam)?")
LIST_LEVEL = re.compile(r"\s*,\s*(?:cac\s+)?(?:to chuc|doan the)\b[^.;:\n]{0,150}?\bcap (?P<level>huyen|xa(?! hoi))\b")


# So the Front's committee written with no level ("UBMTTQVN", "Ủy ban MTTQ") beside the unions of a commune or a
# district that carry it ("UBMTTQVN và các tổ chức chính trị xã hội xã", "Ủy ban MTTQ, các đoàn thể phường"): the
# committee of that level, not the province's its bare name is read as.
FRONT_UNLEVELLED = re.compile(r"(?:(?:uy ban|ub)\s*)?(?:mat tran to quoc|mttq)(?:\s*vn|\s+viet nam)?|ubmttq(?:\s*vn|\s+viet nam)?")
UNIONS_LEVEL = re.compile(r"\s*(?:,|va)\s*(?:cac\s+)?(?:to chuc chinh tri\s*[-–]?\s*xa hoi|(?:hoi\s*,?\s*)?doan the(?: chinh tri\s*[-–]?\s*xa hoi)?)"
                          r"\s+(?P<level>huyen|xa(?!\s+hoi)|phuong|thi tran|dac khu)\b")


def fronts_at_list_level(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with a bare Front before the unions of such a list read at the list's level."""
    result = []
    for mention in mentions:
        level = LIST_LEVEL.match(folded, mention.end)
        if FRONT_UNLEVELLED.fullmatch(folded, mention.start, mention.end):
            level = level or UNIONS_LEVEL.match(folded, mention.end)
        if mention.kind == "mass_organisation" and (FRONT_BARE.fullmatch(folded, mention.start, mention.end)
                                                    or FRONT_UNLEVELLED.fullmatch(folded, mention.start, mention.end)) and level:
            mention = replace(mention, name=f"Ủy ban Mặt trận Tổ quốc Việt Nam {text[level.start('level') : level.end('level')]}")
        result.append(mention)
    return result
