"""reply queue: when each inbound text was handled, and indexes for the queue and outbox

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 06:58:14.473411
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import assistant.models.base

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

WAITING = "handled_at IS NULL AND direction = 'in' AND channel = 'sms'"
OUTBOX = ("status IN ('answer_to_send', 'answer_retry', 'answer_sending') "
          "AND direction = 'out'")


def upgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('handled_at',
                                      assistant.models.base.UTCDateTime(timezone=True),
                                      nullable=True))
        batch_op.create_index('ix_messages_outbox', ['id'], unique=False,
                              sqlite_where=sa.text(OUTBOX), postgresql_where=sa.text(OUTBOX))
        batch_op.create_index('ix_messages_waiting', ['id'], unique=False,
                              sqlite_where=sa.text(WAITING), postgresql_where=sa.text(WAITING))
        batch_op.create_index('ix_messages_waiting_household', ['household_id', 'id'],
                              unique=False, sqlite_where=sa.text(WAITING),
                              postgresql_where=sa.text(WAITING))
    # Every inbound text before this revision was handled as it arrived (inline):
    # none of them may be read again by the queue.
    op.execute("UPDATE messages SET handled_at = created_at "
               "WHERE direction = 'in' AND channel = 'sms'")


def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_index('ix_messages_waiting_household', sqlite_where=sa.text(WAITING),
                            postgresql_where=sa.text(WAITING))
        batch_op.drop_index('ix_messages_waiting', sqlite_where=sa.text(WAITING),
                            postgresql_where=sa.text(WAITING))
        batch_op.drop_index('ix_messages_outbox', sqlite_where=sa.text(OUTBOX),
                            postgresql_where=sa.text(OUTBOX))
        batch_op.drop_column('handled_at')
