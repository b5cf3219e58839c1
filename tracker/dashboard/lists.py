"""Lists of occurrences as plain rows (for the overdue list, the reports and the exports)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from ..accounts.models import User
from ..agencies.models import Agency
from ..directives.models import Directive, directive_title
from ..extensions import db
from ..tasks.models import LIST_ORDER, ProgressUpdate, Task, TaskOccurrence, WorkStatus
from ..tasks.recurrence import period_label
from ..tasks.states import TaskState, compute_state
from .services import View, scoped


@dataclass(frozen=True)
class OccurrenceRow:
    """One occurrence as a list shows it, with its state and last update on the view's day."""

    occurrence_id: int
    task_id: int
    directive_id: int
    directive_title: str
    clause: str
    summary: str
    period: str
    lead_agency_id: int
    lead_agency: str
    due_on: date | None
    deadline: date | None  # in force, moved off days off
    state: TaskState
    done_on: date | None
    days_late: int | None
    last_reported_on: date | None
    last_note: str | None
    percent: int | None


def last_update_id(day: date):
    """The id of an occurrence's latest progress report dated on or before `day` (correlated)."""
    return (
        select(ProgressUpdate.id)
        .where(ProgressUpdate.occurrence_id == TaskOccurrence.id, ProgressUpdate.reported_on <= day)
        .order_by(ProgressUpdate.reported_on.desc(), ProgressUpdate.created_at.desc(), ProgressUpdate.id.desc())
        .limit(1)
        .correlate(TaskOccurrence)
        .scalar_subquery()
    )


def rows_query(user: User, view: View, *, most_late_first: bool = False, limit: int | None = None,
               offset: int = 0) -> Select:
    """The occurrences of the view with everything a row shows, in one statement.

    With a limit, the page's occurrences are chosen first and only they are joined to their
    last progress report, so a first page costs the same however long the list is.
    """
    columns = view.columns()
    # Chosen from the occurrences' own columns (ties within a directive by task, which is its
    # clause order), a page needs no join over the whole list.
    if most_late_first:
        order = [columns.effective_due_on, TaskOccurrence.directive_id, TaskOccurrence.task_id, TaskOccurrence.id]
    else:
        order = list(LIST_ORDER)
    if limit is not None:
        page = scoped(select(TaskOccurrence.id), user, view)
        page = page.order_by(*order).limit(limit).offset(offset)
        return _row_columns(view, columns, user=None).where(TaskOccurrence.id.in_(page.scalar_subquery())).order_by(*order)
    return _row_columns(view, columns, user=user).order_by(*order)


def _row_columns(view: View, columns, *, user: User | None) -> Select:
    """Select a row's columns; with a user, narrowed by the view's filters and visibility."""
    last = aliased(ProgressUpdate, name="last_update")
    query = select(
        TaskOccurrence.id.label("occurrence_id"),
        Task.id.label("task_id"),
        Directive.id.label("directive_id"),
        Directive.symbol,
        Directive.kind,
        Task.clause,
        Task.summary,
        Task.recurrence,
        TaskOccurrence.scheduled_on,
        Task.lead_agency_id,
        Agency.short_name.label("lead_agency"),
        TaskOccurrence.due_on,
        columns.effective_due_on.label("deadline"),
        columns.status.label("status"),
        columns.done_on.label("done_on"),
        last.reported_on.label("last_reported_on"),
        last.note.label("last_note"),
        last.percent.label("percent"),
    )
    if user is not None:
        query = scoped(query, user, view, with_tasks=True)
    else:
        query = query.select_from(TaskOccurrence).join(TaskOccurrence.task).join(Task.directive)
    return query.join(Agency, Agency.id == Task.lead_agency_id).outerjoin(last, last.id == last_update_id(view.day))


def count_query(user: User, view: View) -> Select:
    """How many occurrences the view holds."""
    return scoped(select(func.count(TaskOccurrence.id)), user, view)


def to_row(row, view: View) -> OccurrenceRow:
    """A result row as an OccurrenceRow; the state comes from compute_state."""
    status = row.status if isinstance(row.status, WorkStatus) else WorkStatus(row.status)
    state = compute_state(
        status=status, effective_due_on=row.deadline, done_on=row.done_on, today=view.day, soon_days=view.soon_days
    )
    return OccurrenceRow(
        occurrence_id=row.occurrence_id,
        task_id=row.task_id,
        directive_id=row.directive_id,
        directive_title=directive_title(row.symbol, row.kind),
        clause=row.clause,
        summary=row.summary,
        period=period_label(row.recurrence, row.scheduled_on) if row.recurrence and row.scheduled_on else "",
        lead_agency_id=row.lead_agency_id,
        lead_agency=row.lead_agency,
        due_on=row.due_on,
        deadline=row.deadline,
        state=state,
        done_on=row.done_on,
        days_late=(view.day - row.deadline).days if state is TaskState.OVERDUE else None,
        last_reported_on=row.last_reported_on,
        last_note=row.last_note,
        percent=row.percent,
    )


def occurrence_rows(user: User, view: View, *, limit: int | None = None, offset: int = 0,
                    most_late_first: bool = False) -> list[OccurrenceRow]:
    """The rows of a list page or an export."""
    query = rows_query(user, view, most_late_first=most_late_first, limit=limit, offset=offset)
    return [to_row(row, view) for row in db.session.execute(query)]


def overdue_page(user: User, view: View, *, page: int, per_page: int) -> tuple[list[OccurrenceRow], int]:
    """One page of the overdue list (most days late first) and how many are overdue in all."""
    overdue = view.with_state(TaskState.OVERDUE)
    total = db.session.scalar(count_query(user, overdue))
    rows = occurrence_rows(user, overdue, limit=per_page, offset=(page - 1) * per_page, most_late_first=True)
    return rows, total
