"""iCalendar feeds of deadlines (all-day events) behind secret, revocable URLs."""

from __future__ import annotations

import hashlib
import secrets
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event
from sqlalchemy import or_, select

from ..accounts.models import User
from ..accounts.permissions import Action, can, can_manage_feed
from ..agencies.models import Agency
from ..extensions import db
from ..tasks.models import WorkStatus
from ..tasks.queries import OccurrenceFilters
from ..dashboard.lists import OccurrenceRow, rows_query, to_row
from ..dashboard.services import View
from .models import FeedToken

# Deadlines older than this are left out once done, so a feed stays small.
DONE_HISTORY_DAYS = 90
FEED_LIMIT = 5000


class FeedError(ValueError):
    """A feed that cannot be made or revoked; the message is for the user, in Vietnamese."""


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_feed_token(user: User, agency: Agency | None, now: datetime) -> tuple[FeedToken, str]:
    """A new feed for the user's own tasks (agency None) or for an agency they may see; returns
    the token and its secret, which is shown once and never stored."""
    if agency is not None and not can(user, Action.VIEW, agency=agency):
        raise FeedError("Bạn không có quyền xem nhiệm vụ của cơ quan này.")
    secret = secrets.token_urlsafe(24)
    token = FeedToken(token_hash=_hash(secret), user=user, agency=agency, created_at=now)
    db.session.add(token)
    return token, secret


def revoke_feed_token(user: User, token: FeedToken, now: datetime) -> None:
    """Stop a feed; its URL answers 404 from then on."""
    if not can_manage_feed(user, token.user_id):
        raise FeedError("Bạn chỉ thu hồi được lịch do mình tạo.")
    if token.revoked_at is None:
        token.revoked_at = now


def find_feed(secret: str) -> FeedToken | None:
    """The active feed behind a secret; None when unknown, revoked, or its owner is disabled."""
    token = db.session.scalar(select(FeedToken).where(FeedToken.token_hash == _hash(secret)))
    if token is None or not token.is_active or not token.user.is_active:
        return None
    return token


def user_feeds(user: User) -> list[FeedToken]:
    """The user's feeds, newest first."""
    query = select(FeedToken).where(FeedToken.user_id == user.id).order_by(FeedToken.created_at.desc(), FeedToken.id.desc())
    return list(db.session.scalars(query))


def feed_rows(token: FeedToken, today: date, soon_days: int) -> list[OccurrenceRow]:
    """The deadlines of a feed, seen with its owner's rights: open ones, and done ones of the last months."""
    agency_id = token.agency_id if token.agency_id is not None else token.user.agency_id
    filters = OccurrenceFilters(agency_id=agency_id, include_cooperating=True)
    view = View(filters=filters, today=today, soon_days=soon_days)
    columns = view.columns()
    query = rows_query(token.user, view).where(
        columns.effective_due_on.is_not(None),
        or_(columns.status != WorkStatus.DONE, columns.effective_due_on >= today - timedelta(days=DONE_HISTORY_DAYS)),
    )
    return [to_row(row, view) for row in db.session.execute(query.limit(FEED_LIMIT))]


def calendar_bytes(name: str, rows: list[OccurrenceRow], task_url, stamp: datetime) -> bytes:
    """An RFC 5545 calendar: one all-day event per deadline, stable UIDs so updates replace events."""
    calendar = Calendar()
    calendar.add("prodid", "-//Theo doi thuc hien nhiem vu//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    for row in rows:
        day = row.due_on or row.deadline
        event = Event()
        event.add("uid", f"occurrence-{row.occurrence_id}@theo-doi-nhiem-vu")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", f"Hạn: {row.summary} ({row.directive_title}, mục {row.clause})")
        lines = [f"Cơ quan chủ trì: {row.lead_agency}", f"Trạng thái: {row.state.label}"]
        if row.period:
            lines.append(f"Kỳ: {row.period}")
        if row.deadline and row.deadline != day:
            lines.append(f"Hạn trùng ngày nghỉ, tính đến ngày {row.deadline:%d/%m/%Y}")
        if row.last_note:
            lines.append(f"Báo cáo gần nhất ({row.last_reported_on:%d/%m/%Y}): {row.last_note}")
        url = task_url(row)
        lines.append(url)
        event.add("description", "\n".join(lines))
        event.add("url", url)
        event.add("categories", [row.state.label])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()
