"""Directives searched by their folded symbol and subject

The directive list's search should find "Ủy ban" from "ủy ban" or "uy ban". SQLite's lower()
folds only ASCII, so the folded words are kept in a column of their own (tracker.text.search_key),
filled here for the directives already stored and kept by the model on every write after.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23 02:22:37.232390

"""
from alembic import op
import sqlalchemy as sa

from tracker.text import search_key


# revision identifiers, used by Alembic.
revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

directives = sa.table('directives', sa.column('id', sa.Integer), sa.column('symbol', sa.String),
                      sa.column('subject', sa.Text), sa.column('search_text', sa.Text))


def upgrade():
    with op.batch_alter_table('directives', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_text', sa.Text(), server_default='', nullable=False))
    connection = op.get_bind()
    rows = connection.execute(sa.select(directives.c.id, directives.c.symbol, directives.c.subject)).all()
    if rows:
        connection.execute(
            directives.update().where(directives.c.id == sa.bindparam('directive_id'))
            .values(search_text=sa.bindparam('folded')),
            [{'directive_id': row.id, 'folded': search_key(row.symbol, row.subject)} for row in rows],
        )


def downgrade():
    with op.batch_alter_table('directives', schema=None) as batch_op:
        batch_op.drop_column('search_text')
