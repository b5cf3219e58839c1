"""The admin's accounts pages: list, create, edit, unlock, reset links; forged input; who may enter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tracker.accounts.models import Role, User
from tracker.accounts.services import AccountError, update_user
from tracker.clock import utcnow
from tracker.extensions import db
from tracker.outbox.models import OutboxMessage

from .factories import PASSWORD, make_agency, make_user


@pytest.fixture
def admin_client(client, login):
    """A client signed in as an admin."""
    login(make_user(Role.ADMIN, username="quantri"))
    return client


def _users() -> int:
    return db.session.scalar(select(func.count()).select_from(User))


def _new_user_form(agency, fields=()):
    data = {
        "username": "chuyenvien.so", "password": "mat-khau-ban-dau", "full_name": "Trần Thị B",
        "email": "b@so.example.vn", "role": "agency_officer", "agency_id": str(agency.id),
    }
    data.update(fields)
    return data


def test_the_list_shows_each_account(admin_client):
    agency = make_agency("Sở Y tế", short_name="SYT")
    locked = make_user(Role.AGENCY_OFFICER, agency, username="bikhoa", email="k@syt.example.vn")
    locked.locked_until = utcnow() + timedelta(minutes=10)
    db.session.commit()
    page = admin_client.get("/tai-khoan/")
    assert page.status_code == 200
    row = page.text.split('data-username="bikhoa"')[1].split("</tr>")[0]
    for text in ("bikhoa", locked.full_name, "Chuyên viên cơ quan", "SYT", "k@syt.example.vn", "Tạm khóa đến", "Mở khóa"):
        assert text in row


def test_create_an_account(admin_client):
    agency = make_agency("Sở Y tế")
    db.session.commit()
    response = admin_client.post("/tai-khoan/moi", data=_new_user_form(agency))
    assert response.status_code == 302
    user = db.session.scalar(select(User).where(User.username == "chuyenvien.so"))
    assert user.role is Role.AGENCY_OFFICER and user.agency_id == agency.id and user.email == "b@so.example.vn"
    assert user.check_password("mat-khau-ban-dau")


@pytest.mark.parametrize("fields, message", [
    ({"agency_id": "999999"}, "Cơ quan đã chọn không có trong danh sách."),
    ({"agency_id": "abc"}, "Lựa chọn không hợp lệ."),
    ({"role": "superuser"}, "Lựa chọn không hợp lệ."),
    ({"agency_id": ""}, "cần gắn với một cơ quan"),
    ({"password": "ngan"}, "ít nhất 8 ký tự"),
    ({"email": "khong-phai-thu"}, "không hợp lệ"),
    ({"username": "quantri"}, "đã tồn tại"),
])
def test_bad_input_is_refused_and_nothing_written(admin_client, fields, message):
    agency = make_agency("Sở Y tế")
    db.session.commit()
    before = _users()
    response = admin_client.post("/tai-khoan/moi", data=_new_user_form(agency, fields))
    assert response.status_code == 200 and message in response.text
    assert _users() == before


def test_edit_role_agency_email_and_active(admin_client):
    old, new = make_agency("Sở Y tế"), make_agency("Sở Tài chính")
    user = make_user(Role.AGENCY_OFFICER, old, email="cu@example.vn")
    db.session.commit()
    page = admin_client.get(f"/tai-khoan/{user.id}").text
    assert f'<option selected value="{old.id}">' in page and '<option selected value="agency_officer">' in page
    response = admin_client.post(f"/tai-khoan/{user.id}", data={
        "full_name": "Tên mới", "email": "moi@example.vn", "role": "agency_head", "agency_id": str(new.id),
    })  # "active" unticked
    assert response.status_code == 302
    db.session.refresh(user)
    assert (user.full_name, user.email, user.role, user.agency_id, user.active) == (
        "Tên mới", "moi@example.vn", Role.AGENCY_HEAD, new.id, False,
    )


def test_a_forged_agency_id_on_edit_changes_nothing(admin_client):
    agency = make_agency("Sở Y tế")
    user = make_user(Role.AGENCY_OFFICER, agency, email="cu@example.vn")
    db.session.commit()
    name = user.full_name
    response = admin_client.post(f"/tai-khoan/{user.id}", data={
        "full_name": "Tên mới", "email": "moi@example.vn", "role": "agency_head", "agency_id": "424242", "active": "y",
    })
    assert "Cơ quan đã chọn không có trong danh sách." in response.text
    db.session.refresh(user)
    assert (user.full_name, user.email, user.role, user.agency_id) == (name, "cu@example.vn", Role.AGENCY_OFFICER, agency.id)


def test_an_admin_cannot_demote_or_deactivate_themself(app):
    admin = make_user(Role.ADMIN)
    with pytest.raises(AccountError, match="chính mình"):
        update_user(admin, full_name="X", role=Role.VIEWER, agency=None, email=None, active=True, acting_user=admin)
    with pytest.raises(AccountError, match="chính mình"):
        update_user(admin, full_name="X", role=Role.ADMIN, agency=None, email=None, active=False, acting_user=admin)


def test_unlock(admin_client):
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"))
    user.failed_logins, user.locked_until = 2, utcnow() + timedelta(minutes=15)
    db.session.commit()
    assert admin_client.post(f"/tai-khoan/{user.id}/mo-khoa").status_code == 302
    db.session.refresh(user)
    assert user.failed_logins == 0 and user.locked_until is None
    # The account signs in at once.
    admin_client.post("/dang-xuat")
    assert admin_client.post("/dang-nhap", data={"username": user.username, "password": PASSWORD}).status_code == 302


def test_send_a_reset_link(smtp_app, smtp_server, login):
    _controller, inbox = smtp_server
    client = smtp_app.test_client()
    admin = make_user(Role.ADMIN)
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"), email="xem@ubnd.example.vn")
    no_mail = make_user(Role.VIEWER, make_agency("UBND tỉnh 2"))
    db.session.commit()
    client.post("/dang-nhap", data={"username": admin.username, "password": PASSWORD})
    sent = client.post(f"/tai-khoan/{user.id}/gui-lien-ket-dat-lai", follow_redirects=True)
    assert "Đã gửi liên kết đặt lại mật khẩu tới xem@ubnd.example.vn" in sent.text
    assert len(inbox.messages) == 1 and "/dat-lai-mat-khau/" in inbox.messages[0].get_body(("plain",)).get_content()
    refused = client.post(f"/tai-khoan/{no_mail.id}/gui-lien-ket-dat-lai", follow_redirects=True)
    assert "chưa có địa chỉ thư điện tử" in refused.text
    assert db.session.query(OutboxMessage).count() == 1


ADMIN_PAGES = [
    ("get", "/tai-khoan/"), ("get", "/tai-khoan/moi"), ("post", "/tai-khoan/moi"), ("get", "/tai-khoan/{id}"),
    ("post", "/tai-khoan/{id}"), ("post", "/tai-khoan/{id}/mo-khoa"), ("post", "/tai-khoan/{id}/gui-lien-ket-dat-lai"),
]


@pytest.mark.parametrize("role", [Role.PROVINCIAL_OFFICE, Role.AGENCY_HEAD, Role.AGENCY_OFFICER, Role.VIEWER])
def test_only_admins_enter(client, login, role):
    target = make_user(Role.VIEWER, make_agency("UBND tỉnh"), email="xem@example.vn")
    target.locked_until = utcnow() + timedelta(minutes=5)
    db.session.commit()
    login(make_user(role, make_agency("Sở Y tế")))
    for method, path in ADMIN_PAGES:
        response = getattr(client, method)(path.format(id=target.id), data={"full_name": "X", "role": "admin"})
        assert response.status_code == 403, (method, path)
    db.session.refresh(target)
    assert target.role is Role.VIEWER and target.locked_until is not None
    assert db.session.query(OutboxMessage).count() == 0
    assert "/tai-khoan/" not in client.get("/").text


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/tai-khoan/")
    assert response.status_code == 302 and "/dang-nhap" in response.headers["Location"]


def test_admins_see_the_accounts_link(admin_client):
    assert 'href="/tai-khoan/"' in admin_client.get("/").text


def test_forms_without_a_csrf_token_are_refused(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        db.create_all()
        user = make_user(Role.VIEWER, make_agency("UBND tỉnh"), email="xem@example.vn")
        db.session.commit()
        client = app.test_client()
        for path, data in (
            ("/dang-nhap", {"username": user.username, "password": PASSWORD}),
            ("/quen-mat-khau", {"identifier": user.username}),
        ):
            response = client.post(path, data=data)
            assert response.status_code == 400 and "thiếu mã bảo vệ" in response.text
        assert db.session.query(OutboxMessage).count() == 0
