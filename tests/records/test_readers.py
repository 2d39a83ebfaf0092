"""Each reply keeps what both readers said, and the counts of who was overruled."""

from __future__ import annotations

import uuid

from assistant.conversation.replies import handle_inbound_text
from assistant.db import db
from assistant.models import Direction, Message
from assistant.records.readers import reader_counts, reader_status
from assistant.scripts import labels_model
from tests import factories


def reply(household, body: str) -> Message:
    message = Message(household_id=household.id, direction=Direction.INBOUND, channel="sms",
                      provider_sid="SM" + uuid.uuid4().hex, from_number="+447700900001",
                      to_number="+447700900000", body=body)
    db.session.add(message)
    db.session.commit()
    handle_inbound_text(db.session, message)
    db.session.refresh(message)
    return message


def recorded(label: str, rules: str | None, model: str | None) -> None:
    db.session.add(Message(direction=Direction.INBOUND, channel="sms", body="",
                           label=label, rules_label=rules, model_label=model))


def test_a_reply_keeps_the_label_acted_on_and_each_readers_label(app):
    message = reply(factories.household(), "Yes please, book him in")
    assert (message.label, message.rules_label, message.model_label) == ("agree",) * 3


def test_a_reply_the_readers_disagree_on_goes_to_a_person_with_both_labels_kept(app, monkeypatch):
    monkeypatch.setattr(labels_model, "read",
                        lambda text: labels_model.ModelReading(labels_model.Label.HESITANT, 0.9))
    message = reply(factories.household(), "Yes please, book him in")
    assert (message.label, message.rules_label, message.model_label) == (
        "hesitant", "agree", "hesitant")
    assert reader_counts(db.session)["rules_overruled"] == 1


def test_counts_of_replies_read_agreed_and_overruled(app):
    recorded("agree", "agree", "agree")
    recorded("hesitant", "agree", "hesitant")      # the rules overruled
    recorded("hesitant", "hesitant", "refused")    # the model overruled
    recorded("moved_away", "hesitant", "moved_away")
    recorded("refused", "refused", None)           # the rules alone
    recorded("unclear", None, None)                # a key press: no reader
    db.session.add(Message(direction=Direction.OUTBOUND, channel="sms", body="",
                           label="agree", rules_label="agree", model_label="refused"))
    db.session.commit()
    assert reader_counts(db.session) == {"read": 5, "model_unavailable": 1,
                                         "readers_agreed": 1, "rules_overruled": 2,
                                         "model_overruled": 1}


def test_the_console_can_ask_whether_the_model_reader_is_in_use(monkeypatch):
    assert reader_status() == labels_model.reader_status()
    down = labels_model.ReaderStatus(False, "model reader unavailable, rules alone label replies")
    monkeypatch.setattr(labels_model, "reader_status", lambda: down)
    assert reader_status() is down
