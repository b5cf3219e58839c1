"""Agency pages: the tree, and one agency with its tasks."""

from flask import Blueprint, current_app, render_template, request
from flask_login import current_user

from ..accounts.permissions import Action, can, ensure, requires, visible_agency_ids
from ..clock import today
from ..extensions import db
from ..tasks.queries import ListOrder, OccurrenceFilters, listing
from .models import Agency
from .services import agency_tree

bp = Blueprint("agencies", __name__, url_prefix="/co-quan")


@bp.route("/")
@requires(Action.VIEW)
def index():
    roots, children = agency_tree(visible_agency_ids(current_user))
    return render_template("agencies/index.html", roots=roots, children=children)


@bp.route("/<int:agency_id>")
@requires(Action.VIEW)
def detail(agency_id: int):
    agency = db.get_or_404(Agency, agency_id)
    ensure(Action.VIEW, agency=agency)
    occurrences, counts = listing(
        current_user, OccurrenceFilters(agency_id=agency.id, include_cooperating=True), today(),
        current_app.config["DUE_SOON_DAYS"], ListOrder.OPEN_FIRST,
        page=request.args.get("page", 1, type=int), per_page=current_app.config["TASKS_PER_PAGE"],
    )
    return render_template(
        "agencies/detail.html", agency=agency, occurrences=occurrences, counts=counts,
        can_urge=can(current_user, Action.URGE, agency=agency),
    )
