"""Teams a page reports set up together and known by their number ("Đoàn 1 phụ trách …. Đoàn 2 kiểm tra …. Đoàn 3
và đoàn 4 đảm nhiệm …"): the decision that sets them up gives each its part of one work, however the page breaks
its paragraphs. Their tasks are one clause, the first team's, and a team named again in a later paragraph ("Đoàn 4
do ông … làm trưởng đoàn, phụ trách …") has one task there (one task per clause and lead)."""

from __future__ import annotations

from .clauses import Body
from .draft import DraftTask
from .teams import NUMBERED
from .text import fold


def _numbered(task: DraftTask) -> bool:
    return NUMBERED.fullmatch(fold(task.lead_agency)) is not None


def teams_one_clause(body: Body, tasks: list[DraftTask]) -> list[DraftTask]:
    """On a headerless page, every numbered team's task in the clause of the first; a team's parts merged."""
    teams = [task for task in tasks if _numbered(task)]
    if not body.page or len({task.lead_agency for task in teams}) < 2:
        return tasks
    clause = teams[0].clause_number
    kept: list[DraftTask] = []
    first_of: dict[str, DraftTask] = {}
    for task in tasks:
        if not _numbered(task):
            kept.append(task)
        elif (base := first_of.get(task.lead_agency)) is None or (task.due_on, task.recurrence) not in \
                ((None, None), (base.due_on, base.recurrence)):
            task.clause = clause  # a part with its own time stays a task of its own
            first_of.setdefault(task.lead_agency, task)
            kept.append(task)
        else:
            base.summary = f"{base.summary}; {task.summary[:1].lower()}{task.summary[1:]}"
            base.text = f"{base.text} {task.text}".strip()
    return kept
