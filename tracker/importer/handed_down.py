"""Work a meeting or a body hands down for others to carry out: "Hội nghị cũng triển khai các biểu mẫu, tiêu chí và
thời gian thực hiện để các chi bộ, đảng bộ trực thuộc chủ động thực hiện", "… quán triệt kế hoạch để các đơn vị
triển khai". The one that hands it down (often the issuer, or its meeting) is not asked; the units after "để" are
told to do it, and lead."""

from __future__ import annotations

import re

from .text import fold

# What is handed down, then "để" and the units it goes to (a group: "các …", "toàn thể …").
HANDS_DOWN = re.compile(r"\b(?:trien khai|quan triet|pho bien|huong dan)\b[^.;]{0,200}?\bde\s+(?=(?:cac|toan the)\s)")
# What the units are then to do: carry it out, on their own initiative.
CARRY_OUT = re.compile(r"\s*(?:(?:chu dong|kip thoi|nghiem tuc)\s+)*(?:to chuc\s+)?(?:thuc hien|trien khai|ap dung)\b")


def handed_down(segment: str) -> int | None:
    """Where the units a handed-down piece of work goes to are named ("… để các chi bộ … chủ động thực hiện"),
    when they are told to carry it out; None otherwise."""
    from .subjects import leading_subjects  # subjects reads names, which reads this module's neighbours

    folded = fold(segment)
    for found in HANDS_DOWN.finditer(folded):
        subjects, end = leading_subjects(segment[found.end() :])
        if subjects and CARRY_OUT.match(folded, found.end() + end):
            return found.end()
    return None


def hands_down(paragraph: str) -> bool:
    """Whether a paragraph hands work down to units named in it (so it is no mere report of a meeting)."""
    return any(handed_down(sentence) is not None for sentence in re.split(r"(?<=[.;])\s+", paragraph))
