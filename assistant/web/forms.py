"""The sign-in and sign-out forms (Flask-WTF: each carries the CSRF token)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Length


class LoginForm(FlaskForm):
    """Email and password. The limits are the columns' and a sane password's."""

    email = EmailField("Email address", validators=[
        DataRequired("Enter your email address"), Length(max=254)])
    password = PasswordField("Password", validators=[
        DataRequired("Enter your password"), Length(max=1024)])


class LogoutForm(FlaskForm):
    """Sign out: a POST with the token only, so another site cannot sign a person out."""
