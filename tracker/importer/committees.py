"""The bodies named by their level: the People's Committees ("UBND các huyện, thị xã, thành phố",
"Ủy ban nhân dân tỉnh Lâm Đồng", "UBND cấp xã") and social insurance ("BHXH tỉnh", "BHXH các tỉnh")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .area_groups import bounded_by_area, paired_party_committees
from .name_shapes import CITIES, NEXT_BODY, Mention, capitalised_words, range_end, sharing_head
from .text import fold
from .vocabulary import HOLDERS

LEVELS_DISTRICT = ("huyen", "thi xa", "thanh pho", "quan", "thi", "cap huyen", "tp")
LEVEL = r"(?:cap huyen|cap xa|cap tinh|cac cap|thi xa|thanh pho|thi tran|dac khu|huyen|quan|phuong|xa|thi|tinh)"
_UBND = re.compile(
    rf"\b(?:uy ban nhan dan|ubnd)(?:\s*\(ubnd\))?\s+(?P<cac>(?:cac|\d+)\s+)?(?P<levels>{LEVEL}(?:\s*(?:,|va|-|/)\s*(?:{LEVEL}|tp)\b)*)\b"
    r"(?P<central>\s+truc thuoc\s+(?:trung uong|tw)\b)?"
)
_BHXH = re.compile(
    r"\b(?P<pre>co quan\s+|he thong\s+|nganh\s+)?(?:bao hiem xa hoi|bhxh)"
    r"(?:\s+(?P<level>cac tinh(?:\s*,\s*thanh pho)?|tinh|huyen|cac cap|cung cap|thanh pho|thi xa))?\b"
)


# "Ủy ban nhân dân các địa phương", as a central letter names the provinces' committees: a group, no level written.
LOCALITIES = re.compile(r"\b(?:uy ban nhan dan|ubnd)\s+cac dia phuong\b")


def people_committees(text: str, folded: str) -> Iterator[Mention]:
    """Each People's Committee named, each followed by the places named after it that share its head
    ("UBND thành phố Hà Nội, Thành phố Hồ Chí Minh")."""
    for m in LOCALITIES.finditer(folded):
        yield Mention(m.start(), m.end(), "Ủy ban nhân dân các địa phương", "province", group=True)
    for m in _UBND.finditer(folded):
        committee = bounded_by_area(text, folded, _qualified(text, folded, _committee(text, folded, m)))
        yield committee
        yield from paired_party_committees(text, folded, committee)
        yield from sharing_head(text, folded, committee)
        yield from communes_after(text, folded, committee)
        yield from _special_zone_after(text, folded, committee)
        yield from _group_after(text, folded, committee)
    for m in SHORT_LEVEL.finditer(folded):
        if (end := capitalised_words(text, m.end())) > m.end():
            place = re.sub(r"\s+", " ", text[m.end() : end]).strip()
            place = "Hồ Chí Minh" if place == "HCM" else place  # "UBND TP.HCM": the city's initials
            if place in CITIES:
                continue  # a city run by the centre is the province that writes the page: its speaker, left unread
            yield Mention(m.start(), end, f"Ủy ban nhân dân {SHORT_LEVELS[m.group('short')]} {place}", "district")


# The level written short before the place's name: "UBND TP. Vinh", "UBND TX. Sơn Tây", "UBND TP Bà Rịa".
SHORT_LEVEL = re.compile(r"\b(?:uy ban nhan dan|ubnd)\s+(?P<short>tp|tx)(?:\.\s*|\s+)")
SHORT_LEVELS = {"tp": "thành phố", "tx": "thị xã"}


# Districts or communes of one kind of place: "UBND các xã ven biển", "UBND các huyện biên giới". The words
# of the place's kind belong to the group's name (not a new name "Ven biển").
QUALIFIER = re.compile(r"\s+(?:ven (?:bien|song|suoi|ho)|bien gioi|mien nui|vung cao|vung trung(?: thap)?|vung nui"
                       r"|trong diem|dac biet kho khan)\b")
# "UBND các xã ven biển, đặc khu Côn Cỏ": a named special zone after a group of communes has its own committee.
ZONE_AFTER = re.compile(r"\s*(?:,|\bva\b)\s*(dac khu)\s+")


def _qualified(text: str, folded: str, committee: Mention) -> Mention:
    qualifier = QUALIFIER.match(folded, committee.end)
    if not committee.group or committee.kind not in ("district", "commune") or qualifier is None \
            or not text[qualifier.start() : qualifier.end()].strip()[:1].islower():
        return committee
    written = re.sub(r"\s+", " ", text[committee.end : qualifier.end()])
    return Mention(committee.start, qualifier.end(), committee.name + written, committee.kind, group=True)


def _special_zone_after(text: str, folded: str, committee: Mention) -> Iterator[Mention]:
    zone = ZONE_AFTER.match(folded, committee.end) if committee.group and committee.kind == "commune" else None
    if zone and (end := capitalised_words(text, zone.end(), limit=3)) > zone.end():
        name = re.sub(r"\s+", " ", text[zone.start(1) : end]).strip()
        yield Mention(zone.start(1), end, f"Ủy ban nhân dân {name}", "commune")


# "UBND các huyện, các xã có tên trên": a second group with its own "các" after a group's committee shares the
# head "UBND" (the councils of both levels), not a new body nor words of the first's name.
GROUP_AFTER = re.compile(rf"\s*(?:,|\bva\b)\s*(?P<group>cac\s+(?P<levels>{LEVEL}(?:\s*(?:,|va|-|/)\s*{LEVEL}\b)*)\b"
                         r"(?:\s+(?:co ten (?:o )?tren|neu tren|noi tren|tren)\b)?)")


def _group_after(text: str, folded: str, committee: Mention) -> Iterator[Mention]:
    after = GROUP_AFTER.match(folded, committee.end) if committee.group and committee.kind in ("district", "commune") else None
    if after is None:
        return
    levels = [level.strip() for level in re.split(r",|-|/|\bva\b", after.group("levels")) if level.strip()]
    kind = "district" if all(level in LEVELS_DISTRICT for level in levels) else "commune"
    written = re.sub(r"\s+", " ", text[after.start("group") : after.end("group")]).strip()
    yield _qualified(text, folded, Mention(after.start("group"), after.end("group"), f"Ủy ban nhân dân {written.lower()}", kind, group=True))


def _committee(text: str, folded: str, m: re.Match) -> Mention:
    levels_text = text[m.start("levels") : m.end("levels")]
    levels = [level.strip() for level in re.split(r",|-|/|\bva\b", m.group("levels")) if level.strip()]
    end = m.end()
    proper_end = capitalised_words(text, end) if len(levels) == 1 and not m.group("cac") else end
    proper_end = _before_holder_name(text, folded, m.start(), end, proper_end)
    group = bool(m.group("cac")) or len(levels) > 1 or levels[0].startswith("cap") or levels[0] == "cac cap"
    if "tinh" in levels and (m.group("cac") or len(levels) > 1) and (bounded := range_end(text, folded, end)) is not None:
        written = text[m.start("cac") if m.group("cac") else m.start("levels") : bounded]
        return Mention(m.start(), bounded, re.sub(r"\s+", " ", f"Ủy ban nhân dân {written}"), "province", group=True)
    if "tinh" in levels and (m.group("central") or set(levels) == {"tinh", "thanh pho"}):
        # "UBND các tỉnh, thành phố (trực thuộc Trung ương)": every province, as a ministry writes.
        kind, group = "province", True
    elif levels == ["cap tinh"]:
        kind = "province"  # "UBND cấp tỉnh": the provinces' committees, as a central document writes
    elif levels == ["tinh"]:
        kind, group = "province", False
    elif all(level in LEVELS_DISTRICT for level in levels):
        kind = "district"
    else:
        kind = "commune"
    if not group and kind != "province" and proper_end == end:
        group = True  # "UBND huyện" with no name: every district
    end = proper_end if not group else _town_named_last(text, levels, end)
    if levels_text.isupper():
        levels_text = levels_text.lower()  # "ỦY BAN NHÂN DÂN CÁC HUYỆN", a heading in capitals
    levels_text = re.sub(r"\s*/\s*", ", ", levels_text)  # "tỉnh/thành phố": the levels listed
    levels_text = re.sub(r"\bT[Pp]$", "thành phố", levels_text)  # "UBND các huyện, TP": the city listed short
    # "UBND các huyện, thị, thành phố": among the district levels "thị" alone is the thị xã, written short.
    levels_text = re.sub(r"\bthị\b(?!\s+(?:xã|trấn))", "thị xã", levels_text) if kind == "district" else levels_text
    name = "Ủy ban nhân dân " + levels_text + text[m.end("levels") : end]
    return Mention(m.start(), end, re.sub(r"\s+", " ", name).strip(), kind, group=group)


# "UBND các xã, thị trấn Măng Đen": a list of levels whose last is one town, written with its name (a district has
# one thị trấn, a province few thị xã); the name is the group's, not the next words of the sentence.
ONE_PLACE_LEVELS = ("thi tran", "thi xa")


def _town_named_last(text: str, levels: list[str], end: int) -> int:
    place_end = capitalised_words(text, end, limit=3) if len(levels) > 1 and levels[-1] in ONE_PLACE_LEVELS else end
    start = end + len(text[end:]) - len(text[end:].lstrip())  # the place's first word, or another body's head
    return place_end if place_end > end and NEXT_BODY.match(fold(text[start : start + 40])) is None else end


# Surnames that open a person's name, rarely a place's second word: "Chủ tịch UBND tỉnh X Nguyễn Văn Y"
# names the holder after the committee's place. Spelled with their tone marks: a place's "Nguyên" (Thái
# Nguyên), "Hòa" or "Phan" read alike once folded, only "Nguyễn" is the surname.
SURNAMES = ("nguyễn", "trần", "lê", "phạm", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "đinh", "trịnh",
            "hoàng", "dương", "đoàn", "trương", "lại", "hồ")
HOLDER_BEFORE = re.compile(r"\b(?:pho\s+)?chu tich\s+$")


def _before_holder_name(text: str, folded: str, start: int, end: int, proper_end: int) -> int:
    """The committee's place without the name of its head written after it ("Chủ tịch UBND tỉnh Hà Tĩnh
    Trần Văn B có công văn …"): after the holder's post, a surname in capitals that is not the place's
    first word and has a given name after it begins the person's name."""
    if proper_end == end or not HOLDER_BEFORE.search(folded[max(0, start - 20) : start]):
        return proper_end
    words = list(re.finditer(r"\S+", text[end:proper_end]))
    for index, word in enumerate(words[1:-1], start=1):
        if word.group().lower() in SURNAMES and word.group()[:1].isupper():
            return end + words[index - 1].end()
    return proper_end


def social_insurance(text: str, folded: str) -> Iterator[Mention]:
    """The social insurance body, of the province unless a level is written."""
    for m in _BHXH.finditer(folded):
        level = m.group("level")
        capital = text[m.start() : m.start() + 1].isupper() or text[m.start() : m.start() + 4] == "BHXH"
        if not (m.group("pre") or level or (capital and not folded[m.end() :].startswith(" ("))):
            continue
        name = "Bảo hiểm xã hội tỉnh" if level is None else f"Bảo hiểm xã hội {text[m.end() - len(level):m.end()]}"
        # "BHXH các tỉnh": the social insurance body of every province, as a central letter writes.
        group = bool(level) and level.startswith("cac tinh")
        yield Mention(m.start(), m.end(), name, "social_insurance", group=group)


# A district's list of its communes after one commune's committee, the head "UBND" written once and the commune
# level's word only where it changes ("UBND xã Ea Sar, Cư Bông, thị trấn Ea Kar"; "UBND phường An Lạc, Bình Trị
# và xã Tân Tạo"): each place is a committee of its own (rule 2). Only a commune's: after a district's or a
# province's the place named next is often where it lies. A bare place must not open a body's or a holder's name
# ("UBND xã A, Công an xã …"), nor come after a higher level's word ("…, huyện Đức Hòa": where the commune lies).
COMMUNE_LEVEL = re.compile(r"^uy ban nhan dan (?:xa|phuong|thi tran) \S")
NEXT_COMMUNE = re.compile(r"\s*(?:,|\bva\b)\s*(?P<level>(?:xa|phuong|thi tran)\s+)?")
NOT_PLACE = re.compile(rf"(?:{HOLDERS}|dang uy|huyen uy|tinh uy|mat tran|quan su|truong|doan the|ngay|thang|nam)\b")


def communes_after(text: str, folded: str, committee: Mention) -> Iterator[Mention]:
    if committee.group or COMMUNE_LEVEL.match(fold(committee.name)) is None:
        return
    level, position = re.sub(r"\s+\S.*$", "", committee.name.removeprefix("Ủy ban nhân dân ")), committee.end
    if level.lower().startswith("thị"):
        level = "thị trấn"
    while (m := NEXT_COMMUNE.match(folded, position)) and (end := capitalised_words(text, m.end(), limit=3)) > m.end():
        if not m.group("level") and (NEXT_BODY.match(folded, m.end()) or NOT_PLACE.match(folded, m.end())):
            return
        if m.group("level"):
            level = text[m.start("level") : m.end("level")].strip()
        place = re.sub(r"\s+", " ", text[m.end() : end]).strip()
        yield Mention(m.start("level") if m.group("level") else m.end(), end, f"Ủy ban nhân dân {level} {place}", "commune")
        position = end
