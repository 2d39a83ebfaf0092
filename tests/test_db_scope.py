"""db.session: one session per app context, found without Flask's private names."""

from __future__ import annotations

import inspect

from assistant import db as db_module
from assistant.db import db


def test_each_app_context_has_its_own_session_and_keeps_it(app):
    outer = db.session()
    assert db.session() is outer
    with app.app_context():
        inner = db.session()
        assert inner is not outer and db.session() is inner
    assert db.session() is outer


def test_the_scope_uses_no_private_flask_name():
    assert "_cv_app" not in inspect.getsource(db_module)
