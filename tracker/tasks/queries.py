"""Reading occurrences for list pages: filters, visibility and eager loading in one query."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.orm import contains_eager

from ..accounts.models import User
from ..accounts.permissions import task_visibility
from ..agencies.services import subtree_ids
from ..directives.models import Directive
from ..extensions import db
from ..sqlhints import in_values_of
from .models import LIST_ORDER, Task, TaskOccurrence, WorkStatus, task_cooperating_agencies
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


class ListOrder(enum.Enum):
    DEADLINE = "deadline"  # earliest deadline first, duties with none last (LIST_ORDER)
    DOCUMENT = "document"  # in the order of the directive's clauses, each task's periods in turn
    OPEN_FIRST = "open first"  # unfinished work first, each part by deadline


@dataclass(frozen=True)
class Page:
    """One page of a list: its rows, which page it is, and how many rows the whole list holds."""

    items: list
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def occurrence_page(
    user: User, filters: OccurrenceFilters, today: date, soon_days: int, order: ListOrder, *,
    page: int, per_page: int, total: int,
) -> Page:
    """A page of the occurrences the user may see that match the filters, in the order asked.

    The page's occurrences are chosen from their own columns and indexes first; only those are
    then joined to their tasks and directives, so a page costs the same however long the list.
    """
    page = max(page, 1)
    chosen = apply_filters(select(TaskOccurrence.id), user, filters, today, soon_days)
    if order is ListOrder.DOCUMENT:
        chosen = chosen.join(TaskOccurrence.task)
    keys = _ORDER_KEYS[order]
    chosen = chosen.order_by(*keys).limit(per_page).offset((page - 1) * per_page)
    query = (
        select(TaskOccurrence)
        .join(TaskOccurrence.task)
        .join(Task.directive)
        .where(TaskOccurrence.id.in_(chosen.scalar_subquery()))
        .order_by(*keys)
        .options(
            # A list shows neither the directive's full text nor the clause's: not read per row.
            contains_eager(TaskOccurrence.task).defer(Task.clause_text),
            contains_eager(TaskOccurrence.task).contains_eager(Task.directive).defer(Directive.full_text),
            contains_eager(TaskOccurrence.task).selectinload(Task.lead_agency),
        )
    )
    return Page(db.session.scalars(query).all(), page, per_page, total)


_ORDER_KEYS = {
    ListOrder.DEADLINE: LIST_ORDER,
    ListOrder.DOCUMENT: (Task.position, TaskOccurrence.scheduled_on, TaskOccurrence.id),
    ListOrder.OPEN_FIRST: (TaskOccurrence.status == WorkStatus.DONE, *LIST_ORDER),
}


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
            involved = or_(involved, in_values_of(TaskOccurrence.task_id, cooperating))
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


def listing(user: User, filters: OccurrenceFilters, today: date, soon_days: int, order: ListOrder, *,
            page: int = 1, per_page: int | None = None) -> tuple[Page, dict[TaskState, int]]:
    """A page of the occurrences (all of them without `per_page`) and their counts by state,
    for pages that show both; the counts give the total, so it is not counted twice."""
    counts = count_by_state(user, filters, today, soon_days)
    total = sum(counts.values())
    occurrences = occurrence_page(user, filters, today, soon_days, order, page=page,
                                  per_page=per_page or max(total, 1), total=total)
    return occurrences, counts
