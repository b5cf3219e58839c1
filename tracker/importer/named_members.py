"""A group of local committees written with the names of its members: "UBND các xã: Đồng Tân và Tân Thành",
"UBND các huyện Lạc Sơn, Kim Bôi", "các huyện: Tân Sơn, Yên Lập và thành phố Việt Trì". Each place listed is
that level's committee, a body of its own (rule 2); the group's word only introduces them (rule 3 keeps a group
whole only where it is not listed out)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .committees import NOT_PLACE
from .name_shapes import CITIES, LISTED_SEPARATOR, NEXT_BODY, Mention, capitalised_words
from .text import fold

# The group's level, after "UBND các" (its names may follow with or without a colon) or after a bare "các"
# (then only with a colon: "tại các huyện Mường Nhé, Nậm Pồ" names where something happens, a list after
# "các huyện:" names who is listed).
COMMITTEE_LEVEL = "huyen|quan|thi xa|thanh pho|xa|phuong|thi tran"
LISTED = re.compile(rf"\b(?P<head>(?:uy ban nhan dan|ubnd)\s+)?cac (?P<level>{COMMITTEE_LEVEL})(?P<colon>\s*:\s*|\s+)"
                    # Several levels, then a colon: "UBND các huyện, thị xã: Ninh Hòa, Vạn Ninh" (each place's own level).
                    rf"|\b(?P<mixed_head>(?:uy ban nhan dan|ubnd)\s+)cac (?P<levels>(?:{COMMITTEE_LEVEL})(?:\s*,\s*(?:{COMMITTEE_LEVEL}))+)\s*:\s*")
# The level may change along the list: "Kiên Lương và thành phố Hà Tiên", "Ea Sar, thị trấn Ea Kar".
LEVEL_AGAIN = re.compile(rf"({COMMITTEE_LEVEL})\s+")
LEVEL_NAMES = re.compile(COMMITTEE_LEVEL)
DISTRICT_LEVELS = ("huyen", "quan", "thi xa", "thanh pho")
# Each level's word as written, from its folded form.
LEVEL_WORDS = {"huyen": "huyện", "quan": "quận", "thi xa": "thị xã", "thanh pho": "thành phố", "xa": "xã", "phuong": "phường",
               "thi tran": "thị trấn"}
# Words in capitals after a group that open the next cell or sentence, not a place: a time ("UBND các xã" /
# "Thường xuyên", a table's cells run together), or the work ("UBND các xã Khẩn trương …", a heading's case).
NOT_NAMED = re.compile(r"(?:thuong xuyen|hang (?:ngay|tuan|thang|quy|nam)|dinh ky|quy (?:[ivx]+|\d)|truoc|trong|tu ngay|den|khan truong"
                       r"|chu dong|tiep tuc|thuc hien|to chuc)\b")


def members_listed(text: str, folded: str) -> Iterator[Mention]:
    """The committee of each place named after a group's level, the first spanning the group's words."""
    for m in LISTED.finditer(folded):
        yield from members_of(text, folded, m)


def members_of(text: str, folded: str, m: re.Match) -> Iterator[Mention]:
    """The committees one list (a LISTED match) names."""
    if m.group("levels"):
        yield from _mixed_members(text, folded, m)
        return
    if not m.group("head") and ":" not in m.group("colon"):
        return
    level, position, start = text[m.start("level") : m.end("level")], m.end(), m.start()
    kind = _kind(m.group("level"))
    while (end := _place_end(text, folded, position, position == m.end())) > position:
        place = re.sub(r"\s+", " ", text[position:end]).strip()
        if kind == "district" and level.lower() == "thành phố" and place in CITIES:
            yield Mention(start, end, f"Ủy ban nhân dân thành phố {place}", "province")
        else:
            yield Mention(start, end, f"Ủy ban nhân dân {level.lower()} {place}", kind)
        separator = LISTED_SEPARATOR.match(folded, end)
        if separator is None:
            break
        position = start = separator.end()
        if (again := LEVEL_AGAIN.match(folded, position)) is not None and text[position].islower():
            level, kind, position = text[position : again.end(1)], _kind(again.group(1)), again.end()


def _mixed_members(text: str, folded: str, listed: re.Match) -> Iterator[Mention]:
    """The committees a list of several levels names ("UBND các huyện, thị xã: Ninh Hòa, Vạn Ninh"): each place at
    its level written elsewhere in the text ("thị xã Ninh Hòa"), else at the list's first level."""
    levels = re.split(r"\s*,\s*", listed.group("levels"))
    position, start, members = listed.end(), listed.start(), []
    while (end := _place_end(text, folded, position, position == listed.end())) > position:
        place = re.sub(r"\s+", " ", text[position:end]).strip()
        level = place_level(folded, fold(place), levels)
        members.append(Mention(start, end, f"Ủy ban nhân dân {LEVEL_WORDS[level]} {place}", _kind(level)))
        separator = LISTED_SEPARATOR.match(folded, end)
        if separator is None:
            break
        position = start = separator.end()
    # A heading's colon, then its work in capitals ("UBND các xã, phường: Phối hợp …"), names no place: a list
    # names two or more, the first one followed by the next.
    if len(members) >= 2:
        yield from members


def place_level(folded: str, place: str, levels: list[str]) -> str:
    """The one of `levels` the text writes before the place ("… (thị xã Ninh Hòa)"), else the first."""
    written = re.search(rf"\b({'|'.join(levels)})\s+{re.escape(place)}\b", folded)
    return written.group(1) if written else levels[0]


def _kind(level: str) -> str:
    return "district" if level in DISTRICT_LEVELS else "commune"


# One-word heads of a body that fold like a place's first word ("Bố Trạch", "Phong Điền", "Quy Nhơn", "Vũ Quang"):
# a body's head only as the head is spelled.
HEAD_SPELLING = {"so": "sở", "bo": "bộ", "phong": "phòng", "hoi": "hội", "quy": "quỹ", "vu": "vụ", "vien": "viện",
                 "dai": "đài", "doan": "đoàn", "cuc": "cục", "tram": "trạm", "ban": "ban"}


def _place_end(text: str, folded: str, position: int, first: bool) -> int:
    """End of the place's name at `position`, or `position` when the words there are no place: the next cell
    or the work ("Thường xuyên", "Khẩn trương"), or, after the first, another body's or a holder's name
    ("…, Sở Y tế", "…, Chủ tịch UBND xã")."""
    if NOT_NAMED.match(folded, position):
        return position
    head = NEXT_BODY.match(folded, position)
    word = head.group().strip() if head else ""
    if not first and (NOT_PLACE.match(folded, position) or head and HEAD_SPELLING.get(word, text[position : head.end()].strip().lower())
                      == text[position : head.end()].strip().lower()):
        return position
    return capitalised_words(text, position, limit=3)


def group_levels(name: str) -> frozenset[str]:
    """The levels a committee group's name lists, folded: "Ủy ban nhân dân các huyện, thị xã" → {"huyen", "thi xa"}."""
    return frozenset(LEVEL_NAMES.findall(fold(name).removeprefix("uy ban nhan dan ")))
