"""The dashboard "as of" a past day, rebuilt from the progress history (tests/scenes.py)."""

from datetime import date

import pytest
from sqlalchemy import select

from tracker.dashboard.history import deadline_in_force_on
from tracker.dashboard.lists import occurrence_rows, overdue_page
from tracker.dashboard.services import View, counts_by_lead_agency, headline
from tracker.extensions import db
from tracker.tasks.models import TaskOccurrence, WorkStatus
from tracker.tasks.queries import OccurrenceFilters
from tracker.tasks.services import record_progress
from tracker.tasks.states import TaskState
from tracker.workflows.services import change_deadline

from .factories import make_directive, make_task
from .scenes import TODAY, build_scene


@pytest.fixture
def scene(db, frozen_day):
    frozen_day(TODAY)
    return build_scene()


def as_of(day, **filters) -> View:
    return View(filters=OccurrenceFilters(**filters), today=TODAY, soon_days=7, as_of=day)


def test_which_tasks_were_overdue_on_18_11_2020(scene):
    rows, total = overdue_page(scene.office, as_of(date(2020, 11, 18)), page=1, per_page=100)
    assert total == 3
    assert [(row.summary, row.days_late) for row in rows] == [
        ("Báo cáo tháng về BHYT hộ gia đình", 8),
        ("Đối chiếu số liệu người tham gia", 2),  # reported done only on 19/11
        ("Tổng hợp, báo cáo UBND tỉnh", 1),
    ]
    # The last update is the one known on that day, not the completion reported the day after.
    assert rows[1].last_note == "Đang đối chiếu số liệu với Cục Thuế." and rows[1].last_reported_on == date(2020, 11, 13)


def test_every_state_as_it_stood_on_18_11_2020(scene):
    figures = headline(counts_by_lead_agency(scene.office, as_of(date(2020, 11, 18))))
    assert figures.by_state == {
        TaskState.DONE_ON_TIME: 3, TaskState.DONE_LATE: 2, TaskState.OVERDUE: 3,
        TaskState.DUE_SOON: 1, TaskState.IN_PROGRESS: 2, TaskState.NOT_YET_DUE: 2,
    }


def test_progress_reported_later_is_not_known_earlier(scene):
    states = {row.summary: row.state for row in occurrence_rows(scene.office, as_of(date(2020, 11, 13)))}
    # T6 (due 15/12) was reported in progress on 14/11: on 13/11 it had not started.
    assert states["Lập danh sách người chưa có thẻ"] is TaskState.NOT_YET_DUE
    later = {row.summary: row.state for row in occurrence_rows(scene.office, as_of(date(2020, 11, 14)))}
    assert later["Lập danh sách người chưa có thẻ"] is TaskState.IN_PROGRESS


def test_directives_issued_later_did_not_exist_yet(scene):
    figures = headline(counts_by_lead_agency(scene.office, as_of(date(2020, 11, 11))))
    assert figures.assigned == 11  # 6880/UBND-VHXH was issued on 12/11
    rows = occurrence_rows(scene.office, as_of(date(2020, 11, 11), state=TaskState.OVERDUE))
    # T2 (due 05/11) was still open on 11/11: it was reported done on 12/11.
    assert [row.summary for row in rows] == ["Báo cáo chỉ tiêu y tế", "Báo cáo tháng về BHYT hộ gia đình"]


def test_today_and_later_days_read_the_stored_state(scene):
    stored = headline(counts_by_lead_agency(scene.office, as_of(None)))
    assert headline(counts_by_lead_agency(scene.office, as_of(date(2021, 1, 1)))) == stored
    assert stored.overdue == 2


def test_an_extension_counts_from_the_day_it_was_granted(scene, frozen_day):
    task = next(t for t in scene.tasks.values() if t.summary == "Tổng hợp, báo cáo UBND tỉnh")  # due 17/11
    frozen_day(date(2020, 11, 19))
    change_deadline(task.occurrences[0], date(2020, 11, 30), by=scene.office, reason="Gia hạn")
    db.session.commit()
    frozen_day(TODAY)
    overdue_on = lambda day: {r.summary for r in occurrence_rows(scene.office, as_of(day, state=TaskState.OVERDUE))}  # noqa: E731
    assert "Tổng hợp, báo cáo UBND tỉnh" in overdue_on(date(2020, 11, 18))  # 17/11 was still in force
    assert "Tổng hợp, báo cáo UBND tỉnh" not in overdue_on(date(2020, 11, 20))  # moved to 30/11 on 19/11
    in_force = db.session.scalar(select(deadline_in_force_on(date(2020, 11, 18))).where(TaskOccurrence.id == task.occurrences[0].id))
    assert in_force == date(2020, 11, 17)


def test_as_of_page_says_so_and_links_back(scene, client, login):
    login(scene.office)
    page = client.get("/?as_of=18/11/2020").text
    assert "Số liệu tính đến ngày <strong>18/11/2020</strong>" in page
    assert 'data-figure="overdue"><strong>3</strong>' in page
    overdue = client.get("/tong-quan/qua-han?as_of=18/11/2020").text
    assert '<span id="overdue-total">3</span>' in overdue and "Đang đối chiếu số liệu với Cục Thuế." in overdue


def test_completion_reported_after_a_later_extension_is_judged_by_the_old_deadline(scene, frozen_day):
    """Done by the day asked about, but its deadline moved after that day: what was settled then
    was "done late" under the old deadline, though today it is on time under the new one."""
    directive = make_directive(scene.province, symbol="7/KH-UBND", issued_on=date(2020, 11, 1))
    occurrence = make_task(directive, scene.health, summary="Kiểm tra an toàn thực phẩm",
                           due_on=date(2020, 11, 10), today=TODAY).occurrences[0]
    frozen_day(date(2020, 11, 19))
    change_deadline(occurrence, date(2020, 11, 30), by=scene.office, reason="Gia hạn")
    db.session.flush()
    frozen_day(date(2020, 11, 20))
    record_progress(occurrence, author=None, status=WorkStatus.DONE, percent=100, reported_on=date(2020, 11, 12),
                    note="Đã kiểm tra xong từ 12/11.", today=date(2020, 11, 20))
    db.session.commit()
    frozen_day(TODAY)

    def states_on(day):
        return headline(counts_by_lead_agency(scene.office, as_of(day, directive_id=directive.id))).by_state

    assert states_on(date(2020, 11, 13))[TaskState.DONE_LATE] == 1
    assert states_on(date(2020, 11, 13))[TaskState.DONE_ON_TIME] == 0
    assert states_on(date(2020, 11, 20))[TaskState.DONE_ON_TIME] == 1
    assert states_on(None)[TaskState.DONE_ON_TIME] == 1
