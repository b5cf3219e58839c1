"""Vietnamese working days: weekends and public holidays (Tết included) are days off."""

from datetime import date, timedelta
from functools import lru_cache

import holidays
from flask import current_app, has_app_context


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> frozenset[date]:
    # The `holidays` package follows the government's yearly decisions, substituted days included.
    return frozenset(holidays.Vietnam(years=year))


def is_day_off(day: date) -> bool:
    """Saturday, Sunday or a public holiday."""
    return day.weekday() >= 5 or day in _public_holidays(day.year)


def next_working_day(day: date) -> date:
    """The day itself if it is a working day, else the first working day after it."""
    while is_day_off(day):
        day += timedelta(days=1)
    return day


def deadline_rolls() -> bool:
    """Whether a deadline on a day off moves to the next working day (setting, default on)."""
    if has_app_context():
        return bool(current_app.config.get("DEADLINE_ROLLS_TO_WORKING_DAY", True))
    return True


def effective_deadline(due_on: date | None, roll: bool | None = None) -> date | None:
    """The last day a task can be done on time (Civil Code 2015, art. 148)."""
    if due_on is None:
        return None
    if roll is None:
        roll = deadline_rolls()
    return next_working_day(due_on) if roll else due_on


def add_working_days(start: date, days: int) -> date:
    """The day that ends a period of `days` working days counted from the day after `start`."""
    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if not is_day_off(day):
            counted += 1
    return day
