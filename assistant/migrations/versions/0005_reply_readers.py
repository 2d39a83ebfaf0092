"""reply readers: what the rules and the model each said of a parent's words

Revision ID: 0005
Revises: 0007
Create Date: 2026-11-30 19:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rules_label', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('model_label', sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('model_label')
        batch_op.drop_column('rules_label')
