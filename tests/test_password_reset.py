"""Password reset by an emailed link: end to end over real SMTP, expired, replayed and forged links."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from tracker.accounts.models import Role, User
from tracker.accounts.reset import EXPIRED, INVALID, USED, make_token
from tracker.extensions import db
from tracker.outbox.models import OutboxMessage

from .conftest import VN
from .factories import PASSWORD, make_agency, make_user

NEUTRAL = "Nếu tài khoản tồn tại và có địa chỉ thư điện tử"
NEW_PASSWORD = "mat-khau-moi-2026"


def _link_in(message) -> str:
    text = message.get_body(preferencelist=("plain",)).get_content()
    return re.search(r"https://nhiemvu\.example\.vn/dat-lai-mat-khau/\S+", text).group(0)


def _path(link: str) -> str:
    return link.removeprefix("https://nhiemvu.example.vn")


def _reset(client, path, password=NEW_PASSWORD, confirmation=None):
    return client.post(path, data={"password": password, "confirmation": confirmation or password})


def test_reset_by_mailed_link_end_to_end(smtp_app, smtp_server):
    _controller, inbox = smtp_server
    user = make_user(Role.AGENCY_HEAD, make_agency("BHXH tỉnh"), email="lanhdao@bhxh.example.vn")
    db.session.commit()
    client = smtp_app.test_client()

    assert "Quên mật khẩu?" in client.get("/dang-nhap").text
    response = client.post("/quen-mat-khau", data={"identifier": user.username}, follow_redirects=True)
    assert NEUTRAL in response.text
    assert len(inbox.messages) == 1
    message = inbox.messages[0]
    assert message["To"] == "lanhdao@bhxh.example.vn"
    link = _link_in(message)
    assert link in message.get_body(preferencelist=("html",)).get_content()

    assert client.get(_path(link)).status_code == 200
    mismatch = _reset(client, _path(link), confirmation="khac-hoan-toan")
    assert "Hai lần nhập mật khẩu mới không khớp nhau." in mismatch.text
    short = _reset(client, _path(link), password="ngan")
    assert "ít nhất 8 ký tự" in short.text
    db.session.refresh(user)
    assert user.check_password(PASSWORD)

    done = _reset(client, _path(link))
    assert done.status_code == 302 and done.headers["Location"] == "/dang-nhap"
    db.session.refresh(user)
    assert user.check_password(NEW_PASSWORD) and not user.check_password(PASSWORD)
    assert client.post("/dang-nhap", data={"username": user.username, "password": NEW_PASSWORD}).status_code == 302


def test_a_replayed_link_is_refused_and_changes_nothing(smtp_app, smtp_server):
    _controller, inbox = smtp_server
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"), email="xem@ubnd.example.vn")
    db.session.commit()
    client = smtp_app.test_client()
    client.post("/quen-mat-khau", data={"identifier": "xem@ubnd.example.vn"})
    path = _path(_link_in(inbox.messages[0]))
    assert _reset(client, path).status_code == 302
    db.session.refresh(user)
    hash_after_first_use = user.password_hash

    replay = _reset(client, path, password="mat-khau-cua-ke-gian")
    assert replay.status_code == 400 and USED in replay.text
    assert client.get(path).status_code == 400
    db.session.refresh(user)
    assert user.password_hash == hash_after_first_use


def test_an_expired_link_is_refused(app, client, time_machine):
    time_machine.move_to(datetime(2026, 3, 2, 9, 0, tzinfo=VN), tick=False)
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"), email="xem@ubnd.example.vn")
    db.session.commit()
    path = f"/dat-lai-mat-khau/{make_token(user)}"
    time_machine.move_to(datetime(2026, 3, 2, 9, 59, tzinfo=VN), tick=False)
    assert client.get(path).status_code == 200
    time_machine.move_to(datetime(2026, 3, 2, 10, 0, 1, tzinfo=VN), tick=False)
    response = _reset(client, path)
    assert response.status_code == 400 and EXPIRED in response.text
    db.session.refresh(user)
    assert user.check_password(PASSWORD)


def test_a_forged_link_is_refused(app, client):
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"), email="xem@ubnd.example.vn")
    db.session.commit()
    token = make_token(user)
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    response = _reset(client, f"/dat-lai-mat-khau/{forged}")
    assert response.status_code == 400 and INVALID in response.text
    db.session.refresh(user)
    assert user.check_password(PASSWORD)


@pytest.mark.parametrize("identifier", ["khong-ai-co", "khongco@example.vn", "khong-thu"])
def test_the_answer_is_the_same_whether_or_not_the_account_exists(smtp_app, smtp_server, identifier):
    _controller, inbox = smtp_server
    make_user(Role.VIEWER, make_agency("UBND tỉnh"), username="khong-thu")  # exists, but has no email
    db.session.commit()
    response = smtp_app.test_client().post("/quen-mat-khau", data={"identifier": identifier}, follow_redirects=True)
    assert NEUTRAL in response.text
    assert inbox.messages == []
    assert db.session.query(OutboxMessage).count() == 0


def test_an_inactive_account_gets_no_link(smtp_app, smtp_server):
    _controller, inbox = smtp_server
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"), email="cu@ubnd.example.vn")
    user.active = False
    db.session.commit()
    smtp_app.test_client().post("/quen-mat-khau", data={"identifier": user.username})
    assert inbox.messages == []


def test_a_reset_ends_the_accounts_sessions_and_its_lock(make_app, time_machine):
    # Requests push their own app context here, so `g` cannot carry the old session's user.
    time_machine.move_to(datetime(2026, 3, 2, 9, 0, tzinfo=VN), tick=False)
    application = make_app()
    with application.app_context():
        db.create_all()
        user = make_user(Role.VIEWER, make_agency("UBND tỉnh"), email="xem@ubnd.example.vn")
        db.session.commit()
        user_id, username = user.id, user.username
    signed_in = application.test_client()
    assert signed_in.post("/dang-nhap", data={"username": username, "password": PASSWORD}).status_code == 302
    with application.app_context():
        user = db.session.get(User, user_id)
        user.failed_logins, user.locked_until = 3, datetime(2026, 3, 2, 9, 10, tzinfo=VN)
        db.session.commit()
        token = make_token(user)
    assert _reset(application.test_client(), f"/dat-lai-mat-khau/{token}").status_code == 302
    assert signed_in.get("/van-ban/").status_code == 302  # the old session ended
    with application.app_context():
        user = db.session.get(User, user_id)
        assert user.failed_logins == 0 and user.locked_until is None


def test_the_outbox_never_shows_a_reset_link(client, login):
    admin = make_user(Role.ADMIN)
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"), email="xem@ubnd.example.vn")
    db.session.commit()
    client.post("/quen-mat-khau", data={"identifier": user.username})
    message = db.session.query(OutboxMessage).one()
    assert message.confidential and "/dat-lai-mat-khau/" in message.body_text
    login(admin)
    page = client.get(f"/hop-thu-di/{message.id}")
    assert page.status_code == 200 and "/dat-lai-mat-khau/" not in page.text
    assert "nội dung không hiển thị" in page.text
