"""Text normalisation shared by the engines: accent folding, words, stemming per language."""

import functools
import re

import snowballstemmer

from core.text import fold  # one folding for the index, the queries and the directory

__all__ = ["fold"]

WORD = re.compile(r"[\w]+", re.UNICODE)
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12
# Words too common to help ranking in either language.
STOP_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "van",
        "voor",
        "in",
        "op",
        "met",
        "aan",
        "bij",
        "als",
        "dat",
        "die",
        "dit",
        "er",
        "om",
        "te",
        "tot",
        "uit",
        "over",
        "naar",
        "is",
        "zijn",
        "was",
        "wordt",
        "worden",
        "heeft",
        "hebben",
        "hoe",
        "wat",
        "wie",
        "waar",
        "ook",
        "niet",
        "nog",
        "maar",
        "dan",
        "door",
        # Question words and the filler of a spoken question: the content words must decide.
        "welke",
        "hoeveel",
        "waarom",
        "wanneer",
        "wij",
        "we",
        "ik",
        "je",
        "ons",
        "onze",
        "willen",
        "wil",
        "kunnen",
        "kan",
        "graag",
        "zoeken",
        "zoek",
        "voorbeelden",
        "voorbeeld",
        "andere",
        "anderen",
        "precies",
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "to",
        "for",
        "with",
        "on",
        "at",
        "by",
        "is",
        "are",
        "be",
        "how",
        "what",
    ]
)


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


# Dutch plurals and diminutives that Snowball's Dutch stemmer leaves apart from their singular
# ('initiatieven' and 'initiatief', 'buurthuizen', 'cooperaties', 'huisjes', 'keuzes'): a
# suffix and its replacement, at least MIN_STEM letters before it, applied in this order.
# Snowball does the rest ('mogelijkheden', 'dorpen'). The one source of these rules: the
# search server's analyzer is generated from them (search.engines.mapping.plural_filters).
DUTCH_PLURALS = (
    ("ieven", "ief"),
    ("izen", "is"),
    ("tjes", ""),
    ("jes", ""),
    ("ties", "tie"),
    ("es", "e"),
)
MIN_STEM = 3
# The classic Snowball Dutch stemmer: the one PostgreSQL's 'dutch' configuration and the
# search server's 'dutch' stemmer run ('dutch' in snowballstemmer 3 is a newer algorithm).
SNOWBALL_DUTCH = snowballstemmer.stemmer("dutch_porter")
# Porter2, the stemmer of PostgreSQL's 'english' configuration and the server's 'english'.
SNOWBALL_ENGLISH = snowballstemmer.stemmer("english")


def plural_pattern(suffix: str) -> str:
    """A rule as a regular expression that Python and the server's Java regex read alike."""
    return f"^(.{{{MIN_STEM},}}){suffix}$"


PLURAL_RULES = [(re.compile(plural_pattern(suffix)), rest) for suffix, rest in DUTCH_PLURALS]


def singular(word: str) -> str:
    """The singular of the plurals Snowball misses; each rule in turn, as the server's chain
    of filters applies them."""
    for pattern, rest in PLURAL_RULES:
        word = pattern.sub(lambda match, rest=rest: match.group(1) + rest, word)
    return word


@functools.lru_cache(maxsize=65536)
def stem(word: str, language: str = "nl") -> str:
    """The portable engine's stem. Dutch: our plural rules, then the Snowball Dutch stemmer, as
    the PostgreSQL engine (normalize + 'dutch') and the search server (plural filters +
    'dutch'). English: the Snowball English stemmer alone, as 'english' on both."""
    if language == "en":
        return SNOWBALL_ENGLISH.stemWord(word)
    return SNOWBALL_DUTCH.stemWord(singular(word))


def normalize(text: str, language: str = "nl") -> str:
    """Folded, every word kept in place (phrases keep their positions); in Dutch also plurals
    brought to the singular: the input of PostgreSQL's Dutch Snowball stemmer, which misses
    those plurals. English text gets no Dutch rules ('classes' must not become 'classe')."""
    if language == "en":
        return " ".join(words(text))
    return " ".join(singular(word) for word in words(text))


def terms(text: str, language: str = "nl") -> list[str]:
    return [stem(word, language) for word in words(text) if word not in STOP_WORDS]


def clean_query(raw: str) -> str:
    """Bounded and printable: never hand unbounded input to a query parser."""
    text = "".join(char for char in raw if char.isprintable())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]
