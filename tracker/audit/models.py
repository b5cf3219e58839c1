"""The audit event: one changed row, with its fields before and after."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from ..clock import utcnow
from ..extensions import db
from ..types import UTCDateTime


class AuditEvent(db.Model):
    """Who changed what, when, from which address; rows are never updated or deleted (triggers)."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None]  # no foreign key: the record outlives any account
    actor_name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None]
    summary: Mapped[str] = mapped_column(String(500))
    changes: Mapped[dict] = mapped_column(JSON, default=dict)
