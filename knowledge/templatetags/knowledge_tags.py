"""Link glossary terms in rendered text to their definition."""

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from knowledge.glossary_links import glossary_index

register = template.Library()

TAG = re.compile(r"(<[^>]+>)")


@register.filter
def link_glossary_terms(html: SafeString) -> SafeString:
    """Wrap the first use of each glossary term in a link, outside existing links."""
    index = glossary_index(get_language())
    if index is None:
        return html
    pattern, targets = index
    linked: set[str] = set()
    inside_link = 0
    parts = TAG.split(str(html))
    for position, part in enumerate(parts):
        if part.startswith("<"):
            if re.match(r"<a[\s>]", part):
                inside_link += 1
            elif part.startswith("</a"):
                inside_link = max(0, inside_link - 1)
            continue
        if inside_link or not part.strip():
            continue

        def replace(match: re.Match) -> str:
            word = match.group(0)
            url = targets[word.lower()]
            if url in linked:
                return word
            linked.add(url)
            return f'<a class="glossary-link" href="{escape(url)}">{word}</a>'

        parts[position] = pattern.sub(replace, part)
    return mark_safe("".join(parts))  # noqa: S308 - only text nodes changed, terms from the database
