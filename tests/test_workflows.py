"""Completion, extension, reassignment and contribution: each step, its on-time judgement and its record."""

from datetime import date
from io import BytesIO

import pytest
from sqlalchemy import func, select

from tracker.accounts.models import Role
from tracker.audit.models import AuditEvent
from tracker.dashboard.history import deadline_in_force_on
from tracker.extensions import db
from tracker.outbox.models import OutboxMessage
from tracker.tasks.models import ProgressUpdate, TaskOccurrence, UpdateKind, WorkStatus
from tracker.tasks.states import TaskState, occurrence_state
from tracker.workflows.models import Attachment, DeadlineChange, ExtensionRequest, RequestStatus

from .factories import make_agency, make_directive, make_task, make_user

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


@pytest.fixture
def scene(app, frozen_day):
    frozen_day(date(2020, 11, 13))
    province = make_agency("Ủy ban nhân dân tỉnh Long An", short_name="UBND tỉnh Long An")
    bhxh = make_agency("Bảo hiểm xã hội tỉnh Long An", short_name="BHXH tỉnh", parent=province, head_email="bhxh@longan.gov.vn")
    health = make_agency("Sở Y tế tỉnh Long An", short_name="Sở Y tế", parent=province, head_email="soyte@longan.gov.vn")
    directive = make_directive(province, symbol="6880/UBND-VHXH", issued_on=date(2020, 11, 12))
    task = make_task(directive, bhxh, clause="3", summary="Tổng hợp, báo cáo UBND tỉnh", cooperating_agencies=(health,),
                     due_on=date(2020, 11, 17), today=date(2020, 11, 13))
    people = {
        "head": make_user(Role.AGENCY_HEAD, bhxh),
        "officer": make_user(Role.AGENCY_OFFICER, bhxh),
        "partner": make_user(Role.AGENCY_OFFICER, health),
        "office": make_user(Role.PROVINCIAL_OFFICE, province),
    }
    db.session.commit()
    return {"task": task, "occurrence": task.occurrences[0], "bhxh": bhxh, "health": health, **people}


def _as(client, login, user):
    client.post("/dang-xuat")
    return login(user)


def _events(entity_type: str) -> list[AuditEvent]:
    return db.session.scalars(select(AuditEvent).where(AuditEvent.entity_type == entity_type).order_by(AuditEvent.id)).all()


def _state(occurrence, today):
    db.session.refresh(occurrence)
    return occurrence_state(occurrence, today, 7)


def test_completion_confirmed_is_done_on_the_reported_date(scene, client, login, frozen_day):
    occurrence = scene["occurrence"]
    frozen_day(date(2020, 11, 17))
    _as(client, login, scene["officer"])
    response = client.post(f"/nhiem-vu/ky/{occurrence.id}/bao-cao", data={
        "status": "done", "percent": "100", "reported_on": "17/11/2020", "note": "Đã trình UBND tỉnh báo cáo tổng hợp.",
        "attachment": (BytesIO(PDF), "bao-cao-tong-hop.pdf"),
    }, content_type="multipart/form-data")
    assert response.status_code == 302
    frozen_day(date(2020, 11, 20))  # the office confirms three days later
    assert _state(occurrence, date(2020, 11, 20)) is TaskState.OVERDUE  # not done until confirmed
    _as(client, login, scene["office"])
    client.post(f"/nhiem-vu/ky/{occurrence.id}/xac-nhan-hoan-thanh", data={"decision": "approve", "note": "Đạt yêu cầu"})
    assert occurrence.status is WorkStatus.DONE and occurrence.done_on == date(2020, 11, 17)
    assert _state(occurrence, date(2020, 11, 20)) is TaskState.DONE_ON_TIME
    kinds = [u.kind for u in reversed(occurrence.updates)]
    assert kinds == [UpdateKind.COMPLETION_REPORTED, UpdateKind.COMPLETION_CONFIRMED]
    [attachment] = db.session.scalars(select(Attachment)).all()
    download = client.get(f"/nhiem-vu/tep/{attachment.id}")
    assert download.data == PDF and "attachment" in download.headers["Content-Disposition"]
    assert "bao-cao-tong-hop.pdf" in download.headers["Content-Disposition"]
    statuses = [e.changes["status"] for e in _events("occurrence") if e.action == "update" and "status" in e.changes]
    assert statuses == [["pending", "reported"], ["reported", "done"]]


def test_completion_returned_is_in_progress_again(scene, client, login):
    occurrence = scene["occurrence"]
    _as(client, login, scene["officer"])
    client.post(f"/nhiem-vu/ky/{occurrence.id}/bao-cao", data={
        "status": "done", "percent": "100", "reported_on": "13/11/2020", "note": "Xong"})
    _as(client, login, scene["office"])
    refused = client.post(f"/nhiem-vu/ky/{occurrence.id}/xac-nhan-hoan-thanh", data={"decision": "reject", "note": ""})
    assert refused.status_code == 400
    db.session.refresh(occurrence)
    assert occurrence.status is WorkStatus.REPORTED  # a return needs its reason; nothing changed
    client.post(f"/nhiem-vu/ky/{occurrence.id}/xac-nhan-hoan-thanh",
                data={"decision": "reject", "note": "Thiếu số liệu của 3 huyện."})
    db.session.refresh(occurrence)
    assert occurrence.status is WorkStatus.IN_PROGRESS and occurrence.done_on is None
    assert occurrence.updates[0].kind is UpdateKind.COMPLETION_RETURNED
    assert occurrence.updates[0].note == "Thiếu số liệu của 3 huyện."


def test_extension_approved_moves_the_deadline_and_keeps_the_original(scene, client, login, frozen_day):
    occurrence = scene["occurrence"]
    _as(client, login, scene["head"])
    client.post(f"/nhiem-vu/ky/{occurrence.id}/xin-gia-han",
                data={"proposed_due_on": "30/11/2020", "reason": "Chờ số liệu của Cục Thống kê."})
    request = db.session.scalar(select(ExtensionRequest))
    assert request.status is RequestStatus.PENDING and request.current_due_on == date(2020, 11, 17)
    _as(client, login, scene["office"])
    frozen_day(date(2020, 11, 16))
    client.post(f"/nhiem-vu/gia-han/{request.id}/quyet-dinh", data={"decision": "approve", "note": ""})
    db.session.refresh(occurrence)
    assert occurrence.due_on == date(2020, 11, 30) and occurrence.scheduled_on == date(2020, 11, 17)
    [change] = db.session.scalars(select(DeadlineChange)).all()
    assert (change.old_due_on, change.new_due_on, change.extension_request_id) == (date(2020, 11, 17), date(2020, 11, 30), request.id)
    in_force = lambda day: db.session.scalar(  # noqa: E731
        select(deadline_in_force_on(day)).where(TaskOccurrence.id == occurrence.id))
    assert in_force(date(2020, 11, 15)) == date(2020, 11, 17)
    assert in_force(date(2020, 11, 16)) == date(2020, 11, 30)
    # Done on 25/11: late against the original, on time against the deadline in force.
    frozen_day(date(2020, 11, 25))
    _as(client, login, scene["officer"])
    client.post(f"/nhiem-vu/ky/{occurrence.id}/bao-cao",
                data={"status": "done", "percent": "100", "reported_on": "25/11/2020", "note": "Xong"})
    _as(client, login, scene["office"])
    client.post(f"/nhiem-vu/ky/{occurrence.id}/xac-nhan-hoan-thanh", data={"decision": "approve"})
    assert _state(occurrence, date(2020, 11, 25)) is TaskState.DONE_ON_TIME
    assert [e.changes["status"] for e in _events("extension_request") if "status" in e.changes][-1] == ["pending", "approved"]


def test_extension_rejected_leaves_the_deadline_and_lateness(scene, client, login, frozen_day):
    occurrence = scene["occurrence"]
    _as(client, login, scene["head"])
    client.post(f"/nhiem-vu/ky/{occurrence.id}/xin-gia-han", data={"proposed_due_on": "30/11/2020", "reason": "Chờ số liệu."})
    request = db.session.scalar(select(ExtensionRequest))
    _as(client, login, scene["office"])
    assert client.post(f"/nhiem-vu/gia-han/{request.id}/quyet-dinh", data={"decision": "reject", "note": ""}).status_code == 400
    client.post(f"/nhiem-vu/gia-han/{request.id}/quyet-dinh", data={"decision": "reject", "note": "Số liệu đã có."})
    db.session.refresh(request)
    db.session.refresh(occurrence)
    assert request.status is RequestStatus.REJECTED and occurrence.due_on == date(2020, 11, 17)
    assert db.session.scalar(select(func.count()).select_from(DeadlineChange)) == 0
    assert _state(occurrence, date(2020, 11, 18)) is TaskState.OVERDUE


@pytest.mark.parametrize("fields, message", [
    ({"proposed_due_on": "10/11/2020"}, "Thời hạn đề nghị phải sau thời hạn hiện tại (17/11/2020)."),
    ({"reason": ""}, "Cần nêu lý do xin gia hạn."),
    ({"proposed_due_on": "31/11/2020"}, "Ngày không hợp lệ"),
])
def test_bad_extension_requests_are_refused(scene, client, login, fields, message):
    _as(client, login, scene["head"])
    data = {"proposed_due_on": "30/11/2020", "reason": "Chờ số liệu."} | fields
    response = client.post(f"/nhiem-vu/ky/{scene['occurrence'].id}/xin-gia-han", data=data, follow_redirects=True)
    assert message in response.text
    assert db.session.scalar(select(func.count()).select_from(ExtensionRequest)) == 0


def test_an_officer_cannot_ask_for_an_extension(scene, client, login):
    _as(client, login, scene["officer"])
    assert client.post(f"/nhiem-vu/ky/{scene['occurrence'].id}/xin-gia-han",
                       data={"proposed_due_on": "30/11/2020", "reason": "x"}).status_code == 403


def test_a_cooperating_agency_adds_a_note_but_cannot_change_status(scene, client, login):
    occurrence = scene["occurrence"]
    _as(client, login, scene["partner"])
    page = client.get(f"/nhiem-vu/{scene['task'].id}").text
    assert "Ý kiến của cơ quan phối hợp" in page and "Gửi báo cáo tiến độ" not in page
    client.post(f"/nhiem-vu/ky/{occurrence.id}/phoi-hop", data={"note": "Sở Y tế đã gửi số liệu khám chữa bệnh."})
    assert client.post(f"/nhiem-vu/ky/{occurrence.id}/bao-cao",
                       data={"status": "done", "percent": "100", "reported_on": "13/11/2020", "note": "x"}).status_code == 403
    db.session.refresh(occurrence)
    assert occurrence.status is WorkStatus.PENDING
    assert [(u.kind, u.note) for u in occurrence.updates] == [(UpdateKind.CONTRIBUTION, "Sở Y tế đã gửi số liệu khám chữa bệnh.")]


def test_reassignment_tells_both_agencies_and_is_on_record(scene, client, login):
    task = scene["task"]
    _as(client, login, scene["office"])
    response = client.post(f"/nhiem-vu/{task.id}/sua", data={
        "clause": "3", "summary": task.summary, "clause_text": "", "lead_agency": str(scene["health"].id),
        "cooperating_agencies": [str(scene["bhxh"].id)], "due_on": "17/11/2020", "target": "",
        "reason": "Sở Y tế nắm số liệu",
    })
    assert response.status_code == 302
    db.session.refresh(task)
    assert task.lead_agency_id == scene["health"].id and [a.id for a in task.cooperating_agencies] == [scene["bhxh"].id]
    # The occurrences' copy of the lead (what the dashboard counts by) followed.
    assert set(db.session.scalars(select(TaskOccurrence.lead_agency_id).where(TaskOccurrence.task_id == task.id))) \
        == {scene["health"].id}
    recipients = sorted(r for m in db.session.scalars(select(OutboxMessage)) for r in m.recipients)
    assert recipients == ["bhxh@longan.gov.vn", "soyte@longan.gov.vn"]
    [event] = [e for e in _events("task") if e.action == "update"]
    assert event.changes["lead_agency_id"] == [scene["bhxh"].id, scene["health"].id]
    assert event.actor_id == scene["office"].id and event.address == "127.0.0.1"


def test_office_changes_a_deadline_and_the_move_is_kept(scene, client, login):
    task, occurrence = scene["task"], scene["occurrence"]
    _as(client, login, scene["office"])
    client.post(f"/nhiem-vu/{task.id}/sua", data={
        "clause": "3", "summary": task.summary, "lead_agency": str(scene["bhxh"].id), "due_on": "20/11/2020",
        "reason": "Theo chỉ đạo của Chủ tịch",
    })
    db.session.refresh(occurrence)
    assert occurrence.due_on == date(2020, 11, 20)
    [change] = db.session.scalars(select(DeadlineChange)).all()
    assert change.reason == "Theo chỉ đạo của Chủ tịch" and change.old_due_on == date(2020, 11, 17)
    page = client.get(f"/nhiem-vu/{task.id}").text
    assert "hạn ban đầu 17/11/2020" in page and "Thời hạn: 17/11/2020 → 20/11/2020" in page


def test_a_forged_agency_id_is_refused_and_nothing_written(scene, client, login):
    task = scene["task"]
    other = make_agency("Ủy ban nhân dân tỉnh Vĩnh Long")
    db.session.commit()
    _as(client, login, scene["office"])
    before = db.session.scalar(select(func.count()).select_from(AuditEvent))
    response = client.post(f"/nhiem-vu/{task.id}/sua", data={
        "clause": "3", "summary": "Đổi", "lead_agency": str(other.id), "due_on": "17/11/2020"})
    assert response.status_code == 200 and "Lựa chọn không hợp lệ." in response.text
    db.session.refresh(task)
    assert task.lead_agency_id == scene["bhxh"].id and task.summary == "Tổng hợp, báo cáo UBND tỉnh"
    assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == before


@pytest.mark.parametrize("filename, content, message", [
    ("bao-cao.pdf", b"MZ\x90\x00 this is an executable", "Nội dung tệp “bao-cao.pdf” không đúng định dạng .pdf."),
    ("bao-cao.exe", b"MZ\x90\x00", "không được chấp nhận"),
    ("bao-cao.pdf", PDF + b"0" * (10 * 1024 * 1024), "quá lớn"),
])
def test_bad_attachments_are_refused_and_nothing_written(scene, client, login, filename, content, message):
    _as(client, login, scene["officer"])
    response = client.post(f"/nhiem-vu/ky/{scene['occurrence'].id}/bao-cao", data={
        "status": "in_progress", "percent": "10", "reported_on": "13/11/2020", "note": "Kèm tệp",
        "attachment": (BytesIO(content), filename),
    }, content_type="multipart/form-data")
    assert response.status_code in (400, 413)
    assert message in response.text or response.status_code == 413
    assert db.session.scalar(select(func.count()).select_from(ProgressUpdate)) == 0
    assert db.session.scalar(select(func.count()).select_from(Attachment)) == 0


def test_script_in_a_task_text_is_shown_as_text(scene, client, login):
    task = scene["task"]
    _as(client, login, scene["office"])
    client.post(f"/nhiem-vu/{task.id}/sua", data={
        "clause": "3", "summary": "<script>alert('x')</script>", "lead_agency": str(scene["bhxh"].id), "due_on": "17/11/2020"})
    page = client.get(f"/nhiem-vu/{task.id}").text
    assert "<script>alert('x')</script>" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
