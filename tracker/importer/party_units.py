"""The Party's organisation inside a body or a place, named by its kind and then that body or place: "Đảng ủy
Công an tỉnh", "Đảng ủy UBND tỉnh", "Đảng bộ xã Tân Hòa", "Chi bộ Trường THPT Lê Lợi".

A Party letter (or the press's account of one) gives its work to the committee or the cell of a body, not
to the body: "Ban Thường vụ Tỉnh ủy yêu cầu Đảng ủy Công an tỉnh lãnh đạo …" is the police's Party committee's
task. The body's name is found by the other rules; the kind written right before it makes the whole run one
Party committee's name. A place named after its level ("Đảng bộ xã Tân Hòa") is the committee of that
commune or district. The committee's own organs are named after it: "Ủy ban kiểm tra Huyện ủy", "các Ban, Văn
phòng Huyện ủy"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention, capitalised_words, expand_abbreviations

# "Đảng ủy", "Đảng bộ", "Chi bộ" (capitalised: the start of a name), right before the body's name. So is "Đảng đoàn",
# the Party's group in a mass organisation or the Front ("Đảng đoàn Hội Nông dân tỉnh"), which a committee tells to
# lead that organisation's work: the group is given the task, not the organisation.
KIND = re.compile(r"(?:dang uy|dang bo|chi bo|dang doan)\s+$")
# Not when it is itself the level of an organ of that committee, whose name runs on before it: "Văn phòng
# Đảng ủy …", "Ủy ban Kiểm tra Đảng ủy …", "Ban Thường vụ Đảng ủy …", "Ban Tổ chức Đảng ủy …".
ORGAN_BEFORE = re.compile(r"(?:van phong|uy ban kiem tra|thuong vu|thuong truc|chap hanh|ban\s+(?:\S+\s+){1,3})\s*$")
# A commune or a district named after its level: "Đảng bộ xã Trần Hợi", "Đảng ủy phường Tân An", and a city's
# level written short as the press writes it ("Đảng bộ TP Thái Bình", the level written out in the name).
PLACE = re.compile(r"\b(?:dang uy|dang bo|chi bo)\s+(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tp\.?|tx\.?)\s+(?=\S)")


def party_units(text: str, folded: str, found: list[Mention]) -> list[Mention]:
    """The names found, each body a Party committee or cell is written before made that committee's name,
    and the committees of a commune or a district named by its place, in reading order."""
    return sorted(_units(text, folded, found), key=lambda m: m.start)


def _units(text: str, folded: str, found: list[Mention]) -> Iterator[Mention]:
    places = [m for m in (_place(text, folded, p) for p in PLACE.finditer(folded)) if m is not None]
    places += _organs(text, folded)
    # A longer name holds the place; so does the committee read as speaking ("Đảng ủy xã X yêu cầu …", party_bodies).
    places = [p for p in places if not any(o.start <= p.start and p.end <= o.end and (o.end - o.start > p.end - p.start or o.catch_all and o.kind == "party_committee")
                                           for o in found)]
    for mention in found:
        if any(p.start <= mention.start < p.end or mention.start <= p.start < mention.end for p in places):
            continue  # the place's own name read as a body ("xã Trần Hợi"): the committee's name holds it
        kind = KIND.search(folded, max(0, mention.start - 10), mention.start)
        if kind is None or mention.catch_all or not text[kind.start()].isupper() \
                or ORGAN_BEFORE.search(folded, max(0, kind.start() - 30), kind.start()):
            yield mention
            continue
        written = re.sub(r"\s+", " ", text[kind.start() : mention.start])
        yield Mention(kind.start(), mention.end, written + mention.name, "party_committee", group=mention.group)
    yield from places


def _place(text: str, folded: str, match: re.Match) -> Mention | None:
    if not text[match.start()].isupper() or ORGAN_BEFORE.search(folded, max(0, match.start() - 30), match.start()):
        return None
    end = capitalised_words(text, match.end(), limit=4)
    if end == match.end():
        return None  # "Đảng bộ xã" and no name: one level's committee, left to the other rules
    return Mention(match.start(), end, expand_abbreviations(text[match.start() : end]), "party_committee")


# A party committee of a province, a district or a town by its own name.
COMMITTEE = r"(?:tinh|thanh|huyen|quan|thi) uy"
# The Party's inspection committee, whose name a page may write in lower case: "Ủy ban kiểm tra Huyện ủy".
INSPECTION = re.compile(rf"\buy ban kiem tra\s+{COMMITTEE}\b")
# A committee's boards and its office, the committee written once after them: "các Ban, Văn phòng Huyện ủy", "các
# ban và Văn phòng Tỉnh ủy": the boards, a group ("Các Ban Huyện ủy"), and the office, each the committee's.
BOARDS_AND_OFFICE = re.compile(rf"\bcac ban\s*(?:,|va)\s*(?P<office>van phong)\s+(?P<owner>{COMMITTEE})\b")


def _organs(text: str, folded: str) -> list[Mention]:
    organs = []
    for m in INSPECTION.finditer(folded):
        if text[m.start()].isupper():
            organs.append(Mention(m.start(), m.end(), "Ủy ban Kiểm tra " + text[m.start() + 15 : m.end()].strip(), "party_committee"))
    for m in BOARDS_AND_OFFICE.finditer(folded):
        owner = text[m.start("owner") : m.end("owner")]
        organs.append(Mention(m.start(), m.start() + 7, "Các Ban " + owner, "party_committee", group=True))
        organs.append(Mention(m.start("office"), m.end(), "Văn phòng " + owner, "party_committee"))
    return organs
