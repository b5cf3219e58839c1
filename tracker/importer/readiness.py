"""Preparations due by the day a new body or system is to start working: "khẩn trương thực hiện các công tác
chuẩn bị cần thiết, bảo đảm để chính quyền … chính thức hoạt động từ ngày 01 tháng 7 năm 2025". The day is
when the work prepared for begins, so the preparing is to be done by then: it is the task's deadline. A day
a body simply starts work from ("hoạt động từ ngày …" with nothing prepared for it) is no deadline."""

from __future__ import annotations

import re
from datetime import date

from .date_shapes import DATE

STARTS = re.compile(rf"\b(?:chinh thuc\s+)?(?:di vao\s+)?(?:hoat dong|van hanh)\s+(?:ke\s+)?tu\s+ngay\s+(?:{DATE})")
# The preparing, earlier in the same piece of the sentence.
PREPARED = re.compile(r"\b(?:chuan bi|bao dam|dam bao)\b[^.;:]*$")


def ready_by_day(phrases, folded: str, issued_on: date | None) -> None:
    """Add to `phrases` (deadlines.Phrases) each day a prepared start falls on, after the issue."""
    for m in STARTS.finditer(folded):
        try:
            day = date(int(m["year"]), int(m["month"]), int(m["day"]))
        except (TypeError, ValueError):
            continue
        if (issued_on is None or day >= issued_on) and PREPARED.search(folded, max(0, m.start() - 250), m.start()):
            phrases.add(m, day, None, 1)
