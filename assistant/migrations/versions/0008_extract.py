"""extract: children no longer due (not in a full extract), and why

Revision ID: 0008
Revises: 0010
Create Date: 2026-11-30 20:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import assistant.models.base

revision = '0008'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('children', schema=None) as batch_op:
        batch_op.add_column(sa.Column('no_longer_due_at',
                                      assistant.models.base.UTCDateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('no_longer_due_reason', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('children', schema=None) as batch_op:
        batch_op.drop_column('no_longer_due_reason')
        batch_op.drop_column('no_longer_due_at')
