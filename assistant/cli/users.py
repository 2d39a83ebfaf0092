"""``assistant create-user``: a console login."""

from __future__ import annotations

import click
from flask.cli import with_appcontext
from sqlalchemy import func, select

from assistant.db import db
from assistant.models import Practice, Role, User
from assistant.records.audit import audit


@click.command("create-user")
@click.argument("email")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.option("--practice", "ods_code", help="ODS code; required for a practice user.")
@click.password_option(help="Asked for when not given (never echoed).")
@with_appcontext
def create_user(email: str, role: str, ods_code: str | None, password: str) -> None:
    """Create a console login, or reset the password and role of an existing one."""
    email = email.strip().lower()
    if "@" not in email:
        raise click.UsageError(f"{email!r} is not an email address")
    if len(password) < 10:
        raise click.UsageError("use a password of at least 10 characters")
    practice = None
    if ods_code:
        practice = db.session.scalar(select(Practice).where(Practice.ods_code == ods_code.upper()))
        if practice is None:
            raise click.UsageError(f"no practice with ODS code {ods_code!r}; import it first")
    if Role(role) is Role.PRACTICE and practice is None:
        raise click.UsageError("a practice user needs --practice ODS")
    user = db.session.scalar(select(User).where(func.lower(User.email) == email))
    created = user is None
    if created:
        user = User(email=email)
        db.session.add(user)
    user.role = Role(role)
    user.practice_id = practice.id if practice else None
    user.set_password(password)
    db.session.flush()
    audit(db.session, "user.created" if created else "user.updated", actor="console",
          user_id=user.id, role=role)
    db.session.commit()
    click.echo(f"{'Created' if created else 'Updated'} {role} login {email}.", err=True)


COMMANDS = [create_user]
