"""Agency names in running text by the names Vietnamese documents use: departments, bodies, groups,
the People's Committees of each level; where they are, their full name, and whether they are a group."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from .abbreviations import full_fields
from .bare_bodies import lower_bodies
from .bare_levels import bare_levels
from .based_bodies import based_bodies
from .capitalised_bodies import capitalised_bodies
from .command_members import command_members
from .committees import people_committees, social_insurance
from .councils import councils
from .department_offices import with_department_offices
from .district_bodies import district_bodies, political_schools
from .district_offices import LOWER_LEVEL, district_offices
from .fronts import fronts, fronts_at_list_level
from .governments import governments
from .hamlets import hamlet_bodies
from .issuer_level import at_issuer_level, central_reading
from .level_pairs import levels_apart
from .listed_names import academic_listed, listed_after_colon, offices_listed
from .local_offices import local_offices
from .named_hamlets import asked_hamlets
from .named_members import members_listed
from .name_shapes import Mention, capitalised_words, expand_abbreviations, organisations, provinces_listed
from .numbered_units import with_numbered_siblings
from .party_bodies import party_levels, speaking_boards
from .party_lists import party_lists
from .party_units import party_units
from .pattern_family import PatternFamily
from .place_names import with_place_names, with_zone_names
from .public_units import public_units
from .regions import with_regions
from .schools import continuing_centres, named_schools, parent_boards, schools
from .sector_units import sector_units
from .shared_levels import with_shared_district_levels, with_shared_heads, with_shared_levels
from .state_bodies import state_bodies
from .teams import teams
from .union_branches import union_branches
from .text import fold, spelled
from .group_names import CATCH_ALLS, GROUPS
from .vocabulary import BODIES, DEPARTMENTS

__all__ = ["Mention", "find_mentions", "expand_abbreviations"]


_DEPARTMENTS = PatternFamily([
    (name, re.compile(rf"\b(?:so|nganh)\s+(?:{variant})\b")) for name, variants in DEPARTMENTS for variant in variants
])
# A ministry bears its department's name: "Bộ Nông nghiệp và Môi trường" (outside the province).
_MINISTRIES = PatternFamily([
    ("Bộ" + name.removeprefix("Sở"), re.compile(rf"\bbo\s+(?:{variant})\b")) for name, variants in DEPARTMENTS for variant in variants
])
_DEPARTMENT_BODIES = PatternFamily([
    (name, re.compile(rf"\bco quan\s+(?:{variant})(?:\s+(?:o dia phuong|dia phuong|cac cap|cac tinh|cap tinh))\b"))
    for name, variants in DEPARTMENTS for variant in variants
])
_BODIES = PatternFamily([((name, kind), re.compile(rf"\b(?:{p})\b")) for name, kind, ps in BODIES for p in ps])
_GROUPS = PatternFamily([(kind, re.compile(rf"\b{p}\b")) for kind, p in GROUPS])
_CATCH_ALLS = PatternFamily([(None, re.compile(rf"\b{p}\b")) for p in CATCH_ALLS])

# The central body of a mass organisation, as written: "Trung ương Hội Cựu chiến binh Việt Nam", "Trung ương Đoàn Thanh niên …".
CENTRAL_ORGANISATION = re.compile(r"\btrung uong (?:hoi|doan)\b[^,;:.()]{0,60}?\b(?:viet nam|ho chi minh)\b")
# The units of a department: "các đơn vị (trực) thuộc Sở X" ends where the department's name begins.
UNITS_OF = re.compile(r"\b(?:cac\s+)?(?:don vi|co quan)(?:\s+truc)?\s+thuoc\s+$")
EVERY_PROVINCE = re.compile(r"\s+(?:cac\s+tinh(?:\s*,\s*thanh pho)?|tinh\s*,\s*thanh pho)(?:\s+truc thuoc\s+(?:trung uong|tw)\b)?\b")
NAMED_CITY = re.compile(r"\s+(?:tp\.\s*|thanh pho\s+)")


# Head words as written, their folded twins being other words: "Bộ" (not "Bổ"), "Báo" (not "Bảo").
HEAD_SPELLING = {"bo": "bộ", "bao": "báo", "truong": "trường", "huyen": "huyện", "thanh": "thành", "thi": "thị"}


def _candidates(text: str, folded: str) -> list[Mention]:
    return [
        *_departments(text, folded), *_departments_by_shape(text, folded), *_ministries(text, folded),
        *district_offices(text, folded), *_bodies(text, folded), *_department_bodies(text, folded),
        *_centres(text, folded), *_by_head_word(text, folded), *listed_after_colon(text, folded), *offices_listed(text, folded),
        *provinces_listed(text, folded), *members_listed(text, folded), *people_committees(text, folded), *social_insurance(text, folded),
        *_groups(text, folded), *governments(text, folded), *teams(text, folded), *capitalised_bodies(text, folded),
        *fronts(text, folded), *lower_bodies(text, folded), *speaking_boards(text, folded), *party_levels(text, folded), *party_lists(text, folded),
        *local_offices(text, folded), *district_bodies(text, folded), *hamlet_bodies(text, folded),
        *asked_hamlets(text, folded), *command_members(text, folded, find_mentions),
        *councils(text, folded), *public_units(text, folded), *schools(text, folded), *named_schools(text, folded), *sector_units(text, folded),
        *continuing_centres(text, folded), *parent_boards(text, folded), *union_branches(text, folded), *political_schools(text, folded),
        *based_bodies(text, folded), *state_bodies(text, folded), *bare_levels(text, folded), *academic_listed(text, folded),
    ]


def _departments(text: str, folded: str) -> Iterator[Mention]:
    for name, m in _DEPARTMENTS.finditer(folded):
        if folded[m.start() : m.start() + 5] == "nganh" and not text[m.start() + 6 : m.start() + 7].isupper() \
                or folded.startswith("so", m.start()) and not spelled(text, m.start(), "sở"):
            continue
        every = EVERY_PROVINCE.match(folded, m.end())
        if every:
            # "Sở Y tế các tỉnh, thành phố": the department of every province, as a ministry writes.
            written = re.sub(r"\s+", " ", text[m.end() : every.end()]).strip()
            yield Mention(m.start(), every.end(), f"{name} {written}", "department", group=True)
            continue
        city = NAMED_CITY.match(folded, m.end())
        if city and (place_end := capitalised_words(text, city.end(), limit=3)) > city.end() \
                and not text[city.end() : place_end].isupper():
            # "Sở An toàn thực phẩm TP. Hồ Chí Minh": one city's department, as a ministry names it
            # ("TP.HCM", in initials, is left to the city's own name of the department).
            yield Mention(m.start(), place_end, f"{name} Thành phố {text[city.end() : place_end].strip()}", "department")
            continue
        yield Mention(m.start(), m.end(), name, "department")
        units = UNITS_OF.search(folded[: m.start()])
        if units:
            # "Các đơn vị thuộc Sở X": the department's own units, a group of their own.
            written = re.sub(r"\s+", " ", text[units.start() : m.end()]).strip()
            yield Mention(units.start(), m.end(), written[:1].upper() + written[1:], "department", group=True)


def _departments_by_shape(text: str, folded: str) -> Iterator[Mention]:
    """ "Sở" and the capitalised words after it: a department whether its name is known or not."""
    for m in re.finditer(r"\bso\s+", folded):
        if text[m.start()] == "S" and spelled(text, m.start(), "sở"):
            end = capitalised_words(text, m.end(), bodies_apart=True)
            known = [k.end() for _, pattern in _DEPARTMENTS.patterns if (k := pattern.match(folded, m.start()))]
            if known and max(known) < end and len(text[max(known) : end].split()) < 2 \
                    and not EVERY_PROVINCE.match(folded, max(known)):
                # A department's known name then one word in capitals: the next cell or sentence begins
                # ("Sở Công Thương" / "Doanh nghiệp", "… Thường xuyên"); a place is two ("Sở Y tế Gia Lai").
                end = max(known)
            if end > m.end():
                yield Mention(m.start(), end, "Sở " + text[m.end() : end].strip(), "department")


def _ministries(text: str, folded: str) -> Iterator[Mention]:
    for name, m in _MINISTRIES.finditer(folded):
        if text[m.start()] == "B":
            yield Mention(m.start(), m.end(), name, "central")


def _bodies(text: str, folded: str) -> Iterator[Mention]:
    for (name, kind), m in _BODIES.finditer(folded):
        yield _body(text, folded, m, name, kind)


def _body(text: str, folded: str, m: re.Match, name: str, kind: str) -> Mention:
    """A known body, at the level written after its name."""
    same_level = re.compile(r"\s+cung cap\b").match(folded, m.end())
    every_level = re.compile(r"\s+cac cap\b").match(folded, m.end())
    provincial = name.endswith(" tỉnh")
    if every_level and provincial:
        # "Hội Cựu chiến binh các cấp": the body at every level, named so.
        return Mention(m.start(), every_level.end(), name.removesuffix(" tỉnh") + " các cấp", kind)
    if same_level and provincial:
        # "Liên đoàn Lao động cùng cấp": the body at the level of the task's lead.
        return Mention(m.start(), same_level.end(), name.removesuffix(" tỉnh") + " cùng cấp", kind)
    if provincial and not folded[m.start() : m.end()].endswith(" tinh") and (lower := LOWER_LEVEL.match(folded, m.end())):
        # "Kho bạc Nhà nước quận - huyện", "Hội Nông dân các xã": the body at a lower level, as written.
        written = re.sub(r"\s+", " ", text[m.end() : lower.end()]).strip()
        return Mention(m.start(), lower.end(), f"{name.removesuffix(' tỉnh')} {written}", kind, group=bool(lower.group("cac")))
    if provincial and (city := _city_level(text, folded, m)) is not None:
        return Mention(m.start(), city[0], name.removesuffix(" tỉnh") + " " + city[1], kind)
    if provincial and (city := _named_city(text, folded, m.end())) is not None:
        return Mention(m.start(), city[0], f"{name.removesuffix(' tỉnh')} Thành phố {city[1]}", kind)
    if provincial and folded[m.start() : m.end()].endswith(" tinh") \
            and (place_end := capitalised_words(text, m.end(), limit=3)) > m.end():
        # A provincial body named with its province: "Thuế tỉnh Quảng Trị", "Công an tỉnh Lâm Đồng".
        return Mention(m.start(), place_end, f"{name} {text[m.end() : place_end].strip()}", kind)
    return Mention(m.start(), m.end(), name, kind)


# A provincial body of a named centrally-run city, the city written short as the press and the city's own
# letters write it: "Công an TPHCM", "Công an TP.HCM", "Bộ Chỉ huy Quân sự TP. Cần Thơ".
CITY_INITIALS = re.compile(r"\s+(?:tp\.?\s*hcm|tphcm)\b")


def _named_city(text: str, folded: str, end: int) -> tuple[int, str] | None:
    """Where a city named after a body's name ends, and the city's name, or None."""
    if (initials := CITY_INITIALS.match(folded, end)) is not None:
        return initials.end(), "Hồ Chí Minh"
    city = re.compile(r"\s+tp\.\s*").match(folded, end)
    if city and (place_end := capitalised_words(text, city.end(), limit=3)) > city.end() \
            and not text[city.end() : place_end].isupper():
        return place_end, re.sub(r"\s+", " ", text[city.end() : place_end]).strip()
    return None


def _department_bodies(text: str, folded: str) -> Iterator[Mention]:
    for _, m in _DEPARTMENT_BODIES.finditer(folded):
        # "Cơ quan Lao động - Thương binh và Xã hội ở địa phương": every province's department, as written.
        yield Mention(m.start(), m.end(), text[m.start() : m.end()], "department", group=True)


def _centres(text: str, folded: str) -> Iterator[Mention]:
    for m in CENTRAL_ORGANISATION.finditer(folded):
        yield Mention(m.start(), m.end(), text[m.start() : m.end()], "central")
    for m in re.finditer(r"\b(?:trung tam|vien)\s+", folded):
        # A provincial centre or institute: "Trung tâm Chuyển đổi số tỉnh", "Viện Nghiên cứu phát triển Thành phố".
        level = re.compile(r"[^,;:.()\n]{1,60}?\b(?:tinh|thanh pho)\b").match(folded, m.end())
        if text[m.start()].isupper() and text[m.end() : m.end() + 1].isupper() and level \
                and not capitalised_words(text, level.end()) > level.end():
            yield Mention(m.start(), level.end(), text[m.start() : level.end()], "other")


def _by_head_word(text: str, folded: str) -> Iterator[Mention]:
    """A ministry, a paper, a party committee or a school by its head word and capitalised name."""
    for m in re.finditer(r"\b(bo|bao va phat thanh\s*[,\-–]?\s*truyen hinh|bao|huyen uy|thanh uy|thi uy|truong)\s+", folded):
        if not text[m.start()].isupper() or not spelled(text, m.start(), HEAD_SPELLING[m.group(1).split()[0]]):
            continue  # "Trưởng Phòng X" is the head of a body (folded alike), not a school; "TX. Bảo Lộc" no paper
        end = capitalised_words(text, m.end(), limit=6, bodies_apart=True)
        known = [k.end() for _, p in _MINISTRIES.patterns if m.group(1) == "bo" and (k := p.match(folded, m.start()))]
        if known and max(known) < end and len(text[max(known) : end].split()) < 2:
            continue  # "3. Bộ Công Thương" / "Chủ trì …" on the next line: the known name, as for a Sở
        if end > m.end():
            word = m.group(1)
            kind = {"bo": "central", "bao": "press", "truong": "school"}.get(word.split()[0], "party_committee")
            yield Mention(m.start(), end, text[m.start() : end].strip(), kind)


# A list of kinds of bodies that writes "các" once, before its first ("các cơ quan hành chính, tổ chức chính trị
# - xã hội, đơn vị sự nghiệp", "các cơ quan liên quan và đoàn thể huyện"): the later kinds are groups as much
# as the first, named "Các …" as it is.
SHARED_CAC = re.compile(r"\bcac\s[^.;:()]*(?:,|\bva)\s*$")


def _groups(text: str, folded: str) -> Iterator[Mention]:
    for kind, m in _GROUPS.finditer(folded):
        name = _as_group_name(text[m.start() : m.end()])
        # A group plural by the places it names ("trung tâm y tế các huyện") takes no "Các" of the list's.
        if not m.group(0).startswith("cac ") and " cac " not in m.group(0) and SHARED_CAC.search(folded[max(0, m.start() - 120) : m.start()]):
            name = "Các " + name[:1].lower() + name[1:]
        yield Mention(m.start(), m.end(), name, kind, group=True)
    for _, m in _CATCH_ALLS.finditer(folded):
        yield Mention(m.start(), m.end(), text[m.start() : m.end()], "other", group=True, catch_all=True)


def _city_level(text: str, folded: str, m: re.Match) -> tuple[int, str] | None:
    """A provincial body of a centrally-run city, written with "thành phố" where a province writes
    "tỉnh" ("Công an Thành phố", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"): its end and level
    word. "thành phố X" (a named city) is not the document's own city."""
    matched = folded[m.start() : m.end()]
    if matched.endswith(" tp") and capitalised_words(text, m.end()) == m.end():
        return m.end(), "Thành phố"  # "Công an TP tăng cường …": the press's short "TP" for the page's own city
    if matched.endswith("thanh pho"):
        end = m.end()
    elif matched.endswith("tinh"):
        return None
    else:
        city = re.compile(r"\s+thanh pho\b").match(folded, m.end())
        if city is None:
            return None
        end = city.end()
    if capitalised_words(text, end) > end:
        return None
    return end, text[end - len("thanh pho") : end]


def _as_group_name(written: str) -> str:
    name = expand_abbreviations(written.strip())
    # A group named by its heads is the bodies they head: "Bộ trưởng, Thủ trưởng cơ quan ngang bộ" → "Các bộ, cơ quan ngang bộ".
    name = re.sub(r"(?i)^(?:các\s+)?bộ trưởng(?:\s+các\s+bộ)?\b", "Các bộ", re.sub(r"(?i)\bthủ trưởng\s+(?:các\s+)?", "", name))
    name = re.sub(r"(?i)^(các)\s+(?:ông|bà)\s+", r"\1 ", name)  # "Các ông xóm trưởng": the honorific is no name
    return name[:1].upper() + name[1:]


def find_mentions(text: str) -> list[Mention]:
    """Every agency named in the text, longest first where names overlap, in reading order; a body
    known only by the shape of its name comes last, where no known name covers it."""
    return list(_mentions(text, central_reading()))


@lru_cache(maxsize=4096)
def _mentions(text: str, central: bool = False) -> tuple[Mention, ...]:
    # Every rule reads a clause for names (thousands of calls for one plan): each text's are found once at each level.
    folded = fold(text)
    chosen: list[Mention] = []
    # Longest first; on a tie a catch-all wins ("các sở, ban, ngành, đơn vị có liên quan" is no group).
    for mention in sorted(_candidates(text, folded), key=lambda x: (-(x.end - x.start), not x.catch_all, x.start)):
        if all(mention.end <= other.start or mention.start >= other.end for other in chosen):
            chosen.append(mention)
    for mention in organisations(text, folded):
        # A known name inside it after its head is its level ("Ban Tuyên giáo Tỉnh ủy"): the whole name wins.
        inside = [o for o in chosen if mention.start < o.start < mention.end]
        if inside and max(o.end for o in inside) > mention.end:
            # "Ban Thường trực Ủy ban MTTQ Việt Nam xã": the inner name's level is the whole name's.
            end = max(o.end for o in inside)
            mention = replace(mention, end=end, name=re.sub(r"\s+", " ", text[mention.start : end]).strip())
        others = [o for o in chosen if o not in inside]
        if all(mention.end <= other.start or mention.start >= other.end for other in others):
            chosen = [*others, mention]
    # Then what a list shares (a level written once after it, a council's bare head, a region, the Front's level), then places.
    found = sorted(chosen, key=lambda x: x.start)
    for shared in (with_shared_levels, with_shared_district_levels, with_shared_heads, with_regions, fronts_at_list_level, party_units, with_numbered_siblings,
                   with_department_offices, with_zone_names):
        found = list(shared(text, folded, found))
    found = at_issuer_level(text, folded, list(with_place_names(text, folded, levels_apart(text, folded, found, find_mentions))), central)
    return tuple(replace(m, name=full_fields(m.name)) for m in found)
