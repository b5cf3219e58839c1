"""Task pages: the filtered list, a task with its history, posting progress, and editing a task."""

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from wtforms.fields import SelectChoice

from ..accounts.permissions import Action, can, ensure, requires, visible_agency_ids
from ..agencies.services import agency_choices
from ..clock import today
from ..directives.models import Directive
from ..extensions import db
from ..workflows.attachments import AttachmentError, check_upload
from ..workflows.forms import ContributionForm, DecisionForm, ExtensionRequestForm
from ..workflows.services import WorkflowError, edit_task, pending_extension, report
from ..transactions import one_change
from .forms import ProgressForm, TaskFilterForm, TaskForm, set_filter_choices
from .models import Task, TaskOccurrence, WorkStatus
from .queries import ListOrder, OccurrenceFilters, occurrence_count, occurrence_page
from .services import NewTask, ProgressError, add_task, current_occurrence
from .states import TaskState
from .timeline import task_timeline

bp = Blueprint("tasks", __name__, url_prefix="/nhiem-vu")


@bp.route("/")
@requires(Action.VIEW)
def index():
    form = TaskFilterForm(request.args)
    set_filter_choices(form, request.args, current_user)
    form.validate()
    filters = OccurrenceFilters(
        agency_id=_int_or_none(form.agency.data),
        state=TaskState(form.state.data) if form.state.data in set(TaskState) else None,
        directive_id=_int_or_none(form.directive.data),
        due_from=form.due_from.data,
        due_to=form.due_to.data,
    )
    soon_days = current_app.config["DUE_SOON_DAYS"]
    page = occurrence_page(
        current_user, filters, today(), soon_days, ListOrder.DEADLINE, page=request.args.get("page", 1, type=int),
        per_page=current_app.config["TASKS_PER_PAGE"], total=occurrence_count(current_user, filters, today(), soon_days),
    )
    return render_template("tasks/index.html", form=form, page=page)


@bp.route("/<int:task_id>")
@bp.route("/<int:task_id>/ky/<int:occurrence_id>")
@requires(Action.VIEW)
def detail(task_id: int, occurrence_id: int | None = None):
    task = db.get_or_404(Task, task_id)
    ensure(Action.VIEW, task=task)
    if occurrence_id is None:
        occurrence = current_occurrence(task, today())
    else:
        occurrence = db.session.get(TaskOccurrence, occurrence_id)
        if occurrence is None or occurrence.task_id != task.id:
            abort(404)
    return render_task_page(task, occurrence)


def render_task_page(
    task: Task, occurrence: TaskOccurrence | None, progress_form: ProgressForm | None = None, status: int = 200
):
    """The task page with every form the user may use; also the answer to a refused step (400)."""
    allowed = {action: can(current_user, action, task=task) for action in Action}
    open_ = occurrence is not None and occurrence.status is not WorkStatus.DONE
    if progress_form is None and open_ and allowed[Action.REPORT_PROGRESS]:
        progress_form = _progress_form(occurrence)
    forms = {
        "progress": progress_form if open_ and allowed[Action.REPORT_PROGRESS] else None,
        "contribution": ContributionForm() if occurrence and allowed[Action.CONTRIBUTE] else None,
        "extension": ExtensionRequestForm() if open_ and occurrence.due_on and allowed[Action.REQUEST_EXTENSION] else None,
        "decision": DecisionForm(),
    }
    return render_template(
        "tasks/detail.html", task=task, occurrence=occurrence, forms=forms, allowed=allowed,
        pending=pending_extension(occurrence) if occurrence else None,
        timeline=task_timeline(task), Action=Action,
    ), status


@bp.route("/ky/<int:occurrence_id>/bao-cao", methods=["POST"])
@requires(Action.REPORT_PROGRESS)
def report_progress(occurrence_id: int):
    occurrence = db.get_or_404(TaskOccurrence, occurrence_id)
    ensure(Action.REPORT_PROGRESS, task=occurrence.task)
    form = ProgressForm()
    if form.validate_on_submit():
        with one_change(ProgressError, WorkflowError, AttachmentError) as change:
            files = [check_upload(form.attachment.data.filename, form.attachment.data.read())] if form.attachment.data else []
            report(
                occurrence, author=current_user, done=form.status.data == WorkStatus.DONE.value,
                percent=form.percent.data, reported_on=form.reported_on.data, note=form.note.data,
                today=today(), files=files,
            )
        if change.committed:
            flash("Đã ghi nhận báo cáo tiến độ.", "success")
            return redirect(url_for(".detail", task_id=occurrence.task_id, occurrence_id=occurrence.id))
        target = form.attachment if isinstance(change.error, AttachmentError) else form.note
        target.errors = [*target.errors, change.message]
    flash("Báo cáo chưa được ghi nhận, vui lòng sửa các lỗi bên dưới.", "error")
    return render_task_page(occurrence.task, occurrence, progress_form=form, status=400)


def _progress_form(occurrence: TaskOccurrence) -> ProgressForm:
    form = ProgressForm(formdata=None)
    form.status.data = WorkStatus.IN_PROGRESS.value
    form.percent.data = occurrence.percent
    form.reported_on.data = today()
    return form


@bp.route("/<int:task_id>/sua", methods=["GET", "POST"])
@requires(Action.EDIT_DIRECTIVES)
def edit(task_id: int):
    task = db.get_or_404(Task, task_id)
    ensure(Action.EDIT_DIRECTIVES, task=task)
    form = _task_form(obj=task)
    if request.method == "GET":
        form.lead_agency.data = str(task.lead_agency_id)
        form.cooperating_agencies.data = [str(a.id) for a in task.cooperating_agencies]
        if task.recurrence is None:
            form.due_on.data = task.occurrences[0].due_on
    if form.validate_on_submit():
        agencies = _agencies_by_id()
        with one_change(WorkflowError) as change:
            edit_task(
                task, by=current_user, clause=form.clause.data, summary=form.summary.data,
                clause_text=form.clause_text.data or "", lead=agencies[int(form.lead_agency.data)],
                cooperating=[agencies[int(v)] for v in form.cooperating_agencies.data],
                due_on=form.due_on.data, target=form.target.data, reason=form.reason.data or "",
            )
        if change.committed:
            flash("Đã lưu nhiệm vụ.", "success")
            return redirect(url_for(".detail", task_id=task.id))
        flash(change.message, "error")
    return render_template("tasks/edit.html", form=form, task=task, directive=task.directive)


@bp.route("/van-ban/<int:directive_id>/them", methods=["GET", "POST"])
@requires(Action.EDIT_DIRECTIVES)
def new(directive_id: int):
    directive = db.get_or_404(Directive, directive_id)
    ensure(Action.EDIT_DIRECTIVES, agency=directive.issuer)
    form = _task_form()
    if form.validate_on_submit():
        agencies = _agencies_by_id()
        lead = agencies[int(form.lead_agency.data)]
        task = add_task(directive, NewTask(
            clause=form.clause.data.strip(), summary=form.summary.data.strip(), lead_agency=lead,
            clause_text=form.clause_text.data or "", due_on=form.due_on.data, target=form.target.data or None,
            cooperating_agencies=tuple(agencies[int(v)] for v in form.cooperating_agencies.data if int(v) != lead.id),
        ), today())
        db.session.commit()
        flash("Đã thêm nhiệm vụ.", "success")
        return redirect(url_for(".detail", task_id=task.id))
    return render_template("tasks/edit.html", form=form, task=None, directive=directive)


def _task_form(**kwargs) -> TaskForm:
    form = TaskForm(**kwargs)
    # Only agencies the office may assign are offered; a forged id is refused by the field.
    choices = [SelectChoice(str(a.id), a.name) for a in agency_choices(visible_agency_ids(current_user))]
    form.lead_agency.choices = choices
    form.cooperating_agencies.choices = choices
    return form


def _agencies_by_id():
    return {a.id: a for a in agency_choices(visible_agency_ids(current_user))}


def _int_or_none(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None
