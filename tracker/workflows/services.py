"""The rules of the workflows; each takes the acting user and `today`, and writes nothing on refusal."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ..accounts.models import User
from ..accounts.permissions import Action, can
from ..agencies.models import Agency
from ..clock import utcnow
from ..extensions import db
from ..outbox.services import queue_mail
from ..reminders.recipients import agency_addresses
from ..tasks.models import ProgressUpdate, Task, TaskOccurrence, UpdateKind, WorkStatus
from ..tasks.services import record_progress
from ..workdays import effective_deadline
from .attachments import CheckedFile, store
from .models import Attachment, DeadlineChange, ExtensionRequest, RequestStatus


class WorkflowError(ValueError):
    """A step that cannot be taken; the message is for the user, in Vietnamese."""


def report(
    occurrence: TaskOccurrence, *, author: User, done: bool, percent: int, reported_on: date, note: str,
    today: date, files: list[CheckedFile] = (),
) -> ProgressUpdate:
    """An agency reports progress, or reports the task done for the provincial office to confirm."""
    if occurrence.status is WorkStatus.DONE:
        raise WorkflowError("Nhiệm vụ đã được xác nhận hoàn thành.")
    confirmer = can(author, Action.CONFIRM_COMPLETION, task=occurrence.task)
    if done and confirmer:
        status, kind = WorkStatus.DONE, UpdateKind.PROGRESS
    elif done:
        status, kind = WorkStatus.REPORTED, UpdateKind.COMPLETION_REPORTED
    else:
        status, kind = WorkStatus.IN_PROGRESS, UpdateKind.PROGRESS
    update = record_progress(
        occurrence, author=author, status=status, percent=100 if done else percent,
        reported_on=reported_on, note=note, today=today, kind=kind,
    )
    for file in files:
        stored_name, digest = store(file)
        update.attachments.append(Attachment(
            original_name=file.original_name, stored_name=stored_name, content_type=file.content_type,
            size=len(file.content), sha256=digest,
        ))
    return update


def contribute(occurrence: TaskOccurrence, *, author: User, note: str, today: date) -> ProgressUpdate:
    """A cooperating agency adds its note; the status stays as it is."""
    return record_progress(
        occurrence, author=author, status=occurrence.status, percent=occurrence.percent, reported_on=today,
        note=note, today=today, kind=UpdateKind.CONTRIBUTION,
    )


def confirm_completion(occurrence: TaskOccurrence, *, officer: User, note: str, today: date) -> ProgressUpdate:
    """The provincial office confirms: the task is done on the date the agency reported."""
    report_update = _pending_completion(occurrence)
    update = record_progress(
        occurrence, author=officer, status=WorkStatus.DONE, percent=100, reported_on=report_update.reported_on,
        note=note.strip() or "Xác nhận hoàn thành.", today=today, kind=UpdateKind.COMPLETION_CONFIRMED,
    )
    return update


def return_completion(occurrence: TaskOccurrence, *, officer: User, reason: str, today: date) -> ProgressUpdate:
    """The provincial office returns the report: the task is in progress again, and reminders resume."""
    report_update = _pending_completion(occurrence)
    if not (reason or "").strip():
        raise WorkflowError("Cần nêu lý do trả lại báo cáo.")
    return record_progress(
        occurrence, author=officer, status=WorkStatus.IN_PROGRESS, percent=min(report_update.percent, 99),
        reported_on=today, note=reason, today=today, kind=UpdateKind.COMPLETION_RETURNED,
    )


def _pending_completion(occurrence: TaskOccurrence) -> ProgressUpdate:
    if occurrence.status is not WorkStatus.REPORTED:
        raise WorkflowError("Nhiệm vụ không có báo cáo hoàn thành đang chờ xác nhận.")
    return next(u for u in occurrence.updates if u.kind is UpdateKind.COMPLETION_REPORTED)


def request_extension(
    occurrence: TaskOccurrence, *, author: User, proposed_due_on: date, reason: str, today: date
) -> ExtensionRequest:
    """The lead agency asks for a later deadline, with its reason."""
    if occurrence.status is WorkStatus.DONE:
        raise WorkflowError("Nhiệm vụ đã hoàn thành, không thể xin gia hạn.")
    if occurrence.due_on is None:
        raise WorkflowError("Nhiệm vụ thường xuyên không có thời hạn để gia hạn.")
    if proposed_due_on <= occurrence.due_on:
        raise WorkflowError(f"Thời hạn đề nghị phải sau thời hạn hiện tại ({occurrence.due_on:%d/%m/%Y}).")
    if proposed_due_on < today:
        raise WorkflowError("Thời hạn đề nghị không được trước ngày hôm nay.")
    if not (reason or "").strip():
        raise WorkflowError("Cần nêu lý do xin gia hạn.")
    if pending_extension(occurrence) is not None:
        raise WorkflowError("Đã có một đề nghị gia hạn đang chờ duyệt.")
    request = ExtensionRequest(
        occurrence=occurrence, requested_by=author, current_due_on=occurrence.due_on,
        proposed_due_on=proposed_due_on, reason=reason.strip(),
    )
    db.session.add(request)
    return request


def pending_extension(occurrence: TaskOccurrence) -> ExtensionRequest | None:
    return db.session.scalar(
        select(ExtensionRequest).where(
            ExtensionRequest.occurrence_id == occurrence.id, ExtensionRequest.status == RequestStatus.PENDING
        )
    )


def decide_extension(request: ExtensionRequest, *, officer: User, approve: bool, note: str, today: date) -> None:
    """Approve (the deadline moves, the original stays on record) or reject (a reason is needed)."""
    if request.status is not RequestStatus.PENDING:
        raise WorkflowError("Đề nghị gia hạn này đã được xử lý.")
    if not approve and not (note or "").strip():
        raise WorkflowError("Cần nêu lý do không duyệt gia hạn.")
    request.status = RequestStatus.APPROVED if approve else RequestStatus.REJECTED
    request.decided_by, request.decided_at, request.decision_note = officer, utcnow(), (note or "").strip() or None
    if approve:
        change_deadline(request.occurrence, request.proposed_due_on, by=officer,
                        reason=f"Duyệt đề nghị gia hạn: {request.reason}", extension_request=request)


def change_deadline(
    occurrence: TaskOccurrence, new_due_on: date | None, *, by: User, reason: str,
    extension_request: ExtensionRequest | None = None,
) -> DeadlineChange:
    """Move an open occurrence's deadline; every move is kept, so the original is never lost."""
    if occurrence.status is WorkStatus.DONE:
        raise WorkflowError("Không thể đổi thời hạn của nhiệm vụ đã hoàn thành.")
    new_effective = effective_deadline(new_due_on)
    change = DeadlineChange(
        occurrence_id=occurrence.id, old_due_on=occurrence.due_on, new_due_on=new_due_on,
        old_effective_due_on=occurrence.effective_due_on, new_effective_due_on=new_effective, changed_by=by,
        reason=reason, extension_request_id=extension_request.id if extension_request else None,
    )
    db.session.add(change)
    occurrence.due_on, occurrence.effective_due_on = new_due_on, new_effective
    return change


def reassign(task: Task, new_lead: Agency, *, by: User | None, reason: str) -> list[str]:
    """Move a task to another lead agency and tell both; returns the addresses told."""
    old_lead = task.lead_agency
    if new_lead.id == old_lead.id:
        raise WorkflowError("Cơ quan chủ trì mới trùng với cơ quan hiện tại.")
    task.lead_agency = new_lead
    told = []
    for agency, text in ((old_lead, "không còn chủ trì"), (new_lead, "được giao chủ trì")):
        addresses = agency_addresses(agency)
        if addresses:
            body = (
                f"Kính gửi {agency.name},\n\n{by.full_name if by else 'Hệ thống theo dõi nhiệm vụ'} thông báo: "
                f"cơ quan {text} nhiệm vụ sau.\n\n"
                f"{task.directive.title}, mục {task.clause}: {task.summary}\n"
                f"Từ: {old_lead.name}\nĐến: {new_lead.name}\n" + (f"Lý do: {reason}\n" if reason else "")
            )
            queue_mail(addresses, f"[Giao lại nhiệm vụ] {task.directive.title}, mục {task.clause}", body)
            told += addresses
    return told


def edit_task(
    task: Task, *, by: User, clause: str, summary: str, clause_text: str, lead: Agency,
    cooperating: list[Agency], due_on: date | None, target: str | None, reason: str,
) -> None:
    """The provincial office edits a task; a new lead or deadline goes through its workflow."""
    task.clause, task.summary, task.clause_text, task.target = clause.strip(), summary.strip(), clause_text, target or None
    task.cooperating_agencies = [agency for agency in cooperating if agency.id != lead.id]
    if lead.id != task.lead_agency_id:
        reassign(task, lead, by=by, reason=reason)
    if task.recurrence is None:
        occurrence = task.occurrences[0]
        if due_on != occurrence.due_on:
            change_deadline(occurrence, due_on, by=by, reason=reason or "Văn phòng điều chỉnh thời hạn")


def dissolve_agency(agency: Agency, *, successor: Agency, on: date, by: User | None = None) -> list[Task]:
    """An agency ceases (the 2025 reform ended the districts, merged departments): its tasks that
    are still open pass to its successor, and both are told. Finished tasks keep their lead, so
    old directives read as they were; the record of the move is in the audit log."""
    if successor.id == agency.id:
        raise WorkflowError("Cơ quan kế thừa phải khác cơ quan thôi hoạt động.")
    if successor.dissolved_on is not None:
        raise WorkflowError(f"Cơ quan kế thừa {successor.short_name} cũng đã thôi hoạt động.")
    agency.dissolved_on, agency.successor = on, successor
    open_tasks = db.session.scalars(
        select(Task).where(
            Task.lead_agency_id == agency.id,
            Task.occurrences.any(TaskOccurrence.status != WorkStatus.DONE),
        ).order_by(Task.id)
    ).all()
    reason = f"{agency.short_name} thôi hoạt động từ {on:%d/%m/%Y}; {successor.short_name} kế thừa."
    for task in open_tasks:
        reassign(task, successor, by=by, reason=reason)
    return list(open_tasks)
