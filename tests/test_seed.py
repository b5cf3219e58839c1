"""The reviewed seed: loads completely, twice without change, with the facts the documents give."""

from datetime import date

from sqlalchemy import func, select

from tracker.agencies.models import Agency, AgencyKind
from tracker.directives.models import Directive
from tracker.seeding import load_seed_dir
from tracker.tasks.models import ProgressUpdate, Task, TaskOccurrence
from tracker.tasks.states import TaskState, occurrence_state

TODAY = date(2026, 11, 22)
SEEDED_TABLES = (Agency, Directive, Task, TaskOccurrence, ProgressUpdate)


def _counts(db):
    return {model.__name__: db.session.scalar(select(func.count()).select_from(model)) for model in SEEDED_TABLES}


def _directive(db, code):
    return db.session.scalar(select(Directive).where(Directive.code == code))


def _tasks_led_by(directive, agency_code):
    return [task for task in directive.tasks if task.lead_agency.code == agency_code]


def test_seed_loads_all_five_directives_twice_without_change(db):
    load_seed_dir(TODAY)
    db.session.commit()
    first = _counts(db)
    assert first["Directive"] == 5
    report = load_seed_dir(TODAY)
    db.session.commit()
    assert report.directives == report.tasks == report.agencies == 0
    assert _counts(db) == first


def test_long_an_bhxh_must_report_by_17_november_2020(db):
    load_seed_dir(TODAY)
    directive = _directive(db, "long-an-6880-ubnd-vhxh-2020")
    assert directive.symbol == "6880/UBND-VHXH"
    assert directive.issued_on == date(2020, 11, 12)
    dated = [task for task in _tasks_led_by(directive, "long-an/bhxh") if task.due_on == date(2020, 11, 17)]
    assert len(dated) == 1
    assert dated[0].lead_agency.name == "Bảo hiểm xã hội tỉnh Long An"
    occurrence = dated[0].occurrences[0]
    assert occurrence_state(occurrence, TODAY, 7) is TaskState.OVERDUE


def test_vinh_long_districts_finish_the_list_before_1_december_every_year(db):
    load_seed_dir(TODAY)
    directive = _directive(db, "vinh-long-06-ct-ubnd-2018")
    yearly = [task for task in directive.tasks if task.recurrence == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1"]
    districts = db.session.scalars(
        select(Agency).where(Agency.kind == AgencyKind.DISTRICT, Agency.code.startswith("vinh-long/"))
    ).all()
    assert len(districts) == 8
    assert {task.lead_agency.id for task in yearly} == {district.id for district in districts}
    for task in yearly:
        upcoming = task.occurrences[-1]
        assert upcoming.due_on == date(2026, 12, 1)
        assert occurrence_state(upcoming, TODAY, 7) is TaskState.NOT_YET_DUE
        assert task.occurrences[0].due_on == date(2018, 12, 1)


def test_an_giang_districts_report_monthly_to_bhxh_in_2017(db):
    load_seed_dir(TODAY)
    directive = _directive(db, "an-giang-ct-2017")
    assert directive.symbol is None and directive.issued_on is None
    monthly = [task for task in directive.tasks if task.recurrence and task.recurrence.startswith("FREQ=MONTHLY")]
    districts = db.session.scalars(
        select(Agency).where(Agency.kind == AgencyKind.DISTRICT, Agency.code.startswith("an-giang/"))
    ).all()
    assert len(districts) == 11
    assert {task.lead_agency.id for task in monthly} == {district.id for district in districts}
    for task in monthly:
        assert [o.due_on for o in task.occurrences][-2:] == [date(2017, 11, 30), date(2017, 12, 31)]
        assert len(task.occurrences) == 12
        assert all(agency.kind is not AgencyKind.SOCIAL_INSURANCE for agency in task.cooperating_agencies)


def test_every_seed_task_has_its_clause_text_and_an_agency_of_its_province(db):
    load_seed_dir(TODAY)
    for directive in db.session.scalars(select(Directive)):
        province = directive.issuer.province
        assert directive.full_text.strip()
        for task in directive.tasks:
            assert task.clause_text.strip(), (directive.code, task.clause)
            assert task.lead_agency.province.id == province.id, (directive.code, task.clause)
            assert task.occurrences, (directive.code, task.clause)
