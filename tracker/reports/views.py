"""Report pages: exports of lists and of the league table, the periodic report, calendar feeds."""

from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..accounts.permissions import Action, ensure, public, requires
from ..agencies.models import Agency
from ..clock import today, utcnow
from ..dashboard.forms import filter_form, period_presets, query_args, scope_agency_id, view_from
from ..dashboard.league import DEFAULT_SORT, league_table
from ..dashboard.services import counts_by_lead_agency
from ..extensions import db
from .feeds import FeedError, calendar_bytes, create_feed_token, feed_rows, find_feed, revoke_feed_token, user_feeds
from .models import FeedToken
from .periodic import SECTIONS, periodic_report, report_sheets
from .spreadsheets import XLSX_MIMETYPE, Sheet, csv_text, xlsx_bytes
from .tables import LEAGUE_COLUMNS, occurrences_sheet

bp = Blueprint("reports", __name__, url_prefix="/bao-cao")

# The formats an export comes in, as the routes' converter (any other answers 404).
FORMAT = "<any(xlsx, csv):fmt>"


def _filtered():
    form = filter_form(request.args, current_user)
    return form, view_from(form, today(), current_app.config["DUE_SOON_DAYS"])


def _download(name: str, fmt: str, sheet: Sheet) -> Response:
    filename = f"{name}-{today():%Y-%m-%d}.{fmt}"
    if fmt == "xlsx":
        body, mimetype = xlsx_bytes([sheet]), XLSX_MIMETYPE
    else:
        body, mimetype = csv_text(sheet.columns, sheet.rows).encode("utf-8"), "text/csv; charset=utf-8"
    return Response(body, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.route(f"/nhiem-vu.{FORMAT}")
@requires(Action.VIEW)
def export_tasks(fmt: str):
    _form, view = _filtered()
    return _download("nhiem-vu", fmt, occurrences_sheet(current_user, view))


@bp.route(f"/xep-hang.{FORMAT}")
@requires(Action.VIEW)
def export_league(fmt: str):
    _form, view = _filtered()
    rows = league_table(
        counts_by_lead_agency(current_user, view),
        scope_agency_id(current_user, view),
        sort=request.args.get("sort", DEFAULT_SORT[0]),
        order=request.args.get("order", DEFAULT_SORT[1]),
    )
    title = [f"XẾP HẠNG CƠ QUAN THỰC HIỆN NHIỆM VỤ (số liệu tính đến ngày {view.day:%d/%m/%Y})"]
    return _download("xep-hang", fmt, Sheet("Xếp hạng", LEAGUE_COLUMNS, rows, title))


def _periodic():
    """The periodic report this request asks for, or None with the form's message."""
    form, view = _filtered()
    agency_id = scope_agency_id(current_user, view)
    agency = db.session.get(Agency, agency_id) if agency_id else None
    if agency is None:
        form.agency.errors = [*form.agency.errors, "Vui lòng chọn cơ quan cần báo cáo."]
        return form, view, None
    ensure(Action.VIEW, agency=agency)
    _label, month_start, month_end = period_presets(view.today)[0]
    start = view.filters.due_from or month_start
    end = view.filters.due_to or month_end
    return form, view, periodic_report(current_user, agency, start, end, view)


@bp.route("/dinh-ky")
@requires(Action.VIEW)
def periodic():
    form, view, report = _periodic()
    return render_template("reports/periodic.html", form=form, view=view, report=report, sections=SECTIONS,
                           presets=period_presets(view.today), query_args=query_args, args=request.args)


@bp.route("/dinh-ky.xlsx")
@requires(Action.VIEW)
def periodic_xlsx():
    _form, _view, report = _periodic()
    if report is None:
        abort(400)
    filename = f"bao-cao-{report.start:%Y-%m-%d}-{report.end:%Y-%m-%d}.xlsx"
    return Response(xlsx_bytes(report_sheets(report)), mimetype=XLSX_MIMETYPE,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.route("/lich", methods=["GET", "POST"])
@requires(Action.VIEW)
def feeds():
    created = None
    if request.method == "POST":
        agency = None
        if request.form.get("agency"):
            agency = db.session.get(Agency, request.form.get("agency", type=int) or 0)
            if agency is None:
                abort(404)
        try:
            token, secret = create_feed_token(current_user, agency, utcnow())
        except FeedError as error:
            flash(str(error), "error")
            return redirect(url_for(".feeds"))
        db.session.commit()
        created = (token, url_for(".feed", secret=secret, _external=True))
    agency = current_user.agency
    return render_template("reports/feeds.html", feeds=user_feeds(current_user), created=created, agency=agency)


@bp.route("/lich/<int:token_id>/thu-hoi", methods=["POST"])
@requires(Action.VIEW)
def revoke_feed(token_id: int):
    token = db.get_or_404(FeedToken, token_id)
    try:
        revoke_feed_token(current_user, token, utcnow())
    except FeedError as error:
        abort(403, str(error))
    db.session.commit()
    flash("Đã thu hồi đường dẫn lịch; lịch này sẽ không cập nhật nữa.", "success")
    return redirect(url_for(".feeds"))


@bp.route("/lich/<secret>.ics")
@public  # the secret in the URL is the credential (calendar apps cannot sign in)
def feed(secret: str):
    token = find_feed(secret)
    if token is None:
        abort(404)
    rows = feed_rows(token, today(), current_app.config["DUE_SOON_DAYS"])

    def task_url(row):
        return url_for("tasks.detail", task_id=row.task_id, occurrence_id=row.occurrence_id, _external=True)

    body = calendar_bytes(token.label, rows, task_url, utcnow())
    return Response(body, mimetype="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'inline; filename="lich-nhiem-vu.ics"', "Cache-Control": "private, max-age=300"})
