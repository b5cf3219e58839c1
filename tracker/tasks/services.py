"""The rules of tasks: creating them with their occurrences, and recording progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..accounts.models import User
from ..agencies.models import Agency
from ..directives.models import Directive
from ..extensions import db
from ..workdays import WorkCalendar, current_calendar, effective_deadline
from .models import ProgressUpdate, Task, TaskOccurrence, UpdateKind, WorkStatus
from .recurrence import occurrence_dates, parse_rule


class ProgressError(ValueError):
    """A progress update that cannot be recorded; the message is for the user, in Vietnamese."""


@dataclass(frozen=True)
class NewTask:
    """What a task is made of, before it is saved."""

    clause: str
    summary: str
    lead_agency: Agency
    clause_text: str = ""
    cooperating_agencies: tuple[Agency, ...] = ()
    due_on: date | None = None
    due_text: str | None = None
    recurrence: str | None = None
    recurrence_starts_on: date | None = None
    target: str | None = None
    informational: bool = False


def add_task(directive: Directive, new: NewTask, today: date, calendar: WorkCalendar | None = None) -> Task:
    """Add a task to a directive with its occurrences up to `today`'s horizon."""
    if new.recurrence is not None:
        starts_on = new.recurrence_starts_on or directive.issued_on
        if starts_on is None:
            raise ValueError("Chu kỳ cần ngày bắt đầu khi văn bản không có ngày ban hành.")
        parse_rule(new.recurrence, starts_on)  # refuse a bad rule before anything is written
    else:
        starts_on = None
    task = Task(
        directive=directive,
        position=len(directive.tasks),
        clause=new.clause,
        summary=new.summary,
        clause_text=new.clause_text,
        lead_agency=new.lead_agency,
        cooperating_agencies=list(new.cooperating_agencies),
        due_on=None if new.recurrence else new.due_on,
        due_text=new.due_text,
        recurrence=new.recurrence,
        recurrence_starts_on=starts_on,
        target=new.target,
        informational=new.informational,
    )
    db.session.add(task)
    sync_occurrences(task, today, calendar)
    return task


def sync_occurrences(task: Task, today: date, calendar: WorkCalendar | None = None) -> int:
    """Create the occurrences a task should have by `today`; returns how many were added.

    A one-off task has exactly one occurrence. A cyclic one has one per period, up to the
    end of its cycle or, when open-ended, up to the first period after today.
    """
    calendar = calendar or current_calendar()
    existing = {occurrence.scheduled_on for occurrence in task.occurrences}
    if task.recurrence is None:
        wanted = [task.due_on] if not task.occurrences else []
    else:
        wanted = [
            day
            for day in occurrence_dates(task.recurrence, task.recurrence_starts_on, today)
            if day not in existing
        ]
    for scheduled_on in wanted:
        task.occurrences.append(
            TaskOccurrence(
                scheduled_on=scheduled_on,
                due_on=scheduled_on,
                effective_due_on=effective_deadline(scheduled_on, calendar=calendar),
                status=WorkStatus.PENDING,
                percent=0,
            )
        )
    return len(wanted)


def extend_recurring_tasks(today: date) -> int:
    """Roll every open-ended cycle forward so its next period exists; returns occurrences added."""
    # Their periods and directives are read here in bulk: sync_occurrences reads the former, and
    # each new occurrence copies its directive's issue date.
    tasks = db.session.scalars(
        select(Task).where(Task.recurrence.is_not(None)).options(selectinload(Task.occurrences), selectinload(Task.directive))
    ).all()
    calendar = current_calendar()
    return sum(sync_occurrences(task, today, calendar) for task in tasks)


def record_progress(
    occurrence: TaskOccurrence,
    *,
    author: User | None,
    status: WorkStatus,
    percent: int,
    reported_on: date,
    note: str,
    today: date,
    kind: UpdateKind = UpdateKind.PROGRESS,
) -> ProgressUpdate:
    """Record what an agency reports; the occurrence takes the new status and dates.

    Refused, with nothing written, when the note is empty, the date is in the future or
    before the directive was issued, or the percentage is out of range.
    """
    note = (note or "").strip()
    if not note:
        raise ProgressError("Nội dung báo cáo không được để trống.")
    if reported_on > today:
        raise ProgressError("Ngày báo cáo không được sau ngày hôm nay.")
    issued_on = occurrence.task.directive.issued_on
    if issued_on is not None and reported_on < issued_on:
        raise ProgressError("Ngày báo cáo không được trước ngày ban hành văn bản.")
    if not 0 <= percent <= 100:
        raise ProgressError("Tỷ lệ hoàn thành phải từ 0 đến 100%.")
    if status is WorkStatus.DONE:
        percent = 100
    update = ProgressUpdate(
        occurrence=occurrence,
        author=author,
        kind=kind,
        status=status,
        percent=percent,
        reported_on=reported_on,
        note=note,
    )
    if kind is not UpdateKind.CONTRIBUTION:  # a cooperating agency's note changes nothing else
        occurrence.status = status
        occurrence.percent = percent
        occurrence.done_on = reported_on if status is WorkStatus.DONE else None
    db.session.add(update)
    return update


def current_occurrence(task: Task, today: date) -> TaskOccurrence | None:
    """The occurrence a task page opens on: the earliest one not done, else the latest."""
    open_ones = [o for o in task.occurrences if o.status is not WorkStatus.DONE]
    due_by_now = [o for o in open_ones if o.scheduled_on is None or o.scheduled_on <= today]
    if due_by_now:
        return due_by_now[0]
    if open_ones:
        return open_ones[0]
    return task.occurrences[-1] if task.occurrences else None


def refresh_effective_deadlines(due_from: date, due_to: date, calendar: WorkCalendar) -> int:
    """Recompute the effective deadline of open occurrences due in a range after the calendar changed."""
    occurrences = db.session.scalars(
        select(TaskOccurrence).where(
            TaskOccurrence.status != WorkStatus.DONE,
            TaskOccurrence.due_on >= due_from,
            TaskOccurrence.due_on <= due_to,
        )
    ).all()
    changed = 0
    for occurrence in occurrences:
        effective = effective_deadline(occurrence.due_on, calendar=calendar)
        if effective != occurrence.effective_due_on:
            occurrence.effective_due_on = effective
            changed += 1
    return changed
