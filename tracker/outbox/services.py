"""Composing mail into the outbox and delivering it over SMTP when a server is configured."""

from __future__ import annotations

import base64
import smtplib
import uuid
from datetime import timedelta

from flask import current_app
from flask_mail import Message
from sqlalchemy import or_, select

from ..clock import utcnow
from ..extensions import db, mail
from ..locks import exclusive
from .models import MailStatus, OutboxMessage

MAX_BACKOFF = timedelta(hours=1)
BATCH = 50
OUTBOX_LOCK = "outbox"


def smtp_configured() -> bool:
    """Mail goes over SMTP only when MAIL_SERVER is set; otherwise the outbox is the mailbox."""
    return bool(current_app.config.get("MAIL_SERVER"))


def queue_mail(
    recipients: list[str],
    subject: str,
    body_text: str,
    body_html: str | None = None,
    *,
    message_id_hint: str | None = None,
    confidential: bool = False,
) -> OutboxMessage:
    """Put a message in the outbox; the caller commits, then calls deliver_queued().

    A confidential message (one carrying a secret link) is sent as usual but its body is never
    shown on the outbox pages.
    """
    if not recipients:
        raise ValueError("Thư cần ít nhất một người nhận.")
    sender = current_app.config["MAIL_DEFAULT_SENDER"]
    domain = sender.rpartition("@")[2] or "localhost"
    message = OutboxMessage(
        message_id=f"<{message_id_hint or uuid.uuid4().hex}@{domain}>",
        sender=sender,
        recipients=list(recipients),
        subject=subject,
        body_text=body_text,
        body_html=body_html,
        status=MailStatus.QUEUED if smtp_configured() else MailStatus.KEPT,
        confidential=confidential,
    )
    db.session.add(message)
    return message


def deliver_queued() -> int:
    """Send every message that is due (new, or whose retry time has come); returns how many went.

    A message is marked sent only after the server accepted it. A refusal or a broken
    connection is recorded on the message and retried later with growing back-off, until
    MAIL_MAX_ATTEMPTS; the outbox page shows each message's state and last error. One process
    delivers at a time (the scheduler's job, a reminder run, a web request that just queued an
    urging or a reset link): if another holds the lock, it will send these too.
    """
    if not smtp_configured():
        return 0
    with exclusive(OUTBOX_LOCK) as acquired:
        return _deliver_due() if acquired else 0


def _deliver_due() -> int:
    now = utcnow()
    due_ids = db.session.scalars(
        select(OutboxMessage.id)
        .where(
            OutboxMessage.status == MailStatus.QUEUED,
            or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now),
        )
        .order_by(OutboxMessage.id)
    ).all()
    if not due_ids:
        return 0
    sent, batch, pending = 0, [], list(due_ids)
    try:
        with mail.connect() as connection:
            connection.host.sock.settimeout(current_app.config["MAIL_TIMEOUT"])
            while pending:
                # A batch at a time, so a run of large digests never sits in memory all at once
                # (a committed message is expired, and dropped once the batch is done with).
                batch, pending = pending[:BATCH], pending[BATCH:]
                for message in _load(batch):
                    sent += _send_one(connection, message)
                    db.session.commit()  # record each acceptance at once: a crash later resends nothing
    except (smtplib.SMTPException, OSError) as error:
        db.session.rollback()
        for message in _load([*batch, *pending]):
            if message.status is MailStatus.QUEUED and message.sent_at is None:
                _record_failure(message, error)
        db.session.commit()
    return sent


def _load(ids: list[int]) -> list[OutboxMessage]:
    return list(db.session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(ids)).order_by(OutboxMessage.id)))


def _send_one(connection, message: OutboxMessage) -> int:
    try:
        connection.send(_as_flask_mail(message))
    except smtplib.SMTPServerDisconnected:
        raise
    except smtplib.SMTPException as error:
        _record_failure(message, error)
        return 0
    message.attempts += 1
    message.status = MailStatus.SENT
    message.sent_at = utcnow()
    message.last_error = None
    message.next_attempt_at = None
    return 1


def _record_failure(message: OutboxMessage, error: Exception) -> None:
    message.attempts += 1
    message.last_error = f"{type(error).__name__}: {error}"
    if message.attempts >= current_app.config["MAIL_MAX_ATTEMPTS"]:
        message.status = MailStatus.FAILED
        message.next_attempt_at = None
        return
    base = timedelta(seconds=current_app.config["MAIL_RETRY_BASE_SECONDS"])
    message.next_attempt_at = utcnow() + min(base * 2 ** (message.attempts - 1), MAX_BACKOFF)


def encode_header_text(text: str, chunk_bytes: int = 45) -> str:
    """RFC 2047 encoded-words with the spaces inside them.

    Python's own folding (used by Flask-Mail) can put a space between two encoded-words, where
    mail readers drop it: "khẩn trương" arrives as "khẩntrương". Vietnamese has a space every
    few letters, so we encode the words ourselves.
    """
    if text.isascii():
        return text
    chunks, current = [], ""
    for char in text:
        if current and len((current + char).encode()) > chunk_bytes:
            chunks.append(current)
            current = ""
        current += char
    chunks.append(current)
    return " ".join(f"=?utf-8?b?{base64.b64encode(chunk.encode()).decode()}?=" for chunk in chunks)


def _as_flask_mail(message: OutboxMessage) -> Message:
    outgoing = Message(
        subject=encode_header_text(message.subject),
        recipients=message.recipients,
        body=message.body_text,
        html=message.body_html,
        sender=message.sender,
    )
    # The stored Message-ID, so a repeat delivery is recognisable as the same message.
    outgoing.msgId = message.message_id
    return outgoing
