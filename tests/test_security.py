"""Sign-in lockout and rate limit, session lifetime and cookie flags, security headers."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tracker.accounts.models import Role
from tracker.accounts.services import find_user
from tracker.extensions import db
from tracker.security import CONTENT_SECURITY_POLICY

from .conftest import VN
from .factories import PASSWORD, make_agency, make_user

WRONG = "Tên đăng nhập hoặc mật khẩu không đúng."
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@pytest.fixture
def nine_am(time_machine):
    """09:00 Vietnamese time on a fixed day; returns a function that moves the clock on."""
    start = datetime(2026, 3, 2, 9, 0, tzinfo=VN)
    time_machine.move_to(start, tick=False)

    def advance(**delta):
        time_machine.move_to(start + timedelta(**delta), tick=False)

    return advance


def _post_login(client, username, password):
    return client.post("/dang-nhap", data={"username": username, "password": password})


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(client, nine_am):
    user = make_user(Role.AGENCY_HEAD, make_agency("BHXH tỉnh"))
    db.session.commit()
    for attempt in range(4):
        response = _post_login(client, user.username, "sai-mat-khau")
        assert WRONG in response.text
    fifth = _post_login(client, user.username, "sai-mat-khau")
    assert "Tài khoản tạm khóa do đăng nhập sai nhiều lần; vui lòng thử lại sau 09:15" in fifth.text
    db.session.refresh(user)
    assert user.locked_until is not None

    # Locked: even the right password is refused, with the same message.
    nine_am(minutes=14, seconds=59)
    still_locked = _post_login(client, user.username, PASSWORD)
    assert still_locked.status_code == 200 and "thử lại sau 09:15" in still_locked.text

    nine_am(minutes=15)
    assert _post_login(client, user.username, PASSWORD).status_code == 302
    db.session.refresh(user)
    assert user.failed_logins == 0 and user.locked_until is None


def test_a_successful_sign_in_resets_the_count(client, nine_am):
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"))
    db.session.commit()
    for _ in range(4):
        _post_login(client, user.username, "sai-mat-khau")
    assert _post_login(client, user.username, PASSWORD).status_code == 302
    client.post("/dang-xuat")
    nine_am(minutes=2)  # a new minute for the per-address limit
    for _ in range(4):
        assert WRONG in _post_login(client, user.username, "sai-mat-khau").text
    db.session.refresh(user)
    assert user.failed_logins == 4 and user.locked_until is None


def test_the_limits_are_configurable(make_app, nine_am):
    app = make_app(LOGIN_MAX_FAILURES=2, LOGIN_LOCKOUT_MINUTES=60)
    with app.app_context():
        db.create_all()
        user = make_user(Role.VIEWER, make_agency("UBND tỉnh"))
        db.session.commit()
        client = app.test_client()
        assert WRONG in _post_login(client, user.username, "sai").text
        assert "thử lại sau 10:00" in _post_login(client, user.username, "sai").text


def test_an_unknown_name_answers_exactly_like_a_real_one(client, nine_am):
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"))
    db.session.commit()
    texts = {}
    for address, name in (("10.0.0.1", user.username), ("10.0.0.2", "khong-ton-tai")):
        answers = [
            client.post("/dang-nhap", data={"username": name, "password": "sai"}, environ_base={"REMOTE_ADDR": address})
            for _ in range(6)
        ]
        texts[name] = [re.search(r'role="status">([^<]*)<', answer.text).group(1) for answer in answers]
    assert texts[user.username] == texts["khong-ton-tai"]
    assert texts[user.username][3] == WRONG
    assert "vui lòng thử lại sau 09:15" in texts[user.username][4]


def test_an_inactive_account_gets_the_same_message(client):
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"))
    user.active = False
    db.session.commit()
    response = _post_login(client, user.username, PASSWORD)
    assert response.status_code == 200 and WRONG in response.text


@pytest.mark.parametrize("path, data", [
    ("/dang-nhap", {"username": "ai-do", "password": "sai-mat-khau"}),
    ("/quen-mat-khau", {"identifier": "ai-do"}),
])
def test_too_many_posts_from_one_address_get_429(client, nine_am, path, data):
    answers = [client.post(path, data=data).status_code for _ in range(10)]
    assert 429 not in answers
    refused = client.post(path, data=data)
    assert refused.status_code == 429
    assert "Có quá nhiều yêu cầu từ địa chỉ của bạn" in refused.text
    # Another address is not affected, and reading the page is not limited.
    other = client.post(path, data=data, environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert other.status_code in (200, 302)
    assert client.get(path).status_code == 200
    nine_am(minutes=1, seconds=1)
    assert client.post(path, data=data).status_code in (200, 302)


def test_session_cookie_flags(make_app):
    app = make_app(SESSION_COOKIE_SECURE=True)
    with app.app_context():
        db.create_all()
        user = make_user(Role.VIEWER, make_agency("UBND tỉnh"))
        db.session.commit()
        response = _post_login(app.test_client(), user.username, PASSWORD)
    cookie = next(value for value in response.headers.getlist("Set-Cookie") if value.startswith("session="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" in cookie
    assert "Expires=" in cookie  # a permanent session, with its lifetime
    assert "remember_token" not in " ".join(response.headers.getlist("Set-Cookie"))


@pytest.fixture
def separate_app(make_app):
    """An app whose requests each push their own app context, as in production.

    The `app` fixture keeps one context for the whole test, and Flask reuses it for requests,
    so `g` would carry the signed-in user from one request to the next and hide a session
    that ended.
    """
    application = make_app()
    with application.app_context():
        db.create_all()
    return application


def _viewer(application) -> str:
    with application.app_context():
        user = make_user(Role.VIEWER, make_agency("UBND tỉnh"))
        db.session.commit()
        return user.username


def test_a_session_ends_after_eight_idle_hours_and_each_request_renews_it(separate_app, nine_am):
    client = separate_app.test_client()
    assert _post_login(client, _viewer(separate_app), PASSWORD).status_code == 302
    nine_am(hours=7, minutes=59)
    assert client.get("/van-ban/").status_code == 200
    nine_am(hours=15, minutes=58)  # 7 h 59 after the last request
    assert client.get("/van-ban/").status_code == 200
    nine_am(hours=24)  # 8 h 2 after the last request
    response = client.get("/van-ban/")
    assert response.status_code == 302 and "/dang-nhap" in response.headers["Location"]


def test_the_session_lifetime_is_configurable(make_app, nine_am):
    application = make_app(PERMANENT_SESSION_LIFETIME=timedelta(minutes=30))
    with application.app_context():
        db.create_all()
    client = application.test_client()
    assert _post_login(client, _viewer(application), PASSWORD).status_code == 302
    nine_am(minutes=29)
    assert client.get("/van-ban/").status_code == 200
    nine_am(minutes=60)
    assert client.get("/van-ban/").status_code == 302


def test_changing_ones_password_ends_the_other_sessions(separate_app):
    username = _viewer(separate_app)
    mine, other = separate_app.test_client(), separate_app.test_client()
    assert _post_login(other, username, PASSWORD).status_code == 302
    assert _post_login(mine, username, PASSWORD).status_code == 302
    response = mine.post("/doi-mat-khau", data={
        "current_password": PASSWORD, "password": "mat-khau-moi-123", "confirmation": "mat-khau-moi-123",
    })
    assert response.status_code == 302
    assert mine.get("/van-ban/").status_code == 200  # this session goes on
    assert other.get("/van-ban/").status_code == 302  # the other one ended
    assert _post_login(other, username, "mat-khau-moi-123").status_code == 302


def test_a_wrong_current_password_changes_nothing(client, login):
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"))
    db.session.commit()
    before = user.password_hash
    login(user)
    response = client.post("/doi-mat-khau", data={
        "current_password": "doan-bua", "password": "mat-khau-moi-123", "confirmation": "mat-khau-moi-123",
    })
    assert "Mật khẩu hiện tại không đúng." in response.text
    db.session.refresh(user)
    assert user.password_hash == before


def test_deactivating_an_account_ends_its_session(separate_app):
    username = _viewer(separate_app)
    client = separate_app.test_client()
    assert _post_login(client, username, PASSWORD).status_code == 302
    assert client.get("/van-ban/").status_code == 200
    with separate_app.app_context():
        user = find_user(username)
        user.active = False
        db.session.commit()
    assert client.get("/van-ban/").status_code == 302


@pytest.mark.parametrize("path", ["/dang-nhap", "/khong-co-trang-nay", "/static/css/app.css", "/van-ban/"])
def test_security_headers_on_every_response(client, login, path):
    login(make_user(Role.ADMIN))
    response = client.get(path)
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_pages_have_nothing_inline_that_the_policy_would_block():
    inline = re.compile(r"<script(?![^>]*\bsrc=)|\sstyle\s*=|\son[a-z]+\s*=|javascript:", re.IGNORECASE)
    offenders = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*.html")
        if "email" not in path.relative_to(TEMPLATES).parts and inline.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_sign_in_does_not_follow_a_protocol_relative_next(client):
    user = make_user(Role.VIEWER, make_agency("UBND tỉnh"))
    db.session.commit()
    for target in ("//evil.example/", "/\\evil.example/"):
        response = client.post(f"/dang-nhap?next={target}", data={"username": user.username, "password": PASSWORD})
        assert response.headers["Location"] == "/"
        client.post("/dang-xuat")
