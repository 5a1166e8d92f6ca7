from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

from core import menu, seo

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool


# On the page the switcher falls back to: the page one came from has no translation yet.
UNTRANSLATED_PARAMETER = "untranslated"


def translated_url(page: Page | None, request, language_code: str) -> str:
    """The same page in another language; where it has none, the nearest section above it
    that has one, with a parameter that makes that page say so. Never a 404."""
    if page is not None:
        translation = seo.live_translations(page, request).get(language_code)
        if translation is not None:
            return translation.get_url(request)
        section = seo.nearest_translated_ancestor(page, language_code)
        if section is not None:
            return f"{section.get_url(request)}?{UNTRANSLATED_PARAMETER}=1"
    return translate_url(request.get_full_path(), language_code)


@register.simple_tag(takes_context=True)
def came_untranslated(context) -> bool:
    """Whether the language switcher brought the visitor here for want of a translation."""
    request = context.get("request")
    return request is not None and UNTRANSLATED_PARAMETER in request.GET


@register.simple_tag(takes_context=True)
def main_menu_items(context) -> list[menu.MenuItem]:
    """The pages the editors put in the menu, under the home page of the current language."""
    return menu.main_menu(context.get("request"), get_language())


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    request = context["request"]
    page = context.get("page")
    current = get_language()
    return [
        LanguageLink(
            code=code,
            name=name,
            url=translated_url(page, request, code),
            is_current=code == current,
        )
        for code, name in settings.LANGUAGES
    ]


@dataclass(frozen=True)
class SeoLinks:
    canonical: str
    alternates: list[seo.Alternate]
    open_graph_locale: str
    open_graph_alternate_locales: list[str]


@register.simple_tag(takes_context=True)
def seo_links(context) -> SeoLinks:
    """Canonical address, ``hreflang`` alternates and Open Graph locales of what is served.

    A page's alternates are its live translations; a route inside a page (an initiative in
    the directory, a registration form) has none of its own, so it names none.
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    if isinstance(page, Page):
        alternates = seo.page_alternates(page, request) if request.path == page.url else []
    else:
        alternates = seo.view_alternates(request)
    languages = {alternate.lang_code for alternate in alternates}
    return SeoLinks(
        canonical=seo.canonical_url(request),
        alternates=alternates,
        open_graph_locale=seo.OPEN_GRAPH_LOCALES.get(current, current),
        open_graph_alternate_locales=[
            locale
            for code, locale in seo.OPEN_GRAPH_LOCALES.items()
            if code != current and code in languages
        ],
    )
