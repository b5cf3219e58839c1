"""The home page: counts by state and the most urgent open tasks in the user's scope."""

from flask import Blueprint, current_app, render_template
from flask_login import current_user

from ..accounts.permissions import Action, requires

from ..clock import today
from ..extensions import db
from ..tasks.queries import OccurrenceFilters, count_by_state, occurrence_query
from ..tasks.states import TaskState

bp = Blueprint("dashboard", __name__)

URGENT_LIMIT = 15


@bp.route("/")
@requires(Action.VIEW)
def index():
    soon_days = current_app.config["DUE_SOON_DAYS"]
    everything = OccurrenceFilters()
    counts = count_by_state(current_user, everything, today(), soon_days)
    overdue = db.session.scalars(
        occurrence_query(current_user, OccurrenceFilters(state=TaskState.OVERDUE), today(), soon_days).limit(URGENT_LIMIT)
    ).all()
    due_soon = db.session.scalars(
        occurrence_query(current_user, OccurrenceFilters(state=TaskState.DUE_SOON), today(), soon_days).limit(URGENT_LIMIT)
    ).all()
    return render_template("dashboard/index.html", counts=counts, overdue=overdue, due_soon=due_soon)
