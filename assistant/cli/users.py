"""``assistant create-user``: a console login.

The password comes, in order of preference, from standard input
(``--password-stdin``, for scripts), the ``ASSISTANT_PASSWORD`` environment
variable, a prompt when run at a terminal, or ``--password`` (which other users
of the machine can see in the process list). Without a terminal and without a
password the command stops with exit 2 and says how to give one.
"""

from __future__ import annotations

import sys

import click
from flask.cli import with_appcontext
from sqlalchemy import func, select

from assistant.db import db
from assistant.models import Practice, Role, User
from assistant.records.audit import audit

PASSWORD_ENV = "ASSISTANT_PASSWORD"  # noqa: S105 - the variable's name, not a password


@click.command("create-user")
@click.argument("email")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.option("--practice", "ods_code", help="ODS code; required for a practice user.")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from the first line of standard input.")
@click.option("--password", envvar=PASSWORD_ENV, show_envvar=True,
              help=f"The password (or set {PASSWORD_ENV}). Asked for at a terminal when "
                   "not given (never echoed).")
@with_appcontext
def create_user(email: str, role: str, ods_code: str | None, password_stdin: bool,
                password: str | None) -> None:
    """Create a console login, or reset the password and role of an existing one."""
    password = _password(password, password_stdin)
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


def _password(given: str | None, from_stdin: bool) -> str:
    """The password from stdin, the option or its variable, else a prompt at a terminal."""
    stdin = sys.stdin
    if from_stdin:
        line = stdin.readline().rstrip("\r\n")
        if not line:
            raise click.UsageError("--password-stdin read no password from standard input")
        return line
    if given:
        return given
    if stdin.isatty():
        return click.prompt("Password", hide_input=True, confirmation_prompt=True)
    raise click.UsageError(
        "no password given and no terminal to ask at: pipe it in with --password-stdin "
        f"(printf '%s\\n' \"$PASSWORD\" | assistant create-user ... --password-stdin) "
        f"or set {PASSWORD_ENV}")


COMMANDS = [create_user]
