"""Reading a signed hook's values so that no odd value can fail the hook.

A valid signature says Twilio (or whoever holds the auth token) sent the request,
not that each value has the shape we expect: a WhatsApp sender is
``whatsapp:+447700900001``, a SID may be any length, a duration may not be a
number. Two kinds of value, read two ways:

- **ours** (the ids and counters we put in the URLs Twilio calls back): strict, ASCII
  digits that fit a 64-bit integer, else 400. Something is wrong; we say so.
- **Twilio's** (``ErrorCode``, ``CallDuration``, ``RecordingDuration``, SIDs,
  ``AnsweredBy``): read leniently into what we can keep. A malformed number is
  None, so the parent's words that came with it are still kept.

Nothing here logs a value: numbers and words stay out of the logs.
"""

from __future__ import annotations

import hashlib
import re
import traceback

from flask import abort, request

# What a SID or hook key is kept and matched as, in UTF-8 bytes: Twilio's SIDs are 34
# characters and are kept whole far beyond that; only a value past these limits is cut,
# with a digest of the whole, so it still gives one key, two values never share one, and
# the unique indexes (PostgreSQL's hold ~2,700 bytes an entry) never refuse it.
SID_MAX = 1024
KEY_MAX = 1200
_DIGITS = re.compile(r"[0-9]{1,10}")  # ASCII only: "²" and "٣" are digits to Python
# Our ids are the database's INTEGER (PostgreSQL's is 32-bit): a larger one names nothing,
# and sent to PostgreSQL it would fail the request instead of being answered.
LARGEST_ID = 2**31 - 1
_TWILIO_INT = re.compile(r"-?[0-9]{1,9}")  # fits an INTEGER column either way
_E164 = re.compile(r"\+[1-9][0-9]{5,14}")
# A sender on another of Twilio's channels: "whatsapp:+447700900001", "messenger:123".
_CHANNEL_ADDRESS = re.compile(r"([a-z]+):(.*)", re.DOTALL)
ANSWERED_BY = frozenset({"human", "machine_start", "machine_end_beep", "machine_end_silence",
                         "machine_end_other", "fax", "unknown"})


def storable(text: str | None) -> str:
    """Text as a database can keep it: NUL (which PostgreSQL refuses) becomes U+FFFD;
    everything else is kept exactly, and escaped when shown."""
    return (text or "").replace("\x00", "\ufffd")


def _bounded(text: str, limit: int) -> str:
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded) <= limit:
        return text
    digest = hashlib.sha256(encoded).hexdigest()
    head = encoded[:limit - len(digest) - 1].decode("utf-8", "ignore")  # whole characters
    return f"{head}~{digest}"


def sid(value: str | None) -> str | None:
    """A provider SID as we store and match it (None when there is none)."""
    if not value:
        return None
    return _bounded(storable(value), SID_MAX)


def event_key(*parts: object) -> str:
    """A hook event's key from its parts, within what the unique index holds."""
    return _bounded(storable(":".join(str(p) for p in parts)), KEY_MAX)


def address(value: str | None) -> str | None:
    """A sender or recipient as sent (``To``/``From``), safe to store."""
    return storable(value) if value else None


def is_phone_number(value: str | None) -> bool:
    """Whether ``value`` is an E.164 number we could text an answer to."""
    return bool(value and _E164.fullmatch(value))


def phone_number_in(value: str | None) -> str | None:
    """The E.164 number in an address: the address itself, or the number after another
    channel's prefix (``whatsapp:+447700900001``), so a family is still recognised."""
    if is_phone_number(value):
        return value
    match = _CHANNEL_ADDRESS.fullmatch(value or "")
    if match and is_phone_number(match.group(2)):
        return match.group(2)
    return None


def twilio_int(value: str | None) -> int | None:
    """An integer Twilio sent (an error code, a duration); None when absent or malformed."""
    value = (value or "").strip()
    return int(value) if _TWILIO_INT.fullmatch(value) else None


def answered_by(value: str | None) -> str | None:
    """Twilio's answering-machine result; anything we do not know reads as ``unknown``."""
    if not value:
        return None
    return value if value in ANSWERED_BY else "unknown"


def our_int(text: str | None, what: str) -> int:
    """One of our own ids or counters, strictly: ASCII digits that fit the database's
    integer (``LARGEST_ID``), else 400."""
    if text is None or not _DIGITS.fullmatch(text) or int(text) > LARGEST_ID:
        abort(400, f"The {what} in this address is not a number we made.")
    return int(text)


def our_arg(name: str, default: int | None = None) -> int | None:
    """Query parameter ``name`` read with :func:`our_int`; ``default`` when absent."""
    text = request.args.get(name)
    return default if text is None else our_int(text, name)


def failure(error: BaseException) -> str:
    """An error for the log without its message (which may quote a number or the words
    it failed on): its type and where it was raised, frame by frame."""
    frames = "".join(traceback.format_tb(error.__traceback__))
    return f"{type(error).__name__}\n{frames}".rstrip()
