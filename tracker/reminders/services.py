"""Running reminders (claim, then queue, then send) and urging by hand; each commits at its boundary."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from flask import current_app
from sqlalchemy import bindparam, func, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..accounts.models import User
from ..agencies.models import Agency
from ..extensions import db
from ..outbox.services import deliver_queued, queue_mail
from ..tasks.models import Task, TaskOccurrence, WorkStatus
from .digest import Composed, compose_digest, compose_urge
from ..locks import exclusive
from .models import Delivery, DeliveryKind
from .planner import Announcement, DigestLine, Plan, plan_run
from .recipients import lead_addresses

LOCK_NAME = "reminders"
RECIPIENTS_PER_COMMIT = 50
CLAIM_KEY = ["occurrence_id", "recipient", "stage", "due_on"]  # the delivery log's unique key


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
            digests = []
            for recipient, announcements in batch:
                mine = {
                    (a.line.occurrence_id, a.stage): claimed[key]
                    for a in announcements
                    if (key := (a.line.occurrence_id, recipient, a.stage)) in claimed
                }
                if mine:
                    lines = [a.line for a in announcements if (a.line.occurrence_id, a.stage) in mine]
                    digests.append((recipient, compose_digest(lines, day), mine.values()))
                    result.announcements += len(mine)
            _queue(digests)
            result.messages += len(digests)
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
    returned = _insert_new(rows)
    return {(occurrence_id, recipient, stage): delivery_id for delivery_id, occurrence_id, recipient, stage in returned}


def _insert_new(rows: list[dict]):
    """Insert the rows whose key is not taken yet, returning (id, occurrence, recipient, stage) of each."""
    if db.engine.dialect.name == "postgresql":
        # Each column goes as one array, unnested by the server: one short statement whatever the
        # number of rows. As a multi-row VALUES, thousands of rows made a statement so long that
        # psycopg parsed its text anew every time (it caches statements under 4 kB only).
        columns = list(rows[0])
        table = Delivery.__table__
        arrays = [bindparam(name, [row[name] for row in rows], type_=ARRAY(table.c[name].type)) for name in columns]
        unnested = func.unnest(*arrays).table_valued(*columns).render_derived()
        statement = pg_insert(Delivery).from_select(columns, select(unnested))
        parameters = {}
    else:
        # One statement compiled once, executed for many rows ("insertmanyvalues").
        statement = sqlite_insert(Delivery)
        parameters = rows
    statement = statement.on_conflict_do_nothing(index_elements=CLAIM_KEY).returning(
        Delivery.id, Delivery.occurrence_id, Delivery.recipient, Delivery.stage
    )
    return db.session.connection().execute(statement, parameters)


def _queue(digests: list[tuple[str, Composed, Iterable[int]]]) -> None:
    """Put each recipient's digest in the outbox and tie its claimed deliveries to it."""
    queued = []
    for recipient, composed, delivery_ids in digests:
        delivery_ids = sorted(delivery_ids)
        # The same claim always yields the same Message-ID, so a mail system can spot a repeat.
        message = queue_mail(
            [recipient], composed.subject, composed.text, composed.html,
            message_id_hint=f"nhacviec.{delivery_ids[0]}.{len(delivery_ids)}",
        )
        queued.append((message, delivery_ids))
    db.session.flush()
    # One short statement run for every delivery (executemany), not one "id IN (...)" per
    # message: on PostgreSQL each long IN list was a new query text for the driver to parse.
    links = [{"id": delivery_id, "outbox_message_id": message.id} for message, ids in queued for delivery_id in ids]
    if links:
        db.session.execute(update(Delivery), links)


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
    digests = []
    for recipient, announcements in sorted(by_recipient.items()):
        claimed = _claim(announcements, DeliveryKind.URGE, note=note, sent_by=sender)
        composed = compose_urge([a.line for a in announcements], note, sender.full_name, day)
        digests.append((recipient, composed, claimed.values()))
    _queue(digests)
    return len(digests)


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
