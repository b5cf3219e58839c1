"""A body of a commune or a district written with its place's name: "Hội Nông dân xã Hòa Sơn", "Công an xã
Ea Sar", "Trạm Y tế xã Cư Huê", "Ủy ban MTTQ Việt Nam huyện Krông Bông". The rules that read these bodies stop
at the level word; the place named after it is the body's own (a district writes to the units of one commune by
its name), kept as it is for the People's Committee ("UBND xã Hòa Sơn"), and is no part of the work that follows.
So is an economic zone's board written with its zone's name ("Ban Quản lý Khu kinh tế cửa khẩu X")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .name_shapes import Mention, capitalised_words
from .text import fold
from .vocabulary import DIRECTIVE_VERB, REQUEST_WORDS

# The level word the body's written name ends with, as the place's name follows it.
LEVEL_END = re.compile(r"\b(?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh)$")
# A sentence going on after the name with a capitalised word, as a table's cell or a careless text writes it
# ("Công an xã Hòa Sơn Tổ chức …", "… Đề nghị …", "… Đồng thời …"): the work, not the place.
GOES_ON = re.compile(rf"\s*(?:{REQUEST_WORDS}|dong thoi|theo (?:do|quy dinh)|trong (?:do|thoi gian))\b")


def with_place_names(text: str, folded: str, mentions: list[Mention]) -> Iterator[Mention]:
    """The mentions (in reading order), each body of one place named by its level alone given the place's
    name written after that level, up to the next body read or the sentence's next words."""
    for index, mention in enumerate(mentions):
        following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        yield _named(text, folded, mention, following) or mention


def _named(text: str, folded: str, mention: Mention, following: int) -> Mention | None:
    level = LEVEL_END.search(folded, mention.start, mention.end)
    if mention.group or mention.catch_all or level is None or re.search(r"\b(?:cac|cap)\s", folded[mention.start : mention.end]):
        return None
    end = _place_end(text, folded, mention.end, min(following, len(text)))
    place = re.sub(r"\s+", " ", text[mention.end : end]).strip()
    if not place or place.isupper() and len(place) > 3:
        return None  # no name, or a heading in capitals ("CÔNG AN XÃ HÒA SƠN") whose words are no name's
    name, written = mention.name, re.sub(r"\s+", " ", text[level.start() : level.end()])
    if fold(name).endswith(" " + level.group(0)):
        name = f"{name} {place}"
    elif fold(name).endswith(" tinh"):
        # "Công an thành phố Buôn Ma Thuột": a provincial body's name at a named city's level is that city's body.
        name = f"{name.removesuffix('tỉnh')}{written} {place}"
    else:
        return None
    return replace(mention, end=end, name=name)


def _place_end(text: str, folded: str, start: int, limit: int) -> int:
    """Where the place's capitalised words after `start` end: before the next body read, and before a word that
    opens the sentence's work ("… Tổ chức …", whose lower-case rest shows it is no name)."""
    end = min(capitalised_words(text, start, limit=4), limit)
    for word in re.finditer(r"\S+", text[start:end]):
        at = start + word.start()
        verb = DIRECTIVE_VERB.match(folded, at) or GOES_ON.match(folded, at)
        if verb and verb.end() > end:
            end = at
            break
    return start + len(text[start:end].rstrip())


# An economic zone's board named with its zone, as its own letters and the province's name it: "Ban Quản lý Khu kinh
# tế cửa khẩu Ma Lù Thàng", "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi". The known name
# stops at "Khu kinh tế"; the zone's proper name after it is the board's own, one board of several a province has.
ZONE_BOARD = re.compile(r"ban quan ly (?:cac )?khu kinh te$")
ZONE_KIND = re.compile(r"\s+(?:cua khau|ven bien|cong nghe cao)(?=\s)")
WITH_PARKS = re.compile(r"\s+va\s+cac\s+khu cong nghiep(?=\s)")


def with_zone_names(text: str, folded: str, mentions: list[Mention]) -> Iterator[Mention]:
    """The mentions, each economic zone's board given its zone's capitalised name written after it."""
    for mention in mentions:
        if not ZONE_BOARD.search(folded, mention.start, mention.end):
            yield mention
            continue
        kind = ZONE_KIND.match(folded, mention.end)
        start = kind.end() if kind else mention.end
        end = _place_end(text, folded, start, len(text))
        if len(text[start:end].split()) < 2 or "\n" in text[mention.end : end]:
            # A zone's name has two words or more ("Dung Quất", "Ma Lù Thàng"); one capitalised word is a table's
            # next cell ("Ban Quản lý Khu kinh tế Doanh nghiệp, Sở, ban, ngành …"), as is a word on the next line.
            yield mention
            continue
        parks = WITH_PARKS.match(folded, end)
        if parks and (place := _place_end(text, folded, parks.end(), len(text))) > parks.end():
            end = place
        yield replace(mention, end=end, name=re.sub(r"\s+", " ", text[mention.start : end]).strip())
