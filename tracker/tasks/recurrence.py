"""Cyclic duties: an RFC 5545 RRULE and its start give one due date per period."""

from __future__ import annotations

from datetime import date, datetime

from dateutil.rrule import rrule, rrulestr

SUPPORTED_FREQUENCIES = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}


class RecurrenceError(ValueError):
    """A rule that cannot be read; the message is for the user, in Vietnamese."""


def parse_rule(rule: str, starts_on: date) -> rrule:
    """Read an RRULE (without the "RRULE:" prefix) starting on `starts_on`."""
    if rule_fields(rule).get("FREQ") not in SUPPORTED_FREQUENCIES:
        raise RecurrenceError(f"Chu kỳ không được hỗ trợ: {rule!r}.")
    try:
        parsed = rrulestr(f"RRULE:{rule}", dtstart=datetime.combine(starts_on, datetime.min.time()))
    except (ValueError, TypeError) as error:
        raise RecurrenceError(f"Chu kỳ không hợp lệ: {rule!r}.") from error
    return parsed


def rule_fields(rule: str) -> dict[str, str]:
    """The NAME=VALUE parts of an RRULE, names upper-cased."""
    return {
        name.strip().upper(): value.strip().upper()
        for name, _, value in (part.partition("=") for part in rule.split(";"))
        if value
    }


def occurrence_dates(rule: str, starts_on: date, today: date) -> list[date]:
    """Every due date of the cycle that exists by `today`.

    A cycle with an end (UNTIL, COUNT) yields all its dates. An open-ended one yields its
    dates up to and including the first one after today, so the next period is always there.
    """
    parsed = parse_rule(rule, starts_on)
    fields = rule_fields(rule)
    bounded = "UNTIL" in fields or "COUNT" in fields
    dates: list[date] = []
    for moment in parsed:
        dates.append(moment.date())
        if moment.date() > today and not bounded:
            break
    return dates


def period_label(rule: str, scheduled_on: date) -> str:
    """The period an occurrence reports on, in Vietnamese (Tháng 11/2017, Quý 2/2018, Năm 2026)."""
    fields = rule_fields(rule)
    freq, interval = fields.get("FREQ"), int(fields.get("INTERVAL", "1"))
    if freq == "YEARLY":
        return f"Năm {scheduled_on.year}"
    if freq == "MONTHLY" and interval == 3:
        return f"Quý {(scheduled_on.month - 1) // 3 + 1}/{scheduled_on.year}"
    if freq == "MONTHLY" and interval == 6:
        half = "6 tháng đầu năm" if scheduled_on.month <= 6 else "6 tháng cuối năm"
        return f"{half} {scheduled_on.year}"
    if freq == "MONTHLY":
        return f"Tháng {scheduled_on.month:02d}/{scheduled_on.year}"
    if freq == "WEEKLY":
        return f"Tuần đến {scheduled_on:%d/%m/%Y}"
    return f"Kỳ {scheduled_on:%d/%m/%Y}"


def describe_rule(rule: str) -> str:
    """A Vietnamese description of the cycle, for task pages."""
    fields = rule_fields(rule)
    freq, interval = fields.get("FREQ"), int(fields.get("INTERVAL", "1"))
    day = fields.get("BYMONTHDAY")
    month = fields.get("BYMONTH")
    if freq == "YEARLY":
        text = f"Hằng năm, trước ngày {int(day):02d}/{int(month):02d}" if day and month and day != "31" else "Hằng năm"
    elif freq == "MONTHLY":
        every = {1: "Hằng tháng", 3: "Hằng quý", 6: "6 tháng một lần"}.get(interval, f"{interval} tháng một lần")
        text = every + (f", trước ngày {int(day)}" if day and day != "-1" else "")
    elif freq == "WEEKLY":
        text = "Hằng tuần"
    else:
        text = "Định kỳ"
    until = fields.get("UNTIL")
    if until:
        text += f", đến {until[6:8]}/{until[4:6]}/{until[0:4]}"
    return text
