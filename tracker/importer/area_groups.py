"""The People's Committees of a group of places bounded by where the places lie, and the Party committees
that share the group with them.

- "UBND các xã, phường thuộc vùng bị ảnh hưởng ngập lũ, sạt lở đất, chủ động …", "Chủ tịch UBND các tỉnh,
  thành phố tại khu vực dự báo xảy ra mưa, lũ tập trung …": the words after the group up to the work tell
  which of the places are asked; they are part of the group's name (the officer picks its members on review).
- "Bí thư tỉnh ủy, thành ủy và Chủ tịch UBND các tỉnh, thành phố …": the Prime Minister writes the two heads
  of each province once, before the places they share; the Party committees are a group of their own, of
  the same places ("Tỉnh ủy, Thành ủy các tỉnh, thành phố …"), not the one "Tỉnh ủy" of the page's province.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention
from .vocabulary import DIRECTIVE_VERB

# Where the places of the group lie, or what befalls them: "tại khu vực …", "thuộc vùng …", "ở các địa bàn …",
# "nằm trong vùng …", "bị ảnh hưởng …", "có nguy cơ …".
AREA = re.compile(r"\s+(?:(?:tai|o|thuoc|trong|nam trong|nam o)\s+(?:cac\s+)?(?:khu vuc|vung|dia ban|noi)\b"
                  r"|(?:bi anh huong|co nguy co|bi ngap)\b)")
# The bound's words run through commas ("ngập lũ, sạt lở đất"), never past a sentence's or a list's stop.
AREA_WORDS = re.compile(r"[^.;:()\n]{1,120}")
HEAD = re.compile(r"(?:uy ban nhan dan|ubnd)(?:\s*\(ubnd\))?\s+")


def bounded_by_area(text: str, folded: str, committee: Mention) -> Mention:
    """The group of committees with the words that bound its places, when the work follows them."""
    if not committee.group or committee.kind not in ("province", "district", "commune"):
        return committee
    area = AREA.match(folded, committee.end)
    head = HEAD.match(folded, committee.start)
    words = AREA_WORDS.match(folded.replace("\n", " "), area.end()) if area else None
    if area is None or head is None or words is None:
        return committee
    for word in re.finditer(r"\S+", folded[area.end() : words.end()]):
        at = area.end() + word.start()
        if DIRECTIVE_VERB.match(folded, at):
            end = len(folded[:at].rstrip(" ,\n"))
            written = re.sub(r"\s+", " ", text[head.end() : end]).strip()
            return Mention(committee.start, end, f"Ủy ban nhân dân {written}", committee.kind, group=True)
    return committee


# The provinces' Party committees written before their People's Committees, the places written once after both:
# "(Bí thư) tỉnh ủy, thành ủy và / , / ; (Chủ tịch) Ủy ban nhân dân các tỉnh, thành phố …".
PAIRED_PARTY = re.compile(r"(?P<party>tinh uy\s*,\s*thanh uy)\s*(?:,|;|\bva\b)\s*(?:(?:pho\s+)?chu tich\s+)?$")


def paired_party_committees(text: str, folded: str, committee: Mention) -> Iterator[Mention]:
    """The group of the provinces' Party committees that shares the places of a group of provinces' committees."""
    if not committee.group or committee.kind != "province":
        return
    before = max(0, committee.start - 60)
    paired = PAIRED_PARTY.search(folded, before, committee.start)
    head = HEAD.match(folded, committee.start)
    if paired is None or head is None:
        return
    written = re.sub(r"\s+", " ", text[head.end() : committee.end]).strip()
    yield Mention(paired.start("party"), paired.end("party"), f"Tỉnh ủy, Thành ủy {written}", "party_committee", group=True)
