"""The state of occurrences on a past day ("as of"), rebuilt from what had been reported by then.

Rules (README, section "Tổng quan"):
- an occurrence existed on day D when its directive was issued on or before D (or bears no
  date) and, for a cycle, the cycle had started by D;
- it counts as done on D only if it was reported done on or before D (`done_on`, the date of
  the report that said so); a done report later withdrawn no longer counts, since the
  withdrawal corrects the record;
- otherwise it was "in progress" on D when some progress report was dated on or before D;
- its deadline is the one in force at the end of D, replayed from `deadline_changes`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, exists, func, literal, or_, select, type_coerce
from sqlalchemy.sql.elements import ColumnElement

from ..clock import local_zone
from ..tasks.models import ProgressUpdate, TaskOccurrence, WorkStatus
from ..tasks.states import STORED, StateColumns
from ..workflows.models import DeadlineChange


Day = date | ColumnElement[date]


def end_of(day: date) -> datetime:
    """The first moment after `day` in Vietnam: what was done before it was done by that day."""
    return datetime.combine(day + timedelta(days=1), time.min, local_zone())


def deadline_in_force_on(day: date, *, cutoff: datetime | ColumnElement[datetime] | None = None) -> ColumnElement[date]:
    """The effective deadline in force at the end of `day` (`cutoff`, its end), replayed from the
    deadline changes.

    The latest change made by the end of that day gives it; before any change, the first
    change's old deadline (the original); an occurrence never changed keeps its own.
    """
    cutoff = end_of(day) if cutoff is None else cutoff
    latest = (
        select(DeadlineChange.new_effective_due_on)
        .where(DeadlineChange.occurrence_id == TaskOccurrence.id, DeadlineChange.changed_at < cutoff)
        .order_by(DeadlineChange.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    original = (
        select(DeadlineChange.old_effective_due_on)
        .where(DeadlineChange.occurrence_id == TaskOccurrence.id)
        .order_by(DeadlineChange.id)
        .limit(1)
        .scalar_subquery()
    )
    # Few occurrences ever move; the others read their own column without the two probes.
    moved = TaskOccurrence.id.in_(select(DeadlineChange.occurrence_id))
    return case((moved, func.coalesce(latest, original, TaskOccurrence.effective_due_on)),
                else_=TaskOccurrence.effective_due_on)


def existed_on(day: Day) -> ColumnElement[bool]:
    """Whether an occurrence was being followed on `day`."""
    return or_(TaskOccurrence.followed_from.is_(None), TaskOccurrence.followed_from <= day)


def done_by(day: Day) -> ColumnElement[bool]:
    """Reported done on or before `day`."""
    return and_(TaskOccurrence.status == WorkStatus.DONE, TaskOccurrence.done_on <= day)


def settled_by(day: date) -> ColumnElement[bool]:
    """Done by the end of `day` under the deadline it still has: on that day its state was
    already its `outcome` (no deadline change since, which would leave it judged otherwise)."""
    changed_since = select(DeadlineChange.occurrence_id).where(DeadlineChange.changed_at >= end_of(day))
    return and_(done_by(day), TaskOccurrence.id.not_in(changed_since))


def columns_on(day: date, today: date, *, with_progress: bool = True) -> StateColumns:
    """The status, deadline and completion date of every occurrence as they stood on `day`.

    From today on, the stored columns. `with_progress=False` skips telling "in progress" from
    "pending" (a probe per row), for figures that only need open versus done.
    """
    if day >= today:
        return STORED
    return columns_at(day, end_of(day), with_progress=with_progress)


def columns_at(day: Day, cutoff: datetime | ColumnElement[datetime], *, with_progress: bool) -> StateColumns:
    """The replayed columns of a past `day` (a date, or a column of days with their `cutoff`)."""
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
    return StateColumns(status=status, effective_due_on=deadline_in_force_on(day, cutoff=cutoff), done_on=done_on)


def scope_on(day: date, today: date) -> ColumnElement[bool] | None:
    """The extra condition that keeps only what existed on a past day (None from today on)."""
    return existed_on(day) if day < today else None
