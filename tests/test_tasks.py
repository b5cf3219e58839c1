"""Task pages: the list and its filters, the task page, and progress updates with their rules."""

from datetime import date

import pytest
from sqlalchemy import func, select

from tracker.accounts.models import Role
from tracker.tasks.models import ProgressUpdate, TaskOccurrence, WorkStatus

from tracker.tasks.services import sync_occurrences

from .factories import make_agency, make_directive, make_task, make_user

TODAY = date(2020, 11, 16)


@pytest.fixture
def scene(db, frozen_day):
    """Long An in November 2020: BHXH tỉnh must report by 17/11; a district has another task."""
    frozen_day(TODAY)
    province = make_agency("Ủy ban nhân dân tỉnh Long An", short_name="UBND tỉnh Long An")
    bhxh = make_agency("Bảo hiểm xã hội tỉnh Long An", short_name="BHXH tỉnh", parent=province)
    district = make_agency("Ủy ban nhân dân huyện Đức Hòa", short_name="UBND huyện Đức Hòa", parent=province)
    directive = make_directive(province, symbol="6880/UBND-VHXH", issued_on=date(2020, 11, 12))
    bhxh_task = make_task(directive, bhxh, clause="3", summary="Tổng hợp báo cáo UBND tỉnh", due_on=date(2020, 11, 17), today=TODAY)
    district_task = make_task(directive, district, clause="2", summary="Thuyết minh nguyên nhân giảm", due_on=date(2020, 11, 10), today=TODAY)
    users = {
        "bhxh": make_user(Role.AGENCY_HEAD, bhxh),
        "district": make_user(Role.AGENCY_OFFICER, district),
        "office": make_user(Role.PROVINCIAL_OFFICE, province),
        "viewer": make_user(Role.VIEWER, province),
    }
    db.session.commit()
    return {"bhxh_task": bhxh_task, "district_task": district_task, "directive": directive, "users": users,
            "bhxh": bhxh, "district": district}


def _occurrence(task):
    return task.occurrences[0]


def _post_progress(client, occurrence, **fields):
    data = {"status": "in_progress", "percent": "40", "reported_on": "16/11/2020", "note": "Đã gửi công văn đôn đốc các huyện."}
    data.update(fields)
    return client.post(f"/nhiem-vu/ky/{occurrence.id}/bao-cao", data=data)


def _update_count(db):
    return db.session.scalar(select(func.count()).select_from(ProgressUpdate))


def test_lead_agency_posts_progress_and_sees_it_in_history(scene, login, db):
    client = login(scene["users"]["bhxh"])
    occurrence = _occurrence(scene["bhxh_task"])
    response = _post_progress(client, occurrence)
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).text
    assert "Đã ghi nhận báo cáo tiến độ." in page
    assert "Đã gửi công văn đôn đốc các huyện." in page
    db.session.expire_all()
    stored = db.session.get(TaskOccurrence, occurrence.id)
    assert stored.status is WorkStatus.IN_PROGRESS and stored.percent == 40
    assert [u.note for u in stored.updates] == ["Đã gửi công văn đôn đốc các huyện."]


def test_reporting_done_awaits_confirmation_then_counts_from_the_reported_date(scene, login, db, client):
    login(scene["users"]["bhxh"])
    occurrence = _occurrence(scene["bhxh_task"])
    _post_progress(client, occurrence, status="done", percent="60", reported_on="16/11/2020", note="Đã trình UBND tỉnh.")
    db.session.expire_all()
    stored = db.session.get(TaskOccurrence, occurrence.id)
    assert stored.status is WorkStatus.REPORTED and stored.percent == 100 and stored.done_on is None
    assert "Chờ xác nhận hoàn thành" in client.get(f"/nhiem-vu/{scene['bhxh_task'].id}").text
    client.post("/dang-xuat")
    login(scene["users"]["office"])
    client.post(f"/nhiem-vu/ky/{occurrence.id}/xac-nhan-hoan-thanh", data={"decision": "approve", "note": ""})
    db.session.expire_all()
    stored = db.session.get(TaskOccurrence, occurrence.id)
    assert stored.status is WorkStatus.DONE and stored.done_on == date(2020, 11, 16)
    assert "Hoàn thành đúng hạn" in client.get(f"/nhiem-vu/{scene['bhxh_task'].id}").text


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"reported_on": "31/02/2020"}, "Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy."),
        ({"reported_on": "2020-11-16"}, "Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy."),
        ({"reported_on": ""}, "Vui lòng nhập ngày (dd/mm/yyyy)."),
        ({"reported_on": "20/11/2020"}, "Ngày báo cáo không được sau ngày hôm nay."),
        ({"reported_on": "01/11/2020"}, "Ngày báo cáo không được trước ngày ban hành văn bản."),
        ({"note": ""}, "Nội dung báo cáo không được để trống."),
        ({"note": "   "}, "Nội dung báo cáo không được để trống."),
        ({"percent": "150"}, "Tỷ lệ hoàn thành phải từ 0 đến 100%."),
        ({"percent": "abc"}, "Vui lòng nhập một số nguyên."),
    ],
)
def test_bad_progress_is_refused_in_vietnamese_and_writes_nothing(scene, login, db, fields, message):
    client = login(scene["users"]["bhxh"])
    occurrence = _occurrence(scene["bhxh_task"])
    response = _post_progress(client, occurrence, **fields)
    assert response.status_code == 400
    assert message in response.text
    assert _update_count(db) == 0
    db.session.expire_all()
    assert db.session.get(TaskOccurrence, occurrence.id).status is WorkStatus.PENDING


def test_agency_cannot_update_another_agencys_task(scene, login, db):
    client = login(scene["users"]["district"])
    occurrence = _occurrence(scene["bhxh_task"])
    assert _post_progress(client, occurrence).status_code == 403
    assert _update_count(db) == 0


def test_agency_user_does_not_see_the_form_on_another_agencys_task(scene, login):
    client = login(scene["users"]["office"])
    # The provincial office follows and confirms; it does not report for the agency.
    assert "Gửi báo cáo tiến độ" not in client.get(f"/nhiem-vu/{scene['bhxh_task'].id}").text
    client.post("/dang-xuat")
    client = login(scene["users"]["district"])
    # The district sees its own task's form, and cannot open BHXH's task at all.
    assert "Gửi báo cáo tiến độ" in client.get(f"/nhiem-vu/{scene['district_task'].id}").text
    assert client.get(f"/nhiem-vu/{scene['bhxh_task'].id}").status_code == 403


def test_viewer_reads_but_cannot_report(scene, login, db):
    client = login(scene["users"]["viewer"])
    page = client.get(f"/nhiem-vu/{scene['bhxh_task'].id}")
    assert page.status_code == 200 and "Gửi báo cáo tiến độ" not in page.text
    assert _post_progress(client, _occurrence(scene["bhxh_task"])).status_code == 403


def test_task_list_filters_by_state_agency_and_dates(scene, login):
    client = login(scene["users"]["office"])
    everything = client.get("/nhiem-vu/").text
    assert "Tổng hợp báo cáo UBND tỉnh" in everything and "Thuyết minh nguyên nhân giảm" in everything
    overdue = client.get("/nhiem-vu/?state=qua-han").text
    assert "Thuyết minh nguyên nhân giảm" in overdue and "Tổng hợp báo cáo UBND tỉnh" not in overdue
    soon = client.get("/nhiem-vu/?state=sap-den-han").text
    assert "Tổng hợp báo cáo UBND tỉnh" in soon and "Thuyết minh nguyên nhân giảm" not in soon
    by_agency = client.get(f"/nhiem-vu/?agency={scene['bhxh'].id}").text
    assert "Tổng hợp báo cáo UBND tỉnh" in by_agency and "Thuyết minh nguyên nhân giảm" not in by_agency
    by_dates = client.get("/nhiem-vu/?due_from=15/11/2020&due_to=30/11/2020").text
    assert "Tổng hợp báo cáo UBND tỉnh" in by_dates and "Thuyết minh nguyên nhân giảm" not in by_dates
    bad_date = client.get("/nhiem-vu/?due_from=32/11/2020")
    assert bad_date.status_code == 200 and "Ngày không hợp lệ" in bad_date.text


def test_task_list_pages(scene, login, db, app):
    app.config["TASKS_PER_PAGE"] = 1
    client = login(scene["users"]["office"])
    first = client.get("/nhiem-vu/").text
    assert "Trang 1/2" in first and "Trang sau" in first
    second = client.get("/nhiem-vu/?page=2").text
    assert "Trang 2/2" in second
    assert ("Tổng hợp báo cáo UBND tỉnh" in first) != ("Tổng hợp báo cáo UBND tỉnh" in second)


def test_agency_user_lists_only_what_its_agency_is_involved_in(scene, login):
    client = login(scene["users"]["district"])
    page = client.get("/nhiem-vu/").text
    assert "Thuyết minh nguyên nhân giảm" in page and "Tổng hợp báo cáo UBND tỉnh" not in page


def test_csrf_token_is_required(scene, login, app, db):
    client = login(scene["users"]["bhxh"])
    app.config["WTF_CSRF_ENABLED"] = True
    response = _post_progress(client, _occurrence(scene["bhxh_task"]))
    assert response.status_code == 400
    assert "thiếu mã bảo vệ" in response.text
    assert _update_count(db) == 0


def test_occurrences_copy_their_tasks_lead_directive_and_flag(db):
    """The dashboard counts occurrences by their own copy of these; every change must reach it."""
    province = make_agency("UBND tỉnh")
    health, education = make_agency("Sở Y tế", parent=province), make_agency("Sở GD&ĐT", parent=province)
    first, second = make_directive(province, issued_on=date(2019, 12, 1)), make_directive(province, issued_on=None)
    task = make_task(first, health, recurrence="FREQ=MONTHLY;BYMONTHDAY=-1", recurrence_starts_on=date(2020, 1, 1),
                     today=date(2020, 6, 15))
    db.session.commit()

    def copies():
        rows = db.session.execute(select(TaskOccurrence.lead_agency_id, TaskOccurrence.directive_id,
                                         TaskOccurrence.informational, TaskOccurrence.followed_from)
                                  .where(TaskOccurrence.task_id == task.id))
        return set(rows)

    # Followed from the later of the issue date and the cycle's start.
    assert copies() == {(health.id, first.id, False, date(2020, 1, 1))} and len(task.occurrences) == 6
    task.lead_agency, task.directive, task.informational = education, second, True
    db.session.commit()
    assert copies() == {(education.id, second.id, True, date(2020, 1, 1))}
    sync_occurrences(task, date(2020, 8, 15))  # occurrences added later take the new values
    db.session.commit()
    assert copies() == {(education.id, second.id, True, date(2020, 1, 1))} and len(task.occurrences) == 8
    second.issued_on = date(2020, 3, 1)  # a corrected issue date
    db.session.commit()
    assert copies() == {(education.id, second.id, True, date(2020, 3, 1))}
    task.recurrence_starts_on = date(2020, 4, 1)
    db.session.commit()
    assert copies() == {(education.id, second.id, True, date(2020, 4, 1))}
