"""A walk through the English demo site, link by link: no Dutch text unless marked as Dutch.

Dutch left on an English page is read out with English pronunciation and confuses a partner
who reads no Dutch; where it is meant (a name of a law, a term not yet translated) it carries
``lang="nl"``. Names of Dutch organisations are proper names and stay as they are.
"""

import re
from io import StringIO

from django.core.management import call_command

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

# Words that are common in Dutch and do not occur in English text.
DUTCH_WORDS = {
    "het", "een", "van", "voor", "niet", "zijn", "wordt", "bij", "naar", "ook", "deze", "dat",
    "wat", "hoe", "waar", "zoeken", "bewoners", "zorg", "initiatief", "initiatieven", "uw",
    "onze", "meer", "alle", "kennisbank", "leergang", "aanmelden", "gemeente", "vrijwilligers",
}  # fmt: skip
PROPER_NAMES = [
    "Nederland Zorgt Voor Elkaar",
    "Tot uw Dienst",
    "Austerlitz Zorgt",
    "Gezondheidspact Utrecht",
]
READ_OUT_ATTRIBUTES = ("aria-label", "placeholder", "title", "alt")


@pytest.fixture
def english_demo(site_tree, settings):
    settings.ALLOWED_HOSTS = ["*"]
    call_command("load_demo_content", stdout=StringIO())
    return site_tree


def unmarked_text(html: bytes) -> tuple[str, list[str]]:
    """The text a screen reader reads in English, and the English site's links on the page."""
    document = BeautifulSoup(html, "html.parser")
    links = [link["href"].split("#")[0] for link in document.find_all("a", href=True)]
    for element in document.find_all(lang=lambda code: code and code != "en"):
        element.decompose()
    for element in document.find_all(["script", "style", "template"]):
        element.decompose()
    parts = [document.body.get_text(" ")]
    parts += [
        value
        for element in document.find_all(True)
        for name, value in element.attrs.items()
        if name in READ_OUT_ATTRIBUTES and isinstance(value, str)
    ]
    text = " ".join(parts)
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    return text, [link for link in links if link.startswith("/en/")]


def test_no_unmarked_dutch_on_the_english_pages(client, english_demo):
    to_visit, visited, dutch_on = ["/en/"], set(), {}
    while to_visit:
        url = to_visit.pop()
        if url in visited:
            continue
        visited.add(url)
        response = client.get(url)
        if "text/html" not in response.get("Content-Type", ""):
            continue
        text, links = unmarked_text(response.content)
        to_visit += links
        words = sorted(set(re.findall(r"[a-zà-ÿ]+", text.lower())) & DUTCH_WORDS)
        if words:
            dutch_on[url] = words

    assert len(visited) > 30
    assert dutch_on == {}
