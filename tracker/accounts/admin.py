"""The admin's accounts pages: list, create, edit, unlock, send a password-reset link."""

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user

from ..clock import utcnow
from ..extensions import db
from ..outbox.services import deliver_queued
from ..transactions import one_change
from .forms import UserForm
from .models import Role, User
from .permissions import Action, requires
from .reset import send_reset_link
from .services import AccountError, create_user, list_users, resolve_agency, selectable_agencies, unlock_user, update_user

bp = Blueprint("account_admin", __name__, url_prefix="/tai-khoan")


@bp.route("/")
@requires(Action.MANAGE_USERS)
def index():
    """Every account, with its role, agency, email and whether it is active or locked."""
    return render_template("accounts/users.html", users=list_users(), now=utcnow())


@bp.route("/moi", methods=["GET", "POST"])
@requires(Action.MANAGE_USERS)
def create():
    """Create an account."""
    form = _form()
    if form.validate_on_submit():
        with one_change(AccountError) as change:
            user = create_user(
                username=form.username.data or "", password=form.password.data or "", full_name=form.full_name.data,
                role=Role(form.role.data), agency=resolve_agency(form.agency_id.data), email=form.email.data,
            )
            db.session.flush()
        if change.committed:
            flash(f"Đã tạo tài khoản {user.username}.", "success")
            return redirect(url_for(".index"))
        flash(change.message, "error")
    return render_template("accounts/user_form.html", form=form, user=None)


@bp.route("/<int:user_id>", methods=["GET", "POST"])
@requires(Action.MANAGE_USERS)
def edit(user_id: int):
    """Change an account's name, role, agency, email and whether it may sign in."""
    user = db.get_or_404(User, user_id)
    form = _form(obj=user)
    if form.validate_on_submit():
        with one_change(AccountError) as change:
            update_user(
                user, full_name=form.full_name.data, role=Role(form.role.data),
                agency=resolve_agency(form.agency_id.data), email=form.email.data, active=form.active.data,
                acting_user=current_user,
            )
        if change.committed:
            flash(f"Đã lưu tài khoản {user.username}.", "success")
            return redirect(url_for(".index"))
        flash(change.message, "error")
    return render_template("accounts/user_form.html", form=form, user=user)


@bp.route("/<int:user_id>/mo-khoa", methods=["POST"])
@requires(Action.MANAGE_USERS)
def unlock(user_id: int):
    """Lift a lock after too many wrong passwords."""
    user = db.get_or_404(User, user_id)
    unlock_user(user)
    db.session.commit()
    flash(f"Đã mở khóa tài khoản {user.username}.", "success")
    return redirect(url_for(".index"))


@bp.route("/<int:user_id>/gui-lien-ket-dat-lai", methods=["POST"])
@requires(Action.MANAGE_USERS)
def send_reset(user_id: int):
    """Mail the account a password-reset link."""
    user = db.get_or_404(User, user_id)
    try:
        send_reset_link(user)
    except AccountError as error:
        flash(str(error), "error")
        return redirect(url_for(".index"))
    db.session.commit()
    deliver_queued()
    flash(f"Đã gửi liên kết đặt lại mật khẩu tới {user.email}.", "success")
    return redirect(url_for(".index"))


def _form(obj: User | None = None) -> UserForm:
    form = UserForm(obj=obj)
    form.set_agency_options(selectable_agencies())
    if obj is not None and not form.is_submitted():
        form.role.data = obj.role.value
    return form
