"""A People's Council written bare before the committee of its place: "Hội đồng nhân dân, Ủy ban nhân dân
tỉnh X", "HĐND và UBND thành phố Y". The place is written once, after the committee; the council is that
place's council, a body (and a lead) of its own. Shared_levels reads the same pair before a group of
communes or districts when it opens a sentence; here the committee names one place, and the pair may
follow other bodies of a list ("Chính phủ, HĐND, UBND tỉnh X có trách nhiệm …")."""

from __future__ import annotations

import re

from .name_shapes import Mention
from .text import flat

COUNCIL = re.compile(r"\b(?P<standing>thuong truc\s+)?(?:hoi dong nhan dan|hdnd)\b")
# Only a comma or "và" between the council and the committee.
BETWEEN = re.compile(r"\s*(?:,\s*va|,|va)\s*")
# The committee of one named place: its level, then the place's name.
COMMITTEE = re.compile(r"(?:uy ban nhan dan|ubnd)\s+(?P<place>(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|dac khu)\s+\S.*)$")
# What may stand before the pair: the start, a mark that ends a part, another body of the list, or a request;
# after other words the council belongs to another name ("Văn phòng HĐND và UBND tỉnh …").
OPENS = re.compile(r"(?:^|[.;:\n+-]|,|\b(?:de nghi|giao|yeu cau|kinh gui))\s*$")


def councils_of_place(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each bare council before a committee of one place read as that place's council."""
    added = []
    for council in COUNCIL.finditer(folded):
        if any(m.start < council.end() and council.start() < m.end for m in mentions):
            continue
        between = BETWEEN.match(folded, council.end())
        committee = next((m for m in mentions if between and m.start == between.end() and not m.group), None)
        place = COMMITTEE.match(folded, committee.start, committee.end) if committee else None
        if place is None or not OPENS.search(folded, max(0, council.start() - 24), council.start()):
            continue
        head = "Thường trực Hội đồng nhân dân" if council.group("standing") else "Hội đồng nhân dân"
        written = flat(text[place.start("place") : committee.end])
        added.append(Mention(council.start(), council.end(), f"{head} {written}", "other"))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
