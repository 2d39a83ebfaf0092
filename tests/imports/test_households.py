"""Siblings form one household: by carer phone, or by address and family name (pathway §1)."""

from __future__ import annotations

from sqlalchemy import select

from assistant.db import db
from assistant.imports import result as import_result
from assistant.models import Child, Household, Phone
from tests.imports.conftest import child_row, run_import, write_csv

AVA = {"nhs_number": "9994821997", "given_name": "Ava"}
BEN = {"nhs_number": "9991948759", "given_name": "Ben"}
CARA = {"nhs_number": "9991147101", "given_name": "Cara"}


def _import(runner, tmp_path, *rows, name="cohort.csv"):
    return run_import(runner, "import-cohort", write_csv(tmp_path / name, list(rows)))


def _households() -> list[list[str]]:
    """Each household's children's first names, sorted."""
    db.session.expire_all()
    return sorted(sorted(c.given_name for c in h.children)
                  for h in db.session.scalars(select(Household)))


def test_siblings_sharing_a_carer_mobile_are_one_household(runner, practices, tmp_path):
    code, report = _import(
        runner, tmp_path, child_row(**AVA),
        child_row(**BEN, address_line_1="12 Other Street", postcode="L8 1AA"),
        child_row(**CARA, mobile="07700 900099", address_line_1="1 Elm Road",
                  postcode="L9 1AA"))
    assert code == 0, report
    assert _households() == [["Ava", "Ben"], ["Cara"]]
    assert len(db.session.scalars(select(Phone)).all()) == 2  # one row per number


def test_siblings_at_one_address_with_one_family_name_are_one_household(
        runner, practices, tmp_path):
    _import(runner, tmp_path,
            child_row(**AVA, mobile=""),
            child_row(**BEN, mobile="", address_line_1="343, LODGE LN", postcode="l78yp"),
            child_row(**CARA, mobile="", family_name="Khan"))
    assert _households() == [["Ava", "Ben"], ["Cara"]]  # same address, other family: two


def test_a_step_sibling_sharing_the_phone_joins_whatever_the_family_name(
        runner, practices, tmp_path):
    _import(runner, tmp_path, child_row(**AVA), child_row(**BEN, family_name="Khan"))
    assert _households() == [["Ava", "Ben"]]


def test_a_landline_shared_by_siblings_groups_them_too(runner, practices, tmp_path):
    _import(runner, tmp_path,
            child_row(**AVA, mobile="", landline="0151 496 0500", address_line_1="", postcode=""),
            child_row(**BEN, mobile="", landline="01514960500", address_line_1="", postcode=""))
    assert _households() == [["Ava", "Ben"]]


def test_a_sibling_in_a_later_import_joins_the_existing_household_by_phone(
        runner, practices, tmp_path):
    _import(runner, tmp_path, child_row(**AVA))
    _code, report = _import(runner, tmp_path, child_row(**BEN, address_line_1="", postcode=""),
                           name="second.csv")
    assert report["imported"] == 1
    assert _households() == [["Ava", "Ben"]]


def test_a_sibling_in_a_later_import_joins_by_address_and_family_name(
        runner, practices, tmp_path):
    _import(runner, tmp_path, child_row(**AVA))
    _import(runner, tmp_path, child_row(**BEN, mobile=""), name="second.csv")
    assert _households() == [["Ava", "Ben"]]


def test_a_sibling_already_in_the_cohort_is_never_a_second_household(
        runner, practices, tmp_path):
    _import(runner, tmp_path, child_row(**AVA))
    _code, report = _import(runner, tmp_path, child_row(**BEN), child_row(**AVA),
                           name="again.csv")
    assert (report["imported"], report["unchanged"]) == (1, 1)
    assert _households() == [["Ava", "Ben"]]


def test_siblings_join_across_batches_of_one_import(runner, practices, tmp_path, monkeypatch):
    monkeypatch.setattr(import_result, "BATCH_SIZE", 2)
    rows = [child_row(**AVA), child_row(nhs_number="9992684658", given_name="Dan",
                                        mobile="07700 900050", family_name="Okafor",
                                        address_line_1="1 Picton Road", postcode="L7 1AA"),
            child_row(**BEN, mobile=""), child_row(**CARA, address_line_1="", postcode="")]
    code, report = _import(runner, tmp_path, *rows)
    assert code == 0, report
    assert _households() == [["Ava", "Ben", "Cara"], ["Dan"]]


def test_a_new_sibling_fills_in_a_missing_address(runner, practices, tmp_path):
    _import(runner, tmp_path, child_row(**AVA, address_line_1="", postcode="", town=""))
    _import(runner, tmp_path, child_row(**BEN), name="second.csv")
    household = db.session.scalar(select(Household))
    db.session.refresh(household)
    assert (household.address_line_1, household.postcode) == ("343 Lodge Lane", "L7 8YP")
    assert household.reachable_by == ["text", "call", "letter"]


def test_a_conflicting_sibling_address_is_reported_not_applied(runner, practices, tmp_path):
    code, report = _import(runner, tmp_path, child_row(**AVA),
                           child_row(**BEN, address_line_1="9 Elm Road", postcode="L9 9ZZ"))
    assert code == 0
    assert "household's address was kept" in report["warnings"][0]["reason"]
    assert db.session.scalar(select(Household.address_line_1)) == "343 Lodge Lane"


def test_uncontactable_children_are_not_grouped_with_each_other(runner, practices, tmp_path):
    blank = {"mobile": "", "address_line_1": "", "postcode": "", "town": ""}
    _import(runner, tmp_path, child_row(**AVA, **blank), child_row(**BEN, **blank))
    assert _households() == [["Ava"], ["Ben"]]


def test_each_child_keeps_its_carer(runner, practices, tmp_path):
    _import(runner, tmp_path, child_row(**AVA), child_row(**BEN, carer_name="JOANNE EVANS"),
            child_row(**CARA, carer_name="Mark Evans"))
    children = {c.given_name: c for c in db.session.scalars(select(Child))}
    assert children["Ava"].carer_id == children["Ben"].carer_id
    assert children["Cara"].carer.name == "Mark Evans"
    assert len(children["Ava"].household.carers) == 2


def test_a_sibling_joining_a_family_the_assistant_has_finished_with_gets_a_task(
        runner, practices, tmp_path):
    from assistant.models import HouseholdStatus, Task, TaskKind

    _import(runner, tmp_path, child_row(**AVA))
    household = db.session.scalars(select(Household)).one()
    household.status = HouseholdStatus.REFUSED
    db.session.commit()
    _code, report = _import(runner, tmp_path, child_row(**BEN), name="second.csv")
    assert report["imported"] == 1
    assert "joins a household that is refused" in str(report)
    db.session.expire_all()
    [task] = db.session.scalars(select(Task).where(Task.household_id == household.id)).all()
    assert task.kind is TaskKind.OTHER and "Ben Evans" in task.summary
    assert "9991948759" not in task.summary  # no NHS number in the task's words


def test_a_sibling_joining_a_family_still_being_contacted_needs_no_task(
        runner, practices, tmp_path):
    from assistant.models import Task

    _import(runner, tmp_path, child_row(**AVA))
    _import(runner, tmp_path, child_row(**BEN), name="second.csv")
    assert db.session.scalars(select(Task)).all() == []
