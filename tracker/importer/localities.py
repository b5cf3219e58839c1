"""Localities named bare as the subject of work: "Các huyện tổ chức di dời dân …", "Các xã, thị trấn rà
soát …", "Các huyện, thị xã, thành phố báo cáo …". A provincial letter often calls the districts or the
communes by their level alone; a locality acts through its People's Committee (ANNOTATION.md rule 4, as a
bare "Tỉnh" is the province's UBND), so the group is "UBND các huyện", "UBND các xã, thị trấn"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention
from .sector_units import asked_facilities, opening_facilities
from .text import UPPER, fold
from .vocabulary import ASK_WORDS, DIRECTIVE_VERB

# The levels, the first one telling the group's kind: districts (and the towns and cities of their rank)
# or communes (and wards and townships).
DISTRICT = r"huyen|quan|thi xa|thanh pho"
COMMUNE = r"xa|phuong|thi tran|dac khu"
# "Các thành phố" alone may be the centrally-run cities: only after another level is it a district's rank.
# The press shortens "thị xã" to "thị" in the list ("các huyện, thị, thành phố").
LEVELS = re.compile(rf"(?:tat ca\s+)?cac\s+(?P<first>huyen|quan|thi xa|{COMMUNE})"
                    rf"(?:\s*(?:,|va)\s*(?:{DISTRICT}|thi(?!\s*tran)|{COMMUNE}))*\b")
SHORT_TOWN = re.compile(r"\bthị\b(?!\s*(?:xã|trấn))")


def _kind(levels: re.Match) -> str:
    """A group's kind, as its first level tells it (a LEVELS match)."""
    return "commune" if re.fullmatch(COMMUNE, levels.group("first")) else "district"


def _written(text: str) -> str:
    """The group as written, "các" in lower case and the shortened "thị" in full."""
    written = re.sub(r"^(?:tất cả\s+)?các\s+", "các ", re.sub(r"\s+", " ", text).strip(), flags=re.IGNORECASE)
    return SHORT_TOWN.sub("thị xã", written)


def bare_localities(segment: str) -> tuple[list[Mention], int]:
    """The group of localities the segment opens with, named by level alone, when the work follows it at
    once ("Các huyện tổ chức …"); not a place of a sentence ("Các huyện miền núi có …") nor a list of
    places the work is for."""
    folded = fold(segment)
    m = LEVELS.match(folded)
    if m is not None and (qualified := _qualified(segment, folded, m)) is not None:
        return [qualified], qualified.end
    if m is None or not DIRECTIVE_VERB.match(folded, m.end()):
        return [], 0
    written = _written(segment[m.start() : m.end()]).removeprefix("các ")
    return [Mention(m.start(), m.end(), f"Ủy ban nhân dân các {written}", _kind(m), group=True)], m.end()


def opening_groups(segment: str) -> tuple[list[Mention], int]:
    """The group a sentence opens with, named by its kind alone: localities by their level ("Các huyện tổ chức
    …": their UBND), or facilities of a sector ("Cơ sở giáo dục tổ chức …", sector_units)."""
    subjects, end = bare_localities(segment)
    return (subjects, end) if subjects else opening_facilities(segment)


# A part of the group, told apart by what they have or are: "Các xã còn lại tiếp tục …", "Các xã, thị trấn có nguy
# cơ xảy ra sạt lở, ngập lụt … phải di dân …". The part is no body's name: it stays as written (the officer picks its
# communes on review). Its words run to a "và" that adds more places, or to the work.
QUALIFIER = re.compile(r"\s+(?:con lai\b|(?:co nguy co|bi anh huong|bi ngap|nam trong|nam o)\b[^.;:]*?(?=\s+va\s|\s+(?:phai|can)\s|,?\s+theo\s))")
WORK_LATER = re.compile(r"[^.;:]{0,120}?\s(?:phai|can)\s")


def _qualified(segment: str, folded: str, m: re.Match) -> Mention | None:
    qualifier = QUALIFIER.match(folded, m.end())
    if qualifier is None or not (DIRECTIVE_VERB.match(folded, qualifier.end()) or WORK_LATER.match(folded, qualifier.end())):
        return None
    written = re.sub(r"\s+", " ", segment[m.start() : qualifier.end()]).strip()
    return Mention(m.start(), qualifier.end(), written[:1].upper() + written[1:], _kind(m), group=True)


# The same groups named within a sentence, the work right after them: "Đối với các xã, thị trấn chủ động …",
# "… chỉ đạo các phường tổ chức …": the communes' People's Committees, as at a sentence's opening. A commune
# named bare ("xã Tân An tổ chức …") is left alone: in a commune's own report it is the issuer itself telling
# what it did, and where it is asked ("chỉ đạo xã Tân An thực hiện …") the request's reader must see the request.
PLACE_BEFORE = re.compile(r"(?:\b(?:tai|o|thuoc|cua|tren dia ban|dia ban|toan|khap|trong|ngoai|den|tu|cho|(?<!doi )voi|va)|,)\s*$")
# The last of a letter's addressees, the request right after them ("gửi các Sở X, Y và các huyện, thị, thành phố
# yêu cầu rà soát …"): after "và" the group is one of those asked, not a place.
LISTED_LAST = re.compile(r"(?:\bva|,)\s*$")
ASKED_NEXT = re.compile(rf"\s*,?\s*{ASK_WORDS}\s")


def acting_localities(text: str, folded: str) -> Iterator[Mention]:
    """The groups of localities named bare in the text as the subject of the work that follows them."""
    for m in LEVELS.finditer(folded):
        before = folded[max(0, m.start() - 15) : m.start()]
        last_asked = LISTED_LAST.search(before) and ASKED_NEXT.match(folded, m.end())
        if m.start() > 0 and re.match(r"\w", folded[m.start() - 1]) or not last_asked and (PLACE_BEFORE.search(before)
                                                                                          or not DIRECTIVE_VERB.match(folded, m.end())):
            continue  # "tại các xã tổ chức …": where, not who
        written = _written(text[m.start() : m.end()])
        yield Mention(m.start(), m.end(), f"Ủy ban nhân dân {written}", _kind(m), group=True)


# One locality named bare right after a request to direct it ("chỉ đạo xã Phú An thực hiện …", "chỉ đạo huyện
# Tân Lạc tổ chức …"): the request's reader is the one told to act, the locality through its People's Committee.
NAMED = re.compile(rf"(?P<level>xã|phường|thị trấn|huyện|quận|thị xã)\s+(?P<place>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}})")


def named_locality(segment: str) -> tuple[list[Mention], int]:
    """The locality a directed segment opens with, named bare, when the work follows it at once."""
    m = NAMED.match(segment)
    if m is None or not DIRECTIVE_VERB.match(fold(segment), m.end()):
        return [], 0
    kind = "district" if m.group("level") in ("huyện", "quận", "thị xã") else "commune"
    return [Mention(m.start(), m.end(), f"Ủy ban nhân dân {m.group('level')} {m.group('place')}", kind)], m.end()


# Right after a request, the level's group is the one asked whatever its work ("… yêu cầu các phường cần xác định
# nhiệm vụ …", "giao các xã sắp xếp …"), as long as words of work, not a place's own name, follow it.
WORK_AFTER = re.compile(r"\s+[a-zà-ỹđ]")


def asked_localities(segment: str) -> tuple[list[Mention], int]:
    """The group named by its level that a segment cut just after a request opens with ("các phường cần xác
    định …" after "… yêu cầu"): asked, whatever its work; or else the facilities of a sector so asked
    ("các cơ sở giáo dục tiếp tục …", sector_units)."""
    folded = fold(segment)
    m = LEVELS.match(folded)
    if m is None or not WORK_AFTER.match(segment, m.end()):
        return asked_facilities(segment)
    written = _written(segment[m.start() : m.end()])
    return [Mention(m.start(), m.end(), f"Ủy ban nhân dân {written}", _kind(m), group=True, asked=True)], m.end()
