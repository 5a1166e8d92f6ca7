import os
from io import StringIO
from pathlib import Path

from django.core.management import call_command

import pytest
from playwright.sync_api import Page, expect

from knowledge.models import MonitorEdition, MonitorProvinceCount

from .test_home import serious_violations

pytestmark = [pytest.mark.browser]

MONITOR = "/kennisbank/monitor-in-cijfers/"


@pytest.fixture
def monitor_site(live_site):
    """The demo's Monitor page (2020 without province counts) and a test edition with some."""
    call_command("load_demo_content", stdout=StringIO())
    edition = MonitorEdition(year=2030, source="Testtelling")
    for province, count in [("gelderland", 40), ("utrecht", 25), ("zeeland", 0)]:
        edition.province_counts.add(MonitorProvinceCount(province=province, count=count))
    edition.save()
    return live_site


def test_monitor_page_has_no_serious_accessibility_violations(page: Page, monitor_site):
    page.goto(f"{monitor_site}{MONITOR}")

    expect(page.locator("html")).to_have_attribute("lang", "nl")
    assert serious_violations(page) == []


def test_chart_and_table_without_javascript(browser, monitor_site):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.goto(f"{monitor_site}{MONITOR}")

    chart = page.get_by_role("img", name="Aantal initiatieven per provincie in de Monitor 2030")
    expect(chart).to_be_visible()
    table = page.get_by_role("table", name="Initiatieven per provincie, Monitor 2030")
    expect(table.get_by_role("row", name="Gelderland 40")).to_be_visible()
    expect(
        page.get_by_role("table", name="Initiatieven per provincie, Monitor 2020").get_by_role(
            "row", name="Gelderland nog niet bekend"
        )
    ).to_be_visible()
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_of_the_monitor(page: Page, monitor_site, width, tmp_path):
    screenshots = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    screenshots.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{monitor_site}{MONITOR}")

    shot = screenshots / f"monitor-{width}.png"
    page.screenshot(path=shot, full_page=True)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")

    assert shot.stat().st_size > 0
    assert scroll_width <= width
