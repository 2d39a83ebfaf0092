"""The household page's hold forms (Flask-WTF: each carries and checks its CSRF token)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField
from wtforms.validators import InputRequired, Regexp


class TakeOverForm(FlaskForm):
    """Take the family over: the token only (the household is in the address)."""


class HandBackForm(FlaskForm):
    """Hand the family back. ``shown_holder_id`` is the holder the page showed, so a page
    left open while someone else took over cannot release their hold (409)."""

    shown_holder_id = HiddenField(validators=[
        InputRequired("The page did not say who holds the family: reload it."),
        Regexp(r"^[0-9]{1,12}$", message="Reload the page and try again.")])
