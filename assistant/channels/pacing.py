"""Pacing sends to the provider's limits: a token bucket per process.

``SMS_PER_SECOND`` and ``CALLS_PER_SECOND`` (0 = no limit). Threads of one
worker share a bucket; each worker process has its own, so with several worker
processes set the rates per process. Waiting happens in the worker that sends,
never in a web request.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class RateLimiter:
    """At most ``rate`` acquisitions per second on average, bursts of up to ``burst``."""

    def __init__(self, rate: float, burst: float | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.rate = float(rate)
        self.burst = float(burst if burst is not None else max(1.0, self.rate))
        self._monotonic = monotonic
        self._sleep = sleep
        self._tokens = self.burst
        self._last = monotonic()
        self._lock = threading.Lock()

    def acquire(self) -> float:
        """Take one token, sleeping until there is one; returns the seconds waited."""
        if self.rate <= 0:
            return 0.0
        with self._lock:
            now = self._monotonic()
            self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
            self._last = now
            # Reserve the token now (the count may go below zero) so that threads
            # queue up in order instead of all waking at once.
            self._tokens -= 1.0
            wait = 0.0 if self._tokens >= 0 else -self._tokens / self.rate
        if wait > 0:
            self._sleep(wait)
        return wait


# No limit: one shared bucket that never waits (and takes no lock).
UNLIMITED = RateLimiter(0)
_limiters: dict[tuple[str, float], RateLimiter] = {}
_registry_lock = threading.Lock()


def limiter(name: str, rate: float) -> RateLimiter:
    """The process's limiter for ``name`` (a ``Means``: SMS, CALL) at ``rate`` per second
    (:data:`UNLIMITED` for a rate of 0 or less)."""
    if rate <= 0:
        return UNLIMITED
    key = (name, float(rate))
    found = _limiters.get(key)  # a plain read is safe; only creating one needs the lock
    if found is not None:
        return found
    with _registry_lock:
        return _limiters.setdefault(key, RateLimiter(rate))
