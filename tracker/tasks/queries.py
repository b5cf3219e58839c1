"""Reading occurrences for list pages: filters, visibility and eager loading in one query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.orm import contains_eager

from ..accounts.models import User
from ..accounts.permissions import task_visibility
from ..agencies.services import subtree_ids
from ..directives.models import Directive
from ..extensions import db
from .models import Task, TaskOccurrence, task_cooperating_agencies
from .states import STORED, StateColumns, TaskState, state_condition


@dataclass(frozen=True)
class OccurrenceFilters:
    """What a task list is narrowed to; every field is optional."""

    agency_id: int | None = None
    include_cooperating: bool = False
    state: TaskState | None = None
    directive_id: int | None = None
    due_from: date | None = None
    due_to: date | None = None


def occurrence_query(
    user: User, filters: OccurrenceFilters, today: date, soon_days: int, *, in_document_order: bool = False
) -> Select:
    """Occurrences the user may see that match the filters, earliest deadline first
    (or in the order of the directive's clauses)."""
    query = (
        select(TaskOccurrence)
        .join(TaskOccurrence.task)
        .join(Task.directive)
        .options(
            # A list shows neither the directive's full text nor the clause's: not read per row.
            contains_eager(TaskOccurrence.task).defer(Task.clause_text),
            contains_eager(TaskOccurrence.task).contains_eager(Task.directive).defer(Directive.full_text),
            contains_eager(TaskOccurrence.task).selectinload(Task.lead_agency),
        )
    )
    query = apply_filters(query, user, filters, today, soon_days)
    if in_document_order:
        return query.order_by(Task.position, TaskOccurrence.scheduled_on, TaskOccurrence.id)
    # NULLS LAST, as a B-tree keeps them: an agency's list walks its (lead agency, deadline) index.
    return query.order_by(
        TaskOccurrence.due_on.asc().nulls_last(), TaskOccurrence.directive_id, Task.position, TaskOccurrence.id
    )


def occurrence_count(user: User, filters: OccurrenceFilters, today: date, soon_days: int) -> int:
    """How many visible occurrences match the filters: counted on the occurrences alone, without
    the joins a page of them needs for display."""
    query = select(func.count()).select_from(TaskOccurrence)
    return db.session.scalar(apply_filters(query, user, filters, today, soon_days))


def count_by_state(user: User, filters: OccurrenceFilters, today: date, soon_days: int) -> dict[TaskState, int]:
    """How many visible occurrences are in each state, in one aggregate query."""
    columns = [
        func.count(TaskOccurrence.id).filter(state_condition(state, today, soon_days)).label(state.name)
        for state in TaskState
    ]
    row = db.session.execute(apply_filters(select(*columns).select_from(TaskOccurrence), user, filters, today,
                                           soon_days)).one()
    return {state: getattr(row, state.name) for state in TaskState}


def apply_filters(
    query: Select, user: User, filters: OccurrenceFilters, today: date, soon_days: int, columns: StateColumns = STORED
) -> Select:
    """Narrow a query over occurrences (`columns`: the state as stored, or as it stood on a past
    day). Only the occurrence's own columns are used, so a count needs no join to its task."""
    query = query.where(TaskOccurrence.informational == false())
    visibility = task_visibility(user, of=TaskOccurrence)
    if visibility is not None:
        query = query.where(visibility)
    if filters.agency_id is not None:
        agencies = subtree_ids(filters.agency_id)
        involved = TaskOccurrence.lead_agency_id.in_(agencies)
        if filters.include_cooperating:
            cooperating = select(task_cooperating_agencies.c.task_id).where(
                task_cooperating_agencies.c.agency_id.in_(agencies)
            )
            involved = or_(involved, TaskOccurrence.task_id.in_(cooperating))
        query = query.where(involved)
    if filters.state is not None:
        query = query.where(state_condition(filters.state, today, soon_days, columns))
    if filters.directive_id is not None:
        query = query.where(TaskOccurrence.directive_id == filters.directive_id)
    if filters.due_from is not None:
        query = query.where(TaskOccurrence.due_on >= filters.due_from)
    if filters.due_to is not None:
        query = query.where(TaskOccurrence.due_on <= filters.due_to)
    return query


def listing(user: User, filters: OccurrenceFilters, today: date, soon_days: int, *, in_document_order: bool = False):
    """The occurrences of a page and their counts by state, for pages that show both."""
    query = occurrence_query(user, filters, today, soon_days, in_document_order=in_document_order)
    return db.session.scalars(query).all(), count_by_state(user, filters, today, soon_days)
