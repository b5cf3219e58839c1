"""The Agency model: province → departments and districts → communes."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..audit.recorder import audited
from ..extensions import db
from ..types import value_enum


class AgencyKind(enum.StrEnum):
    """What sort of body an agency is; the labels are how offices say it."""

    PROVINCE = "province"
    PARTY_COMMITTEE = "party_committee"
    DEPARTMENT = "department"
    DISTRICT = "district"
    COMMUNE = "commune"
    SOCIAL_INSURANCE = "social_insurance"
    MASS_ORGANISATION = "mass_organisation"
    CENTRAL_OFFICE = "central_office"
    SCHOOL = "school"
    PRESS = "press"
    OTHER = "other"

    @property
    def label(self) -> str:
        return AGENCY_KIND_LABELS[self]


AGENCY_KIND_LABELS = {
    AgencyKind.PROVINCE: "UBND tỉnh",
    AgencyKind.PARTY_COMMITTEE: "Cấp ủy Đảng",
    AgencyKind.DEPARTMENT: "Sở, ban, ngành",
    AgencyKind.DISTRICT: "UBND huyện, thị xã, thành phố",
    AgencyKind.COMMUNE: "UBND xã, phường, đặc khu",
    AgencyKind.SOCIAL_INSURANCE: "Bảo hiểm xã hội",
    AgencyKind.MASS_ORGANISATION: "Mặt trận, đoàn thể",
    AgencyKind.CENTRAL_OFFICE: "Cơ quan trung ương đóng trên địa bàn",
    AgencyKind.SCHOOL: "Trường",
    AgencyKind.PRESS: "Báo, đài",
    AgencyKind.OTHER: "Khác",
}


@audited("agency")
class Agency(db.Model):
    """A body a task can be assigned to; agencies form a tree within a province."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(120), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    kind: Mapped[AgencyKind] = mapped_column(
        value_enum(AgencyKind)
    )
    name: Mapped[str] = mapped_column(String(255))
    short_name: Mapped[str] = mapped_column(String(120))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    head_name: Mapped[str | None] = mapped_column(String(120))
    head_email: Mapped[str | None] = mapped_column(String(255))
    contact_emails: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Two eras: since 1 July 2025 districts are gone and departments merged; an agency that
    # ceased keeps its history, and its open duties pass to its successor.
    active_from: Mapped[date | None]
    dissolved_on: Mapped[date | None]
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))

    parent: Mapped[Agency | None] = relationship(
        remote_side=[id], back_populates="children", foreign_keys=[parent_id]
    )
    children: Mapped[list[Agency]] = relationship(
        back_populates="parent", foreign_keys=[parent_id], order_by="Agency.name"
    )
    successor: Mapped[Agency | None] = relationship(remote_side=[id], foreign_keys=[successor_id])

    def __repr__(self) -> str:
        return f"<Agency {self.code}>"

    @property
    def province(self) -> Agency:
        """The root of this agency's tree (its UBND tỉnh)."""
        node = self
        while node.parent is not None:
            node = node.parent
        return node

    def is_active_on(self, day: date) -> bool:
        """Whether the agency existed on that day."""
        started = self.active_from is None or self.active_from <= day
        return started and (self.dissolved_on is None or day < self.dissolved_on)

    def audit_label(self) -> str:
        return f"cơ quan {self.short_name}"
