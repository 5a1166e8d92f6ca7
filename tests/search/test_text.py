"""Dutch stemming of the portable engine: Snowball's Dutch stemmer and our plural rules."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search.engines.mapping import LANGUAGE_FILTERS
from search.text import DUTCH_PLURALS, SNOWBALL_DUTCH, normalize, singular, stem, terms

# For each of our rules a plural that Snowball alone keeps apart from its singular.
MISSED_BY_SNOWBALL = {
    "ieven": ("initiatieven", "initiatief"),
    "izen": ("buurthuizen", "buurthuis"),
    "tjes": ("stoeltjes", "stoel"),
    "jes": ("huisjes", "huis"),
    "ties": ("cooperaties", "cooperatie"),
    "es": ("keuzes", "keuze"),
}


@pytest.mark.parametrize(
    ("suffix", "plural", "single"), [(s, *w) for s, w in MISSED_BY_SNOWBALL.items()]
)
def test_each_plural_rule_covers_a_plural_snowball_misses(suffix, plural, single):
    assert SNOWBALL_DUTCH.stemWord(plural) != SNOWBALL_DUTCH.stemWord(single)
    assert stem(plural) == stem(single)


def test_there_is_no_plural_rule_without_a_plural_snowball_misses():
    assert [suffix for suffix, _rest in DUTCH_PLURALS] == list(MISSED_BY_SNOWBALL)


@pytest.mark.parametrize(
    ("plural", "single"),
    [
        ("mogelijkheden", "mogelijkheid"),
        ("dorpen", "dorp"),
        ("gemeenten", "gemeente"),
        ("vrijwilligers", "vrijwilliger"),
        ("wijken", "wijk"),
    ],
)
def test_snowball_brings_other_plurals_to_their_singular(plural, single):
    assert stem(plural) == stem(single)


def test_stems_are_snowballs_classic_dutch_stems():
    assert terms("De vrijwilligers van het buurthuis geven ouderen een maaltijd") == [
        "vrijwilliger",
        "buurthuis",
        "gev",
        "ouder",
        "maaltijd",
    ]


def test_short_words_keep_their_plural_suffix():
    assert singular("rijzen") == "rijzen"
    assert singular("ties") == "ties"


def server_singular(word: str) -> str:
    """The server's plural filters applied as the server applies them: in turn, Java's $1."""
    for name, spec in LANGUAGE_FILTERS["nl"].items():
        if name.startswith("plural_"):
            replacement = spec["replacement"].replace("$1", r"\g<1>")
            word = re.sub(spec["pattern"], replacement, word)
    return word


def test_the_search_server_runs_the_same_plural_rules_before_the_same_stemmer():
    names = list(LANGUAGE_FILTERS["nl"])

    assert [name for name in names if name.startswith("plural_")] == [
        f"plural_{suffix}" for suffix, _rest in DUTCH_PLURALS
    ]
    assert names.index("stemmer") == len(names) - 1


@given(
    st.lists(
        st.sampled_from(["a", "e", "i", "t", "j", "s", "z", "v", "n", "ie", "huis", "jes", "es"]),
        max_size=8,
    ).map("".join)
)
def test_the_search_servers_plural_filters_give_the_same_singular(word):
    assert server_singular(word) == singular(word)


def test_english_text_gets_no_dutch_plural_rules():
    assert normalize("studies communities", "en") == "studies communities"


def test_english_words_are_stemmed_with_the_english_stemmer():
    assert stem("funded", "en") == stem("funding", "en") == "fund"
