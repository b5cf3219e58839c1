"""The offices and working parts of the lowest levels, named as a district, a commune or a ward names its
own with no level written: the offices the law gives a commune of the two-tier government ("Phòng Kinh tế",
"Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "Trung tâm Phục vụ hành chính công"), their group ("các
phòng, ban chuyên môn") and a ward's working part by its fields ("bộ phận Địa chính - Xây dựng phường").
The bodies of its hamlets are read in hamlets.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .bare_bodies import FIELD, LEVEL, SHORT_FIELDS
from .name_shapes import Mention, expand_abbreviations
from .text import UPPER
from .vocabulary import URBAN_DISTRICT

# A level written after a name: the name's shape reads it whole with its level and place (name_shapes).
LEVEL_AFTER = re.compile(rf"\s+(?:cac\s+)?(?:xa(?!\s+hoi)|phuong|thi tran|thi xa|huyen|{URBAN_DISTRICT}|dac khu|thanh pho|tinh)\b")
# The offices by the names the law gives them (Decree 150/2025 for the commune, 37/2014 and 108/2020 for the
# district), written in capitals, longest first: "Phòng Kinh tế, Hạ tầng và Đô thị" (a ward's) is no
# "Phòng Kinh tế" (a commune's). Named in a commune's or district's own document, no level is written.
JOIN = r"\s*(?:,|-|–|va|&)\s*"
LOCAL_OFFICES = [
    ("Phòng Kinh tế, Hạ tầng và Đô thị", re.compile(rf"phong kinh te{JOIN}ha tang{JOIN}do thi\b")),
    ("Phòng Kinh tế - Hạ tầng", re.compile(rf"phong kinh te{JOIN}ha tang\b")),
    ("Phòng Kinh tế", re.compile(r"phong kinh te\b(?!\s*(?:-|–|&|va\b|,\s*ha tang))")),
    ("Phòng Văn hóa - Xã hội", re.compile(rf"phong van hoa{JOIN}xa hoi\b")),
    ("Phòng Quản lý đô thị", re.compile(r"phong quan ly do thi\b")),
    ("Phòng Tài chính - Kế hoạch", re.compile(rf"phong tai chinh{JOIN}ke hoach\b")),
    ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", re.compile(
        rf"van phong (?:hdnd|hoi dong nhan dan){JOIN}(?:ubnd|uy ban nhan dan)\b")),
    ("Trung tâm Phục vụ hành chính công", re.compile(r"trung tam phuc vu hanh chinh cong\b")),
    # The commune's public service unit many provinces set up in 2025 (the centre serving its people's services).
    ("Trung tâm Cung ứng dịch vụ công", re.compile(r"trung tam cung ung dich vu cong\b")),
]
OFFICE_START = re.compile(r"\b(?:phong|van phong|trung tam)\s")
# The commune level by its tier ("Văn phòng HĐND - UBND cấp xã", "các phòng, ban thuộc UBND cấp xã"): a commune
# has had offices and units of its own only since the two-tier government of July 2025, whose communes are the
# xã and phường; the offices of every one of them, written so.
COMMUNE_LEVEL = re.compile(r"\s+cap xa\b")
COMMUNES = "các xã, phường"


def local_offices(text: str, folded: str) -> Iterator[Mention]:
    """ "Giao Phòng Văn hóa - Xã hội kiểm tra …": a lower level's office by its legal name, no level after it."""
    for start in OFFICE_START.finditer(folded):
        if not text[start.start()].isupper():
            continue  # "phòng kinh tế" in lower case is a field of work, not the office
        for name, pattern in LOCAL_OFFICES:
            m = pattern.match(folded, start.start())
            if m is None:
                continue
            if commune := COMMUNE_LEVEL.match(folded, m.end()):
                yield Mention(m.start(), commune.end(), f"{name} {COMMUNES}", "other")
            elif not LEVEL_AFTER.match(folded, m.end()):
                yield Mention(m.start(), m.end(), name, "other")
            break
    yield from working_parts(text, folded)
    yield from offices_together(text, folded)


# A district's or commune's offices as a group, by the words the law uses for them: "các phòng, ban chuyên
# môn (thuộc UBND huyện)", "các phòng, ban chức năng" (the same offices by their functions), "các Phòng ban
# chuyên môn", "các phòng chuyên môn" (not a department's own divisions,
# "các phòng chuyên môn thuộc Sở"), "các phòng, ban, (cơ quan,) đơn vị" (with the units it runs;
# "các phòng, đơn vị" as well; "các phòng, đơn vị chuyên môn" a district directs are its own units, read through),
# "… trên địa bàn thị xã" (the level's own, where they are); a hasty hand may drop the comma ("cơ quan đơn vị"). A
# definite set, the level's own, unlike the catch-all "các phòng, ban có liên quan" (left to be read through).
LOCAL_LEVEL = r"(?:huyen|quan|thi xa|thanh pho|xa(?!\s+hoi)|phuong|thi tran|dac khu)"
OFFICES_TOGETHER = re.compile(
    r"\bcac phong\s*(?:\s+chuyen mon\b(?!\s+(?:truc\s+)?thuoc\s+(?:so|ban)\b)|,?\s*ban(?:\s+(?:chuyen mon|chuc nang))?(?:\s*,\s*(?:co quan\s*,?\s*don vi|don vi|nganh)(?:\s+truc thuoc)?)?|,\s*don vi\b(?!\s+chuyen mon))"
    rf"(?:\s+(?:truc\s+)?thuoc\s+(?:ubnd|uy ban nhan dan)\s+(?P<level>cap xa|{LOCAL_LEVEL})|\s+tren dia ban\s+{LOCAL_LEVEL})?"
    r"\b(?!\s+(?:co\s+)?lien quan)")


def offices_together(text: str, folded: str) -> Iterator[Mention]:
    for m in OFFICES_TOGETHER.finditer(folded):
        written = expand_abbreviations(re.sub(r"\s+", " ", text[m.start() : m.end()]))
        if m.group("level") == "cap xa":
            written = re.sub(r"cấp xã$", COMMUNES, written)  # "… thuộc UBND cấp xã": every commune's (COMMUNE_LEVEL)
        yield Mention(m.start(), m.end(), written[:1].upper() + written[1:], "other", group=True)


# A ward's or commune's working part named by the fields of its civil servants, with its level: "bộ phận Địa
# chính - Xây dựng phường", "Bộ phận ĐC-XD xã". The fields are the civil servants' (bare_bodies.FIELD).
WORKING_PART = re.compile(rf"\bbo phan\s+{FIELD}(?:\s*(?:[-–&,]|va)\s*{FIELD})*{LEVEL}")


def working_parts(text: str, folded: str) -> Iterator[Mention]:
    for m in WORKING_PART.finditer(folded):
        post = m.start() + len("bo phan ")
        if not text[post].isupper():
            continue  # "bộ phận văn phòng xã": the office's staff at large, no post named
        written = re.sub(r"\s*[-–]\s*", " - ", text[post : m.end()]).replace("&", " và ")
        written = re.sub(r"\b[A-ZĐ]{2}\b", lambda short: SHORT_FIELDS.get(short[0], short[0]), written)
        yield Mention(m.start(), m.end(), expand_abbreviations(f"Bộ phận {written}"), "other")


# The district's committee named as the text's own, with no place after it ("UBND huyện chỉ đạo …", "tham mưu
# UBND huyện …"): the text is a district's.
OWN_DISTRICT = re.compile(rf"\b(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) huyện\b(?!\s+[{UPPER}])")
OFFICE = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"


def district_office(tasks: list, prose: str) -> list:
    """The office of the people's council and committee named bare in a district's own text is the district's:
    before the two-tier government of July 2025 a commune had no such office, and a district named its own
    with no level ("Giao Văn phòng HĐND và UBND chủ trì …; tham mưu UBND huyện …")."""
    if not OWN_DISTRICT.search(prose):
        return tasks
    for task in tasks:
        if task.lead_agency == OFFICE:
            task.lead_agency = f"{OFFICE} huyện"
        task.cooperating_agencies = [f"{OFFICE} huyện" if a == OFFICE else a for a in task.cooperating_agencies]
    return tasks
