"""A task's timeline: every recorded change to it, its periods, reports, extensions and deadlines."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, or_, select

from ..audit.models import AuditEvent
from ..extensions import db
from ..workflows.models import DeadlineChange, ExtensionRequest
from .models import ProgressUpdate, Task, TaskOccurrence, UpdateKind, WorkStatus

FIELD_LABELS = {
    "clause": "Mục", "summary": "Tóm tắt", "clause_text": "Nội dung", "lead_agency_id": "Cơ quan chủ trì",
    "cooperating_agencies": "Cơ quan phối hợp", "due_on": "Thời hạn", "effective_due_on": "Hạn tính đúng hạn",
    "status": "Tình trạng", "percent": "Tỷ lệ", "done_on": "Ngày hoàn thành", "target": "Chỉ tiêu",
    "proposed_due_on": "Thời hạn đề nghị", "reason": "Lý do", "decision_note": "Ý kiến", "note": "Nội dung",
    "old_due_on": "Thời hạn cũ", "new_due_on": "Thời hạn mới", "reported_on": "Ngày báo cáo", "kind": "Loại",
}


def task_timeline(task: Task) -> list[AuditEvent]:
    """The audit events of the task and of everything hanging from it, newest first."""
    occurrence_ids = select(TaskOccurrence.id).where(TaskOccurrence.task_id == task.id)
    related = {
        "task": select(Task.id).where(Task.id == task.id),
        "occurrence": occurrence_ids,
        "progress_update": select(ProgressUpdate.id).where(ProgressUpdate.occurrence_id.in_(occurrence_ids)),
        "extension_request": select(ExtensionRequest.id).where(ExtensionRequest.occurrence_id.in_(occurrence_ids)),
        "deadline_change": select(DeadlineChange.id).where(DeadlineChange.occurrence_id.in_(occurrence_ids)),
    }
    condition = or_(*(and_(AuditEvent.entity_type == kind, AuditEvent.entity_id.in_(ids)) for kind, ids in related.items()))
    return list(db.session.scalars(select(AuditEvent).where(condition).order_by(AuditEvent.id.desc())))


# Technical fields a reader of the timeline does not need.
HIDDEN_FIELDS = {"decided_by_id", "decided_at", "requested_by_id", "requested_at", "changed_by_id", "changed_at",
                 "author_id", "occurrence_id", "task_id", "directive_id", "position", "extension_request_id"}
VALUE_LABELS = {
    **{status.value: status.label for status in WorkStatus},
    **{kind.value: kind.label for kind in UpdateKind},
    "approved": "Đã duyệt", "rejected": "Không duyệt",
}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def shown_changes(changes: dict) -> list[tuple[str, str, str]]:
    """The changes a person reads: labelled fields, dates as dd/mm/yyyy, statuses in Vietnamese."""
    return [
        (field_label(name), display_value(before), display_value(after))
        for name, (before, after) in changes.items()
        if name not in HIDDEN_FIELDS
    ]


def display_value(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    return VALUE_LABELS.get(value, str(value)) if isinstance(value, str) else str(value)
