"""Deadline changes keep the effective deadlines, for the as-of view

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 19:53:21.736995

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('deadline_changes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('old_effective_due_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('new_effective_due_on', sa.Date(), nullable=True))



def downgrade():
    with op.batch_alter_table('deadline_changes', schema=None) as batch_op:
        batch_op.drop_column('new_effective_due_on')
        batch_op.drop_column('old_effective_due_on')

