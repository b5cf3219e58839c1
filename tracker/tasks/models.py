"""Task, its occurrences (one per period of a cycle) and progress updates."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Column, Computed, ForeignKey, Index, String, Table, Text, UniqueConstraint, event, update
from sqlalchemy.orm.attributes import get_history, set_committed_value
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..clock import utcnow
from ..audit.recorder import audited
from ..directives.models import Directive
from ..extensions import db
from ..types import UTCDateTime, value_enum

if TYPE_CHECKING:
    from ..accounts.models import User
    from ..workflows.models import Attachment
    from ..agencies.models import Agency


class WorkStatus(enum.StrEnum):
    """What the agency has reported; the Vietnamese state shown is computed from it and dates."""

    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    REPORTED = "reported"  # the agency reported it done; the provincial office has yet to confirm
    DONE = "done"

    @property
    def label(self) -> str:
        return {
            "pending": "Chưa triển khai",
            "in_progress": "Đang thực hiện",
            "reported": "Chờ xác nhận hoàn thành",
            "done": "Hoàn thành",
        }[self.value]


class UpdateKind(enum.StrEnum):
    """What a line of a task's history records."""

    PROGRESS = "progress"
    CONTRIBUTION = "contribution"  # a cooperating agency's note; changes no status
    COMPLETION_REPORTED = "completion_reported"
    COMPLETION_CONFIRMED = "completion_confirmed"
    COMPLETION_RETURNED = "completion_returned"

    @property
    def label(self) -> str:
        return {
            "progress": "Báo cáo tiến độ",
            "contribution": "Ý kiến cơ quan phối hợp",
            "completion_reported": "Báo cáo hoàn thành",
            "completion_confirmed": "Văn phòng xác nhận hoàn thành",
            "completion_returned": "Văn phòng trả lại báo cáo",
        }[self.value]


task_cooperating_agencies = Table(
    "task_cooperating_agencies",
    db.metadata,
    Column("task_id", ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
    Column("agency_id", ForeignKey("agencies.id"), primary_key=True, index=True),
)


@audited("task")
class Task(db.Model):
    """One assignment from one clause of a directive to one lead agency."""

    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    directive_id: Mapped[int] = mapped_column(ForeignKey("directives.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    clause: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(String(500))
    clause_text: Mapped[str] = mapped_column(Text, default="")
    lead_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    # The deadline as the document gives it; the one in force lives on each occurrence.
    due_on: Mapped[date | None]
    due_text: Mapped[str | None] = mapped_column(String(255))
    # A cyclic duty: an RFC 5545 RRULE (UNTIL inside it ends the cycle) and its DTSTART.
    recurrence: Mapped[str | None] = mapped_column(String(255))
    recurrence_starts_on: Mapped[date | None]
    target: Mapped[str | None] = mapped_column(String(255))
    # A clause addressed to a body outside the province: kept for the record, not followed up.
    informational: Mapped[bool] = mapped_column(default=False)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    directive: Mapped[Directive] = relationship(back_populates="tasks")
    lead_agency: Mapped[Agency] = relationship()
    cooperating_agencies: Mapped[list[Agency]] = relationship(
        secondary=task_cooperating_agencies, order_by="Agency.name"
    )
    officer: Mapped[User | None] = relationship()
    occurrences: Mapped[list[TaskOccurrence]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskOccurrence.scheduled_on"
    )

    def __repr__(self) -> str:
        return f"<Task {self.clause} → {self.lead_agency_id}>"

    @property
    def is_recurring(self) -> bool:
        return self.recurrence is not None

    def audit_label(self) -> str:
        return f"nhiệm vụ mục {self.clause} (#{self.id})"


class Outcome(enum.IntEnum):
    """How an occurrence ended, which no later day changes (the `outcome` column)."""

    NOT_DONE = 0
    ON_TIME = 1  # done on or before the deadline in force, or a duty with no deadline
    LATE = 2


# The rule of compute_state for a done occurrence, as SQL the database keeps for every row.
OUTCOME_SQL = (
    "CASE WHEN status = 'done' THEN "
    "CASE WHEN effective_due_on IS NULL OR done_on <= effective_due_on THEN 1 ELSE 2 END "
    "ELSE 0 END"
)
# Kept on each occurrence from its task and directive (copied_from_task), so the dashboard
# counts and charts occurrences from their own indexes, without a join per row.
TASK_COPIES = ("lead_agency_id", "directive_id", "informational", "followed_from")
# The task's columns those copies are made from.
TASK_SOURCES = ("lead_agency_id", "directive_id", "informational", "recurrence_starts_on")


@audited("occurrence", derived=(*TASK_COPIES, "outcome"))
class TaskOccurrence(db.Model):
    """One period of a task (the only one for a one-off task), with its own deadline and status."""

    __tablename__ = "task_occurrences"
    __table_args__ = (
        UniqueConstraint("task_id", "scheduled_on"),
        # Open work by deadline: the overdue list and count, and the open part of every figure.
        # (PostgreSQL keeps no row id in an index: included, so these serve index-only scans.)
        Index("ix_task_occurrences_open_work", "status", "effective_due_on", "informational", "lead_agency_id",
              "directive_id", "task_id", "followed_from", "done_on", postgresql_include=["id"]),
        # Finished work per agency or directive, read from the index alone.
        Index("ix_task_occurrences_outcome_lead", "informational", "outcome", "lead_agency_id"),
        Index("ix_task_occurrences_outcome_directive", "informational", "outcome", "directive_id"),
        # The dashboard's week-by-week overdue chart reads recently completed occurrences here,
        # and a past day's figures what was settled by then, per agency or directive.
        Index("ix_task_occurrences_status_done_on", "status", "done_on", "effective_due_on", "informational",
              "followed_from", "lead_agency_id", "directive_id", "outcome", postgresql_include=["id"]),
        # By deadline with what the overdue list's page and the deadlines chart filter on.
        Index("ix_task_occurrences_deadline", "effective_due_on", "status", "informational", "directive_id", "task_id",
              postgresql_include=["id"]),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    lead_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    directive_id: Mapped[int] = mapped_column(ForeignKey("directives.id"), index=True)
    informational: Mapped[bool] = mapped_column(default=False)
    # The day it began to be followed: its directive's issue date, or its cycle's start if
    # later (None: no date known, always followed). Before that day it did not exist ("as of").
    followed_from: Mapped[date | None]
    # The date the recurrence rule (or the document) gave; never changes, so it keys the period.
    scheduled_on: Mapped[date | None]
    # The deadline in force (an approved extension moves it) and that deadline moved off days
    # off (Civil Code art. 148), against which lateness is judged.
    due_on: Mapped[date | None]
    effective_due_on: Mapped[date | None]
    status: Mapped[WorkStatus] = mapped_column(value_enum(WorkStatus, length=20), default=WorkStatus.PENDING)
    percent: Mapped[int] = mapped_column(default=0)
    done_on: Mapped[date | None]
    outcome: Mapped[int] = mapped_column(Computed(OUTCOME_SQL, persisted=True))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    task: Mapped[Task] = relationship(back_populates="occurrences")
    updates: Mapped[list[ProgressUpdate]] = relationship(
        back_populates="occurrence",
        cascade="all, delete-orphan",
        order_by="(ProgressUpdate.created_at.desc(), ProgressUpdate.id.desc())",
    )

    def __repr__(self) -> str:
        return f"<TaskOccurrence task={self.task_id} due={self.due_on}>"

    def audit_label(self) -> str:
        return f"kỳ nhiệm vụ #{self.id} của nhiệm vụ #{self.task_id}"


# How task lists are ordered: by deadline (duties with none last), then directive, clause and
# period. Tasks are numbered in clause order as a directive is drafted, so task_id stands for the
# clause's position, and every key is the occurrence's own: a page is the first entries of an
# index (a NULLS LAST sort could not be read from one on SQLite, hence "due_on IS NULL" first).
LIST_ORDER = (
    TaskOccurrence.due_on.is_(None), TaskOccurrence.due_on, TaskOccurrence.directive_id, TaskOccurrence.task_id,
    TaskOccurrence.id,
)
# The whole province's list is read in order, skipping the few informational occurrences; an
# index led by `informational` would also tempt SQLite into it for any query on that column.
Index("ix_task_occurrences_list", *LIST_ORDER, TaskOccurrence.informational)
Index("ix_task_occurrences_lead_agency_list", TaskOccurrence.lead_agency_id, TaskOccurrence.informational, *LIST_ORDER)


@audited("progress_update")
class ProgressUpdate(db.Model):
    """What an agency reported at one moment; every status change is one, so history is kept."""

    __tablename__ = "progress_updates"
    # The latest report of an occurrence on or before a day (overdue list, reports, "as of").
    __table_args__ = (
        Index("ix_progress_updates_occurrence_reported", "occurrence_id", "reported_on", "created_at", "id"),
    )

    def audit_label(self) -> str:
        return f"báo cáo #{self.id} của kỳ #{self.occurrence_id}"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurrence_id: Mapped[int] = mapped_column(
        ForeignKey("task_occurrences.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[UpdateKind] = mapped_column(value_enum(UpdateKind), default=UpdateKind.PROGRESS)
    status: Mapped[WorkStatus] = mapped_column(value_enum(WorkStatus, length=20))
    percent: Mapped[int]
    reported_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text)

    occurrence: Mapped[TaskOccurrence] = relationship(back_populates="updates")
    author: Mapped[User | None] = relationship()
    attachments: Mapped[list[Attachment]] = relationship(back_populates="update", order_by="Attachment.id")


def followed_from(issued_on: date | None, starts_on: date | None) -> date | None:
    """The day an occurrence began to be followed: the later of its directive's issue date and
    its cycle's start (None: no date known)."""
    return max((day for day in (issued_on, starts_on) if day is not None), default=None)


def copied_from_task(task: Task, issued_on: date | None) -> dict:
    """What an occurrence keeps of its task, given the issue date of the task's directive."""
    return {
        "lead_agency_id": task.lead_agency_id,
        "directive_id": task.directive_id,
        "informational": task.informational,
        "followed_from": followed_from(issued_on, task.recurrence_starts_on),
    }


@event.listens_for(TaskOccurrence, "before_insert")
def _copy_from_task(_mapper, _connection, occurrence: TaskOccurrence) -> None:
    """A new occurrence takes its copies from its task."""
    task = occurrence.task
    for name, value in copied_from_task(task, task.directive.issued_on).items():
        setattr(occurrence, name, value)


@event.listens_for(Task, "after_update")
def _copy_to_occurrences(_mapper, connection, task: Task) -> None:
    """Reassigning a task, moving it to another directive, re-flagging it or restarting its
    cycle carries over to all its occurrences (the directive is read only when the day they
    began to be followed can have changed)."""
    changed = {name for name in TASK_SOURCES if get_history(task, name).has_changes()}
    if not changed:
        return
    copies = {name: getattr(task, name) for name in ("lead_agency_id", "directive_id", "informational")
              if name in changed}
    if changed & {"directive_id", "recurrence_starts_on"}:
        copies["followed_from"] = followed_from(task.directive.issued_on, task.recurrence_starts_on)
    connection.execute(update(TaskOccurrence).where(TaskOccurrence.task_id == task.id).values(**copies))
    if "occurrences" in task.__dict__:  # loaded ones show the new values at once
        for occurrence in task.occurrences:
            for name, value in copies.items():
                set_committed_value(occurrence, name, value)


@event.listens_for(Directive, "after_update")
def _copy_issue_date(_mapper, connection, directive: Directive) -> None:
    """A directive's corrected issue date moves the day its occurrences began to be followed."""
    if not get_history(directive, "issued_on").has_changes():
        return
    for task in directive.tasks:
        connection.execute(update(TaskOccurrence).where(TaskOccurrence.task_id == task.id)
                           .values(followed_from=followed_from(directive.issued_on, task.recurrence_starts_on)))
