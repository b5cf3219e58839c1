"""Past days' settled work read from one index

A dashboard "as of" a past day reads, per lead agency and per directive, the outcome of what was
already done by then. The index of completions now also holds those keys and the outcome, so
that is read from the index alone instead of from 40,000 rows of the table.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 00:08:20.580541

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

BEFORE = ['status', 'done_on', 'effective_due_on', 'informational', 'followed_from']
AFTER = [*BEFORE, 'lead_agency_id', 'directive_id', 'outcome']


def upgrade():
    with op.batch_alter_table('task_occurrences', schema=None) as batch_op:
        batch_op.drop_index('ix_task_occurrences_status_done_on')
        batch_op.create_index('ix_task_occurrences_status_done_on', AFTER, unique=False, postgresql_include=['id'])


def downgrade():
    with op.batch_alter_table('task_occurrences', schema=None) as batch_op:
        batch_op.drop_index('ix_task_occurrences_status_done_on')
        batch_op.create_index('ix_task_occurrences_status_done_on', BEFORE, unique=False, postgresql_include=['id'])
