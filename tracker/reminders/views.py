"""Reminder pages: deliveries and problems, the policy, urging (đôn đốc), and calendar days."""

from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from ..accounts.permissions import Action, ensure, requires, visible_agency_ids
from ..agencies.models import Agency
from ..clock import today
from ..directives.models import Directive
from ..extensions import db
from ..outbox.services import deliver_queued
from ..tasks.models import TaskOccurrence
from ..workdays.models import CalendarDay
from ..transactions import one_change
from . import settings
from .forms import CalendarDayForm, PolicyForm, UrgeForm
from .models import Delivery
from .services import UrgeError, overdue_occurrences_of, preview, unreachable_by_agency, urge

bp = Blueprint("reminders", __name__, url_prefix="/nhac-viec")
RECENT = 100


@bp.route("/")
@requires(Action.SEE_REMINDERS)
def index():
    deliveries = db.session.scalars(
        select(Delivery).options(joinedload(Delivery.outbox_message), joinedload(Delivery.occurrence))
        .order_by(Delivery.id.desc()).limit(RECENT)
    ).all()
    plan = preview(today())
    unreachable = unreachable_by_agency(plan, visible_agency_ids(current_user))
    return render_template(
        "reminders/index.html", deliveries=deliveries, plan=plan, unreachable=unreachable,
        policy=settings.current_policy(None),
    )


@bp.route("/chinh-sach", methods=["GET", "POST"])
@bp.route("/chinh-sach/van-ban/<int:directive_id>", methods=["GET", "POST"])
@requires(Action.MANAGE_REMINDERS)
def policy(directive_id: int | None = None):
    directive = db.get_or_404(Directive, directive_id) if directive_id else None
    form = PolicyForm()
    if form.validate_on_submit():
        settings.save_policy(directive, form)
        db.session.commit()
        flash("Đã lưu chính sách nhắc việc.", "success")
        return redirect(request.path)
    if not form.is_submitted():
        settings.fill_form(form, settings.current_policy(directive))
    return render_template("reminders/policy.html", form=form, directive=directive)


@bp.route("/don-doc/ky/<int:occurrence_id>", methods=["GET", "POST"])
@requires(Action.URGE)
def urge_task(occurrence_id: int):
    occurrence = db.get_or_404(TaskOccurrence, occurrence_id)
    ensure(Action.URGE, task=occurrence.task)
    return _urge_page([occurrence], title=f"Đôn đốc nhiệm vụ: {occurrence.task.summary}")


@bp.route("/don-doc/co-quan/<int:agency_id>", methods=["GET", "POST"])
@requires(Action.URGE)
def urge_agency(agency_id: int):
    agency = db.get_or_404(Agency, agency_id)
    ensure(Action.URGE, agency=agency)
    occurrences = overdue_occurrences_of(agency, today())
    return _urge_page(occurrences, title=f"Đôn đốc {agency.short_name}: các nhiệm vụ quá hạn")


def _urge_page(occurrences: list[TaskOccurrence], title: str):
    form = UrgeForm()
    status = 200
    if form.validate_on_submit():
        with one_change(UrgeError) as change:
            sent = urge(occurrences, note=form.note.data, sender=current_user, day=today())
        if change.committed:
            deliver_queued()
            flash(f"Đã gửi thư đôn đốc tới {sent} địa chỉ.", "success")
            return redirect(_back_to_referrer() or url_for("reminders.index"))
        flash(change.message, "error")
        status = 400
    return render_template("reminders/urge.html", form=form, occurrences=occurrences, title=title), status


def _back_to_referrer() -> str | None:
    """One-click urging from a list returns to that list (only a page of this site)."""
    referrer = urlsplit(request.referrer or "")
    if referrer.netloc == request.host and referrer.path and not referrer.path.startswith("/nhac-viec/don-doc"):
        return referrer.path + (f"?{referrer.query}" if referrer.query else "")
    return None


@bp.route("/ngay-nghi", methods=["GET", "POST"])
@requires(Action.MANAGE_REMINDERS)
def calendar_days():
    form = CalendarDayForm()
    if form.validate_on_submit():
        error = settings.set_calendar_day(form.day.data, form.is_day_off.data == "1", form.note.data)
        if error:
            flash(error, "error")
        else:
            db.session.commit()
            flash("Đã cập nhật lịch làm việc.", "success")
            return redirect(url_for(".calendar_days"))
    days = db.session.scalars(select(CalendarDay).order_by(CalendarDay.day.desc())).all()
    return render_template("reminders/calendar.html", form=form, days=days)


@bp.route("/ngay-nghi/<int:day_id>/xoa", methods=["POST"])
@requires(Action.MANAGE_REMINDERS)
def delete_calendar_day(day_id: int):
    settings.remove_calendar_day(db.get_or_404(CalendarDay, day_id))
    db.session.commit()
    flash("Đã xóa ngày khỏi lịch.", "success")
    return redirect(url_for(".calendar_days"))
