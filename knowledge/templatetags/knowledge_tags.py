"""Link glossary terms in rendered text to their definition."""

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from knowledge.glossary_links import link_terms

register = template.Library()


@register.filter
def link_glossary_terms(html: SafeString) -> SafeString:
    """Wrap the first use of each glossary term in a link, outside links, headings and code."""
    # Only text nodes are changed, re-escaped; terms and URLs come from the database.
    return mark_safe(link_terms(str(html), get_language()))  # noqa: S308
