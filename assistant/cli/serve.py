"""``assistant run``, ``worker`` and ``tick``: serving and doing due work."""

from __future__ import annotations

import contextlib
import errno
import json
import socket

import click
from flask import current_app
from flask.cli import with_appcontext

from assistant import clock, worker


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
    if not as_json and not clock.in_send_window(clock.now()):
        click.echo(window_closed_note(), err=True)
    if done.get("failed_jobs"):
        raise SystemExit(1)


def window_closed_note() -> str:
    """When texts and calls may go next, for a tick run outside the send window."""
    opens = clock.local(clock.next_send_time(clock.now()))
    return (f"Texts and calls go out on working days {clock.WORKING_HOURS[0]:%H:%M}-"
            f"{clock.WORKING_HOURS[1]:%H:%M} ({current_app.config['TIMEZONE']}): the next send "
            f"window opens {opens:%A} {opens.day} {opens:%B at %H:%M}.")


@click.command("worker")
@with_appcontext
def worker_command() -> None:
    """Run the scheduler in the foreground (the Procfile's worker process)."""
    click.echo(f"Worker: doing due work every {worker.TICK_SECONDS} s. Ctrl+C stops.", err=True)
    _warm_up_readers()
    scheduler = worker.make_scheduler(current_app._get_current_object(), blocking=True)
    with contextlib.suppress(KeyboardInterrupt, SystemExit):
        scheduler.start()


@click.command("run")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@with_appcontext
def run(host: str, port: int) -> None:
    """Serve the web app and, unless SCHEDULER=off, run the scheduler in this process."""
    from werkzeug.serving import make_server

    app = current_app._get_current_object()
    try:
        # Bind first: only then is "Serving on" true (the port may be taken). Werkzeug
        # would bind too, but it prints its own words and exits 1.
        listener = _listen(host, port)
    except OSError as error:
        click.echo(port_problem(host, port, error), err=True)
        raise SystemExit(2) from None
    server = make_server(host, port, app, threaded=True, fd=listener.fileno())
    listener.close()  # make_server holds its own copy of the socket
    scheduler = None
    if app.config["SCHEDULER"] != "off":
        scheduler = worker.make_scheduler(app, blocking=False)
        scheduler.start()
    _warm_up_readers()
    click.echo(f"Serving on http://{host}:{server.port}/ (Ctrl+C stops).", err=True)
    try:
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    finally:
        server.server_close()
        if scheduler is not None:
            scheduler.shutdown(wait=False)


def _warm_up_readers() -> None:
    """The reply readers made ready in the background (``labels_cosign.warm_up``)."""
    from assistant.scripts.labels_cosign import warm_up_in_background

    warm_up_in_background()


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(128)
    except OSError:
        listener.close()
        raise
    return listener


def port_problem(host: str, port: int, error: OSError) -> str:
    """A sentence a person can act on when the server cannot listen on ``host:port``."""
    if error.errno == errno.EADDRINUSE:
        return (f"Could not serve on http://{host}:{port}/: port {port} is already in use "
                f"(another `assistant run`?). Stop that, or choose another port: "
                f"assistant run --port {port + 1}")
    return (f"Could not serve on http://{host}:{port}/ ({error.strerror or error}). "
            f"Choose another address or port with --host and --port.")


COMMANDS = [tick, worker_command, run]
