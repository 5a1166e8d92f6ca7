"""The one class of characters no output can carry, and what cleaning keeps."""

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.text import UNREPRESENTABLE, clean_text, one_line, single_line

from .hostile import hostile_text

LEGITIMATE = "Zorgcoöperatie ’t Luukske — café’s, naïef, İstanbul 😀 مرحبا \u200f\n\tregel twee\r\n"


@given(hostile_text)
def test_clean_text_leaves_nothing_unrepresentable(text):
    cleaned = clean_text(text)

    assert not UNREPRESENTABLE.search(cleaned)
    cleaned.encode("utf-8")


@given(hostile_text)
def test_one_line_has_no_line_break_left(text):
    assert not any(char in one_line(text) for char in "\r\n\x0b\x0c\x85\u2028\u2029")


@given(st.text(st.characters(exclude_categories=("Cc", "Cs", "Cn", "Co"))))
def test_text_without_controls_is_kept_as_it_is(text):
    assert clean_text(text) == text


def test_dutch_letters_emoji_tabs_and_line_breaks_are_kept():
    assert clean_text(LEGITIMATE) == LEGITIMATE


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("Nieuwsbrief\x0bwinter 2024", "Nieuwsbrief winter 2024"),
        ("nul\x00byte", "nulbyte"),
        ("escape\x1b[31m", "escape[31m"),
        ("c1\x85regel", "c1 regel"),
        ("los\ud800", "los"),
        ("geen\ufffe\uffff\U0010ffff", "geen"),
    ],
)
def test_separators_become_a_space_and_the_rest_goes(text, cleaned):
    assert clean_text(text) == cleaned


def test_one_line_turns_each_line_break_into_one_space():
    assert one_line("Verslag\r\nBcc: x\nen\u2028meer") == "Verslag Bcc: x en meer"


def test_a_line_break_in_a_one_line_value_is_refused_in_dutch():
    with translation.override("nl"), pytest.raises(ValidationError) as refused:
        single_line("Verslag\r\nBcc: iedereen@example.org")

    assert refused.value.messages == ["Schrijf dit op één regel, zonder regeleinden."]
