"""Pacing to the provider's limits: a token bucket per process."""

from __future__ import annotations

import threading

from assistant.channels.pacing import RateLimiter, limiter


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.lock = threading.Lock()

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds


def test_ten_a_second_sends_a_burst_of_ten_then_one_every_tenth_of_a_second():
    t = FakeTime()
    bucket = RateLimiter(10, monotonic=t.monotonic, sleep=t.sleep)
    waits = [bucket.acquire() for _ in range(30)]
    assert waits[:10] == [0.0] * 10
    assert all(w > 0 for w in waits[10:])
    assert abs(t.now - 2.0) < 1e-9  # 20 beyond the burst at 10 a second


def test_a_rate_of_zero_means_no_limit():
    t = FakeTime()
    bucket = RateLimiter(0, monotonic=t.monotonic, sleep=t.sleep)
    assert all(bucket.acquire() == 0.0 for _ in range(1000))
    assert t.now == 0.0


def test_threads_share_one_bucket_and_together_keep_to_the_rate():
    t = FakeTime()
    bucket = RateLimiter(5, monotonic=t.monotonic, sleep=t.sleep)
    threads = [threading.Thread(target=lambda: [bucket.acquire() for _ in range(10)])
               for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # 40 sends at 5 a second with a burst of 5: 35 had to wait 0.2 s each.
    assert abs(t.now - 7.0) < 1e-6


def test_the_process_keeps_one_limiter_per_kind_and_rate():
    assert limiter("sms", 10) is limiter("sms", 10)
    assert limiter("sms", 10) is not limiter("call", 10)
