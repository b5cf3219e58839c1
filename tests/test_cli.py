"""Operator commands: setup on an empty database, seed, users, cycles, mail."""

from datetime import date

from sqlalchemy import func, select

from tracker.accounts.models import Role, User
from tracker.directives.models import Directive
from tracker.extensions import db
from tracker.outbox.models import OutboxMessage
from tracker.tasks.models import TaskOccurrence


def test_setup_migrates_seeds_and_prints_the_demo_sign_in(make_app):
    app = make_app()
    runner = app.test_cli_runner()
    first = runner.invoke(args=["setup"])
    assert first.exit_code == 0, first.output
    assert "Đã nạp 5 văn bản" in first.output and "admin" in first.output
    password = first.output.split("Mật khẩu:")[1].strip()
    second = runner.invoke(args=["setup"])
    assert second.exit_code == 0 and "bỏ qua 5 văn bản đã có" in second.output
    assert second.output.split("Mật khẩu:")[1].strip() == password
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Directive)) == 5
        admin = db.session.scalar(select(User).where(User.username == "admin"))
        assert admin.role is Role.ADMIN and admin.check_password(password)
    client = app.test_client()
    client.post("/dang-nhap", data={"username": "vanphong.longan", "password": password})
    page = client.get("/van-ban/").text
    assert "6880/UBND-VHXH" in page and "06/CT-UBND" not in page  # Long An's office sees Long An only


def test_users_create(runner, app):
    runner.invoke(args=["seed"])
    result = runner.invoke(args=["users", "create", "canbo.yte", "--role", "agency_officer", "--agency", "vinh-long/so-y-te",
                                 "--name", "Trần Thị B", "--password", "mat-khau-dai"])
    assert result.exit_code == 0, result.output
    user = db.session.scalar(select(User).where(User.username == "canbo.yte"))
    assert user.agency.code == "vinh-long/so-y-te" and user.check_password("mat-khau-dai")
    refused = runner.invoke(args=["users", "create", "x", "--role", "agency_head", "--agency", "khong-co",
                                  "--name", "X", "--password", "mat-khau-dai"])
    assert refused.exit_code != 0 and "Không tìm thấy cơ quan có mã khong-co" in refused.output


def test_extend_cycles_adds_next_year(runner, app, frozen_day):
    frozen_day(date(2026, 11, 22))
    runner.invoke(args=["seed"])
    count = db.session.scalar(select(func.count()).select_from(TaskOccurrence))
    frozen_day(date(2026, 12, 2))
    result = runner.invoke(args=["tasks", "extend-cycles"])
    assert result.exit_code == 0
    db.session.expire_all()
    # Vĩnh Long's yearly 01/12 list for 8 districts now has 01/12/2027 as its next period.
    added = db.session.scalar(select(func.count()).select_from(TaskOccurrence)) - count
    assert added >= 8
    assert db.session.scalar(select(func.count()).select_from(TaskOccurrence).where(TaskOccurrence.due_on == date(2027, 12, 1))) == 8


def test_mail_send_test_keeps_message_in_outbox(runner, app):
    result = runner.invoke(args=["mail", "send-test", "vanphong@vinhlong.gov.vn"])
    assert result.exit_code == 0
    assert db.session.scalar(select(OutboxMessage)).recipients == ["vanphong@vinhlong.gov.vn"]


def test_a_district_dissolved_in_2025_passes_its_open_tasks_to_its_successor(runner, app, frozen_day):
    from tracker.agencies.services import get_by_code
    from tracker.tasks.models import Task, WorkStatus
    from tracker.tasks.services import record_progress

    frozen_day(date(2025, 7, 1))
    runner.invoke(args=["seed"])
    district, province = get_by_code("vinh-long/long-ho"), get_by_code("vinh-long")
    tasks = db.session.scalars(select(Task).where(Task.lead_agency_id == district.id)).all()
    finished = next(t for t in tasks if t.recurrence is None)
    for occurrence in finished.occurrences:
        record_progress(occurrence, author=None, status=WorkStatus.DONE, percent=100, reported_on=date(2025, 6, 30),
                        note="Xong", today=date(2025, 7, 1))
    db.session.commit()
    result = runner.invoke(args=["agencies", "dissolve", "vinh-long/long-ho", "--successor", "vinh-long", "--on", "01/07/2025"])
    assert result.exit_code == 0, result.output
    assert f"{len(tasks) - 1} nhiệm vụ chuyển cho" in result.output
    db.session.expire_all()
    assert district.dissolved_on == date(2025, 7, 1) and district.successor_id == province.id
    assert db.session.get(Task, finished.id).lead_agency_id == district.id  # history reads as it was
    moved = [t for t in tasks if t.id != finished.id]
    assert all(db.session.get(Task, t.id).lead_agency_id == province.id for t in moved)
    refused = runner.invoke(args=["agencies", "dissolve", "vinh-long/tam-binh", "--successor", "vinh-long/long-ho",
                                  "--on", "01/07/2025"])
    assert refused.exit_code != 0 and "cũng đã thôi hoạt động" in refused.output
