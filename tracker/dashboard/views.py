"""Dashboard pages: the overview, the overdue list, the league table and progress per directive."""

from flask import Blueprint, current_app, render_template, request
from flask_login import current_user

from ..accounts.permissions import Action, allowed, requires

from ..clock import today
from ..tasks.states import TaskState
from .charts import bar_geometry, deadlines_by_week, overdue_by_week
from .forms import filter_form, period_presets, query_args, scope_agency_id, view_from
from .league import DEFAULT_SORT, league_table
from .lists import occurrence_rows, overdue_page
from .services import counts_by_lead_agency, directive_progress, headline

bp = Blueprint("dashboard", __name__)

TOP = 10
OVERDUE_PER_PAGE = 100
# The one-click urge comes with the reminders feature; the overdue list shows it when present.


def _filtered():
    """The filter form and View of this request."""
    form = filter_form(request.args, current_user)
    return form, view_from(form, today(), current_app.config["DUE_SOON_DAYS"])


def _common(form, view) -> dict:
    return {"form": form, "view": view, "presets": period_presets(view.day), "query_args": query_args,
            "args": request.args, "can_urge": allowed(current_user, Action.URGE)}


@bp.route("/")
@requires(Action.VIEW)
def index():
    form, view = _filtered()
    by_agency = counts_by_lead_agency(current_user, view)
    figures = headline(by_agency)
    league = league_table(by_agency, scope_agency_id(current_user, view))
    overdue = occurrence_rows(current_user, view.with_state(TaskState.OVERDUE), limit=TOP, most_late_first=True)
    return render_template(
        "dashboard/index.html",
        figures=figures,
        league=league[:TOP],
        league_size=len(league),
        overdue=overdue,
        directives=directive_progress(current_user, view, limit=TOP),
        overdue_chart=bar_geometry(overdue_by_week(current_user, view), title_prefix="Quá hạn ngày "),
        deadline_chart=bar_geometry(deadlines_by_week(current_user, view), title_prefix="Tuần từ "),
        **_common(form, view),
    )


@bp.route("/tong-quan/qua-han")
@requires(Action.VIEW)
def overdue():
    form, view = _filtered()
    page = max(request.args.get("page", 1, type=int), 1)
    rows, total = overdue_page(current_user, view, page=page, per_page=OVERDUE_PER_PAGE)
    pages = max((total + OVERDUE_PER_PAGE - 1) // OVERDUE_PER_PAGE, 1)
    return render_template("dashboard/overdue.html", rows=rows, total=total, page=page, pages=pages,
                           **_common(form, view))


@bp.route("/tong-quan/xep-hang")
@requires(Action.VIEW)
def league():
    form, view = _filtered()
    sort = request.args.get("sort", DEFAULT_SORT[0])
    order = request.args.get("order", DEFAULT_SORT[1])
    rows = league_table(counts_by_lead_agency(current_user, view), scope_agency_id(current_user, view),
                        sort=sort, order=order)
    return render_template("dashboard/league.html", rows=rows, sort=sort, order=order, **_common(form, view))


@bp.route("/tong-quan/van-ban")
@requires(Action.VIEW)
def directives():
    form, view = _filtered()
    return render_template("dashboard/directives.html", directives=directive_progress(current_user, view),
                           **_common(form, view))
