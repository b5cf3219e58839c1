"""The outbox: every message the tracker composes, and what became of it."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from ..clock import utcnow
from ..extensions import db
from ..types import UTCDateTime, value_enum


class MailStatus(enum.StrEnum):
    """Where a message stands."""

    KEPT = "kept"  # no SMTP server configured: the outbox is the mailbox
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"  # gave up after the last retry

    @property
    def label(self) -> str:
        return {
            "kept": "Lưu trong hộp thư đi",
            "queued": "Đang chờ gửi",
            "sent": "Đã gửi",
            "failed": "Gửi lỗi, đã ngừng thử lại",
        }[self.value]


class OutboxMessage(db.Model):
    """One mail message, kept whether or not it went over SMTP."""

    __tablename__ = "outbox_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    sender: Mapped[str] = mapped_column(String(255))
    recipients: Mapped[list[str]] = mapped_column(JSON)
    subject: Mapped[str] = mapped_column(String(500))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    status: Mapped[MailStatus] = mapped_column(
        value_enum(MailStatus, length=20),
        index=True,
    )
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # A refused or failed delivery is retried from this instant on, with growing back-off.
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Holds a secret (a password-reset link): the outbox pages never show its body.
    confidential: Mapped[bool] = mapped_column(default=False, server_default=false())
