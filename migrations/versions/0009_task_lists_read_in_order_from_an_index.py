"""Task lists read in order from an index

The lists' order (deadline with duties lacking one last, directive, task, occurrence) is kept by
two indexes, the whole province's and one lead agency's, so a page is read from an index's first
entries instead of sorting every visible occurrence. "due_on IS NULL" leads because SQLite cannot
read a NULLS LAST order from an index. They replace the (lead agency, deadline) index.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22 23:38:55.907999

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

LIST_ORDER = [sa.text('(due_on IS NULL)'), 'due_on', 'directive_id', 'task_id', 'id']


def upgrade():
    with op.batch_alter_table('task_occurrences', schema=None) as batch_op:
        batch_op.drop_index('ix_task_occurrences_lead_agency_due_on')
    op.create_index('ix_task_occurrences_list', 'task_occurrences', [*LIST_ORDER, 'informational'])
    op.create_index('ix_task_occurrences_lead_agency_list', 'task_occurrences',
                    ['lead_agency_id', 'informational', *LIST_ORDER])


def downgrade():
    op.drop_index('ix_task_occurrences_lead_agency_list', table_name='task_occurrences')
    op.drop_index('ix_task_occurrences_list', table_name='task_occurrences')
    with op.batch_alter_table('task_occurrences', schema=None) as batch_op:
        batch_op.create_index('ix_task_occurrences_lead_agency_due_on', ['lead_agency_id', 'due_on'], unique=False)
