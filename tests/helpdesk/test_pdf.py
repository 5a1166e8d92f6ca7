"""The hand-written PDF: a valid file structure, Dutch characters, several pages."""

import re

from helpdesk.pdf import render, wrap


def test_cross_reference_offsets_point_at_their_objects():
    data = render(wrap("title", "Zorgcoöperatie (Brabant)") + wrap("text", "tekst"), title="t")
    start = int(re.search(rb"startxref\n(\d+)", data).group(1))
    assert data[start:].startswith(b"xref")
    offsets = [int(match) for match in re.findall(rb"(\d{10}) 00000 n", data)]
    for number, offset in enumerate(offsets, start=1):
        assert data[offset:].startswith(b"%d 0 obj" % number)


def test_dutch_characters_and_brackets_are_encoded():
    data = render(wrap("text", "coöperatie (vereniging)"), title="t")
    assert b"co\xf6peratie \\(vereniging\\)" in data


def test_long_text_continues_on_a_new_page():
    data = render(wrap("text", "woord " * 8000), title="t")
    count = int(re.search(rb"/Count (\d+)", data).group(1))
    assert count > 1
