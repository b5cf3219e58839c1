"""Two charts drawn on the server as SVG: overdue occurrences week by week, and deadlines ahead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Date, Select, and_, case, func, literal, or_, select, true, union_all
from sqlalchemy.sql.elements import ColumnElement

from ..accounts.models import User
from ..extensions import db
from ..sqlhints import rarely
from ..tasks.models import TaskOccurrence, WorkStatus
from ..types import UTCDateTime
from ..tasks.states import OPEN_STATUSES, TaskState, state_condition
from ..workflows.models import DeadlineChange
from .history import columns_at, end_of, existed_on
from .services import View, aggregate_rows, scoped


@dataclass(frozen=True)
class Point:
    """One bar: the day it stands for, its label and its value."""

    day: date
    label: str
    value: int


def overdue_by_week(user: User, view: View, *, weeks: int = 12) -> list[Point]:
    """How many occurrences were overdue at the end of each of the last `weeks` weeks (the last
    one ends on the view's day), from the recorded completion dates.

    An occurrence whose deadline never moved was overdue on a day when it was followed by then,
    its deadline had passed and it was not done by then. Each is read once, as the first of the
    days on which each of those held, and the days are counted from those few groups; the few
    whose deadline moved are judged day by day against the deadline then in force.
    """
    days = [view.day - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    today_is_last = days[-1] >= view.today
    counts = _moved_counts(user, view, days)
    past_days = weeks - 1 if today_is_last else weeks
    for first_late, first_followed, first_done, done_now, moved, number in aggregate_rows(
        _candidate_groups(user, view, days)
    ):
        if not moved:  # (moved ones were judged by _moved_counts) late from then until done
            for i in range(max(first_late, first_followed), min(first_done, past_days)):
                counts[i] += number
        if today_is_last and not done_now and first_late <= weeks - 1:  # today: the stored state
            counts[-1] += number
    return [Point(day, day.strftime("%d/%m"), counts[i]) for i, day in enumerate(days)]


def _first_day(days: list[date], condition) -> ColumnElement[int]:
    """The index of the first of `days` for which `condition(day)` holds (len(days) if none)."""
    return case(*((condition(day), i) for i, day in enumerate(days)), else_=len(days))


def _candidate_groups(user: User, view: View, days: list[date]) -> Select:
    """Occurrences that could be late on one of `days`, grouped by the first day late, the first
    day followed, the first day done, whether done now and whether their deadline ever moved
    (those count here for today only)."""
    first_late = _first_day(days, lambda day: TaskOccurrence.effective_due_on < day)
    first_followed = _first_day(days, lambda day: or_(TaskOccurrence.followed_from.is_(None),
                                                      TaskOccurrence.followed_from <= day))
    moved = TaskOccurrence.id.in_(select(DeadlineChange.occurrence_id))
    could_be_late = TaskOccurrence.effective_due_on < days[-1]
    open_now = scoped(
        select(first_late, first_followed, literal(len(days)), literal(False), moved, func.count()), user,
        view.with_state(None),
    ).where(rarely(TaskOccurrence.status.in_(OPEN_STATUSES)), could_be_late).group_by(
        first_late, first_followed, moved)
    first_done = _first_day(days, lambda day: TaskOccurrence.done_on <= day)
    done_lately = scoped(
        select(first_late, first_followed, first_done, literal(True), literal(False), func.count()), user,
        view.with_state(None),
    ).where(TaskOccurrence.status == WorkStatus.DONE, TaskOccurrence.done_on > days[0], could_be_late,
            ~moved).group_by(first_late, first_followed, first_done)
    return union_all(open_now, done_lately)


def _moved_counts(user: User, view: View, days: list[date]) -> list[int]:
    """Per past day, the occurrences whose deadline was moved that were overdue then, judged
    against the deadline in force on each day: one statement over a small table of the days."""
    counts = [0] * len(days)
    past = [(i, day) for i, day in enumerate(days) if day < view.today]
    if not past:
        return counts
    table = union_all(*(
        select(literal(i).label("i"), literal(day, Date).label("day"), literal(end_of(day), UTCDateTime).label("cutoff"))
        for i, day in past
    )).subquery("days")
    columns = columns_at(table.c.day, table.c.cutoff, with_progress=False)
    late = and_(state_condition(TaskState.OVERDUE, table.c.day, view.soon_days, columns), existed_on(table.c.day))
    query = scoped(select(table.c.i, func.count(TaskOccurrence.id)), user, view.with_state(None)).join(table, true()).where(
        TaskOccurrence.id.in_(select(DeadlineChange.occurrence_id)),
        or_(TaskOccurrence.status != WorkStatus.DONE, TaskOccurrence.done_on > days[0]),
        late,
    ).group_by(table.c.i)
    for i, number in aggregate_rows(query):
        counts[i] = number
    return counts


def deadlines_by_week(user: User, view: View, *, weeks: int = 8) -> list[Point]:
    """How many open occurrences fall due in each of the coming `weeks` weeks from the view's day."""
    starts = [view.day + timedelta(weeks=i) for i in range(weeks)]
    columns = view.columns(with_progress=False)
    is_open = columns.status != WorkStatus.DONE
    due = columns.effective_due_on
    counts = [
        func.count(TaskOccurrence.id).filter(and_(due >= start, due < start + timedelta(weeks=1))).label(f"w{i}")
        for i, start in enumerate(starts)
    ]
    query = scoped(select(*counts), user, view.with_state(None)).where(
        is_open, due >= starts[0], due < starts[-1] + timedelta(weeks=1)
    )
    row = db.session.execute(query).one()
    return [Point(start, start.strftime("%d/%m"), row[i]) for i, start in enumerate(starts)]


@dataclass(frozen=True)
class Bar:
    """A bar's rectangle and labels, in SVG user units."""

    x: float
    y: float
    width: float
    height: float
    value: int
    label: str
    title: str


def bar_geometry(points: list[Point], *, width: int = 560, height: int = 180, title_prefix: str = "") -> dict:
    """Rectangles for a bar chart (the template draws them); the tallest bar fills the plot."""
    margin_left, margin_bottom, margin_top = 30, 28, 16
    plot_height = height - margin_bottom - margin_top
    top = max((p.value for p in points), default=0) or 1
    slot = (width - margin_left) / max(len(points), 1)
    bars = []
    for i, point in enumerate(points):
        bar_height = plot_height * point.value / top
        bars.append(
            Bar(
                x=round(margin_left + i * slot + slot * 0.15, 1),
                y=round(margin_top + plot_height - bar_height, 1),
                width=round(slot * 0.7, 1),
                height=round(bar_height, 1),
                value=point.value,
                label=point.label,
                title=f"{title_prefix}{point.day:%d/%m/%Y}: {point.value}",
            )
        )
    return {"width": width, "height": height, "bars": bars, "top": top, "baseline": margin_top + plot_height,
            "margin_left": margin_left}
