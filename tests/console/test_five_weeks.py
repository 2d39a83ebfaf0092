"""Issue 11 end to end: five weeks at two practices with a family split between them.

Everything goes through the outside surface: the CLI imports, ticks, reports and
exports; families reply through the signed Twilio hook; practice staff sign in and
mark attendance in the console. Each practice sees only its own children.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta

import time_machine
from flask import g

from tests.attempts.helpers import local
from tests.channels.conftest import OURS, post_signed
from tests.conversation.conftest import fake_channel  # noqa: F401 - a fixture
from tests.factories import login
from tests.imports.conftest import PRACTICES_CSV, child_row, write_csv

N, F = "N80000", "F80001"
FAMILIES = [  # (nhs, name, family, practice, mobile)
    ("9994821997", "Ava", "Split", N, "07700 900101"),
    ("9991948759", "Ben", "Split", F, "07700 900101"),
    ("9991147101", "Cara", "Cole", N, "07700 900102"),
    ("9992684658", "Dev", "Dale", N, "07700 900103"),
    ("9998907861", "Eli", "Eden", F, "07700 900104"),
    ("9993962457", "Fay", "Ford", F, "07700 900105"),
]
START = local(2027, 1, 11, 8, 0)  # a Monday


def _cli(runner, *args, input_text=None):
    result = runner.invoke(args=list(args), input=input_text)
    assert result.exit_code in (0, 1), (args, result.output)
    return result


def _text(client, number: str, body: str) -> str:
    sid = f"SM{abs(hash((number, body, str(len(body))))):032d}"[:34]
    response = post_signed(client, "/twilio/sms", {
        "MessageSid": sid, "From": number, "To": OURS, "Body": body, "NumMedia": "0"})
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _sign_in(client, email: str) -> None:
    """Sign in afresh (the test's one app context caches the user and token in ``g``)."""
    client.delete_cookie("session")
    g.pop("_login_user", None)
    g.pop("csrf_token", None)
    assert login(client, email, "a long password 1").status_code == 302


def _setup(runner, tmp_path):
    (tmp_path / "practices.csv").write_text(PRACTICES_CSV)
    _cli(runner, "import-practices", str(tmp_path / "practices.csv"))
    rows = ["practice_ods_code,start,duration_minutes,staff_name"]
    for week in range(5):
        for day in (1, 3):  # Tuesdays and Thursdays
            when = (START + timedelta(weeks=week, days=day)).date()
            rows += [f"{ods},{when}T{t},15,Nurse" for ods in (N, F) for t in ("09:00", "09:15")]
    (tmp_path / "slots.csv").write_text("\n".join(rows) + "\n")
    _cli(runner, "import-slots", str(tmp_path / "slots.csv"))
    cohort = [child_row(nhs_number=nhs, given_name=name, family_name=family,
                        practice_ods_code=ods, mobile=mobile,
                        address_line_1=f"{i} Lodge Lane", date_of_birth="2024-03-01")
              for i, (nhs, name, family, ods, mobile) in enumerate(FAMILIES, 1)]
    _cli(runner, "import-cohort", str(write_csv(tmp_path / "cohort.csv", cohort)))
    for ods in (N, F):
        _cli(runner, "create-user", f"{ods.lower()}@example.nhs.uk", "--role", "practice",
             "--practice", ods, "--password-stdin", input_text="a long password 1\n")


def _working_hours(start, weeks: int):
    moment = start
    while moment < start + timedelta(weeks=weeks):
        if moment.weekday() < 5 and 9 <= moment.hour < 18:
            yield moment
        moment += timedelta(hours=3)


def test_five_weeks_two_practices_a_split_family_each_sees_its_own(
        app, client, runner, tmp_path, fake_channel):  # noqa: F811
    with time_machine.travel(START, tick=False) as traveller:
        _setup(runner, tmp_path)
        traveller.move_to(START.replace(hour=9, minute=30))
        _cli(runner, "tick")
        invited = {s.to for s in fake_channel.sent}
        assert len(invited) == 5  # the split family once
        traveller.move_to(START.replace(hour=19))
        offer = _text(client, "+447700900101", "yes please")
        assert "Reply 1" in offer or "reply 1" in offer.lower()
        assert "booked" in _text(client, "+447700900101", "1").lower()
        _text(client, "+447700900102", "yes")
        _text(client, "+447700900102", "1")
        _text(client, "+447700900104", "no we don't want vaccines")
        _text(client, "+447700900104", "CONFIRM")
        for moment in _working_hours(START + timedelta(days=1), weeks=5):
            traveller.move_to(moment)
            _cli(runner, "tick")
            if moment.date() == (START + timedelta(days=1)).date() and moment.hour == 14:
                _mark_attendance(client)

        report = json.loads(_cli(runner, "report", "--json").stdout)
        codes_f = _cli(runner, "export-codes", "--practice", F).stdout
        _sign_in(client, "n80000@example.nhs.uk")
        home_n = _shown(client.get("/").get_data(as_text=True))
        _sign_in(client, "f80001@example.nhs.uk")
        home_f = _shown(client.get("/").get_data(as_text=True))

    assert report["practices"][N]["cohort"] == 3 and report["practices"][F]["cohort"] == 3
    assert report["practices"][N]["households"] == 3 and report["practices"][F]["households"] == 3
    assert report["total"]["households"] == 5
    assert report["practices"][N]["attended"] == 2  # Ava and Cara, marked by N
    assert report["practices"][F]["attended"] == 0  # Ben missed his, at F
    assert report["practices"][F]["exception_reported"] == 1  # Eli's family refused
    assert report["practices"][F]["no_contact"] == 1  # Fay never answered
    assert report["practices"][N]["no_contact"] == 1  # nor Dev
    for nhs, name, _family, ods, _mobile in FAMILIES:
        assert (nhs in codes_f) == (ods == F), name
        assert (name in home_n) == (ods == N), name
        assert (name in home_f) == (ods == F), name


def _shown(html: str) -> str:
    """The page without its hidden inputs: the sign-out form's CSRF token is random text that
    can spell a child's name ("Dev" did, once in a few hundred runs)."""
    return re.sub(r"<input[^>]*type=\"hidden\"[^>]*>", "", html)


def _mark_attendance(client) -> None:
    """Tuesday afternoon: the split family's two children were seen at their two practices."""
    for email, outcome in (("n80000@example.nhs.uk", "yes"), ("f80001@example.nhs.uk", "no")):
        _sign_in(client, email)
        page = client.get("/bookings").get_data(as_text=True)
        ids = re.findall(r'/bookings/(\d+)/attendance', page)
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
        for booking_id in ids:
            assert client.post(f"/bookings/{booking_id}/attendance", data={
                "attended": outcome, "csrf_token": token}).status_code == 303
