"""Agency pages: the tree, and one agency with its tasks."""

from flask import Blueprint, current_app, render_template
from flask_login import current_user
from sqlalchemy import select

from ..accounts.permissions import Action, can, ensure, requires, visible_agency_ids
from ..clock import today
from ..extensions import db
from ..tasks.queries import OccurrenceFilters, listing
from .models import Agency

bp = Blueprint("agencies", __name__, url_prefix="/co-quan")


@bp.route("/")
@requires(Action.VIEW)
def index():
    agency_ids = visible_agency_ids(current_user)
    if agency_ids is None:
        roots = db.session.scalars(select(Agency).where(Agency.parent_id.is_(None)).order_by(Agency.name)).all()
    else:
        # Show the user's part of the tree: the topmost agencies they may see.
        agencies = db.session.scalars(select(Agency).where(Agency.id.in_(agency_ids))).all()
        roots = [a for a in agencies if a.parent_id not in agency_ids]
    return render_template("agencies/index.html", roots=roots)


@bp.route("/<int:agency_id>")
@requires(Action.VIEW)
def detail(agency_id: int):
    agency = db.get_or_404(Agency, agency_id)
    ensure(Action.VIEW, agency=agency)
    occurrences, counts = listing(
        current_user,
        OccurrenceFilters(agency_id=agency.id, include_cooperating=True),
        today(),
        current_app.config["DUE_SOON_DAYS"],
    )
    return render_template(
        "agencies/detail.html", agency=agency, occurrences=occurrences, counts=counts,
        can_urge=can(current_user, Action.URGE, agency=agency),
    )
