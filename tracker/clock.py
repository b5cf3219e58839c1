"""The only place the current time is read; "today" is a date in Vietnamese civil time."""

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from flask import current_app, has_app_context

DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"


def local_zone() -> ZoneInfo:
    """The zone that draws the day boundary (TIMEZONE setting)."""
    name = current_app.config["TIMEZONE"] if has_app_context() else DEFAULT_TIMEZONE
    return ZoneInfo(name)


def utcnow() -> datetime:
    """The current instant, aware, in UTC (what the database stores)."""
    return datetime.now(timezone.utc)


def today() -> date:
    """Today's date in the local zone (Asia/Ho_Chi_Minh by default)."""
    return utcnow().astimezone(local_zone()).date()


def to_local(instant: datetime) -> datetime:
    """An aware instant shown in local time."""
    return instant.astimezone(local_zone())
