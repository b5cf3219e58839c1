"""Task pages: the filtered list, a task with its history, and posting progress."""

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from wtforms.fields import SelectChoice

from ..accounts.permissions import can_update_progress, can_view_task, visible_agency_ids
from ..agencies.services import agency_name_choices
from ..clock import today
from ..directives.services import directive_choices
from ..extensions import db
from .forms import ALL, ProgressForm, TaskFilterForm
from .models import Task, TaskOccurrence, WorkStatus
from .queries import OccurrenceFilters, occurrence_query
from .services import ProgressError, current_occurrence, record_progress
from .states import TaskState

bp = Blueprint("tasks", __name__, url_prefix="/nhiem-vu")


@bp.route("/")
@login_required
def index():
    form = TaskFilterForm(request.args)
    form.agency.choices = [ALL] + [
        SelectChoice(str(agency_id), name) for agency_id, name in agency_name_choices(visible_agency_ids(current_user))
    ]
    form.directive.choices = [ALL] + [
        SelectChoice(str(directive_id), title) for directive_id, title in directive_choices(current_user)
    ]
    form.validate()
    filters = OccurrenceFilters(
        agency_id=_int_or_none(form.agency.data),
        state=TaskState(form.state.data) if form.state.data else None,
        directive_id=_int_or_none(form.directive.data),
        due_from=form.due_from.data,
        due_to=form.due_to.data,
    )
    soon_days = current_app.config["DUE_SOON_DAYS"]
    page = db.paginate(
        occurrence_query(current_user, filters, today(), soon_days),
        per_page=current_app.config["TASKS_PER_PAGE"],
        error_out=False,
    )
    return render_template("tasks/index.html", form=form, page=page)


@bp.route("/<int:task_id>")
@bp.route("/<int:task_id>/ky/<int:occurrence_id>")
@login_required
def detail(task_id: int, occurrence_id: int | None = None):
    task = db.get_or_404(Task, task_id)
    if not can_view_task(current_user, task):
        abort(403)
    if occurrence_id is None:
        occurrence = current_occurrence(task, today())
    else:
        occurrence = db.session.get(TaskOccurrence, occurrence_id)
        if occurrence is None or occurrence.task_id != task.id:
            abort(404)
    form = _progress_form(occurrence) if occurrence and can_update_progress(current_user, occurrence) else None
    return render_template("tasks/detail.html", task=task, occurrence=occurrence, form=form)


@bp.route("/ky/<int:occurrence_id>/bao-cao", methods=["POST"])
@login_required
def report_progress(occurrence_id: int):
    occurrence = db.get_or_404(TaskOccurrence, occurrence_id)
    if not can_update_progress(current_user, occurrence):
        abort(403)
    form = ProgressForm()
    if form.validate_on_submit():
        try:
            record_progress(
                occurrence,
                author=current_user,
                status=WorkStatus(form.status.data),
                percent=form.percent.data,
                reported_on=form.reported_on.data,
                note=form.note.data,
                today=today(),
            )
        except ProgressError as error:
            db.session.rollback()
            form.note.errors = [*form.note.errors, str(error)]
        else:
            db.session.commit()
            flash("Đã ghi nhận báo cáo tiến độ.", "success")
            return redirect(url_for(".detail", task_id=occurrence.task_id, occurrence_id=occurrence.id))
    flash("Báo cáo chưa được ghi nhận, vui lòng sửa các lỗi bên dưới.", "error")
    task = occurrence.task
    return render_template("tasks/detail.html", task=task, occurrence=occurrence, form=form), 400


def _progress_form(occurrence: TaskOccurrence) -> ProgressForm:
    form = ProgressForm()
    if not form.is_submitted():
        form.status.data = (WorkStatus.IN_PROGRESS if occurrence.status is WorkStatus.PENDING else occurrence.status).value
        form.percent.data = occurrence.percent
        form.reported_on.data = today()
    return form


def _int_or_none(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None
