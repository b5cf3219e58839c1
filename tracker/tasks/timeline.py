"""A task's timeline: every recorded change to it, its periods, reports, extensions and deadlines."""

from __future__ import annotations

from sqlalchemy import and_, or_, select

from ..audit.models import AuditEvent
from ..extensions import db
from ..workflows.models import DeadlineChange, ExtensionRequest
from .models import ProgressUpdate, Task, TaskOccurrence

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


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)
