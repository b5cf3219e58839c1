"""The Vietnamese task states, computed from dates in this one place for every page."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, or_
from sqlalchemy.sql.elements import ColumnElement

from ..sqlhints import rarely
from .models import TaskOccurrence, WorkStatus


class TaskState(enum.StrEnum):
    """How offices count a task: by its deadline in force, its status and the day it was done."""

    NOT_YET_DUE = "chua-den-han"
    DUE_SOON = "sap-den-han"
    IN_PROGRESS = "dang-thuc-hien"
    OVERDUE = "qua-han"
    DONE_ON_TIME = "hoan-thanh-dung-han"
    DONE_LATE = "hoan-thanh-qua-han"

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


# Iterating an Enum class is slow; the dashboard does it per agency and directive.
ALL_STATES: tuple[TaskState, ...] = tuple(TaskState)

OPEN_STATUSES = (WorkStatus.PENDING, WorkStatus.IN_PROGRESS, WorkStatus.REPORTED)
# Reported done but not yet confirmed still counts as work in progress.
WORKING_STATUSES = (WorkStatus.IN_PROGRESS, WorkStatus.REPORTED)

STATE_LABELS = {
    TaskState.NOT_YET_DUE: "Chưa đến hạn",
    TaskState.DUE_SOON: "Sắp đến hạn",
    TaskState.IN_PROGRESS: "Đang thực hiện",
    TaskState.OVERDUE: "Quá hạn",
    TaskState.DONE_ON_TIME: "Hoàn thành đúng hạn",
    TaskState.DONE_LATE: "Hoàn thành quá hạn",
}


def compute_state(
    *,
    status: WorkStatus,
    effective_due_on: date | None,
    done_on: date | None,
    today: date,
    soon_days: int,
) -> TaskState:
    """The state of one occurrence on `today`.

    `effective_due_on` is the deadline in force, already moved off days off where the
    setting says so; a task done on that day is on time. A duty with no deadline is
    ongoing: in progress until reported done, and never late.
    """
    if status is WorkStatus.DONE:
        if effective_due_on is None or (done_on is not None and done_on <= effective_due_on):
            return TaskState.DONE_ON_TIME
        return TaskState.DONE_LATE
    if effective_due_on is None:
        return TaskState.IN_PROGRESS
    if today > effective_due_on:
        return TaskState.OVERDUE
    if effective_due_on - today <= timedelta(days=soon_days):
        return TaskState.DUE_SOON
    if status in WORKING_STATUSES:
        return TaskState.IN_PROGRESS
    return TaskState.NOT_YET_DUE


def occurrence_state(occurrence: TaskOccurrence, today: date, soon_days: int) -> TaskState:
    """compute_state for a stored occurrence."""
    return compute_state(
        status=occurrence.status,
        effective_due_on=occurrence.effective_due_on,
        done_on=occurrence.done_on,
        today=today,
        soon_days=soon_days,
    )


@dataclass(frozen=True)
class StateColumns:
    """The three SQL expressions a state is computed from: the stored columns, or their
    values on a past day (tracker/dashboard/history.py builds those from the history)."""

    status: Any
    effective_due_on: Any
    done_on: Any


STORED = StateColumns(TaskOccurrence.status, TaskOccurrence.effective_due_on, TaskOccurrence.done_on)


def state_case(today: date, soon_days: int, columns: StateColumns = STORED) -> ColumnElement[str]:
    """The state of each occurrence as one SQL CASE, in compute_state's order (for grouping)."""
    status, due, done_on = columns.status, columns.effective_due_on, columns.done_on
    return case(
        (and_(status == WorkStatus.DONE, or_(due.is_(None), done_on <= due)), TaskState.DONE_ON_TIME.value),
        (status == WorkStatus.DONE, TaskState.DONE_LATE.value),
        (due.is_(None), TaskState.IN_PROGRESS.value),
        (due < today, TaskState.OVERDUE.value),
        (due <= today + timedelta(days=soon_days), TaskState.DUE_SOON.value),
        (status.in_(WORKING_STATUSES), TaskState.IN_PROGRESS.value),
        else_=TaskState.NOT_YET_DUE.value,
    )


def state_condition(
    state: TaskState, today: date | ColumnElement[date], soon_days: int, columns: StateColumns = STORED
) -> ColumnElement[bool]:
    """The SQL condition selecting occurrences in `state`; mirrors compute_state exactly.

    `today` may be a SQL expression (a column of days, for the weekly chart).
    """
    status, due, done_on = columns.status, columns.effective_due_on, columns.done_on
    done = status == WorkStatus.DONE
    # Written as the open statuses (not "!= done") so the index of open work serves it; open
    # work is a small part of a province's history (tracker/sqlhints.py).
    open_ = rarely(status.in_(OPEN_STATUSES))
    match state:
        case TaskState.DONE_ON_TIME:
            return and_(done, or_(due.is_(None), done_on <= due))
        case TaskState.DONE_LATE:
            return and_(done, due.is_not(None), or_(done_on.is_(None), done_on > due))
        case TaskState.OVERDUE:
            return and_(open_, due < today)
    soon_limit = today + timedelta(days=soon_days)
    match state:
        case TaskState.DUE_SOON:
            return and_(open_, due >= today, due <= soon_limit)
        case TaskState.IN_PROGRESS:
            return and_(open_, or_(due.is_(None), and_(due > soon_limit, status.in_(WORKING_STATUSES))))
        case _:
            return and_(status == WorkStatus.PENDING, due > soon_limit)
