"""Which words in a text are glossary terms, and where their definition lives."""

import functools
import re
from html import unescape
from html.parser import HTMLParser

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.html import escape

from wagtail.models import Locale

from knowledge.models import GlossaryAlias, GlossaryPage, GlossaryTerm

CACHE_KEY = "glossary-links:{language}"
# Text in these elements is never linked: a link in a link, a heading or code reads wrong.
NOT_LINKED = {"a", "button", "code", "h1", "h2", "h3", "h4", "h5", "h6", "kbd", "pre", "samp"}
NOT_LINKED |= {"script", "style", "textarea"}


def glossary_index(language: str) -> tuple[re.Pattern, dict[str, str]] | None:
    targets = cache.get(CACHE_KEY.format(language=language))
    if targets is None:
        targets = _build_targets(language)
        cache.set(CACHE_KEY.format(language=language), targets, timeout=60 * 60)
    if not targets:
        return None
    return _pattern(frozenset(targets)), targets


@functools.lru_cache(maxsize=8)
def _pattern(words: frozenset[str]) -> re.Pattern:
    """One pattern for all terms, longest first, built once per version of the glossary
    (a page links every paragraph with it)."""
    alternatives = "|".join(
        _spaced(word) for word in sorted(words, key=lambda word: (-len(word), word))
    )
    return re.compile(r"(?<![\w-])(" + alternatives + r")(?![\w-])", re.IGNORECASE)


def _spaced(word: str) -> str:
    """A term as a pattern; any white space between its words (a line break, &nbsp;) fits."""
    return r"\s+".join(re.escape(part) for part in word.split())


def link_terms(html: str, language: str) -> str:
    """The HTML with the first use of each glossary term wrapped in a link to its definition.

    Only text is changed: tags, attributes, comments and text inside NOT_LINKED elements are
    copied as they came, character for character.
    """
    index = glossary_index(language)
    if index is None:
        return html
    pattern, targets = index
    linked: set[str] = set()

    def link(match: re.Match) -> str:
        word = match.group(0)
        url = targets[" ".join(word.lower().split())]
        if url in linked:
            return escape(word)
        linked.add(url)
        return f'<a class="glossary-link" href="{escape(url)}">{escape(word)}</a>'

    parts = []
    for raw, text in _TextRuns.split(html):
        if text is None or not pattern.search(text):
            parts.append(raw)
            continue
        position = 0
        for match in pattern.finditer(text):
            parts += [escape(text[position : match.start()]), link(match)]
            position = match.end()
        parts.append(escape(text[position:]))
    return "".join(parts)


class _TextRuns(HTMLParser):
    """Cuts HTML into its pieces as written: (raw, None) for markup and for text that is not to
    be linked, (raw, the text with its entities read) for text that may be."""

    @classmethod
    def split(cls, html: str) -> list[tuple[str, str | None]]:
        if not html:
            return []
        parser = cls(html)
        parser.feed(html)
        parser.close()
        ends = [start for start, _text in parser.events[1:]] + [len(html)]
        pieces: list[tuple[str, str | None]] = []
        for (start, text), end in zip(parser.events, ends, strict=True):
            raw = html[start:end]
            if text is not None and pieces and pieces[-1][1] is not None:
                # A '<' that starts no tag comes as text of its own: one run with its neighbours.
                raw, text = pieces[-1][0] + raw, pieces[-1][1] + text
                pieces.pop()
            pieces.append((raw, text))
        # Text is rewritten only where it is exactly its raw form read.
        return [(raw, text if text == unescape(raw) else None) for raw, text in pieces]

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[int, str | None]] = []
        self.not_linked: list[str] = []
        # getpos() counts lines at '\n' alone.
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", html)]

    def _markup(self, *args) -> None:
        line, column = self.getpos()
        self.events.append((self._line_starts[line - 1] + column, None))

    def handle_starttag(self, tag, attrs):
        self._markup()
        if tag in NOT_LINKED:
            self.not_linked.append(tag)

    def handle_endtag(self, tag):
        self._markup()
        if tag in self.not_linked:
            # Also closes what was left open inside it.
            del self.not_linked[len(self.not_linked) - 1 - self.not_linked[::-1].index(tag) :]

    def handle_data(self, data):
        line, column = self.getpos()
        start = self._line_starts[line - 1] + column
        self.events.append((start, None if self.not_linked else data))

    handle_startendtag = handle_comment = handle_decl = handle_pi = unknown_decl = _markup


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
                targets.setdefault(" ".join(word.lower().split()), f"{base}#{term.slug}")
    return targets


@receiver([post_save, post_delete], sender=GlossaryTerm)
@receiver([post_save, post_delete], sender=GlossaryAlias)
@receiver([post_save, post_delete], sender=GlossaryPage)
def forget_glossary_links(**kwargs) -> None:
    for code, _name in settings.LANGUAGES:
        cache.delete(CACHE_KEY.format(language=code))
