"""practices: when unbooked protected slots are released (time and working days before)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 20:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('practices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('slot_release_time', sa.Time(), nullable=False,
                                      server_default='12:00:00'))
        batch_op.add_column(sa.Column('slot_release_days', sa.Integer(), nullable=False,
                                      server_default='1'))


def downgrade() -> None:
    with op.batch_alter_table('practices', schema=None) as batch_op:
        batch_op.drop_column('slot_release_days')
        batch_op.drop_column('slot_release_time')
