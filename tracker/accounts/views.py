"""Sign-in and sign-out, forgotten and changed passwords."""

from datetime import timedelta
from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from ..clock import utcnow
from ..extensions import db, limiter
from ..outbox.services import deliver_queued
from ..transactions import one_change
from .forms import ChangePasswordForm, ForgotPasswordForm, LoginForm, ResetPasswordForm
from .reset import ResetError, request_reset, reset_password as reset_with_token, user_for_token
from .services import AccountError, change_password
from .signin import LockoutPolicy, SignInError, UnknownNameCounter, sign_in
from .permissions import public

bp = Blueprint("accounts", __name__)

RESET_REQUESTED = (
    "Nếu tài khoản tồn tại và có địa chỉ thư điện tử, một liên kết đặt lại mật khẩu đã được gửi tới "
    "địa chỉ đó. Vui lòng kiểm tra hộp thư."
)


def _sign_in_limit() -> str:
    return current_app.config["SIGN_IN_RATE_LIMIT"]


# Per client address, on top of the per-account lock: guessing across many names is slowed too.
limit_posts = limiter.limit(_sign_in_limit, methods=["POST"])


@bp.route("/dang-nhap", methods=["GET", "POST"])
@public
@limit_posts
def login():
    """Sign in; a refused attempt counts towards the account's lock."""
    form = LoginForm()
    if form.validate_on_submit():
        policy = LockoutPolicy(
            current_app.config["LOGIN_MAX_FAILURES"], timedelta(minutes=current_app.config["LOGIN_LOCKOUT_MINUTES"])
        )
        try:
            user = sign_in(form.username.data, form.password.data, utcnow(), policy, UnknownNameCounter(limiter.storage))
        except SignInError as error:
            db.session.commit()  # the failure count is the one thing a refused sign-in writes
            flash(str(error), "error")
        else:
            db.session.commit()
            _start_session(user)
            return redirect(_safe_next(request.args.get("next")))
    return render_template("accounts/login.html", form=form)


@bp.route("/dang-xuat", methods=["POST"])
@public
def logout():
    """Sign out."""
    logout_user()
    flash("Đã đăng xuất.", "info")
    return redirect(url_for("accounts.login"))


@bp.route("/quen-mat-khau", methods=["GET", "POST"])
@public
@limit_posts
def forgot_password():
    """Ask for a reset link; the answer never says whether the account exists."""
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        request_reset(form.identifier.data)
        db.session.commit()
        deliver_queued()
        flash(RESET_REQUESTED, "info")  # the same words whether or not the account exists
        return redirect(url_for("accounts.login"))
    return render_template("accounts/forgot_password.html", form=form)


@bp.route("/dat-lai-mat-khau/<token>", methods=["GET", "POST"])
@public
@limit_posts
def reset_password(token: str):
    """Set a new password with a link from the mail."""
    try:
        user_for_token(token)
    except ResetError as error:
        return render_template("accounts/reset_password.html", form=None, error=str(error)), 400
    form = ResetPasswordForm()
    if form.validate_on_submit():
        with one_change(ResetError, AccountError) as change:
            reset_with_token(token, form.password.data, form.confirmation.data)
        if change.committed:
            logout_user()
            flash("Đã đặt mật khẩu mới. Vui lòng đăng nhập.", "success")
            return redirect(url_for("accounts.login"))
        flash(change.message, "error")
    return render_template("accounts/reset_password.html", form=form, error=None)


@bp.route("/doi-mat-khau", methods=["GET", "POST"])
@public  # any signed-in user, whatever the role
@login_required
def change_own_password():
    """Change one's own password; the account's other sessions end."""
    form = ChangePasswordForm()
    if form.validate_on_submit():
        if not current_user.check_password(form.current_password.data):
            form.current_password.errors.append("Mật khẩu hiện tại không đúng.")
        else:
            change_password(current_user, form.password.data)
            db.session.commit()
            _start_session(current_user._get_current_object())  # this session continues; the others end
            flash("Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã kết thúc.", "success")
            return redirect(url_for("dashboard.index"))
    return render_template("accounts/change_password.html", form=form)


def _start_session(user) -> None:
    """Sign in with a session that ends after PERMANENT_SESSION_LIFETIME without a request."""
    session.permanent = True
    login_user(user)


def _safe_next(target: str | None) -> str:
    """Only follow a `next` that stays on this site."""
    # "//host" and "/\\host" are other sites to a browser.
    if target and not urlsplit(target).netloc and target.startswith("/") and target[1:2] not in ("/", "\\"):
        return target
    return url_for("dashboard.index")
