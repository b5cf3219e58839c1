"""The reminder policy and the delivery log whose unique key makes every announcement single."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..clock import utcnow
from ..audit.recorder import audited
from ..extensions import db
from ..types import UTCDateTime, value_enum

if TYPE_CHECKING:
    from ..accounts.models import User
    from ..directives.models import Directive
    from ..outbox.models import OutboxMessage
    from ..tasks.models import TaskOccurrence


class DeliveryKind(enum.StrEnum):
    """Whether the scheduler announced a stage or the provincial office urged by hand."""

    REMINDER = "reminder"
    URGE = "urge"


@audited("reminder_policy")
class ReminderPolicy(db.Model):
    """When and to whom reminders go; the row without a directive is the default."""

    __tablename__ = "reminder_policies"

    id: Mapped[int] = mapped_column(primary_key=True)
    directive_id: Mapped[int | None] = mapped_column(ForeignKey("directives.id", ondelete="CASCADE"), unique=True)
    before_working_days: Mapped[list[int]] = mapped_column(JSON)
    on_due_day: Mapped[bool]
    office_after_working_days: Mapped[int | None]
    leader_after_working_days: Mapped[int | None]
    repeat_every_days: Mapped[int | None]
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    directive: Mapped[Directive | None] = relationship()

    def audit_label(self) -> str:
        return "chính sách nhắc việc" + (f" của văn bản #{self.directive_id}" if self.directive_id else " mặc định")


class Delivery(db.Model):
    """One announcement of one stage of one occurrence to one recipient: the arbiter of "once".

    The deadline is part of the key, so an extension restarts the stages; a claim is inserted
    and committed with its outbox message before anything goes over SMTP.
    """

    __tablename__ = "reminder_deliveries"
    __table_args__ = (UniqueConstraint("occurrence_id", "recipient", "stage", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occurrence_id: Mapped[int] = mapped_column(ForeignKey("task_occurrences.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(String(255))
    stage: Mapped[str] = mapped_column(String(60))
    due_on: Mapped[date | None]
    stage_on: Mapped[date] = mapped_column(index=True)
    kind: Mapped[DeliveryKind] = mapped_column(value_enum(DeliveryKind, length=20))
    note: Mapped[str | None] = mapped_column(Text)
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    outbox_message_id: Mapped[int | None] = mapped_column(ForeignKey("outbox_messages.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    occurrence: Mapped[TaskOccurrence] = relationship()
    outbox_message: Mapped[OutboxMessage | None] = relationship()
    sent_by: Mapped[User | None] = relationship()

