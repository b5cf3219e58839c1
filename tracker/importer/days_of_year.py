"""A duty due every year on several days: "định kỳ trước ngày 01/6 và 15/11 hằng năm", "trước ngày 15/6 và trước
ngày 5/12 hằng năm". An RRULE holds one day of one month a year, so each day is a yearly task of its own, as a part
with its own cycle is (ANNOTATION.md convention 1), each keeping the whole phrase as its words; the same day of
the month six months apart ("trước ngày 15/6 và 15/12 hằng năm") is one half-yearly duty on that day (rule 7)."""

from __future__ import annotations

import re
from dataclasses import replace

from .date_shapes import day_month
from .draft import DraftTask
from .text import fold

# The days of the list, each perhaps with its own "trước" or "ngày": "01/6 và 15/11", "15/6 và trước ngày 5/12".
LATER_DAY = rf"\s*(?:va|,)\s*(?:(?:truoc|cham nhat)\s+)?(?:ngay\s+)?{day_month()}"
DAY_OF_YEAR = re.compile(rf"\b{day_month(day='day', month='month')}\b")


def listed_days(phrase: str) -> list[tuple[int, int]]:
    """The (day, month) pairs a yearly phrase lists, in its order, each once; none that is no day of a year."""
    days = [(int(m["day"]), int(m["month"])) for m in DAY_OF_YEAR.finditer(fold(phrase))]
    return [d for d in dict.fromkeys(days) if 1 <= d[0] <= 31 and 1 <= d[1] <= 12]


def yearly_rule(days: list[tuple[int, int]]) -> str:
    """The rule of a duty due each year on these days: half-yearly for one day of the month six months apart (two
    reports of one half-yearly duty), else yearly on the first day (each_day gives the others tasks of their own)."""
    (day, month), rest = days[0], days[1:]
    if len(rest) == 1 and rest[0][0] == day and (rest[0][1] - month) % 12 == 6:
        return f"FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY={day}"
    return f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}"


def each_day(tasks: list[DraftTask]) -> list[DraftTask]:
    """A yearly task whose words list several days becomes one task per day, next to each other: the first as it
    is, the later ones numbered as the clause's further parts ("IV.7 ý 2", then "IV.7 ý 3")."""
    result: list[DraftTask] = []
    for task in tasks:
        result.append(task)
        if not (task.recurrence or "").startswith("FREQ=YEARLY;BYMONTH=") or not task.due_text:
            continue
        days = listed_days(task.due_text)
        if len(days) < 2 or yearly_rule(days) != task.recurrence:
            continue
        number, _, part = task.clause.partition(" ý ")
        first = int(part) if part.isdigit() else 1
        for index, (day, month) in enumerate(days[1:], start=1):
            result.append(replace(task, clause=f"{number} ý {first + index}",
                                  cooperating_agencies=list(task.cooperating_agencies),
                                  recurrence=f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}"))
    return result
