"""Password reset by an emailed link that expires and works once."""

from __future__ import annotations

from flask import current_app, render_template, url_for
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from ..extensions import db
from ..outbox.models import OutboxMessage
from ..outbox.services import queue_mail
from .models import User
from .services import AccountError, change_password, find_by_username_or_email

SALT = "password-reset"
EXPIRED = "Liên kết đặt lại mật khẩu đã hết hạn; vui lòng yêu cầu một liên kết mới."
INVALID = "Liên kết đặt lại mật khẩu không hợp lệ."
USED = "Liên kết đặt lại mật khẩu đã được sử dụng hoặc không còn hiệu lực; vui lòng yêu cầu một liên kết mới."
NO_EMAIL = "Tài khoản {username} chưa có địa chỉ thư điện tử."


class ResetError(ValueError):
    """A reset link that cannot be used; the message is in Vietnamese."""


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def make_token(user: User) -> str:
    """A signed, timestamped token naming the user and the password it may replace."""
    return _serializer().dumps({"user": user.id, "password": user.password_fingerprint(SALT)})


def user_for_token(token: str) -> User:
    """The user a token may reset, or ResetError: expired, forged, or already used."""
    try:
        data = _serializer().loads(token, max_age=current_app.config["PASSWORD_RESET_MAX_AGE"])
    except SignatureExpired as error:
        raise ResetError(EXPIRED) from error
    except BadSignature as error:
        raise ResetError(INVALID) from error
    user = db.session.get(User, data.get("user")) if isinstance(data, dict) else None
    if user is None or not user.active:
        raise ResetError(INVALID)
    # The password changed since the link was made (this link or another was used): it is dead.
    if data.get("password") != user.password_fingerprint(SALT):
        raise ResetError(USED)
    return user


def reset_password(token: str, new_password: str, confirmation: str) -> User:
    """Set the new password the token allows; raises ResetError or AccountError, changes nothing then."""
    user = user_for_token(token)
    if new_password != confirmation:
        raise AccountError("Hai lần nhập mật khẩu mới không khớp nhau.")
    change_password(user, new_password)
    return user


def send_reset_link(user: User) -> OutboxMessage:
    """Queue a mail with a reset link to the user's address; the caller commits, then delivers."""
    if not user.email:
        raise AccountError(NO_EMAIL.format(username=user.username))
    minutes = current_app.config["PASSWORD_RESET_MAX_AGE"] // 60
    token = make_token(user)
    # Links in mail use the public address, as reminders do, whichever host the request came to.
    with current_app.test_request_context(base_url=current_app.config["PUBLIC_BASE_URL"]):
        link = url_for("accounts.reset_password", token=token, _external=True)
        context = {"user": user, "link": link, "minutes": minutes}
        text = render_template("email/password_reset.txt", **context)
        html = render_template("email/password_reset.html", **context)
    return queue_mail([user.email], "Đặt lại mật khẩu tài khoản theo dõi nhiệm vụ", text, html, confidential=True)


def request_reset(identifier: str) -> int:
    """Queue a reset link to every active account with this username or email that has an address.

    Returns how many were queued; the page shows the same message whatever the number.
    """
    queued = 0
    for user in find_by_username_or_email(identifier):
        if user.email:
            send_reset_link(user)
            queued += 1
    return queued
