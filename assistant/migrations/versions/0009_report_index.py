"""reports: an index for counting children per practice and code

Revision ID: 0009
Revises: 0004
Create Date: 2026-11-30 20:40:00
"""

from __future__ import annotations

from alembic import op

revision = '0009'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('coded_events', schema=None) as batch_op:
        batch_op.create_index('ix_coded_events_report',
                              ['practice_id', 'snomed_code', 'child_id', 'occurred_at',
                               'attempt_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('coded_events', schema=None) as batch_op:
        batch_op.drop_index('ix_coded_events_report')
