"""Occurrences carry copies of their task's lead, directive, flag and start, and their outcome

The dashboard counts 100,000 occurrences per request; with these columns (and the indexes
below) it reads them from indexes on task_occurrences alone, without joining each to its task.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 21:14:44.005266

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

OUTCOME_SQL = (
    "CASE WHEN status = 'done' THEN "
    "CASE WHEN effective_due_on IS NULL OR done_on <= effective_due_on THEN 1 ELSE 2 END "
    "ELSE 0 END"
)
COPIES = ('lead_agency_id', 'directive_id', 'informational')
# The day an occurrence began to be followed: the later of its directive's issue date and its
# cycle's start (tracker.tasks.models.copied_from_task).
FOLLOWED_FROM = (
    "UPDATE task_occurrences SET followed_from = ("
    "SELECT CASE WHEN directives.issued_on IS NULL OR tasks.recurrence_starts_on > directives.issued_on "
    "THEN tasks.recurrence_starts_on ELSE directives.issued_on END "
    "FROM tasks JOIN directives ON directives.id = tasks.directive_id WHERE tasks.id = task_occurrences.task_id)"
)


def upgrade():
    with op.batch_alter_table('task_occurrences', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lead_agency_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('directive_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('informational', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('followed_from', sa.Date(), nullable=True))
    for name in COPIES:
        op.execute(f"UPDATE task_occurrences SET {name} = "
                   f"(SELECT tasks.{name} FROM tasks WHERE tasks.id = task_occurrences.task_id)")
    op.execute(FOLLOWED_FROM)
    with op.batch_alter_table('task_occurrences', schema=None) as batch_op:
        for name, type_ in zip(COPIES, (sa.Integer(), sa.Integer(), sa.Boolean())):
            batch_op.alter_column(name, existing_type=type_, nullable=False)
        batch_op.add_column(sa.Column('outcome', sa.Integer(), sa.Computed(OUTCOME_SQL, persisted=True), nullable=False))
        batch_op.drop_index(batch_op.f('ix_task_occurrences_status_effective_due_on'))
        batch_op.drop_index(batch_op.f('ix_task_occurrences_effective_due_on'))
        batch_op.create_index('ix_task_occurrences_deadline', ['effective_due_on', 'status', 'informational', 'directive_id', 'task_id'], unique=False, postgresql_include=['id'])
        batch_op.drop_index('ix_task_occurrences_status_done_on')
        batch_op.create_index('ix_task_occurrences_status_done_on', ['status', 'done_on', 'effective_due_on', 'informational', 'followed_from'], unique=False, postgresql_include=['id'])
        batch_op.create_index(batch_op.f('ix_task_occurrences_directive_id'), ['directive_id'], unique=False)
        batch_op.create_index('ix_task_occurrences_lead_agency_due_on', ['lead_agency_id', 'due_on'], unique=False)
        batch_op.create_index('ix_task_occurrences_open_work', ['status', 'effective_due_on', 'informational', 'lead_agency_id', 'directive_id', 'task_id', 'followed_from', 'done_on'], unique=False, postgresql_include=['id'])
        batch_op.create_index('ix_task_occurrences_outcome_directive', ['informational', 'outcome', 'directive_id'], unique=False)
        batch_op.create_index('ix_task_occurrences_outcome_lead', ['informational', 'outcome', 'lead_agency_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_task_occurrences_directive_id_directives'), 'directives', ['directive_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_task_occurrences_lead_agency_id_agencies'), 'agencies', ['lead_agency_id'], ['id'])


def downgrade():
    with op.batch_alter_table('task_occurrences', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_task_occurrences_lead_agency_id_agencies'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_task_occurrences_directive_id_directives'), type_='foreignkey')
        batch_op.drop_index('ix_task_occurrences_outcome_lead')
        batch_op.drop_index('ix_task_occurrences_outcome_directive')
        batch_op.drop_index('ix_task_occurrences_open_work')
        batch_op.drop_index('ix_task_occurrences_lead_agency_due_on')
        batch_op.drop_index(batch_op.f('ix_task_occurrences_directive_id'))
        batch_op.create_index(batch_op.f('ix_task_occurrences_status_effective_due_on'), ['status', 'effective_due_on'], unique=False)
        batch_op.drop_index('ix_task_occurrences_deadline')
        batch_op.create_index(batch_op.f('ix_task_occurrences_effective_due_on'), ['effective_due_on'], unique=False)
        batch_op.drop_index('ix_task_occurrences_status_done_on')
        batch_op.create_index('ix_task_occurrences_status_done_on', ['status', 'done_on'], unique=False)
        batch_op.drop_column('followed_from')
        batch_op.drop_column('outcome')
        batch_op.drop_column('informational')
        batch_op.drop_column('directive_id')
        batch_op.drop_column('lead_agency_id')
