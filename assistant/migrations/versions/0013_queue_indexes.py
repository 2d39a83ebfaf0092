"""the coordinators' queue and task list: partial indexes on words for a person, open tasks
and open book-by-hand tasks

Revision ID: 0013
Revises: 0006
Create Date: 2026-11-30 22:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0006'
branch_labels = None
depends_on = None

FOR_A_PERSON = ("direction = 'in' AND status IN ('needs_person', 'unhandled', "
                "'held_for_person')")
OPEN_TASKS = "status = 'open'"
BOOK_BY_HAND_OPEN = "status = 'open' AND kind = 'book_by_hand'"


def upgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.create_index('ix_messages_for_person', ['household_id', 'id'], unique=False,
                              sqlite_where=sa.text(FOR_A_PERSON),
                              postgresql_where=sa.text(FOR_A_PERSON))
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index('ix_tasks_open', ['created_at', 'id'], unique=False,
                              sqlite_where=sa.text(OPEN_TASKS),
                              postgresql_where=sa.text(OPEN_TASKS))
        batch_op.create_index('ix_tasks_book_by_hand', ['household_id'], unique=False,
                              sqlite_where=sa.text(BOOK_BY_HAND_OPEN),
                              postgresql_where=sa.text(BOOK_BY_HAND_OPEN))


def downgrade() -> None:
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_tasks_book_by_hand')
        batch_op.drop_index('ix_tasks_open')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_index('ix_messages_for_person')
