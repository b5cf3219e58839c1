"""Urging by hand, the policy and the calendar pages, and who may use them."""

from datetime import date

import pytest
from sqlalchemy import func, select

from tracker.accounts.models import Role
from tracker.extensions import db
from tracker.reminders.models import Delivery, DeliveryKind, ReminderPolicy
from tracker.tasks.models import TaskOccurrence
from tracker.workdays.models import CalendarDay

from .factories import make_agency, make_directive, make_task, make_user



@pytest.fixture
def app(smtp_app):
    """Every request of this module goes through the app whose mail reaches the SMTP server."""
    return smtp_app

@pytest.fixture
def province(smtp_app, frozen_day):
    frozen_day(date(2020, 11, 20))
    root = make_agency("Ủy ban nhân dân tỉnh Long An", short_name="UBND tỉnh Long An")
    bhxh = make_agency("Bảo hiểm xã hội tỉnh Long An", short_name="BHXH tỉnh", parent=root, head_email="bhxh@longan.gov.vn")
    silent = make_agency("Sở Y tế tỉnh Long An", short_name="Sở Y tế", parent=root)
    directive = make_directive(root, symbol="6880/UBND-VHXH", issued_on=date(2020, 11, 12))
    late = make_task(directive, bhxh, clause="3", summary="Tổng hợp, báo cáo UBND tỉnh", due_on=date(2020, 11, 17),
                     today=date(2020, 11, 20))
    also_late = make_task(directive, bhxh, clause="1", summary="Thuyết minh chênh lệch số liệu", due_on=date(2020, 11, 16),
                          today=date(2020, 11, 20))
    unreachable = make_task(directive, silent, clause="2", summary="Báo cáo của Sở Y tế", due_on=date(2020, 11, 16),
                            today=date(2020, 11, 20))
    people = {
        "office": make_user(Role.PROVINCIAL_OFFICE, root),
        "head": make_user(Role.AGENCY_HEAD, bhxh),
        "admin": make_user(Role.ADMIN),
    }
    db.session.commit()
    return {"bhxh": bhxh, "late": late, "also_late": also_late, "unreachable": unreachable, **people}


def _deliveries(kind=DeliveryKind.URGE):
    return db.session.scalars(select(Delivery).where(Delivery.kind == kind)).all()


def test_office_urges_one_task_with_its_note(province, client, login, smtp_server):
    _controller, inbox = smtp_server
    login(province["office"])
    occurrence = province["late"].occurrences[0]
    form = client.get(f"/nhac-viec/don-doc/ky/{occurrence.id}")
    assert form.status_code == 200 and "Tổng hợp, báo cáo UBND tỉnh" in form.text
    response = client.post(f"/nhac-viec/don-doc/ky/{occurrence.id}", data={"note": "Đề nghị nộp trước 16 giờ hôm nay."})
    assert response.status_code == 302
    assert len(inbox.messages) == 1 and inbox.envelopes[0].rcpt_tos == ["bhxh@longan.gov.vn"]
    message = inbox.messages[0]
    assert message["Subject"] == "[Đôn đốc] 1 nhiệm vụ cần khẩn trương thực hiện"
    text = message.get_body(("plain",)).get_content()
    assert "Đề nghị nộp trước 16 giờ hôm nay." in text and "quá hạn 3 ngày" in text
    [delivery] = _deliveries()
    assert delivery.sent_by_id == province["office"].id and delivery.note == "Đề nghị nộp trước 16 giờ hôm nay."
    assert delivery.outbox_message.status.value == "sent"


def test_an_urging_also_reaches_the_officer_following_the_task(province, client, login, smtp_server):
    _controller, inbox = smtp_server
    task = province["late"]
    task.officer = make_user(Role.AGENCY_OFFICER, task.lead_agency, email="Chuyenvien@LongAn.gov.vn")
    db.session.commit()
    login(province["office"])
    occurrence = task.occurrences[0]
    assert client.post(f"/nhac-viec/don-doc/ky/{occurrence.id}", data={"note": "Khẩn."}).status_code == 302
    # one message per recipient
    assert sorted(r for envelope in inbox.envelopes for r in envelope.rcpt_tos) == [
        "bhxh@longan.gov.vn", "chuyenvien@longan.gov.vn"]
    task.officer.active = False  # a disabled account is not written to
    db.session.commit()
    assert client.post(f"/nhac-viec/don-doc/ky/{occurrence.id}", data={"note": "Khẩn."}).status_code == 302
    assert len(inbox.envelopes) == 3 and inbox.envelopes[-1].rcpt_tos == ["bhxh@longan.gov.vn"]


def test_office_urges_all_overdue_tasks_of_an_agency_in_one_mail(province, client, login, smtp_server):
    _controller, inbox = smtp_server
    login(province["office"])
    page = client.get(f"/co-quan/{province['bhxh'].id}")
    assert "Đôn đốc các nhiệm vụ quá hạn" in page.text
    client.post(f"/nhac-viec/don-doc/co-quan/{province['bhxh'].id}", data={"note": ""})
    assert len(inbox.messages) == 1
    text = inbox.messages[0].get_body(("plain",)).get_content()
    assert "Tổng hợp, báo cáo UBND tỉnh" in text and "Thuyết minh chênh lệch số liệu" in text
    assert len(_deliveries()) == 2


def test_urging_an_agency_without_address_is_refused_and_writes_nothing(province, client, login):
    login(province["office"])
    occurrence = province["unreachable"].occurrences[0]
    response = client.post(f"/nhac-viec/don-doc/ky/{occurrence.id}", data={"note": "Khẩn"})
    assert response.status_code == 400 and "Chưa có địa chỉ thư của cơ quan chủ trì (Sở Y tế)" in response.text
    assert _deliveries() == []


def test_agency_users_cannot_urge_or_see_reminders(province, client, login):
    login(province["head"])
    occurrence = province["late"].occurrences[0]
    assert client.post(f"/nhac-viec/don-doc/ky/{occurrence.id}", data={"note": "x"}).status_code == 403
    assert client.get("/nhac-viec/").status_code == 403
    assert "Đôn đốc" not in client.get(f"/nhiem-vu/{province['late'].id}").text


def test_admin_changes_the_policy_and_a_directive_override(province, client, login):
    login(province["admin"])
    assert "7, 3, 1" in client.get("/nhac-viec/chinh-sach").text
    bad = client.post("/nhac-viec/chinh-sach", data={"before_working_days": "7, ba"})
    assert "Nhập các số ngày làm việc" in bad.text
    assert db.session.scalar(select(func.count()).select_from(ReminderPolicy)) == 0
    client.post("/nhac-viec/chinh-sach", data={
        "before_working_days": "5,2", "on_due_day": "y", "office_after_working_days": "2",
        "leader_after_working_days": "", "repeat_every_days": "14",
    })
    row = db.session.scalar(select(ReminderPolicy))
    assert row.before_working_days == [5, 2] and row.office_after_working_days == 2
    assert row.leader_after_working_days is None and row.repeat_every_days == 14
    directive_id = province["late"].directive_id
    client.post(f"/nhac-viec/chinh-sach/van-ban/{directive_id}", data={"before_working_days": "1", "on_due_day": ""})
    override = db.session.scalar(select(ReminderPolicy).where(ReminderPolicy.directive_id == directive_id))
    assert override.before_working_days == [1] and override.on_due_day is False


def test_office_cannot_change_the_policy(province, client, login):
    login(province["office"])
    assert client.get("/nhac-viec/chinh-sach").status_code == 403
    assert client.get("/nhac-viec/ngay-nghi").status_code == 403


def test_an_extra_day_off_moves_the_effective_deadline(province, client, login):
    login(province["admin"])
    occurrence = province["late"].occurrences[0]
    assert occurrence.effective_due_on == date(2020, 11, 17)
    client.post("/nhac-viec/ngay-nghi", data={"day": "17/11/2020", "is_day_off": "1", "note": "Nghỉ bù"})
    db.session.expire_all()
    assert db.session.get(TaskOccurrence, occurrence.id).effective_due_on == date(2020, 11, 18)
    refused = client.post("/nhac-viec/ngay-nghi", data={"day": "18/11/2020", "is_day_off": "0", "note": ""})
    assert "Ngày làm việc bù phải là thứ Bảy hoặc Chủ nhật." in refused.text
    assert db.session.scalar(select(func.count()).select_from(CalendarDay)) == 1
    day = db.session.scalar(select(CalendarDay))
    client.post(f"/nhac-viec/ngay-nghi/{day.id}/xoa")
    db.session.expire_all()
    assert db.session.get(TaskOccurrence, occurrence.id).effective_due_on == date(2020, 11, 17)
