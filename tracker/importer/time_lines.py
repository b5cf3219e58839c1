"""A bullet's time set on the line below it, with no bullet of its own: "- Thành lập Tổ kiểm kê." then
"Thời hạn hoàn thành: Trước ngày 30/11/2025." (a plan's layout that prints each point's time under it). The
time is that bullet's: a bullet with its own deadline is a task of its own (ANNOTATION.md rule 1). Read as a
unit apart, the line made a task that said only its date, and the bullet's work went untimed to the clause's
other work. Each such line is joined to the bullet above it."""

from __future__ import annotations

import re

from .clauses import Body
from .text import fold

# The label of a time on its own line: "Thời hạn hoàn thành:", "Thời gian thực hiện:", "Thời hạn thực hiện:".
TIME_LINE = re.compile(r"(?:thoi han|thoi gian)\s+(?:hoan thanh|hoan tat|thuc hien)\s*:")


def with_time_lines_joined(body: Body) -> Body:
    """The body with each unbulleted time line after a bullet made the end of that bullet."""
    for clause in body.clauses:
        units, bulleted = [], []
        for unit, marked in zip(clause.units, clause.bulleted):
            if units and bulleted[-1] and not marked and TIME_LINE.match(fold(unit)):
                units[-1] = f"{units[-1].rstrip()}{'' if units[-1].rstrip().endswith(('.', ';')) else '.'} {unit}"
                continue
            units.append(unit)
            bulleted.append(marked)
        clause.units, clause.bulleted = units, bulleted
    return body
