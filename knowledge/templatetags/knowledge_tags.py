"""Glossary links in rendered text, and vocabulary terms in the language being served."""

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from wagtail.models import Locale

from knowledge.glossary_links import link_terms

register = template.Library()


@register.filter
def link_glossary_terms(html: SafeString) -> SafeString:
    """Wrap the first use of each glossary term in a link, outside links, headings and code."""
    # Only text nodes are changed, re-escaped; terms and URLs come from the database.
    return mark_safe(link_terms(str(html), get_language()))  # noqa: S308


@register.simple_tag(takes_context=True)
def term_name(context, term) -> str:
    """A vocabulary term's name in the language being served; a term not yet translated
    keeps its own name, marked with its language so that it is read out right."""
    if term is None:
        return ""
    active = _active_locale(context)
    if term.locale_id == active.pk:
        return conditional_escape(term.name)
    translated = term.get_translation_or_none(active)
    if translated is not None:
        return conditional_escape(translated.name)
    return format_html('<span lang="{}">{}</span>', term.locale.language_code, term.name)


def _active_locale(context) -> Locale:
    """Looked up once per request: a page names many terms."""
    request = context.get("request")
    locale = getattr(request, "_active_locale", None)
    if locale is None or locale.language_code != get_language():
        locale = Locale.get_active()
        if request is not None:
            request._active_locale = locale
    return locale
