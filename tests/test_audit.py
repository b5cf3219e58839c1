"""The audit log: every change recorded with who, when and where, and never changed afterwards."""

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from tracker.accounts.models import Role
from tracker.audit.models import AuditEvent
from tracker.extensions import db

from .factories import make_agency, make_directive, make_task, make_user


def _events(**where):
    query = select(AuditEvent).order_by(AuditEvent.id)
    for name, value in where.items():
        query = query.where(getattr(AuditEvent, name) == value)
    return db.session.scalars(query).all()


def test_creating_and_changing_records_before_and_after(app):
    province = make_agency("UBND tỉnh")
    directive = make_directive(province, symbol="06/CT-UBND", issued_on=date(2018, 4, 10))
    task = make_task(directive, province, summary="Cũ", due_on=date(2018, 12, 1), today=date(2018, 4, 10))
    db.session.commit()
    task.summary = "Mới"
    db.session.commit()
    [created] = _events(entity_type="task", action="create")
    assert created.changes["summary"] == [None, "Cũ"] and created.actor_name == "Hệ thống"
    [changed] = _events(entity_type="task", action="update")
    assert changed.changes == {"summary": ["Cũ", "Mới"]}
    assert changed.summary.startswith("Sửa nhiệm vụ mục 1")


def test_passwords_never_reach_the_log(app):
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"))
    db.session.commit()
    user.set_password("mat-khau-moi-123")
    db.session.commit()
    [changed] = _events(entity_type="user", action="update")
    assert changed.changes["password_hash"] == ["***", "***"]
    assert all("pbkdf2" not in str(e.changes) and "scrypt" not in str(e.changes) for e in _events(entity_type="user"))


def test_the_database_refuses_to_change_or_delete_a_record(app):
    make_agency("UBND tỉnh")
    db.session.commit()
    event = _events()[0]
    for statement in ("UPDATE audit_events SET summary = 'sửa lén' WHERE id = :id", "DELETE FROM audit_events WHERE id = :id"):
        with pytest.raises(DatabaseError, match="append-only"):
            db.session.execute(text(statement), {"id": event.id})
        db.session.rollback()
    assert db.session.get(AuditEvent, event.id).summary != "sửa lén"


def test_the_application_refuses_to_change_a_record(app):
    make_agency("UBND tỉnh")
    db.session.commit()
    event = _events()[0]
    event.summary = "sửa"
    with pytest.raises(RuntimeError, match="chỉ được ghi thêm"):
        db.session.commit()
    db.session.rollback()
    db.session.delete(db.session.get(AuditEvent, event.id))
    with pytest.raises(RuntimeError, match="chỉ được ghi thêm"):
        db.session.commit()


def test_admin_searches_the_log_and_sees_who_and_from_where(app, client, login):
    province = make_agency("UBND tỉnh Long An")
    admin = make_user(Role.ADMIN)
    office = make_user(Role.PROVINCIAL_OFFICE, province)
    db.session.commit()
    login(office)
    client.post("/van-ban/moi", data={"kind": "công văn", "symbol": "6880/UBND-VHXH", "issuer": str(province.id),
                                       "issued_on": "12/11/2020", "subject": "Lộ trình BHYT toàn dân"},
                environ_base={"REMOTE_ADDR": "10.1.2.3"})
    [created] = _events(entity_type="directive")
    assert (created.actor_id, created.address) == (office.id, "10.1.2.3")
    client.post("/dang-xuat")
    login(admin)
    page = client.get("/nhat-ky/?entity_type=directive&actor=Người").text
    assert "Tạo văn bản 6880/UBND-VHXH" in page and "10.1.2.3" in page
    assert "Tạo văn bản" not in client.get("/nhat-ky/?entity_type=user").text
