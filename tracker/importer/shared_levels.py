"""A level written once after a list of departments. A ministry addresses the departments of every
province by listing their names and writing the level after the last: "Sở Tài chính, Sở Xây dựng các
tỉnh, thành phố trực thuộc Trung ương" is every province's Sở Tài chính and every province's Sở Xây
dựng, not one province's Sở Tài chính beside the others' Sở Xây dựng."""

from __future__ import annotations

import re
from dataclasses import replace

from .council_pairs import councils_of_place
from .name_shapes import Mention, expand_abbreviations
from .text import fold
from .vocabulary import REQUEST_WORDS, URBAN_DISTRICT

# The level of every province, as it ends a department's name read by names.EVERY_PROVINCE.
EVERY_PROVINCE_END = re.compile(r"\s+(?:cac\s+tinh(?:\s*,\s*thanh pho)?|tinh\s*,\s*thanh pho)(?:\s+truc thuoc\s+(?:trung uong|tw))?$")
# Only a comma, a semicolon or "và" between two names of the list.
BETWEEN = re.compile(r"\s*(?:,\s*va|,|;|va)\s*")


def with_shared_levels(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions (in reading order) with each department listed before one named with every
    province's level given that level too, and read as a group as that one is."""
    return _levels_shared_back(
        text, folded, mentions,
        lambda last: EVERY_PROVINCE_END.search(folded, last.start, last.end)
        if last.group and last.kind == "department" and last.name.startswith("Sở ") else None,
        lambda before: before.kind == "department" and not before.group and before.name.startswith("Sở "))


def _levels_shared_back(text: str, folded: str, mentions: list[Mention], level_end, takes_level) -> list[Mention]:
    """The mentions with the level written after a group (`level_end` finds it in the group's name) given to
    the bare names listed just before it (those `takes_level` accepts), each then a group as well."""
    result = list(mentions)
    for index in range(len(result) - 1, 0, -1):
        last = result[index]
        if (level := level_end(last)) is None:
            continue
        written = re.sub(r"\s+", " ", text[level.start() : last.end]).strip()
        position = index - 1
        while position >= 0:
            before, after = result[position], result[position + 1]
            if not takes_level(before) or not BETWEEN.fullmatch(folded, before.end, after.start):
                break
            result[position] = replace(before, name=f"{before.name} {written}", group=True)
            position -= 1
    return result


# Every district's office as a group names it, the district levels written after it: "… các huyện, thành phố".
EVERY_DISTRICT_END = re.compile(r"\s+cac\s+(?:huyen|quan|thi xa|thanh pho)(?:\s*,\s*(?:huyen|quan|thi xa|thanh pho)\b)*$")
# A district office's name that carries no level or place of its own ("Phòng Văn hóa và Thông tin").
NO_LEVEL = re.compile(r"\b(?:huyen|quan|thi xa|thanh pho|tinh)\b")


def with_shared_district_levels(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each district office listed bare before a group of every district's units ("phòng Văn hóa
    và Thông tin; Trung tâm Văn hóa, Thể thao và Truyền thông các huyện, thành phố") given the group's levels: a
    department's letter lists the offices of every district and writes their levels once, after the last."""
    return _levels_shared_back(
        text, folded, mentions,
        lambda last: EVERY_DISTRICT_END.search(folded, last.start, last.end) if last.group else None,
        lambda before: before.kind == "district" and not before.group and before.name.startswith("Phòng ")
        and not NO_LEVEL.search(fold(before.name)))


# The heads of a level's council and committee written bare in a list whose last body carries the level:
# "HĐND, UBND các xã", "Thường trực HĐND, UBND, Ủy ban Kiểm tra Đảng ủy huyện": each at that level. The level's
# party committee heads the same list ("Đảng ủy, UBND các xã"): the committee of each of those places.
# A commune's police board heads such a list as well ("Ban Công an, Ban Chỉ huy quân sự xã"), the commune's own.
BARE_HEAD = re.compile(r"\b(?P<council>(?:thuong truc\s+)?(?:hoi dong nhan dan|hdnd)|ban cong an)\b|\b(?P<party>dang uy)\b|\b(?:uy ban nhan dan|ubnd)\b")
# The level at the end of a body's name, with the place or the other levels written after it.
LEVEL_TAIL = re.compile(r"(?<!\bco)\s(?P<cac>cac\s+)?(?P<level>cap huyen|cap xa|cac cap|thi xa|thi tran|dac khu|huyen|phuong|xa(?!\s+hoi)"
                        rf"|{URBAN_DISTRICT})\b")
# Such a list opens a sentence, a part of one or a request ("Đề nghị HĐND, UBND các xã …"); after other words
# the heads may belong to another name ("Chánh Văn phòng HĐND và UBND huyện") or receive a report.
LIST_OPENS = re.compile(rf"(?:^|[.;:\n+-]|\b(?:{REQUEST_WORDS}|kinh gui))\s*$")


def _opens_list(folded: str, start: int) -> bool:
    window = max(0, start - 24)
    return bool(LIST_OPENS.search(folded[window:start])) if window else bool(LIST_OPENS.search(folded, 0, start))


COMMUNE_LEVELS = ("xa", "phuong", "thi tran", "dac khu", "cap xa")


def with_shared_heads(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each bare council or committee head of such a list read at the list's level."""
    added: list[Mention] = []
    bare = [h for h in BARE_HEAD.finditer(folded) if not any(m.start < h.end() and h.start() < m.end for m in mentions)]
    consumed = 0
    for head in bare:
        if head.start() < consumed or not _opens_list(folded, head.start()):
            continue
        position, heads = head.end(), [head]
        while (between := BETWEEN.match(folded, position)) \
                and (more := next((h for h in bare if h.start() == between.end()), None)) is not None:
            position, heads = more.end(), [*heads, more]
        consumed = position
        between = BETWEEN.match(folded, position)
        last = next((m for m in mentions if between and m.start == between.end() and between.end() > position), None)
        tail = LEVEL_TAIL.search(folded, last.start, last.end) if last else None
        if tail is None or not (head.group("council") or head.group("party")):
            continue  # the pair opens with the council ("HĐND, UBND …"); a bare "UBND, X xã" may be a list cut by commas
        level = re.sub(r"\s+", " ", text[tail.start() : last.end]).strip()
        group = last.group or tail.group("level").startswith(("cap", "cac"))
        for one in heads:
            if one.group("council") or one.group("party"):
                name = expand_abbreviations(text[one.start() : one.end()])
                kind = "party_committee" if one.group("party") else "other"
                added.append(Mention(one.start(), one.end(), f"{name} {level}", kind, group=group))
            else:
                kind = "commune" if tail.group("level") in COMMUNE_LEVELS else "district"
                added.append(Mention(one.start(), one.end(), "Ủy ban nhân dân " + re.sub(r"^các\s+", "", level), kind, group=group))
    found = sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
    return councils_of_place(text, folded, found)  # and a bare council before one place's committee
