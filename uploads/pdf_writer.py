"""One-page text PDFs for demo content and tests, written by fpdf2 (``core.pdf``)."""

from core.pdf import Style, TextDocument

TEXT = Style(12)


def text_pdf(*lines: str) -> bytes:
    document = TextDocument()
    for line in lines:
        document.paragraph(line, TEXT)
    return document.output()
