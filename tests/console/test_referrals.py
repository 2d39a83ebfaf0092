"""A practice's list of hesitant children, uploaded to the queue (interfaces §6)."""

from __future__ import annotations

import codecs
import io

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from assistant.console import referrals
from assistant.db import db
from assistant.models import AuditEvent, CodedEvent, Household, HouseholdStatus, Role
from assistant.records.codes import Event
from tests import factories
from tests.forms import page_token

REFERRED = Event.REFERRED.code.snomed_code
UNKNOWN_CHILD = "9998907861"    # passes Modulus 11; nobody in the cohort has it
BAD_CHECK_DIGIT = "9994821998"


@pytest.fixture
def world(app):
    a = factories.practice("A80001", name="Alder Practice")
    b = factories.practice("B80002", name="Birch Practice")
    alder = factories.household(a, family_name="Alder", mobile="+447700900401", children=2)
    birch = factories.household(b, family_name="Birch", mobile="+447700900402")
    split = factories.household(a, family_name="Split", mobile="+447700900403")
    sol = factories.child(split, given_name="Solomon", practice_id=b.id)
    refused = factories.household(a, family_name="Done", mobile="+447700900404",
                                  status=HouseholdStatus.REFUSED)
    factories.user()
    factories.user("a@example.nhs.uk", role=Role.PRACTICE, practice_obj=a)
    db.session.commit()
    return {"alder": alder.id, "birch": birch.id, "split": split.id,
            "ava": alder.children[0].nhs_number, "ben": alder.children[1].nhs_number,
            "bruno": birch.children[0].nhs_number, "sara": split.children[0].nhs_number,
            "sol": sol.nhs_number, "sol_id": sol.id, "refused": refused.children[0].nhs_number}


def csv_bytes(rows: list[tuple[str, str, str]], *, encoding: str = "utf-8",
              bom: bool = False) -> bytes:
    text = "nhs_number,practice_ods_code,note\r\n" + "".join(
        f'{n},{p},"{note}"\r\n' for n, p, note in rows)
    return (codecs.BOM_UTF8 if bom else b"") + text.encode(encoding)


def upload(client, data: bytes, name: str = "hesitant.csv", *, token: str | None = None):
    token = token or page_token(client, "/coordinator/")
    return client.post("/coordinator/referrals", content_type="multipart/form-data",
                       data={"csrf_token": token, "file": (io.BytesIO(data), name, "text/csv")})


def codes(nhs_number: str | None = None) -> int:
    query = select(func.count()).select_from(CodedEvent).where(CodedEvent.snomed_code == REFERRED)
    if nhs_number:
        from assistant.models import Child

        query = query.join(Child, Child.id == CodedEvent.child_id).where(
            Child.nhs_number == nhs_number)
    return db.session.scalar(query)


def status(household_id: int) -> HouseholdStatus:
    db.session.expire_all()
    return db.session.get(Household, household_id).status


def test_good_rows_go_to_the_queue_and_bad_rows_are_reported_by_line(client, world):
    factories.login(client)
    rows = [(world["ava"], "A80001", "Mum worried about MMR and autism"),
            (UNKNOWN_CHILD, "A80001", ""),
            (BAD_CHECK_DIGIT, "A80001", ""),
            (world["bruno"], "Z99999", ""),
            (world["bruno"], "A80001", "wrong practice"),
            (world["ava"], "A80001", "again"),
            (world["sara"], "A80001", "<script>alert(1)</script>"),
            (world["refused"], "A80001", "")]
    response = upload(client, csv_bytes(rows))
    assert response.status_code == 303
    assert "/coordinator/referrals?report=" in response.headers["Location"]
    report = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Imported 2, updated 0, unchanged 0, rejected 6" in report
    for line, words in ((3, "no child with this nhs_number is in the cohort"),
                        (4, "nhs_number fails the Modulus 11 check"),
                        (5, "practice Z99999 is not known"),
                        (6, "the child is registered at B80002, not at A80001"),
                        (7, "the same nhs_number is already on line 2"),
                        (9, "not referred: the family has already been exception reported")):
        assert f"line {line}: rejected: {words}" in report
    assert UNKNOWN_CHILD not in report and world["bruno"] not in report
    assert status(world["alder"]) is HouseholdStatus.WITH_COORDINATOR
    assert status(world["split"]) is HouseholdStatus.WITH_COORDINATOR
    assert status(world["birch"]) is HouseholdStatus.ACTIVE
    # H121: the listed child is coded, at its own practice; not its unlisted siblings.
    assert (codes(world["ava"]), codes(world["ben"]), codes(world["sara"]),
            codes(world["sol"]), codes(world["bruno"])) == (1, 0, 1, 0, 0)
    coded = db.session.scalars(select(CodedEvent).where(CodedEvent.snomed_code == REFERRED)
                               .order_by(CodedEvent.id)).all()
    assert coded[0].evidence == "Mum worried about MMR and autism"
    queue = client.get("/coordinator/?reason=hesitant").get_data(as_text=True)
    assert "Alder family" in queue and "Split family" in queue
    assert "on the practice&#39;s list of hesitant children (A80001)" in queue
    assert "<script>alert(1)" not in queue


def test_the_same_file_twice_changes_nothing_the_second_time(client, world):
    factories.login(client)
    data = csv_bytes([(world["ava"], "A80001", "worried"), (world["ben"], "A80001", "")])
    assert upload(client, data).status_code == 303
    db.session.expire_all()
    changed_at = db.session.get(Household, world["alder"]).status_changed_at
    audits = db.session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.household_id == world["alder"]))
    second = upload(client, data)
    assert second.status_code == 303
    report = client.get(second.headers["Location"]).get_data(as_text=True)
    assert "Imported 0, updated 0, unchanged 2, rejected 0" in report
    assert codes() == 2
    db.session.expire_all()
    assert db.session.get(Household, world["alder"]).status_changed_at == changed_at
    assert db.session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.household_id == world["alder"])) == audits


@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", True), ("cp1252", False)])
def test_bom_and_windows_1252_files(client, world, encoding, bom):
    factories.login(client)
    note = "Père inquiet – café talk"
    response = upload(client, csv_bytes([(world["ava"], "a80001", note)], encoding=encoding,
                                        bom=bom))
    assert response.status_code == 303
    assert db.session.scalars(select(CodedEvent.evidence)).one() == note


def test_a_file_that_is_not_a_csv_is_refused_and_nothing_changes(client, world):
    factories.login(client)
    response = upload(client, b"%PDF-1.4 ...", name="list.pdf")
    assert response.status_code == 400
    assert "The file must be a CSV file" in response.get_data(as_text=True)
    response = upload(client, b"\x00\x01\x02binary\x00", name="list.csv")
    assert response.status_code == 400
    assert "the file is not text" in response.get_data(as_text=True)
    response = upload(client, b"name,dob\r\nAva,2023-01-01\r\n")
    assert response.status_code == 400
    assert "does not look like a referral CSV file" in response.get_data(as_text=True)
    assert codes() == 0 and status(world["alder"]) is HouseholdStatus.ACTIVE


def test_a_50_mb_upload_is_refused_before_it_is_read(client, world):
    factories.login(client)
    big = csv_bytes([(world["ava"], "A80001", "x")]) + b"," * (50 * 1024 * 1024)
    response = upload(client, big)
    assert response.status_code == 413
    assert "That file is too large" in response.get_data(as_text=True)
    assert codes() == 0


def test_a_post_without_its_token_is_refused_and_changes_nothing(client, world):
    factories.login(client)
    response = client.post("/coordinator/referrals", content_type="multipart/form-data",
                           data={"file": (io.BytesIO(csv_bytes([(world["ava"], "A80001", "")])),
                                          "list.csv", "text/csv")})
    assert response.status_code == 400
    assert codes() == 0 and status(world["alder"]) is HouseholdStatus.ACTIVE


def test_a_failure_part_way_changes_nothing(client, world, monkeypatch):
    """The whole file is one transaction: the first household referred is undone too."""
    calls = []
    real = referrals.refer

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OperationalError("UPDATE", {}, Exception("the disk is full"))
        return real(*args, **kwargs)

    monkeypatch.setattr(referrals, "refer", failing)
    factories.login(client)
    response = upload(client, csv_bytes([(world["ava"], "A80001", ""),
                                         (world["bruno"], "B80002", "")]))
    assert response.status_code == 400
    assert "Nothing was imported" in response.get_data(as_text=True)
    assert len(calls) == 2 and codes() == 0
    assert status(world["alder"]) is HouseholdStatus.ACTIVE


def test_a_practice_user_cannot_upload_or_read_a_report(client, world):
    factories.login(client)
    location = upload(client, csv_bytes([(world["ava"], "A80001", "")])).headers["Location"]
    factories.login(client, "a@example.nhs.uk")
    token = page_token(client, "/coordinator/")
    assert upload(client, csv_bytes([(world["ben"], "A80001", "")]),
                  token=token).status_code == 404
    assert client.get(location).status_code == 404
    assert client.get("/coordinator/referrals").status_code == 404
    assert codes(world["ben"]) == 0
    factories.login(client)
    assert client.get("/coordinator/referrals").headers["Location"].endswith(
        "/coordinator/#referrals")
    assert client.get("/coordinator/referrals?report=99999").status_code == 404


def test_the_same_file_uploaded_five_times_at_once_codes_each_child_once(pg_app):
    """PostgreSQL: the households are locked while referred, so the uploads that wait
    find the children already referred (unchanged), never coded twice."""
    import threading

    from assistant import clock
    from assistant.models import User

    practice = factories.practice("A80001")
    home = factories.household(practice, family_name="Alder", children=2)
    coordinator = factories.user()
    db.session.commit()
    data = csv_bytes([(c.nhs_number, "A80001", "worried") for c in home.children])
    barrier, errors, reports = threading.Barrier(5), [], []

    def upload_once() -> None:
        try:
            with pg_app.app_context():
                user = db.session.get(User, coordinator.id)
                db.session.commit()
                barrier.wait()
                report_id = referrals.import_referrals(io.BytesIO(data), user, clock.now())
                reports.append(db.session.get(AuditEvent, report_id).detail)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=upload_once) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted((r["imported"], r["unchanged"]) for r in reports) == [(0, 2)] * 4 + [(2, 0)]
    assert codes() == 2
