"""Two charts drawn on the server as SVG: overdue occurrences week by week, and deadlines ahead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, select, union_all

from ..accounts.models import User
from ..extensions import db
from ..tasks.models import TaskOccurrence, WorkStatus
from ..tasks.states import OPEN_STATUSES, TaskState, state_condition
from .history import columns_on, scope_on
from .services import View, scoped


@dataclass(frozen=True)
class Point:
    """One bar: the day it stands for, its label and its value."""

    day: date
    label: str
    value: int


def overdue_by_week(user: User, view: View, *, weeks: int = 12) -> list[Point]:
    """How many occurrences were overdue at the end of each of the last `weeks` weeks (the last
    one ends on the view's day), from the recorded completion dates, in one statement."""
    days = [view.day - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    # Only what is open now or was done after the first day can be late on any of the days;
    # both are found by index (status; status and completion date).
    candidates = union_all(
        select(TaskOccurrence.id).where(TaskOccurrence.status.in_(OPEN_STATUSES)),
        select(TaskOccurrence.id).where(
            TaskOccurrence.status == WorkStatus.DONE, TaskOccurrence.done_on > days[0]
        ),
    ).subquery()
    counts = []
    for i, day in enumerate(days):
        columns = columns_on(day, view.today, with_progress=False)
        late = state_condition(TaskState.OVERDUE, day, view.soon_days, columns)
        existed = scope_on(day, view.today)
        condition = late if existed is None else and_(late, existed)
        counts.append(func.count(TaskOccurrence.id).filter(condition).label(f"w{i}"))
    query = scoped(select(*counts), user, view.with_state(None)).where(
        TaskOccurrence.id.in_(select(candidates.c.id))
    )
    row = db.session.execute(query).one()
    return [Point(day, day.strftime("%d/%m"), row[i]) for i, day in enumerate(days)]


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
