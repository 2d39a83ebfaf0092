"""How often each reader of parents' replies was overruled (``scripts.labels_cosign``).

Each labelled inbound message keeps the label acted on (``label``) and what each
reader said (``rules_label``, ``model_label``). A reader is *overruled* on a reply
when the label acted on is not its own: mostly a reply one reader called
``agree`` or ``refused`` that went to a person because the other did not.
"""

from __future__ import annotations

from sqlalchemy import and_, case, func, select
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


def reader_counts(session: Session) -> dict[str, int]:
    """Replies read by both readers (or by the rules alone) and how often each was overruled.

    Keys: ``read`` (replies the rules read), ``model_unavailable`` (read by the rules
    alone), ``readers_agreed``, ``rules_overruled``, ``model_overruled``.
    """
    has_model = Message.model_label.is_not(None)
    row = session.execute(
        select(
            func.count(),
            func.count(case((Message.model_label.is_(None), 1))),
            func.count(case((and_(has_model, Message.model_label == Message.rules_label), 1))),
            func.count(case((and_(has_model, Message.rules_label != Message.label), 1))),
            func.count(case((and_(has_model, Message.model_label != Message.label), 1))),
        ).where(Message.direction == Direction.INBOUND, Message.rules_label.is_not(None))
    ).one()
    keys = ("read", "model_unavailable", "readers_agreed", "rules_overruled", "model_overruled")
    return dict(zip(keys, (int(n) for n in row), strict=True))
