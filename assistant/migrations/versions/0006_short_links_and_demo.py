"""short booking links; the demo's mark and the calls its demo phones play

Revision ID: 0006
Revises: 0008
Create Date: 2026-11-30 19:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import assistant.models.base

revision = '0006'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'short_links',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=16), nullable=False),
        sa.Column('household_id', sa.Integer(), nullable=False),
        sa.Column('created_at', assistant.models.base.UTCDateTime(timezone=True),
                  nullable=False),
        sa.Column('expires_at', assistant.models.base.UTCDateTime(timezone=True),
                  nullable=False),
        sa.ForeignKeyConstraint(['household_id'], ['households.id'],
                                name=op.f('fk_short_links_household_id_households')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_short_links')),
        sa.UniqueConstraint('code', name=op.f('uq_short_links_code')),
    )
    with op.batch_alter_table('short_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_short_links_household_id'), ['household_id'],
                              unique=False)
    op.create_table(
        'demo_marks',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('created_at', assistant.models.base.UTCDateTime(timezone=True),
                  nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_demo_marks')),
    )
    op.create_table(
        'sandbox_calls',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('call_sid', sa.String(length=64), nullable=False),
        sa.Column('number', sa.String(length=32), nullable=False),
        sa.Column('inbound', sa.Boolean(), nullable=False),
        sa.Column('heard', sa.JSON(), nullable=False),
        sa.Column('twiml', sa.Text(), nullable=True),
        sa.Column('action', sa.Text(), nullable=True),
        sa.Column('position', sa.Integer(), nullable=True),
        sa.Column('created_at', assistant.models.base.UTCDateTime(timezone=True),
                  nullable=False),
        sa.Column('updated_at', assistant.models.base.UTCDateTime(timezone=True),
                  nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sandbox_calls')),
        sa.UniqueConstraint('call_sid', name=op.f('uq_sandbox_calls_call_sid')),
    )
    with op.batch_alter_table('sandbox_calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sandbox_calls_number'), ['number'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sandbox_calls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sandbox_calls_number'))
    op.drop_table('sandbox_calls')
    op.drop_table('demo_marks')
    with op.batch_alter_table('short_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_short_links_household_id'))
    op.drop_table('short_links')
