"""Bodies whose names are also common words: "Bộ đội Biên phòng" (the border guard, not "bộ đội" any
soldiers), "Cảng vụ Hàng hải" (a port authority), "Hiệp hội … Việt Nam" (an association), "Thống kê tỉnh" (the provincial statistics office
since 2025, not "thống kê" a count). Only the name written in capitals is the body."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention, capitalised_words

# (pattern over folded text, kind, the words in capitals that must open the name as written)
CAPITALISED: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"\bbo doi bien phong(?: (?:tinh|thanh pho))?\b"), "other", "Bộ đội Biên phòng"),
    (re.compile(r"\bcang vu hang hai\b"), "central_office", "Cảng vụ Hàng hải"),
    # A national trade association, named by its trade, whatever the case of the trade's words, and "Việt Nam"
    # ("Hiệp hội Chè Việt Nam", "Hiệp hội hồ tiêu Việt Nam", "Hiệp hội Chế biến và Xuất khẩu Thủy sản Việt Nam").
    (re.compile(r"\bhiep hoi(?:\s+[^\s,.;:()]+){1,7}?\s+viet nam\b"), "mass_organisation", "Hiệp hội"),
    # One province's office; not "Thống kê tỉnh, thành phố", every province's as a ministry writes (a group
    # not read yet: its bullet's label in such a letter is not yet read right, so its draft would not match).
    (re.compile(r"(?<!cuc )(?<!chi cuc )(?<!tong cuc )\bthong ke (?:tinh|thanh pho)\b(?!\s*,\s*(?:thanh pho|tp)\b)"),
     "central_office", "Thống kê"),
]


# The province's tax department by the general name of its authority, written as a name ("4. Cơ quan Thuế: …"
# in a province's regulation; "cơ quan thuế" in lower case is any tax office): the Cục Thuế of the province.
# (pattern, kind, the words in capitals, the body's name)
NAMED_AS: list[tuple[re.Pattern[str], str, str, str]] = [
    (re.compile(r"\bco quan thue\b(?!\s+(?:cac\s+)?(?:tinh|huyen|quan|thi xa|thanh pho|khu vuc|cap|cung cap)\b)"),
     "central_office", "Cơ quan Thuế", "Cục Thuế tỉnh"),
    # The province's business association by its general name, written as a name ("10. Hiệp hội Doanh nghiệp: - Vận
    # động hội viên …" in a province's plan); "các hiệp hội doanh nghiệp" in lower case is any association.
    (re.compile(r"(?<!cac )\bhiep hoi doanh nghiep\b(?!\s+(?:tinh|thanh pho|huyen|quan|viet nam|nho|tre|nu|cac)\b)"),
     "mass_organisation", "Hiệp hội Doanh nghiệp", "Hiệp hội Doanh nghiệp tỉnh"),
]


def capitalised_bodies(text: str, folded: str) -> Iterator[Mention]:
    """Each such body named in capitals, with the place written after it ("Cảng vụ Hàng hải Nghệ An",
    "Thống kê tỉnh Lào Cai")."""
    for pattern, kind, head in CAPITALISED:
        for m in pattern.finditer(folded):
            written = re.sub(r"\s+", " ", text[m.start() : m.end()])
            # With its level after it ("Bộ đội biên phòng tỉnh phối hợp …") the force is the province's, whatever the case.
            if not written.startswith(head) and not (written[:1].isupper() and re.search(r" (?:tỉnh|thành phố)$", written)):
                continue
            end = capitalised_words(text, m.end(), limit=3)
            yield Mention(m.start(), end, re.sub(r"\s+", " ", text[m.start() : end]).strip(), kind)
    for pattern, kind, head, name in NAMED_AS:
        for m in pattern.finditer(folded):
            if re.sub(r"\s+", " ", text[m.start() : m.end()]) == head:
                yield Mention(m.start(), m.end(), name, kind)
