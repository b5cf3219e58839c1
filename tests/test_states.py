"""The Vietnamese states, over a table of dates, and the SQL filter that must agree with them."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tracker.tasks.models import Outcome, TaskOccurrence, WorkStatus
from tracker.tasks.services import record_progress
from tracker.tasks.states import TaskState, compute_state, state_case, state_condition

from .factories import make_agency, make_directive, make_task

TODAY = date(2020, 11, 17)  # a Tuesday
DONE, OPEN, STARTED = WorkStatus.DONE, WorkStatus.PENDING, WorkStatus.IN_PROGRESS

CASES = [
    # status, effective deadline, done on, expected
    (OPEN, TODAY, None, TaskState.DUE_SOON),  # due today is not late yet
    (OPEN, TODAY - timedelta(days=1), None, TaskState.OVERDUE),  # the day after
    (STARTED, TODAY - timedelta(days=30), None, TaskState.OVERDUE),  # started is still late
    (OPEN, TODAY + timedelta(days=7), None, TaskState.DUE_SOON),  # edge of the window
    (OPEN, TODAY + timedelta(days=8), None, TaskState.NOT_YET_DUE),
    (STARTED, TODAY + timedelta(days=8), None, TaskState.IN_PROGRESS),
    (OPEN, None, None, TaskState.IN_PROGRESS),  # ongoing duty (thường xuyên)
    (WorkStatus.REPORTED, TODAY + timedelta(days=8), None, TaskState.IN_PROGRESS),  # awaiting confirmation
    (WorkStatus.REPORTED, TODAY - timedelta(days=1), None, TaskState.OVERDUE),  # not done until confirmed
    (DONE, TODAY, TODAY, TaskState.DONE_ON_TIME),  # done on the due date
    (DONE, TODAY, TODAY + timedelta(days=1), TaskState.DONE_LATE),  # done the day after
    (DONE, TODAY - timedelta(days=3), TODAY - timedelta(days=5), TaskState.DONE_ON_TIME),
    (DONE, None, TODAY, TaskState.DONE_ON_TIME),  # ongoing duty reported done
    # an extension moved the deadline later: judged against the deadline in force
    (DONE, TODAY + timedelta(days=10), TODAY + timedelta(days=2), TaskState.DONE_ON_TIME),
]


@pytest.mark.parametrize("status, due, done_on, expected", CASES)
def test_compute_state(status, due, done_on, expected):
    assert compute_state(status=status, effective_due_on=due, done_on=done_on, today=TODAY, soon_days=7) is expected


def test_done_late_judged_against_deadline_in_force_after_extension():
    original, extended, done_on = date(2020, 11, 17), date(2020, 11, 30), date(2020, 11, 20)
    assert compute_state(status=DONE, effective_due_on=original, done_on=done_on, today=done_on, soon_days=7) is TaskState.DONE_LATE
    assert compute_state(status=DONE, effective_due_on=extended, done_on=done_on, today=done_on, soon_days=7) is TaskState.DONE_ON_TIME


def test_sql_filter_agrees_with_compute_state(db):
    """Each occurrence is selected by exactly the state compute_state gives it."""
    province = make_agency("UBND tỉnh")
    directive = make_directive(province, issued_on=date(2020, 1, 1))
    occurrences = []
    for index, (status, due, done_on, _expected) in enumerate(CASES):
        task = make_task(directive, province, clause=str(index), due_on=due, today=TODAY)
        occurrence = task.occurrences[0]
        occurrence.effective_due_on = due  # the table gives effective deadlines directly
        occurrence.status, occurrence.done_on = status, done_on
        occurrences.append(occurrence)
    db.session.commit()
    for state in TaskState:
        selected = set(db.session.scalars(select(TaskOccurrence.id).where(state_condition(state, TODAY, 7))))
        expected = {
            o.id for o, case in zip(occurrences, CASES)
            if compute_state(status=case[0], effective_due_on=case[1], done_on=case[2], today=TODAY, soon_days=7) is state
        }
        assert selected == expected, state
    # The one-CASE form gives every row the same state.
    cased = dict(db.session.execute(select(TaskOccurrence.id, state_case(TODAY, 7))).all())
    for occurrence, (status, due, done_on, _expected) in zip(occurrences, CASES):
        state = compute_state(status=status, effective_due_on=due, done_on=done_on, today=TODAY, soon_days=7)
        assert cased[occurrence.id] == state.value, (status, due, done_on)
    # The stored outcome of every row says the same of done work, whatever the day.
    outcomes = dict(db.session.execute(select(TaskOccurrence.id, TaskOccurrence.outcome)).all())
    for occurrence, (status, due, done_on, _expected) in zip(occurrences, CASES):
        state = compute_state(status=status, effective_due_on=due, done_on=done_on, today=TODAY, soon_days=7)
        wanted = {TaskState.DONE_ON_TIME: Outcome.ON_TIME, TaskState.DONE_LATE: Outcome.LATE}.get(state, Outcome.NOT_DONE)
        assert outcomes[occurrence.id] == wanted, (status, due, done_on)


def test_deadline_on_a_day_off_rolls_to_next_working_day(db):
    province = make_agency("UBND tỉnh")
    directive = make_directive(province, issued_on=date(2020, 8, 20))
    # 02/09/2020 is Quốc khánh (a Wednesday); the next working day is Thursday 03/09/2020.
    task = make_task(directive, province, due_on=date(2020, 9, 2), today=date(2020, 8, 20))
    occurrence = task.occurrences[0]
    assert occurrence.due_on == date(2020, 9, 2)
    assert occurrence.effective_due_on == date(2020, 9, 3)
    record_progress(occurrence, author=None, status=DONE, percent=100, reported_on=date(2020, 9, 3), note="Xong", today=date(2020, 9, 3))
    assert compute_state(status=occurrence.status, effective_due_on=occurrence.effective_due_on,
                         done_on=occurrence.done_on, today=date(2020, 9, 3), soon_days=7) is TaskState.DONE_ON_TIME


def test_rolling_can_be_switched_off(make_app):
    from tracker.workdays import effective_deadline

    app = make_app(DEADLINE_ROLLS_TO_WORKING_DAY=False)
    with app.app_context():
        assert effective_deadline(date(2020, 9, 2)) == date(2020, 9, 2)
    assert effective_deadline(date(2020, 9, 2), roll=True) == date(2020, 9, 3)
