"""Mail: kept in the outbox without SMTP, delivered to a real SMTP server when one is configured."""

from sqlalchemy import select

from tracker.accounts.models import Role
from tracker.extensions import db
from tracker.outbox.models import MailStatus, OutboxMessage
from tracker.outbox.services import deliver_queued, queue_mail

from .factories import make_agency, make_user
from .smtp import free_port


def test_without_smtp_mail_is_kept_and_shown_in_the_outbox(app, client, login):
    queue_mail(["bhxh@longan.gov.vn"], "Nhắc hạn: báo cáo UBND tỉnh", "Hạn chót 17/11/2020.")
    office = make_user(Role.PROVINCIAL_OFFICE, make_agency("UBND tỉnh Long An"))
    db.session.commit()
    assert deliver_queued() == 0
    message = db.session.scalar(select(OutboxMessage))
    assert message.status is MailStatus.KEPT
    login(office)
    page = client.get("/hop-thu-di/").text
    assert "Nhắc hạn: báo cáo UBND tỉnh" in page and "bhxh@longan.gov.vn" in page and "Lưu trong hộp thư đi" in page
    assert "Hạn chót 17/11/2020." in client.get(f"/hop-thu-di/{message.id}").text


def test_agency_users_cannot_read_the_outbox(app, client, login):
    head = make_user(Role.AGENCY_HEAD, make_agency("BHXH tỉnh"))
    db.session.commit()
    login(head)
    assert client.get("/hop-thu-di/").status_code == 403


def test_with_smtp_mail_reaches_the_server_once(make_app, smtp_server):
    controller, inbox = smtp_server
    app = make_app(MAIL_SERVER="127.0.0.1", MAIL_PORT=controller.port)
    with app.app_context():
        db.create_all()
        queue_mail(["bhxh@longan.gov.vn", "vp@longan.gov.vn"], "Đôn đốc thực hiện nhiệm vụ", "Đề nghị báo cáo trước 17/11/2020.")
        db.session.commit()
        assert deliver_queued() == 1
        assert deliver_queued() == 0  # nothing is sent twice
        message = db.session.scalar(select(OutboxMessage))
        assert message.status is MailStatus.SENT and message.sent_at is not None
    assert len(inbox.messages) == 1
    received = inbox.messages[0]
    assert received["Subject"] == "Đôn đốc thực hiện nhiệm vụ"
    assert received["Message-ID"] == message.message_id
    assert sorted(inbox.envelopes[0].rcpt_tos) == ["bhxh@longan.gov.vn", "vp@longan.gov.vn"]
    assert "Đề nghị báo cáo trước 17/11/2020." in received.get_body(("plain",)).get_content()


def test_unreachable_smtp_server_is_retried_then_given_up(make_app, time_machine):
    app = make_app(MAIL_SERVER="127.0.0.1", MAIL_PORT=free_port(), MAIL_MAX_ATTEMPTS=3)  # nobody listens there
    time_machine.move_to("2026-11-23 01:00Z", tick=False)
    with app.app_context():
        db.create_all()
        queue_mail(["bhxh@longan.gov.vn"], "Đôn đốc", "Nội dung")
        db.session.commit()
        assert deliver_queued() == 0
        message = db.session.scalar(select(OutboxMessage))
        assert message.status is MailStatus.QUEUED and message.attempts == 1
        assert message.sent_at is None and "ConnectionRefusedError" in message.last_error
        assert deliver_queued() == 0 and message.attempts == 1  # not before its back-off has passed
        time_machine.shift(61)
        deliver_queued()
        assert message.attempts == 2 and message.status is MailStatus.QUEUED
        time_machine.shift(121)
        deliver_queued()
        assert message.attempts == 3 and message.status is MailStatus.FAILED


def test_long_vietnamese_subjects_keep_their_spaces(make_app, smtp_server):
    controller, inbox = smtp_server
    subject = "[Nhắc việc 19/11/2026] 12 nhiệm vụ cần theo dõi, 3 quá hạn: khẩn trương thực hiện và báo cáo kết quả"
    app = make_app(MAIL_SERVER="127.0.0.1", MAIL_PORT=controller.port)
    with app.app_context():
        db.create_all()
        queue_mail(["ubnd@vinhlong.gov.vn"], subject, "Nội dung")
        db.session.commit()
        deliver_queued()
    assert inbox.messages[0]["Subject"] == subject


def test_only_one_process_delivers_the_outbox_at_a_time(make_app, smtp_server):
    from tracker.locks import exclusive
    from tracker.outbox.services import OUTBOX_LOCK

    controller, inbox = smtp_server
    app = make_app(MAIL_SERVER="127.0.0.1", MAIL_PORT=controller.port)
    with app.app_context():
        db.create_all()
        queue_mail(["bhxh@longan.gov.vn"], "Đôn đốc", "Nội dung")
        db.session.commit()
        with exclusive(OUTBOX_LOCK) as held:  # another process is delivering
            assert held
            assert deliver_queued() == 0
        assert inbox.messages == []
        assert deliver_queued() == 1
    assert len(inbox.messages) == 1
