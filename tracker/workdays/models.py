"""Calendar days an admin sets: an extra day off, or a weekend day that is worked."""

from __future__ import annotations

from datetime import date

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, mapped_column

from ..audit.recorder import audited
from ..extensions import db


@audited("calendar_day")
class CalendarDay(db.Model):
    """One day whose working status differs from the weekly rule and the public holidays."""

    __tablename__ = "calendar_days"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(unique=True)
    is_day_off: Mapped[bool]
    note: Mapped[str] = mapped_column(String(255), default="")

    def audit_label(self) -> str:
        return f"ngày {self.day:%d/%m/%Y} trong lịch làm việc"


def load_overrides() -> dict[date, bool]:
    """Every override, as day → is a day off."""
    return dict(db.session.execute(select(CalendarDay.day, CalendarDay.is_day_off)).all())
