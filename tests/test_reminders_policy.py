"""The stages a policy gives an occurrence: pure dates, no database."""

from datetime import date

from tracker.reminders.policy import Audience, Policy, stages_between
from tracker.workdays import WorkCalendar

CALENDAR = WorkCalendar()
DEFAULT = Policy()


def _stages(policy, due, since, until):
    effective = CALENDAR.next_working_day(due)
    return {s.key: s for s in stages_between(policy, due, effective, since, until, CALENDAR)}


def test_default_stages_of_a_tuesday_deadline():
    stages = _stages(DEFAULT, date(2020, 11, 17), date(2020, 11, 1), date(2020, 12, 10))
    assert {k: s.on for k, s in stages.items()} == {
        "before-7": date(2020, 11, 6), "before-3": date(2020, 11, 12), "before-1": date(2020, 11, 16),
        "due": date(2020, 11, 17), "after-1": date(2020, 11, 18), "after-3": date(2020, 11, 20),
        "repeat-1": date(2020, 11, 27), "repeat-2": date(2020, 12, 4),
    }
    assert stages["before-7"].audience == Audience.LEAD | Audience.COOPERATING
    assert stages["before-3"].audience == Audience.LEAD
    assert stages["after-1"].audience == Audience.LEAD | Audience.OFFICE
    assert Audience.LEADER in stages["after-3"].audience and Audience.LEADER in stages["repeat-2"].audience


def test_a_deadline_on_a_day_off_is_announced_on_the_working_day_before_and_judged_after():
    # 02/09/2020 (Quốc khánh): the due-day mail goes on 01/09, lateness counts from 03/09.
    stages = _stages(DEFAULT, date(2020, 9, 2), date(2020, 8, 1), date(2020, 9, 10))
    assert stages["due"].on == date(2020, 9, 1)
    assert stages["before-1"].on == date(2020, 9, 1)
    assert stages["after-1"].on == date(2020, 9, 4)


def test_a_repeat_falling_on_a_day_off_goes_out_the_working_day_before():
    # after-3 of a 05/02/2021 deadline lands before Tết 2021; the next repeat would fall in Tết.
    stages = _stages(DEFAULT, date(2021, 2, 1), date(2021, 1, 1), date(2021, 2, 28))
    assert all(not CALENDAR.is_day_off(stage.on) for stage in stages.values())


def test_only_stages_in_the_window_are_given():
    stages = _stages(DEFAULT, date(2013, 12, 31), date(2026, 11, 1), date(2026, 11, 22))
    assert stages and all(key.startswith("repeat-") for key in stages)
    assert all(date(2026, 11, 1) < s.on <= date(2026, 11, 22) for s in stages.values())
    assert len(stages) <= 4


def test_a_lighter_policy_gives_fewer_stages():
    light = Policy(before_working_days=(1,), on_due_day=False, office_after_working_days=2,
                   leader_after_working_days=None, repeat_every_days=None)
    stages = _stages(light, date(2020, 11, 17), date(2020, 11, 1), date(2020, 12, 31))
    assert {k: s.on for k, s in stages.items()} == {"before-1": date(2020, 11, 16), "after-2": date(2020, 11, 19)}
    assert stages["before-1"].audience == Audience.LEAD | Audience.COOPERATING  # the first stage


def test_a_directive_override_is_the_policy_its_tasks_follow(app):
    from tracker.extensions import db
    from tracker.reminders.models import ReminderPolicy
    from tracker.reminders.planner import plan_run

    from .factories import make_agency, make_directive, make_task

    province = make_agency("UBND tỉnh")
    lead = make_agency("Sở Y tế", parent=province, head_email="soyte@example.vn")
    quiet = make_directive(province, issued_on=date(2020, 10, 1))
    normal = make_directive(province, issued_on=date(2020, 10, 1))
    make_task(quiet, lead, summary="Theo chính sách riêng", due_on=date(2020, 11, 17), today=date(2020, 10, 1))
    make_task(normal, lead, summary="Theo chính sách chung", due_on=date(2020, 11, 17), today=date(2020, 10, 1))
    db.session.add(ReminderPolicy(directive=quiet, before_working_days=[1], on_due_day=False,
                                  office_after_working_days=None, leader_after_working_days=None, repeat_every_days=None))
    db.session.commit()
    on_the_6th = {a.line.summary for a in plan_run(date(2020, 11, 6), 30).by_recipient["soyte@example.vn"]}
    assert on_the_6th == {"Theo chính sách chung"}  # before-7 of the default policy only
    on_the_16th = {a.line.summary for a in plan_run(date(2020, 11, 16), 1).by_recipient["soyte@example.vn"]}
    assert on_the_16th == {"Theo chính sách riêng", "Theo chính sách chung"}
