"""``assistant classify``: label replies streamed as JSON lines on stdin.

Each input line is ``{"id": ..., "text": "..."}``; each output line is
``{"id": ..., "label": "...", "confidence": 0.0-1.0}``, one per input line and
in the same order, written as soon as the line is read so the command can sit
in a pipe. A line that cannot be read (not JSON, not an object, no text)
gets ``label`` "unclear", ``confidence`` 0.0 and an ``error`` naming the
problem; the command carries on and exits 1 at the end. ``--explain`` adds
the guessed ``language`` and the ``reasons``. Replies are read by the rules and
the model, co-signed (``scripts.labels_cosign``), as the assistant reads them.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click


class BadLine(ValueError):
    """An input line that is not a reply the labeller can read."""

    def __init__(self, message: str, reply_id: Any = None) -> None:
        super().__init__(message)
        self.reply_id = reply_id


def _parse(raw: bytes) -> tuple[Any, str]:
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadLine("the line is not UTF-8 text") from error
    if not line.strip():
        raise BadLine("the line is empty")
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise BadLine(f"the line is not JSON ({error.msg})") from error
    if not isinstance(data, dict):
        raise BadLine('the line is not a JSON object with "id" and "text"')
    reply_id = data.get("id")
    if "id" not in data:
        raise BadLine('the line has no "id"')
    if isinstance(reply_id, dict | list):
        raise BadLine('"id" must be a string or a number', None)
    if "text" not in data:
        raise BadLine('the line has no "text"', reply_id)
    if not isinstance(data["text"], str):
        raise BadLine('"text" must be a string', reply_id)
    return reply_id, data["text"]


def label_line(raw: bytes, explain: bool = False) -> tuple[dict[str, Any], bool]:
    """The output object for one input line, and whether the line was good."""
    # Here, not at the top: the readers (their patterns and the model) load only when a
    # line is read, so other commands start without them.
    from assistant.scripts.labels import Label
    from assistant.scripts.labels_cosign import read_reply

    try:
        reply_id, text = _parse(raw)
    except BadLine as error:
        return {"id": error.reply_id, "label": Label.UNCLEAR.value, "confidence": 0.0,
                "error": str(error)}, False
    result = read_reply(text)
    out: dict[str, Any] = {"id": reply_id, "label": result.label.value,
                           "confidence": result.confidence}
    if explain:
        out["language"] = result.language
        out["reasons"] = list(result.reasons)
    return out, True


@click.command("classify")
@click.option("--explain", is_flag=True, help="Add the guessed language and the reasons.")
def classify_command(explain: bool) -> None:
    """Label replies: JSON lines {"id", "text"} on stdin, {"id", "label", "confidence"} out."""
    # Bytes, not text, so that a line that is not UTF-8 is one bad line, not a crash.
    stdin = sys.stdin.buffer
    bad = 0
    for number, raw in enumerate(stdin, start=1):
        out, good = label_line(raw.rstrip(b"\r\n"), explain)
        if not good:
            bad += 1
            click.echo(f"line {number}: {out['error']}", err=True)
        click.echo(json.dumps(out))
    if bad:
        click.echo(f"{bad} line(s) could not be read", err=True)
        sys.exit(1)


COMMANDS = [classify_command]
