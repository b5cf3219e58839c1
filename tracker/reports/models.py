"""FeedToken: the secret behind a calendar feed URL, revocable."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..accounts.models import User
from ..agencies.models import Agency
from ..clock import utcnow
from ..extensions import db
from ..types import UTCDateTime


class FeedToken(db.Model):
    """A calendar subscription: the owner's own tasks, or one agency's; only a hash of the secret is kept."""

    __tablename__ = "feed_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    # None: the owner's own feed (tasks of their agency); else that agency's deadlines.
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()
    agency: Mapped[Agency | None] = relationship()

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @property
    def label(self) -> str:
        return f"Lịch của {self.agency.short_name}" if self.agency else f"Lịch cá nhân của {self.user.full_name}"
