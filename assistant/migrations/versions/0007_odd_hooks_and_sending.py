"""odd hooks and crash recovery: numbers, SIDs and hook keys as text; attempts.sending_at

A WhatsApp sender (``whatsapp:+447700900001``, 22 characters) did not fit the
20-character number columns, nor a SID over 64 characters the SID columns, and
the hook answered 500 with the parent's words lost. ``sending_at`` is set just
before the provider is asked, so a restart can tell a claim that was never sent
(sent at once) from one that may have been (sent again as a possible repeat).

Revision ID: 0007
Revises: 0003
Create Date: 2026-11-30 19:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import assistant.models.base

revision = '0007'
down_revision = '0003'
branch_labels = None
depends_on = None

# (table, column, the old type): each becomes TEXT, nullable as before.
WIDENED = (
    ('messages', 'from_number', sa.String(length=20)),
    ('messages', 'to_number', sa.String(length=20)),
    ('messages', 'provider_sid', sa.String(length=64)),
    ('attempts', 'provider_sid', sa.String(length=64)),
    ('hook_events', 'key', sa.String(length=200)),
)


def _retype(to_text: bool) -> None:
    # One batch per table: on SQLite each batch copies its table once.
    for name in dict.fromkeys(table for table, _, _ in WIDENED):
        with op.batch_alter_table(name, schema=None) as batch_op:
            for table, column, old in WIDENED:
                if table == name:
                    batch_op.alter_column(column, existing_type=old if to_text else sa.Text(),
                                          type_=sa.Text() if to_text else old)


def upgrade() -> None:
    _retype(to_text=True)
    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sending_at',
                                      assistant.models.base.UTCDateTime(timezone=True),
                                      nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.drop_column('sending_at')
    # Values longer than the old sizes are cut to fit: a downgrade keeps what it can.
    for table, column, old in WIDENED:
        cut = (f'UPDATE {table} SET {column} = substr({column}, 1, {old.length}) '  # noqa: S608
               f'WHERE length({column}) > {old.length}')  # our own names, no input
        op.execute(cut)
    _retype(to_text=False)
