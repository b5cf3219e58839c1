"""Initial schema: agencies, directives, tasks, occurrences, progress, users, outbox

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 18:51:52.429691

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('agencies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=120), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('province', 'party_committee', 'department', 'district', 'commune', 'social_insurance', 'mass_organisation', 'central_office', 'school', 'press', 'other', name='agencykind', native_enum=False, length=30), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('short_name', sa.String(length=120), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('head_name', sa.String(length=120), nullable=True),
    sa.Column('head_email', sa.String(length=255), nullable=True),
    sa.Column('contact_emails', sa.JSON(), nullable=False),
    sa.Column('active_from', sa.Date(), nullable=True),
    sa.Column('dissolved_on', sa.Date(), nullable=True),
    sa.Column('successor_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['agencies.id'], name=op.f('fk_agencies_parent_id_agencies')),
    sa.ForeignKeyConstraint(['successor_id'], ['agencies.id'], name=op.f('fk_agencies_successor_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agencies')),
    sa.UniqueConstraint('code', name=op.f('uq_agencies_code'))
    )
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agencies_parent_id'), ['parent_id'], unique=False)

    op.create_table('outbox_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.String(length=255), nullable=False),
    sa.Column('sender', sa.String(length=255), nullable=False),
    sa.Column('recipients', sa.JSON(), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('body_text', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=True),
    sa.Column('status', sa.Enum('kept', 'queued', 'sent', 'failed', name='mailstatus', native_enum=False, length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_messages')),
    sa.UniqueConstraint('message_id', name=op.f('uq_outbox_messages_message_id'))
    )
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_messages_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_messages_status'), ['status'], unique=False)

    op.create_table('directives',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=120), nullable=True),
    sa.Column('kind', sa.Enum('chỉ thị', 'công văn', 'kế hoạch', 'quyết định', 'nghị quyết', 'thông báo', name='directivekind', native_enum=False, length=30), nullable=False),
    sa.Column('symbol', sa.String(length=60), nullable=True),
    sa.Column('issuer_id', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=120), nullable=True),
    sa.Column('signer', sa.String(length=120), nullable=True),
    sa.Column('signer_capacity', sa.String(length=120), nullable=True),
    sa.Column('signer_title', sa.String(length=120), nullable=True),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('full_text', sa.Text(), nullable=False),
    sa.Column('references', sa.JSON(), nullable=False),
    sa.Column('recipients', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['issuer_id'], ['agencies.id'], name=op.f('fk_directives_issuer_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_directives')),
    sa.UniqueConstraint('code', name=op.f('uq_directives_code'))
    )
    with op.batch_alter_table('directives', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directives_issued_on'), ['issued_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_directives_issuer_id'), ['issuer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_directives_symbol'), ['symbol'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=255), nullable=True),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('role', sa.Enum('admin', 'provincial_office', 'agency_head', 'agency_officer', 'viewer', name='role', native_enum=False, length=30), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_users_agency_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_agency_id'), ['agency_id'], unique=False)

    op.create_table('tasks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('directive_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('clause', sa.String(length=40), nullable=False),
    sa.Column('summary', sa.String(length=500), nullable=False),
    sa.Column('clause_text', sa.Text(), nullable=False),
    sa.Column('lead_agency_id', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('due_text', sa.String(length=255), nullable=True),
    sa.Column('recurrence', sa.String(length=255), nullable=True),
    sa.Column('recurrence_starts_on', sa.Date(), nullable=True),
    sa.Column('target', sa.String(length=255), nullable=True),
    sa.Column('informational', sa.Boolean(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['directive_id'], ['directives.id'], name=op.f('fk_tasks_directive_id_directives')),
    sa.ForeignKeyConstraint(['lead_agency_id'], ['agencies.id'], name=op.f('fk_tasks_lead_agency_id_agencies')),
    sa.ForeignKeyConstraint(['officer_id'], ['users.id'], name=op.f('fk_tasks_officer_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks'))
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tasks_directive_id'), ['directive_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_lead_agency_id'), ['lead_agency_id'], unique=False)

    op.create_table('task_cooperating_agencies',
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_task_cooperating_agencies_agency_id_agencies')),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_cooperating_agencies_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('task_id', 'agency_id', name=op.f('pk_task_cooperating_agencies'))
    )
    with op.batch_alter_table('task_cooperating_agencies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_cooperating_agencies_agency_id'), ['agency_id'], unique=False)

    op.create_table('task_occurrences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('scheduled_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('effective_due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('pending', 'in_progress', 'done', name='workstatus', native_enum=False, length=20), nullable=False),
    sa.Column('percent', sa.Integer(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_occurrences_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_occurrences')),
    sa.UniqueConstraint('task_id', 'scheduled_on', name=op.f('uq_task_occurrences_task_id_scheduled_on'))
    )
    with op.batch_alter_table('task_occurrences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_occurrences_effective_due_on'), ['effective_due_on'], unique=False)
        batch_op.create_index('ix_task_occurrences_status_effective_due_on', ['status', 'effective_due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_task_occurrences_task_id'), ['task_id'], unique=False)

    op.create_table('progress_updates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurrence_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.Enum('pending', 'in_progress', 'done', name='workstatus', native_enum=False, length=20), nullable=False),
    sa.Column('percent', sa.Integer(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_progress_updates_author_id_users')),
    sa.ForeignKeyConstraint(['occurrence_id'], ['task_occurrences.id'], name=op.f('fk_progress_updates_occurrence_id_task_occurrences'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_updates'))
    )
    with op.batch_alter_table('progress_updates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_updates_occurrence_id'), ['occurrence_id'], unique=False)



def downgrade():
    with op.batch_alter_table('progress_updates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_updates_occurrence_id'))

    op.drop_table('progress_updates')
    with op.batch_alter_table('task_occurrences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_occurrences_task_id'))
        batch_op.drop_index('ix_task_occurrences_status_effective_due_on')
        batch_op.drop_index(batch_op.f('ix_task_occurrences_effective_due_on'))

    op.drop_table('task_occurrences')
    with op.batch_alter_table('task_cooperating_agencies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_cooperating_agencies_agency_id'))

    op.drop_table('task_cooperating_agencies')
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tasks_lead_agency_id'))
        batch_op.drop_index(batch_op.f('ix_tasks_directive_id'))

    op.drop_table('tasks')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_agency_id'))

    op.drop_table('users')
    with op.batch_alter_table('directives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directives_symbol'))
        batch_op.drop_index(batch_op.f('ix_directives_issuer_id'))
        batch_op.drop_index(batch_op.f('ix_directives_issued_on'))

    op.drop_table('directives')
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_messages_status'))
        batch_op.drop_index(batch_op.f('ix_outbox_messages_created_at'))

    op.drop_table('outbox_messages')
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agencies_parent_id'))

    op.drop_table('agencies')
