"""The Directive model (văn bản chỉ đạo)."""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..audit.recorder import audited
from ..extensions import db
from ..text import search_key
from ..types import value_enum

if TYPE_CHECKING:
    from ..agencies.models import Agency
    from ..tasks.models import Task


class DirectiveKind(enum.StrEnum):
    """The kinds of document that assign work; values are the Vietnamese names."""

    CHI_THI = "chỉ thị"
    CONG_VAN = "công văn"
    KE_HOACH = "kế hoạch"
    QUYET_DINH = "quyết định"
    NGHI_QUYET = "nghị quyết"
    THONG_BAO = "thông báo"
    # An urgent order ("Công điện số 12/CĐ-UBND" before a storm) and a Front's or a department's guidance
    # assign work as the others do; the importer drafts both.
    CONG_DIEN = "công điện"
    HUONG_DAN = "hướng dẫn"

    @property
    def label(self) -> str:
        return self.value.capitalize()


def directive_title(symbol: str | None, kind: DirectiveKind | str) -> str:
    """How a directive is named in lists: its symbol, or its kind when it has none."""
    return symbol or f"{DirectiveKind(kind).label} (không số)"


@audited("directive", derived=("search_text",))
class Directive(db.Model):
    """A directive: its metadata and full text; its clauses become tasks."""

    __tablename__ = "directives"

    id: Mapped[int] = mapped_column(primary_key=True)
    # A stable key for data loaded from files (seed, import); documents may lack a symbol.
    code: Mapped[str | None] = mapped_column(String(120), unique=True)
    kind: Mapped[DirectiveKind] = mapped_column(
        value_enum(DirectiveKind)
    )
    symbol: Mapped[str | None] = mapped_column(String(60), index=True)
    issuer_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    issued_on: Mapped[date | None] = mapped_column(index=True)
    place: Mapped[str | None] = mapped_column(String(120))
    signer: Mapped[str | None] = mapped_column(String(120))
    signer_capacity: Mapped[str | None] = mapped_column(String(120))
    signer_title: Mapped[str | None] = mapped_column(String(120))
    # The leader who supervises the directive (Chủ tịch / Phó Chủ tịch phụ trách) gets escalations.
    supervisor_name: Mapped[str | None] = mapped_column(String(120))
    supervisor_email: Mapped[str | None] = mapped_column(String(255))
    subject: Mapped[str] = mapped_column(Text)
    full_text: Mapped[str] = mapped_column(Text, default="")
    references: Mapped[list[str]] = mapped_column(JSON, default=list)
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Symbol and subject folded (tracker.text.search_key), kept on every write so the directive
    # list can be searched with or without diacritics, in any case, on SQLite as on PostgreSQL.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    issuer: Mapped[Agency] = relationship()
    tasks: Mapped[list[Task]] = relationship(
        back_populates="directive", cascade="all, delete-orphan", order_by="Task.position"
    )

    def __repr__(self) -> str:
        return f"<Directive {self.symbol or self.code}>"

    @property
    def title(self) -> str:
        return directive_title(self.symbol, self.kind)

    def audit_label(self) -> str:
        return f"văn bản {self.symbol or self.code or self.id}"


@event.listens_for(Directive, "before_insert")
@event.listens_for(Directive, "before_update")
def _keep_search_text(_mapper, _connection, directive: Directive) -> None:
    directive.search_text = search_key(directive.symbol, directive.subject)
