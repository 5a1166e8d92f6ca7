"""Which words in a text are glossary terms, and where their definition lives."""

import re

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.html import escape

from wagtail.models import Locale

from knowledge.models import GlossaryAlias, GlossaryPage, GlossaryTerm

CACHE_KEY = "glossary-links:{language}"


def glossary_index(language: str) -> tuple[re.Pattern, dict[str, str]] | None:
    targets = cache.get(CACHE_KEY.format(language=language))
    if targets is None:
        targets = _build_targets(language)
        cache.set(CACHE_KEY.format(language=language), targets, timeout=60 * 60)
    if not targets:
        return None
    words = sorted(targets, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(escape(word)) for word in words) + r")(?![\w-])",
        re.IGNORECASE,
    )
    return pattern, {escape(word).lower(): url for word, url in targets.items()}


def _build_targets(language: str) -> dict[str, str]:
    locale = Locale.objects.filter(language_code=language).first()
    page = GlossaryPage.objects.live().public().filter(locale=locale).first() if locale else None
    if page is None:
        return {}
    base = page.url
    targets: dict[str, str] = {}
    for term in GlossaryTerm.objects.filter(locale=locale).prefetch_related("aliases"):
        for word in [term.term, *(alias.text for alias in term.aliases.all())]:
            # Very short words (e.g. abbreviations of two letters) give false hits in prose.
            if len(word) >= 3:
                targets.setdefault(word.lower(), f"{base}#{term.slug}")
    return targets


@receiver([post_save, post_delete], sender=GlossaryTerm)
@receiver([post_save, post_delete], sender=GlossaryAlias)
@receiver([post_save, post_delete], sender=GlossaryPage)
def forget_glossary_links(**kwargs) -> None:
    for code, _name in settings.LANGUAGES:
        cache.delete(CACHE_KEY.format(language=code))
