"""Hostile text for the tests of every output: what a visitor may type or a stored field hold."""

from hypothesis import strategies as st

CONTROL = "".join(chr(code) for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)])
SAMPLES = [
    "Nieuwsbrief\x0bwinter 2024",
    "nul\x00byte",
    "escape\x1b[31mrood",
    "Verslag\r\nBcc: iedereen@example.org",
    "</script><script>alert(1)</script>",
    "]]><![CDATA[",
    "<!-- --> & &amp; ' \"",
    "\u202egnp.exe",
    "los \ud800 surrogaat \udfff",
    "geen teken \ufffe\uffff\U0010ffff",
    "Zorgcoöperatie ’t Luukske — café’s 😀 مرحبا",
    "regel een\nregel twee\n\n\ttab",
    "x" * 20_000,
]
# Every code point, surrogates included, with the dangerous ones drawn often.
characters = st.one_of(
    st.characters(exclude_categories=()),
    st.sampled_from(CONTROL + "\ud800\udfff\ufffe\uffff\u2028\u2029\u202e<>&]'\"\\;,:"),
)
hostile_text = st.one_of(st.text(characters, max_size=200), st.sampled_from(SAMPLES))
# What a request can carry: a URL or a form holds UTF-8, where a lone surrogate has no
# encoding (its bytes, %ED%A0%80, arrive as U+FFFD; the tests send those bytes as well).
http_text = hostile_text.map(lambda text: "".join(c for c in text if not 0xD800 <= ord(c) < 0xE000))
