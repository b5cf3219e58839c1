"""Running reminders (claim, then queue, then send) and urging by hand; each commits at its boundary."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from flask import current_app
from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..accounts.models import User
from ..agencies.models import Agency
from ..extensions import db
from ..outbox.services import deliver_queued, queue_mail
from ..tasks.models import Task, TaskOccurrence, WorkStatus
from .digest import compose_digest, compose_urge
from ..locks import exclusive
from .models import Delivery, DeliveryKind
from .planner import Announcement, DigestLine, Plan, plan_run
from .recipients import lead_addresses

LOCK_NAME = "reminders"
RECIPIENTS_PER_COMMIT = 50


class UrgeError(ValueError):
    """An urging that cannot be sent; the message is for the user, in Vietnamese."""


@dataclass
class RunResult:
    """What a run did."""

    day: date
    ran: bool = True
    messages: int = 0
    announcements: int = 0
    unreachable: list[DigestLine] = field(default_factory=list)
    delivered: int = 0


def run_reminders(day: date, *, deliver: bool = True) -> RunResult:
    """Announce every stage due by `day` once, one digest per recipient; then deliver the outbox.

    Only one process acts at a time (the lock); the delivery log's unique key decides what
    was already announced, so a second run, or a run after a crash, sends nothing twice.
    """
    with exclusive(LOCK_NAME) as acquired:
        if not acquired:
            return RunResult(day, ran=False)
        plan = plan_run(day, current_app.config["REMINDER_CATCH_UP_DAYS"])
        result = RunResult(day, unreachable=plan.unreachable)
        recipients = sorted(plan.by_recipient.items())
        # Claims and their digests commit together, a batch of recipients at a time: a crash
        # rolls back whole digests (the next run claims them again), never half of one.
        for start in range(0, len(recipients), RECIPIENTS_PER_COMMIT):
            batch = recipients[start:start + RECIPIENTS_PER_COMMIT]
            claimed = _claim([a for _recipient, items in batch for a in items], DeliveryKind.REMINDER)
            for recipient, announcements in batch:
                mine = {
                    (a.line.occurrence_id, a.stage): claimed[key]
                    for a in announcements
                    if (key := (a.line.occurrence_id, recipient, a.stage)) in claimed
                }
                if mine:
                    lines = [a.line for a in announcements if (a.line.occurrence_id, a.stage) in mine]
                    _queue(recipient, compose_digest(lines, day), mine.values())
                    result.messages += 1
                    result.announcements += len(mine)
            db.session.commit()
        if deliver:
            result.delivered = deliver_queued()
        return result


def _claim(announcements: list[Announcement], kind: DeliveryKind, note: str | None = None,
           sent_by: User | None = None) -> dict[tuple[int, str, str], int]:
    """Insert the delivery rows, skipping any another run already holds; returns what this run got,
    by (occurrence, recipient, stage)."""
    if not announcements:
        return {}
    rows = [
        {
            "occurrence_id": a.line.occurrence_id, "recipient": a.recipient, "stage": a.stage,
            "due_on": a.due_on, "stage_on": a.stage_on, "kind": kind.value, "note": note,
            "sent_by_id": sent_by.id if sent_by else None,
        }
        for a in announcements
    ]
    insert = pg_insert if db.engine.dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(Delivery)
        .on_conflict_do_nothing(index_elements=["occurrence_id", "recipient", "stage", "due_on"])
        .returning(Delivery.id, Delivery.occurrence_id, Delivery.recipient, Delivery.stage)
    )
    # One statement compiled once, executed for many rows ("insertmanyvalues"), not a new
    # multi-row VALUES statement to compile for each recipient.
    returned = db.session.connection().execute(statement, rows)
    return {(occurrence_id, recipient, stage): delivery_id for delivery_id, occurrence_id, recipient, stage in returned}


def _queue(recipient: str, composed, delivery_ids) -> None:
    delivery_ids = sorted(delivery_ids)
    # The same claim always yields the same Message-ID, so a mail system can spot a repeat.
    message = queue_mail(
        [recipient], composed.subject, composed.text, composed.html,
        message_id_hint=f"nhacviec.{delivery_ids[0]}.{len(delivery_ids)}",
    )
    db.session.flush()
    db.session.execute(update(Delivery).where(Delivery.id.in_(delivery_ids)).values(outbox_message_id=message.id))


def urge(occurrences: list[TaskOccurrence], *, note: str, sender: User, day: date) -> int:
    """Send an urging now about these occurrences to their lead agencies; returns messages queued."""
    note = (note or "").strip()
    if not occurrences:
        raise UrgeError("Không có nhiệm vụ nào để đôn đốc.")
    if len(note) > 2000:
        raise UrgeError("Ý kiến đôn đốc không được dài quá 2000 ký tự.")
    stage = f"urge-{uuid.uuid4().hex[:12]}"
    by_recipient: dict[str, list[Announcement]] = {}
    unreachable = []
    addresses: dict[tuple[int, int | None], list[str]] = {}  # urging one agency's list: read once
    for occurrence in occurrences:
        task = occurrence.task
        line = _line(occurrence, day)
        key = (task.lead_agency_id, task.officer_id)
        if key not in addresses:
            addresses[key] = lead_addresses(task.lead_agency, task.officer)
        recipients = addresses[key]
        if not recipients:
            unreachable.append(task.lead_agency.short_name)
        for recipient in recipients:
            by_recipient.setdefault(recipient, []).append(
                Announcement(recipient, stage, day, occurrence.due_on, line)
            )
    if not by_recipient:
        names = ", ".join(sorted(set(unreachable)))
        raise UrgeError(f"Chưa có địa chỉ thư của cơ quan chủ trì ({names}); hãy bổ sung trong hồ sơ cơ quan.")
    for recipient, announcements in sorted(by_recipient.items()):
        claimed = _claim(announcements, DeliveryKind.URGE, note=note, sent_by=sender)
        composed = compose_urge([a.line for a in announcements], note, sender.full_name, day)
        _queue(recipient, composed, claimed.values())
    return len(by_recipient)


def overdue_occurrences_of(agency: Agency, day: date) -> list[TaskOccurrence]:
    """The agency's open occurrences whose deadline has passed."""
    return list(
        db.session.scalars(
            select(TaskOccurrence)
            .join(TaskOccurrence.task)
            .where(
                Task.lead_agency_id == agency.id,
                Task.informational.is_(False),
                TaskOccurrence.status != WorkStatus.DONE,
                TaskOccurrence.effective_due_on < day,
            )
            .order_by(TaskOccurrence.effective_due_on)
        )
    )


def _line(occurrence: TaskOccurrence, day: date) -> DigestLine:
    task = occurrence.task
    days_left = (occurrence.effective_due_on - day).days if occurrence.effective_due_on else 0
    return DigestLine(
        occurrence.id, task.id, task.directive.title, task.clause, task.summary,
        occurrence.due_on, days_left, task.lead_agency_id,
    )


def unreachable_by_agency(plan: Plan, agency_ids: set[int] | None) -> list[tuple[Agency, int]]:
    """Lead agencies without any address whose tasks are due for a reminder, with how many."""
    counts: dict[int, int] = {}
    for line in plan.unreachable:
        if agency_ids is None or line.lead_agency_id in agency_ids:
            counts[line.lead_agency_id] = counts.get(line.lead_agency_id, 0) + 1
    agencies = db.session.scalars(select(Agency).where(Agency.id.in_(counts))).all()
    return sorted(((agency, counts[agency.id]) for agency in agencies), key=lambda pair: (-pair[1], pair[0].name))


def preview(day: date) -> Plan:
    """What a run on `day` would send: a dry run that writes nothing."""
    return plan_run(day, current_app.config["REMINDER_CATCH_UP_DAYS"])
