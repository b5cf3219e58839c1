"""The admin's search of the audit log."""

from datetime import datetime, time, timedelta

from flask import Blueprint, render_template, request
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import StringField
from wtforms.fields import SelectChoice

from ..accounts.permissions import Action, requires
from ..clock import local_zone
from ..extensions import db
from ..forms import VietnameseDateField, VietnameseSelectField
from .models import AuditEvent

bp = Blueprint("audit", __name__, url_prefix="/nhat-ky")
PAGE_SIZE = 100
ENTITY_LABELS = {
    "directive": "Văn bản", "task": "Nhiệm vụ", "occurrence": "Kỳ nhiệm vụ", "progress_update": "Báo cáo",
    "extension_request": "Gia hạn", "deadline_change": "Thời hạn", "user": "Tài khoản", "agency": "Cơ quan",
    "reminder_policy": "Chính sách nhắc việc", "calendar_day": "Lịch làm việc", "attachment": "Tệp đính kèm",
}


class AuditSearchForm(FlaskForm):
    class Meta:
        csrf = False

    entity_type = VietnameseSelectField(
        "Đối tượng", choices=[SelectChoice("", "Tất cả")] + [SelectChoice(k, v) for k, v in ENTITY_LABELS.items()]
    )
    actor = StringField("Người thực hiện")
    text = StringField("Nội dung chứa")
    since = VietnameseDateField("Từ ngày")
    until = VietnameseDateField("Đến ngày")


@bp.route("/")
@requires(Action.READ_AUDIT)
def index():
    form = AuditSearchForm(request.args)
    form.validate()
    query = select(AuditEvent).order_by(AuditEvent.id.desc())
    if form.entity_type.data:
        query = query.where(AuditEvent.entity_type == form.entity_type.data)
    if form.actor.data:
        query = query.where(AuditEvent.actor_name.ilike(f"%{form.actor.data.strip()}%"))
    if form.text.data:
        query = query.where(AuditEvent.summary.ilike(f"%{form.text.data.strip()}%"))
    if form.since.data:
        query = query.where(AuditEvent.at >= datetime.combine(form.since.data, time.min, local_zone()))
    if form.until.data:
        query = query.where(AuditEvent.at < datetime.combine(form.until.data + timedelta(days=1), time.min, local_zone()))
    page = db.paginate(query, per_page=PAGE_SIZE, error_out=False)
    return render_template("audit/index.html", form=form, page=page, labels=ENTITY_LABELS)
