"""Console logins: coordinators, practice staff and admins."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String, event, inspect
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
    # Moves on sign-out and on a new password, role, practice or deactivation; a
    # sign-in cookie made for another version is refused (web/__init__.py).
    session_version: Mapped[int] = mapped_column(default=0, server_default="0")

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

    def get_id(self) -> str:  # what the session cookie keeps
        return f"{self.id}:{self.session_version}"

    def end_sessions(self) -> None:
        """End every signed-in session of this user (on every device), from the next request."""
        # An SQL expression, so two at once both count (never a lost update).
        self.session_version = User.session_version + 1


# What a session may do depends on these: change one, and the user signs in again.
SESSION_BOUND = ("password_hash", "role", "practice_id", "active")


@event.listens_for(User, "before_update")
def _end_sessions_when_access_changes(_mapper, _connection, user: User) -> None:
    state = inspect(user)
    if any(state.attrs[name].history.has_changes() for name in SESSION_BOUND) \
            and not state.attrs.session_version.history.has_changes():
        user.end_sessions()
