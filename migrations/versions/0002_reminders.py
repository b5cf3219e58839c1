"""Reminders: policy, delivery log, scheduler lock, calendar days

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 19:02:09.911504

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('calendar_days',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('is_day_off', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=255), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_days')),
    sa.UniqueConstraint('day', name=op.f('uq_calendar_days_day'))
    )
    op.create_table('scheduler_locks',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('holder', sa.String(length=120), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_scheduler_locks'))
    )
    op.create_table('reminder_policies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('directive_id', sa.Integer(), nullable=True),
    sa.Column('before_working_days', sa.JSON(), nullable=False),
    sa.Column('on_due_day', sa.Boolean(), nullable=False),
    sa.Column('office_after_working_days', sa.Integer(), nullable=True),
    sa.Column('leader_after_working_days', sa.Integer(), nullable=True),
    sa.Column('repeat_every_days', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['directive_id'], ['directives.id'], name=op.f('fk_reminder_policies_directive_id_directives'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_policies')),
    sa.UniqueConstraint('directive_id', name=op.f('uq_reminder_policies_directive_id'))
    )
    op.create_table('reminder_deliveries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurrence_id', sa.Integer(), nullable=False),
    sa.Column('recipient', sa.String(length=255), nullable=False),
    sa.Column('stage', sa.String(length=60), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('stage_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('reminder', 'urge', name='deliverykind', native_enum=False, length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('sent_by_id', sa.Integer(), nullable=True),
    sa.Column('outbox_message_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['occurrence_id'], ['task_occurrences.id'], name=op.f('fk_reminder_deliveries_occurrence_id_task_occurrences'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['outbox_message_id'], ['outbox_messages.id'], name=op.f('fk_reminder_deliveries_outbox_message_id_outbox_messages')),
    sa.ForeignKeyConstraint(['sent_by_id'], ['users.id'], name=op.f('fk_reminder_deliveries_sent_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_deliveries')),
    sa.UniqueConstraint('occurrence_id', 'recipient', 'stage', 'due_on', name=op.f('uq_reminder_deliveries_occurrence_id_recipient_stage_due_on'))
    )
    with op.batch_alter_table('reminder_deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_deliveries_occurrence_id'), ['occurrence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_deliveries_outbox_message_id'), ['outbox_message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_deliveries_stage_on'), ['stage_on'], unique=False)

    with op.batch_alter_table('directives', schema=None) as batch_op:
        batch_op.add_column(sa.Column('supervisor_name', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('supervisor_email', sa.String(length=255), nullable=True))

    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=True))



def downgrade():
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.drop_column('next_attempt_at')

    with op.batch_alter_table('directives', schema=None) as batch_op:
        batch_op.drop_column('supervisor_email')
        batch_op.drop_column('supervisor_name')

    with op.batch_alter_table('reminder_deliveries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_deliveries_stage_on'))
        batch_op.drop_index(batch_op.f('ix_reminder_deliveries_outbox_message_id'))
        batch_op.drop_index(batch_op.f('ix_reminder_deliveries_occurrence_id'))

    op.drop_table('reminder_deliveries')
    op.drop_table('reminder_policies')
    op.drop_table('scheduler_locks')
    op.drop_table('calendar_days')
