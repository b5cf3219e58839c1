"""A deadline stated on its own after the work it closes: "Thời hạn hoàn thành: trước ngày 30/11/2025.",
"Thời gian hoàn tất: trước ngày 25 tháng 7 năm 2014.", "Thời gian hoàn thành việc quán triệt, chậm nhất
ngày 14/5/2021 …". It names no one, so it dates the work of every body the paragraphs before it named,
not only the last one's."""

from __future__ import annotations

import re
from datetime import date

from .draft import DraftTask
from .segment_subjects import own_subjects
from .segments import SENTENCE_BREAK
from .text import fold
from .timing import Timing, best_timing

STATEMENT = re.compile(r"\s*(?:thoi han|thoi gian)\s+hoan (?:thanh|tat)\b|\s*thoi han\s*:")


def closing_deadline(text: str, issued_on: date | None, whole: bool = False) -> Timing | None:
    """The date of a paragraph's last sentence when that sentence (the whole paragraph if `whole`) only
    states when the work ends."""
    sentences = SENTENCE_BREAK.split(text.strip())
    last = sentences[-1]
    if whole and len(sentences) > 1 or not STATEMENT.match(fold(last)) or own_subjects(last)[0]:
        return None
    timing = best_timing(last, issued_on)
    return timing if timing is not None and timing.due_on is not None else None


def date_untimed(tasks: list[DraftTask], timing: Timing) -> None:
    """Give the closing date to the tasks that have no time of their own."""
    for task in tasks:
        if task.due_on is None and task.recurrence is None:
            task.due_on, task.due_text = timing.due_on, timing.text
