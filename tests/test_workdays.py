"""Working days over Tết 2027, 30/4–1/5 and 2/9, with the admin's extra days off and swaps."""

from datetime import date, timedelta

import pytest

from tracker.workdays import WorkCalendar

CALENDAR = WorkCalendar()

# Each row: a day, whether it is a day off.
TABLE = [
    (date(2027, 2, 3), False),  # Wednesday before Tết
    (date(2027, 2, 4), True),  # 29 Tết
    (date(2027, 2, 5), True),  # 30 Tết (giao thừa)
    (date(2027, 2, 6), True),  # mùng 1
    (date(2027, 2, 8), True),  # mùng 3 (a Monday)
    (date(2027, 2, 10), True),  # mùng 5
    (date(2027, 2, 11), False),  # back to work
    (date(2027, 4, 29), False),
    (date(2027, 4, 30), True),  # Giải phóng miền Nam (Friday)
    (date(2027, 5, 1), True),  # Quốc tế Lao động (Saturday) ...
    (date(2027, 5, 3), True),  # ... given back on Monday
    (date(2027, 5, 4), False),
    (date(2027, 9, 1), False),
    (date(2027, 9, 2), True),  # Quốc khánh
    (date(2027, 9, 3), True),  # the adjacent day
    (date(2027, 9, 6), False),
    (date(2026, 11, 21), True),  # an ordinary Saturday
]


@pytest.mark.parametrize("day, day_off", TABLE)
def test_days_off(day, day_off):
    assert CALENDAR.is_day_off(day) is day_off


def test_counting_working_days_across_tet():
    assert CALENDAR.add_working_days(date(2027, 2, 3), 1) == date(2027, 2, 11)
    assert CALENDAR.add_working_days(date(2027, 2, 11), -1) == date(2027, 2, 3)
    assert CALENDAR.add_working_days(date(2027, 2, 12), -7) == date(2027, 1, 27)  # 11/2, 3, 2, 1/2, 29, 28, 27/1
    assert CALENDAR.next_working_day(date(2027, 2, 6)) == date(2027, 2, 11)
    assert CALENDAR.previous_working_day(date(2027, 2, 6)) == date(2027, 2, 3)


def test_counting_across_30_april_and_2_september():
    assert CALENDAR.add_working_days(date(2027, 4, 29), 1) == date(2027, 5, 4)
    assert CALENDAR.add_working_days(date(2027, 9, 1), 1) == date(2027, 9, 6)
    assert CALENDAR.add_working_days(date(2027, 9, 6), -3) == date(2027, 8, 30)


def test_admin_overrides_add_a_day_off_and_a_worked_saturday():
    saturday, friday = date(2027, 2, 13), date(2027, 2, 12)
    calendar = WorkCalendar({friday: True, saturday: False})
    assert calendar.is_day_off(friday) and not calendar.is_day_off(saturday)
    assert calendar.add_working_days(date(2027, 2, 11), 1) == saturday
    assert calendar.next_working_day(friday) == saturday


def test_a_week_of_working_days_skips_exactly_the_weekend():
    monday = date(2027, 3, 1)
    assert CALENDAR.add_working_days(monday, 5) == monday + timedelta(days=7)


def test_scoring_counts_on_public_holidays_alone_whatever_the_instance_sets(app, db):
    from tracker.workdays import current_calendar, deadline_rolls, standard_calendar
    from tracker.workdays.models import CalendarDay

    friday = date(2027, 2, 12)
    db.session.add(CalendarDay(day=friday, is_day_off=True, note="Nghỉ bù"))
    db.session.flush()
    app.config["DEADLINE_ROLLS_TO_WORKING_DAY"] = False
    assert current_calendar().is_day_off(friday) and not deadline_rolls()
    with standard_calendar():  # as the importer is scored: gold counts on the holidays the law sets
        assert not current_calendar().is_day_off(friday)
        assert deadline_rolls()
    assert current_calendar().is_day_off(friday)
