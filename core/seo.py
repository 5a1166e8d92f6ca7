"""What search engines and link previews read about a page: its canonical address, the same
page in the other language (``hreflang``) and the Open Graph locale."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url

from wagtail.models import Page, Site

# Open Graph names a locale with its territory.
OPEN_GRAPH_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
X_DEFAULT = "x-default"


@dataclass(frozen=True)
class Alternate:
    """One language's address of a page; ``lang_code`` and ``location`` as Django's sitemap
    template reads them."""

    lang_code: str
    location: str


def _with_default(alternates: list[Alternate]) -> list[Alternate]:
    """The alternates in the order of LANGUAGES, and the Dutch one again as ``x-default``:
    a visitor whose language is neither gets the first language of the site."""
    order = [code for code, _name in settings.LANGUAGES]
    alternates = sorted(alternates, key=lambda alternate: order.index(alternate.lang_code))
    if len(alternates) < 2:
        return []
    default = next((a for a in alternates if a.lang_code == settings.LANGUAGE_CODE), None)
    return alternates + ([Alternate(X_DEFAULT, default.location)] if default else [])


def live_translations(page: Page, request=None) -> dict[str, Page]:
    """The page in each of the site's languages it is live and public in, itself included.

    Read once per request: the language switcher and the ``hreflang`` links both ask.
    """
    read = request.__dict__.setdefault("_live_translations", {}) if request else {}
    if page.pk not in read:
        languages = {code for code, _name in settings.LANGUAGES}
        translations = page.get_translations(inclusive=True).live().public()
        read[page.pk] = {
            translation.locale.language_code: translation
            for translation in translations.select_related("locale")
            if translation.locale.language_code in languages
        }
    return read[page.pk]


def nearest_translated_ancestor(page: Page, language_code: str) -> Page | None:
    """The deepest section above the page that is live and public in ``language_code``."""
    ancestors = page.get_ancestors().filter(depth__gt=1)
    return (
        Page.objects.live()
        .public()
        .filter(
            locale__language_code=language_code,
            translation_key__in=ancestors.values("translation_key"),
        )
        .order_by("-depth")
        .first()
    )


def page_alternates(page: Page, request=None) -> list[Alternate]:
    """The page in each language it is live and public in; empty when it has only one."""
    return _with_default(
        [
            Alternate(code, translation.get_full_url(request))
            for code, translation in live_translations(page, request).items()
        ]
    )


def view_alternates(request) -> list[Alternate]:
    """A view outside the page tree (search, the academy's agenda) in each language."""
    root = Site.find_for_request(request)
    base = root.root_url if root else request.build_absolute_uri("/").rstrip("/")
    return _with_default(
        [
            Alternate(code, base + translate_url(request.path, code))
            for code, _name in settings.LANGUAGES
        ]
    )


def canonical_url(request) -> str:
    """The address without its query: filtered and paged views point at the view itself."""
    site = Site.find_for_request(request)
    base = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    return base + request.path


def pages_by_location(pages: Iterable[Page], request=None) -> dict[str, list[Alternate]]:
    """The alternates of each page, keyed by its full address, for the sitemap."""
    return {page.get_full_url(request): page_alternates(page, request) for page in pages}
