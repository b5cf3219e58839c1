"""The User model with its role and agency."""

from __future__ import annotations

import enum
from datetime import datetime

from flask import current_app
from flask_login import UserMixin
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from ..agencies.models import Agency
from ..clock import utcnow
from ..audit.recorder import audited
from ..extensions import db, login_manager
from ..types import UTCDateTime, value_enum


class Role(enum.StrEnum):
    """What a user may do; see accounts/permissions.py."""

    ADMIN = "admin"
    PROVINCIAL_OFFICE = "provincial_office"
    AGENCY_HEAD = "agency_head"
    AGENCY_OFFICER = "agency_officer"
    VIEWER = "viewer"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.ADMIN: "Quản trị hệ thống",
    Role.PROVINCIAL_OFFICE: "Văn phòng UBND tỉnh",
    Role.AGENCY_HEAD: "Lãnh đạo cơ quan",
    Role.AGENCY_OFFICER: "Chuyên viên cơ quan",
    Role.VIEWER: "Người xem",
}


@audited("user")
class User(UserMixin, db.Model):
    """Someone who signs in: an officer of an agency, the provincial office, or an admin."""

    __tablename__ = "users"

    def audit_label(self) -> str:
        return f"tài khoản {self.username}"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(255))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(
        value_enum(Role)
    )
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    agency: Mapped[Agency | None] = relationship()

    def __repr__(self) -> str:
        return f"<User {self.username}>"

    @property
    def is_active(self) -> bool:  # Flask-Login refuses inactive accounts
        return self.active

    def set_password(self, password: str) -> None:
        method = current_app.config.get("PASSWORD_HASH_METHOD", "scrypt")
        self.password_hash = generate_password_hash(password, method=method)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    return db.session.get(User, int(user_id))
