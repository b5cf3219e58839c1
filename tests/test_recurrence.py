"""Cyclic duties: one occurrence per period, across year boundaries, up to the next one after today."""

from datetime import date

import pytest

from tracker.tasks.recurrence import RecurrenceError, describe_rule, occurrence_dates, period_label
from tracker.tasks.services import NewTask, add_task, extend_recurring_tasks, sync_occurrences

from .factories import make_agency, make_directive, make_task


def test_monthly_cycle_crosses_the_year_boundary():
    dates = occurrence_dates("FREQ=MONTHLY;BYMONTHDAY=-1", date(2017, 11, 1), today=date(2018, 1, 10))
    assert dates == [date(2017, 11, 30), date(2017, 12, 31), date(2018, 1, 31)]
    labels = [period_label("FREQ=MONTHLY;BYMONTHDAY=-1", d) for d in dates]
    assert labels == ["Tháng 11/2017", "Tháng 12/2017", "Tháng 01/2018"]


def test_bounded_cycle_yields_all_its_periods_and_no_more():
    dates = occurrence_dates("FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20171231", date(2017, 1, 1), today=date(2026, 11, 22))
    assert len(dates) == 12
    assert dates[0] == date(2017, 1, 31) and dates[-1] == date(2017, 12, 31)


def test_open_ended_yearly_cycle_reaches_the_next_one_after_today():
    dates = occurrence_dates("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1", date(2018, 4, 10), today=date(2026, 11, 22))
    assert dates[0] == date(2018, 12, 1)
    assert dates[-1] == date(2026, 12, 1)
    assert date(2027, 12, 1) not in dates


def test_quarterly_and_half_yearly_labels():
    quarterly = occurrence_dates("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1", date(2018, 6, 1), today=date(2019, 1, 1))
    assert quarterly == [date(2018, 6, 30), date(2018, 9, 30), date(2018, 12, 31), date(2019, 3, 31)]
    assert period_label("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1", date(2018, 12, 31)) == "Quý 4/2018"
    assert period_label("FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1", date(2018, 6, 30)) == "6 tháng đầu năm 2018"
    assert describe_rule("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1") == "Hằng năm, trước ngày 01/12"


@pytest.mark.parametrize("rule", ["FREQ=HOURLY", "FREQ=MONTHLY;BYMONTHDAY=x", "nonsense"])
def test_bad_rules_are_refused_in_vietnamese(rule):
    with pytest.raises(RecurrenceError, match="Chu kỳ"):
        occurrence_dates(rule, date(2020, 1, 1), today=date(2020, 6, 1))


def test_each_period_is_its_own_occurrence(db):
    province = make_agency("UBND tỉnh")
    district = make_agency("UBND huyện", parent=province)
    directive = make_directive(province, issued_on=date(2017, 10, 1))
    task = make_task(directive, district, recurrence="FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20180228", today=date(2017, 12, 5))
    assert [o.scheduled_on for o in task.occurrences] == [
        date(2017, 10, 31), date(2017, 11, 30), date(2017, 12, 31), date(2018, 1, 31), date(2018, 2, 28)
    ]
    november, december = task.occurrences[1], task.occurrences[2]
    november.status = november.status.DONE
    assert december.status is not november.status


def test_open_ended_cycle_is_extended_without_duplicates(db):
    province = make_agency("UBND tỉnh")
    directive = make_directive(province, issued_on=date(2018, 4, 10))
    task = make_task(directive, province, recurrence="FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1", today=date(2019, 6, 1))
    assert [o.scheduled_on for o in task.occurrences] == [date(2018, 12, 1), date(2019, 12, 1)]
    db.session.commit()
    assert extend_recurring_tasks(date(2021, 1, 5)) == 2
    assert extend_recurring_tasks(date(2021, 1, 5)) == 0
    assert sync_occurrences(task, date(2021, 1, 5)) == 0
    assert [o.scheduled_on.year for o in task.occurrences] == [2018, 2019, 2020, 2021]


def test_cycle_without_start_date_is_refused(db):
    province = make_agency("UBND tỉnh")
    directive = make_directive(province, issued_on=None)
    with pytest.raises(ValueError, match="ngày bắt đầu"):
        add_task(directive, NewTask(clause="4", summary="Báo cáo", lead_agency=province, recurrence="FREQ=MONTHLY"), date(2020, 1, 1))
