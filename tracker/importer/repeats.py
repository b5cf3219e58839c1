"""A closing line that only tells a body already given work to implement it ("Chủ tịch UBND tỉnh yêu cầu
Giám đốc Sở X triển khai thực hiện.") repeats the instruction: it is no task of its own."""

from __future__ import annotations

import re

from .draft import DraftTask
from .text import fold

# A task whose whole work is to implement: "Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở X triển khai thực hiện."
BARE_IMPLEMENT = re.compile(r"(?:khan truong\s+|nghiem tuc\s+|chu dong\s+|quan tam\s+)*(?:trien khai|to chuc)?\s*thuc hien"
                            r"(?:\s+(?:theo|dung)(?:\s+\S+){0,4}?\s+(?:nay|neu tren|tren))?\s*[./]*")


def without_repeats(tasks: list[DraftTask]) -> list[DraftTask]:
    """Without a closing line that only tells a body already given work to implement it: it repeats
    the instruction, it is no task of its own."""
    working = {t.lead_agency for t in tasks if not BARE_IMPLEMENT.fullmatch(fold(t.summary).strip())}
    kept = [t for t in tasks if t.lead_agency not in working or not BARE_IMPLEMENT.fullmatch(fold(t.summary).strip())]
    for task in kept:
        clause = task.clause_number
        if task.clause != clause and not any(o is not task and o.lead_agency == task.lead_agency
                                             and o.clause_number == clause for o in kept):
            task.clause = clause  # the lead's only task from this clause keeps the clause's number
    return kept
