"""The outbox page: every message the tracker composed, and whether it went out."""

from flask import Blueprint, render_template
from sqlalchemy import select

from ..accounts.permissions import Action, requires
from ..extensions import db
from .models import OutboxMessage
from .services import smtp_configured

bp = Blueprint("outbox", __name__, url_prefix="/hop-thu-di")

PAGE_SIZE = 50


@bp.route("/")
@requires(Action.READ_OUTBOX)
def index():
    query = select(OutboxMessage).order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc())
    page = db.paginate(query, per_page=PAGE_SIZE, error_out=False)
    return render_template("outbox/index.html", page=page, smtp=smtp_configured())


@bp.route("/<int:message_id>")
@requires(Action.READ_OUTBOX)
def detail(message_id: int):
    return render_template("outbox/detail.html", message=db.get_or_404(OutboxMessage, message_id))
