"""A Kính gửi (or telegram) entry that addresses a province's Party secretary with its chairman: "Đồng chí Bí
thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: A, B và C", "Bí thư, Chủ tịch UBND các tỉnh, thành phố
trực thuộc Trung ương". The letter goes to both bodies the two heads lead (ANNOTATION.md rule 4), the Party
committee and the People's Committee, named as one recipient: "Tỉnh ủy và Ủy ban nhân dân các tỉnh: A, B, C"."""

from __future__ import annotations

import re

from .text import fold

PARTY_COMMITTEES = r"(?:tinh uy|thanh uy)"
COMMITTEE_NAMES = {"tinh uy": "Tỉnh ủy", "thanh uy": "Thành ủy"}
# The secretary, the committees he heads if named ("tỉnh ủy", "Tỉnh ủy, Thành ủy"), then the chairman of the
# People's Committee, joined by "và" or a comma; "Đồng chí" may stand before either.
SECRETARY_AND_CHAIR = re.compile(
    rf"(?:(?:dong chi|d/c)\s+)?bi thu(?P<party>\s+{PARTY_COMMITTEES}(?:\s*(?:,|va)\s*{PARTY_COMMITTEES})?)?"
    r"\s*(?:,|va)\s*(?:(?:dong chi|d/c)\s+)?chu tich\s+(?=uy ban nhan dan\b|ubnd\b)"
)


def party_and_committee(entry: str) -> str | None:
    """ "Bí thư tỉnh ủy, Chủ tịch UBND các tỉnh: Gia Lai, Đắk Lắk và Khánh Hòa" → "Tỉnh ủy và UBND các tỉnh:
    Gia Lai, Đắk Lắk, Khánh Hòa"; None when the entry is not of that form."""
    folded = fold(entry)
    m = SECRETARY_AND_CHAIR.match(folded)
    if not m:
        return None
    committee = entry[m.end() :].strip()
    if m.group("party"):
        party = [COMMITTEE_NAMES[word] for word in re.findall(PARTY_COMMITTEES, m.group("party"))]
    else:
        # "Bí thư" alone: the secretaries of the places the committee's name covers, a city's "Thành ủy" too.
        scope = fold(committee).split(":", 1)[0]
        party = ["Tỉnh ủy", *(["Thành ủy"] if re.search(r"\bthanh pho\b", scope) else [])]
    head, colon, places = committee.partition(":")
    if colon:
        # The places listed after the colon, the last joined by "và" ("A, B và C"), are one list.
        places = re.sub(r"\s+và\s+(?=[^,]*$)", ", ", places.strip())
        committee = f"{head.strip()}: {places}"
    return f"{', '.join(party)} và {committee}"
