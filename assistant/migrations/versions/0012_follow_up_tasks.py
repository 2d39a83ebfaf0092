"""tasks: a coordinator's follow-up on a date (task kind follow_up)

The kind is a VARCHAR with a CHECK listing the kinds (``models.base.str_enum``): the
check is replaced by one that also allows ``follow_up``.

Revision ID: 0012
Revises: 0013
Create Date: 2026-11-30 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0013'
branch_labels = None
depends_on = None

OLD = ('data_check', 'book_by_hand', 'cleanse_contact', 'release_slots', 'call_back', 'other')
NEW = (*OLD[:5], 'follow_up', 'other')
NAME = 'ck_tasks_taskkind'


def _check(kinds: tuple[str, ...]) -> str:
    return "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"


def _replace(kinds: tuple[str, ...]) -> None:
    # SQLite changes a CHECK only by copying the table (batch mode does); PostgreSQL
    # alters it in place (a copy there would restart the id sequence).
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f(NAME), type_='check')
        batch_op.create_check_constraint(batch_op.f(NAME), sa.text(_check(kinds)))


def upgrade() -> None:
    _replace(NEW)


def downgrade() -> None:
    op.execute("UPDATE tasks SET kind = 'other' WHERE kind = 'follow_up'")
    _replace(OLD)
