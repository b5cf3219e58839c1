"""The dashboard's figures as plain functions: SQL aggregates over the one definition of the states."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import Select, func, literal_column, not_, select

from ..accounts.models import User
from ..accounts.permissions import task_visibility
from ..agencies.services import subtree_ids
from ..directives.models import Directive, directive_title
from ..extensions import db
from ..sqlhints import rarely
from ..tasks.models import Outcome, Task, TaskOccurrence
from ..tasks.queries import OccurrenceFilters, apply_filters
from ..tasks.states import ALL_STATES, OPEN_STATUSES, StateColumns, TaskState, state_case, state_condition
from .history import columns_on, scope_on, settled_by
from .models import CompletionCount, CountedBy

OPEN_STATES = (TaskState.NOT_YET_DUE, TaskState.DUE_SOON, TaskState.IN_PROGRESS)
STATE_POSITION = {state.value: position for position, state in enumerate(ALL_STATES)}
COUNTED_COLUMNS = {CountedBy.LEAD_AGENCY: TaskOccurrence.lead_agency_id, CountedBy.DIRECTIVE: TaskOccurrence.directive_id}
OUTCOME_POSITION = {Outcome.ON_TIME: ALL_STATES.index(TaskState.DONE_ON_TIME),
                    Outcome.LATE: ALL_STATES.index(TaskState.DONE_LATE)}


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

    by_state: dict[TaskState, int] = field(default_factory=lambda: dict.fromkeys(ALL_STATES, 0))

    def __add__(self, other: Figures) -> Figures:
        mine, theirs = self.by_state, other.by_state
        return Figures({state: mine[state] + theirs[state] for state in ALL_STATES})

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


def aggregate_rows(query: Select) -> list:
    """The rows of a query of counts, read at once on the session's connection: thousands of rows
    of plain numbers need none of the ORM's result processing, and iterating a result would
    fetch them one by one (psycopg: a call per row)."""
    return db.session.connection().execute(query).all()


def scoped(query: Select, user: User, view: View, *, with_progress: bool = True, with_tasks: bool = False) -> Select:
    """Narrow a query over occurrences to the view, from the occurrences' own columns (joined to
    their tasks and directives when `with_tasks`, for queries that read those)."""
    # A state filter may ask for "in progress" on a past day, which needs the progress probe.
    with_progress = with_progress or view.filters.state is not None
    query = query.select_from(TaskOccurrence)
    if with_tasks:
        query = query.join(TaskOccurrence.task).join(Task.directive)
    existed = scope_on(view.day, view.today)
    if existed is not None:
        query = query.where(existed)
    return apply_filters(query, user, view.filters, view.day, view.soon_days, view.columns(with_progress=with_progress))


def counts_by(counted_by: CountedBy, user: User, view: View) -> dict[int, Figures]:
    """Figures per lead agency or per directive in the view.

    Today, finished work comes from the counts the database keeps (or, under filters those
    counts cannot answer, from an index of outcomes), and only open work, a tenth of a
    province's history, is judged against the day; on a past day every occurrence is judged
    as it stood then.
    """
    key = COUNTED_COLUMNS[counted_by]
    counts: dict[int, list[int]] = defaultdict(lambda: [0] * len(ALL_STATES))  # in ALL_STATES order
    if view.is_past:
        # Most of a past day's history was already settled; its outcome is read, not replayed.
        settled = settled_by(view.day)
        finished = scoped(select(key, TaskOccurrence.outcome, func.count()), user, view, with_progress=False)
        finished = finished.where(settled).group_by(key, TaskOccurrence.outcome)
        judged = _judged_on_past_day(key, user, view, not_(settled))
    else:
        finished = _finished(counted_by, user, view)
        # Grouped by the output column's name: the CASE written out again would have fresh bound
        # parameters, which SQLite cannot tell are the same expression, and would compute it twice.
        state = state_case(view.day, view.soon_days, view.columns()).label("state")
        judged = scoped(select(key, state, func.count()), user, view).group_by(key, literal_column("state"))
        judged = judged.where(rarely(TaskOccurrence.status.in_(OPEN_STATUSES)))
    for value, outcome, number in aggregate_rows(finished):
        counts[value][OUTCOME_POSITION[outcome]] += number
    for value, state_value, number in aggregate_rows(judged):
        counts[value][STATE_POSITION[state_value]] += number
    return {value: Figures(dict(zip(ALL_STATES, numbers))) for value, numbers in counts.items()}


def _judged_on_past_day(key, user: User, view: View, condition) -> Select:
    """(key, state, number) rows of the occurrences meeting `condition` on a past day.

    Each occurrence's status, deadline and completion are replayed once, in a materialised
    step, and the state judged from those: written inside the state's CASE, the replay (a probe
    of the reports, one of the deadline changes) would run once per mention, five or six times.
    """
    columns = view.columns()
    replayed = scoped(
        select(key.label("key"), columns.status.label("status"), columns.effective_due_on.label("due"),
               columns.done_on.label("done_on")),
        user, view,
    ).where(condition).cte("replayed").prefix_with("MATERIALIZED")
    state = state_case(view.day, view.soon_days, StateColumns(replayed.c.status, replayed.c.due, replayed.c.done_on))
    state = state.label("state")
    return select(replayed.c.key, state, func.count()).group_by(replayed.c.key, literal_column("state"))


def _finished(counted_by: CountedBy, user: User, view: View) -> Select:
    """Finished occurrences per key and outcome: (key, outcome, number) rows."""
    filters = view.filters
    other_key = filters.directive_id if counted_by is CountedBy.LEAD_AGENCY else filters.agency_id
    if (task_visibility(user, of=TaskOccurrence) is not None or other_key is not None or filters.state is not None
            or filters.due_from is not None or filters.due_to is not None or filters.include_cooperating):
        key = COUNTED_COLUMNS[counted_by]
        return scoped(select(key, TaskOccurrence.outcome, func.count()), user, view) \
            .where(TaskOccurrence.outcome != Outcome.NOT_DONE).group_by(key, TaskOccurrence.outcome)
    query = select(CompletionCount.counted_id, CompletionCount.outcome, CompletionCount.occurrences).where(
        CompletionCount.counted_by == counted_by.value, CompletionCount.occurrences != 0)
    if counted_by is CountedBy.LEAD_AGENCY and filters.agency_id is not None:
        query = query.where(CompletionCount.counted_id.in_(subtree_ids(filters.agency_id)))
    if counted_by is CountedBy.DIRECTIVE and filters.directive_id is not None:
        query = query.where(CompletionCount.counted_id == filters.directive_id)
    return query


def counts_by_lead_agency(user: User, view: View) -> dict[int, Figures]:
    """Figures per lead agency (the league table and the headline come from them)."""
    return counts_by(CountedBy.LEAD_AGENCY, user, view)


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
    """Per directive: occurrences assigned, done and overdue; most overdue first, then least done."""
    totals = _directive_totals(user, view)
    ranked = sorted(totals.items(), key=lambda item: (-item[1][2], item[1][1] / item[1][0], item[0]))
    ranked = ranked[:limit] if limit is not None else ranked
    directives = {
        d.id: d for d in db.session.execute(
            select(Directive.id, Directive.symbol, Directive.kind, Directive.subject, Directive.issued_on)
            .where(Directive.id.in_([directive_id for directive_id, _ in ranked]))
        )
    }
    return [
        DirectiveProgress(
            directive_id=directive_id,
            title=directive_title(directives[directive_id].symbol, directives[directive_id].kind),
            subject=directives[directive_id].subject,
            issued_on=directives[directive_id].issued_on,
            assigned=assigned,
            done=done,
            overdue=overdue,
        )
        for directive_id, (assigned, done, overdue) in ranked
    ]


def _directive_totals(user: User, view: View) -> dict[int, list[int]]:
    """[assigned, done, overdue] per directive. Today: the kept counts of finished work, and
    open work counted with its overdue part, one row per directive (no state needed beyond)."""
    if view.is_past:
        return {directive_id: [figures.assigned, figures.done, figures.overdue]
                for directive_id, figures in counts_by(CountedBy.DIRECTIVE, user, view).items()}
    totals: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for directive_id, _outcome, number in aggregate_rows(_finished(CountedBy.DIRECTIVE, user, view)):
        total = totals[directive_id]
        total[0] += number
        total[1] += number
    overdue = state_condition(TaskState.OVERDUE, view.day, view.soon_days)
    open_work = scoped(
        select(TaskOccurrence.directive_id, func.count(), func.count().filter(overdue)), user, view
    ).where(rarely(TaskOccurrence.status.in_(OPEN_STATUSES))).group_by(TaskOccurrence.directive_id)
    for directive_id, number, late in aggregate_rows(open_work):
        total = totals[directive_id]
        total[0] += number
        total[2] += late
    return totals
