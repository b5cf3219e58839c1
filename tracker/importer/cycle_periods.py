"""A cycle that opens a sentence, then the period it runs over: "Hằng tháng, trong thời gian từ ngày
01/10/2021 đến hết ngày 30/9/2022, cơ quan X thực hiện …". The span's end closes the period in which the
work recurs; it is no deadline of its own, and the cycle is the task's timing (rule 7)."""

from __future__ import annotations

import re

from .deadlines import Timing
from .text import fold

# Before the cycle: nothing but the clause's opening ("Định kỳ", a dash); between it and the span, the words
# that say the span is the cycle's period.
OPENING = re.compile(r"^[\s\-–•+*]*(?:dinh ky\s*)?$")
PERIOD = re.compile(r"^\s*,?\s*(?:trong\s+(?:thoi gian|giai doan)\s*)?$")
SPAN = re.compile(r"^(?:tu|ke tu)\b")


def cycle_over_period(text: str, cyclic: list[Timing], dated: list[Timing]) -> Timing | None:
    """The opening cycle when the dates after it only bound the period it runs over, else None."""
    if not cyclic or not dated:
        return None
    cycle = cyclic[0]
    span = min(dated, key=lambda t: t.start)
    folded = fold(text)
    if not OPENING.match(folded[: cycle.start]) or span.start < cycle.end:
        return None
    if PERIOD.match(folded[cycle.end : span.start]) and SPAN.match(fold(span.text)):
        return cycle
    return None
