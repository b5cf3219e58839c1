"""Extension requests, the record of every deadline change, and report attachments."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..clock import utcnow
from ..audit.recorder import audited
from ..extensions import db
from ..types import UTCDateTime, value_enum

if TYPE_CHECKING:
    from ..accounts.models import User
    from ..tasks.models import ProgressUpdate, TaskOccurrence


class RequestStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return {"pending": "Chờ duyệt", "approved": "Đã duyệt", "rejected": "Không duyệt"}[self.value]


@audited("extension_request")
class ExtensionRequest(db.Model):
    """An agency asks to move a deadline (xin gia hạn); the provincial office decides."""

    __tablename__ = "extension_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurrence_id: Mapped[int] = mapped_column(ForeignKey("task_occurrences.id", ondelete="CASCADE"), index=True)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    current_due_on: Mapped[date]
    proposed_due_on: Mapped[date]
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[RequestStatus] = mapped_column(value_enum(RequestStatus, length=20), default=RequestStatus.PENDING)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str | None] = mapped_column(Text)

    occurrence: Mapped[TaskOccurrence] = relationship()
    requested_by: Mapped[User | None] = relationship(foreign_keys=[requested_by_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])

    def audit_label(self) -> str:
        return f"đề nghị gia hạn #{self.id} của kỳ #{self.occurrence_id}"


@audited("deadline_change")
class DeadlineChange(db.Model):
    """Every move of an occurrence's deadline; with `scheduled_on`, the deadline in force on any day."""

    __tablename__ = "deadline_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurrence_id: Mapped[int] = mapped_column(ForeignKey("task_occurrences.id", ondelete="CASCADE"), index=True)
    old_due_on: Mapped[date | None]
    new_due_on: Mapped[date | None]
    # The same moved off days off, as lateness is judged; kept so "as of" a past day is one query.
    old_effective_due_on: Mapped[date | None]
    new_effective_due_on: Mapped[date | None]
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    extension_request_id: Mapped[int | None] = mapped_column(ForeignKey("extension_requests.id"))

    changed_by: Mapped[User | None] = relationship()

    def audit_label(self) -> str:
        return f"thời hạn kỳ #{self.occurrence_id}"


@audited("attachment")
class Attachment(db.Model):
    """A file sent with a report, stored outside the web root under a generated name."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    update_id: Mapped[int] = mapped_column(ForeignKey("progress_updates.id", ondelete="CASCADE"), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(80), unique=True)
    content_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    update: Mapped[ProgressUpdate] = relationship(back_populates="attachments")

    def audit_label(self) -> str:
        return f"tệp {self.original_name}"
