"""Import pages: read a document, review the draft side by side with its clauses, save."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from wtforms.fields import SelectChoice

from ..accounts.permissions import Action, import_province, requires
from ..clock import today
from ..transactions import one_change
from .draft import Draft, DraftTask
from .forms import ReviewForm, SourceForm, draft_of, review_data
from .matching import AgencyIndex
from .presentation import SourceExpired, highlight, sign_source, unsign_source
from .reading import ImportInputError
from .services import (ImportSaveError, draft_from_text, draft_from_upload, expand_group, match_leads, merge_task,
                       province_for, save_draft, split_task)

bp = Blueprint("importer", __name__, url_prefix="/van-ban/nhap")
bp.add_app_template_filter(highlight, "highlight")


@bp.route("/", methods=["GET", "POST"])
@requires(Action.IMPORT_DIRECTIVES)
def start():
    """The document to read: pasted text or a file; a good one shows its draft for review."""
    form = SourceForm()
    if not form.validate_on_submit():
        return render_template("importer/start.html", form=form)
    upload = form.document.data
    try:
        if upload and upload.filename:
            draft = draft_from_upload(upload.filename, upload.read(), current_app.config["IMPORT_MAX_BYTES"])
        else:
            draft = draft_from_text(form.text.data or "")
    except ImportInputError as error:
        flash(str(error), "error")
        return render_template("importer/start.html", form=form), 400
    province = _province(draft)
    agencies = AgencyIndex(province)
    match_leads(draft, agencies)
    review_form = ReviewForm(formdata=None, data=review_data(draft, sign_source(draft.full_text)))
    return _render_review(review_form, agencies, province)


@bp.route("/xem-lai", methods=["POST"])
@requires(Action.IMPORT_DIRECTIVES)
def review():
    """An edit of the draft (add, drop, split, merge, expand) or, on confirmation, the save."""
    form = ReviewForm()
    try:
        full_text = unsign_source(form.source.data)
    except SourceExpired as error:
        flash(str(error), "error")
        return redirect(url_for(".start"))
    draft = draft_of(form, full_text)
    province = _province(draft)
    agencies = AgencyIndex(province)
    action, _, number = request.form.get("action", "").partition(":")
    if action == "save":
        return _save(form, draft, agencies, province)
    _apply(action, int(number) if number.isdigit() else -1, draft, agencies)
    match_leads(draft, agencies)
    data = {**review_data(draft, form.source.data), "create_missing": form.create_missing.data}
    return _render_review(ReviewForm(formdata=None, data=data), agencies, province)


def _save(form: ReviewForm, draft: Draft, agencies: AgencyIndex, province):
    if not form.validate():
        flash("Bản nháp chưa lưu được, vui lòng sửa các lỗi bên dưới.", "error")
        return _render_review(form, agencies, province, status=400)
    with one_change(ImportSaveError) as change:
        directive = save_draft(draft, province=province, create_missing=form.create_missing.data, today=today())
    if not change.committed:
        flash(change.message, "error")
        return _render_review(form, agencies, province, status=400)
    flash(f"Đã lưu văn bản với {len(directive.tasks)} nhiệm vụ.", "success")
    return redirect(url_for("directives.detail", directive_id=directive.id))


def _apply(action: str, index: int, draft: Draft, agencies: AgencyIndex) -> None:
    """Add, drop, split, merge or expand tasks of the draft (nothing is written)."""
    tasks = draft.tasks
    if action == "add":
        tasks.append(DraftTask(clause=str(len(tasks) + 1), lead_agency=""))
    elif not 0 <= index < len(tasks):
        return
    elif action == "drop":
        del tasks[index]
    elif action == "split":
        draft.tasks = split_task(tasks, index)
    elif action == "merge":
        draft.tasks = merge_task(tasks, index)
    elif action == "expand":
        draft.tasks = expand_group(tasks, index, agencies)
        if draft.tasks is tasks:
            flash("Không tìm thấy cơ quan thành viên của nhóm này trong hệ thống.", "warning")


def _province(draft: Draft):
    """A provincial office imports into its own province; an admin into the one the text names."""
    return import_province(current_user) or province_for(draft)


def _render_review(form: ReviewForm, agencies: AgencyIndex, province, status: int = 200):
    choices = [SelectChoice("", "— cơ quan mới, theo tên —")] + [SelectChoice(str(a.id), a.name) for a in agencies.agencies]
    for entry in form.tasks:
        entry.form.lead_id.choices = choices
    members = [len(agencies.members(entry.form.lead_agency.data or "")) for entry in form.tasks]
    return render_template("importer/review.html", form=form, province=province, members=members), status
