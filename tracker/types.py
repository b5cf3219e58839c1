"""Column types shared by the models."""

import enum
from datetime import datetime, timezone

from sqlalchemy import DateTime, Enum
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """An aware datetime stored as UTC; SQLite keeps no zone, so it is attached on the way out."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs an aware datetime")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def value_enum(enum_class: type[enum.Enum], length: int = 30) -> Enum:
    """An enum stored as its value in a VARCHAR: readable in SQL, and a new member needs no ALTER TYPE."""
    return Enum(enum_class, native_enum=False, length=length, values_callable=lambda members: [m.value for m in members])
