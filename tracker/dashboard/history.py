"""The state of occurrences on a past day ("as of"), rebuilt from what had been reported by then.

Rules (README, section "Tổng quan"):
- an occurrence existed on day D when its directive was issued on or before D (or bears no
  date) and, for a cycle, the cycle had started by D;
- it counts as done on D only if it was reported done on or before D (`done_on`, the date of
  the report that said so); a done report later withdrawn no longer counts, since the
  withdrawal corrects the record;
- otherwise it was "in progress" on D when some progress report was dated on or before D;
- its deadline is the one in force on D: `deadline_in_force_on` (one function to swap).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, case, exists, literal, or_, select, type_coerce
from sqlalchemy.sql.elements import ColumnElement

from ..directives.models import Directive
from ..tasks.models import ProgressUpdate, Task, TaskOccurrence, WorkStatus
from ..tasks.states import STORED, StateColumns


def deadline_in_force_on(day: date) -> ColumnElement[date]:
    """The deadline in force on `day`, moved off days off.

    Assumption: deadline changes are not recorded yet (extension requests arrive with the
    issue "Roles, workflows and audit"), so the deadline in force today is taken as the one
    in force on every past day. When a deadline-change table exists, this returns the latest
    change approved on or before `day` (else the original deadline); nothing else changes.
    """
    return TaskOccurrence.effective_due_on


def existed_on(day: date) -> ColumnElement[bool]:
    """Whether an occurrence (joined to its task and directive) was being followed on `day`."""
    return and_(
        or_(Directive.issued_on.is_(None), Directive.issued_on <= day),
        or_(Task.recurrence_starts_on.is_(None), Task.recurrence_starts_on <= day),
    )


def done_by(day: date) -> ColumnElement[bool]:
    """Reported done on or before `day`."""
    return and_(TaskOccurrence.status == WorkStatus.DONE, TaskOccurrence.done_on <= day)


def columns_on(day: date, today: date, *, with_progress: bool = True) -> StateColumns:
    """The status, deadline and completion date of every occurrence as they stood on `day`.

    From today on, the stored columns. `with_progress=False` skips telling "in progress" from
    "pending" (a probe per row), for figures that only need open versus done.
    """
    if day >= today:
        return STORED
    branches = [(done_by(day), literal(WorkStatus.DONE.value))]
    if with_progress:
        reported = exists(
            select(ProgressUpdate.id).where(
                ProgressUpdate.occurrence_id == TaskOccurrence.id, ProgressUpdate.reported_on <= day
            )
        )
        branches.append((reported, literal(WorkStatus.IN_PROGRESS.value)))
    status = type_coerce(case(*branches, else_=literal(WorkStatus.PENDING.value)), TaskOccurrence.status.type)
    done_on = case((done_by(day), TaskOccurrence.done_on), else_=None)
    return StateColumns(status=status, effective_due_on=deadline_in_force_on(day), done_on=done_on)


def scope_on(day: date, today: date) -> ColumnElement[bool] | None:
    """The extra condition that keeps only what existed on a past day (None from today on)."""
    return existed_on(day) if day < today else None
