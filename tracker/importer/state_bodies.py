"""The central state's bodies beyond the ministries, as the Government's notices name them: the National
Assembly's council and committees ("Hội đồng Dân tộc của Quốc hội", "Ủy ban Kinh tế và Tài chính của Quốc
hội", "Ủy ban Thường vụ Quốc hội"), its bodies as a group ("các Ủy ban của Quốc hội", "các cơ quan của
Quốc hội"), a province's delegation of deputies ("Đoàn đại biểu Quốc hội tỉnh X"), the Government's agencies
as a group ("các cơ quan Chính phủ"), and the organs of the Party and the State with "các cơ quan của" written once
before their owners ("các cơ quan của Đảng, Nhà nước, Quốc hội")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention, official_name
from .proper_names import capitalised_words

ASSEMBLY = r"(?:quoc hoi|qh)\b"
# A council or committee "của Quốc hội": its name between, in capitals or not ("Hội đồng dân tộc của Quốc hội"),
# no other body's head word inside ("Ủy ban X và Hội đồng Y của Quốc hội" is two bodies), no punctuation.
COMMITTEE = re.compile(rf"\b(?:uy ban|hoi dong)\s+(?!nhan dan\b)(?:(?!uy ban\b|hoi dong\b|cua\b)[^\s,;:.()]+\s+){{1,7}}?cua\s+{ASSEMBLY}")
STANDING = re.compile(rf"\b(?:uy ban thuong vu|van phong|tong thu ky)\s+(?:cua\s+)?{ASSEMBLY}")
# The Assembly's council of ethnic affairs is the only "Hội đồng Dân tộc": named bare, it is that council.
ETHNIC_COUNCIL = re.compile(r"\bhoi dong dan toc\b(?!\s+(?:cua\s+)?(?:quoc hoi|qh)\b)")
# A province's delegation, often asked with its deputies and the place written once after both ("Đoàn đại
# biểu Quốc hội và đại biểu Quốc hội tỉnh X giám sát …"): the delegation of that place; the deputies work in it.
DELEGATION = re.compile(r"\bdoan (?:dai bieu quoc hoi|dbqh)(?:\s+va\s+(?:cac\s+)?(?:dai bieu quoc hoi|dbqh))?\s+(tinh|thanh pho)\s+(?=\S)")
# "Các Ủy ban của Quốc hội", "các cơ quan (của) Quốc hội": the Assembly's bodies, one group.
ASSEMBLY_GROUP = re.compile(rf"\bcac (?:uy ban|co quan)\s+(?:cua\s+)?{ASSEMBLY}")
# "Các cơ quan (của, thuộc) Chính phủ": the Government's bodies, one group (not the catch-all "các cơ quan").
GOVERNMENT_GROUP = re.compile(r"\bcac co quan\s+(?:cua\s+|thuoc\s+)?chinh phu\b")


def _written(text: str, start: int, end: int) -> str:
    written = re.sub(r"\s+", " ", text[start:end]).strip()
    written = re.sub(r"\bQH$", "Quốc hội", written)
    return official_name(written[:1].upper() + written[1:])


def state_bodies(text: str, folded: str) -> Iterator[Mention]:
    """Each body of the National Assembly, and the groups of the Assembly's and the Government's bodies."""
    for m in (*COMMITTEE.finditer(folded), *STANDING.finditer(folded)):
        if text[m.start()].isupper():
            yield Mention(m.start(), m.end(), _written(text, m.start(), m.end()), "central")
    for m in ETHNIC_COUNCIL.finditer(folded):
        if text[m.start()].isupper():
            yield Mention(m.start(), m.end(), "Hội đồng Dân tộc", "central")
    yield from _delegations(text, folded)
    for m in (*ASSEMBLY_GROUP.finditer(folded), *GOVERNMENT_GROUP.finditer(folded)):
        name = _written(text, m.start(), m.end())
        if " của " not in name and "Quốc hội" in name:
            name = name.replace(" Quốc hội", " của Quốc hội")  # "các cơ quan Quốc hội": the Assembly's bodies
        # Kind "other": a definite set a notice asks a body to work with, so it cooperates as other named
        # groups do ("phối hợp chặt chẽ với các cơ quan Chính phủ"); the vaguer "các bộ, ngành" stays central.
        yield Mention(m.start(), m.end(), name, "other", group=True)
    yield from _organs_of_owners(text, folded)


def _delegations(text: str, folded: str) -> Iterator[Mention]:
    """Each province's delegation of deputies, named with its level and place as written."""
    for m in DELEGATION.finditer(folded):
        end = capitalised_words(text, m.end())
        if end > m.end():
            place = re.sub(r"\s+", " ", text[m.start(1) : end])
            yield Mention(m.start(), end, f"Đoàn đại biểu Quốc hội {place}", "other")


# "Các cơ quan của Đảng, Nhà nước, Quốc hội …": the words "các cơ quan của" serve each bare owner listed after them,
# one group of organs each; not "… của Đảng ủy X" (a committee named in full), nor a body named in full after them.
PARTY = r"dang(?!\s+(?:uy|bo|doan|vien)\b)"
ORGANS_OF = re.compile(rf"\bcac co quan\s+cua\s+(?:{PARTY}|nha nuoc)\b")
NEXT_OWNER = re.compile(rf"\s*,\s*({PARTY}|nha nuoc|quoc hoi|chinh phu)\b")


def _organs_of_owners(text: str, folded: str) -> Iterator[Mention]:
    """ "Các cơ quan của Đảng, Quốc hội": the Party's organs, then the Assembly's, one group each."""
    for m in ORGANS_OF.finditer(folded):
        yield Mention(m.start(), m.end(), _written(text, m.start(), m.end()), "other", group=True)
        end = m.end()
        while (owner := NEXT_OWNER.match(folded, end)) is not None:
            end = owner.end()
            written = re.sub(r"\s+", " ", text[owner.start(1) : end])
            yield Mention(owner.start(1), end, f"Các cơ quan của {written[:1].upper()}{written[1:]}", "other", group=True)
