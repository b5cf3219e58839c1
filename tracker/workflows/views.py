"""Workflow steps posted from a task's page, and attachment downloads."""

from flask import Blueprint, flash, redirect, send_from_directory, url_for
from flask_login import current_user

from ..accounts.permissions import Action, ensure, requires
from ..clock import today
from ..extensions import db
from ..tasks.models import TaskOccurrence
from ..tasks.views import render_task_page
from ..transactions import one_change
from .attachments import storage_dir
from .forms import ContributionForm, DecisionForm, ExtensionRequestForm
from .models import Attachment, ExtensionRequest
from .services import (
    WorkflowError,
    confirm_completion,
    contribute,
    decide_extension,
    request_extension,
    return_completion,
)

bp = Blueprint("workflows", __name__, url_prefix="/nhiem-vu")


def _occurrence_for(action: Action, occurrence_id: int) -> TaskOccurrence:
    occurrence = db.get_or_404(TaskOccurrence, occurrence_id)
    ensure(action, task=occurrence.task)
    return occurrence


def _back(occurrence: TaskOccurrence):
    return redirect(url_for("tasks.detail", task_id=occurrence.task_id, occurrence_id=occurrence.id))


def _apply(occurrence: TaskOccurrence, form, step, success: str):
    """Run a step if the form is valid; flash its outcome; never leave half a change."""
    if not form.validate_on_submit():
        for errors in form.errors.values():
            for error in errors:
                flash(error, "error")
        return render_task_page(occurrence.task, occurrence, status=400)
    with one_change(WorkflowError, ValueError) as change:
        step()
    if not change.committed:
        flash(change.message, "error")
        return render_task_page(occurrence.task, occurrence, status=400)
    flash(success, "success")
    return _back(occurrence)


@bp.route("/ky/<int:occurrence_id>/phoi-hop", methods=["POST"])
@requires(Action.CONTRIBUTE)
def add_contribution(occurrence_id: int):
    occurrence = _occurrence_for(Action.CONTRIBUTE, occurrence_id)
    form = ContributionForm()
    return _apply(
        occurrence, form,
        lambda: contribute(occurrence, author=current_user, note=form.note.data, today=today()),
        "Đã ghi nhận ý kiến phối hợp.",
    )


@bp.route("/ky/<int:occurrence_id>/xin-gia-han", methods=["POST"])
@requires(Action.REQUEST_EXTENSION)
def ask_extension(occurrence_id: int):
    occurrence = _occurrence_for(Action.REQUEST_EXTENSION, occurrence_id)
    form = ExtensionRequestForm()
    return _apply(
        occurrence, form,
        lambda: request_extension(occurrence, author=current_user, proposed_due_on=form.proposed_due_on.data,
                                  reason=form.reason.data, today=today()),
        "Đã gửi đề nghị gia hạn, chờ Văn phòng UBND tỉnh duyệt.",
    )


@bp.route("/gia-han/<int:request_id>/quyet-dinh", methods=["POST"])
@requires(Action.DECIDE_EXTENSION)
def decide_extension_request(request_id: int):
    request = db.get_or_404(ExtensionRequest, request_id)
    occurrence = _occurrence_for(Action.DECIDE_EXTENSION, request.occurrence_id)
    form = DecisionForm()
    approve = form.decision.data == "approve"
    return _apply(
        occurrence, form,
        lambda: decide_extension(request, officer=current_user, approve=approve, note=form.note.data, today=today()),
        "Đã duyệt gia hạn." if approve else "Đã từ chối đề nghị gia hạn.",
    )


@bp.route("/ky/<int:occurrence_id>/xac-nhan-hoan-thanh", methods=["POST"])
@requires(Action.CONFIRM_COMPLETION)
def decide_completion(occurrence_id: int):
    occurrence = _occurrence_for(Action.CONFIRM_COMPLETION, occurrence_id)
    form = DecisionForm()
    confirm = form.decision.data == "approve"

    def step():
        if confirm:
            confirm_completion(occurrence, officer=current_user, note=form.note.data or "", today=today())
        else:
            return_completion(occurrence, officer=current_user, reason=form.note.data or "", today=today())

    return _apply(occurrence, form, step, "Đã xác nhận hoàn thành." if confirm else "Đã trả lại báo cáo hoàn thành.")


@bp.route("/tep/<int:attachment_id>")
@requires(Action.VIEW)
def download(attachment_id: int):
    attachment = db.get_or_404(Attachment, attachment_id)
    ensure(Action.VIEW, task=attachment.update.occurrence.task)
    return send_from_directory(
        storage_dir(), attachment.stored_name, as_attachment=True, download_name=attachment.original_name,
        mimetype=attachment.content_type,
    )
