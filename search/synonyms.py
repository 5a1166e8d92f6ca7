"""Query expansion from the glossary: 'pgb' also finds 'persoonsgebonden budget' and back."""

import re

from django.core.cache import cache

from knowledge.models import GlossaryTerm
from search import text as text_tools

CACHE_KEY = "search-synonyms:{locale}"
PARENTHESES = re.compile(r"\(([^)]*)\)")


def _forms(text: str) -> set[str]:
    """'ANBI (algemeen nut beogende instelling)' -> {'anbi', 'algemeen nut beogende instelling'}."""
    forms = {" ".join(text_tools.words(PARENTHESES.sub(" ", text)))}
    forms |= {" ".join(text_tools.words(inner)) for inner in PARENTHESES.findall(text)}
    return {form for form in forms if form}


def synonym_groups(language: str) -> dict[str, tuple[str, ...]]:
    """Every form of every glossary term, mapped to all the forms of that term."""
    key = CACHE_KEY.format(locale=language)
    groups = cache.get(key)
    if groups is None:
        groups = {}
        terms = GlossaryTerm.objects.filter(locale__language_code=language).prefetch_related(
            "aliases"
        )
        for term in terms:
            forms = _forms(term.term)
            for alias in term.aliases.all():
                forms |= _forms(alias.text)
            for form in forms:
                groups[form] = tuple(sorted(forms - {form}))
        cache.set(key, groups, timeout=60 * 60)
    return groups


def forget(language: str) -> None:
    cache.delete(CACHE_KEY.format(locale=language))


def expand_query(raw: str, language: str) -> tuple[str, list[tuple[str, ...]]]:
    """Take multi-word forms out of the query as groups; the rest is left for word expansion."""
    groups = synonym_groups(language)
    folded = " " + " ".join(text_tools.words(raw)) + " "
    found = []
    for form in sorted((f for f in groups if " " in f), key=len, reverse=True):
        if f" {form} " in folded:
            found.append((form, *groups[form]))
            folded = folded.replace(f" {form} ", " ")
    return folded.strip(), found
