"""The reminder policy and the stages it gives an occurrence: pure functions over dates."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from flask import current_app
from sqlalchemy import select

from ..extensions import db
from ..workdays import WorkCalendar
from .models import ReminderPolicy


class Audience(enum.Flag):
    """Who a stage goes to."""

    LEAD = enum.auto()
    COOPERATING = enum.auto()
    OFFICE = enum.auto()
    LEADER = enum.auto()


@dataclass(frozen=True)
class Policy:
    """When reminders go: working days before, the due day, escalations after, then a repeat."""

    before_working_days: tuple[int, ...] = (7, 3, 1)
    on_due_day: bool = True
    office_after_working_days: int | None = 1
    leader_after_working_days: int | None = 3
    repeat_every_days: int | None = 7

    @classmethod
    def from_row(cls, row: ReminderPolicy) -> Policy:
        return cls(
            before_working_days=tuple(sorted(set(row.before_working_days), reverse=True)),
            on_due_day=row.on_due_day,
            office_after_working_days=row.office_after_working_days,
            leader_after_working_days=row.leader_after_working_days,
            repeat_every_days=row.repeat_every_days,
        )

    @classmethod
    def from_config(cls, settings: dict) -> Policy:
        return cls(**{**settings, "before_working_days": tuple(settings.get("before_working_days", (7, 3, 1)))})


@dataclass(frozen=True)
class Stage:
    """One announcement of an occurrence: its key, the day it is due and who gets it."""

    key: str
    on: date
    audience: Audience
    overdue: bool


def stages_between(
    policy: Policy, due_on: date, effective_due_on: date, since: date, until: date, calendar: WorkCalendar
) -> list[Stage]:
    """Every stage of an occurrence whose day falls after `since` and on or before `until`.

    Stages before the deadline count working days back from the effective deadline; a stage
    that would fall on a day off goes out on the working day before it. Escalations count
    working days after the effective deadline; the repeat runs every N days after the last
    escalation until the occurrence is done or its deadline moves (the deadline is in the key).
    """
    stages: list[Stage] = []
    first_before = max(policy.before_working_days, default=None)
    for days in policy.before_working_days:
        audience = Audience.LEAD | (Audience.COOPERATING if days == first_before else Audience(0))
        stages.append(Stage(f"before-{days}", calendar.add_working_days(effective_due_on, -days), audience, False))
    if policy.on_due_day:
        stages.append(Stage("due", calendar.previous_working_day(due_on), Audience.LEAD, False))
    last_escalation = None
    if policy.office_after_working_days:
        day = calendar.add_working_days(effective_due_on, policy.office_after_working_days)
        stages.append(Stage(f"after-{policy.office_after_working_days}", day, Audience.LEAD | Audience.OFFICE, True))
        last_escalation = day
    if policy.leader_after_working_days:
        day = calendar.add_working_days(effective_due_on, policy.leader_after_working_days)
        everyone = Audience.LEAD | Audience.OFFICE | Audience.LEADER
        stages.append(Stage(f"after-{policy.leader_after_working_days}", day, everyone, True))
        last_escalation = day
    if policy.repeat_every_days and last_escalation is not None:
        stages.extend(_repeats(policy.repeat_every_days, last_escalation, since, until, calendar))
    return [stage for stage in stages if since < stage.on <= until]


def _repeats(every: int, start: date, since: date, until: date, calendar: WorkCalendar) -> list[Stage]:
    """The repeats whose day can fall in the window; a years-late task costs a few, not hundreds."""
    everyone = Audience.LEAD | Audience.OFFICE | Audience.LEADER
    # A repeat moved to the working day before it is at most a couple of weeks early (Tết).
    first = max(1, (since - start).days // every - 2)
    last = (until - start).days // every
    return [
        Stage(f"repeat-{number}", calendar.previous_working_day(start + timedelta(days=every * number)), everyone, True)
        for number in range(first, last + 1)
    ]


def default_policy() -> Policy:
    """The stored default policy, else the one in config (REMINDER_POLICY)."""
    row = db.session.scalar(select(ReminderPolicy).where(ReminderPolicy.directive_id.is_(None)))
    if row is not None:
        return Policy.from_row(row)
    return Policy.from_config(current_app.config["REMINDER_POLICY"])


def policies_by_directive() -> dict[int, Policy]:
    """The overrides directives have, by directive id."""
    rows = db.session.scalars(select(ReminderPolicy).where(ReminderPolicy.directive_id.is_not(None)))
    return {row.directive_id: Policy.from_row(row) for row in rows}
