"""Directive pages: the list, and one directive with its tasks."""

from flask import Blueprint, abort, current_app, render_template
from flask_login import current_user, login_required

from ..clock import today
from ..extensions import db
from ..tasks.queries import OccurrenceFilters, listing
from .models import Directive
from .services import can_view_directive, visible_directives

bp = Blueprint("directives", __name__, url_prefix="/van-ban")


@bp.route("/")
@login_required
def index():
    return render_template("directives/index.html", directives=visible_directives(current_user))


@bp.route("/<int:directive_id>")
@login_required
def detail(directive_id: int):
    directive = db.get_or_404(Directive, directive_id)
    if not can_view_directive(current_user, directive):
        abort(403)
    occurrences, counts = listing(
        current_user,
        OccurrenceFilters(directive_id=directive.id),
        today(),
        current_app.config["DUE_SOON_DAYS"],
        in_document_order=True,
    )
    return render_template(
        "directives/detail.html", directive=directive, occurrences=occurrences, counts=counts
    )
