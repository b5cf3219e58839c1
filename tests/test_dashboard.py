"""Every dashboard figure on a hand-made province whose right numbers are known (tests/scenes.py)."""

from datetime import date

import pytest

from tracker.dashboard.charts import deadlines_by_week, overdue_by_week
from tracker.dashboard.league import league_table
from tracker.dashboard.lists import occurrence_rows, overdue_page
from tracker.dashboard.services import View, counts_by_lead_agency, directive_progress, headline
from tracker.tasks.queries import OccurrenceFilters
from tracker.tasks.states import TaskState

from .scenes import TODAY, build_scene


@pytest.fixture
def scene(db, frozen_day):
    frozen_day(TODAY)
    return build_scene()


def view(**filters) -> View:
    as_of = filters.pop("as_of", None)
    return View(filters=OccurrenceFilters(**filters), today=TODAY, soon_days=7, as_of=as_of)


def test_headline_counts_every_state(scene):
    figures = headline(counts_by_lead_agency(scene.office, view()))
    assert figures.by_state == {
        TaskState.DONE_ON_TIME: 3,  # T1 on its due date, T8 October (Saturday deadline met on Monday), T10 after its move
        TaskState.DONE_LATE: 3,  # T2, T4, T9 (late even after its deadline was moved)
        TaskState.OVERDUE: 2,  # T3, T8 November
        TaskState.DUE_SOON: 1,  # T5
        TaskState.IN_PROGRESS: 2,  # T6 (reported), T11 (ongoing duty)
        TaskState.NOT_YET_DUE: 2,  # T7, T8 December
    }
    assert (figures.open, figures.due_soon, figures.overdue, figures.on_time, figures.late) == (5, 1, 2, 3, 3)
    assert figures.on_time_rate == pytest.approx(3 / 8)


def test_filters_narrow_every_figure(scene):
    november = headline(counts_by_lead_agency(scene.office, view(due_from=date(2020, 11, 1), due_to=date(2020, 11, 30))))
    assert november.assigned == 8 and november.overdue == 2 and november.on_time == 2 and november.late == 3
    district = headline(counts_by_lead_agency(scene.office, view(agency_id=scene.district.id)))
    assert district.assigned == 6 and district.overdue == 1 and district.on_time == 1
    only_late = headline(counts_by_lead_agency(scene.office, view(state=TaskState.OVERDUE)))
    assert only_late.assigned == 2 == only_late.overdue
    urgent = headline(counts_by_lead_agency(scene.office, view(directive_id=scene.urgent.id)))
    assert (urgent.assigned, urgent.overdue, urgent.late) == (2, 1, 1)


def test_league_table_rolls_communes_up_into_their_district(scene):
    rows = league_table(counts_by_lead_agency(scene.office, view()), scene.province.id, sort="ten", order="tang")
    table = {row.name: (row.figures.assigned, row.figures.on_time, row.figures.late, row.figures.overdue) for row in rows}
    assert table == {
        "BHXH tỉnh": (3, 1, 1, 1),
        "Sở Y tế": (4, 1, 2, 0),
        "UBND huyện Đức Hòa": (6, 1, 0, 1),
    }
    assert [row.name for row in rows] == ["BHXH tỉnh", "Sở Y tế", "UBND huyện Đức Hòa"]
    rates = {row.name: row.figures.on_time_rate for row in rows}
    assert rates["Sở Y tế"] == pytest.approx(1 / 3) and rates["UBND huyện Đức Hòa"] == pytest.approx(0.5)
    district = next(row for row in rows if row.agency_id == scene.district.id)
    assert district.has_children


def test_league_table_sorts_and_drills_down(scene):
    by_agency = counts_by_lead_agency(scene.office, view())
    by_rate = league_table(by_agency, scene.province.id, sort="ty-le", order="giam")
    assert [row.name for row in by_rate][0] == "UBND huyện Đức Hòa"
    inside = league_table(counts_by_lead_agency(scene.office, view(agency_id=scene.district.id)), scene.district.id)
    assert [(row.name, row.figures.assigned) for row in inside] == [
        ("UBND huyện Đức Hòa (trực tiếp chủ trì)", 4), ("UBND xã Hựu Thạnh", 2)
    ]


def test_overdue_list_most_days_late_first_with_last_update(scene):
    rows, total = overdue_page(scene.office, view(), page=1, per_page=100)
    assert total == 2
    assert [(row.summary, row.days_late) for row in rows] == [
        ("Báo cáo tháng về BHYT hộ gia đình", 10),
        ("Tổng hợp, báo cáo UBND tỉnh", 3),
    ]
    assert rows[0].period == "Tháng 11/2020" and rows[0].last_note is None
    assert rows[1].directive_title == "6880/UBND-VHXH" and rows[1].clause == "3" and rows[1].lead_agency == "BHXH tỉnh"
    assert rows[1].last_reported_on == date(2020, 11, 15)
    assert rows[1].last_note == "Chờ số liệu của các huyện, chưa tổng hợp được."
    second_page, _ = overdue_page(scene.office, view(), page=2, per_page=1)
    assert [row.summary for row in second_page] == ["Tổng hợp, báo cáo UBND tỉnh"]


def test_directive_progress_share_done(scene):
    rows = {row.title: row for row in directive_progress(scene.office, view())}
    assert (rows["100/UBND-VX"].assigned, rows["100/UBND-VX"].done, rows["100/UBND-VX"].overdue) == (11, 5, 1)
    assert rows["6880/UBND-VHXH"].share_done == pytest.approx(0.5)


def test_weekly_overdue_chart_and_deadlines_ahead(scene):
    weeks = overdue_by_week(scene.office, view(), weeks=4)
    assert [(point.day, point.value) for point in weeks] == [
        (date(2020, 10, 30), 0), (date(2020, 11, 6), 1), (date(2020, 11, 13), 1), (date(2020, 11, 20), 2)
    ]
    ahead = deadlines_by_week(scene.office, view(), weeks=6)
    assert [point.value for point in ahead] == [1, 0, 1, 1, 0, 1]


def test_each_weeks_bar_is_the_overdue_figure_as_of_that_day(scene, frozen_day):
    """The chart reads each occurrence once; the headline "as of" judges every one on the day.
    Both must agree, through moved deadlines, late entries, a cycle and late completions."""
    from tracker.extensions import db
    from tracker.workflows.services import change_deadline

    from .factories import make_directive, make_task

    # Entered late: issued 05/11 with a deadline of 20/10, so late from the day it existed.
    late_entry = make_directive(scene.province, symbol="7/UBND", issued_on=date(2020, 11, 5))
    make_task(late_entry, scene.bhxh, clause="1", due_on=date(2020, 10, 20), today=date(2020, 11, 5))
    # Overdue from 16/10, extended on 25/10 to 10/11: late, then not, then late again.
    extended = make_task(scene.main, scene.health, clause="9", due_on=date(2020, 10, 15), today=date(2020, 10, 1))
    frozen_day(date(2020, 10, 25))
    change_deadline(extended.occurrences[0], date(2020, 11, 10), by=scene.office, reason="Gia hạn")
    db.session.flush()  # the change is stamped when written
    frozen_day(TODAY)

    weeks = overdue_by_week(scene.office, view(), weeks=10)
    as_of = [headline(counts_by_lead_agency(scene.office, view(as_of=point.day))).overdue for point in weeks]
    assert [point.value for point in weeks] == as_of
    # 23/10 extended (old deadline); 30/10 none; 06/11 T2 and the late entry; 13/11 and today both
    # of those two with T8 (November), and T3 from today
    assert as_of[-5:] == [1, 0, 2, 3, 4]
    district = overdue_by_week(scene.office, view(agency_id=scene.district.id), weeks=10)
    assert [point.value for point in district] == [
        headline(counts_by_lead_agency(scene.office, view(agency_id=scene.district.id, as_of=point.day))).overdue
        for point in district
    ]


def test_rows_take_their_state_from_compute_state(scene):
    states = {row.summary: row.state for row in occurrence_rows(scene.office, view())}
    assert states["Tuyên truyền thường xuyên về BHYT"] is TaskState.IN_PROGRESS
    assert states["Kiểm tra cơ sở khám chữa bệnh"] is TaskState.DONE_LATE
    assert states["Thu hồi nợ đọng BHXH"] is TaskState.DONE_ON_TIME


def test_an_agency_sees_only_its_own_figures(scene):
    from tracker.accounts.models import Role

    from .factories import make_user

    head = make_user(Role.AGENCY_HEAD, scene.bhxh)
    figures = headline(counts_by_lead_agency(head, view()))
    assert figures.assigned == 3 and figures.overdue == 1


def test_dashboard_page_shows_the_figures_and_keeps_filters_in_links(scene, client, login):
    login(scene.office)
    page = client.get(f"/?agency={scene.bhxh.id}").text
    assert 'data-figure="overdue"><strong>1</strong>' in page
    assert "Tổng hợp, báo cáo UBND tỉnh" in page and "Rà soát danh sách hộ nghèo" not in page
    assert f"/tong-quan/qua-han?agency={scene.bhxh.id}" in page
    assert "<svg" in page and "http" not in page.split("<svg", 1)[1].split("</svg>", 1)[0].replace('xmlns="http', "")
    league = client.get("/tong-quan/xep-hang?sort=qua-han&order=giam").text
    assert league.index("BHXH tỉnh") < league.index("Sở Y tế")
    assert f'href="/nhiem-vu/?agency={scene.bhxh.id}"' in league


def test_bad_filter_values_get_a_vietnamese_message(scene, client, login):
    login(scene.office)
    page = client.get("/?as_of=31/02/2020&due_from=01/12/2020&due_to=01/11/2020").text
    assert "Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy." in page
    assert "Ngày kết thúc kỳ phải sau ngày bắt đầu." in page
    future = client.get("/?as_of=01/01/2021").text
    assert "Ngày xem số liệu không được sau ngày hôm nay." in future


def test_completion_counts_follow_every_write(scene):
    """The counts the database keeps equal a fresh count after every kind of write: reports,
    a reassignment, a flag, a bulk update and deletes that bypass the ORM."""
    from sqlalchemy import delete, select, text, update

    from tracker.dashboard.models import RECOUNT, CompletionCount
    from tracker.extensions import db
    from tracker.tasks.models import TaskOccurrence, WorkStatus
    from tracker.tasks.services import record_progress

    def kept():
        rows = db.session.execute(select(CompletionCount.counted_by, CompletionCount.counted_id, CompletionCount.outcome,
                                         CompletionCount.occurrences).where(CompletionCount.occurrences != 0))
        return {tuple(row[:3]): row[3] for row in rows}

    def recounted():
        false = "0" if db.engine.dialect.name == "sqlite" else "false"
        select_part = [statement.format(false=false).split(" SELECT ", 1)[1] for statement in RECOUNT]
        return {tuple(row[:3]): row[3] for part in select_part for row in db.session.execute(text("SELECT " + part))}

    def check():
        db.session.commit()
        assert kept() == recounted()

    check()
    assert sum(kept().values()) == 2 * 6  # six finished occurrences, counted by agency and by directive
    t = scene.tasks
    open_one = t[5].occurrences[0]
    record_progress(open_one, author=None, status=WorkStatus.DONE, percent=100, reported_on=TODAY, note="Xong.", today=TODAY)
    check()
    t[1].lead_agency = scene.bhxh  # a finished task changes hands
    check()
    t[2].informational = True  # no longer followed
    check()
    db.session.execute(update(TaskOccurrence).where(TaskOccurrence.task_id == t[10].id)
                       .values(lead_agency_id=scene.district.id))  # one column, past the ORM
    check()
    db.session.execute(update(TaskOccurrence).where(TaskOccurrence.task_id == t[7].id)
                       .values(status=WorkStatus.DONE, done_on=date(2021, 1, 5)))  # bulk, past the ORM
    check()
    db.session.delete(t[4])  # the ORM deletes its occurrences
    check()
    db.session.execute(delete(TaskOccurrence).where(TaskOccurrence.task_id == t[9].id))
    check()
    assert sum(kept().values()) == 2 * 5
