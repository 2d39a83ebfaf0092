"""Benchmark: import a synthetic 100,000-child cohort into SQLite and PostgreSQL.

    .venv/bin/python bench/import_cohort.py [--sizes 20000,100000] [--postgres URL]

Each import runs in a child process on a fresh database (a new SQLite file; a
new ``bench_import_<random>`` PostgreSQL database, dropped afterwards) and
reports its wall time, its own CPU time (steadier when the machine is busy),
and peak memory (``ru_maxrss`` of that process). The
20,000-row run shows memory does not grow with file size. A second import of
the same file (everything unchanged) is timed too. Target: < 60 s, < 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic_cohort

POSTGRES = os.environ.get("BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TARGET_SECONDS, TARGET_MB = 60, 500


def child(url: str, practices: str, cohort: str) -> None:
    """In a child process: schema, practices, then the timed cohort import (twice)."""
    from assistant import create_app
    from assistant.db import db
    from assistant.imports import import_cohort, import_practices
    from assistant.models import Base

    with tempfile.TemporaryDirectory() as instance:
        app = create_app({"DATABASE_URL": url, "INSTANCE_PATH": instance, "SECRET_KEY": "bench"})
        with app.app_context():
            Base.metadata.create_all(db.engine)
            import_practices(practices)
            started, cpu = time.perf_counter(), _cpu()
            first = import_cohort(cohort)
            seconds, cpu = time.perf_counter() - started, _cpu() - cpu
            started, again_cpu = time.perf_counter(), _cpu()
            again = import_cohort(cohort)
            again_seconds, again_cpu = time.perf_counter() - started, _cpu() - again_cpu
            db.engine.dispose()
    print(json.dumps({
        "seconds": seconds, "cpu_seconds": cpu,
        "again_seconds": again_seconds, "again_cpu": again_cpu,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "imported": first.imported, "rejected": len(first.rejected),
        "unchanged_again": again.unchanged,
    }))


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_child(url: str, practices: Path, cohort: Path) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--child", url, str(practices), str(cohort)],
        check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def on_postgres(admin_url: str, practices: Path, cohort: Path) -> dict:
    name = f"bench_import_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        return run_child(url, practices, cohort)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,100000")
    parser.add_argument("--postgres", default=POSTGRES)
    parser.add_argument("--child", nargs=3, metavar=("URL", "PRACTICES", "COHORT"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        synthetic_cohort.write_practices(work / "practices.csv")
        print(f"{'rows':>8} {'backend':<11} {'seconds':>8} {'cpu s':>6} {'rows/s':>7} "
              f"{'peak MB':>8} {'again s':>8} {'cpu s':>6}  result")
        for size in (int(s) for s in args.sizes.split(",")):
            cohort = work / f"cohort-{size}.csv"
            synthetic_cohort.write_cohort(cohort, size, date.today())
            for backend in ("sqlite", "postgresql"):
                if backend == "sqlite":
                    figures = run_child(f"sqlite:///{work / f'bench-{size}.sqlite3'}",
                                        work / "practices.csv", cohort)
                else:
                    figures = on_postgres(args.postgres, work / "practices.csv", cohort)
                ok = figures["seconds"] < TARGET_SECONDS and figures["peak_mb"] < TARGET_MB
                print(f"{size:>8} {backend:<11} {figures['seconds']:>8.1f} "
                      f"{figures['cpu_seconds']:>6.1f} "
                      f"{size / figures['seconds']:>7.0f} {figures['peak_mb']:>8.0f} "
                      f"{figures['again_seconds']:>8.1f} {figures['again_cpu']:>6.1f}  "
                      f"imported {figures['imported']}, "
                      f"rejected {figures['rejected']}, unchanged on re-import "
                      f"{figures['unchanged_again']} {'OK' if ok else 'OVER TARGET'}",
                      flush=True)


if __name__ == "__main__":
    main()
