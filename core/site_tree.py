"""Create the locales and one root page per locale: Dutch first, English second."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Locale, Page, Site

from core.models import HomePage

HOME_CONTENT = {
    "nl": {
        "title": "Kennisbank Ella Vogelaar Academie",
        "hero_heading": "Samen zorgen in uw buurt of dorp",
        "hero_intro": (
            "Leer van bewonersinitiatieven in het hele land. Hier vindt u praktijkvoorbeelden, "
            "achtergrond en leergangen van de Ella Vogelaar Academie."
        ),
    },
    "en": {
        "title": "Ella Vogelaar Academy knowledge base",
        "hero_heading": "Caring for each other in your neighbourhood or village",
        "hero_intro": (
            "Learn from resident-led initiatives across the Netherlands: practical examples, "
            "background reading and the courses of the Ella Vogelaar Academy."
        ),
    },
}


@dataclass(frozen=True)
class SiteTree:
    site: Site
    homes: dict[str, HomePage]


def _root_page(default_locale: Locale) -> Page:
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(
            instance=Page(
                title="Root",
                slug="root",
                locale=default_locale,
                content_type=ContentType.objects.get_for_model(Page),
            )
        )
    return root


def _publish(page: Page) -> None:
    page.save_revision().publish()


def site_address(url: str) -> tuple[str, int]:
    """The hostname and port of a base URL such as SITE_URL (80 or 443 when it names none)."""
    parts = urlsplit(url)
    return parts.hostname or "localhost", parts.port or (443 if parts.scheme == "https" else 80)


@transaction.atomic
def ensure_site_tree(hostname: str | None = None, port: int | None = None) -> SiteTree:
    """Idempotent: creates what is missing and leaves what exists alone.

    The default site's address is the one the site is served on (SITE_URL unless given), so
    the absolute links Wagtail builds from it (the API's html_url, sitemap.xml, agenda.ics,
    JSON-LD) lead somewhere; it follows SITE_URL each time this runs.
    """
    configured_host, configured_port = site_address(settings.WAGTAILADMIN_BASE_URL)
    hostname, port = hostname or configured_host, port or configured_port
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    default = locales[settings.LANGUAGE_CODE]
    root = _root_page(default)

    home = HomePage.objects.filter(locale=default, depth=2).first()
    if home is None:
        # Wagtail's placeholder welcome page holds the slug and the site; it makes way.
        placeholder_type = ContentType.objects.get_for_model(Page)
        Page.objects.filter(depth=2, content_type=placeholder_type).delete()
        home = HomePage(slug="home", locale=default, **HOME_CONTENT[default.language_code])
        root.add_child(instance=home)
        _publish(home)

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name=HOME_CONTENT[default.language_code]["title"],
        )
    elif (site.root_page_id, site.hostname, site.port) != (home.id, hostname, port):
        site.root_page, site.hostname, site.port = home, hostname, port
        site.save()

    homes = {default.language_code: home}
    for code, locale in locales.items():
        if locale == default:
            continue
        translation = home.get_translation_or_none(locale)
        if translation is None:
            translation = home.copy_for_translation(locale)
            for field, value in HOME_CONTENT[code].items():
                setattr(translation, field, value)
            translation.save()
            _publish(translation)
        homes[code] = translation
    # Publishing updates the rows, not these instances: hand back fresh copies.
    return SiteTree(
        site=site, homes={code: HomePage.objects.get(pk=page.pk) for code, page in homes.items()}
    )
