"""The coded events for a practice's clinical system: CSV and a FHIR R4 Bundle.

One query (``coded_events``) feeds both formats, the ``export-codes`` command and
the console's export pages, so they always carry the same events with the same
figures. Both writers yield text in pieces as rows arrive from a server-side
cursor, so memory stays flat however many events there are (``bench/reports.py``).
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from assistant import clock
from assistant.imports.csvsafe import safe_row
from assistant.models import Child, CodedEvent, Practice

COLUMNS = ("nhs_number", "date_time", "snomed_code", "term", "free_text", "practice_ods_code")
NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number"
ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code"
SNOMED_SYSTEM = "http://snomed.info/sct"
# Stable resource ids: the same child or event gets the same id in every export,
# so a practice loading two exports can tell what it has already seen.
_NAMESPACE = uuid.UUID("6f1c1f5e-3b7a-4f0e-9a55-0c6b1f1d2a10")
_BATCH = 1000


@dataclass(frozen=True)
class Row:
    """One coded event as exported: the CSV's figures, plus ids for the FHIR resources."""

    event_id: int
    nhs_number: str
    date_time: str        # ISO 8601, local time with its UTC offset
    snomed_code: str
    term: str
    free_text: str
    practice_ods_code: str


def coded_events(practice_id: int | None = None, since: date | None = None,
                 *, by_child: bool = False) -> Select:
    """The query behind every export: coded events, optionally one practice's, since a date.

    A practice's export holds only its own children's events coded to it (a sibling
    registered elsewhere is the other practice's), decided here in the query.
    ``by_child`` orders each child's events together (the FHIR Bundle's order).
    """
    query = (select(CodedEvent.id, Child.nhs_number, CodedEvent.occurred_at,
                    CodedEvent.snomed_code, CodedEvent.term, CodedEvent.free_text,
                    Practice.ods_code)
             .join(Child, Child.id == CodedEvent.child_id)
             .join(Practice, Practice.id == CodedEvent.practice_id))
    if practice_id is not None:
        query = query.where(CodedEvent.practice_id == practice_id,
                            Child.practice_id == practice_id)
    if since is not None:
        start = clock.from_local(datetime.combine(since, datetime.min.time()))
        query = query.where(CodedEvent.occurred_at >= start)
    order = (Child.nhs_number,) if by_child else ()
    return query.order_by(*order, CodedEvent.occurred_at, CodedEvent.id)


def rows(session: Session, query: Select) -> Iterator[Row]:
    """The query's events as :class:`Row`, streamed in batches (a server-side cursor)."""
    result = session.execute(query.execution_options(yield_per=_BATCH))
    for event_id, nhs, at, code, term, free_text, ods in result:
        yield Row(event_id, nhs, clock.local(at).isoformat(timespec="seconds"), code, term,
                  free_text or "", ods)


def csv_chunks(events: Iterable[Row]) -> Iterator[str]:
    """The CSV export in pieces: the header, then the events in batches.

    Cells a spreadsheet would run as a formula are neutralised (``csvsafe``).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for n, row in enumerate(events, start=1):
        writer.writerow(safe_row([row.nhs_number, row.date_time, row.snomed_code, row.term,
                                  row.free_text, row.practice_ods_code]))
        if n % _BATCH == 0:
            yield _take(buffer)
    yield _take(buffer)


def _take(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def fhir_chunks(events: Iterable[Row], *, timestamp: datetime | None = None) -> Iterator[str]:
    """A FHIR R4 Bundle (type ``collection``) in pieces, written as the events arrive.

    ``events`` must come child by child (``coded_events(by_child=True)``): each
    child's Patient is written before its first Observation, so nothing is held
    but the child in hand. With no events the Bundle has no ``entry`` (FHIR JSON
    allows no empty arrays), and is still a valid Bundle.
    """
    stamp = clock.local(timestamp or clock.now()).isoformat(timespec="seconds")
    yield '{"resourceType":"Bundle","type":"collection","timestamp":' + json.dumps(stamp)
    current: str | None = None
    separator = ',"entry":['
    pieces: list[str] = []
    for row in events:
        if row.nhs_number != current:
            current = row.nhs_number
            pieces.append(separator + _entry(_patient(row.nhs_number)))
            separator = ","
        pieces.append(separator + _entry(_observation(row)))
        separator = ","
        if len(pieces) >= _BATCH:
            yield "".join(pieces)
            pieces.clear()
    pieces.append("]}" if current is not None else "}")
    yield "".join(pieces)


def _entry(resource: dict) -> str:
    return json.dumps({"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource},
                      ensure_ascii=False, separators=(",", ":"))


def _patient_id(nhs_number: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"patient/{nhs_number}"))


def _patient(nhs_number: str) -> dict:
    return {"resourceType": "Patient", "id": _patient_id(nhs_number),
            "identifier": [{"system": NHS_NUMBER_SYSTEM, "value": nhs_number}]}


def _observation(row: Row) -> dict:
    """One coded event as GP Connect carries an uncategorised coded entry."""
    observation = {
        "resourceType": "Observation",
        "id": str(uuid.uuid5(_NAMESPACE, f"coded-event/{row.event_id}")),
        "status": "final",
        "code": {"coding": [{"system": SNOMED_SYSTEM, "code": row.snomed_code,
                             "display": row.term}],
                 "text": row.term},
        "subject": {"reference": f"urn:uuid:{_patient_id(row.nhs_number)}",
                    "identifier": {"system": NHS_NUMBER_SYSTEM, "value": row.nhs_number}},
        "effectiveDateTime": row.date_time,
        "performer": [{"type": "Organization",
                       "identifier": {"system": ODS_SYSTEM, "value": row.practice_ods_code}}],
    }
    if row.free_text.strip():  # an Annotation needs text; an empty note is not allowed
        observation["note"] = [{"text": row.free_text}]
    return observation


def export(session: Session, fmt: str, practice_id: int | None = None,
           since: date | None = None) -> Iterator[str]:
    """The export in ``fmt`` (``csv`` or ``fhir``) as pieces of text, streamed."""
    if fmt == "fhir":
        return fhir_chunks(rows(session, coded_events(practice_id, since, by_child=True)))
    return csv_chunks(rows(session, coded_events(practice_id, since)))
