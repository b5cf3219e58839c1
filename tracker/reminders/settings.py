"""Changing what reminders depend on: the policy rows and the calendar days."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from ..directives.models import Directive
from ..extensions import db
from ..tasks.services import refresh_effective_deadlines
from ..workdays import current_calendar
from ..workdays.models import CalendarDay
from .models import ReminderPolicy
from .policy import Policy, default_policy, policies_by_directive

# A deadline moved by a day off moves at most past a long holiday (Tết).
ROLL_REACH = timedelta(days=15)


def current_policy(directive: Directive | None) -> Policy:
    """The policy in force for a directive (its override, else the default)."""
    if directive is not None:
        override = policies_by_directive().get(directive.id)
        if override is not None:
            return override
    return default_policy()


def fill_form(form, policy: Policy) -> None:
    form.before_working_days.data = ", ".join(str(days) for days in policy.before_working_days)
    form.on_due_day.data = policy.on_due_day
    form.office_after_working_days.data = policy.office_after_working_days
    form.leader_after_working_days.data = policy.leader_after_working_days
    form.repeat_every_days.data = policy.repeat_every_days


def save_policy(directive: Directive | None, form) -> ReminderPolicy:
    """Store the form as the default policy, or as the directive's override."""
    query = select(ReminderPolicy).where(
        ReminderPolicy.directive_id == directive.id if directive else ReminderPolicy.directive_id.is_(None)
    )
    row = db.session.scalar(query) or ReminderPolicy(directive=directive)
    row.before_working_days = form.before_working_days.days
    row.on_due_day = form.on_due_day.data
    row.office_after_working_days = form.office_after_working_days.data
    row.leader_after_working_days = form.leader_after_working_days.data
    row.repeat_every_days = form.repeat_every_days.data
    db.session.add(row)
    return row


def set_calendar_day(day: date, is_day_off: bool, note: str) -> str | None:
    """Add or change a calendar day; returns a Vietnamese error, or None when done."""
    if not is_day_off and day.weekday() < 5:
        return "Ngày làm việc bù phải là thứ Bảy hoặc Chủ nhật."
    row = db.session.scalar(select(CalendarDay).where(CalendarDay.day == day)) or CalendarDay(day=day)
    row.is_day_off, row.note = is_day_off, note or ""
    db.session.add(row)
    db.session.flush()
    refresh_effective_deadlines(day - ROLL_REACH, day, current_calendar())
    return None


def remove_calendar_day(row: CalendarDay) -> None:
    day = row.day
    db.session.delete(row)
    db.session.flush()
    refresh_effective_deadlines(day - ROLL_REACH, day, current_calendar())
