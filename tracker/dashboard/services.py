"""The dashboard's figures as plain functions: SQL aggregates over the one definition of the states."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import Select, func, or_, select

from ..accounts.models import User
from ..directives.models import Directive
from ..extensions import db
from ..tasks.models import Task, TaskOccurrence
from ..tasks.queries import OccurrenceFilters, apply_filters
from ..tasks.states import StateColumns, TaskState, state_condition
from .history import columns_on, scope_on

OPEN_STATES = (TaskState.NOT_YET_DUE, TaskState.DUE_SOON, TaskState.IN_PROGRESS)


@dataclass(frozen=True)
class View:
    """What a dashboard page looks at: the filters, today, and the day the states are taken on."""

    filters: OccurrenceFilters
    today: date
    soon_days: int
    as_of: date | None = None

    @property
    def day(self) -> date:
        """The day the states are computed on: the "as of" day, never after today."""
        return min(self.as_of, self.today) if self.as_of else self.today

    @property
    def is_past(self) -> bool:
        return self.day < self.today

    def columns(self, *, with_progress: bool = True) -> StateColumns:
        """The state columns for `day` (stored ones today, rebuilt from history before)."""
        return columns_on(self.day, self.today, with_progress=with_progress)

    def with_state(self, state: TaskState | None) -> View:
        return replace(self, filters=replace(self.filters, state=state))


@dataclass(frozen=True)
class Figures:
    """Counts by state for a set of occurrences, and the figures derived from them."""

    by_state: dict[TaskState, int] = field(default_factory=lambda: {state: 0 for state in TaskState})

    def __add__(self, other: Figures) -> Figures:
        return Figures({state: self.by_state[state] + other.by_state[state] for state in TaskState})

    @property
    def assigned(self) -> int:
        return sum(self.by_state.values())

    @property
    def open(self) -> int:
        """Not done and not late: chưa đến hạn, sắp đến hạn and đang thực hiện together."""
        return sum(self.by_state[state] for state in OPEN_STATES)

    @property
    def due_soon(self) -> int:
        return self.by_state[TaskState.DUE_SOON]

    @property
    def overdue(self) -> int:
        return self.by_state[TaskState.OVERDUE]

    @property
    def on_time(self) -> int:
        return self.by_state[TaskState.DONE_ON_TIME]

    @property
    def late(self) -> int:
        return self.by_state[TaskState.DONE_LATE]

    @property
    def done(self) -> int:
        return self.on_time + self.late

    @property
    def on_time_rate(self) -> float | None:
        """Done on time over everything whose deadline has come or that is done (None if nothing)."""
        judged = self.on_time + self.late + self.overdue
        return self.on_time / judged if judged else None


def scoped(query: Select, user: User, view: View, *, with_progress: bool = True) -> Select:
    """Join a query over occurrences to tasks and directives and narrow it to the view."""
    # A state filter may ask for "in progress" on a past day, which needs the progress probe.
    with_progress = with_progress or view.filters.state is not None
    query = query.select_from(TaskOccurrence).join(TaskOccurrence.task).join(Task.directive)
    query = apply_filters(query, user, view.filters, view.day, view.soon_days, view.columns(with_progress=with_progress))
    existed = scope_on(view.day, view.today)
    return query if existed is None else query.where(existed)


def state_counts(view: View, *, states=tuple(TaskState)) -> list:
    """One `count(...) FILTER (WHERE <state>)` column per state, named after it."""
    columns = view.columns()
    return [
        func.count(TaskOccurrence.id).filter(state_condition(state, view.day, view.soon_days, columns)).label(state.name)
        for state in states
    ]


def figures_of(row) -> Figures:
    """Figures from a row holding one column per state."""
    return Figures({state: getattr(row, state.name) for state in TaskState})


def counts_by_lead_agency(user: User, view: View) -> dict[int, Figures]:
    """Figures per lead agency, in one grouped query (the league table and the headline come from it)."""
    query = scoped(select(Task.lead_agency_id, *state_counts(view)), user, view).group_by(Task.lead_agency_id)
    return {row.lead_agency_id: figures_of(row) for row in db.session.execute(query)}


def headline(by_agency: dict[int, Figures]) -> Figures:
    """The headline figures: the sum over lead agencies."""
    return sum(by_agency.values(), Figures())


@dataclass(frozen=True)
class DirectiveProgress:
    """One directive's share of tasks done, as of the view's day."""

    directive_id: int
    title: str
    subject: str
    issued_on: date | None
    assigned: int
    done: int
    overdue: int

    @property
    def share_done(self) -> float:
        return self.done / self.assigned if self.assigned else 0.0


def directive_progress(user: User, view: View, *, limit: int | None = None) -> list[DirectiveProgress]:
    """Per directive: occurrences assigned, done and overdue; most overdue first."""
    columns = view.columns(with_progress=False)
    done = or_(
        state_condition(TaskState.DONE_ON_TIME, view.day, view.soon_days, columns),
        state_condition(TaskState.DONE_LATE, view.day, view.soon_days, columns),
    )
    overdue = state_condition(TaskState.OVERDUE, view.day, view.soon_days, columns)
    assigned = func.count(TaskOccurrence.id)
    done_count = func.count(TaskOccurrence.id).filter(done)
    overdue_count = func.count(TaskOccurrence.id).filter(overdue)
    # Grouped by the directive's id alone; the few directives shown are read afterwards.
    query = scoped(
        select(Task.directive_id, assigned.label("assigned"), done_count.label("done"), overdue_count.label("overdue")),
        user, view, with_progress=False,
    ).group_by(Task.directive_id)
    query = query.order_by(overdue_count.desc(), (done_count * 1.0 / assigned), Task.directive_id)
    if limit is not None:
        query = query.limit(limit)
    rows = db.session.execute(query).all()
    directives = {
        d.id: d for d in db.session.execute(
            select(Directive.id, Directive.symbol, Directive.kind, Directive.subject, Directive.issued_on)
            .where(Directive.id.in_([row.directive_id for row in rows]))
        )
    }
    progress = []
    for row in rows:
        directive = directives[row.directive_id]
        progress.append(DirectiveProgress(
            directive_id=row.directive_id,
            title=directive.symbol or f"{directive.kind.label} (không số)",
            subject=directive.subject,
            issued_on=directive.issued_on,
            assigned=row.assigned,
            done=row.done,
            overdue=row.overdue,
        ))
    return progress
