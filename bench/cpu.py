"""CPU accounting for the benchmarks: seconds of CPU per process, read from /proc.

On a small machine the worker, the fake provider and PostgreSQL share the
cores, so a rate alone does not say what limits it. These helpers read each
process's user+system time from ``/proc/<pid>/stat`` (Linux), the machine's busy
time from ``/proc/stat``, and sample PostgreSQL's server processes while a run
goes on (a backend's time must be read before its connection closes, when the
process goes away). Where ``/proc`` cannot be read (PostgreSQL on another host)
the figures are None and printed as "n/a".
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

from sqlalchemy import create_engine, text

TICKS = os.sysconf("SC_CLK_TCK")


def process_cpu(pid: int) -> float | None:
    """CPU seconds (user + system) ``pid`` has used so far; None if it cannot be read."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # After the command name: state is field 3, utime 14 and stime 15 (man 5 proc).
    return (int(fields[11]) + int(fields[12])) / TICKS


def machine_busy() -> float | None:
    """CPU seconds every core of the machine has spent busy since boot."""
    try:
        with open("/proc/stat") as stat:
            values = [int(v) for v in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return (sum(values[:8]) - idle) / TICKS


@dataclass
class PostgresCPU:
    """CPU of PostgreSQL's processes during a run, sampled every ``interval`` seconds.

    ``backends``: the server processes of connections to ``database`` (the work
    done for us). ``background``: the server's own processes (WAL writer,
    checkpointer, ...), which also work for anyone else using the server.
    """

    admin_url: str
    database: str
    interval: float = 0.05

    def __post_init__(self) -> None:
        self._seen: dict[int, tuple[float, float]] = {}  # pid -> (first, last) reading
        self._background: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample_until_stopped, daemon=True)
        self._first = True
        self._ready = threading.Event()  # the first sample is taken
        self.readable = False  # until one server process's time has been read

    def __enter__(self) -> PostgresCPU:
        self._thread.start()
        self._ready.wait(timeout=10)  # so a run never starts before the sampling does
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample_until_stopped(self) -> None:
        # Autocommit: PostgreSQL keeps one snapshot of pg_stat_activity per transaction.
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                while True:
                    self._sample(connection)
                    self._first = False
                    self._ready.set()
                    if self._stop.wait(self.interval):
                        self._sample(connection)
                        break
        finally:
            self._ready.set()
            engine.dispose()

    def _sample(self, connection) -> None:
        rows = connection.execute(text(
            "SELECT pid, datname, backend_type FROM pg_stat_activity "
            "WHERE pid <> pg_backend_pid() AND (datname = :db OR datname IS NULL)"),
            {"db": self.database}).all()
        for pid, datname, _kind in rows:
            cpu = process_cpu(pid)
            if cpu is None:  # gone since the query, or not on this machine
                continue
            self.readable = True
            if datname is None:
                self._background.add(pid)
            # A backend that starts during the run counts from zero; one already
            # running (or a background process) from the first reading.
            first = self._seen.get(pid, (cpu if self._first or datname is None else 0.0,))[0]
            self._seen[pid] = (first, cpu)

    @property
    def backends(self) -> float | None:
        if not self.readable:
            return None
        return sum(last - first for pid, (first, last) in self._seen.items()
                   if pid not in self._background)

    @property
    def background(self) -> float | None:
        if not self.readable:
            return None
        return sum(last - first for pid, (first, last) in self._seen.items()
                   if pid in self._background)
