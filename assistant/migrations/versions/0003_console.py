"""console: when a hold was last touched, who a task is assigned to, the queue's index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 19:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import assistant.models.base

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

NEEDS_A_PERSON = ("(status IN ('with_coordinator', 'agreed') OR held_by_id IS NOT NULL "
                  "OR dialogue_state = 'awaiting_refusal_confirmation')")


def upgrade() -> None:
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hold_touched_at',
                                      assistant.models.base.UTCDateTime(timezone=True),
                                      nullable=True))
        batch_op.create_index('ix_households_needs_person', ['status_changed_at', 'id'],
                              unique=False, sqlite_where=sa.text(NEEDS_A_PERSON),
                              postgresql_where=sa.text(NEEDS_A_PERSON))
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assigned_to_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_tasks_assigned_to_id_users'), 'users',
                                    ['assigned_to_id'], ['id'])
    # Holds taken before this revision count as touched when they were taken.
    op.execute("UPDATE households SET hold_touched_at = held_since "
               "WHERE held_by_id IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_tasks_assigned_to_id_users'),
                                 type_='foreignkey')
        batch_op.drop_column('assigned_to_id')
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index('ix_households_needs_person')
        batch_op.drop_column('hold_touched_at')
