"""Admin pages: logins and practice settings in the browser (role admin only)."""

from __future__ import annotations

from datetime import time

from flask import g
from sqlalchemy import select

from assistant.db import db
from assistant.models import AuditEvent, Practice, Role, User
from tests import factories
from tests.forms import token_in as token


def _admin(client):
    practice = factories.practice("A80001")
    factories.user("admin@example.nhs.uk", role=Role.ADMIN)
    staff = factories.user("staff@example.nhs.uk", role=Role.PRACTICE, practice_obj=practice)
    db.session.commit()
    factories.login(client, "admin@example.nhs.uk")
    return practice, staff


def test_an_admin_creates_a_practice_login_that_can_sign_in(app, client):
    _admin(client)
    page = client.get("/admin/users").get_data(as_text=True)
    response = client.post("/admin/users", data={
        "csrf_token": token(page), "email": "New@Example.nhs.uk", "role": "practice",
        "practice": "a80001", "password": "a long enough password"})
    assert response.status_code == 303
    user = db.session.scalar(select(User).where(User.email == "new@example.nhs.uk"))
    assert user.role is Role.PRACTICE and user.check_password("a long enough password")
    other = app.test_client()
    _switch()
    assert factories.login(other, "new@example.nhs.uk", "a long enough password"
                           ).status_code == 302


def test_a_practice_login_needs_a_known_practice_and_a_long_password(app, client):
    _admin(client)
    page = client.get("/admin/users").get_data(as_text=True)
    response = client.post("/admin/users", data={
        "csrf_token": token(page), "email": "x@example.nhs.uk", "role": "practice",
        "practice": "ZZ999", "password": "a long enough password"})
    assert response.status_code == 400 and "needs the ODS code" in response.get_data(True)
    response = client.post("/admin/users", data={
        "csrf_token": token(page), "email": "x@example.nhs.uk", "role": "coordinator",
        "password": "short"})
    assert response.status_code == 400 and "at least 10" in response.get_data(True)
    assert db.session.scalar(select(User).where(User.email == "x@example.nhs.uk")) is None


def _switch() -> None:
    """The tests share one app context, where flask-login keeps the last user it loaded."""
    g.pop("_login_user", None)
    g.pop("csrf_token", None)  # Flask-WTF keeps the session's token there too


def test_deactivating_a_login_ends_its_session(app, client):
    _, staff = _admin(client)
    theirs = app.test_client()
    factories.login(theirs, "staff@example.nhs.uk")
    assert theirs.get("/").status_code == 200
    _switch()
    page = client.get("/admin/users").get_data(as_text=True)
    assert client.post(f"/admin/users/{staff.id}/deactivate",
                       data={"csrf_token": token(page)}).status_code == 303
    _switch()
    assert theirs.get("/").status_code == 302  # back to sign-in
    assert factories.login(theirs, "staff@example.nhs.uk").status_code == 401
    assert db.session.scalar(select(AuditEvent.action).where(
        AuditEvent.action == "user.deactivated"))


def test_resetting_a_password(app, client):
    _, staff = _admin(client)
    page = client.get("/admin/users").get_data(as_text=True)
    assert client.post(f"/admin/users/{staff.id}/password", data={
        "csrf_token": token(page), "password": "another long password"}).status_code == 303
    db.session.expire_all()
    assert db.session.get(User, staff.id).check_password("another long password")


def test_practice_settings_change_and_bad_ones_are_refused(app, client):
    practice, _ = _admin(client)
    page = client.get("/admin/practices").get_data(as_text=True)
    prefix = f"p{practice.id}-"
    good = {prefix + "csrf_token": token(page), prefix + "attempt_order": "call, sms, letter",
            prefix + "attempt_spacing_days": "5", prefix + "slot_release_time": "16:30",
            prefix + "slot_release_days": "2"}
    bad = {**good, prefix + "attempt_order": "sms,fax"}
    assert client.post(f"/admin/practices/{practice.id}", data=bad).status_code == 400
    assert client.post(f"/admin/practices/{practice.id}", data=good).status_code == 303
    db.session.expire_all()
    saved = db.session.get(Practice, practice.id)
    assert (saved.attempt_order, saved.attempt_spacing_days) == ("call,sms,letter", 5)
    assert (saved.slot_release_time, saved.slot_release_days) == (time(16, 30), 2)


def test_only_admins_reach_the_admin_pages(app, client):
    _admin(client)
    _switch()
    factories.login(client, "staff@example.nhs.uk")
    assert client.get("/admin/users").status_code == 404
    assert client.get("/admin/practices").status_code == 404


def test_a_refused_practice_form_is_shown_again_beside_the_others_as_saved(app, client):
    practice, _ = _admin(client)
    other = factories.practice("B80002", attempt_spacing_days=9)
    db.session.commit()
    page = client.get("/admin/practices").get_data(as_text=True)
    assert f'id="p{practice.id}-attempt_order"' in page
    assert f'id="p{other.id}-attempt_order"' in page
    prefix = f"p{practice.id}-"
    bad = {prefix + "csrf_token": token(page), prefix + "attempt_order": "sms,fax",
           prefix + "attempt_spacing_days": "5", prefix + "slot_release_time": "16:30",
           prefix + "slot_release_days": "2"}
    answer = client.post(f"/admin/practices/{practice.id}", data=bad)
    again = answer.get_data(as_text=True)
    assert answer.status_code == 400
    assert "The attempt order is not right" in again
    assert f'id="p{practice.id}-attempt_order"' in again and 'value="sms,fax"' in again
    assert f'id="p{other.id}-attempt_spacing_days"' in again and 'value="9"' in again
    assert again.count("The attempt order is not right") == 1  # on the posted form only
