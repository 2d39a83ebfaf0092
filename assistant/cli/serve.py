"""``assistant run``, ``worker`` and ``tick``: serving and doing due work."""

from __future__ import annotations

import contextlib
import json

import click
from flask import current_app
from flask.cli import with_appcontext

from assistant import worker


@click.command("tick")
@click.option("--json", "as_json", is_flag=True, help="Print what was done as JSON.")
@with_appcontext
def tick(as_json: bool) -> None:
    """Do all work due now, once, and print what was done."""
    done = worker.run_due_work()
    if as_json:
        click.echo(json.dumps(done, sort_keys=True))
    elif any(done.values()):
        for what, count in sorted(done.items()):
            click.echo(f"{what}: {count}")
    else:
        click.echo("Nothing was due.", err=True)
    if done.get("failed_jobs"):
        raise SystemExit(1)


@click.command("worker")
@with_appcontext
def worker_command() -> None:
    """Run the scheduler in the foreground (the Procfile's worker process)."""
    click.echo(f"Worker: doing due work every {worker.TICK_SECONDS} s. Ctrl+C stops.", err=True)
    scheduler = worker.make_scheduler(current_app._get_current_object(), blocking=True)
    with contextlib.suppress(KeyboardInterrupt, SystemExit):
        scheduler.start()


@click.command("run")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@with_appcontext
def run(host: str, port: int) -> None:
    """Serve the web app and, unless SCHEDULER=off, run the scheduler in this process."""
    from werkzeug.serving import run_simple

    app = current_app._get_current_object()
    scheduler = None
    if app.config["SCHEDULER"] != "off":
        scheduler = worker.make_scheduler(app, blocking=False)
        scheduler.start()
    click.echo(f"Serving on http://{host}:{port}/ (Ctrl+C stops).", err=True)
    try:
        run_simple(host, port, app, threaded=True, use_reloader=False)
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)


COMMANDS = [tick, worker_command, run]
