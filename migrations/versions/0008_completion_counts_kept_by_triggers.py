"""Completion counts kept by triggers

Finished occurrences per lead agency and per directive, counted by the database (see
tracker/dashboard/models.py), so the dashboard need not count nine tenths of the history on
every request. The statements are copied here as they were when this revision was written.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22 21:50:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = ["CREATE TRIGGER completion_counts_insert AFTER INSERT ON task_occurrences BEGIN INSERT INTO completion_counts (counted_by, counted_id, outcome, occurrences) SELECT 'lead', NEW.lead_agency_id, NEW.outcome, 1 WHERE NEW.outcome <> 0 AND NEW.informational = 0 ON CONFLICT (counted_by, counted_id, outcome) DO UPDATE SET occurrences = occurrences + 1; INSERT INTO completion_counts (counted_by, counted_id, outcome, occurrences) SELECT 'directive', NEW.directive_id, NEW.outcome, 1 WHERE NEW.outcome <> 0 AND NEW.informational = 0 ON CONFLICT (counted_by, counted_id, outcome) DO UPDATE SET occurrences = occurrences + 1; END", "CREATE TRIGGER completion_counts_delete AFTER DELETE ON task_occurrences BEGIN UPDATE completion_counts SET occurrences = occurrences - 1 WHERE OLD.outcome <> 0 AND OLD.informational = 0 AND counted_by = 'lead' AND counted_id = OLD.lead_agency_id AND outcome = OLD.outcome; UPDATE completion_counts SET occurrences = occurrences - 1 WHERE OLD.outcome <> 0 AND OLD.informational = 0 AND counted_by = 'directive' AND counted_id = OLD.directive_id AND outcome = OLD.outcome; END", "CREATE TRIGGER completion_counts_update AFTER UPDATE OF status, done_on, effective_due_on, lead_agency_id, directive_id, informational ON task_occurrences BEGIN UPDATE completion_counts SET occurrences = occurrences - 1 WHERE OLD.outcome <> 0 AND OLD.informational = 0 AND counted_by = 'lead' AND counted_id = OLD.lead_agency_id AND outcome = OLD.outcome; UPDATE completion_counts SET occurrences = occurrences - 1 WHERE OLD.outcome <> 0 AND OLD.informational = 0 AND counted_by = 'directive' AND counted_id = OLD.directive_id AND outcome = OLD.outcome; INSERT INTO completion_counts (counted_by, counted_id, outcome, occurrences) SELECT 'lead', NEW.lead_agency_id, NEW.outcome, 1 WHERE NEW.outcome <> 0 AND NEW.informational = 0 ON CONFLICT (counted_by, counted_id, outcome) DO UPDATE SET occurrences = occurrences + 1; INSERT INTO completion_counts (counted_by, counted_id, outcome, occurrences) SELECT 'directive', NEW.directive_id, NEW.outcome, 1 WHERE NEW.outcome <> 0 AND NEW.informational = 0 ON CONFLICT (counted_by, counted_id, outcome) DO UPDATE SET occurrences = occurrences + 1; END"]
POSTGRESQL_TRIGGERS = ["CREATE OR REPLACE FUNCTION completion_counts_track() RETURNS trigger AS $$ BEGIN IF TG_OP <> 'INSERT' AND OLD.outcome <> 0 AND OLD.informational = false THEN UPDATE completion_counts SET occurrences = occurrences - 1 WHERE outcome = OLD.outcome AND ((counted_by = 'lead' AND counted_id = OLD.lead_agency_id) OR (counted_by = 'directive' AND counted_id = OLD.directive_id)); END IF; IF TG_OP <> 'DELETE' AND NEW.outcome <> 0 AND NEW.informational = false THEN INSERT INTO completion_counts (counted_by, counted_id, outcome, occurrences) VALUES ('lead', NEW.lead_agency_id, NEW.outcome, 1), ('directive', NEW.directive_id, NEW.outcome, 1) ON CONFLICT (counted_by, counted_id, outcome) DO UPDATE SET occurrences = completion_counts.occurrences + 1; END IF; RETURN NULL; END $$ LANGUAGE plpgsql", 'CREATE TRIGGER completion_counts_track AFTER INSERT OR DELETE OR UPDATE OF status, done_on, effective_due_on, lead_agency_id, directive_id, informational ON task_occurrences FOR EACH ROW EXECUTE FUNCTION completion_counts_track()']
DROP_TRIGGERS = {'sqlite': ['DROP TRIGGER IF EXISTS completion_counts_insert', 'DROP TRIGGER IF EXISTS completion_counts_delete', 'DROP TRIGGER IF EXISTS completion_counts_update'], 'postgresql': ['DROP TRIGGER IF EXISTS completion_counts_track ON task_occurrences', 'DROP FUNCTION IF EXISTS completion_counts_track()']}
RECOUNT = ["INSERT INTO completion_counts (counted_by, counted_id, outcome, occurrences) SELECT 'lead', lead_agency_id, outcome, count(*) FROM task_occurrences WHERE outcome <> 0 AND informational = {false} GROUP BY lead_agency_id, outcome", "INSERT INTO completion_counts (counted_by, counted_id, outcome, occurrences) SELECT 'directive', directive_id, outcome, count(*) FROM task_occurrences WHERE outcome <> 0 AND informational = {false} GROUP BY directive_id, outcome"]


def upgrade():
    op.create_table('completion_counts',
    sa.Column('counted_by', sa.String(length=10), nullable=False),
    sa.Column('counted_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('outcome', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('occurrences', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('counted_by', 'counted_id', 'outcome', name=op.f('pk_completion_counts'))
    )
    dialect = op.get_bind().dialect.name
    false = '0' if dialect == 'sqlite' else 'false'
    for statement in RECOUNT:
        op.execute(statement.format(false=false))
    for statement in SQLITE_TRIGGERS if dialect == 'sqlite' else POSTGRESQL_TRIGGERS:
        op.execute(statement)


def downgrade():
    for statement in DROP_TRIGGERS[op.get_bind().dialect.name]:
        op.execute(statement)
    op.drop_table('completion_counts')
