"""Sign-in, sign-out and account creation."""

import pytest

from tracker.accounts.models import Role
from tracker.accounts.services import AccountError, create_user
from tracker.extensions import db

from .factories import PASSWORD, make_agency, make_user


def test_pages_need_sign_in(client):
    response = client.get("/nhiem-vu/")
    assert response.status_code == 302 and "/dang-nhap" in response.headers["Location"]


def test_sign_in_and_out(client, app):
    user = make_user(Role.AGENCY_HEAD, make_agency("BHXH tỉnh"))
    db.session.commit()
    wrong = client.post("/dang-nhap", data={"username": user.username, "password": "sai-mat-khau"})
    assert wrong.status_code == 200 and "Tên đăng nhập hoặc mật khẩu không đúng." in wrong.text
    right = client.post("/dang-nhap?next=/van-ban/", data={"username": user.username.upper(), "password": PASSWORD})
    assert right.headers["Location"] == "/van-ban/"
    assert client.get("/van-ban/").status_code == 200
    client.post("/dang-xuat")
    assert client.get("/van-ban/").status_code == 302


def test_sign_in_does_not_follow_an_outside_next(client):
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"))
    db.session.commit()
    response = client.post("/dang-nhap?next=https://evil.example/", data={"username": user.username, "password": PASSWORD})
    assert response.headers["Location"] == "/"


def test_inactive_user_cannot_sign_in(client):
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"))
    user.active = False
    db.session.commit()
    response = client.post("/dang-nhap", data={"username": user.username, "password": PASSWORD})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"password": "ngan"}, "ít nhất 8 ký tự"),
        ({"role": Role.AGENCY_HEAD, "agency": None}, "cần gắn với một cơ quan"),
        ({"username": "  "}, "không được để trống"),
    ],
)
def test_bad_accounts_are_refused(app, fields, message):
    values = {"username": "nguoidung", "password": "mat-khau-dai", "full_name": "Nguyễn Văn A", "role": Role.VIEWER, "agency": None}
    values.update(fields)
    with pytest.raises(AccountError, match=message):
        create_user(**values)


def test_duplicate_username_is_refused(app):
    make_user(Role.ADMIN, username="trung")
    with pytest.raises(AccountError, match="đã tồn tại"):
        create_user(username="Trung", password="mat-khau-dai", full_name="X", role=Role.ADMIN)
