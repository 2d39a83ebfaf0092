"""The one clock, local time, working days and bank holidays.

Everything that asks "what time is it" calls :func:`now`, which reads Python's
clock (never the database's), so tests move time with ``time-machine``. Functions
that decide something about time take ``now`` or a datetime as an argument.
We store UTC and show local time (``TIMEZONE``, Europe/London by default).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

DEFAULT_ZONE = "Europe/London"
WORKING_HOURS = (time(9, 0), time(18, 0))


def now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def zone(name: str | None = None) -> ZoneInfo:
    """The local time zone: ``name``, else the app's ``TIMEZONE``, else Europe/London."""
    if name is None:
        try:
            from flask import current_app

            name = current_app.config.get("TIMEZONE", DEFAULT_ZONE)
        except RuntimeError:  # outside an app context (pure functions, bench scripts)
            name = DEFAULT_ZONE
    return _zone(name)


@lru_cache(maxsize=8)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local(moment: datetime, tz: ZoneInfo | None = None) -> datetime:
    """``moment`` (aware) in local time."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: store and pass UTC-aware datetimes")
    return moment.astimezone(tz or zone())


def from_local(naive_local: datetime, tz: ZoneInfo | None = None) -> datetime:
    """A local wall-clock time (naive) as an aware UTC datetime.

    In the autumn hour that happens twice we take the first (``fold=0``); in the
    spring hour that never happens, the wall time is pushed on by the gap.
    """
    tz = tz or zone()
    aware = naive_local.replace(tzinfo=tz)
    round_trip = aware.astimezone(UTC).astimezone(tz)
    if round_trip.replace(tzinfo=None) != naive_local:  # inside the spring-forward gap
        aware = (naive_local + timedelta(hours=1)).replace(tzinfo=tz)
    return aware.astimezone(UTC)


@lru_cache(maxsize=64)
def _england_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("GB", subdiv="ENG", years=year)


def is_bank_holiday(day: date) -> bool:
    """True on an England and Wales bank holiday."""
    return day in _england_holidays(day.year)


def is_working_day(day: date) -> bool:
    """Monday to Friday and not an England bank holiday."""
    return day.weekday() < 5 and not is_bank_holiday(day)


def add_working_days(day: date, count: int) -> date:
    """The working day ``count`` working days after ``day`` (``count`` >= 0)."""
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def working_days_before(day: date, count: int) -> date:
    """The working day ``count`` working days before ``day`` (``count`` >= 0)."""
    while count > 0:
        day -= timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def in_send_window(moment: datetime, tz: ZoneInfo | None = None) -> bool:
    """True when texts and calls may go out: a working day, 09:00-18:00 local.

    Always true in the demo (the sandbox on a database ``assistant demo`` made,
    ``SEND_ANY_HOUR`` set by :mod:`assistant.demo`), so the pathway shows at any hour.
    """
    if _any_hour():
        return True
    here = local(moment, tz)
    start, end = WORKING_HOURS
    return is_working_day(here.date()) and start <= here.time() < end


def _any_hour() -> bool:
    try:
        from flask import current_app

        return bool(current_app.config.get("SEND_ANY_HOUR"))
    except RuntimeError:  # outside an app context (pure functions, bench scripts)
        return False


def next_send_time(moment: datetime, tz: ZoneInfo | None = None) -> datetime:
    """The first moment at or after ``moment`` inside the send window, in UTC."""
    tz = tz or zone()
    if in_send_window(moment, tz):
        return moment.astimezone(UTC)
    here = local(moment, tz)
    day = here.date()
    if not is_working_day(day) or here.time() >= WORKING_HOURS[1]:
        day = add_working_days(day, 1)  # the next working day after this one
    return from_local(datetime.combine(day, WORKING_HOURS[0]), tz)
