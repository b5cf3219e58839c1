"""Task, its occurrences (one per period of a cycle) and progress updates."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..clock import utcnow
from ..audit.recorder import audited
from ..extensions import db
from ..types import UTCDateTime, value_enum

if TYPE_CHECKING:
    from ..accounts.models import User
    from ..workflows.models import Attachment
    from ..agencies.models import Agency
    from ..directives.models import Directive


class WorkStatus(enum.StrEnum):
    """What the agency has reported; the Vietnamese state shown is computed from it and dates."""

    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    REPORTED = "reported"  # the agency reported it done; the provincial office has yet to confirm
    DONE = "done"

    @property
    def label(self) -> str:
        return {
            "pending": "Chưa triển khai",
            "in_progress": "Đang thực hiện",
            "reported": "Chờ xác nhận hoàn thành",
            "done": "Hoàn thành",
        }[self.value]


class UpdateKind(enum.StrEnum):
    """What a line of a task's history records."""

    PROGRESS = "progress"
    CONTRIBUTION = "contribution"  # a cooperating agency's note; changes no status
    COMPLETION_REPORTED = "completion_reported"
    COMPLETION_CONFIRMED = "completion_confirmed"
    COMPLETION_RETURNED = "completion_returned"

    @property
    def label(self) -> str:
        return {
            "progress": "Báo cáo tiến độ",
            "contribution": "Ý kiến cơ quan phối hợp",
            "completion_reported": "Báo cáo hoàn thành",
            "completion_confirmed": "Văn phòng xác nhận hoàn thành",
            "completion_returned": "Văn phòng trả lại báo cáo",
        }[self.value]


task_cooperating_agencies = Table(
    "task_cooperating_agencies",
    db.metadata,
    Column("task_id", ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
    Column("agency_id", ForeignKey("agencies.id"), primary_key=True, index=True),
)


@audited("task")
class Task(db.Model):
    """One assignment from one clause of a directive to one lead agency."""

    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    directive_id: Mapped[int] = mapped_column(ForeignKey("directives.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    clause: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(String(500))
    clause_text: Mapped[str] = mapped_column(Text, default="")
    lead_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    # The deadline as the document gives it; the one in force lives on each occurrence.
    due_on: Mapped[date | None]
    due_text: Mapped[str | None] = mapped_column(String(255))
    # A cyclic duty: an RFC 5545 RRULE (UNTIL inside it ends the cycle) and its DTSTART.
    recurrence: Mapped[str | None] = mapped_column(String(255))
    recurrence_starts_on: Mapped[date | None]
    target: Mapped[str | None] = mapped_column(String(255))
    # A clause addressed to a body outside the province: kept for the record, not followed up.
    informational: Mapped[bool] = mapped_column(default=False)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    directive: Mapped[Directive] = relationship(back_populates="tasks")
    lead_agency: Mapped[Agency] = relationship()
    cooperating_agencies: Mapped[list[Agency]] = relationship(
        secondary=task_cooperating_agencies, order_by="Agency.name"
    )
    officer: Mapped[User | None] = relationship()
    occurrences: Mapped[list[TaskOccurrence]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskOccurrence.scheduled_on"
    )

    def __repr__(self) -> str:
        return f"<Task {self.clause} → {self.lead_agency_id}>"

    @property
    def is_recurring(self) -> bool:
        return self.recurrence is not None

    def audit_label(self) -> str:
        return f"nhiệm vụ mục {self.clause} (#{self.id})"


@audited("occurrence")
class TaskOccurrence(db.Model):
    """One period of a task (the only one for a one-off task), with its own deadline and status."""

    __tablename__ = "task_occurrences"
    __table_args__ = (
        UniqueConstraint("task_id", "scheduled_on"),
        Index("ix_task_occurrences_status_effective_due_on", "status", "effective_due_on"),
        # The dashboard's week-by-week overdue chart finds recently completed occurrences by these.
        Index("ix_task_occurrences_status_done_on", "status", "done_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    # The date the recurrence rule (or the document) gave; never changes, so it keys the period.
    scheduled_on: Mapped[date | None]
    # The deadline in force (an approved extension moves it) and that deadline moved off days
    # off (Civil Code art. 148), against which lateness is judged.
    due_on: Mapped[date | None]
    effective_due_on: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[WorkStatus] = mapped_column(value_enum(WorkStatus, length=20), default=WorkStatus.PENDING)
    percent: Mapped[int] = mapped_column(default=0)
    done_on: Mapped[date | None]
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    task: Mapped[Task] = relationship(back_populates="occurrences")
    updates: Mapped[list[ProgressUpdate]] = relationship(
        back_populates="occurrence",
        cascade="all, delete-orphan",
        order_by="(ProgressUpdate.created_at.desc(), ProgressUpdate.id.desc())",
    )

    def __repr__(self) -> str:
        return f"<TaskOccurrence task={self.task_id} due={self.due_on}>"

    def audit_label(self) -> str:
        return f"kỳ nhiệm vụ #{self.id} của nhiệm vụ #{self.task_id}"


@audited("progress_update")
class ProgressUpdate(db.Model):
    """What an agency reported at one moment; every status change is one, so history is kept."""

    __tablename__ = "progress_updates"
    # The latest report of an occurrence on or before a day (overdue list, reports, "as of").
    __table_args__ = (
        Index("ix_progress_updates_occurrence_reported", "occurrence_id", "reported_on", "created_at", "id"),
    )

    def audit_label(self) -> str:
        return f"báo cáo #{self.id} của kỳ #{self.occurrence_id}"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurrence_id: Mapped[int] = mapped_column(
        ForeignKey("task_occurrences.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[UpdateKind] = mapped_column(value_enum(UpdateKind), default=UpdateKind.PROGRESS)
    status: Mapped[WorkStatus] = mapped_column(value_enum(WorkStatus, length=20))
    percent: Mapped[int]
    reported_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text)

    occurrence: Mapped[TaskOccurrence] = relationship(back_populates="updates")
    author: Mapped[User | None] = relationship()
    attachments: Mapped[list[Attachment]] = relationship(back_populates="update", order_by="Attachment.id")
