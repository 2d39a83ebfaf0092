"""Settings from the environment, parsed strictly.

Every setting in ``interfaces.md`` §1 is read here and nowhere else. A bad value
stops the app at start-up with a sentence naming the setting and what it accepts,
rather than failing later in the middle of a send.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers


class ConfigError(ValueError):
    """A setting has a value the assistant cannot use."""


def _text(name: str, value: str) -> str:
    return value.strip()


def _url(name: str, value: str) -> str:
    value = value.strip().rstrip("/")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{name} must be an http(s) address such as https://imms.example.org, "
                          f"not {value!r}")
    return value


def _database_url(name: str, value: str) -> str:
    value = value.strip()
    # Heroku-style URLs say postgres://; SQLAlchemy needs a driver name.
    if value.startswith("postgres://"):
        value = "postgresql+psycopg://" + value[len("postgres://"):]
    elif value.startswith("postgresql://"):
        value = "postgresql+psycopg://" + value[len("postgresql://"):]
    if not (value.startswith("sqlite:") or value.startswith("postgresql+")):
        raise ConfigError(f"{name} must be a sqlite:/// or postgresql+psycopg:// URL, "
                          f"not {value!r}")
    return value


def _choice(*allowed: str) -> Callable[[str, str], str]:
    def parse(name: str, value: str) -> str:
        value = value.strip().lower()
        if value not in allowed:
            raise ConfigError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
        return value
    return parse


def _rate(name: str, value: str) -> float:
    try:
        rate = float(value)
    except ValueError:
        raise ConfigError(f"{name} must be a number of sends per second (0 = no limit), "
                          f"not {value!r}") from None
    if rate < 0 or rate != rate or rate == float("inf"):
        raise ConfigError(f"{name} must be zero or a positive number, not {value!r}")
    return rate


def _timezone(name: str, value: str) -> str:
    try:
        ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{name} must be an IANA time zone such as Europe/London, "
                          f"not {value!r}") from None
    return value.strip()


# Ofcom's numbers for drama and documentation (never a real line), as digits after +44:
# the docs and the demo use them, and phonenumbers rightly calls them invalid.
OFCOM_DRAMA = re.compile(
    r"7700900\d{3}"                                      # mobile 07700 900xxx
    r"|(?:113|114|115|116|117|118|121|131|141|151|161)4960\d{3}"
    r"|1914980\d{3}|2079460\d{3}|2896496\d{3}|2920180\d{3}"
    r"|1632960\d{3}|8081570\d{3}|9098790\d{3}|3069990\d{3}")


def is_drama_number(number: phonenumbers.PhoneNumber) -> bool:
    """True for a UK number in one of Ofcom's drama ranges."""
    return number.country_code == 44 and bool(OFCOM_DRAMA.fullmatch(str(number.national_number)))


def _e164(name: str, value: str) -> str:
    try:
        number = phonenumbers.parse(value, "GB")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not (phonenumbers.is_valid_number(number) or is_drama_number(number)):
        raise ConfigError(f"{name} must be a phone number such as +447700900000, not {value!r}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _minutes(name: str, value: str) -> int:
    try:
        minutes = int(value.strip())
    except ValueError:
        minutes = 0
    if not 1 <= minutes <= 24 * 60:
        raise ConfigError(f"{name} must be a whole number of minutes from 1 to 1440, "
                          f"not {value!r}")
    return minutes


def _limit_storage(name: str, value: str) -> str:
    value = value.strip()
    if urlsplit(value).scheme not in ("memory", "redis", "rediss", "redis+sentinel"):
        raise ConfigError(f"{name} must be memory:// or a Redis address such as "
                          f"redis://localhost:6379/0, not {value!r}")
    return value


# name -> (parser, default). A default of None means "not set".
SETTINGS: dict[str, tuple[Callable[[str, str], Any], Any]] = {
    "DATABASE_URL": (_database_url, None),
    "SECRET_KEY": (_text, None),
    "PUBLIC_BASE_URL": (_url, "http://localhost:5000"),
    "CHANNELS": (_choice("sandbox", "twilio"), "sandbox"),
    "TWILIO_ACCOUNT_SID": (_text, None),
    "TWILIO_AUTH_TOKEN": (_text, None),
    "TWILIO_FROM_NUMBER": (_e164, None),
    "TWILIO_MESSAGING_SERVICE_SID": (_text, None),
    "TWILIO_API_BASE_URL": (_url, "https://api.twilio.com"),
    "SMS_PER_SECOND": (_rate, 10.0),
    "CALLS_PER_SECOND": (_rate, 1.0),
    "TIMEZONE": (_timezone, "Europe/London"),
    # None = not set: `assistant run` and `worker` schedule, everything else does not.
    "SCHEDULER": (_choice("on", "off"), None),
    # queued: the SMS hook stores the text and answers at once; the worker labels it,
    # acts and texts the answer by REST (with a delivery status). inline: the hook
    # does all that before answering, and the answer rides in its TwiML.
    "REPLIES": (_choice("queued", "inline"), "queued"),
    "LOG_LEVEL": (lambda name, value: _choice("debug", "info", "warning", "error")(
        name, value).upper(), "INFO"),
    # A signed-in session unused for this long ends (issue 10).
    "SESSION_IDLE_MINUTES": (_minutes, 30),
    # Where failed sign-ins are counted: this process (memory://) or a shared Redis.
    "LOGIN_THROTTLE_STORAGE": (_limit_storage, "memory://"),
}


def instance_folder(environ: Mapping[str, str], overrides: dict[str, Any]) -> str | None:
    """Where the instance folder is (``INSTANCE_PATH``; taken out of ``overrides``), or None
    for Flask's default. Read before the app exists, since the app is built around it."""
    return overrides.pop("INSTANCE_PATH", None) or environ.get("INSTANCE_PATH") or None


def load_settings(
    environ: Mapping[str, str],
    overrides: Mapping[str, Any] | None,
    instance_path: Path,
) -> dict[str, Any]:
    """Return the settings, from ``overrides`` first, then ``environ``, then defaults.

    Strings are parsed and checked; values in ``overrides`` that are already of
    the right type (a float rate, say) are passed through the same parser as text
    so a test cannot smuggle in a value the environment could not.
    """
    overrides = dict(overrides or {})
    settings: dict[str, Any] = {}
    for name, (parse, default) in SETTINGS.items():
        raw = overrides.pop(name, None)
        if raw is None:
            raw = environ.get(name)
        if raw is None or (isinstance(raw, str) and raw.strip() == ""):
            settings[name] = default
        else:
            settings[name] = parse(name, str(raw))

    if settings["DATABASE_URL"] is None:
        settings["DATABASE_URL"] = f"sqlite:///{instance_path / 'assistant.sqlite3'}"
    if settings["SECRET_KEY"] is None:
        settings["SECRET_KEY"] = _kept_secret_key(instance_path)
    if settings["CHANNELS"] == "twilio":
        _require_twilio(settings)
    # Anything else in overrides (TESTING, extras a test needs) goes straight in.
    settings.update(overrides)
    return settings


def _require_twilio(settings: dict[str, Any]) -> None:
    missing = [n for n in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN") if not settings[n]]
    if not (settings["TWILIO_FROM_NUMBER"] or settings["TWILIO_MESSAGING_SERVICE_SID"]):
        missing.append("TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID")
    if missing:
        raise ConfigError("CHANNELS=twilio needs " + ", ".join(missing))


def _kept_secret_key(instance_path: Path) -> str:
    """Generate a secret key on first run and keep it, readable only by us."""
    path = instance_path / "secret_key"
    if path.exists():
        key = path.read_text().strip()
        if key:
            return key
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key + "\n")
    return key
