"""A plain, text-only PDF of a bundle, written without a PDF library.

Helvetica in WinAnsi encoding covers Dutch (é, ë, ï, ö, ...); lines are wrapped by a character
count that fits A4 at the chosen sizes. Links are written out in full, as in the printed page.
"""

import textwrap
from dataclasses import dataclass

from django.utils.translation import gettext as _

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
STYLES = {"title": (17, 60), "heading": (12.5, 78), "text": (10.5, 92), "small": (9, 105)}


@dataclass(frozen=True)
class Line:
    style: str
    text: str


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def wrap(style: str, text: str) -> list[Line]:
    width = STYLES[style][1]
    return [
        Line(style, part)
        for paragraph in (text or "").splitlines() or [""]
        for part in (textwrap.wrap(paragraph, width, break_long_words=True) or [""])
    ]


def _pages(lines: list[Line]) -> list[bytes]:
    pages, current, y = [], [], PAGE_HEIGHT - MARGIN
    for line in lines:
        size = STYLES[line.style][0]
        font = b"/F2" if line.style in ("title", "heading") else b"/F1"
        step = size * 1.45
        if y - step < MARGIN:
            pages.append(b"\n".join(current))
            current, y = [], PAGE_HEIGHT - MARGIN
        y -= step
        current.append(
            b"BT %s %.1f Tf %d %.1f Td (%s) Tj ET" % (font, size, MARGIN, y, _escape(line.text))
        )
    pages.append(b"\n".join(current))
    return pages


def render(lines: list[Line], *, title: str) -> bytes:
    """The PDF file for the lines, one or more A4 pages."""
    contents = _pages(lines)
    count = len(contents)
    # Objects: 1 catalog, 2 pages, 3 and 4 fonts, 5 info, then a page and its content per page.
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (6 + 2 * i) for i in range(count)), count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (%s) /Producer (Kennisbank NLZVE) >>" % _escape(title),
    ]
    for index, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % (PAGE_WIDTH, PAGE_HEIGHT, 7 + 2 * index)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(output)


def bundle_document(bundle, items) -> bytes:
    """The bundle as the recipient sees it on the page: introduction, then each item."""
    lines = wrap("small", _("Examples selected for you by the support team"))
    lines += wrap("title", bundle.title) + wrap("text", "")
    if bundle.introduction:
        lines += wrap("text", bundle.introduction) + wrap("text", "")
    for number, item in enumerate(items, start=1):
        if item.available:
            lines += wrap("heading", f"{number}. {item.title}")
            lines += wrap("small", item.url)
            if item.summary:
                lines += wrap("text", item.summary)
            if item.comment:
                lines += wrap("text", f"{_('Note from the support team')}: {item.comment}")
        else:
            lines += wrap("heading", f"{number}. {_('No longer available')}")
        lines += wrap("text", "")
    return render(lines, title=bundle.title)
