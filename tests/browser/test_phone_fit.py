"""Every public section fits a 390 px phone: nothing wider than the screen to scroll sideways."""

import pytest
from playwright.sync_api import Page

from knowledge.demo import load_demo_content

pytestmark = [pytest.mark.browser]

PATHS = [
    "/",
    "/en/",
    "/kennisbank/",
    "/kennisbank/austerlitz-zorgt/",
    "/zoeken/?q=zorg",
    "/en/search/?q=care",
    "/initiatieven/",
    "/academie/",
    "/trots-op-mijn-initiatief/",
]


def test_public_pages_fit_a_phone(page: Page, live_site):
    load_demo_content()
    page.set_viewport_size({"width": 390, "height": 844})
    too_wide = {}
    for path in PATHS:
        page.goto(f"{live_site}{path}")
        too_wide[path] = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")

    assert too_wide == {path: False for path in PATHS}
