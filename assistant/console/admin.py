"""Admin pages: console logins and each practice's pathway settings (role admin only).

Every change is audited with who made it. A deactivated user's session ends at their
next request (the user loader no longer returns them).
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import func, select

from assistant.console import scope
from assistant.console.admin_forms import (
    DeactivateForm,
    PasswordForm,
    PracticeSettingsForm,
    UserForm,
)
from assistant.db import db
from assistant.models import Practice, Role, User
from assistant.records.audit import audit

bp = Blueprint("admin", __name__, url_prefix="/admin")
ADMIN = (Role.ADMIN,)


def _users_page(form: UserForm, status: int = 200):
    users = list(db.session.scalars(select(User).order_by(User.email)))
    practices = dict(db.session.execute(select(Practice.id, Practice.ods_code)).all())
    return render_template("practice/admin_users.html", title="Users", users=users,
                           practices=practices, form=form, password_form=PasswordForm(),
                           deactivate_form=DeactivateForm()), status


@bp.get("/users")
@scope.roles(*ADMIN)
def users():
    """Every console login, with a form to add one."""
    return _users_page(UserForm())


@bp.post("/users")
@scope.roles(*ADMIN)
def create_user():
    """Add a console login (a practice user names its practice)."""
    form = UserForm()
    if not form.validate_on_submit():
        return _users_page(form, 400)
    email = form.email.data.strip().lower()
    practice = None
    if form.practice.data:
        practice = db.session.scalar(select(Practice).where(
            Practice.ods_code == form.practice.data.strip().upper()))
    if Role(form.role.data) is Role.PRACTICE and practice is None:
        form.practice.errors = ["A practice user needs the ODS code of a practice imported "
                                "already."]
        return _users_page(form, 400)
    if db.session.scalar(select(User.id).where(func.lower(User.email) == email)):
        form.email.errors = ["There is already a login with that email: reset its password "
                             "instead."]
        return _users_page(form, 409)
    user = User(email=email, role=Role(form.role.data),
                practice_id=practice.id if practice else None)
    user.set_password(form.password.data)
    db.session.add(user)
    db.session.flush()
    audit(db.session, "user.created", actor=f"user:{current_user.id}", user_id=user.id,
          role=user.role.value)
    db.session.commit()
    flash(f"Login created for {email}.")
    return redirect(url_for("admin.users"), code=303)


def _user_or_404(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        abort(404)
    return user


@bp.post("/users/<int:user_id>/deactivate")
@scope.roles(*ADMIN)
def deactivate(user_id: int):
    """Stop a login: it cannot sign in, and its session ends at its next request."""
    user = _user_or_404(user_id)
    if not DeactivateForm().validate_on_submit():
        abort(400, "The form had expired. Nothing was changed: please try again.")
    if user.id == current_user.id:
        flash("You cannot deactivate your own login.")
        return redirect(url_for("admin.users"), code=303)
    user.active = False
    _end_sessions(user)
    audit(db.session, "user.deactivated", actor=f"user:{current_user.id}", user_id=user.id)
    db.session.commit()
    flash(f"{user.email} can no longer sign in.")
    return redirect(url_for("admin.users"), code=303)


@bp.post("/users/<int:user_id>/password")
@scope.roles(*ADMIN)
def reset_password(user_id: int):
    """Set a new password (given to the person by the admin)."""
    user = _user_or_404(user_id)
    form = PasswordForm()
    if not form.validate_on_submit():
        abort(400, "; ".join(e for errors in form.errors.values() for e in errors)
              + ". Nothing was changed.")
    user.set_password(form.password.data)
    _end_sessions(user)
    audit(db.session, "user.password_reset", actor=f"user:{current_user.id}", user_id=user.id)
    db.session.commit()
    flash(f"New password set for {user.email}.")
    return redirect(url_for("admin.users"), code=303)


def _end_sessions(user: User) -> None:
    """End the user's signed-in sessions, where the session version exists (``frame``)."""
    if hasattr(user, "session_version"):
        user.session_version = (user.session_version or 0) + 1


def _practices_page(failed: Practice | None = None,
                    form: PracticeSettingsForm | None = None, status: int = 200):
    """Every practice with its settings form, by ODS code; ``failed``'s form is ``form``
    (the one posted, with its errors), every other shows what is saved."""
    rows = list(db.session.scalars(select(Practice).order_by(Practice.ods_code)))
    forms = {p.id: form if failed is not None and p.id == failed.id else
             PracticeSettingsForm(obj=p, prefix=f"p{p.id}", formdata=None) for p in rows}
    return render_template("practice/admin_practices.html", title="Practice settings",
                           practices=rows, forms=forms), status


@bp.get("/practices")
@scope.roles(*ADMIN)
def practices():
    """Each practice's settings, one form each."""
    return _practices_page()


@bp.post("/practices/<int:practice_id>")
@scope.roles(*ADMIN)
def practice_settings(practice_id: int):
    """Change one practice's attempt order and spacing and its slot release notice."""
    practice = db.session.get(Practice, practice_id)
    if practice is None:
        abort(404)
    form = PracticeSettingsForm(prefix=f"p{practice.id}")
    if not form.validate_on_submit():
        return _practices_page(practice, form, 400)
    form.populate_obj(practice)
    practice.attempt_order = ",".join(m.value for m in _order(form.attempt_order.data))
    audit(db.session, "practice.settings", actor=f"user:{current_user.id}",
          practice_id=practice.id, attempt_order=practice.attempt_order,
          attempt_spacing_days=practice.attempt_spacing_days,
          slot_release=f"{practice.slot_release_time:%H:%M}/{practice.slot_release_days}")
    db.session.commit()
    flash(f"Settings saved for {practice.ods_code}.")
    return redirect(url_for("admin.practices"), code=303)


def _order(text: str):
    from assistant.attempts import rules

    return rules.parse_order(text)
