"""Counts of finished work per lead agency and per directive, kept by the database itself.

A province's five years hold a hundred thousand occurrences, nine in ten of them finished;
counting those on every dashboard request costs more than the rest of the page. A finished
occurrence's outcome (on time or late) no longer depends on the day, so the database keeps
the counts: triggers on task_occurrences add and remove each row's contribution whatever
writes it (the ORM, a bulk insert, a migration), so the counts cannot drift from the rows.
Informational occurrences are never counted, as everywhere on the dashboard.
"""

from __future__ import annotations

import enum

from sqlalchemy import DDL, String, event
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from ..tasks.models import TaskOccurrence


class CountedBy(enum.StrEnum):
    LEAD_AGENCY = "lead"
    DIRECTIVE = "directive"


class CompletionCount(db.Model):
    """How many occurrences led by an agency (or of a directive) were done with an outcome."""

    __tablename__ = "completion_counts"

    counted_by: Mapped[str] = mapped_column(String(10), primary_key=True)
    counted_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    outcome: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    occurrences: Mapped[int] = mapped_column(default=0)


# The columns an outcome or its place in the counts depends on.
WATCHED = "status, done_on, effective_due_on, lead_agency_id, directive_id, informational"
COUNTED_NEW = "NEW.outcome <> 0 AND NEW.informational = {false}"
COUNTED_OLD = "OLD.outcome <> 0 AND OLD.informational = {false}"


def _sqlite_add(row: str, condition: str) -> str:
    return " ".join(
        f"INSERT INTO completion_counts (counted_by, counted_id, outcome, occurrences) "
        f"SELECT '{by.value}', {row}.{column}, {row}.outcome, 1 WHERE {condition} "
        f"ON CONFLICT (counted_by, counted_id, outcome) DO UPDATE SET occurrences = occurrences + 1;"
        for by, column in ((CountedBy.LEAD_AGENCY, "lead_agency_id"), (CountedBy.DIRECTIVE, "directive_id"))
    )


def _sqlite_remove(row: str, condition: str) -> str:
    return " ".join(
        f"UPDATE completion_counts SET occurrences = occurrences - 1 WHERE {condition} "
        f"AND counted_by = '{by.value}' AND counted_id = {row}.{column} AND outcome = {row}.outcome;"
        for by, column in ((CountedBy.LEAD_AGENCY, "lead_agency_id"), (CountedBy.DIRECTIVE, "directive_id"))
    )


SQLITE_TRIGGERS = [
    "CREATE TRIGGER completion_counts_insert AFTER INSERT ON task_occurrences BEGIN "
    + _sqlite_add("NEW", COUNTED_NEW.format(false=0)) + " END",
    "CREATE TRIGGER completion_counts_delete AFTER DELETE ON task_occurrences BEGIN "
    + _sqlite_remove("OLD", COUNTED_OLD.format(false=0)) + " END",
    f"CREATE TRIGGER completion_counts_update AFTER UPDATE OF {WATCHED} ON task_occurrences BEGIN "
    + _sqlite_remove("OLD", COUNTED_OLD.format(false=0)) + " "
    + _sqlite_add("NEW", COUNTED_NEW.format(false=0)) + " END",
]
POSTGRESQL_TRIGGERS = [
    "CREATE OR REPLACE FUNCTION completion_counts_track() RETURNS trigger AS $$ BEGIN "
    f"IF TG_OP <> 'INSERT' AND {COUNTED_OLD.format(false='false')} THEN "
    "UPDATE completion_counts SET occurrences = occurrences - 1 WHERE outcome = OLD.outcome AND ("
    f"(counted_by = '{CountedBy.LEAD_AGENCY.value}' AND counted_id = OLD.lead_agency_id) OR "
    f"(counted_by = '{CountedBy.DIRECTIVE.value}' AND counted_id = OLD.directive_id)); END IF; "
    f"IF TG_OP <> 'DELETE' AND {COUNTED_NEW.format(false='false')} THEN "
    "INSERT INTO completion_counts (counted_by, counted_id, outcome, occurrences) VALUES "
    f"('{CountedBy.LEAD_AGENCY.value}', NEW.lead_agency_id, NEW.outcome, 1), "
    f"('{CountedBy.DIRECTIVE.value}', NEW.directive_id, NEW.outcome, 1) "
    "ON CONFLICT (counted_by, counted_id, outcome) DO UPDATE SET occurrences = completion_counts.occurrences + 1; "
    "END IF; RETURN NULL; END $$ LANGUAGE plpgsql",
    f"CREATE TRIGGER completion_counts_track AFTER INSERT OR DELETE OR UPDATE OF {WATCHED} ON task_occurrences "
    "FOR EACH ROW EXECUTE FUNCTION completion_counts_track()",
]
DROP_TRIGGERS = {
    "sqlite": ["DROP TRIGGER IF EXISTS completion_counts_insert", "DROP TRIGGER IF EXISTS completion_counts_delete",
               "DROP TRIGGER IF EXISTS completion_counts_update"],
    "postgresql": ["DROP TRIGGER IF EXISTS completion_counts_track ON task_occurrences",
                   "DROP FUNCTION IF EXISTS completion_counts_track()"],
}
# Counting what is already there (the migration, and a check in the tests).
RECOUNT = [
    f"INSERT INTO completion_counts (counted_by, counted_id, outcome, occurrences) "
    f"SELECT '{by.value}', {column}, outcome, count(*) FROM task_occurrences "
    f"WHERE outcome <> 0 AND informational = {{false}} GROUP BY {column}, outcome"
    for by, column in ((CountedBy.LEAD_AGENCY, "lead_agency_id"), (CountedBy.DIRECTIVE, "directive_id"))
]

# Created with task_occurrences by create_all (the tests); the migration creates them too.
for _statement in SQLITE_TRIGGERS:
    event.listen(TaskOccurrence.__table__, "after_create", DDL(_statement).execute_if(dialect="sqlite"))
for _statement in POSTGRESQL_TRIGGERS:
    event.listen(TaskOccurrence.__table__, "after_create", DDL(_statement).execute_if(dialect="postgresql"))
