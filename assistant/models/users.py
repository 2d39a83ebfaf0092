"""Console logins: coordinators, practice staff and admins."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from assistant.models.base import Base, Timestamps, str_enum
from assistant.models.people import Practice


class Role(enum.StrEnum):
    COORDINATOR = "coordinator"
    PRACTICE = "practice"
    ADMIN = "admin"


class User(Timestamps, Base):
    """A person who logs in to the console. Practice users see only their practice."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[Role] = mapped_column(str_enum(Role))
    practice_id: Mapped[int | None] = mapped_column(ForeignKey("practices.id"))
    active: Mapped[bool] = mapped_column(default=True)
    last_login_at: Mapped[datetime | None]

    practice: Mapped[Practice | None] = relationship()

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    # What flask-login asks of a user, written here so the models import no Flask.
    is_authenticated = True
    is_anonymous = False

    @property
    def is_active(self) -> bool:
        return self.active

    def get_id(self) -> str:
        return str(self.id)
