"""How often each reader of parents' replies was overruled (``scripts.labels_cosign``).

Each labelled inbound message keeps the label acted on (``label``) and what each
reader said (``rules_label``, ``model_label``). A reader is *overruled* on a reply
when the label acted on is not its own: mostly a reply one reader called
``agree`` or ``refused`` that went to a person because the other did not.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from assistant.models import Direction, Message
from assistant.scripts import labels_model
from assistant.scripts.labels_model import ReaderStatus


def reader_status() -> ReaderStatus:
    """Whether the model reader is in use or the rules alone label replies, for the console.

    ``available`` is False (with a sentence in ``detail``) when the model could not load;
    the first call loads it if no reply has yet.
    """
    return labels_model.reader_status()


def rules_alone(session: Session) -> str | None:
    """Why replies are being read by the rules alone now, or None when both readers are.

    Two places can tell, and either is enough: this process's model reader
    (``reader_status``; with ``REPLIES=inline`` the web process reads replies itself),
    and the latest reply the rules read (with ``REPLIES=queued`` the worker reads them):
    no model label on it means the model was unavailable where it was read.
    """
    status = reader_status()
    if not status.available:
        return status.detail
    latest = session.execute(select(Message.model_label).where(read_by_the_rules())
                             .order_by(Message.id.desc()).limit(1)).first()
    if latest is not None and latest.model_label is None:
        return ("the latest reply was read by the rules alone: the worker's model reader "
                "is unavailable (its log says why)")
    return None


def reader_counts(session: Session) -> dict[str, int]:
    """Replies read by both readers (or by the rules alone) and how often each was overruled.

    Keys: ``read`` (replies the rules read), ``model_unavailable`` (read by the rules
    alone), ``readers_agreed``, ``rules_overruled``, ``model_overruled``.
    """
    # The report's counts over the same replies: both readers read a reply (the rules'
    # label is never None here) and agreed unless their labels differed.
    read, alone, differed, rules_overruled, model_overruled = (
        int(n) for n in session.execute(select(*report_columns())
                                        .where(read_by_the_rules())).one())
    return {"read": read, "model_unavailable": alone,
            "readers_agreed": read - alone - differed,
            "rules_overruled": rules_overruled, "model_overruled": model_overruled}


# The report's "Reply readers" figures (``reports.report``: COUNTS["readers"]), in replies.
REPORT_KEYS = ("read", "rules_alone", "readers_differed", "rules_overruled", "model_overruled")


def read_by_the_rules() -> ColumnElement[bool]:
    """An inbound message the rules read (a key press, read by neither, is left out)."""
    return and_(Message.direction == Direction.INBOUND, Message.rules_label.is_not(None))


def report_columns() -> list[Any]:
    """The counts of ``REPORT_KEYS`` over the messages a query selects, in that order.

    Over replies the rules read (``read_by_the_rules``):

    - ``read``: replies read;
    - ``rules_alone``: read by the rules alone, because the model reader was
      unavailable (no model label);
    - ``readers_differed``: replies both readers read whose two labels differ;
    - ``rules_overruled``: replies both read where the label acted on is not the
      rules' own (the model's stood, or the reply went to a person as ``hesitant``);
    - ``model_overruled``: the same for the model's label.

    A reply whose readers differed overrules at least one of them; both are overruled
    when both said ``agree`` or ``refused`` but the model was not sure enough, or when
    the readers' different labels sent the reply to a person.
    """
    both = Message.model_label.is_not(None)
    return [
        func.count(),
        func.count(case((Message.model_label.is_(None), 1))),
        func.count(case((and_(both, Message.model_label != Message.rules_label), 1))),
        func.count(case((and_(both, Message.rules_label != Message.label), 1))),
        func.count(case((and_(both, Message.model_label != Message.label), 1))),
    ]
