"""A task table's row whose work opens with its own cycle over a time column of several years: "Hàng năm thực
hiện sát hạch, đánh giá kỹ năng số …" with "2026 - 2030" in the time column. The span is how long the duty lasts,
the cycle when it comes back: a recurring duty, with no date of its own (ANNOTATION.md rule 7)."""

from __future__ import annotations

import re
from datetime import date

from .segment_subjects import LEADING_CYCLE
from .text import fold
from .timing import Timing, best_timing

# A span of several years, the whole cell: "2026 - 2030", "Giai đoạn 2026-2030", "Năm 2026 – 2030".
SPAN = re.compile(r"^(?:(?:giai doan|nam)\s+)?(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\.?$")


def work_cycle(work: str, time_cell: str, timing: Timing | None, issued_on: date | None) -> Timing | None:
    """The row's cycle when its work opens with one and its time cell is a span of years; else its timing."""
    cycle = LEADING_CYCLE.match(fold(work).strip())
    if cycle is None or not SPAN.match(fold(time_cell).strip()):
        return timing
    found = best_timing(work.strip()[: cycle.end()], issued_on)
    if found is None or found.recurrence is None:
        return timing
    return Timing(None, found.recurrence, found.text, found.start, found.end, found.rank)
