"""Template filters and globals: dates as dd/mm/yyyy, local times, task states."""

from datetime import date, datetime

from flask import Flask, current_app, g, url_for

from .accounts.permissions import can_manage_users
from .clock import to_local, today
from .tasks.recurrence import describe_rule, period_label
from .tasks.states import TaskState, occurrence_state
from .tasks.timeline import shown_changes

STATE_CSS = {
    TaskState.NOT_YET_DUE: "state-not-yet-due",
    TaskState.DUE_SOON: "state-due-soon",
    TaskState.IN_PROGRESS: "state-in-progress",
    TaskState.OVERDUE: "state-overdue",
    TaskState.DONE_ON_TIME: "state-done-on-time",
    TaskState.DONE_LATE: "state-done-late",
}


def vn_date(value: date | None, empty: str = "—") -> str:
    """dd/mm/yyyy."""
    return value.strftime("%d/%m/%Y") if value else empty


def vn_datetime(value: datetime | None) -> str:
    """An instant in local time, dd/mm/yyyy HH:MM."""
    return to_local(value).strftime("%d/%m/%Y %H:%M") if value else "—"


def state_of(occurrence) -> TaskState:
    """The Vietnamese state of an occurrence today."""
    return occurrence_state(occurrence, today(), current_app.config["DUE_SOON_DAYS"])


def days_text(occurrence) -> str:
    """"còn N ngày" or "quá N ngày" for an open occurrence with a deadline."""
    if occurrence.effective_due_on is None or occurrence.status.value == "done":
        return ""
    delta = (occurrence.effective_due_on - today()).days
    if delta < 0:
        return f"quá {-delta} ngày"
    return "hạn hôm nay" if delta == 0 else f"còn {delta} ngày"


def occurrence_period(occurrence) -> str:
    """The period of a cyclic occurrence, or "" for a one-off task."""
    task = occurrence.task
    if task.recurrence is None or occurrence.scheduled_on is None:
        return ""
    return period_label(task.recurrence, occurrence.scheduled_on)


# Stand-ins for the ids while a row URL's pattern is built: no real id or path holds them.
_PLACEHOLDER = 987_654_321_000


def row_url(endpoint: str, **ids: int) -> str:
    """url_for for the links every row of a long list repeats, with integer ids only.

    Werkzeug matches the endpoint's rule for each URL it builds, and a page of a hundred rows
    with four links each spent longer on that than on its queries. Each request builds an
    endpoint's URL once, with stand-ins for the ids, and fills in each row's ids.
    """
    names = tuple(sorted(ids))
    patterns = g.setdefault("row_url_patterns", {})
    pattern = patterns.get((endpoint, names))
    if pattern is None:
        pattern = url_for(endpoint, **{name: _PLACEHOLDER + n for n, name in enumerate(names)})
        for n, name in enumerate(names):
            pattern = pattern.replace(str(_PLACEHOLDER + n), "{" + name + "}")
        patterns[endpoint, names] = pattern
    return pattern.format_map({name: int(value) for name, value in ids.items()})


def register(app: Flask) -> None:
    app.add_template_filter(vn_date, "vn_date")
    app.add_template_filter(vn_datetime, "vn_datetime")
    app.add_template_filter(describe_rule, "describe_rule")
    app.add_template_global(state_of)
    app.add_template_global(days_text)
    app.add_template_global(occurrence_period)
    app.add_template_global(STATE_CSS, "STATE_CSS")
    app.add_template_global(TaskState, "TaskState")
    app.add_template_global(today, "today")
    app.add_template_global(shown_changes)
    app.add_template_global(can_manage_users)
    app.add_template_global(row_url)
