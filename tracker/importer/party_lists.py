"""The Party's own bodies as its committees list them, each kind a group of its own: "các ban cán sự đảng,
đảng đoàn" (the party's groups in the state and in the Front: two kinds of body), "các huyện, thị, thành ủy"
(the district committees, "ủy" written once after the last), "…, đảng ủy trực thuộc (Tỉnh ủy)" going on such
a list (the committees a provincial committee holds directly: another kind than the districts')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention

_COMMITTEE = r"(?:tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy)"
# "các ban cán sự đảng, đảng đoàn (trực thuộc Tỉnh ủy)", either first: the "các" and the owner written once for both.
STATE_GROUPS = re.compile(rf"\b(?:cac\s+)?(?P<first>ban can su dang|dang doan)\s*(?:,|va)\s*(?P<second>dang doan|ban can su dang)"
                          rf"(?P<under>\s+(?:truc\s+)?thuoc\s+{_COMMITTEE})?\b")
GROUP_NAMES = {"ban can su dang": "Các ban cán sự đảng", "dang doan": "Các đảng đoàn"}
# "các huyện, thị, thành ủy": the districts', towns' and cities' committees, "ủy" written once after the last.
ELIDED_DISTRICTS = re.compile(r"\b(?:cac\s+)?huyen\s*,\s*(?P<town>thi\s*,\s*)?thanh uy\b")
# "…, đảng ủy trực thuộc (Tỉnh ủy)" after other committees of the list, its "các" written once before the first.
DIRECT_COMMITTEES = re.compile(r"(?<=, )dang uy truc thuoc(?P<owner>\s+(?:tinh uy|thanh uy))?\b")


def party_lists(text: str, folded: str) -> Iterator[Mention]:
    """Each kind of party body of such a list, a group."""
    for m in STATE_GROUPS.finditer(folded):
        if m.group("first") == m.group("second"):
            continue
        under = re.sub(r"\s+", " ", text[m.start("under") : m.end("under")]) if m.group("under") else ""
        for part in ("first", "second"):
            start = m.start() if part == "first" else m.start(part)
            end = m.end(part) if part == "first" else m.end()
            yield Mention(start, end, GROUP_NAMES[m.group(part)] + under, "party_committee", group=True)
    for m in ELIDED_DISTRICTS.finditer(folded):
        name = "Các huyện ủy, thị ủy, thành ủy" if m.group("town") else "Các huyện ủy, thành ủy"
        yield Mention(m.start(), m.end(), name, "party_committee", group=True)
    for m in DIRECT_COMMITTEES.finditer(folded):
        owner = re.sub(r"\s+", " ", text[m.start("owner") : m.end("owner")]) if m.group("owner") else ""
        yield Mention(m.start(), m.end(), "Các đảng ủy trực thuộc" + owner, "party_committee", group=True)
