"""The main menu: the pages editors put in it, per site and language.

Every public page shows the menu, and reading it costs four queries (locale, home page, its
children, their view restrictions), so it is read once per change of the page tree and kept
in the cache; any saved, moved or deleted page or view restriction forgets it.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from wagtail.models import Locale, Page, Site

CACHE_KEY = "main-menu:{site}:{language}"
CACHE_SECONDS = 60 * 60


@dataclass(frozen=True)
class MenuItem:
    page_id: int
    title: str
    url: str


def main_menu(request, language_code: str) -> list[MenuItem]:
    """The live, public pages in the menu under the home page of ``language_code``."""
    site = Site.find_for_request(request) if request is not None else None
    key = CACHE_KEY.format(site=site.pk if site else 0, language=language_code)
    items = cache.get(key)
    if items is None:
        items = _read_menu(request, language_code)
        cache.set(key, items, timeout=CACHE_SECONDS)
    return items


def _read_menu(request, language_code: str) -> list[MenuItem]:
    locale = Locale.objects.filter(language_code=language_code).first()
    home = Page.objects.filter(depth=2, locale=locale).first() if locale else None
    if home is None:
        return []
    return [
        MenuItem(page_id=page.pk, title=page.title, url=page.get_url(request))
        for page in home.get_children().live().public().in_menu()
    ]


def forget_main_menu() -> None:
    sites = [0, *Site.objects.values_list("pk", flat=True)]
    cache.delete_many(
        [
            CACHE_KEY.format(site=site, language=code)
            for site in sites
            for code, _name in settings.LANGUAGES
        ]
    )
