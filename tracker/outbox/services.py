"""Composing mail into the outbox and delivering it over SMTP when a server is configured."""

from __future__ import annotations

import smtplib
import uuid

from flask import current_app
from flask_mail import Message
from sqlalchemy import select

from ..clock import utcnow
from ..extensions import db, mail
from .models import MailStatus, OutboxMessage


def smtp_configured() -> bool:
    """Mail goes over SMTP only when MAIL_SERVER is set; otherwise the outbox is the mailbox."""
    return bool(current_app.config.get("MAIL_SERVER"))


def queue_mail(
    recipients: list[str], subject: str, body_text: str, body_html: str | None = None
) -> OutboxMessage:
    """Put a message in the outbox; the caller commits, then calls deliver_queued()."""
    if not recipients:
        raise ValueError("Thư cần ít nhất một người nhận.")
    domain = current_app.config["MAIL_DEFAULT_SENDER"].rpartition("@")[2] or "localhost"
    message = OutboxMessage(
        message_id=f"<{uuid.uuid4().hex}@{domain}>",
        sender=current_app.config["MAIL_DEFAULT_SENDER"],
        recipients=list(recipients),
        subject=subject,
        body_text=body_text,
        body_html=body_html,
        status=MailStatus.QUEUED if smtp_configured() else MailStatus.KEPT,
    )
    db.session.add(message)
    return message


def deliver_queued() -> int:
    """Send every queued message over one SMTP connection; returns how many were accepted.

    A message is marked sent only after the server accepted it; a refusal is recorded on
    the message (status, attempts, error) and shown on the outbox page.
    """
    if not smtp_configured():
        return 0
    queued = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.status == MailStatus.QUEUED).order_by(OutboxMessage.id)
    ).all()
    if not queued:
        return 0
    sent = 0
    try:
        with mail.connect() as connection:
            connection.host.sock.settimeout(current_app.config["MAIL_TIMEOUT"])
            for message in queued:
                sent += _send_one(connection, message)
    except (smtplib.SMTPException, OSError) as error:
        for message in queued:
            if message.status is MailStatus.QUEUED:
                _record_failure(message, error)
    db.session.commit()
    return sent


def _send_one(connection, message: OutboxMessage) -> int:
    message.attempts += 1
    try:
        connection.send(_as_flask_mail(message))
    except smtplib.SMTPException as error:
        _record_failure(message, error)
        return 0
    message.status = MailStatus.SENT
    message.sent_at = utcnow()
    message.last_error = None
    return 1


def _record_failure(message: OutboxMessage, error: Exception) -> None:
    message.status = MailStatus.FAILED
    message.last_error = f"{type(error).__name__}: {error}"


def _as_flask_mail(message: OutboxMessage) -> Message:
    outgoing = Message(
        subject=message.subject,
        recipients=message.recipients,
        body=message.body_text,
        html=message.body_html,
        sender=message.sender,
    )
    # The stored Message-ID, so a repeat delivery is recognisable as the same message.
    outgoing.msgId = message.message_id
    return outgoing
