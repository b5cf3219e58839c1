"""A group named again after its members were listed: "UBND các huyện Hòa An, Bảo Lạc chịu trách nhiệm công bố
…. UBND các huyện, các xã có tên trên tiếp tục duy trì …". In the same clause the group's word points back at
the places just listed, not at every district of the province: the work is each listed member's (rule 2),
merged into the task it already has in the clause (rule 1)."""

from __future__ import annotations

import re

from .name_shapes import Mention
from .named_members import COMMITTEE_LEVEL, group_levels
from .text import fold

# A named committee's level word, then its place: "Ủy ban nhân dân thị xã An Nhơn" → "thi xa", "an nhon".
MEMBER = re.compile(rf"^uy ban nhan dan ({COMMITTEE_LEVEL}) (?=\S)")
# "UBND các huyện khác", "các xã còn lại": the group's other members, not those listed.
OTHERS = re.compile(r"\s*(?:khac|con lai)\b")


def members_for_groups(leads: list[Mention], named: list[Mention], segment: str, clause_text: str) -> list[Mention]:
    """The leads, each committee group replaced by its members when the clause listed them after the group's
    words ("UBND các huyện A, B", "các huyện: A, B") and gave them work before (two or more, of its levels)."""
    result: list[Mention] = []
    for lead in leads:
        members = _listed_members(lead, named, segment, fold(clause_text))
        if not members:
            members = [lead]
        result.extend(member for member in members if member not in result)
    return result


def _listed_members(group: Mention, named: list[Mention], segment: str, clause: str) -> list[Mention]:
    if not group.group or group.kind not in ("district", "commune") or group.catch_all:
        return []
    if group.end <= len(segment) and OTHERS.match(fold(segment), group.end):
        return []
    levels = group_levels(group.name)
    members = [m for m in named if not m.group and m.kind == group.kind
               and (level := MEMBER.match(fold(m.name))) is not None and level.group(1) in levels]
    # Only members the clause wrote after a group's word: "UBND huyện A …; UBND huyện B …; UBND các huyện …"
    # names each district by itself, and its group is every district.
    listed = [m for m in members if re.search(rf"\bcac (?:{'|'.join(levels)})\s*:?\s*{re.escape(_place(m))}\b", clause)]
    return members if len(members) >= 2 and listed else []


def _place(member: Mention) -> str:
    """The member's place, folded: "Ủy ban nhân dân huyện Hòa An" → "hoa an"."""
    return MEMBER.sub("", fold(member.name))
