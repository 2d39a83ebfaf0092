"""The households page: a link per family, language names, empty states, and 375 px."""

from __future__ import annotations

import re

from assistant.db import db
from assistant.models import Role
from assistant.web.home import PAGE_SIZE
from assistant.web.languages import language_name
from tests import factories
from tests.browser import PHONE, chromium_page


def test_every_household_row_links_to_its_page_and_names_its_language(app, client):
    practice = factories.practice()
    one = factories.household(practice, family_name="Kowalski", mobile="+447700900011",
                              language="pl")
    two = factories.household(practice, family_name="Warsame", mobile="+447700900012",
                              language="so")
    factories.user()
    db.session.commit()
    factories.login(client)
    page = client.get("/").get_data(as_text=True)
    assert f'href="/households/{one.id}">Kowalski</a>' in page
    assert f'href="/households/{two.id}">Warsame</a>' in page
    assert "Polish" in page and "Somali" in page
    assert not re.search(r'class="tag"[^>]*>(pl|so)<', page)


def test_a_long_list_pages_and_its_links_keep_the_filter(app, client):
    practice = factories.practice()
    for n in range(PAGE_SIZE + 1):
        factories.household(practice, family_name=f"Family{n:03d}",
                            mobile=f"+4477009{n:05d}")
    factories.user()
    db.session.commit()
    factories.login(client)
    first = client.get("/?status=active").get_data(as_text=True)
    assert "Page 1 of 2" in first
    (next_page,) = re.findall(r'href="(/\?[^"]*page=2[^"]*)"', first)
    assert "status=active" in next_page
    second = client.get("/?status=active&page=2").get_data(as_text=True)
    assert "Page 2 of 2" in second and 'rel="prev"' in second


def test_the_team_picks_a_practice_from_a_list_and_the_filters_keep_it(app, client):
    north = factories.practice("N80001", name="North Lane")
    south = factories.practice("S80002", name="South Road")
    factories.household(north, family_name="Northfamily", mobile="+447700900021")
    factories.household(south, family_name="Southfamily", mobile="+447700900022")
    factories.user()
    db.session.commit()
    factories.login(client)
    everyone = client.get("/").get_data(as_text=True)
    assert '<option value="N80001">North Lane (N80001)</option>' in everyone
    assert "Northfamily" in everyone and "Southfamily" in everyone
    page = client.get("/?practice=s80002").get_data(as_text=True)
    assert '<option value="S80002" selected>' in page
    assert "Southfamily" in page and "Northfamily" not in page
    # The status links and "all" keep the practice picked.
    assert 'href="/?status=active&amp;practice=S80002"' in page
    assert 'href="/?practice=S80002" aria-current="true">all</a>' in page


def test_a_practice_user_is_offered_no_practice_list(client):
    own = factories.practice("F80001", name="Lodge Lane")
    factories.practice("N80000", name="Other Place")
    factories.household(own, mobile="+447700900011")
    factories.user("p@example.nhs.uk", role=Role.PRACTICE, practice_obj=own)
    db.session.commit()
    factories.login(client, "p@example.nhs.uk")
    page = client.get("/", follow_redirects=True).get_data(as_text=True)
    assert 'id="practice"' not in page and "Other Place" not in page


def test_language_names_fall_back_to_the_code():
    assert (language_name("pl"), language_name("pt-BR"), language_name("xx")) == (
        "Polish", "Portuguese", "xx")


def test_a_filter_that_matches_nothing_says_so_not_import_a_cohort(client):
    factories.household(mobile="+447700900011")
    factories.user()
    db.session.commit()
    factories.login(client)
    page = client.get("/?status=refused").get_data(as_text=True)
    assert "No households match this filter" in page and "import-cohort" not in page


def test_a_practice_user_with_no_families_is_not_told_to_import(client):
    practice = factories.practice("F80001", name="Lodge Lane")
    factories.household(factories.practice("N80000"), mobile="+447700900011")
    factories.user("p@example.nhs.uk", role=Role.PRACTICE, practice_obj=practice)
    db.session.commit()
    factories.login(client, "p@example.nhs.uk")
    page = client.get("/", follow_redirects=True).get_data(as_text=True)
    assert "import-cohort" not in page  # a practice user's own pages say it their way
    assert "of your practice are on the pathway yet" in page or \
        "at your practice are on the pathway yet" in page


def test_the_households_page_holds_at_375_px_in_a_real_browser(app, served):
    practice = factories.practice()
    for n in range(3):
        factories.household(practice, family_name=f"Featherstonehaugh-{n}", children=3,
                            mobile=f"+44770090002{n}", landline=f"+44151496050{n}",
                            language="pl")
    factories.user()
    db.session.commit()
    with chromium_page(viewport=PHONE) as page:
        page.goto(f"{served}/login")
        page.fill("input[name=email]", "coordinator@example.nhs.uk")
        page.fill("input[name=password]", "correct horse battery")
        page.keyboard.press("Enter")
        page.wait_for_selector("text=Featherstonehaugh-0")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_the_team_filters_the_households_by_practice_in_a_real_browser(app, served):
    north = factories.practice("N80001", name="North Lane")
    south = factories.practice("S80002", name="South Road")
    factories.household(north, family_name="Northfamily", mobile="+447700900031")
    factories.household(south, family_name="Southfamily", mobile="+447700900032")
    factories.user()
    db.session.commit()
    with chromium_page() as page:
        page.goto(f"{served}/login")
        page.fill("input[name=email]", "coordinator@example.nhs.uk")
        page.fill("input[name=password]", "correct horse battery")
        page.keyboard.press("Enter")
        page.wait_for_selector("text=Northfamily")
        page.select_option("select#practice", "S80002")
        page.click("button:has-text('Show')")
        page.wait_for_url("**/?practice=S80002")
        assert page.is_visible("text=Southfamily")
        assert page.locator("text=Northfamily").count() == 0
        assert page.input_value("select#practice") == "S80002"
