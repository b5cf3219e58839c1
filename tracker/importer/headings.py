"""Headings that name whose work follows: "5. Sở Y tế:", "Trách nhiệm của Sở X", an article of a
Quy chế ("Điều 4. Sở X có nhiệm vụ"), and the items under such a heading that are read as its own."""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import Clause
from .name_shapes import official_name, posted_body
from .names import Mention
from .subjects import leading_subjects
from .text import fold


def lettered_items(clause: Clause) -> list[Clause]:
    """The "a)", "b)" items of a clause headed by an agency ("1. Sở Y tế" then "a) Chủ trì …"): they
    are that agency's work, read as the clause's own bullets (one task, timed items apart)."""
    heading = agency_heading(clause)
    if not clause.children or not heading:
        return []
    if any(c.children for c in clause.children) and all(m.catch_all for m in heading[0]):
        return []  # "Trách nhiệm của các cơ quan, đơn vị", then each body's khoản: read one by one
    # An article of a Quy chế ("Điều 7. Phòng X có nhiệm vụ", khoản "1.", "2.", points "3.a") is read
    # whole: every khoản and point under it, in order.
    below = descendants(clause)
    return below if all(c.nested for c in below) else []


def descendants(clause: Clause) -> list[Clause]:
    """The clauses under this one, at any depth, in document order."""
    return [node for child in clause.children for node in (child, *descendants(child))]


# A heading that names whose duties follow: "Trách nhiệm của Sở X", "Nhiệm vụ của …", "Đối với UBND …".
HEADING_OWNER = re.compile(r"\s*(?:(?:trach nhiem|nhiem vu)(?:\s+cu the)?\s+cua|doi voi)\s+")


# An article's title that names whose duties follow: "Sở X có nhiệm vụ", "X có các nhiệm vụ sau:".
DUTIES = re.compile(r"(?:co|chiu)\s+(?:cac\s+)?(?:nhiem vu|trach nhiem)(?:\s+(?:va\s+)?(?:quyen han|trach nhiem))?"
                    r"(?:\s+(?:nhu sau|sau day|sau|cu the))?\s*(?=[:.]|$)")
WHERE = re.compile(r"(?:tren dia ban|thuoc|cua)\s+(?:xa|phuong|tinh|huyen|thanh pho|dac khu)\b[^:.]{0,40}")


def agency_heading(clause: Clause) -> tuple[list[Mention], str] | None:
    """The agencies a heading consists of ("5. Sở Giáo dục và Đào tạo:", "Trách nhiệm của Sở Y tế")
    and any text after ':'."""
    owner = HEADING_OWNER.match(fold(clause.heading))
    offset = owner.end() if owner else 0
    # A heading is a name by its place: written as a body's name is ("Ban công tác Mặt trận các thôn").
    subjects, end = leading_subjects(official_name(clause.heading[offset:]))
    remainder = clause.heading[offset + end :].strip()
    where = WHERE.match(fold(remainder))
    if where:
        remainder = remainder[where.end() :].strip()  # "… các thôn trên địa bàn xã": where, not who
    duties = DUTIES.match(fold(remainder))
    if duties:
        remainder = remainder[duties.end() :].strip()  # "Sở X có nhiệm vụ:": a title naming the body
    if subjects and (not remainder or remainder[0] in ":."):
        return [replace(m, start=m.start + offset, end=m.end + offset) for m in subjects], remainder[1:].strip()
    posted = posted_body(clause.heading)
    if posted is not None:
        # "Đồng chí Trưởng Ban Xây dựng Đảng - Trưởng Tiểu ban: …": the person's home body acts.
        return [posted], clause.heading.partition(":")[2].strip()
    return None
