"""Directive pages: the list, and one directive with its tasks."""

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from wtforms.fields import SelectChoice

from ..accounts.permissions import Action, allowed, can, ensure, requires, visible_agency_ids
from ..agencies.services import agency_choices

from ..clock import today
from ..extensions import db
from ..tasks.queries import ListOrder, OccurrenceFilters, listing
from .forms import DirectiveForm
from .models import Directive, DirectiveKind
from .services import can_view_directive, directive_page, save_directive, task_counts

bp = Blueprint("directives", __name__, url_prefix="/van-ban")


SEARCH_MAX_LENGTH = 100


@bp.route("/")
@requires(Action.VIEW)
def index():
    search = request.args.get("q", "").strip()[:SEARCH_MAX_LENGTH]
    page = directive_page(current_user, search, request.args.get("page", 1, type=int),
                          current_app.config["DIRECTIVES_PER_PAGE"])
    return render_template(
        "directives/index.html", page=page, search=search, search_max_length=SEARCH_MAX_LENGTH,
        task_counts=task_counts([directive.id for directive in page.items]),
        can_edit=allowed(current_user, Action.EDIT_DIRECTIVES),
    )


@bp.route("/<int:directive_id>")
@requires(Action.VIEW)
def detail(directive_id: int):
    directive = db.get_or_404(Directive, directive_id)
    if not can_view_directive(current_user, directive):
        abort(403)
    occurrences, counts = listing(
        current_user, OccurrenceFilters(directive_id=directive.id), today(), current_app.config["DUE_SOON_DAYS"],
        ListOrder.DOCUMENT,
    )
    return render_template(
        "directives/detail.html", directive=directive, occurrences=occurrences, counts=counts,
        can_edit=can(current_user, Action.EDIT_DIRECTIVES, agency=directive.issuer),
    )


@bp.route("/moi", methods=["GET", "POST"])
@requires(Action.EDIT_DIRECTIVES)
def new():
    form = _directive_form()
    if form.validate_on_submit():
        directive = save_directive(None, _fields(form))
        db.session.commit()
        flash("Đã tạo văn bản; hãy thêm các nhiệm vụ.", "success")
        return redirect(url_for(".detail", directive_id=directive.id))
    return render_template("directives/edit.html", form=form, directive=None)


@bp.route("/<int:directive_id>/sua", methods=["GET", "POST"])
@requires(Action.EDIT_DIRECTIVES)
def edit(directive_id: int):
    directive = db.get_or_404(Directive, directive_id)
    ensure(Action.EDIT_DIRECTIVES, agency=directive.issuer)
    form = _directive_form(obj=directive)
    if request.method == "GET":
        form.kind.data, form.issuer.data = directive.kind.value, str(directive.issuer_id)
    if form.validate_on_submit():
        save_directive(directive, _fields(form))
        db.session.commit()
        flash("Đã lưu văn bản.", "success")
        return redirect(url_for(".detail", directive_id=directive.id))
    return render_template("directives/edit.html", form=form, directive=directive)


def _directive_form(**kwargs) -> DirectiveForm:
    form = DirectiveForm(**kwargs)
    form.issuer.choices = [SelectChoice(str(a.id), a.name) for a in agency_choices(visible_agency_ids(current_user))]
    return form


def _fields(form: DirectiveForm) -> dict:
    return {
        "kind": DirectiveKind(form.kind.data),
        "symbol": (form.symbol.data or "").strip() or None,
        "issuer_id": int(form.issuer.data),
        "issued_on": form.issued_on.data,
        "subject": form.subject.data.strip(),
        "signer": (form.signer.data or "").strip() or None,
        "supervisor_name": (form.supervisor_name.data or "").strip() or None,
        "supervisor_email": (form.supervisor_email.data or "").strip() or None,
        "full_text": form.full_text.data or "",
    }
