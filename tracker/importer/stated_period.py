"""A clause of its own that only states when the work above it runs: "5. Thời gian thực hiện: Từ ngày 17/12/2025
đến ngày 25/01/2026." after the clauses that give the work. Their tasks that give no time of their own are due at
the period's end (ANNOTATION.md rule 6: the last day of a span); a task with its own date or cycle keeps it.
So, in a letter's paragraphs, is a report asked above when a paragraph of its own says when it is sent: "Thời gian
gửi báo cáo trước ngày 20 tháng 3 năm 2009."."""

from __future__ import annotations

import re
from datetime import date

from .clauses import Body
from .draft import DraftTask
from .plan_readers import REPORT
from .report_contents import REPORT_TIME
from .text import fold
from .timing import best_timing

# The clause's title: "Thời gian thực hiện:", "Thời gian triển khai:", "Thời gian:".
PERIOD = re.compile(r"\s*thoi gian(?:\s+(?:to chuc\s+)?(?:thuc hien|trien khai))?\s*:")
# Only a period that ends: "từ ngày … đến ngày …", "đến hết tháng …" (a year alone may be the plan's span).
UNTIL = re.compile(r"\b(?:den|het)\b")


def period_dated(body: Body, tasks: list[DraftTask], issued_on: date | None) -> list[DraftTask]:
    """The undated tasks of the clauses above a top-level "Thời gian thực hiện: từ … đến …" clause, due at its end."""
    for index, clause in enumerate(body.clauses):
        period, report = PERIOD.match(fold(clause.heading)), REPORT_TIME.match(fold(clause.heading))
        if clause.parent is not None or not (period or report and not clause.units):
            continue
        timing = best_timing(clause.heading, issued_on)
        if timing is None or timing.due_on is None or timing.recurrence or period and not UNTIL.search(fold(timing.text)):
            continue
        above = {c.ref for c in body.clauses[:index]}
        for task in tasks:
            if task.clause_number in above and task.due_on is None and task.recurrence is None \
                    and (period or REPORT.search(fold(task.text))):
                task.due_on, task.due_text = timing.due_on, timing.text
    return tasks
