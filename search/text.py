"""Text normalisation shared by the engines: accent folding, words, a light Dutch stemmer."""

import re
import unicodedata

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


def fold(text: str) -> str:
    """Lower case without accents: 'Coöperatie' -> 'cooperatie'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


def stem(word: str) -> str:
    """A deliberately light Dutch stemmer for the portable engine: plurals and diminutives.

    PostgreSQL uses the Snowball Dutch stemmer instead; this only has to make 'initiatieven',
    'buurthuizen' and 'cooperaties' meet their singular.
    """
    for suffix, replacement in (
        ("heden", "heid"),
        ("ieven", "ief"),
        ("izen", "is"),
        ("tjes", ""),
        ("jes", ""),
        ("ties", "tie"),
        ("'s", ""),
        ("en", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    return word


def normalize(text: str) -> str:
    """Folded and lightly stemmed, every word kept in place (phrases keep their positions).

    PostgreSQL's Dutch Snowball stemmer runs after this: it misses plurals such as
    'cooperaties' and 'initiatieven', which this step brings to their singular first.
    """
    return " ".join(stem(word) for word in words(text))


def terms(text: str) -> list[str]:
    return [stem(word) for word in words(text) if word not in STOP_WORDS]


def clean_query(raw: str) -> str:
    """Bounded and printable: never hand unbounded input to a query parser."""
    text = "".join(char for char in raw if char.isprintable())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]
