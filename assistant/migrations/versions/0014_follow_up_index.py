"""tasks: a partial index on open follow-ups, for the coordinators' queue

The queue lists held households with an open follow-up by its due time; each looks up
its earliest one here.

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-01 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0012'
branch_labels = None
depends_on = None

FOLLOW_UP_OPEN = "status = 'open' AND kind = 'follow_up'"


def upgrade() -> None:
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index('ix_tasks_follow_up', ['household_id', 'due_at'], unique=False,
                              sqlite_where=sa.text(FOLLOW_UP_OPEN),
                              postgresql_where=sa.text(FOLLOW_UP_OPEN))


def downgrade() -> None:
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_tasks_follow_up')
