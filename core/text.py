"""Text that every output can carry: XML 1.0, HTTP and mail headers, iCalendar, PDF and JSON.

``UNREPRESENTABLE`` is the one class of characters the site never stores or writes out:

- C0 controls except tab, line feed and carriage return (U+0000-U+0008, U+000B, U+000C,
  U+000E-U+001F): XML 1.0 forbids them, iCalendar's TEXT excludes them, PostgreSQL refuses NUL;
- DEL and the C1 controls (U+007F-U+009F): invisible, discouraged by XML, meaningless in
  Unicode text that did not come from a broken conversion;
- surrogates (U+D800-U+DFFF): not characters; alone they cannot be encoded as UTF-8;
- noncharacters (U+FDD0-U+FDEF and the last two code points of every plane, such as
  U+FFFE and U+FFFF): reserved for a program's internal use, never interchanged.

Separators among them (vertical tab, form feed, the information separators and NEL) become
a space, so the words on either side stay apart; the rest is removed. Everything else stays:
letters with diacritics, emoji, right-to-left text and its marks, tab and line breaks.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

_NONCHARACTERS = "".join(
    f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000)
)
UNREPRESENTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef" + _NONCHARACTERS + "]"
)
_SEPARATORS = re.compile("[\x0b\x0c\x1c-\x1f\x85]")
# What ends a line for a mail client or a header parser, CRLF first so it counts once.
LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def fold(text: str) -> str:
    """Lower case without accents: 'Coöperatie' -> 'cooperatie'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def clean_text(value: str) -> str:
    """The text without unrepresentable characters; line breaks and tabs are kept."""
    if not UNREPRESENTABLE.search(value):
        return value
    return UNREPRESENTABLE.sub("", _SEPARATORS.sub(" ", value))


def one_line(value: str) -> str:
    """For a header, a subject or a one-line field: every line break becomes one space."""
    return clean_text(LINE_BREAKS.sub(" ", value))


def clean_data(value):
    """``clean_text`` through the strings of JSON-like data (StreamField, JSON-LD, feeds)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_data(key): clean_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(clean_data(item) for item in value)
    return value


@deconstructible
class SingleLineValidator:
    """Values that end up in a mail header (a subject, a name) must stay on one line."""

    message = _("Write this on one line, without line breaks.")
    code = "multiple_lines"

    def __call__(self, value) -> None:
        if isinstance(value, str) and LINE_BREAKS.search(value):
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other) -> bool:
        return isinstance(other, SingleLineValidator)


single_line = SingleLineValidator()
