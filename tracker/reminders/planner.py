"""Deciding what a run on a given day announces, without writing anything (also the dry run)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from ..directives.models import Directive, directive_title
from ..extensions import db
from ..tasks.models import Task, TaskOccurrence, WorkStatus, task_cooperating_agencies
from ..workdays import WorkCalendar, current_calendar
from .models import Delivery, DeliveryKind
from .policy import Audience, Policy, default_policy, policies_by_directive, stages_between
from .recipients import AddressBook

# The furthest a "before" stage can reach ahead of a deadline, in calendar days (7 working days
# around Tết span more than two weeks).
LOOKAHEAD_DAYS = 45


@dataclass(frozen=True)
class DigestLine:
    """One task occurrence as a digest shows it."""

    occurrence_id: int
    task_id: int
    directive_title: str
    clause: str
    summary: str
    due_on: date
    days_left: int  # negative when late
    lead_agency_id: int = 0

    @property
    def section(self) -> str:
        if self.days_left < 0:
            return "overdue"
        return "due_today" if self.days_left == 0 else "upcoming"


@dataclass(frozen=True)
class Announcement:
    """One stage of one occurrence for one recipient."""

    recipient: str
    stage: str
    stage_on: date
    due_on: date
    line: DigestLine


@dataclass
class Plan:
    """What a run announces, grouped by recipient, and the occurrences nobody can be told about."""

    day: date
    by_recipient: dict[str, list[Announcement]] = field(default_factory=lambda: defaultdict(list))
    unreachable: list[DigestLine] = field(default_factory=list)

    @property
    def announcement_count(self) -> int:
        return sum(len(items) for items in self.by_recipient.values())


def plan_run(day: date, catch_up_days: int, calendar: WorkCalendar | None = None) -> Plan:
    """Every stage due on `day` or in the `catch_up_days` before it that is not yet announced."""
    calendar = calendar or current_calendar()
    since = day - timedelta(days=catch_up_days)
    plan = Plan(day)
    book = AddressBook.load()
    default, overrides = default_policy(), policies_by_directive()
    titles = _directive_titles()
    cooperating = _cooperating_by_task()
    announced = _announced_since(since)
    # Occurrences share deadlines by the hundred: each policy and deadline is worked out once.
    stages_of: dict[tuple, list] = {}
    for row in db.session.execute(_open_occurrences(day)):
        policy: Policy = overrides.get(row.directive_id, default)
        key = (policy, row.due_on, row.effective_due_on)
        if key not in stages_of:
            stages_of[key] = stages_between(policy, row.due_on, row.effective_due_on, since, day, calendar)
        stages = stages_of[key]
        if not stages:
            continue
        line = DigestLine(
            row.id, row.task_id, titles[row.directive_id], row.clause, row.summary, row.due_on,
            (row.effective_due_on - day).days, row.lead_agency_id,
        )
        parties = _parties(row, cooperating)
        # The lead agency must hear of its own task; that others (the office) do is not enough.
        if not book.recipients(Audience.LEAD, **parties):
            plan.unreachable.append(line)
        for stage in stages:
            for recipient in book.recipients(stage.audience, **parties):
                if (row.id, recipient, stage.key, row.due_on) not in announced:
                    plan.by_recipient[recipient].append(Announcement(recipient, stage.key, stage.on, row.due_on, line))
    return plan


def _parties(row, cooperating: dict[int, list[int]]) -> dict:
    return {
        "lead_id": row.lead_agency_id,
        "cooperating_ids": cooperating.get(row.task_id, []),
        "directive_id": row.directive_id,
        "officer_id": row.officer_id,
    }


def _open_occurrences(day: date):
    return (
        select(
            TaskOccurrence.id, TaskOccurrence.task_id, TaskOccurrence.due_on, TaskOccurrence.effective_due_on,
            Task.clause, Task.summary, Task.lead_agency_id, Task.directive_id, Task.officer_id,
        )
        .join(TaskOccurrence.task)
        .where(
            # A completion awaiting confirmation pauses the reminders; a return resumes them.
            TaskOccurrence.status.not_in([WorkStatus.DONE, WorkStatus.REPORTED]),
            TaskOccurrence.effective_due_on.is_not(None),
            TaskOccurrence.effective_due_on <= day + timedelta(days=LOOKAHEAD_DAYS),
            Task.informational.is_(False),
        )
        .order_by(TaskOccurrence.effective_due_on, TaskOccurrence.id)
    )


def _directive_titles() -> dict[int, str]:
    rows = db.session.execute(select(Directive.id, Directive.symbol, Directive.kind))
    return {directive_id: directive_title(symbol, kind) for directive_id, symbol, kind in rows}


def _cooperating_by_task() -> dict[int, list[int]]:
    pairs = defaultdict(list)
    for task_id, agency_id in db.session.execute(select(task_cooperating_agencies)):
        pairs[task_id].append(agency_id)
    return pairs


def _announced_since(since: date) -> set[tuple]:
    rows = db.session.execute(
        select(Delivery.occurrence_id, Delivery.recipient, Delivery.stage, Delivery.due_on).where(
            Delivery.kind == DeliveryKind.REMINDER, Delivery.stage_on > since
        )
    )
    return {tuple(row) for row in rows}
