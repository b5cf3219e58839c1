"""Only one process acts at a time (a reminder run, a delivery of the outbox): a PostgreSQL
advisory lock, or a lease row on SQLite."""

from __future__ import annotations

import os
import socket
import uuid
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import String, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from .clock import utcnow
from .extensions import db
from .types import UTCDateTime

LEASE = timedelta(minutes=30)


class SchedulerLock(db.Model):
    """A lease row standing in for PostgreSQL's advisory lock on SQLite."""

    __tablename__ = "scheduler_locks"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    holder: Mapped[str] = mapped_column(String(120))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


@contextmanager
def exclusive(name: str) -> Iterator[bool]:
    """Hold the named lock for the block; yields False (and waits for nothing) if another holds it."""
    if db.engine.dialect.name == "postgresql":
        with _advisory_lock(name) as acquired:
            yield acquired
    else:
        with _lease(name) as acquired:
            yield acquired


@contextmanager
def _advisory_lock(name: str) -> Iterator[bool]:
    # A session-level lock on a connection of its own: released by the server if the process dies.
    key = zlib.crc32(name.encode())
    with db.engine.connect() as connection:
        acquired = connection.scalar(select(func.pg_try_advisory_lock(key)))
        connection.commit()
        try:
            yield bool(acquired)
        finally:
            if acquired:
                connection.scalar(select(func.pg_advisory_unlock(key)))
                connection.commit()


@contextmanager
def _lease(name: str) -> Iterator[bool]:
    # A row with an expiry: a crashed holder's lease runs out, so the lock is never stuck.
    holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    acquired = _take_lease(name, holder)
    try:
        yield acquired
    finally:
        if acquired:
            with db.engine.begin() as connection:
                connection.execute(delete(SchedulerLock).where(SchedulerLock.name == name, SchedulerLock.holder == holder))


def _take_lease(name: str, holder: str) -> bool:
    now = utcnow()
    with db.engine.begin() as connection:
        taken = connection.execute(
            update(SchedulerLock)
            .where(SchedulerLock.name == name, SchedulerLock.expires_at < now)
            .values(holder=holder, expires_at=now + LEASE)
        ).rowcount
        if taken:
            return True
    try:
        with db.engine.begin() as connection:
            connection.execute(insert(SchedulerLock).values(name=name, holder=holder, expires_at=now + LEASE))
        return True
    except IntegrityError:
        return _take_over_from_dead_holder(name, holder, now)


def _take_over_from_dead_holder(name: str, holder: str, now) -> bool:
    """A holder on this host whose process is gone will never release: take its lease at once."""
    with db.engine.begin() as connection:
        current = connection.scalar(select(SchedulerLock.holder).where(SchedulerLock.name == name))
        if current is None or not _is_dead_local_process(current):
            return False
        return bool(
            connection.execute(
                update(SchedulerLock)
                .where(SchedulerLock.name == name, SchedulerLock.holder == current)
                .values(holder=holder, expires_at=now + LEASE)
            ).rowcount
        )


def _is_dead_local_process(holder: str) -> bool:
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
